"""Exactly once: the same batch twice, two uploaders at once, a client killed after the
server stored the batch but before it stored the receipt, one item in two batches."""

from __future__ import annotations

import hashlib
import uuid
from decimal import Decimal

import pytest

from marika.store import outbox
from marika_sync import permits, sealing
from marika_sync.client import ServerClient
from marika_sync.errors import SyncFailure
from marika_sync.sealing import seal_batch
from marika_sync.statements import earned, list_statements
from marika_sync.tus import MemoryState

from .conftest import (
    make_package,
    make_person,
    make_work,
    register_package,
    run_client,
    save_key,
)
from .test_end_to_end import FAST, _enroll, _submit, _sync


def _permit(data: bytes, signer) -> bytes:
    """The upload permit the batch's author makes (marika_sync.permits)."""
    meta = sealing.read_batch_metadata(data)
    return permits.upload_permit(device_key=signer, annotator_id=meta["annotator_id"],
                                 batch_id=meta["batch_id"],
                                 sha256=hashlib.sha256(data).hexdigest(), length=len(data))


def _upload(server, data: bytes, signer, progress=None) -> bytes:
    meta = sealing.read_batch_metadata(data)
    sha = hashlib.sha256(data).hexdigest()
    client = ServerClient(server.url, config=FAST)
    client.upload(batch_id=meta["batch_id"], data=data, sha256=sha,
                  annotator_id=meta["annotator_id"], state=MemoryState(),
                  permit=_permit(data, signer), progress=progress)
    return client.receipt(meta["batch_id"], sha)


def _accept_all(server, tmp_path, name="review.jsonl"):
    rows = server.query("SELECT batch_id, item_key FROM batch_item")
    path = tmp_path / name
    path.write_text("".join(f'{{"batch_id":"{b}","item_key":"{k}","decision":"accepted"}}\n'
                            for b, k in rows))
    server.cli("review", str(path))


def test_same_batch_twice_gets_the_same_receipt(server, client_db):
    person, pkg = make_person(), make_package()
    _enroll(server, person)
    [batch_id] = _submit(person, pkg, make_work(person, pkg, 4))
    assert _sync(person).delivered == [batch_id]
    row = outbox.get_batch(batch_id)
    sent = []
    again = _upload(server, bytes(row.data), person.device_key,
                    progress=lambda s, t: sent.append(s))
    assert again == bytes(outbox.receipt(batch_id).document)
    assert sent == [row.size]  # the server said it had it all: no byte was sent again
    assert server.query("SELECT COUNT(*) FROM batch") == [(1,)]
    # Delivered batches are not tried again by the next sync.
    assert _sync(person).delivered == []


def test_same_id_with_other_content_is_refused(server, client_db, monkeypatch):
    person, pkg = make_person(), make_package()
    _enroll(server, person)
    records = make_work(person, pkg, 4)
    fixed = uuid.uuid4()
    monkeypatch.setattr(sealing.uuid, "uuid4", lambda: fixed)
    args = dict(annotator_id=person.profile_id, device_key=person.device_key,
                package_id=pkg.package_id, package_version=1, results_key=pkg.results.public,
                rate_per_item="1", currency="MGA", now=1.0)
    first = seal_batch(records=records[:2], **args)
    second = seal_batch(records=records[2:], **args)
    assert first.batch_id == second.batch_id and first.sha256 != second.sha256
    _upload(server, first.data, person.device_key)
    with pytest.raises(SyncFailure) as err:
        _upload(server, second.data, person.device_key)
    assert err.value.reason == "batch-conflict" and not err.value.retryable
    stored = server.query("SELECT sha256 FROM batch")
    assert stored == [(first.sha256,)]


def test_two_processes_upload_the_same_batch_at_once(server, client_db, tmp_path):
    person, pkg = make_person(), make_package(items=30)
    _enroll(server, person)
    records = make_work(person, pkg, 30, filler=12000)
    batch = seal_batch(records=records, annotator_id=person.profile_id,
                       device_key=person.device_key, package_id=pkg.package_id,
                       package_version=1, results_key=pkg.results.public, rate_per_item="1",
                       currency="MGA", now=1.0)
    path = tmp_path / "batch.mkb"
    path.write_bytes(batch.data)
    (tmp_path / "batch.permit").write_bytes(_permit(batch.data, person.device_key))
    procs = [run_client("upload", server.url, str(path), str(tmp_path / f"receipt{n}"),
                        "--chunk", "1024", "--attempts", "50") for n in range(2)]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        offsets = [int(line.split()[1]) for line in out.splitlines()
                   if line.startswith("progress")]
        # Each process sent part of the bytes itself: they really raced.
        assert any(0 < sent < len(batch.data) for sent in offsets)
    receipts = {(tmp_path / f"receipt{n}").read_bytes() for n in range(2)}
    assert len(receipts) == 1
    assert server.query("SELECT COUNT(*), MAX(sha256) FROM batch") == [(1, batch.sha256)]
    assert server.query("SELECT COUNT(*) FROM upload") == [(1,)]
    assert server.query("SELECT COUNT(*) FROM chunk") == [(0,)]


