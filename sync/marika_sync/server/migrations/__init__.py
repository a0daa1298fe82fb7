"""Numbered schema migrations of the server database, on SQLite and on PostgreSQL.

Each module is `mNNNN_name.py` with `VERSION = NNNN` and `migrate(db, dialect)`. They use
plain SQL (with the few types that differ per dialect filled in), so an old migration
never changes when the models do. The version lives in the `setting` table under
`schema_version`. Each migration runs in one transaction that first takes a lock (an
advisory lock on PostgreSQL, the write lock on SQLite) and reads the version again, so
several server processes starting at once upgrade a live database exactly once.
"""

from __future__ import annotations

from ...numbered import numbered_modules, numbered_names
from ..refusal import Refusal

# PostgreSQL advisory lock key for schema changes (any constant both sides agree on).
LOCK_KEY = 0x6D61726B  # "mark"

TYPES = {
    "sqlite": {"blob": "BLOB", "bigint": "INTEGER", "bool": "INTEGER", "double": "REAL"},
    "postgres": {"blob": "BYTEA", "bigint": "BIGINT", "bool": "BOOLEAN",
                 "double": "DOUBLE PRECISION"},
}


def _modules():
    return numbered_modules(__name__, numbered_names(__path__))


def latest_version() -> int:
    return len(_modules())


def current_version(db) -> int:
    if not db.table_exists("setting"):
        return 0
    row = db.execute_sql("SELECT value FROM setting WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def _set_version(db, version: int) -> None:
    if db.execute_sql("UPDATE setting SET value = %s WHERE key = 'schema_version'"
                      .replace("%s", db.param), (str(version),)).rowcount == 0:
        db.execute_sql("INSERT INTO setting (key, value) VALUES (%s, %s)"
                       .replace("%s", db.param), ("schema_version", str(version)))


def migrate(db, dialect: str) -> int:
    """Bring `db` up to the latest schema; returns the number of migrations applied."""
    modules = _modules()
    applied = 0
    while True:
        with db.atomic():
            if dialect == "postgres":
                db.execute_sql(f"SELECT pg_advisory_xact_lock({LOCK_KEY})")
            else:  # BEGIN IMMEDIATE took the write lock; a write keeps it explicit
                db.execute_sql("CREATE TABLE IF NOT EXISTS setting "
                               "(key VARCHAR(64) NOT NULL PRIMARY KEY, value TEXT NOT NULL)")
            version = current_version(db)
            if version > len(modules):
                raise Refusal(500, "schema-too-new", "this database was written by a newer "
                              "marika-server; install that version to use it")
            if version == len(modules):
                return applied
            module = modules[version]
            module.migrate(db, dialect)
            _set_version(db, module.VERSION)
            applied += 1
