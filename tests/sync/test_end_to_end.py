"""The real client against a real `marika-server` process: enroll, seal, upload, receipt,
review, statement, offline viewing."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from marika.store import db as store_db
from marika.store import outbox
from marika.store.models import Annotation
from marika.submit import seal_and_enqueue
from marika_sync.config import ClientConfig
from marika_sync.enroll import enroll_online
from marika_sync.errors import SyncFailure
from marika_sync.runner import run_sync
from marika_sync.statements import earned, list_statements

from .conftest import make_package, make_person, make_work, register_package

FAST = ClientConfig(backoff_base=0.05, backoff_cap=0.2, connect_timeout=2, read_timeout=5,
                    request_deadline=10)


def _submit(person, pkg, records, **kw):
    args = dict(profile_id=person.profile_id, records=records, device_key=person.device_key,
                package_id=pkg.package_id, package_version=pkg.version,
                results_key=pkg.results.public, rate_per_item=pkg.rate, currency=pkg.currency)
    return seal_and_enqueue(**{**args, **kw})


def _sync(person, **kw):
    return run_sync(store=outbox, profile_id=person.profile_id, device_key=person.device_key,
                    box_key=person.box_key, cipher=person.cipher, config=FAST,
                    include_waiting=True, **kw)


def _enroll(server, person):
    return enroll_online(store=outbox, profile_id=person.profile_id, server_url=server.url,
                         code=server.new_code(), device_key=person.device_key,
                         box_key=person.box_key, display_name="Rasoa",
                         expected_server_key=server.key(), config=FAST)


def test_upload_review_statement_offline(server, client_db, tmp_path):
    person = make_person()
    pkg = make_package(items=30)
    register_package(server, pkg, tmp_path)
    enrollment = _enroll(server, person)
    assert enrollment.server_key.to_text() == server.cli("info").stdout.splitlines()[0]

    records = make_work(person, pkg, 12)
    batch_ids = _submit(person, pkg, records, max_items=5)
    assert len(batch_ids) == 3
    # Submitted items are now read-only (batch_id set) and waiting in the outbox.
    assert Annotation.select().where(Annotation.batch_id.is_null(False)).count() == 12
    assert outbox.counts(person.profile_id).sealed == 3

    progress = []
    report = _sync(person, progress=progress.append)
    assert report.online and sorted(report.delivered) == sorted(batch_ids), report
    assert outbox.counts(person.profile_id).delivered == 3
    uploads = [p for p in progress if p.phase == "upload"]
    assert uploads and uploads[-1].left == 0
    assert server.query("SELECT COUNT(*) FROM batch") == [(3,)]

    # The data owner exports, reviews: rejects one done item, accepts the rest.
    export_csv = tmp_path / "export.csv"
    server.cli("export", "--key", pkg.results.to_text(), "--format", "csv", str(export_csv))
    rows = list(csv.DictReader(export_csv.open()))
    assert len(rows) == 12 and any('"cat"' in r["value"] for r in rows)
    rejected = next(r for r in rows if r["status"] == "done")
    for row in rows:
        row["decision"] = "accepted"
        row["reason"] = ""
    rejected["decision"], rejected["reason"] = "rejected", "Wrong label, it is a dog."
    review = tmp_path / "review.csv"
    with review.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    out = server.cli("review", str(review)).stdout
    assert "statements issued: 1" in out

    report = _sync(person)
    assert report.statements == 1
    # Stop the server and reopen the store: statements are viewable offline.
    server.stop()
    store_db.close_database()
    store_db.open_database(client_db, min_free_bytes=0)
    statements = list_statements(store=outbox, profile_id=person.profile_id, cipher=person.cipher,
                                 box_key=person.box_key)
    assert len(statements) == 1
    lines = {line.item_key: line for line in statements[0].items}
    assert len(lines) == 12
    done = [r for r in records if r.status == "done"]
    assert lines[rejected["item_key"]].amount == 0
    assert lines[rejected["item_key"]].reason == "Wrong label, it is a dog."
    skipped = [r for r in records if r.status == "skipped"]
    assert all(lines[r.item_key].amount == 0 for r in skipped)
    expected = Decimal(pkg.rate) * (len(done) - 1)
    assert earned(statements) == {"MGA": expected}
    assert statements[0].totals == {"MGA": expected}
    # Nothing of the statement is stored in clear.
    blob = bytes(outbox.statement_rows(person.profile_id)[0].blob)
    assert b"dog" not in blob and pkg.rate.encode() not in blob


def test_server_pays_registered_rate_not_claim(server, client_db, tmp_path):
    person = make_person()
    pkg = make_package(rate="10")
    register_package(server, pkg, tmp_path)
    _enroll(server, person)
    records = [r for r in make_work(person, pkg, 3) if r.status == "done"]
    _submit(person, pkg, records[:2], rate_per_item="999")  # a greedy claim
    assert _sync(person).delivered
    review = tmp_path / "r.jsonl"
    batch_id = server.query("SELECT batch_id FROM batch")[0][0]
    review.write_text("".join(
        f'{{"batch_id": "{batch_id}", "item_key": "{r.item_key}", "decision": "accepted"}}\n'
        for r in records[:2]))
    server.cli("review", str(review))
    _sync(person)
    statements = list_statements(store=outbox, profile_id=person.profile_id, cipher=person.cipher,
                                 box_key=person.box_key)
    assert earned(statements) == {"MGA": Decimal("20")}


def test_not_enrolled_and_offline(client_db, tmp_path):
    person = make_person()
    with pytest.raises(SyncFailure) as err:
        _sync(person)
    assert err.value.reason == "not-enrolled"
    outbox.save_enrollment(profile_id=person.profile_id, annotator_id=person.profile_id,
                           server_url="http://127.0.0.1:9",
                           server_key=person.device_key.public.to_text(), document=b"{}")
    report = _sync(person)
    assert not report.online


def test_enrollment_code_is_single_use_and_retry_is_idempotent(server, client_db):
    person, other = make_person("a"), make_person("b")
    code = server.new_code()
    kw = dict(server_url=server.url, code=code, config=FAST,
              expected_server_key=server.key())
    first = enroll_online(store=outbox, profile_id=person.profile_id, device_key=person.device_key,
                          box_key=person.box_key, **kw)
    again = enroll_online(store=outbox, profile_id=person.profile_id, device_key=person.device_key,
                          box_key=person.box_key, **kw)
    assert first == again
    with pytest.raises(SyncFailure) as err:
        enroll_online(store=outbox, profile_id=other.profile_id, device_key=other.device_key,
                      box_key=other.box_key, **kw)
    assert err.value.reason == "code-used"
    with pytest.raises(SyncFailure) as err:
        enroll_online(store=outbox, profile_id=other.profile_id, device_key=other.device_key,
                      box_key=other.box_key, server_url=server.url, code="AAAA-BBBB-CCCC",
                      expected_server_key=server.key(), config=FAST)
    assert err.value.reason == "bad-code"
    with pytest.raises(SyncFailure) as err:
        enroll_online(store=outbox, profile_id=other.profile_id, device_key=other.device_key,
                      box_key=other.box_key, server_url=server.url, code=server.new_code(),
                      expected_fingerprint="0000000000000000", config=FAST)
    assert err.value.reason == "wrong-server"
