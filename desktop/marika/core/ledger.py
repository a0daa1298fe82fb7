"""The worker's pay ledger: their own records of work set beside the signed statements.

Pure computation (standard library, Decimal only): the facade (`marika.earnings`) reads
the store and the verified statements and hands them here as plain values.

- `build_items` gives one `PayItem` per item the worker did or skipped, and one per
  statement line naming an item the worker has no record of, each with its status:
  saved, submitted, delivered (receipt held), accepted, rejected (with the reviewer's
  reason), paid, or part paid (a payment covers only some of it: `paid` and `owed`).
  An amount is *confirmed* only when a signed statement gives it; otherwise it is the
  worker's own claim (rate x done) and says so. A finished item whose record on this PC
  cannot be read (`Work.unreadable`, the error itself) stays in the list with that cause:
  unreadable when no statement names it, else with the statement's status.
- Statement lines form a ledger: an accepted item adds its rate, a reversal (accepted,
  then rejected) is a negative line with its reason, and an item's confirmed amount is
  the sum of its lines. `statement_views` adds the running balance.
- `reconcile` lists every difference between the two records; nothing is merged away.
- `summarise` totals them by status; `marika.core.pay_periods` by day, week, month,
  package or status, and per hour of active time beside a reference wage.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

SAVED, SUBMITTED, DELIVERED = "saved", "submitted", "delivered"
ACCEPTED, REJECTED, PAID = "accepted", "rejected", "paid"
PART_PAID = "part_paid"  # a payment covers some of its confirmed amount, not all
UNREADABLE = "unreadable"  # the worker's record cannot be read, and no statement names it
PAY_STATUSES = (SAVED, SUBMITTED, DELIVERED, ACCEPTED, PART_PAID, PAID, REJECTED,
                UNREADABLE)
WAITING_STATUSES = (SAVED, SUBMITTED, DELIVERED)  # not reviewed yet: the worker's claim

# Kinds of difference found by `reconcile`.
MISSING = "missing"  # delivered before a statement was issued, on no statement since
AMOUNT = "amount"  # the statement's amount is not the one the worker's package declares
UNKNOWN = "unknown"  # a statement names an item the worker has no record of
WORK = "work"  # done on this PC, skipped on the statement, or the other way round
GAP = "gap"  # a statement number the server issued that this PC does not hold
TOTALS = "totals"  # a statement's totals are not the sum of its lines
CHAIN = "chain"  # a statement does not follow the one before it (hash chain broken)
DIFFERENCE_KINDS = (MISSING, AMOUNT, UNKNOWN, WORK, GAP, TOTALS, CHAIN)

ZERO = Decimal(0)


class LineLike(Protocol):
    batch_id: str
    package_id: str
    package_version: int
    item_key: str
    status: str
    decision: str
    reason: str
    rate: Decimal
    currency: str
    amount: Decimal


class StatementLike(Protocol):
    statement_id: str
    seq: int
    issued_at: float
    prev_sha256: str
    sha256: str
    totals: Mapping[str, Decimal]
    items: Sequence[LineLike]


@dataclass(frozen=True)
class PackageInfo:
    """What the worker's own copy of a package says about its pay."""
    package_id: str
    version: int
    title: Mapping[str, str]
    client: Mapping[str, str]
    rate: Decimal
    currency: str
    package_pk: int | None = None


@dataclass(frozen=True)
class Work:
    """One item the worker finished (done or skipped), from their own records."""
    package_id: str
    item_key: str
    done: bool  # False: skipped (never penalised, never paid)
    saved_at: float
    active_ms: int
    batch_id: str | None  # None: not sealed yet
    delivered_at: float | None  # the server's time on the receipt; None: no receipt
    ordinal: int = -1
    # The error met reading the worker's record (a MarikaError: a translated cause), or
    # None. When set, `done` and `active_ms` are unknown: `done` is the row's plain
    # status column, `active_ms` 0.
    unreadable: Exception | None = None


@dataclass(frozen=True)
class Payment:
    """Money the office paid out, as a statement records it (the shape of
    marika_sync.statements.StatementPayment)."""
    payment_id: str
    currency: str
    amount: Decimal
    paid_at: float
    reference: str = ""


