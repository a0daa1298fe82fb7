"""Break suggestions: after long active work, one calm banner suggests a rest.

Active time comes from `core.timing.SessionClock` (idle gaps do not count, a pause of
five minutes counts as a break taken). Dismissing the suggestion starts counting again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from marika.core.timing import SessionClock

CHECK_MS = 30_000


class BreakAdvisor(QObject):
    def __init__(self, banner, clock: Callable[[], float], *,
                 session: SessionClock | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.banner = banner
        self.clock = clock
        self.session = session or SessionClock()
        self._timer = QTimer(self, interval=CHECK_MS, timeout=self.check)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def touch(self, now: float) -> None:
        self.session.touch(now)

    def check(self) -> None:
        now = self.clock()
        if self.session.should_suggest_break(now) and self.banner.current_key() is None:
            minutes = self.session.worked_since_break_ms(now) // 60_000
            self.banner.show_message(
                lambda: self.tr("You have worked for %n minute(s) without a break. Rest your "
                                "eyes for a few minutes: your work is saved.", "", minutes),
                kind="info", key="break", action_text=lambda: self.tr("I take a break"),
                action=self.taken)

    def taken(self) -> None:
        self.session.break_taken(self.clock())
        self.banner.dismiss("break")
