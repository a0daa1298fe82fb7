"""Who may log in, known before the office is opened: what a start shows first.

`peek(data_dir)` reads the log-in page's facts with plain SQL (store/roster.py) while
the store itself (peewee, the migrations, the office) is not loaded yet; the start
screen then opens the office as before and brings the page in line with what it finds.
A folder another Marika holds, a new or migrating store, or one that cannot be read gives
None: the start then waits for the real open, which says why.
"""

from __future__ import annotations

from pathlib import Path

from .office_lock import held_elsewhere
from .store import roster as _store
from .store.roster import ProfileSummary, Roster

__all__ = ["ProfileSummary", "Roster", "peek"]


def peek(data_dir: Path | str) -> Roster | None:
    data_dir = Path(data_dir)
    if not _store.store_path(data_dir).is_file() or held_elsewhere(data_dir):
        return None
    return _store.peek(data_dir)
