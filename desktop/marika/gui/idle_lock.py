"""Locking the app after a time without input, so a profile left open on a shared PC is
closed before the next person sits down.

One application-wide event filter restarts a single-shot QTimer on every key press,
click, wheel turn or mouse move (restarting a timer is cheap: no per-event work beyond
that). The interval is the office setting `idle_lock_minutes`, read on the database
worker when someone logs in. When it fires, open dialogs are closed first, then
`idle` is emitted on the next turn of the event loop, so code waiting on a dialog's
`exec()` has returned before the window logs out (and cannot act for the old session).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog

DEFAULT_MINUTES = 10
MIN_MINUTES, MAX_MINUTES = 1, 240  # a lock that never comes would defeat its purpose

ACTIVITY_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate, QEvent.Type.InputMethod,
})


def minutes_from_setting(text: str) -> int:
    """The office setting as whole minutes, clamped; unreadable text gives the default."""
    try:
        minutes = int(str(text).strip())
    except ValueError:
        return DEFAULT_MINUTES
    return max(MIN_MINUTES, min(MAX_MINUTES, minutes))


class IdleLock(QObject):
    """`start(session, office)` after a log-in, `stop()` at log-out; emits `idle(username)`."""

    idle = Signal(str)

    ms_per_minute = 60_000  # tests make a minute short; nothing else changes it

    def __init__(self, tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.minutes = DEFAULT_MINUTES
        self.username = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)
        self._active = False
        self._generation = 0  # a late settings read from an earlier session is ignored

    def active(self) -> bool:
        return self._active

    def start(self, session, office) -> None:
        """Arm the lock for this session; the interval comes from the office settings."""
        self.stop()
        self._generation += 1
        generation = self._generation
        self.username = ""  # never the previous person's name, even for a moment
        self._active = True
        QApplication.instance().installEventFilter(self)
        self._arm()  # the default already counts while the setting is being read

        def read():
            return office.setting("idle_lock_minutes"), session.profile.username

        self.tasks.run_db(read, owner=self,
                          on_done=lambda result: self._configured(generation, *result))

    def _configured(self, generation: int, setting: str, username: str) -> None:
        if generation != self._generation or not self._active:
            return
        self.minutes = minutes_from_setting(setting)
        self.username = username
        self._arm()

    def stop(self) -> None:
        if self._active:
            QApplication.instance().removeEventFilter(self)
        self._active = False
        self._timer.stop()

    def interval_ms(self) -> int:
        return int(self.minutes * self.ms_per_minute)

    def _arm(self) -> None:
        self._timer.start(self.interval_ms())

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if self._active and event.type() in ACTIVITY_EVENTS:
            self._timer.start(self.interval_ms())  # counting begins again from this input
        return False

    def _fire(self) -> None:
        if not self._active:
            return
        username = self.username
        self.stop()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()  # their exec() returns; the lock follows on the next turn
        QTimer.singleShot(0, lambda: self.idle.emit(username))
