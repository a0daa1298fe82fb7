"""Table models of the pay screens: one generic model over a list of rows, with its
columns as small functions, so 100,000 pay items cost one list and no widget per row.

Cells are formatted only when the view asks for them (the rows on screen), in the
interface language; money stays Decimal until `fmt.money`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDateTime, QModelIndex, Qt

from marika.core import ledger

from . import fmt


def status_name(status: str) -> str:
    names = {
        ledger.SAVED: QCoreApplication.translate("Pay", "Saved on this PC"),
        ledger.SUBMITTED: QCoreApplication.translate("Pay", "Sealed, waiting to be sent"),
        ledger.DELIVERED: QCoreApplication.translate("Pay", "Delivered, waiting for review"),
        ledger.ACCEPTED: QCoreApplication.translate("Pay", "Accepted"),
        ledger.REJECTED: QCoreApplication.translate("Pay", "Rejected"),
        ledger.PAID: QCoreApplication.translate("Pay", "Paid"),
        ledger.PART_PAID: QCoreApplication.translate("Pay", "Part paid"),
        ledger.UNREADABLE: QCoreApplication.translate("Pay", "Unreadable on this PC"),
    }
    return names.get(status, status)


def item_status(item) -> str:
    """An item's status as its row says it: a part payment with what was paid and what
    is still owed."""
    if item.status == ledger.PART_PAID:
        return (QCoreApplication.translate("Pay", "Part paid: %1 paid, %2 still owed")
                .replace("%1", fmt.money(item.paid, item.currency))
                .replace("%2", fmt.money(item.owed, item.currency)))
    return status_name(item.status)


def item_problem(item) -> str:
    """Why this PC cannot read the worker's record of the item ("" when it can)."""
    if item.unreadable is None:
        return ""
    return (QCoreApplication.translate("Pay", "Your record of this item on this PC cannot "
                                              "be read: %1")
            .replace("%1", fmt.error_text(item.unreadable)))


def work_name(work: str) -> str:
    return {
        "done": QCoreApplication.translate("Pay", "Done"),
        "skipped": QCoreApplication.translate("Pay", "Skipped"),
    }.get(work, QCoreApplication.translate("Pay", "Not on this PC"))


def decision_name(decision: str) -> str:
    return {
        "accepted": QCoreApplication.translate("Pay", "Accepted"),
        "rejected": QCoreApplication.translate("Pay", "Rejected"),
    }.get(decision, decision)


def reason_text(reason: str) -> str:
    """The reviewer's reason; the server's own codes in the worker's language."""
    if reason == "duplicate":
        return QCoreApplication.translate("Pay", "Already paid in another batch")
    return reason


def clock(ms: int) -> str:
    """Active time in a table cell: "0:45", "12:05", "1:02:09" (hours:minutes:seconds)."""
    seconds = int(ms) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def amounts(values: Mapping[str, Decimal]) -> str:
    """Amounts in several currencies on one line: "50 Ar, 2,00 €"."""
    return ", ".join(fmt.money(v, c) for c, v in sorted(values.items()))


def paid_out(payments) -> str:
    """The payments a statement records, per currency ("" when none)."""
    totals: dict[str, Decimal] = {}
    for payment in payments:
        totals[payment.currency] = totals.get(payment.currency, Decimal(0)) + payment.amount
    return amounts(totals)


def claimed(text: str) -> str:
    return QCoreApplication.translate("Pay", "%1 (your own count)").replace("%1", text)


def item_amount(item) -> str:
    if item.status == ledger.UNREADABLE:
        return ""  # no claim from a record that cannot be read
    text = fmt.money(item.amount, item.currency) if item.currency else ""
    return text if item.confirmed or not text else claimed(text)


def period_name(key: str, start: float | None, by: str) -> str:
    if start is None:
        return key
    if by == "week":
        return QCoreApplication.translate("Pay", "Week of %1").replace("%1", fmt.date(start))
    if by == "month":
        return fmt.locale().toString(QDateTime.fromSecsSinceEpoch(int(start)).date(), "MMMM yyyy")
    return fmt.date(start, long=True)


def package_name(package_id: str, packages: Mapping) -> str:
    """The package's title in the interface language, else its id."""
    info = packages.get(package_id)
    return fmt.pick(info.title, package_id) if info else package_id


