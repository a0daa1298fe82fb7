"""My pay: every item's status, amount and reason; totals by day, week, month, package and
status; the signed statements with their running balance; the differences between the
worker's records and the statements; the effective hourly rate beside a reference wage;
a chart; exports to CSV and PDF.

All tables are views on `pay_models.RowsModel` (no widget per row). The ledger is read on
the database thread (`Workspace.pay_ledger`), the exports are written on the I/O pool.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from marika.core import ledger

from . import files, fmt, pay_export
from .banner import Banner
from .commands import Command
from .flow_layout import FlowLayout
from .item_parts import heading, plain_label
from .pay_chart import PayChart, main_currency
from .pay_models import (
    RowsModel,
    amounts,
    difference_columns,
    group_columns,
    hourly_columns,
    item_columns,
    line_columns,
    statement_columns,
    status_name,
)

GROUPINGS = ("day", "week", "month", "package", "status")
HOURLY = ("package", "day", "week", "month")
CHART = ("day", "week")


def table(model, parent) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    # Fixed row heights and interactive columns: nothing is measured row by row, so a
    # view over 100,000 items opens as fast as a bare QTableView.
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def combo(parent, codes) -> QComboBox:
    box = QComboBox(parent)
    for code in codes:
        box.addItem("", code)
    return box


class PayScreen(QWidget):
    goHome = Signal(str)  # noqa: N815

    def __init__(self, tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.ws = None
        self.pay = None  # the PayLedger shown
        self.heading = heading(self)
        self.summary = plain_label(self)
        self.signer = plain_label(self)
        self.signer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner = Banner(self)
        self.tabs = QTabWidget(self)

        # Items, filtered by status
        self.items_model = RowsModel(item_columns(), self)
        self.items_view = table(self.items_model, self)
        self.status_filter = combo(self, ("", *ledger.PAY_STATUSES))
        self.status_filter.currentIndexChanged.connect(lambda _i: self._filter())
        self.filter_label = QLabel(self)
        self.filter_label.setBuddy(self.status_filter)
        self.shown_count = plain_label(self, wrap=False)
        self.items_tab = self._tab(self.items_view, self.filter_label, self.status_filter,
                                   self.shown_count)

        # Totals by day, week, month, package or status
        self.grouping = combo(self, GROUPINGS)
        self.groups_model = RowsModel(group_columns(
            self.grouping.currentData, self._packages), self)
        self.groups_view = table(self.groups_model, self)
        self.grouping.currentIndexChanged.connect(lambda _i: self._show_groups())
        self.grouping_label = QLabel(self)
        self.grouping_label.setBuddy(self.grouping)
        self.groups_tab = self._tab(self.groups_view, self.grouping_label, self.grouping)

        # Statements and their lines
        self.statements_model = RowsModel(statement_columns(lambda: getattr(
            self.pay, "signer", None)), self)
        self.statements_view = table(self.statements_model, self)
        self.lines_model = RowsModel(line_columns(self._packages), self)
        self.lines_view = table(self.lines_model, self)
        self.statements_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_lines(current.row()))
        self.no_statements = plain_label(self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.statements_view)
        split.addWidget(self.lines_view)
        split.setStretchFactor(1, 2)
        self.statements_tab = self._tab(split, self.no_statements)

        # Differences
        self.differences_model = RowsModel(difference_columns(self._packages), self)
        self.differences_view = table(self.differences_model, self)
        self.differences_note = plain_label(self)
        self.differences_tab = self._tab(self.differences_view, self.differences_note)

        # Hourly rate
        self.hourly_by = combo(self, HOURLY)
        self.hourly_model = RowsModel(hourly_columns(
            self.hourly_by.currentData, self._packages), self)
        self.hourly_view = table(self.hourly_model, self)
        self.hourly_by.currentIndexChanged.connect(lambda _i: self._show_hourly())
        self.hourly_label = QLabel(self)
        self.hourly_label.setBuddy(self.hourly_by)
        self.hourly_note = plain_label(self)
        self.hourly_tab = self._tab(self.hourly_view, self.hourly_label, self.hourly_by,
                                    self.hourly_note)

        # Chart
        self.chart = PayChart(self)
        self.chart_by = combo(self, CHART)
        self.chart_by.currentIndexChanged.connect(lambda _i: self._show_chart())
        self.chart_label = QLabel(self)
        self.chart_label.setBuddy(self.chart_by)
        self.chart_tab = self._tab(self.chart, self.chart_label, self.chart_by)

        for tab in (self.items_tab, self.groups_tab, self.statements_tab,
                    self.differences_tab, self.hourly_tab, self.chart_tab):
            self.tabs.addTab(tab, "")
        # Totals, hourly rates and the chart walk every item: each is computed when its
        # tab is first shown, so the screen opens at the speed of a bare table.
        self._stale: set = set()
        self.tabs.currentChanged.connect(lambda _i: self._fill_current())

        self.commands = {
            "home": Command(self, ["Esc"], lambda: self.goHome.emit("")),
            "refresh": Command(self, ["F5"], self.refresh),
            "csv": Command(self, ["Ctrl+E"], lambda: self.export("csv")),
            "pdf": Command(self, ["Ctrl+P"], lambda: self.export("pdf")),
        }
        flow = FlowLayout()
        for name in ("home", "refresh", "csv", "pdf"):
            flow.addWidget(self.commands[name].button(self))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.signer)
        layout.addLayout(flow)
        self.retranslate()

    def _tab(self, main: QWidget, *top: QWidget) -> QWidget:
        """A tab: its choices on one line (a note, a label whose text wraps, on a line
        of its own below them), then its table or chart."""
        tab = QWidget(self)
        bar = QHBoxLayout()
        notes = [w for w in top if isinstance(w, QLabel) and w.wordWrap()]
        for widget in top:
            if widget not in notes:
                bar.addWidget(widget)
        bar.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        for note in notes:
            layout.addWidget(note)
        layout.addWidget(main, 1)
        return tab

    def _packages(self):
        return self.pay.packages if self.pay is not None else {}

    # ---------------------------------------------------------------- data
    def show_for(self, workspace) -> None:
        if workspace is not self.ws:
            self.clear()
        self.ws = workspace
        self.refresh()
        self.items_view.setFocus()

    def clear(self) -> None:
        """Forget the shown pay (at log-out): nothing of it stays for the next person."""
        self.ws = self.pay = None
        for model in (self.items_model, self.groups_model, self.statements_model,
                      self.lines_model, self.differences_model, self.hourly_model):
            model.set_rows([])
        self.chart.show_groups([], by="day", currency="")
        self.summary.clear()
        self.signer.clear()

    def refresh(self) -> None:
        ws = self.ws
        if ws is None:
            return

        def loaded(pay) -> None:
            if self.ws is ws:  # not after a log-out
                self.show_ledger(pay)

        self.summary.setText(self.tr("Reading your pay records…"))
        self.tasks.run_db(ws.pay_ledger, on_done=loaded, owner=self,
                          on_error=lambda exc: self.banner.show_message(
                              lambda: fmt.error_text(exc)))

    def show_ledger(self, pay) -> None:
        self.pay = pay
        self.items_model.set_rows(pay.items[::-1], self._keep())  # the latest work first
        self.statements_model.set_rows(list(reversed(pay.statements)))
        self.differences_model.set_rows(pay.differences)
        self._stale = {self.groups_tab, self.hourly_tab, self.chart_tab}
        self._fill_current()
        if pay.statements:
            self.statements_view.selectRow(0)
        else:
            self.lines_model.set_rows([])
        self._resize_columns()
        self.retranslate()

    def _keep(self):
        status = self.status_filter.currentData()
        return (lambda item: item.status == status) if status else None

    def _filter(self) -> None:
        self.items_model.set_filter(self._keep())
        self._update_counts()

    def _fill_current(self) -> None:
        tab = self.tabs.currentWidget()
        views = {self.items_tab: [self.items_view], self.differences_tab: [
            self.differences_view], self.statements_tab: [self.statements_view,
                                                          self.lines_view]}
        for view in views.get(tab, []):
            self._resize(view)  # now that the tab has its size
        if tab in self._stale:
            {self.groups_tab: self._show_groups, self.hourly_tab: self._show_hourly,
             self.chart_tab: self._show_chart}[tab]()

    def _show_groups(self) -> None:
        if self.pay is not None:
            self._stale.discard(self.groups_tab)
            self.groups_model.set_rows(self.pay.groups(self.grouping.currentData()))
            self._resize(self.groups_view)

    def _show_hourly(self) -> None:
        if self.pay is not None:
            self._stale.discard(self.hourly_tab)
            self.hourly_model.set_rows(self.pay.hourly(self.hourly_by.currentData()))
            self._resize(self.hourly_view)

    def _show_chart(self) -> None:
        if self.pay is not None:
            self._stale.discard(self.chart_tab)
            by = self.chart_by.currentData()
            self.chart.show_groups(self.pay.groups(by), by=by,
                                   currency=main_currency(self.pay.items))

    def _show_lines(self, row: int) -> None:
        if 0 <= row < self.statements_model.rowCount():
            self.lines_model.set_rows(self.statements_model.row(row).lines)
        else:
            self.lines_model.set_rows([])

    def _resize_columns(self) -> None:
        for view in (self.items_view, self.statements_view, self.lines_view,
                     self.differences_view):
            self._resize(view)

    @staticmethod
    def _resize(view) -> None:
        """Column widths from the header and the first rows only (fast at any size)."""
        header = view.horizontalHeader()
        metrics = view.fontMetrics()
        model = view.model()
        sample = min(model.rowCount(), 50)
        for column in range(model.columnCount() - 1):  # the last one takes the room left
            texts = [str(model.headerData(column, Qt.Orientation.Horizontal) or "")]
            texts += [str(model.index(r, column).data() or "") for r in range(sample)]
            wide = max(280, view.width() // 2) if model.columns[column].wide else 200
            cells = max([metrics.horizontalAdvance(t) + 16 for t in texts[1:]], default=0)
            header.resizeSection(column, max(min(cells, wide), header.sectionSizeHint(column)))

    def selected_statement(self):
        row = self.statements_view.currentIndex().row()
        return self.statements_model.row(row) if 0 <= row < self.statements_model.rowCount() \
            else None

    # ---------------------------------------------------------------- exports
    def export(self, kind: str) -> None:
        """Write the shown ledger, or the chosen statement when the Statements tab is open,
        as CSV or PDF, where the worker chooses (`files.save_file`, as everywhere)."""
        if self.pay is None:
            return
        statement = (self.selected_statement()
                     if self.tabs.currentWidget() is self.statements_tab else None)
        if statement is not None:
            name = f"marika-statement-{statement.seq}.{kind}"
        else:
            name = f"marika-pay.{kind}"
        pattern = self.tr("CSV files (*.csv)") if kind == "csv" else self.tr(
            "PDF files (*.pdf)")
        path = files.save_file(self, self.tr("Save your pay record"), name, pattern)
        if not path:
            return
        pay, items = self.pay, self.items_model.shown_rows()

        def write() -> Path:
            record = (pay_export.statement_record(pay, statement) if statement is not None
                      else pay_export.ledger_record(pay, items))
            writer = pay_export.write_csv if kind == "csv" else pay_export.write_pdf
            writer(path, record)
            return Path(path)

        self.banner.show_message(self.tr("Saving your pay record…"), kind="ok", key="export")
        self.tasks.run_io(
            write, owner=self,
            on_done=lambda p: self.banner.show_message(
                self.tr("Saved to %1").replace("%1", str(p)), kind="ok", key="export"),
            on_error=lambda _exc: self.banner.show_message(
                self.tr("Marika could not write %1. Choose another folder.").replace(
                    "%1", str(path)), key="export"))

    # ---------------------------------------------------------------- text
    def _update_counts(self) -> None:
        total, shown = len(self.items_model.rows), self.items_model.rowCount()
        self.shown_count.setText(QCoreApplication.translate(
            "Pay", "%n item(s) shown", "", shown) if shown != total or not total
            else QCoreApplication.translate("Pay", "%n item(s)", "", total))

    def summary_text(self) -> str:
        pay = self.pay
        if pay is None:
            return ""
        lines = []
        for s in pay.summary.splits:
            lines.append(self.tr("Confirmed by your statements: %1 (accepted %2, paid %3).")
                         .replace("%1", fmt.money(s.confirmed, s.currency))
                         .replace("%2", fmt.money(s.accepted, s.currency))
                         .replace("%3", fmt.money(s.paid, s.currency)))
            if s.waiting_items:
                lines.append(self.tr(
                    "Waiting for review: %1 for %n item(s). This is your own count; the "
                    "office has not confirmed it yet.", "", s.waiting_items).replace(
                    "%1", fmt.money(s.waiting, s.currency)))
            if s.part_paid_items:
                lines.append(self.tr(
                    "Part paid: %n item(s). The payments so far cover only part of "
                    "them; the rest is still owed.", "", s.part_paid_items))
            if s.rejected_items:
                lines.append(self.tr("Rejected: %n item(s), not paid. The reasons are in "
                                     "the list.", "", s.rejected_items))
            if s.unreadable_items:
                lines.append(self.tr(
                    "%n item(s) could not be read on this PC, so they are not in your own "
                    "count. The list says why.", "", s.unreadable_items))
        if not pay.summary.statements:
            lines.append(self.tr("No pay statement has reached this PC yet."))
        elif pay.summary.balance:
            lines.append(self.tr("Balance on your statements: %1.").replace(
                "%1", amounts(pay.summary.balance)))
        if pay.differences:
            lines.append(self.tr(
                "%n difference(s) between your records and the statements: see "
                "Differences.", "", len(pay.differences)))
        if not pay.items:
            lines.append(self.tr("You have not finished any item yet."))
        return "\n".join(lines)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("My pay"))
        self.summary.setText(self.summary_text())
        signer = getattr(self.pay, "signer", None)
        self.signer.setText(self.tr(
            "Every statement's signature was checked against the server key %1 of %2, "
            "kept since you enrolled.").replace("%1", signer.server_key).replace(
            "%2", signer.server_url) if signer else "")
        self.signer.setVisible(signer is not None)
        tabs = [self.tr("Items"), self.tr("Totals"), self.tr("Statements"),
                self.tr("Differences (%1)").replace("%1", fmt.number(len(
                    getattr(self.pay, "differences", ()) or ()))),
                self.tr("Hourly rate"), self.tr("Chart")]
        for index, text in enumerate(tabs):
            self.tabs.setTabText(index, text)
        self.filter_label.setText(self.tr("Show:"))
        self.status_filter.setItemText(0, self.tr("All items"))
        for index, status in enumerate(ledger.PAY_STATUSES, 1):
            self.status_filter.setItemText(index, status_name(status))
        self.grouping_label.setText(self.tr("Totals by:"))
        self.hourly_label.setText(self.tr("Per:"))
        self.chart_label.setText(self.tr("Per:"))
        names = {"day": self.tr("Day"), "week": self.tr("Week"), "month": self.tr("Month"),
                 "package": self.tr("Package"), "status": self.tr("Status")}
        for box in (self.grouping, self.hourly_by, self.chart_by):
            for index in range(box.count()):
                box.setItemText(index, names[box.itemData(index)])
        self.no_statements.setText(self.tr(
            "Statements come from the office's server after review, with each sync. Each "
            "one is signed; the lines of the one chosen are shown below it."))
        self.differences_note.setText(self.tr(
            "Each difference between what you did on this PC and what the signed statements "
            "say. Nothing is hidden or changed: show this list to your office if one is "
            "wrong.") if getattr(self.pay, "differences", None) else self.tr(
            "Your records and the signed statements agree."))
        self.hourly_note.setText(self.tr(
            "Pay divided by the active time counted while you worked (rejected and skipped "
            "items took time too), beside the reference wage of the package or your office."))
        for name, text in (("home", self.tr("Back")), ("refresh", self.tr("Refresh")),
                           ("csv", self.tr("Save as CSV…")), ("pdf", self.tr("Save as PDF…"))):
            self.commands[name].set_label(text)
        for model in (self.items_model, self.groups_model, self.statements_model,
                      self.lines_model, self.differences_model, self.hourly_model):
            model.retranslate()
        self._update_counts()
        if self.pay is not None and self.chart_tab not in self._stale:
            self.chart.redraw()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def install(window) -> PayScreen:
    """Build the pay screen for `window` and wire its key (Ctrl+M) on home, the item
    screen and the send and receive screen."""
    screen = PayScreen(window.tasks, window)
    window.stack.addWidget(screen)
    screen.goHome.connect(window.show_home)

    def open_pay() -> None:
        if window.session is None:
            return
        window.stack.setCurrentWidget(screen)
        screen.show_for(window.session)

    def from_items() -> None:
        window.items.go_home()  # the open item's last save is queued before the pay is read
        open_pay()

    window.home.openPay.connect(open_pay)
    window.items.openPay.connect(from_items)
    window.sync_screen.openPay.connect(open_pay)
    return screen