@dataclass(frozen=True, slots=True)
class PayItem:
    package_id: str
    package_version: int
    title: Mapping[str, str]
    client: Mapping[str, str]
    item_key: str
    work: str  # "done", "skipped", or "" for an item known only from a statement
    saved_at: float | None
    active_ms: int
    rate: Decimal
    currency: str
    amount: Decimal  # confirmed (sum of its statement lines) or the worker's claim
    confirmed: bool  # True: `amount` comes from signed statements
    status: str  # one of PAY_STATUSES
    reason: str  # the reviewer's reason for the latest decision ("" when none)
    batch_id: str | None
    statement_seq: int | None  # the latest statement naming the item
    reversed: bool = False  # accepted once, rejected later: a negative line exists
    package_pk: int | None = None
    ordinal: int = -1
    paid: Decimal = ZERO  # of a confirmed `amount`, what the office's payments cover
    unreadable: Exception | None = None  # Work.unreadable: the record on this PC

    @property
    def claimed(self) -> bool:
        return not self.confirmed

    @property
    def owed(self) -> Decimal:
        """Confirmed and not paid out yet (0 for a claim or a rejection)."""
        return self.amount - self.paid if self.status in (ACCEPTED, PART_PAID) else ZERO


@dataclass(frozen=True)
class LedgerLine:
    seq: int
    batch_id: str
    package_id: str
    item_key: str
    work: str  # done | skipped, as the statement says
    decision: str
    reason: str
    rate: Decimal
    currency: str
    amount: Decimal
    balance: Decimal  # running balance in this currency after this line
    reversal: bool  # a negative line: an earlier payment taken back


@dataclass(frozen=True)
class StatementView:
    seq: int
    statement_id: str
    issued_at: float
    sha256: str
    chained: bool | None  # follows the statement before it; None when that one is missing
    totals: Mapping[str, Decimal]  # as the statement declares them
    opening: Mapping[str, Decimal]  # running balance before it
    closing: Mapping[str, Decimal]  # running balance after it (lines and payments)
    lines: tuple[LedgerLine, ...]
    payments: tuple[Payment, ...]
    totals_match: bool  # the declared totals are the sum of the lines


@dataclass(frozen=True)
class Difference:
    kind: str  # one of DIFFERENCE_KINDS
    package_id: str = ""
    item_key: str = ""
    batch_id: str = ""
    currency: str = ""
    expected: Decimal | None = None  # by the worker's own records
    stated: Decimal | None = None  # by the signed statements
    seq: int | None = None  # the statement concerned
    reason: str = ""  # the reviewer's reason, when there is one
    expected_work: str = ""  # WORK: done | skipped on this PC
    stated_work: str = ""  # WORK: as the statement says


@dataclass(frozen=True)
class Split:
    """Earnings in one currency, by where they stand."""
    currency: str
    waiting: Decimal = ZERO  # the worker's own claim for done items not reviewed yet
    waiting_items: int = 0
    accepted: Decimal = ZERO  # confirmed by a statement, not yet paid out
    accepted_items: int = 0
    rejected_items: int = 0
    rejected_value: Decimal = ZERO  # what those items would have paid at the rate
    paid: Decimal = ZERO
    paid_items: int = 0
    part_paid_items: int = 0  # their paid part is in `paid`, the rest in `accepted`
    skipped_items: int = 0
    unreadable_items: int = 0  # not in `waiting`: their record cannot be read

    @property
    def confirmed(self) -> Decimal:
        """Accepted and paid: the statements' word, never rate x done."""
        return self.accepted + self.paid


@dataclass(frozen=True)
class PaySummary:
    splits: tuple[Split, ...]  # one per currency, sorted
    items: int
    active_ms: int
    statements: int
    last_statement_at: float | None
    balance: Mapping[str, Decimal]  # the statements' running balance (lines - payments)
    differences: int
    missing_statements: tuple[int, ...]

    def split(self, currency: str) -> Split:
        return next((s for s in self.splits if s.currency == currency), Split(currency))


# ---------------------------------------------------------------- statements as a ledger

def _line_key(line: LineLike) -> tuple[str, str]:
    return line.package_id, line.item_key