def key_name(key: str, start: float | None, by: str, packages: Mapping) -> str:
    """A group's or an hourly row's name: its package, or its day, week or month."""
    if by == "package":
        return package_name(key, packages)
    return period_name(key, start, by) if key else QCoreApplication.translate("Pay", "No date")


@dataclass(frozen=True)
class Column:
    header: Callable[[], str]  # translated when asked, so it follows a language change
    cell: Callable[[object], str]
    numeric: bool = False
    tip: Callable[[object], str] | None = None
    wide: bool = False  # a sentence (a reason): may take more room than other columns


class RowsModel(QAbstractTableModel):
    """Rows of any kind with columns of functions; a filter keeps a list of indexes."""

    def __init__(self, columns: list[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.rows: list = []
        self._shown: list[int] | None = None  # None: every row

    def set_rows(self, rows, keep: Callable[[object], bool] | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._shown = None if keep is None else [i for i, row in enumerate(self.rows) if keep(row)]
        self.endResetModel()

    def set_filter(self, keep: Callable[[object], bool] | None) -> None:
        self.set_rows(self.rows, keep)

    def row(self, index: int):
        if self._shown is not None:
            index = self._shown[index]
        return self.rows[index]

    def shown_rows(self) -> list:
        return self.rows if self._shown is None else [self.rows[i] for i in self._shown]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        if parent.isValid():
            return 0
        return len(self.rows) if self._shown is None else len(self._shown)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.cell(self.row(index.row()))
        if role == Qt.ItemDataRole.ToolTipRole and column.tip is not None:
            return column.tip(self.row(index.row())) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header()
        return None

    def retranslate(self) -> None:
        """Every text again, in the new language."""
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)


def item_note(item) -> str:
    """The reviewer's reason, then why this PC cannot read the item's record, if so."""
    return " ".join(t for t in (reason_text(item.reason), item_problem(item)) if t)


def reason_column(note: Callable[[object], str]) -> Column:
    """The reviewer's reason (`note`: a row's text for it), whole in its tooltip; wide,
    and put last, so it takes the room left."""
    return Column(
        lambda: QCoreApplication.translate("Pay", "Reviewer's reason"), note, tip=note, wide=True
    )


def _statement_no(seq: int | None) -> str:
    return QCoreApplication.translate("Pay", "No. %1").replace("%1", fmt.number(seq)) if seq else ""


def item_columns() -> list[Column]:
    return [
        Column(
            lambda: QCoreApplication.translate("Pay", "Date"),
            lambda i: fmt.date_time(i.saved_at) if i.saved_at else "",
        ),
        Column(
            lambda: QCoreApplication.translate("Pay", "Package"),
            lambda i: fmt.pick(i.title, i.package_id),
        ),
        Column(
            lambda: QCoreApplication.translate("Pay", "Client"), lambda i: fmt.pick(i.client, "")
        ),
        Column(lambda: QCoreApplication.translate("Pay", "Item"), lambda i: i.item_key),
        Column(lambda: QCoreApplication.translate("Pay", "Work"), lambda i: work_name(i.work)),
        Column(
            lambda: QCoreApplication.translate("Pay", "Active time"),
            lambda i: clock(i.active_ms) if i.work else "",
            numeric=True,
        ),
        Column(
            lambda: QCoreApplication.translate("Pay", "Rate"),
            lambda i: fmt.money(i.rate, i.currency) if i.currency else "",
            numeric=True,
        ),
        Column(
            lambda: QCoreApplication.translate("Pay", "Amount"),
            item_amount,
            numeric=True,
            tip=lambda i: (
                ""
                if i.confirmed
                else QCoreApplication.translate(
                    "Pay", "Not confirmed by a statement yet: this is your own count."
                )
            ),
        ),
        Column(
            lambda: QCoreApplication.translate("Pay", "Status"),
            item_status,
            tip=item_problem,
        ),
        Column(
            lambda: QCoreApplication.translate("Pay", "Statement"),
            lambda i: fmt.number(i.statement_seq) if i.statement_seq else "",
            numeric=True,
        ),
        reason_column(item_note),
    ]


def group_name(group, by: str, packages: Mapping) -> str:
    if by == "status":
        return status_name(group.key)
    return key_name(group.key, group.start, by, packages)


def group_columns(by: Callable[[], str], packages: Callable[[], Mapping]) -> list[Column]:
    return [
        Column(
            lambda: QCoreApplication.translate("Pay", "Group"),
            lambda g: group_name(g, by(), packages()),
            wide=True,
        ),
        Column(
            lambda: QCoreApplication.translate("Pay", "Items"),
            lambda g: fmt.number(g.items),
            numeric=True,
        ),
        Column(
            lambda: QCoreApplication.translate("Pay", "Active time"),
            lambda g: fmt.duration(g.active_ms),
            numeric=True,
        ),
        Column(
            lambda: QCoreApplication.translate("Pay", "Confirmed"),
            lambda g: amounts(g.confirmed),
            numeric=True,
        ),
        Column(
            lambda: QCoreApplication.translate("Pay", "Waiting for review (your own count)"),
            lambda g: amounts(g.claimed),
            numeric=True,
        ),
        Column(
            lambda: QCoreApplication.translate("Pay", "Rejected"),
            lambda g: fmt.number(g.rejected),
            numeric=True,
        ),
    ]


def statement_columns(signer: Callable[[], object]) -> list[Column]:
    def check(view) -> str:
        if view.chained is False:
            return QCoreApplication.translate(
                "Pay", "Signature verified; does not follow the statement before it"
            )
        return QCoreApplication.translate("Pay", "Signature verified")

    return [
        Column(
            lambda: QCoreApplication.translate("Pay", "Statement"), lambda v: _statement_no(v.seq)
        ),
        Column(
            lambda: QCoreApplication.translate("Pay", "Issued"),
            lambda v: fmt.date_time(v.issued_at),
        ),
        Column(
            lambda: QCoreApplication.translate("Pay", "Lines"),
            lambda v: fmt.number(len(v.lines)),
            numeric=True,
        ),
        Column(
            lambda: QCoreApplication.translate("Pay", "Total"),
            lambda v: amounts(v.totals),
            numeric=True,
        ),
        Column(
            lambda: QCoreApplication.translate("Pay", "Paid out"),
            lambda v: paid_out(v.payments),
            numeric=True,
            tip=lambda v: "; ".join(p.reference for p in v.payments if p.reference),
        ),
        Column(
            lambda: QCoreApplication.translate("Pay", "Balance after"),
            lambda v: amounts(v.closing),
            numeric=True,
        ),
        Column(
            lambda: QCoreApplication.translate("Pay", "Check"),
            check,
            tip=lambda v: QCoreApplication.translate("Pay", "Signed by the server key %1").replace(
                "%1", getattr(signer(), "server_key", "")
            ),
        ),
    ]


def line_columns(packages: Callable[[], Mapping]) -> list[Column]:
    return [
        Column(
            lambda: QCoreApplication.translate("Pay", "Package"),
            lambda x: package_name(x.package_id, packages()),
        ),
        Column(lambda: QCoreApplication.translate("Pay", "Item"), lambda x: x.item_key),
        Column(lambda: QCoreApplication.translate("Pay", "Work"), lambda x: work_name(x.work)),
        Column(
            lambda: QCoreApplication.translate("Pay", "Decision"),
            lambda x: (
                QCoreApplication.translate("Pay", "Reversal")
                if x.reversal
                else decision_name(x.decision)
            ),
        ),
        reason_column(lambda x: reason_text(x.reason)),
        Column(
            lambda: QCoreApplication.translate("Pay", "Rate"),
            lambda x: fmt.money(x.rate, x.currency),
            numeric=True,
        ),
        Column(
            lambda: QCoreApplication.translate("Pay", "Amount"),
            lambda x: fmt.money(x.amount, x.currency),
            numeric=True,
        ),
        Column(
            lambda: QCoreApplication.translate("Pay", "Balance"),
            lambda x: fmt.money(x.balance, x.currency),
            numeric=True,
        ),
    ]


def difference_text(d) -> str:
    """One whole sentence per difference."""
    seq = fmt.number(d.seq) if d.seq else ""
    if d.kind == ledger.MISSING:
        return QCoreApplication.translate(
            "Pay", "Delivered before statement %1 was issued, but on no statement."
        ).replace("%1", seq)
    if d.kind == ledger.AMOUNT:
        return QCoreApplication.translate(
            "Pay", "The statements pay another amount than the package's rate."
        )
    if d.kind == ledger.UNKNOWN:
        return QCoreApplication.translate(
            "Pay", "A statement names an item that you have not done on this PC."
        )
    if d.kind == ledger.WORK:
        if d.expected_work == "done":
            return QCoreApplication.translate(
                "Pay", "You did this item, but the statement says it was skipped."
            )
        return QCoreApplication.translate(
            "Pay", "You skipped this item, but the statement says it was done."
        )
    if d.kind == ledger.GAP:
        return QCoreApplication.translate(
            "Pay", "Statement %1 is missing on this PC. It comes with the next sync."
        ).replace("%1", seq)
    if d.kind == ledger.TOTALS:
        return QCoreApplication.translate(
            "Pay", "The total of statement %1 is not the sum of its lines."
        ).replace("%1", seq)
    if d.kind == ledger.CHAIN:
        return QCoreApplication.translate(
            "Pay", "Statement %1 does not follow the statement before it."
        ).replace("%1", seq)
    return d.kind


def difference_columns(packages: Callable[[], Mapping]) -> list[Column]:
    def money(value, d) -> str:
        return fmt.money(value, d.currency) if value is not None and d.currency else ""

    return [
        Column(
            lambda: QCoreApplication.translate("Pay", "Difference"),
            difference_text,
            tip=difference_text,
            wide=True,
        ),
        Column(
            lambda: QCoreApplication.translate("Pay", "Package"),
            lambda d: package_name(d.package_id, packages()),
        ),
        Column(lambda: QCoreApplication.translate("Pay", "Item"), lambda d: d.item_key),
        Column(
            lambda: QCoreApplication.translate("Pay", "Your records"),
            lambda d: money(d.expected, d),
            numeric=True,
        ),
        Column(
            lambda: QCoreApplication.translate("Pay", "On the statements"),
            lambda d: money(d.stated, d),
            numeric=True,
        ),
        Column(
            lambda: QCoreApplication.translate("Pay", "Statement"), lambda d: _statement_no(d.seq)
        ),
        reason_column(lambda d: reason_text(d.reason)),
    ]


def reference_text(rate) -> str:
    parts = []
    for r in rate.references:
        money = QCoreApplication.translate("Pay", "%1 an hour").replace(
            "%1", fmt.money(r.amount, r.currency)
        )
        note = fmt.pick(r.note, "")
        source = (
            QCoreApplication.translate("Pay", "declared by the package")
            if r.source == "package"
            else QCoreApplication.translate("Pay", "set by your office")
        )
        parts.append(f"{money} ({note}, {source})" if note else f"{money} ({source})")
    return "; ".join(parts)


def hourly_columns(by: Callable[[], str], packages: Callable[[], Mapping]) -> list[Column]:
    def name(rate) -> str:
        return key_name(rate.key, rate.start, by(), packages())

    def per_hour(value, currency) -> str:
        if value is None:
            return QCoreApplication.translate("Pay", "less than a minute of work")
        return QCoreApplication.translate("Pay", "%1 an hour").replace(
            "%1", fmt.money(value, currency)
        )

    return [
        Column(lambda: QCoreApplication.translate("Pay", "Package or period"), name, wide=True),
        Column(
            lambda: QCoreApplication.translate("Pay", "Active time"),
            lambda r: fmt.duration(r.active_ms),
            numeric=True,
        ),
        Column(
            lambda: QCoreApplication.translate("Pay", "Confirmed pay"),
            lambda r: fmt.money(r.confirmed, r.currency),
            numeric=True,
        ),
        Column(
            lambda: QCoreApplication.translate("Pay", "Confirmed, per hour"),
            lambda r: per_hour(r.per_hour, r.currency),
            numeric=True,
        ),
        Column(
            lambda: QCoreApplication.translate("Pay", "With your own count, per hour"),
            lambda r: per_hour(r.per_hour_with_claims, r.currency),
            numeric=True,
        ),
        Column(
            lambda: QCoreApplication.translate("Pay", "Reference wage"),
            reference_text,
            tip=reference_text,
        ),
    ]
