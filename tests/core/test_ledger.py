"""The pure pay ledger: statuses, payments, periods and hourly rates (no database)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from marika.core import ledger, pay_periods
from marika.core.ledger import PackageInfo, Payment, Work
from marika.core.pay import currency_decimals, in_currency

INFO = {"p": PackageInfo("p", 1, {"en": "P"}, {"en": "Lab"}, Decimal("0.50"), "EUR", 1)}


@dataclass
class Line:
    item_key: str
    amount: str
    decision: str = "accepted"
    reason: str = ""
    status: str = "done"
    batch_id: str = "b"
    package_id: str = "p"
    package_version: int = 1
    rate: Decimal = Decimal("0.50")
    currency: str = "EUR"

    def __post_init__(self):
        self.amount = Decimal(self.amount)


@dataclass
class St:
    seq: int
    items: list
    payments: tuple = ()
    issued_at: float = 100.0
    statement_id: str = "s"
    prev_sha256: str = ""
    sha256: str = ""
    totals: dict = field(default_factory=dict)


def work(key: str, *, saved_at: float = 50.0, active_ms: int = 30_000, done: bool = True):
    return Work("p", key, done, saved_at, active_ms, "b", 60.0)


def test_payments_mark_the_oldest_accepted_items_paid():
    statements = [St(1, [Line("a", "0.50"), Line("b", "0.50")]),
                  St(2, [Line("c", "0.50")], payments=(Payment("p1", "EUR", Decimal("1.00"), 90),))]
    items = {i.item_key: i for i in ledger.build_items(
        work=[work("a"), work("b"), work("c")], packages=INFO, statements=statements)}
    assert [items[k].status for k in "abc"] == ["paid", "paid", "accepted"]
    summary = ledger.summarise(items.values(), statements)
    split = summary.split("EUR")
    assert (split.paid, split.paid_items, split.accepted) == (Decimal("1.00"), 2,
                                                              Decimal("0.50"))
    assert summary.balance == {"EUR": Decimal("0.50")}  # 1.50 stated, 1.00 paid out


def test_a_payment_that_covers_an_item_in_part_says_paid_and_still_owed():
    statements = [St(1, [Line("a", "0.50"), Line("b", "0.50"), Line("c", "0.50")],
                     payments=(Payment("p1", "EUR", Decimal("0.75"), 90),))]
    items = {i.item_key: i for i in ledger.build_items(
        work=[work("a"), work("b"), work("c")], packages=INFO, statements=statements)}
    # Oldest first, each whole before the next: a is paid, b in part, c not at all.
    assert [items[k].status for k in "abc"] == ["paid", "part_paid", "accepted"]
    assert (items["b"].paid, items["b"].owed) == (Decimal("0.25"), Decimal("0.25"))
    assert (items["a"].owed, items["c"].owed, items["c"].paid) == (0, Decimal("0.50"), 0)
    split = ledger.summarise(items.values(), statements).split("EUR")
    assert (split.paid, split.accepted) == (Decimal("0.75"), Decimal("0.75"))
    assert (split.paid_items, split.part_paid_items, split.accepted_items) == (1, 1, 1)
    assert split.confirmed == Decimal("1.50")


def test_a_record_that_cannot_be_read_stays_listed_with_its_cause():
    cause = ValueError("changed by someone else")
    unreadable = [Work("p", "a", True, 50.0, 0, "b", 60.0, unreadable=cause),
                  Work("p", "b", True, 50.0, 0, "b", 60.0, unreadable=cause)]
    statements = [St(1, [Line("b", "0.50", status="skipped")], issued_at=55.0,
                     totals={"EUR": Decimal("0.50")})]
    items = {i.item_key: i for i in ledger.build_items(
        work=[*unreadable, work("c")], packages=INFO, statements=statements)}
    # Not on a statement: unreadable, and no claim is made from it.
    assert (items["a"].status, items["a"].amount, items["a"].unreadable) == (
        "unreadable", 0, cause)
    # On a statement: the signed word stands; the local record is still marked.
    assert (items["b"].status, items["b"].amount, items["b"].unreadable) == (
        "accepted", Decimal("0.50"), cause)
    assert items["c"].status == "delivered" and items["c"].unreadable is None
    split = ledger.summarise(items.values(), statements).split("EUR")
    assert (split.unreadable_items, split.waiting_items, split.waiting) == (
        1, 1, Decimal("0.50"))
    # "Done here, skipped there" cannot be told from a record that cannot be read.
    diffs = ledger.reconcile(work=[*unreadable, work("c")], packages=INFO,
                             statements=statements)
    assert diffs == []


def test_a_reversal_takes_back_the_payment_and_keeps_its_reason():
    statements = [St(1, [Line("a", "0.50")]),
                  St(2, [Line("a", "-0.50", decision="rejected", reason="blurry")])]
    (item,) = ledger.build_items(work=[work("a")], packages=INFO, statements=statements)
    assert (item.status, item.amount, item.reason, item.reversed) == (
        "rejected", Decimal(0), "blurry", True)
    views = ledger.statement_views(statements)
    assert views[1].lines[0].reversal and views[1].closing == {"EUR": Decimal(0)}


def test_periods_are_local_days_iso_weeks_and_months():
    moment = dt.datetime(2026, 12, 3, 15, 30).timestamp()  # a Thursday
    assert pay_periods.period_of(moment, "day")[0] == "2026-12-03"
    key, start = pay_periods.period_of(moment, "week")
    assert key == "2026-W49" and dt.datetime.fromtimestamp(start) == dt.datetime(2026, 11, 30)
    assert pay_periods.period_of(moment, "month")[0] == "2026-12"


def test_hourly_rate_needs_a_minute_and_uses_the_currency_decimals():
    items = ledger.build_items(work=[work("a", active_ms=59_000)], packages=INFO,
                               statements=[])
    (rate,) = pay_periods.hourly_rates(items, "package")
    assert rate.per_hour is None and rate.per_hour_with_claims is None
    items = ledger.build_items(work=[work("a", active_ms=70_000)], packages=INFO,
                               statements=[])
    (rate,) = pay_periods.hourly_rates(items, "package")
    assert rate.per_hour == Decimal("0.00") and rate.per_hour_with_claims == Decimal("25.71")


def test_currency_decimals():
    assert currency_decimals("MGA") == 2 and currency_decimals("JPY") == 0
    assert currency_decimals("KWD") == 3
    assert in_currency(Decimal("125.5"), "MGA") == Decimal("125.50")
    assert str(in_currency(Decimal("0.125"), "EUR")) == "0.13"
