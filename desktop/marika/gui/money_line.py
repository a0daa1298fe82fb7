"""The money in view on the item screen: the item's rate and today's total
(`Workspace.today_pay`). After Done the total goes up and is briefly marked, in bold with
the amount it moved by, so the worker sees what the item earned."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from . import fmt

# how long a rise of today's total stays marked
MOVED_MS = 2500


class MoneyLine(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.today = None  # the last Workspace.today_pay() result shown
        self._moved = QTimer(self, singleShot=True, interval=MOVED_MS,
                             timeout=lambda: self._show(moved=False))

    def show_today(self, today) -> None:
        """Show `today`; marked a moment if today's total went up since the last one."""
        before, self.today = self.today, today
        moved = before is not None and today is not None \
            and today.earned_today > before.earned_today
        self._show(moved=moved)
        if moved:
            self._moved.start()

    def forget(self) -> None:
        """Another package: its first figures are not a rise."""
        self.today = None
        self._moved.stop()

    def retranslate(self) -> None:
        self._show(moved=self._moved.isActive())

    def _show(self, *, moved: bool) -> None:
        t = self.today
        if t is None:
            self.setText("")
            return
        if not t.paid:
            self.setText(self.tr("Practice: not paid"))
            return
        text = self.tr("%1 per item · today %2").replace(
            "%1", fmt.money(t.rate_per_item, t.currency)).replace(
            "%2", fmt.money(t.earned_today, t.currency))
        if moved:
            text += " " + self.tr("(+%1)").replace("%1", fmt.money(t.rate_per_item,
                                                                    t.currency))
        self.setText(text)
        font = QFont()  # only the weight: the size keeps following Ctrl+=
        font.setBold(moved)
        self.setFont(font)
