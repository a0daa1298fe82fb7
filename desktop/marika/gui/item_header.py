"""The item screen's top line: package title, progress counter, money (the item's rate
and today's total: gui/money_line.py), badges and save state."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from marika.core import annotation as ann

from . import fmt, style
from .autosave import FAILED, SAVED, SAVING, UNCONFIRMED
from .item_parts import bold, plain_label, set_colors
from .money_line import MoneyLine


class ItemHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = plain_label(self, wrap=False)
        bold(self.title)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.counter = plain_label(self, wrap=False)
        self.badge = plain_label(self, wrap=False)
        self.save_state = plain_label(self, wrap=False)
        self.money = MoneyLine(self)
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

    def retranslate(self) -> None:
        self.money.retranslate()
