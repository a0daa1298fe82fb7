"""What a colleague with the data folder can do to it: sqlite3 on the office's database
file, nothing of Marika's (issue 10, docs/SECURITY.md "A colleague with the data folder").
Shared by the facade's attack tests and the supervisor screen's."""

from __future__ import annotations

import sqlite3

DB = "marika.db"


def edit_db(data_dir, sql: str, *args) -> None:
    """Run one changing statement on the data folder's database; it must change a row."""
    conn = sqlite3.connect(data_dir / DB, timeout=30)
    try:
        with conn:
            changed = conn.execute(sql, args).rowcount
        assert changed >= 1, sql
    finally:
        conn.close()


def read_db(data_dir, sql: str, *args) -> list:
    conn = sqlite3.connect(data_dir / DB, timeout=30)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()
