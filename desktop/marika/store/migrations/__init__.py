"""Numbered schema migrations, applied in order inside one transaction each.

Each migration module is `mNNNN_name.py` with `VERSION = NNNN` and `migrate(db)`.
They use plain SQL so an old migration never changes when the models do. The schema
version lives in `PRAGMA user_version`, so an older database upgrades in place.
"""

from __future__ import annotations

from marika_sync.numbered import numbered_modules, numbered_names
from marika_sync.tr import QT_TRANSLATE_NOOP

from ...core.errors import StoreError


def _modules(*, after: int = 0):
    return numbered_modules(__name__, numbered_names(__path__), after=after)


def latest_version() -> int:
    return len(numbered_names(__path__))


def current_version(db) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def migrate(db) -> int:
    """Bring `db` up to the latest schema; returns the number of migrations applied."""
    names = numbered_names(__path__)  # listed once per open: a store opens at every start
    version = current_version(db)
    if version > len(names):
        raise StoreError(QT_TRANSLATE_NOOP(
            "Errors", "This data folder was written by a newer version of Marika. "
                      "Please install the newer version to open it."))
    applied = 0
    for module in numbered_modules(__name__, names, after=version):
        with db.atomic():
            module.migrate(db)
            db.execute_sql(f"PRAGMA user_version = {int(module.VERSION)}")
        applied += 1
    return applied
