"""Home: the worker's packages with kind, rate per item, done, skipped and left, and
earnings so far (from done items only: a skipped item is not paid)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from marika.core import annotation as ann

from . import actions, fmt
from .banner import Banner
from .certificate_dialog import CertificateDialog, PracticeInfo
from .commands import Command
from .flow_layout import FlowLayout
from .item_parts import bold, heading, plain_label


def kind_name(kind: str) -> str:
    from PySide6.QtCore import QCoreApplication

    names = {
        ann.IMAGE_TAG: QCoreApplication.translate("Kinds", "Image tagging"),
        ann.AUDIO_TRANSCRIPTION: QCoreApplication.translate("Kinds", "Audio transcription"),
        ann.TEXT_CLASSIFICATION: QCoreApplication.translate("Kinds", "Text classification"),
    }
    return names.get(kind, kind)


class HomeScreen(QWidget):
    openPackage = Signal(object)  # noqa: N815 - PackageSummary
    showCard = Signal(object)  # noqa: N815 - PackageSummary: read the card again
    logOut = Signal()  # noqa: N815
    openSync = Signal()  # noqa: N815 - the send and receive screen (gui/sync_screen.py)
    openPay = Signal()  # noqa: N815 - My pay (gui/pay_screen.py)
    refreshed = Signal()  # noqa: N815 - shown again or after a submit: sync rereads its counts

    COLUMNS = 8
    # EARNED_COLUMN: confirmed by the statements (a practice pack's own pay there);
    # WAITING_COLUMN: the worker's own count of work not reviewed yet.
    DONE_COLUMN, SKIPPED_COLUMN, LEFT_COLUMN, EARNED_COLUMN, WAITING_COLUMN = 3, 4, 5, 6, 7

    def __init__(self, tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.ws = None
        self.summaries: list = []
        self.greeting = heading(self)
        self.totals = plain_label(self)
        self.practice_info = PracticeInfo(self)  # practice time, paid or not, certificates
        self.sync_line = plain_label(self)  # "Offline: 2 batches waiting." (sync_worker)
        self.sync_line.hide()
        self.banner = Banner(self)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        self.empty = plain_label(self)
        self.commands = {
            "open": Command(self, ["Return", "Enter"], self.open_selected,
                            key_text=lambda: self.tr("Enter")),
            "card": Command(self, ["Ctrl+I"], self.card_selected),
            "submit": Command(self, ["Ctrl+Shift+S"], self.submit_selected),
            "refresh": Command(self, ["F5"], self.refresh),
            "certificates": Command(self, ["Ctrl+Shift+P"], self.show_certificates),
            "logout": Command(self, ["Ctrl+L"], self.logOut.emit),
            "sync": Command(self, ["Ctrl+E"], self.openSync.emit),
            "pay": Command(self, ["Ctrl+M"], self.openPay.emit),
        }
        flow = FlowLayout()
        for name in ("logout", "refresh", "card", "submit", "certificates", "sync", "pay"):
            flow.addWidget(self.commands[name].button(self))
        buttons = QHBoxLayout()
        buttons.addLayout(flow, 1)
        open_button = self.commands["open"].button(self)
        bold(open_button).setMinimumHeight(34)
        buttons.addWidget(open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(self.greeting)
        layout.addWidget(self.totals)
        layout.addWidget(self.practice_info)
        layout.addWidget(self.sync_line)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.retranslate()

    # ---------------------------------------------------------------- data
    def show_for(self, workspace, message: str = "") -> None:
        self.ws = workspace
        if message:
            self.banner.show_message(message, kind="ok", key="message")
        else:
            self.banner.dismiss("message")
        self.refresh()
        self.tasks.run_db(workspace.clock_problem, on_done=self._clock_checked, owner=self)

    def _clock_checked(self, problem) -> None:
        """A clock set back (earlier than saved work): ask for the date to be checked."""
        if problem is None:
            self.banner.dismiss("clock")
        else:
            self.banner.show_message(lambda: fmt.error_text(problem), key="clock")

    def refresh(self) -> None:
        if self.ws is None:
            return
        ws = self.ws

        def loaded(result) -> None:
            if self.ws is ws:  # not after a log-out: never show one profile's pay to the next
                self._loaded(result)

        self.tasks.run_db(
            lambda: (ws.profile, ws.packages()), on_done=loaded, owner=self,
            on_error=lambda exc: self.banner.show_message(lambda: fmt.error_text(exc)))
        self.refreshed.emit()
        self.practice_info.load(self.tasks, ws)

    def _loaded(self, result) -> None:
        profile, summaries = result
        self._profile = profile
        selected = self.selected()
        self.summaries = summaries
        self.table.setRowCount(len(summaries))
        for row, s in enumerate(summaries):
            cells = [fmt.pick(s.title, s.package_id), kind_name(s.kind),
                     fmt.money(s.rate_per_item, s.currency), fmt.number(s.done),
                     fmt.number(s.skipped), fmt.number(s.left),
                     fmt.money(getattr(s, "confirmed", 0), s.currency),
                     self.tr("%1 (your own count)").replace(
                         "%1", fmt.money(getattr(s, "waiting", 0), s.currency))]
            if s.is_practice:
                cells[0] = self.tr("%1 (practice)").replace("%1", cells[0])
                # Practice pay is never reviewed: the pack's own figure, no claim column.
                cells[self.EARNED_COLUMN] = fmt.money(s.earned, s.currency)
                cells[self.WAITING_COLUMN] = ""
            if not getattr(s, "paid", True):
                cells[2] = self.tr("Not paid (practice)")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        keep = next((i for i, s in enumerate(summaries)
                     if selected and s.package_pk == selected.package_pk), 0)
        if summaries:
            self.table.selectRow(keep)
        if self.isVisible():  # a language change reloads it behind the item screen too
            self.table.setFocus()
        self.retranslate()

    def selected(self):
        row = self.table.currentRow()
        return self.summaries[row] if 0 <= row < len(self.summaries) else None

    def set_sync_line(self, text: str) -> None:
        self.sync_line.setText(text)
        self.sync_line.setVisible(bool(text))

    # ---------------------------------------------------------------- actions
    def open_selected(self) -> None:
        summary = self.selected()
        if summary is None:
            return
        if summary.card_acknowledged:
            self.openPackage.emit(summary)
        else:
            self.showCard.emit(summary)  # the card comes before the first item

    def card_selected(self) -> None:
        if self.selected() is not None:
            self.showCard.emit(self.selected())

    def show_certificates(self) -> None:
        if self.ws is not None:
            CertificateDialog(self.tasks, self.ws, self).open()

    def submit_selected(self) -> None:
        summary = self.selected()
        if summary is None:
            return
        actions.submit_package(
            self, tasks=self.tasks, workspace=self.ws, package_pk=summary.package_pk,
            finished=summary.done + summary.skipped,
            on_done=lambda _r: self.show_for(self.ws, self.tr("Your work was submitted.")),
            on_error=lambda exc: self.banner.show_message(lambda: fmt.error_text(exc),
                                                         key="submit"))

    # ---------------------------------------------------------------- text
    def retranslate(self) -> None:
        name = getattr(getattr(self, "_profile", None), "display_name", "")
        self.greeting.setText(self.tr("Hello, %1").replace("%1", name) if name
                              else self.tr("Your work"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Package"), self.tr("Kind"), self.tr("Pay per item"),
            self.tr("Done"), self.tr("Skipped"), self.tr("Left"), self.tr("Confirmed"),
            self.tr("Waiting for review")])
        self.totals.setText(self.totals_text())
        self.empty.setText(self.tr(
            "No task package is assigned to you yet. Ask your office supervisor to import "
            "one and assign it to you."))
        self.empty.setVisible(not self.summaries)
        self.table.setVisible(bool(self.summaries))
        for name, text in (("open", self.tr("Open")), ("card", self.tr("About this package")),
                           ("submit", self.tr("Submit finished work…")),
                           ("certificates", self.tr("Certificates")),
                           ("refresh", self.tr("Refresh")), ("logout", self.tr("Log out")),
                           ("sync", self.tr("Send and receive…")),
                           ("pay", self.tr("My pay"))):
            self.commands[name].set_label(text)

    def totals_text(self) -> str:
        """Earnings split: confirmed by the statements (and of it, what was paid out),
        the worker's own count of work waiting for review, rejected items. Rate x done
        is never shown as earned."""
        confirmed: dict[str, Decimal] = {}
        paid: dict[str, Decimal] = {}
        waiting: dict[str, Decimal] = {}
        for s in self.summaries:
            if s.is_practice:
                continue
            for totals, value in ((confirmed, getattr(s, "confirmed", Decimal(0))),
                                  (paid, getattr(s, "paid_out", Decimal(0))),
                                  (waiting, getattr(s, "waiting", Decimal(0)))):
                totals[s.currency] = totals.get(s.currency, Decimal(0)) + value
        rejected = sum(getattr(s, "rejected", 0) for s in self.summaries if not s.is_practice)
        if not confirmed:
            return ""

        def money(values: dict) -> str:
            return ", ".join(fmt.money(v, c) for c, v in sorted(values.items()))

        lines = [self.tr("Confirmed by your pay statements: %1").replace(
                     "%1", money(confirmed)),
                 self.tr("Waiting for review (your own count, not confirmed yet): %1").replace(
                     "%1", money(waiting))]
        if any(paid.values()):
            lines[0] = self.tr("Confirmed by your pay statements: %1 (paid to you: %2)").replace(
                "%1", money(confirmed)).replace("%2", money(paid))
        if rejected:
            lines.append(self.tr("Rejected by the reviewer: %n item(s)", "", rejected))
        return "\n".join(lines)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.summaries:
                self._loaded((self._profile, self.summaries))
        super().changeEvent(event)
