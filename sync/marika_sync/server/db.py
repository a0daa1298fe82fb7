"""The collection server's database: SQLite under the data folder, or PostgreSQL.

Exactly-once rests on the database, not on process locks: primary keys on batch id,
(upload, offset), (annotator, statement seq) and (annotator, package, item) for pay, and
compare-and-set updates, so server processes sharing one database stay correct.
Timestamps are seconds since the epoch in 8-byte floats (`DoubleField`; peewee's
`FloatField` is a 4-byte `real` on PostgreSQL). The schema is made and upgraded by the
numbered migrations in `migrations/`, never by `create_tables`.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from peewee import (
    BigIntegerField,
    BlobField,
    BooleanField,
    CharField,
    CompositeKey,
    DatabaseProxy,
    DoubleField,
    IntegerField,
    Model,
    SqliteDatabase,
    TextField,
)

from .refusal import Refusal

database = DatabaseProxy()

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL: a receipt is only sent for a batch that is on disk
    "foreign_keys": 1,
    "busy_timeout": 30_000,
}


class Base(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Setting(Base):
    key = CharField(primary_key=True, max_length=64)
    value = TextField()


class EnrollCode(Base):
    code_hash = CharField(primary_key=True, max_length=64)  # the code itself is never stored
    created_at = DoubleField()
    expires_at = DoubleField()
    used_at = DoubleField(null=True)
    annotator_id = CharField(null=True, max_length=128)


class Annotator(Base):
    annotator_id = CharField(primary_key=True, max_length=128)
    device_key = CharField(unique=True, max_length=128)
    box_key = CharField(max_length=128)
    display_name = TextField(default="")
    code_hash = CharField(max_length=64)
    enrolled_at = DoubleField()
    reply = BlobField()  # the signed enrollment, sent again if the first answer was lost


class Upload(Base):
    upload_id = CharField(primary_key=True, max_length=64)
    batch_id = CharField(max_length=64)
    sha256 = CharField(max_length=64)
    annotator_id = CharField(max_length=128)
    length = BigIntegerField()
    received = BigIntegerField(default=0)  # the tus offset
    header_ok = BooleanField(default=False)
    created_at = DoubleField()
    completed_at = DoubleField(null=True)
    metadata = TextField(default="")  # the Upload-Metadata header, echoed by HEAD

    class Meta:
        indexes = ((("batch_id", "sha256"), True),)


class Chunk(Base):
    upload_id = CharField(max_length=64)
    start = BigIntegerField()
    data = BlobField()

    class Meta:
        primary_key = CompositeKey("upload_id", "start")


class Batch(Base):
    batch_id = CharField(primary_key=True, max_length=64)
    sha256 = CharField(max_length=64)
    size = BigIntegerField()
    annotator_id = CharField(max_length=128, index=True)
    package_id = CharField(max_length=200)
    package_version = IntegerField()
    results_key = CharField(max_length=128)
    metadata = TextField()
    data = BlobField()
    receipt = BlobField()
    received_at = DoubleField()


class BatchItem(Base):
    batch_id = CharField(max_length=64)
    item_key = CharField(max_length=500)
    annotator_id = CharField(max_length=128)
    package_id = CharField(max_length=200)
    package_version = IntegerField()
    status = CharField(max_length=16)
    claim = CharField(max_length=64)
    decision = CharField(null=True, max_length=16)
    reason = TextField(default="")
    decided_at = DoubleField(null=True)
    stated = BooleanField(default=True)  # False: decided since the last statement

    class Meta:
        primary_key = CompositeKey("batch_id", "item_key")
        indexes = ((("annotator_id", "stated"), False),)


class PaidItem(Base):
    """Each (annotator, package, item) is paid once, whatever batches carry it."""

    annotator_id = CharField(max_length=128)
    package_id = CharField(max_length=200)
    item_key = CharField(max_length=500)
    batch_id = CharField(max_length=64)

    class Meta:
        primary_key = CompositeKey("annotator_id", "package_id", "item_key")


class BatchCheck(Base):
    """What the data owner's export found in a stored batch: `refused` when its payload
    did not open for the author and package its signed metadata names (damaged, or lifted
    from another annotator's batch). Review refuses decisions on a refused batch."""

    batch_id = CharField(primary_key=True, max_length=64)
    outcome = CharField(max_length=16)  # "opened" | "refused"
    reason = CharField(max_length=64, default="")
    checked_at = DoubleField()


class Payment(Base):
    """Money the office paid an annotator; it appears on their next statement, so the
    items it covers show as paid and the running balance goes down by it."""

    payment_id = CharField(primary_key=True, max_length=64)
    annotator_id = CharField(max_length=128, index=True)
    currency = CharField(max_length=16)
    amount = CharField(max_length=64)  # a Decimal as text, never a float
    paid_at = DoubleField()
    reference = CharField(max_length=200, default="")
    stated = BooleanField(default=False)  # False: not on a statement yet


class Statement(Base):
    annotator_id = CharField(max_length=128)
    seq = IntegerField()
    statement_id = CharField(unique=True, max_length=64)
    document = BlobField()
    sha256 = CharField(max_length=64)
    issued_at = DoubleField()

    class Meta:
        primary_key = CompositeKey("annotator_id", "seq")


class Package(Base):
    package_id = CharField(max_length=200)
    version = IntegerField()
    rate_per_item = CharField(max_length=64)
    currency = CharField(max_length=16)
    results_key = CharField(max_length=128)
    publisher_key = CharField(max_length=128)
    manifest = TextField()
    registered_at = DoubleField()

    class Meta:
        primary_key = CompositeKey("package_id", "version")


MODELS = [Setting, EnrollCode, Annotator, Upload, Chunk, Batch, BatchItem, PaidItem,
          Statement, Package, BatchCheck, Payment]


def open_database(*, data_dir: Path, url: str | None = None, pool_size: int = 0):
    """Initialise the proxy on SQLite in `data_dir` or on the PostgreSQL `url`, and bring
    the schema up to date. With `pool_size`, PostgreSQL connections are pooled (a server
    process keeps that many open). Returns the concrete database."""
    if url and not url.startswith("sqlite"):
        if not url.startswith(("postgresql://", "postgres://")):
            raise ValueError("only sqlite and postgresql databases are supported")
        from playhouse.db_url import connect

        try:
            import psycopg  # noqa: F401 - peewee needs a driver; say so before it fails
        except ImportError:
            try:
                import psycopg2  # noqa: F401
            except ImportError as exc:
                raise Refusal(500, "no-postgres-driver", "PostgreSQL needs the psycopg "
                              "driver: pip install 'marika-sync[postgres]'") from exc
        if pool_size:
            scheme, rest = url.split("://", 1)
            db = connect(f"{scheme}+pool://{rest}", max_connections=pool_size,
                         stale_timeout=300, timeout=60)
        else:
            db = connect(url)
        dialect = "postgres"
    else:
        path = url.split("///", 1)[1] if url else str(Path(data_dir) / "server.db")
        # IMMEDIATE: a writing transaction takes the write lock up front, so SQLite waits
        # (busy_timeout) instead of failing when two requests or processes race.
        db = SqliteDatabase(path, pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE")
        dialect = "sqlite"
    database.initialize(db)
    from . import migrations

    with db.connection_context():
        migrations.migrate(db, dialect)
    return db


@contextmanager
def connection():
    """One connection for the duration of a request (per thread)."""
    with database.connection_context():
        yield


def serialise(name: str) -> None:
    """Inside a transaction: wait until no other transaction, in any server process,
    holds `name`; hold it until commit. SQLite's IMMEDIATE transactions already run one
    writer at a time; PostgreSQL needs an advisory lock (READ COMMITTED lets two issuers
    read the same undecided rows)."""
    if is_postgres():
        database.execute_sql("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (name,))


def is_postgres() -> bool:
    return not isinstance(database.obj, SqliteDatabase)
