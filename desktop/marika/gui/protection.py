"""Protection from harmful content on the item screen, beyond hiding warned items.

`ProtectionGuard` keeps today's tally of warned items revealed and of active time on
them (core/protection.py decides, the workspace keeps it encrypted in the profile),
skips warned items unseen once the daily limit is reached, and suggests a break after
the set time on warned items, with the support contact from the package's card.
`ProtectionDialog` is where the worker sets the limit and the break time.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout

from marika.core import protection as care
from marika.core.timing import ActiveTimer

from . import fmt
from .dialogs import TranslatableDialog

CHECK_MS = 30_000


class ProtectionGuard(QObject):
    """The item screen's protection state for the open package."""

    def __init__(self, screen, clock: Callable[[], float]) -> None:
        super().__init__(screen)
        self.screen = screen
        self.clock = clock
        self.state: care.Protection | None = None
        self.contact = ""
        self.seen: set[int] = set()  # warned items counted this session
        self.seen_today = self.ms_today = self.ms_at_break = 0
        self.timer: ActiveTimer | None = None  # runs while a warned item is shown
        self._check = QTimer(self, interval=CHECK_MS, timeout=self.check)

    # ------------------------------------------------------------ state
    def load(self, state: care.Protection | None, contact: str) -> None:
        self.state, self.contact = state, contact
        if state is not None:
            self.seen_today = state.seen_today
            self.ms_today, self.ms_at_break = state.sensitive_ms_today, \
                state.sensitive_ms_at_break
        self._check.start()

    def stop(self) -> None:
        self.leave()
        self._check.stop()

    def limit(self) -> int | None:
        return self.state.daily_limit if self.state is not None else None

    def limit_reached(self) -> bool:
        limit = self.limit()
        return limit is not None and self.seen_today >= limit

    def break_after_ms(self) -> int:
        minutes = self.state.break_after_minutes if self.state is not None \
            else care.DEFAULT_BREAK_MINUTES
        return minutes * 60_000

    # ------------------------------------------------------------ events from the screen
    def shown(self, item_pk: int) -> None:
        """A warned item is on screen (revealed): count it once, and start the clock."""
        seen = 0
        if item_pk not in self.seen:
            self.seen.add(item_pk)
            self.seen_today += 1
            seen = 1
        self.timer = ActiveTimer()
        self.timer.start(self.clock())
        self._note(seen=seen)

    def touch(self, now: float) -> None:
        if self.timer is not None:
            self.timer.touch(now)

    def leave(self) -> None:
        """The warned item is hidden again or left: keep the time spent on it."""
        if self.timer is None:
            return
        ms = self.timer.elapsed_ms(self.clock())
        self.timer = None
        self.ms_today += ms
        self._note(active_ms=ms)
        self.check()

    def _running_ms(self) -> int:
        return self.timer.elapsed_ms(self.clock()) if self.timer is not None else 0

    def sensitive_ms(self) -> int:
        """Active time on warned items today, the one on screen included."""
        return self.ms_today + self._running_ms()

    def check(self) -> None:
        banner = self.screen.banner
        if self.sensitive_ms() - self.ms_at_break < self.break_after_ms():
            return
        if banner.current_key() not in (None, "break", "sensitive-break"):
            return
        banner.show_message(self.break_text, kind="info", key="sensitive-break",
                            action_text=lambda: self.tr("I take a break"), action=self.taken)

    def break_text(self) -> str:
        spent = fmt.duration(self.sensitive_ms())
        text = self.tr("Today you have spent %1 on items with content warnings. Take a "
                       "break away from the screen: your work is saved.").replace("%1", spent)
        if self.contact:
            text += " " + self.tr("If something you saw troubles you, you can talk to: "
                                  "%1").replace("%1", self.contact)
        return text

    def taken(self) -> None:
        self.ms_at_break = self.sensitive_ms()
        self.screen.banner.dismiss("sensitive-break")
        self._note(break_taken=True)

    def _note(self, **changes) -> None:
        ws = self.screen.ws
        if ws is None or not any(changes.values()):
            return
        self.screen.tasks.run_db(lambda: ws.note_warned(**changes))

    def edit(self) -> None:
        """Ask the worker for their daily limit and break time, then keep them."""
        screen = self.screen
        ws, pk = screen.ws, screen.package_pk
        if ws is None:
            return
        screen.tasks.run_db(lambda: ws.protection(pk), on_done=self._ask, owner=self)

    def _ask(self, state: care.Protection) -> None:
        dialog = ProtectionDialog(state, self.screen)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        ws, pk, choices = self.screen.ws, self.screen.package_pk, dialog.choices()

        def save():
            ws.set_protection(**choices)
            return ws.protection(pk)

        self.screen.tasks.run_db(save, owner=self,
                                 on_done=lambda p: self.load(p, self.contact))

    def limit_text(self) -> str:
        return self.tr("You have reached your daily limit of %n item(s) with content "
                       "warnings. The next ones are skipped without being shown; this is "
                       "never a penalty.", "", self.limit() or 0)


class ProtectionDialog(TranslatableDialog):
    """The worker's own daily limit on warned items and time before a break."""

    def __init__(self, state: care.Protection, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.limit = QSpinBox(self)
        self.limit.setRange(0, care.MAX_DAILY_LIMIT)
        self.limit.setValue(state.daily_limit or 0)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, care.MAX_BREAK_MINUTES)
        self.minutes.setValue(state.break_after_minutes)
        self.today = QLabel(self)
        self.today.setWordWrap(True)
        self.limit_label, self.minutes_label = QLabel(self), QLabel(self)
        self.limit_label.setBuddy(self.limit)
        self.minutes_label.setBuddy(self.minutes)
        self.form = QFormLayout()
        self.form.addRow(self.limit_label, self.limit)
        self.form.addRow(self.minutes_label, self.minutes)
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                    | QDialogButtonBox.StandardButton.Cancel, self)
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(self.form)
        layout.addWidget(self.today)
        layout.addWidget(self.box)
        self.limit.setFocus()
        self.retranslate()

    def choices(self) -> dict:
        return {"daily_limit": self.limit.value(), "break_minutes": self.minutes.value()}

    def retranslate(self) -> None:
        s = self.state
        self.setWindowTitle(self.tr("Protection from harmful content"))
        self.explain.setText(self.tr(
            "Items with content warnings stay hidden until you show them. Past your daily "
            "limit they are skipped without being shown, never as a penalty. Only you see "
            "these settings."))
        self.limit_label.setText(self.tr("Daily limit of warned items:"))
        self.minutes_label.setText(self.tr("Suggest a break after (minutes on warned items):"))
        self.limit.setSpecialValueText(self.tr("No limit"))
        lines = [self.tr("Today: %n warned item(s) seen.", "", s.seen_today)]
        if s.suggested_limit:
            lines.append(self.tr("This package suggests at most %n a day.", "",
                                 s.suggested_limit))
        self.today.setText(" ".join(lines))
