"""Database setup: one unbound SQLite database, initialised at run time with its pragmas.

WAL with synchronous=FULL: measured on our target machines, it lost no acknowledged
commit over 1,000 SIGKILLs and 200 simulated power cuts, while NORMAL lost recent
commits in a fifth of the cuts. One autosave costs about 0.4 ms.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import tempfile
from pathlib import Path

from peewee import DatabaseError, SqliteDatabase

from ..core import faults
from ..core.errors import DiskIOError, LowDiskSpace, ReadOnlyFolder, StoreError
from . import migrations

PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL: a commit is on disk before it is acknowledged
    "foreign_keys": 1,
    "busy_timeout": 10_000,
    "cache_size": -8_000,  # KiB: small, the PCs have 4 GB shared by everything
    "secure_delete": 1,  # freed pages are zeroed: no stale ciphertext or keys linger
    "temp_store": 2,  # temporary tables in memory, never in a temp file
    # Checkpoint at 500 WAL pages (SQLite's default is 1,000): after an import the log
    # is shorter than that, and until it reaches the checkpoint size each save that
    # extends the file pays an fsync of its new size too. Measured on 1,000 saves to a
    # 1,000-text package (2-core VM): p95 0.42-0.48 -> 0.36-0.38 ms, the slowest save
    # 3.7-4.1 -> 1.0-1.1 ms (a smaller checkpoint), mean unchanged.
    "wal_autocheckpoint": 500,
}

# Refuse new work below a reserve of free space: on a full disk even a DELETE fails with
# SQLITE_FULL, so we stop early instead of trying to clean up afterwards. The reserve
# scales with the disk: a tenth of it, at least what one WAL between checkpoints needs
# (1,000 pages of 4 KiB, plus room), at most 32 MiB. A 20 MB USB stick keeps 2 MiB; any
# disk of 320 MiB or more keeps 32 MiB.
MIN_FREE_BYTES = 32 * 1024 * 1024
FLOOR_FREE_BYTES = 2 * 1024 * 1024


def reserve_for(total_bytes: int) -> int:
    """The free space the store keeps on a disk of `total_bytes`."""
    return max(FLOOR_FREE_BYTES, min(MIN_FREE_BYTES, total_bytes // 10))


class StoreDatabase(SqliteDatabase):
    """SqliteDatabase whose errors carry their real cause.

    A disk or database fault comes out as the StoreError subclass that names it (see
    core.faults). And the first error of a failed transaction is the one raised: when
    SQLite has already rolled the transaction back itself (it does on SQLITE_FULL and
    SQLITE_IOERR at COMMIT), peewee's ROLLBACK would fail with "cannot rollback - no
    transaction is active" and replace the real error, so it is not sent.
    """

    def _fault(self, exc: Exception) -> Exception:
        found = faults.cause(exc)
        cannot_open = found is None and "unable to open" in str(exc)
        if (cannot_open or isinstance(found, DiskIOError)) and self._folder_read_only():
            # SQLite says "disk I/O error" (or "unable to open") for a write the system
            # refused with EROFS: name the real cause.
            found = ReadOnlyFolder()
        return exc if found is None else found

    def _folder_read_only(self) -> bool:
        """Does the store's folder refuse writes? (A real write of a probe file: the
        access bits do not apply to root, nor to a disk the system made read-only.)"""
        if not self.database or self.database == ":memory:":
            return False
        try:
            with tempfile.TemporaryFile(dir=Path(self.database).parent) as probe:
                probe.write(b"\0")
                probe.flush()
        except OSError as exc:
            return isinstance(faults.cause(exc), ReadOnlyFolder)
        return False

    def init(self, database, **kwargs):
        super().init(database, **kwargs)
        # The store's folder, for the free-space check every save makes.
        self.folder = (str(Path(database).parent) if database and database != ":memory:"
                       else None)

    def _in_transaction(self) -> bool:
        conn = None if self.is_closed() else self._state.conn
        return conn is not None and conn.in_transaction

    def _call(self, method, *args):
        try:
            return method(*args)
        except (DatabaseError, sqlite3.Error) as exc:
            fault = self._fault(exc)
            if fault is exc:
                raise
            log.info("store fault %s: %s", type(fault).__name__, str(exc))
        # Raised outside the except block, so it holds no traceback of the failed
        # statement: a kept error (a banner shows it until the retry) must not keep the
        # statement's cursor, and with it the store's files, open after closing.
        raise fault

    def execute_sql(self, sql, params=None):
        if (not self._in_transaction()
                and sql.lstrip().upper().startswith(("ROLLBACK TO SAVEPOINT", "RELEASE"))):
            return None  # the savepoint went with the transaction SQLite rolled back
        return self._call(super().execute_sql, sql, params)

    def begin(self, lock_type=None):
        return self._call(super().begin, lock_type)

    def commit(self):
        return self._call(super().commit)

    def rollback(self):
        if not self._in_transaction():
            return None
        return self._call(super().rollback)

    def _connect(self):
        return self._call(super()._connect)


# IMMEDIATE: a transaction takes the write lock when it begins, so when the network
# thread's connection and the database thread's both write, one waits (busy_timeout)
# instead of failing with "database is locked" on a read-then-write upgrade.
database = StoreDatabase(None, lock_type="IMMEDIATE")
log = logging.getLogger(__name__)


def open_database(path: Path | str, *, min_free_bytes: int | None = None) -> SqliteDatabase:
    """Initialise `database` on `path`, connect, and migrate it to the current schema.

    `min_free_bytes`: the reserve of free space (default: scaled to the disk)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not database.is_closed():
        database.close()
    database.init(str(path), pragmas=PRAGMAS)
    try:
        database.connect()
    except (DatabaseError, StoreError):
        database.close()
        raise
    database.min_free_bytes = (reserve_for(shutil.disk_usage(path.parent).total)
                               if min_free_bytes is None else min_free_bytes)
    try:
        migrations.migrate(database)
    except BaseException:
        # A refused store (written by a newer Marika) stays untouched and not held open:
        # on Windows an open file could not even be moved aside.
        database.close()
        raise
    return database


def close_database() -> None:
    if database.is_closed():
        return
    try:
        # Fold the WAL back into the store so it does not grow from session to session.
        # On a full disk this fails; the WAL then simply stays for the next open (which
        # is safe), and the connection must still be closed.
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except (DatabaseError, StoreError) as exc:
        # Log the text, not the exception: its traceback holds peewee's cursor, and a
        # connection closed under a live statement stays open (file and all) until
        # that cursor is freed.
        log.warning("checkpoint at close failed, the WAL is kept: %s", str(exc))
    finally:
        database.close()


def free_bytes(db: SqliteDatabase = database) -> int:
    return shutil.disk_usage(getattr(db, "folder", None) or Path(db.database).parent).free


def min_free_bytes(db: SqliteDatabase = database) -> int:
    """The reserve of free space the store keeps on its disk."""
    return getattr(db, "min_free_bytes", MIN_FREE_BYTES)


def ensure_space(db: SqliteDatabase = database) -> None:
    """Raise LowDiskSpace when the disk is too full to accept new work safely."""
    free, needed = free_bytes(db), min_free_bytes(db)
    if free < needed:
        raise LowDiskSpace(free_bytes=free, needed_bytes=needed)
