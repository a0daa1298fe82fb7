"""Who may log in on this PC: the log-in page's facts, in plain SQL.

A start shows the log-in page from `peek()`, a look at the store through Python's own
sqlite3, and loads the store itself (peewee, the migrations check, the office) once the
page is painted: peewee and what it imports were a quarter of the time from the process
start to the log-in page (23 ms of 0.18 s here). The open office answers the same
questions with the same queries (`Office.list_profiles`, `needs_setup`, `setting`), so
the profiles are listed one way only.

Nothing here writes, and the store is never opened on the strength of a peek: the real
open (`Office.open`) takes the office lock, migrates and checks as before, and the page
is brought in line with what it finds.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from . import migrations

STORE_FILE = "marika.db"
SUPERVISOR = "supervisor"
LAST_USERNAME = "last_username"  # not an office setting: set by each log-in
DEFAULT_LANGUAGE = "mg"

_PROFILES = ("SELECT id, username, display_name, role, language FROM profile "
             "ORDER BY display_name")
_HAS_SUPERVISOR = "SELECT 1 FROM profile WHERE role = ? LIMIT 1"
_SETTING = "SELECT value FROM setting WHERE key = ?"


@dataclass(frozen=True)
class ProfileSummary:
    id: str
    username: str
    display_name: str
    role: str
    language: str


@dataclass(frozen=True)
class Roster:
    """What the start screen shows before anyone logs in."""

    needs_setup: bool
    profiles: tuple[ProfileSummary, ...]
    last_username: str
    language_default: str


def store_path(data_dir: Path | str) -> Path:
    return Path(data_dir) / STORE_FILE


def profiles(conn: sqlite3.Connection) -> list[ProfileSummary]:
    return [ProfileSummary(*row) for row in conn.execute(_PROFILES)]


def needs_setup(conn: sqlite3.Connection) -> bool:
    return conn.execute(_HAS_SUPERVISOR, (SUPERVISOR,)).fetchone() is None


def setting(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute(_SETTING, (key,)).fetchone()
    return None if row is None else row[0]


def peek(data_dir: Path | str) -> Roster | None:
    """The roster of the store in `data_dir`, or None where the page must wait for the
    real open: no store yet, a store of another schema version (an update migrates it
    first), or one that cannot be read (the open then names the cause)."""
    try:
        # Read-only, and never creates a store (none there: an error): a peek writes
        # nothing into it.
        conn = sqlite3.connect(f"{store_path(data_dir).resolve().as_uri()}?mode=ro",
                               uri=True)
    except sqlite3.Error:
        return None
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] != migrations.latest_version():
            return None
        return Roster(needs_setup(conn), tuple(profiles(conn)),
                      setting(conn, LAST_USERNAME) or "",
                      setting(conn, "language_default") or DEFAULT_LANGUAGE)
    except sqlite3.Error:
        return None
    finally:
        conn.close()
