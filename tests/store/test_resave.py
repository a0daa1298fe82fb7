"""Re-saving is an idempotent upsert: one row per item, holding the newest value.

A commit can be reported as failed after it reached the disk (FACTS.md: an fsync error
on COMMIT, yet the row is there after a restart). The autosave then retries the same
state, or saves a newer one; either way the worker must find exactly one answer.
"""

from __future__ import annotations

import pytest
from peewee import OperationalError

from marika.profiles import Office
from marika.store import db as store_db
from store import storedata


@pytest.fixture
def session(data_dir):
    package_pk = storedata.build_office(data_dir, count=4)
    office = Office.open(data_dir, kdf_n=storedata.FAST_KDF_N)
    workspace = office.login(username=storedata.ANNOTATOR, password=storedata.PASSWORD)
    workspace.test_items = [workspace.item_at(package_pk, n).item_pk for n in range(4)]
    yield workspace
    office.close()


def rows_for(item_pk: int) -> list[tuple]:
    return store_db.database.execute_sql(
        "SELECT uuid, revision FROM annotation WHERE item_id = ?", (item_pk,)).fetchall()


def test_saving_twice_keeps_one_row_with_the_newest_value(session):
    item_pk = session.test_items[1]
    first = session.save(item_pk=item_pk, value={"labels": ["pos"]}, active_ms=1_000)
    second = session.save(item_pk=item_pk, value={"labels": ["neg", "spam"]},
                          active_ms=2_500, flagged=True, flag_note="two languages mixed")
    assert second.uuid == first.uuid
    assert rows_for(item_pk) == [(first.uuid, 2)]
    stored = session.annotation_for(item_pk)
    assert stored.value == {"labels": ["neg", "spam"]}
    assert (stored.active_ms, stored.flagged, stored.flag_note) == (
        2_500, True, "two languages mixed")
    assert session.progress(session.packages()[0].package_pk).done == 1


def test_retry_after_a_commit_reported_failed_that_committed(session, monkeypatch):
    item_pk = session.test_items[2]
    database = store_db.database
    real_commit = database.commit
    failures = []

    def commit_then_fail():
        real_commit()  # the data is on disk ...
        if not failures:  # ... but the first time the caller is told it failed
            failures.append(True)
            raise OperationalError("disk I/O error")

    monkeypatch.setattr(database, "commit", commit_then_fail)
    fields = {"value": {"labels": ["neu"]}, "active_ms": 3_000}
    # peewee's rollback after the commit then fails too; the autosave retries any error
    # that is not a refusal, so the type does not matter here.
    with pytest.raises(OperationalError):
        session.save(item_pk=item_pk, **fields)
    assert failures, "the simulated failure did not happen"
    assert len(rows_for(item_pk)) == 1  # it did commit

    # The autosave retries the same state: still one row, same value.
    retried = session.save(item_pk=item_pk, **fields)
    assert len(rows_for(item_pk)) == 1
    assert retried.value == {"labels": ["neu"]}
    # The worker changed the answer meanwhile: the newest value wins, still one row.
    newest = session.save(item_pk=item_pk, value={"labels": ["mixed"]}, active_ms=4_000)
    assert rows_for(item_pk) == [(newest.uuid, 3)]
    assert session.annotation_for(item_pk).value == {"labels": ["mixed"]}
    # Nothing else was touched, and the store is whole.
    assert [rows_for(pk) for pk in session.test_items if pk != item_pk] == [[], [], []]
    assert database.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_a_skip_after_an_answer_replaces_it(session):
    item_pk = session.test_items[0]
    session.save(item_pk=item_pk, value={"labels": ["pos"]})
    skipped = session.skip(item_pk=item_pk, reason="disturbing", active_ms=700)
    assert len(rows_for(item_pk)) == 1
    stored = session.annotation_for(item_pk)
    assert (stored.status, stored.skip_reason, stored.value) == (
        "skipped", "disturbing", {"labels": []})
    assert stored.revision == skipped.revision == 2