def _ordered(statements: Iterable[StatementLike]) -> list[StatementLike]:
    return sorted(statements, key=lambda s: s.seq)


def payments_of(statement) -> tuple[Payment, ...]:
    return tuple(getattr(statement, "payments", ()) or ())


def statement_views(statements: Iterable[StatementLike]) -> list[StatementView]:
    """Every statement with its lines and the running balance, oldest first."""
    balance: dict[str, Decimal] = {}
    views, previous = [], None
    for statement in _ordered(statements):
        opening = dict(balance)
        lines, sums = [], {}
        for line in statement.items:
            balance[line.currency] = balance.get(line.currency, ZERO) + line.amount
            sums[line.currency] = sums.get(line.currency, ZERO) + line.amount
            lines.append(LedgerLine(
                statement.seq, line.batch_id, line.package_id, line.item_key, line.status,
                line.decision, line.reason, line.rate, line.currency, line.amount,
                balance[line.currency], line.amount < 0))
        payments = payments_of(statement)
        for payment in payments:
            balance[payment.currency] = balance.get(payment.currency, ZERO) - payment.amount
        if previous is not None and previous.seq == statement.seq - 1:
            chained = statement.prev_sha256 == previous.sha256
        elif statement.seq == 1:
            chained = statement.prev_sha256 == ""
        else:
            chained = None
        declared = {c: v for c, v in statement.totals.items() if v != 0}
        views.append(StatementView(
            statement.seq, statement.statement_id, statement.issued_at, statement.sha256,
            chained, dict(statement.totals), opening, dict(balance), tuple(lines),
            payments, declared == {c: v for c, v in sums.items() if v != 0}))
        previous = statement
    return views


def missing_seqs(statements: Iterable[StatementLike]) -> tuple[int, ...]:
    held = {s.seq for s in statements}
    return tuple(n for n in range(1, max(held, default=0) + 1) if n not in held)


@dataclass
class StatedItem:
    """One item as the statements say: the sum of its lines and its latest line."""
    amount: Decimal = ZERO
    currency: str = ""
    rate: Decimal = ZERO
    line: LineLike | None = None  # the latest line
    seq: int = 0
    first_seq: int = 0
    reversed: bool = False
    batch_id: str = ""
    version: int = 0


def stated_items(statements: list[StatementLike]) -> dict[tuple[str, str], StatedItem]:
    """(package id, item key) -> StatedItem, from statements sorted oldest first."""
    found: dict[tuple[str, str], StatedItem] = {}
    for statement in statements:  # oldest first
        for line in statement.items:
            entry = found.get(_line_key(line))
            if entry is None:
                entry = found[_line_key(line)] = StatedItem(first_seq=statement.seq)
            entry.amount += line.amount
            entry.currency, entry.rate, entry.line = line.currency, line.rate, line
            entry.seq, entry.batch_id = statement.seq, line.batch_id
            entry.version = line.package_version
            entry.reversed = entry.reversed or line.amount < 0
    return found


# ---------------------------------------------------------------- items

def build_items(*, work: Iterable[Work], packages: Mapping[str, PackageInfo],
                statements: Iterable[StatementLike], stated=None) -> list[PayItem]:
    """One PayItem per finished item of the worker and per stated item they have no
    record of; oldest work first, then the unknown ones in statement order. `stated`:
    `stated_items(statements)` when the caller has it already."""
    ordered = _ordered(statements)
    stated = stated_items(ordered) if stated is None else stated
    covered = paid_out(ordered, stated)
    result, seen = [], set()
    for w in sorted(work, key=lambda w: (w.saved_at, w.package_id, w.ordinal)):
        key = (w.package_id, w.item_key)
        seen.add(key)
        info = packages.get(w.package_id) or PackageInfo(w.package_id, 0, {}, {}, ZERO, "")
        entry = stated.get(key)
        if entry is None:
            if w.unreadable is not None:  # no claim from a record that cannot be read
                status, amount = UNREADABLE, ZERO
            else:
                status = SAVED if w.batch_id is None else (
                    DELIVERED if w.delivered_at is not None else SUBMITTED)
                amount = info.rate if w.done else ZERO
            result.append(PayItem(
                w.package_id, info.version, info.title, info.client, w.item_key,
                "done" if w.done else "skipped", w.saved_at, w.active_ms, info.rate,
                info.currency, amount, False, status, "",
                w.batch_id, None, package_pk=info.package_pk, ordinal=w.ordinal,
                unreadable=w.unreadable))
            continue
        result.append(_stated_item(entry, key, info, covered, w))
    for key, entry in stated.items():
        if key not in seen:
            info = packages.get(key[0]) or PackageInfo(key[0], entry.version, {}, {},
                                                       entry.rate, entry.currency)
            result.append(_stated_item(entry, key, info, covered, None))
    return result


