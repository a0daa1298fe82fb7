"""Run a function once the window has painted what is pending.

Qt posts the window's repaint (QEvent.UpdateRequest) as an event; the event loop sends
posted events before it runs its timers, so a zero-interval timer started now fires
after that paint. Work started from here (the read-ahead's database read, the next
images' decodes) then runs in its threads after the new item is on screen, instead of
taking the interpreter and the CPU from the GUI thread while it lays out and paints (on
a 2-core PC that was milliseconds per item).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class AfterPaint(QObject):
    """Owned by a widget; `call(fn)` runs `fn` after the pending paint (in order)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._calls: list[Callable[[], None]] = []
        # Not QTimer.singleShot(0): that is a queued call, sent among the posted events
        # and before the low-priority repaint.
        self._timer = QTimer(self, singleShot=True, interval=0, timeout=self._run)

    def call(self, fn: Callable[[], None]) -> None:
        self._calls.append(fn)
        self._timer.start()

    def _run(self) -> None:
        calls, self._calls = self._calls, []
        for fn in calls:
            fn()
