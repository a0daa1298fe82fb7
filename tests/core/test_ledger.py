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