def _stated_item(entry: StatedItem, key, info: PackageInfo, covered: Mapping, w: Work | None
                 ) -> PayItem:
    line = entry.line
    paid = covered.get(key, ZERO)
    if line.decision == "rejected":
        status = REJECTED
    elif paid >= entry.amount > 0:
        status = PAID
    elif paid > 0:
        status = PART_PAID
    else:
        status = ACCEPTED
    work = ("done" if w.done else "skipped") if w is not None else ""
    return PayItem(
        key[0], entry.version, info.title, info.client, key[1], work,
        w.saved_at if w else None, w.active_ms if w else 0, entry.rate, entry.currency,
        entry.amount, True, status, line.reason, entry.batch_id, entry.seq, entry.reversed,
        package_pk=info.package_pk, ordinal=w.ordinal if w else -1, paid=paid,
        unreadable=w.unreadable if w else None)


def paid_out(statements: list[StatementLike], stated) -> dict[tuple[str, str], Decimal]:
    """(package id, item key) -> what the recorded payments cover of that item's confirmed
    amount: the payments go to the items oldest first, each whole before the next, so at
    most one item per currency is covered in part (`stated`: stated_items of the same
    statements, oldest first)."""
    budget: dict[str, Decimal] = {}
    for statement in statements:
        for payment in payments_of(statement):
            budget[payment.currency] = budget.get(payment.currency, ZERO) + payment.amount
    covered: dict[tuple[str, str], Decimal] = {}
    if not budget:
        return covered
    for key, entry in sorted(stated.items(), key=lambda kv: (kv[1].first_seq, kv[0])):
        if entry.line.decision == "rejected" or entry.amount <= 0:
            continue
        left = budget.get(entry.currency, ZERO)
        if left > 0:
            covered[key] = min(left, entry.amount)
            budget[entry.currency] = left - covered[key]
    return covered


# ---------------------------------------------------------------- totals

def summarise(items: Iterable[PayItem], statements: Iterable[StatementLike],
              differences: int = 0, views: list[StatementView] | None = None) -> PaySummary:
    splits: dict[str, dict] = {}
    count = active = 0
    for item in items:
        count += 1
        active += item.active_ms
        if not item.currency:
            continue
        s = splits.setdefault(item.currency, {})
        if item.work == "skipped":
            s["skipped_items"] = s.get("skipped_items", 0) + 1
        if item.status == UNREADABLE:
            s["unreadable_items"] = s.get("unreadable_items", 0) + 1
        elif item.status in WAITING_STATUSES:
            if item.work == "done":
                s["waiting"] = s.get("waiting", ZERO) + item.amount
                s["waiting_items"] = s.get("waiting_items", 0) + 1
        elif item.status == REJECTED:
            s["rejected_items"] = s.get("rejected_items", 0) + 1
            s["rejected_value"] = s.get("rejected_value", ZERO) + (
                item.rate if item.work != "skipped" else ZERO)
            # A reversal's net (usually 0) stays in the confirmed figures.
            s["accepted"] = s.get("accepted", ZERO) + item.amount
        elif item.status == PAID:
            s["paid"] = s.get("paid", ZERO) + item.amount
            s["paid_items"] = s.get("paid_items", 0) + 1
        elif item.status == PART_PAID:
            s["paid"] = s.get("paid", ZERO) + item.paid
            s["accepted"] = s.get("accepted", ZERO) + item.owed
            s["part_paid_items"] = s.get("part_paid_items", 0) + 1
        else:
            s["accepted"] = s.get("accepted", ZERO) + item.amount
            s["accepted_items"] = s.get("accepted_items", 0) + 1
    statements = list(statements)
    views = statement_views(statements) if views is None else views
    balance = dict(views[-1].closing) if views else {}
    return PaySummary(
        tuple(Split(c, **v) for c, v in sorted(splits.items())), count, active,
        len(statements), max((s.issued_at for s in statements), default=None), balance,
        differences, missing_seqs(statements))