def test_client_killed_before_storing_receipt_one_copy_paid_once(server, client_db, tmp_path):
    person, pkg = make_person(), make_package(rate="12.5")
    register_package(server, pkg, tmp_path)
    _enroll(server, person)
    records = make_work(person, pkg, 10)
    [batch_id] = _submit(person, pkg, records)
    keyfile = save_key(person, tmp_path / "key")
    proc = run_client("sync", str(client_db), person.profile_id, str(keyfile),
                      "--die-before-receipt")
    proc.communicate(timeout=60)
    assert proc.returncode == -9
    # The server stored it; the client does not know yet.
    assert server.query("SELECT COUNT(*) FROM batch") == [(1,)]
    assert outbox.get_batch(batch_id).state != outbox.DELIVERED

    report = _sync(person)
    assert report.delivered == [batch_id]
    assert server.query("SELECT COUNT(*) FROM batch") == [(1,)]
    assert server.query("SELECT COUNT(*) FROM upload") == [(1,)]
    _accept_all(server, tmp_path)
    _sync(person)
    statements = list_statements(store=outbox, profile_id=person.profile_id, cipher=person.cipher,
                                 box_key=person.box_key)
    done = sum(1 for r in records if r.status == "done")
    assert earned(statements) == {"MGA": Decimal("12.5") * done}


def test_item_in_two_batches_is_paid_once(server, client_db, tmp_path):
    person, pkg = make_person(), make_package(rate="3")
    register_package(server, pkg, tmp_path)
    _enroll(server, person)
    records = [r for r in make_work(person, pkg, 3) if r.status == "done"]
    args = dict(records=records, annotator_id=person.profile_id, device_key=person.device_key,
                package_id=pkg.package_id, package_version=1, results_key=pkg.results.public,
                rate_per_item="3", currency="MGA", now=1.0)
    for _ in range(2):  # e.g. sealed again after a restore from backup
        _upload(server, seal_batch(**args).data, person.device_key)
    _accept_all(server, tmp_path)
    rows = server.query("SELECT COUNT(*) FROM paid_item")
    assert rows == [(len(records),)]
    outbox.save_enrollment(profile_id=person.profile_id, annotator_id=person.profile_id,
                           server_url=server.url,
                           server_key=server.cli("info").stdout.split()[0], document=b"{}")
    _sync(person)
    [statement] = list_statements(store=outbox, profile_id=person.profile_id, cipher=person.cipher,
                                  box_key=person.box_key)
    assert len(statement.items) == 2 * len(records)
    duplicates = [line for line in statement.items if line.reason == "duplicate"]
    assert len(duplicates) == len(records) and all(d.amount == 0 for d in duplicates)
    assert statement.totals == {"MGA": Decimal(3) * len(records)}


def test_statements_issued_by_several_processes_at_once_pay_once(server, client_db,
                                                                   tmp_path):
    """Four `statements issue` processes race on one database: one statement is issued,
    each item is paid once (an advisory lock per annotator on PostgreSQL, IMMEDIATE
    transactions on SQLite)."""
    import subprocess
    import sys

    person, pkg = make_person(), make_package(rate="2")
    register_package(server, pkg, tmp_path)
    _enroll(server, person)
    records = make_work(person, pkg, 14)
    _submit(person, pkg, records, max_items=5)
    _sync(person)
    rows = server.query("SELECT batch_id, item_key FROM batch_item")
    review = tmp_path / "review.jsonl"
    review.write_text("".join(f'{{"batch_id":"{b}","item_key":"{k}","decision":"accepted"}}\n'
                              for b, k in rows))
    server.cli("review", str(review), "--no-issue")
    args = [sys.executable, "-m", "marika_sync.server.cli", "statements", "issue",
            *server._args()]
    procs = [subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(4)]
    issued = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        issued.append(int(out.strip().rsplit(" ", 1)[1]))
    assert sorted(issued) == [0, 0, 0, 1]
    done = sum(1 for r in records if r.status == "done")
    assert server.query("SELECT COUNT(*) FROM statement") == [(1,)]
    assert server.query("SELECT COUNT(*) FROM paid_item") == [(done,)]
    _sync(person)
    [statement] = list_statements(store=outbox, profile_id=person.profile_id,
                                  cipher=person.cipher, box_key=person.box_key)
    assert earned([statement]) == {"MGA": Decimal(2) * done}
