"""The "next item to do" query: correct answers, and index use at 100,000 items."""

import time

import pytest

from marika.store import annotations
from marika.store.db import database, open_database


def _seed(n_items: int, done: set[int], *, profile="p1"):
    now = time.time()
    database.execute_sql(
        "INSERT INTO profile (id, username, display_name, role, kdf, wrapped_key, created_at) "
        "VALUES (?, ?, 'x', 'annotator', '{}', x'00', ?)", (profile, profile, now))
    database.execute_sql(
        "INSERT INTO package (id, package_id, version, kind, manifest, signature, publisher_key, "
        "media_dir, item_count, imported_at) VALUES (1, 'pkg', 1, 'text_classification', '{}', "
        "x'00', 'k', 'm', ?, ?)", (n_items, now))
    with database.atomic():
        database.execute_sql("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i+1 FROM n "
                             "WHERE i < ?) INSERT INTO item (id, package_id, item_key, ordinal) "
                             "SELECT i + 1, 1, 'item-' || i, i FROM n", (n_items - 1,))
        for ordinal in done:
            database.execute_sql(
                "INSERT INTO annotation (uuid, profile_id, package_id, item_id, ordinal, status, "
                "payload, updated_at) VALUES (?, ?, 1, ?, ?, 'done', x'00', ?)",
                (f"u{ordinal}", profile, ordinal + 1, ordinal, now))


@pytest.fixture
def store(tmp_path):
    db = open_database(tmp_path / "m.db")
    yield db
    db.close()


def test_next_todo_continues_after_last_work_and_wraps_to_gaps(store):
    _seed(10, done={0, 1, 3, 4, 9})
    assert annotations.next_todo(profile_id="p1", package_pk=1, after=None) == 2
    assert annotations.next_todo(profile_id="p1", package_pk=1, after=4) == 5
    assert annotations.next_todo(profile_id="p1", package_pk=1, after=8) == 2  # wraps


def test_next_todo_is_none_when_everything_is_done(store):
    _seed(3, done={0, 1, 2})
    assert annotations.next_todo(profile_id="p1", package_pk=1, after=None) is None


def test_drafts_are_still_to_do(store):
    _seed(3, done={0})
    database.execute_sql("UPDATE annotation SET status = 'draft'")
    assert annotations.next_todo(profile_id="p1", package_pk=1, after=None) == 0


def test_next_todo_plan_uses_indexes_at_100k_items(store):
    _seed(100_000, done=set(range(60_000)))
    plan = database.execute_sql("EXPLAIN QUERY PLAN " + annotations._NEXT,
                                (1, 59_999, 2**62, "p1")).fetchall()
    details = " | ".join(row[-1] for row in plan)
    # Both tables are searched through an index; nothing is scanned row by row.
    assert "SCAN" not in details, details
    assert "USING" in details and "INDEX" in details, details
    # Keyset from the last item worked on: the answer comes from the right place.
    assert annotations.next_todo(profile_id="p1", package_pk=1, after=None) == 60_000
