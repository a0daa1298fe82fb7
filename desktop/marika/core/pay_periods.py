"""Pay by period and per hour: totals of pay items by day, week, month, package or
status, and the effective hourly rate beside a reference wage. Pure (standard library,
Decimal only), over `marika.core.ledger.PayItem`s."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from .ledger import PAY_STATUSES, REJECTED, ZERO, PayItem
from .pay import MS_PER_HOUR, in_currency


@dataclass(frozen=True)
class Group:
    key: str  # day "2026-12-04", week "2026-W49" (its Monday in `start`), package id, status
    start: float | None  # first moment of a day or week (local time), for display
    items: int
    active_ms: int
    confirmed: Mapping[str, Decimal]  # currency -> accepted + paid
    claimed: Mapping[str, Decimal]  # currency -> the worker's claim, not reviewed yet
    rejected: int


@dataclass(frozen=True)
class ReferenceWage:
    amount: Decimal  # per hour
    currency: str
    source: str  # "package" (declared by the package) or "office" (set by the supervisor)
    note: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class HourlyRate:
    key: str  # package id, or a period key as in Group
    start: float | None
    currency: str
    active_ms: int
    confirmed: Decimal
    claimed: Decimal
    per_hour: Decimal | None  # confirmed pay per active hour (None under a minute)
    per_hour_with_claims: Decimal | None  # counting the worker's claim as well
    references: tuple[ReferenceWage, ...] = ()


def _local_day(moment: float) -> dt.date:
    return dt.datetime.fromtimestamp(moment).date()


def period_of(moment: float | None, by: str) -> tuple[str, float | None]:
    """(key, start) of the day, ISO week or month holding `moment`, in local time."""
    if moment is None:
        return "", None
    day = _local_day(moment)
    if by == "week":
        year, week, weekday = day.isocalendar()
        day -= dt.timedelta(days=weekday - 1)
        key = f"{year}-W{week:02d}"
    elif by == "month":
        day = day.replace(day=1)
        key = f"{day.year}-{day.month:02d}"
    else:
        key = day.isoformat()
    return key, dt.datetime.combine(day, dt.time()).timestamp()


def _group_key(item: PayItem, by: str) -> tuple[str, float | None]:
    if by == "package":
        return item.package_id, None
    if by == "status":
        return item.status, None
    return period_of(item.saved_at, by)


def group_totals(items: Iterable[PayItem], by: str) -> list[Group]:
    """Totals by "day", "week", "month", "package" or "status"; periods newest first,
    packages by id, statuses in PAY_STATUSES order."""
    acc: dict[str, dict] = {}
    for item in items:
        key, start = _group_key(item, by)
        g = acc.setdefault(key, {"start": start, "items": 0, "active_ms": 0,
                                 "confirmed": {}, "claimed": {}, "rejected": 0})
        g["items"] += 1
        g["active_ms"] += item.active_ms
        if item.status == REJECTED:
            g["rejected"] += 1
        if not item.currency:
            continue
        target = g["confirmed"] if item.confirmed else g["claimed"]
        if item.confirmed or item.work == "done":
            target[item.currency] = target.get(item.currency, ZERO) + item.amount
    groups = [Group(k, v["start"], v["items"], v["active_ms"], v["confirmed"], v["claimed"],
                    v["rejected"]) for k, v in acc.items()]
    if by == "status":
        groups.sort(key=lambda g: PAY_STATUSES.index(g.key) if g.key in PAY_STATUSES else 99)
    elif by == "package":
        groups.sort(key=lambda g: g.key)
    else:
        groups.sort(key=lambda g: g.key, reverse=True)
    return groups


def per_hour(amount: Decimal, active_ms: int, currency: str) -> Decimal | None:
    """Pay per hour of active work in the currency's decimals; None under a minute."""
    if active_ms < 60_000:
        return None
    return in_currency(amount * MS_PER_HOUR / Decimal(active_ms), currency)


def hourly_rates(items: Iterable[PayItem], by: str,
                 references: Mapping[str, Sequence[ReferenceWage]] | None = None
                 ) -> list[HourlyRate]:
    """Effective hourly rate per package or period and currency, from the tracked active
    time of every item in it (rejected and skipped ones took time too). `references`
    maps a package id (by package) or a currency (by period) to its reference wages."""
    acc: dict[tuple[str, str], dict] = {}
    for item in items:
        if not item.currency or not item.work:
            continue  # known only from a statement: no time of ours to divide by
        key, start = _group_key(item, by)
        g = acc.setdefault((key, item.currency), {"start": start, "active_ms": 0,
                                                  "confirmed": ZERO, "claimed": ZERO})
        g["active_ms"] += item.active_ms
        if item.confirmed:
            g["confirmed"] += item.amount
        elif item.work == "done":
            g["claimed"] += item.amount
    references = references or {}
    result = []
    for (key, currency), g in acc.items():
        refs = references.get(key if by == "package" else currency, ())
        result.append(HourlyRate(
            key, g["start"], currency, g["active_ms"], g["confirmed"], g["claimed"],
            per_hour(g["confirmed"], g["active_ms"], currency),
            per_hour(g["confirmed"] + g["claimed"], g["active_ms"], currency),
            tuple(r for r in refs if r.currency == currency)))
    result.sort(key=lambda r: (r.key, r.currency), reverse=by != "package")
    return result
