"""Statements always arrive: 5,000 decided items of one worker come back from a real
`marika-server` in a single sync, in replies the client accepts (issue 9), with long
rejection reasons (the largest lines) and a PC clock a year wrong; the same through a
USB stick and `marika sync push`."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from decimal import Decimal

from marika.store import outbox
from marika.store.db import database
from marika_sync.statements import list_statements
from marika_sync.usb import export_for_usb, import_from_usb

from .conftest import make_package, make_person, make_work, register_package
from .test_end_to_end import _enroll, _submit, _sync

COUNT = 5000


REASON = "La réponse ne suit pas la consigne : " + "x" * 440  # 480 characters


def _decided_work(server, tmp_path):
    """An enrolled worker with COUNT items sealed in five batches, and the office's
    review of them (every tenth rejected with a long reason), not yet recorded."""
    person = make_person()
    with database.atomic():  # one transaction: 10,000 rows in a second, not a minute
        pkg = make_package(items=COUNT, rate="12.5")
        records = make_work(person, pkg, COUNT)
    register_package(server, pkg, tmp_path)
    _enroll(server, person)
    _submit(person, pkg, records, max_items=1000)
    return person, records


def _review_all(server, tmp_path):
    review = tmp_path / "review.jsonl"
    rows = server.query("SELECT batch_id, item_key FROM batch_item")
    assert len(rows) == COUNT
    with review.open("w") as fh:
        for n, (batch_id, item_key) in enumerate(sorted(rows, key=lambda r: r[1])):
            rejected = n % 10 == 0
            fh.write(json.dumps({"batch_id": batch_id, "item_key": item_key,
                                 "decision": "rejected" if rejected else "accepted",
                                 "reason": REASON if rejected else ""}) + "\n")
    server.cli("review", str(review))


def _check_all_stated(person, records):
    statements = list_statements(store=outbox, profile_id=person.profile_id,
                                 cipher=person.cipher, box_key=person.box_key)
    lines = {line.item_key: line for s in statements for line in s.items}
    assert len(lines) == COUNT
    assert sum(1 for x in lines.values() if x.reason == REASON) == COUNT // 10
    done_accepted = [r for n, r in enumerate(sorted(records, key=lambda r: r.item_key))
                     if r.status == "done" and n % 10 != 0]
    total = sum((s.totals.get("MGA", Decimal(0)) for s in statements), Decimal(0))
    assert total == Decimal("12.5") * len(done_accepted)


def test_5000_decided_items_arrive_in_one_sync(server, client_db, tmp_path):
    person, records = _decided_work(server, tmp_path)
    delivered = _sync(person)
    assert len(delivered.delivered) == 5 and not delivered.failed
    _review_all(server, tmp_path)

    # One sync, from a PC whose clock is a year behind: every statement arrives.
    report = _sync(person, now=lambda: time.time() - 365 * 86400)
    assert not report.failed, report.errors
    assert report.statements == COUNT // 500
    _check_all_stated(person, records)

    # The office pays out: `marika-server payout` puts the payment on the next statement.
    annotator_id = outbox.enrollment(person.profile_id).annotator_id
    server.cli("payout", annotator_id, "1000", "MGA", "--reference", "MVola 0345")
    assert _sync(person).statements == 1
    newest = max(list_statements(store=outbox, profile_id=person.profile_id,
                                 cipher=person.cipher, box_key=person.box_key),
                 key=lambda s: s.seq)
    assert [(p.amount, p.reference) for p in newest.payments] == [
        (Decimal("1000"), "MVola 0345")]


def test_5000_decided_items_arrive_by_usb_and_marika_sync_push(server, client_db, tmp_path):
    stick = tmp_path / "stick"
    person, records = _decided_work(server, tmp_path)
    assert export_for_usb(store=outbox, profile_id=person.profile_id, folder=stick,
                          device_key=person.device_key) == 5
    push = [sys.executable, "-m", "marika.cli", "sync", "push", str(stick)]
    first = subprocess.run(push, capture_output=True, text=True, timeout=300, check=False)
    assert first.returncode == 0, first.stderr
    import_from_usb(store=outbox, folder=stick)
    _review_all(server, tmp_path)
    # The query on the stick was signed by a PC whose clock is a year behind.
    export_for_usb(store=outbox, profile_id=person.profile_id, folder=stick,
                   device_key=person.device_key, now=time.time() - 365 * 86400)
    second = subprocess.run(push, capture_output=True, text=True, timeout=300, check=False)
    assert second.returncode == 0 and "refused" not in second.stderr, second.stderr
    assert f"statements: {COUNT // 500}" in second.stdout
    result = import_from_usb(store=outbox, folder=stick, profile_id=person.profile_id,
                             cipher=person.cipher, box_key=person.box_key)
    assert result.statements == COUNT // 500
    _check_all_stated(person, records)
