"""Statements always arrive: 5,000 decided items of one worker come back from a real
`marika-server` in a single sync, in replies the client accepts (issue 9), with long
rejection reasons (the largest lines) and a PC clock a year wrong."""

from __future__ import annotations

import json
import time
from decimal import Decimal

from marika.store import outbox
from marika.store.db import database
from marika_sync.statements import list_statements

from .conftest import make_package, make_person, make_work, register_package
from .test_end_to_end import _enroll, _submit, _sync

COUNT = 5000


def test_5000_decided_items_arrive_in_one_sync(server, client_db, tmp_path):
    person = make_person()
    with database.atomic():  # one transaction: 10,000 rows in a second, not a minute
        pkg = make_package(items=COUNT, rate="12.5")
        records = make_work(person, pkg, COUNT)
    register_package(server, pkg, tmp_path)
    _enroll(server, person)
    _submit(person, pkg, records, max_items=1000)
    delivered = _sync(person)
    assert len(delivered.delivered) == 5 and not delivered.failed

    reason = "La réponse ne suit pas la consigne : " + "x" * 440  # 480 characters
    review = tmp_path / "review.jsonl"
    rows = server.query("SELECT batch_id, item_key FROM batch_item")
    assert len(rows) == COUNT
    with review.open("w") as fh:
        for n, (batch_id, item_key) in enumerate(sorted(rows, key=lambda r: r[1])):
            rejected = n % 10 == 0
            fh.write(json.dumps({"batch_id": batch_id, "item_key": item_key,
                                 "decision": "rejected" if rejected else "accepted",
                                 "reason": reason if rejected else ""}) + "\n")
    server.cli("review", str(review))

    # One sync, from a PC whose clock is a year behind: every statement arrives.
    report = _sync(person, now=lambda: time.time() - 365 * 86400)
    assert not report.failed, report.errors
    assert report.statements == COUNT // 500
    statements = list_statements(store=outbox, profile_id=person.profile_id, cipher=person.cipher,
                                 box_key=person.box_key)
    lines = {line.item_key: line for s in statements for line in s.items}
    assert len(lines) == COUNT
    assert sum(1 for x in lines.values() if x.reason == reason) == COUNT // 10
    done_accepted = [r for n, r in enumerate(sorted(records, key=lambda r: r.item_key))
                     if r.status == "done" and n % 10 != 0]
    total = sum((s.totals.get("MGA", Decimal(0)) for s in statements), Decimal(0))
    assert total == Decimal("12.5") * len(done_accepted)

    # The office pays out: `marika-server payout` puts the payment on the next statement.
    annotator_id = outbox.enrollment(person.profile_id).annotator_id
    server.cli("payout", annotator_id, "1000", "MGA", "--reference", "MVola 0345")
    assert _sync(person).statements == 1
    newest = max(list_statements(store=outbox, profile_id=person.profile_id,
                                 cipher=person.cipher, box_key=person.box_key),
                 key=lambda s: s.seq)
    assert [(p.amount, p.reference) for p in newest.payments] == [
        (Decimal("1000"), "MVola 0345")]
