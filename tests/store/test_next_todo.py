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


def test_next_todo_reads_no_done_row_at_100k_items(store):
    _seed(100_000, done=set(range(60_000)) - {7_000})
    for sql, args in ((annotations._RUN, ("p1", 1, 60_000)),
                      ("SELECT MAX(ordinal) FROM item WHERE package_id = ?", (1,))):
        plan = database.execute_sql("EXPLAIN QUERY PLAN " + sql, args).fetchall()
        details = " | ".join(row[-1] for row in plan)
        # One index search each; nothing is scanned row by row.
        assert "SCAN" not in details, details
        assert "SEARCH" in details and "INDEX" in details, details
    # The finished items are two runs, whatever their number.
    assert database.execute_sql("SELECT first, last FROM finished_run ORDER BY first"
                                ).fetchall() == [(0, 6_999), (7_001, 59_999)]
    assert annotations.next_todo(profile_id="p1", package_pk=1, after=None) == 60_000
    # The only gap before the current item: found by the same single lookup.
    database.execute_sql("INSERT INTO annotation (uuid, profile_id, package_id, item_id, "
                         "ordinal, status, payload, updated_at) SELECT 'x' || id, 'p1', 1, id, "
                         "ordinal, 'skipped', x'00', 0 FROM item WHERE ordinal >= 60000")
    assert annotations.next_todo(profile_id="p1", package_pk=1, after=80_000) == 7_000


def _brute_next(statuses: dict[int, str], n: int, after: int) -> int | None:
    finished = {o for o, s in statuses.items() if s in ("done", "skipped")}
    later = [o for o in range(after + 1, n) if o not in finished]
    if later:
        return later[0]
    earlier = [o for o in range(0, after + 1) if o not in finished]
    return earlier[0] if earlier else None


def test_runs_and_counts_follow_every_kind_of_write(store):
    """Random inserts, status changes, deletes and moves: the trigger-kept runs and counts
    always give what a scan of the annotations gives."""
    import random

    n = 40
    _seed(n, done=set())
    rng = random.Random(4)
    statuses: dict[int, str] = {}
    for step in range(600):
        o = rng.randrange(n)
        action = rng.random()
        if o in statuses and action < 0.15:
            database.execute_sql("DELETE FROM annotation WHERE ordinal = ?", (o,))
            del statuses[o]
        elif o in statuses:
            status = rng.choice(["draft", "done", "skipped"])
            database.execute_sql("UPDATE annotation SET status = ? WHERE ordinal = ?",
                                 (status, o))
            statuses[o] = status
        else:
            status = rng.choice(["draft", "done", "skipped"])
            database.execute_sql(
                "INSERT INTO annotation (uuid, profile_id, package_id, item_id, ordinal, "
                "status, payload, updated_at) VALUES (?, 'p1', 1, ?, ?, ?, x'00', 0)",
                (f"r{o}", o + 1, o, status))
            statuses[o] = status
        after = rng.randrange(-1, n)
        assert annotations.next_todo(profile_id="p1", package_pk=1, after=after) == \
            _brute_next(statuses, n, after), (step, after, sorted(statuses.items()))
        expected = {}
        for s in statuses.values():
            expected[s] = expected.get(s, 0) + 1
        assert annotations.counts(profile_id="p1", package_pk=1) == expected
    # A bulk move (what a package upgrade does) followed by the rebuild.
    database.execute_sql("UPDATE annotation SET ordinal = ? - 1 - ordinal", (n,))
    annotations.rebuild_progress(1)
    moved = {n - 1 - o: s for o, s in statuses.items()}
    for after in range(-1, n):
        assert annotations.next_todo(profile_id="p1", package_pk=1, after=after) == \
            _brute_next(moved, n, after)
