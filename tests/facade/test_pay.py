"""The worker's pay through the facade: each item's status, amount and reason, the split
of earnings, the statements as a ledger with a running balance, and reconciliation."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest

from marika.core import ledger

from .pay_data import (
    REJECT_REASON,
    REVERSE_REASON,
    expected_totals,
    pay_world,
    put_answer_of,
)


@pytest.fixture
def world(office, supervisor):
    return pay_world(office, supervisor)


def by_key(items):
    return {i.item_key: i for i in items}


def test_each_item_has_its_status_amount_and_reason(world):
    items = by_key(world.ws.pay_items())
    assert set(items) == {f"t00{n}" for n in range(8)}
    expect = {  # key: (status, amount, confirmed, reason)
        "t000": ("accepted", Decimal(25), True, ""),
        "t001": ("accepted", Decimal(25), True, ""),
        "t002": ("rejected", Decimal(0), True, REJECT_REASON),
        "t003": ("rejected", Decimal(0), True, REVERSE_REASON),
        "t004": ("delivered", Decimal(25), False, ""),
        "t005": ("delivered", Decimal(25), False, ""),
        "t006": ("accepted", Decimal(0), True, ""),
        "t007": ("saved", Decimal(25), False, ""),
    }
    for key, (status, amount, confirmed, reason) in expect.items():
        item = items[key]
        assert (item.status, item.amount, item.confirmed, item.reason) == (
            status, amount, confirmed, reason), key
    assert items["t003"].reversed and items["t003"].statement_seq == 2
    assert items["t000"].statement_seq == 1 and items["t007"].statement_seq is None
    assert items["t006"].work == "skipped" and items["t000"].work == "done"
    assert items["t000"].title["en"] == "Film reviews"
    assert items["t000"].client["en"] == "Example Lab"
    assert items["t000"].active_ms == 60_000 and items["t000"].currency == "MGA"
    assert items["t004"].batch_id == world.batch_id


def test_summary_splits_earnings_and_never_counts_a_rejection(world):
    summary = world.ws.pay_summary()
    split = summary.split("MGA")
    want = expected_totals()
    assert split.accepted == want["accepted"] and split.accepted_items == 3
    assert split.waiting == want["waiting"] and split.waiting_items == 3
    assert split.rejected_items == want["rejected_items"]
    assert split.rejected_value == Decimal(50)
    assert split.paid == 0 and split.confirmed == want["accepted"]
    assert summary.balance == {"MGA": want["balance"]}
    assert summary.statements == 2 and summary.missing_statements == ()
    # Home: the statement's word plus the worker's claim for unreviewed items, never
    # rate x done (7 done items x 25 = 175).
    (package,) = world.ws.packages()
    assert (package.confirmed, package.waiting, package.rejected) == (
        Decimal(50), Decimal(75), 2)
    assert package.earned == Decimal(125)


def test_statements_read_as_a_ledger_with_a_running_balance(world):
    ledger_ = world.ws.pay_ledger()
    first, second = ledger_.statements
    assert [v.seq for v in ledger_.statements] == [1, 2]
    assert first.chained is True and second.chained is True
    assert first.totals_match and second.totals_match
    assert [line.balance for line in first.lines] == [
        Decimal(25), Decimal(50), Decimal(75), Decimal(75), Decimal(75)]
    assert first.closing == {"MGA": Decimal(75)} and second.opening == first.closing
    (reversal,) = second.lines
    assert reversal.reversal and reversal.amount == Decimal(-25)
    assert reversal.reason == REVERSE_REASON and reversal.balance == Decimal(50)
    assert ledger_.signer.server_key == world.issuer.key.public.to_text()


def test_hourly_rate_beside_the_reference_wage(world):
    ledger_ = world.ws.pay_ledger()
    (rate,) = ledger_.hourly("package")
    # 8 items of one minute: 50 confirmed, 125 with the worker's claim, in 8 minutes.
    assert rate.active_ms == 8 * 60_000
    assert rate.per_hour == Decimal("375.00")
    assert rate.per_hour_with_claims == Decimal("937.50")
    (reference,) = rate.references
    assert (reference.amount, reference.currency, reference.source) == (
        Decimal(1000), "MGA", "package")
    assert sum(r.active_ms for r in ledger_.hourly("day")) == 8 * 60_000


def test_office_reference_wage_is_shown_too(world, supervisor):
    supervisor.set_office_setting("reference_hourly_wage", "1250,5 mga")
    assert supervisor.office_settings()["reference_hourly_wage"] == "1250.5 MGA"
    (rate,) = world.ws.pay_ledger().hourly("week")
    assert {(r.amount, r.source) for r in rate.references} == {
        (Decimal("1250.5"), "office"), (Decimal(1000), "package")}


def test_groups_total_by_status_day_and_package(world):
    ledger_ = world.ws.pay_ledger()
    status = {g.key: g for g in ledger_.groups("status")}
    assert status["accepted"].items == 3 and status["accepted"].confirmed == {
        "MGA": Decimal(50)}
    assert status["delivered"].claimed == {"MGA": Decimal(50)}
    (package,) = ledger_.groups("package")
    assert package.items == 8 and package.rejected == 2
    assert sum(g.items for g in ledger_.groups("day")) == 8


def test_reconciliation_finds_each_injected_mismatch(world):
    # t004 and t005 were delivered before statements 1 and 2 and are on neither.
    missing = world.ws.pay_ledger().differences
    assert [(d.kind, d.item_key, d.seq, d.expected) for d in missing] == [
        ("missing", "t004", 2, Decimal(25)), ("missing", "t005", 2, Decimal(25))]
    line = {"batch_id": world.batch_id, "package_id": "pay.reviews"}
    # Statement 3 pays t001 a different amount, says t000 was skipped and names an item
    # never done here.
    world.issuer.issue([{**line, "item_key": "t001", "amount": "20", "rate": "20"},
                        {**line, "item_key": "t999"},
                        {**line, "item_key": "t000", "status": "skipped", "amount": "0"}],
                       issued_at=time.time())
    diffs = world.ws.pay_ledger().differences
    kinds = sorted((d.kind, d.item_key) for d in diffs)
    assert kinds == [("amount", "t001"), ("missing", "t004"), ("missing", "t005"),
                     ("unknown", "t999"), ("work", "t000")]
    amount = next(d for d in diffs if d.kind == ledger.AMOUNT)
    assert (amount.expected, amount.stated, amount.currency) == (
        Decimal(25), Decimal(45), "MGA")  # 25 on statement 1, 20 more on statement 3
    assert world.ws.pay_summary().differences == 5


def test_a_gap_a_broken_chain_and_wrong_totals_are_differences(world):
    after_two = world.issuer.prev
    world.issuer.prev = "0" * 64  # statement 4 will not follow statement 3
    world.issuer.issue([], seq=4, totals={"MGA": "10"})
    kinds = sorted(d.kind for d in world.ws.pay_ledger().differences)
    # 3 is missing, so the chain to 4 cannot be checked yet.
    assert kinds == ["gap", "missing", "missing", "totals"]
    world.issuer.prev = after_two
    world.issuer.issue([], seq=3)
    kinds = sorted(d.kind for d in world.ws.pay_ledger().differences)
    assert kinds == ["chain", "missing", "missing", "totals"]


def test_a_payment_on_a_statement_marks_the_oldest_accepted_items_paid(world):
    world.issuer.issue([], payments=[{"payment_id": "p-1", "currency": "MGA", "amount": "50",
                                      "paid_at": time.time(), "reference": "MVola 0345"}])
    pay = world.ws.pay_ledger()
    items = by_key(pay.items)
    assert (items["t000"].status, items["t001"].status) == ("paid", "paid")
    assert items["t006"].status == "accepted"  # an accepted skip pays nothing to cover
    split = pay.summary.split("MGA")
    assert (split.paid, split.paid_items, split.accepted) == (Decimal(50), 2, Decimal(0))
    assert split.confirmed == Decimal(50)  # paid or not, still confirmed pay
    assert pay.summary.balance == {"MGA": Decimal(0)}  # nothing more is owed
    (package,) = world.ws.packages()  # home: the same split, from the statements alone
    assert (package.confirmed, package.paid_out, package.waiting) == (
        Decimal(50), Decimal(50), Decimal(75))
    last = pay.statements[-1]
    assert [p.reference for p in last.payments] == ["MVola 0345"]
    assert last.opening == {"MGA": Decimal(50)} and last.closing == {"MGA": Decimal(0)}


def test_a_payment_that_covers_an_item_in_part_leaves_the_rest_owed(world):
    world.issuer.issue([], payments=[{"payment_id": "p-1", "currency": "MGA", "amount": "30",
                                      "paid_at": time.time(), "reference": "MVola 0345"}])
    pay = world.ws.pay_ledger()
    items = by_key(pay.items)
    assert items["t000"].status == "paid"
    part = items["t001"]
    assert (part.status, part.paid, part.owed, part.amount) == (
        "part_paid", Decimal(5), Decimal(20), Decimal(25))
    split = pay.summary.split("MGA")
    assert (split.paid, split.accepted, split.part_paid_items) == (Decimal(30), Decimal(20), 1)
    assert pay.summary.balance == {"MGA": Decimal(20)}  # what is still owed
    (package,) = world.ws.packages()  # home: the part paid counts as paid out
    assert (package.confirmed, package.paid_out) == (Decimal(50), Decimal(30))


def test_one_changed_annotation_row_leaves_the_rest_of_the_pay(world, office):
    """A colleague puts another item's saved answer in t004's row: the pay still reads,
    t004 is unreadable with the real cause, and every other item is as before."""
    from marika.local_trust import LocalStateTampered

    before = by_key(world.ws.pay_items())
    put_answer_of(office.data_dir, source="t005", into="t004")
    pay = world.ws.pay_ledger()
    items = by_key(pay.items)
    changed = items.pop("t004")
    assert changed.status == ledger.UNREADABLE and changed.amount == 0
    assert isinstance(changed.unreadable, LocalStateTampered)
    assert "not your answer to this item" in changed.unreadable.english()
    del before["t004"]
    assert items == before
    split = pay.summary.split("MGA")
    assert (split.unreadable_items, split.waiting, split.waiting_items) == (
        1, Decimal(50), 2)
