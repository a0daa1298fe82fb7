"""The item screen's top line: package title, progress counter, money, badges and save
state. The money part shows the item's rate and today's total, and after Done the total
is briefly marked so the worker sees it move."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from marika.core import annotation as ann

from . import fmt, style
from .autosave import FAILED, SAVED, SAVING, UNCONFIRMED
from .item_parts import bold, plain_label, set_colors


class ItemHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = plain_label(self, wrap=False)
        bold(self.title)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.counter = plain_label(self, wrap=False)
        self.badge = plain_label(self, wrap=False)
        self.save_state = plain_label(self, wrap=False)
        self.money = plain_label(self, wrap=False)
        self._today = None
        self._moved = QTimer(self, singleShot=True, interval=2500,
                             timeout=lambda: self._show_money(moved=False))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget, stretch in ((self.title, 1), (self.counter, 0), (self.money, 0),
                                (self.badge, 0), (self.save_state, 0)):
            layout.addWidget(widget, stretch)
            layout.addSpacing(12)

    def show_state(self, *, item, progress, save_state: str, has_record: bool,
                   read_only: bool, status: str, flagged: bool) -> None:
        if item is not None and progress is not None:
            parts = [self.tr("Item %1 of %2").replace("%1", fmt.number(item.ordinal + 1))
                     .replace("%2", fmt.number(progress.total)),
                     self.tr("%n done", "", progress.done),
                     self.tr("%n skipped", "", progress.skipped),
                     self.tr("%n left", "", progress.left)]
            self.counter.setText("  ·  ".join(parts))
        texts = {SAVING: self.tr("Saving…"), SAVED: self.tr("Saved"),
                 FAILED: self.tr("Not saved"), UNCONFIRMED: self.tr("Save not confirmed")}
        show = item is not None and (has_record or save_state != SAVED)
        self.save_state.setText(texts[save_state] if show else "")
        failed = save_state in (FAILED, UNCONFIRMED)
        set_colors(self.save_state, fg=style.ERROR if failed else style.SAVED)
        badges = []
        if read_only:
            badges.append(self.tr("Submitted: read only"))
        if status == ann.SKIPPED:
            badges.append(self.tr("Skipped"))
        if flagged:
            badges.append(self.tr("Flagged for review"))
        self.badge.setText("  ·  ".join(badges))

    def show_money(self, today, *, moved: bool = False) -> None:
        """`today` is a Workspace.today_pay() result; `moved`: it just went up."""
        self._today = today
        self._show_money(moved=moved)
        if moved:
            self._moved.start()

    def _show_money(self, *, moved: bool) -> None:
        t = self._today
        if t is None:
            self.money.setText("")
            return
        if not t.paid:
            self.money.setText(self.tr("Practice: not paid"))
            return
        text = self.tr("%1 per item · today %2").replace(
            "%1", fmt.money(t.rate_per_item, t.currency)).replace(
            "%2", fmt.money(t.earned_today, t.currency))
        if moved:
            text += " " + self.tr("(+%1)").replace("%1", fmt.money(t.rate_per_item,
                                                                    t.currency))
        self.money.setText(text)
        font = QFont()  # only the weight: the size keeps following Ctrl+=
        font.setBold(moved)
        self.money.setFont(font)

    def retranslate(self) -> None:
        self._show_money(moved=self._moved.isActive())