# ---------------------------------------------------------------- reconciliation

def _last_issued_after(ordered: list[StatementLike], moment: float | None) -> int | None:
    """The number of the latest statement issued after `moment` (server time)."""
    if moment is None:
        return None
    for statement in reversed(ordered):
        if statement.issued_at > moment:
            return statement.seq
    return None


def compute(*, work: Sequence[Work], packages: Mapping[str, PackageInfo],
            statements: Iterable[StatementLike]):
    """(items, differences, statement views, summary) in one pass over the statements."""
    ordered = _ordered(statements)
    stated = stated_items(ordered)
    views = statement_views(ordered)
    items = build_items(work=work, packages=packages, statements=ordered, stated=stated)
    diffs = reconcile(work=work, packages=packages, statements=ordered, stated=stated,
                      views=views)
    return items, diffs, views, summarise(items, ordered, len(diffs), views)


def reconcile(*, work: Iterable[Work], packages: Mapping[str, PackageInfo],
              statements: Iterable[StatementLike], stated=None,
              views: list[StatementView] | None = None) -> list[Difference]:
    """Every difference between the worker's records and the signed statements."""
    ordered = _ordered(statements)
    stated = stated_items(ordered) if stated is None else stated
    diffs: list[Difference] = []
    diffs += [Difference(GAP, seq=n) for n in missing_seqs(ordered)]
    for view in statement_views(ordered) if views is None else views:
        if not view.totals_match:
            line_sums: dict[str, Decimal] = {}
            for line in view.lines:
                line_sums[line.currency] = line_sums.get(line.currency, ZERO) + line.amount
            for currency in sorted(set(view.totals) | set(line_sums)):
                declared = view.totals.get(currency, ZERO)
                if declared != line_sums.get(currency, ZERO):
                    diffs.append(Difference(TOTALS, currency=currency, seq=view.seq,
                                            expected=line_sums.get(currency, ZERO),
                                            stated=declared))
        if view.chained is False:
            diffs.append(Difference(CHAIN, seq=view.seq))
    seen = set()
    for w in sorted(work, key=lambda w: (w.saved_at, w.package_id, w.ordinal)):
        key = (w.package_id, w.item_key)
        seen.add(key)
        info = packages.get(w.package_id)
        entry = stated.get(key)
        if entry is None:
            later = _last_issued_after(ordered, w.delivered_at)
            if later is not None:
                diffs.append(Difference(
                    MISSING, w.package_id, w.item_key, w.batch_id or "",
                    info.currency if info else "", info.rate if (info and w.done) else ZERO,
                    None, later))
            continue
        if w.unreadable is not None:
            continue  # what this PC holds cannot be read: nothing to compare
        line = entry.line
        work_stated = line.status
        work_mine = "done" if w.done else "skipped"
        if work_stated != work_mine:
            diffs.append(Difference(WORK, w.package_id, w.item_key, entry.batch_id,
                                    entry.currency, seq=entry.seq, reason=line.reason,
                                    expected_work=work_mine, stated_work=work_stated))
            continue
        expected = ZERO
        currency = entry.currency
        if line.decision == "accepted" and w.done and info is not None:
            expected, currency = info.rate, info.currency
        if expected != entry.amount or currency != entry.currency:
            diffs.append(Difference(AMOUNT, w.package_id, w.item_key, entry.batch_id,
                                    currency, expected, entry.amount, entry.seq,
                                    reason=line.reason))
    for key, entry in stated.items():
        if key not in seen:
            diffs.append(Difference(UNKNOWN, key[0], key[1], entry.batch_id, entry.currency,
                                    None, entry.amount, entry.seq, reason=entry.line.reason))
    return diffs
