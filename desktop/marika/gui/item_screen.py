"""The item screen common to every task kind.

It owns what all kinds share: autosave through the serial worker, undo/redo, skip with a
reason, flag for review, going back, active time, the content-warning cover, the
progress counter, the instructions panel, break suggestions and submitting. The kind
view (gui/kind_view.py) shows the item and edits its value; nothing else. Parts of it
live beside it: the read-ahead of the next items (gui/read_ahead.py), the top line
(gui/item_header.py) with the money in view (gui/money_line.py), and protection from
harmful content (gui/protection.py).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from marika.core import annotation as ann
from marika.core.history import History
from marika.core.timing import ActiveTimer, SessionClock

from . import actions, fmt, manifest_info
from .autosave import SAVED, Saver
from .banner import Banner
from .breaks import BreakAdvisor
from .commands import Command
from .dialogs import FlagDialog, SkipDialog
from .flow_layout import FlowLayout
from .item_header import ItemHeader
from .item_parts import InstructionsPanel, WarningCover, bold, plain_label
from .practice_feedback import PracticeController
from .protection import ProtectionGuard
from .read_ahead import ReadAhead
from .tour import TourGuide
from .views import view_class

INPUT_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel)


class ItemScreen(QWidget):
    goHome = Signal(str)  # noqa: N815 - a message for the home screen ("" for none)
    openPay = Signal()  # noqa: N815 - My pay (gui/pay_screen.py), after the last save
    openSync = Signal()  # noqa: N815 - Ctrl+E: send and receive, as on the home screen

    def __init__(self, tasks, parent: QWidget | None = None, *, clock=time.monotonic,
                 session_clock: SessionClock | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.clock = tasks, clock
        self.ws = self.saver = self.manifest = self.item = self.record = None
        self.package_pk, self.total, self.progress = 0, 0, None
        self.history, self.timer = History(), ActiveTimer()
        self.status, self.skip_reason, self.flagged, self.flag_note = ann.DRAFT, None, False, ""
        self.read_only = self.covered = self.loading = False
        self.revealed: set[int] = set()
        self.views: dict[str, QWidget] = {}
        self.read_ahead = ReadAhead(tasks, self)
        self.view = None
        self._build()
        # a lambda: the clock can be replaced later (tests), the advisor follows it
        self.breaks = BreakAdvisor(self.banner, lambda: self.clock(),  # noqa: PLW0108
                                   session=session_clock, parent=self)
        self.guard = ProtectionGuard(self, lambda: self.clock())  # noqa: PLW0108
        self.retranslate()

    @property
    def today_pay(self):
        """The rate and today's total in view (Workspace.today_pay), None before a package."""
        return self.header.money.today

    # ================================================================ layout
    def _build(self) -> None:
        self.header = ItemHeader(self)
        self.title, self.counter = self.header.title, self.header.counter
        self.badge, self.save_state = self.header.badge, self.header.save_state
        self.banner = Banner(self)
        self.stack = QStackedWidget(self)
        self.cover = WarningCover(self)
        self.message = plain_label(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.cover)
        self.panel = InstructionsPanel(self)
        # Practice packs: feedback under the item, trainer mode beside it (practice_feedback)
        self.practice = PracticeController(self)
        self.practice.goHome.connect(self.goHome.emit)
        self.practice.restart.connect(
            lambda: self.open_package(self.ws, self.package_pk, ordinal=0))
        self.practice.failed.connect(
            lambda exc: self.banner.show_message(lambda: fmt.error_text(exc), key="practice"))
        self.tour = TourGuide(self)
        left = QVBoxLayout()
        left.addWidget(self.stack, 1)
        left.addWidget(self.practice.feedback)
        middle = QHBoxLayout()
        middle.addLayout(left, 1)
        middle.addWidget(self.practice.trainer)
        middle.addWidget(self.panel)

        c = self.commands = {
            "back": Command(self, ["PgUp", "Alt+Left"], self.go_back),
            "forward": Command(self, ["PgDown", "Alt+Right"], self.go_forward),
            "skip": Command(self, ["Ctrl+K"], self.skip),
            "flag": Command(self, ["Ctrl+F"], self.toggle_flag),
            "undo": Command(self, ["Ctrl+Z"], self.undo),
            "redo": Command(self, ["Ctrl+Y", "Ctrl+Shift+Z"], self.redo),
            "help": Command(self, ["F1"], self.toggle_instructions),
            "home": Command(self, ["Esc"], self.go_home),
            "pay": Command(self, ["Ctrl+M"], self.openPay.emit),
            "submit": Command(self, ["Ctrl+Shift+S"], self.submit),
            "reveal": Command(self, ["Ctrl+R"], self.toggle_reveal),
            "tour": Command(self, ["Shift+F1"], self.tour.start),
            "trainer": Command(self, ["Ctrl+Shift+T"], self.practice.toggle_trainer),
            "sync": Command(self, ["Ctrl+E"], self.open_sync),
            "done": Command(self, ["Return", "Enter", "Ctrl+Return", "Ctrl+Enter"],
                            self.done_next, key_text=lambda: self.tr("Enter")),
        }
        flow = FlowLayout()
        for name in ("home", "back", "forward", "undo", "redo", "flag", "skip", "reveal",
                     "help", "tour", "trainer", "submit"):
            flow.addWidget(c[name].button(self))
        bottom = QHBoxLayout()
        bottom.addLayout(flow, 1)
        done_button = c["done"].button(self)
        bold(done_button).setMinimumHeight(34)
        bottom.addWidget(done_button)
        self.cover.reveal_button.clicked.connect(self.reveal)
        self.cover.skip_button.clicked.connect(self.skip)
        self.cover.limits_button.clicked.connect(self.edit_protection)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)

    def retranslate(self) -> None:
        labels = {
            "back": self.tr("Back"), "forward": self.tr("Next item"), "skip": self.tr("Skip…"),
            "undo": self.tr("Undo"), "redo": self.tr("Redo"), "help": self.tr("Instructions"),
            "home": self.tr("Home"), "submit": self.tr("Submit…"),
            "reveal": self.tr("Show") if self.covered else self.tr("Hide again"),
            "done": self.tr("Done, next"), "tour": self.tr("Guided tour"),
            "trainer": self.tr("Trainer mode"), "pay": self.tr("My pay"),
            "sync": self.tr("Send and receive"),
            "flag": self.tr("Remove flag") if self.flagged else self.tr("Flag for review"),
        }
        for name, text in labels.items():
            self.commands[name].set_label(text)
        self.header.retranslate()
        self._update_header()
        self._update_keys()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._package_texts()
            self.retranslate()
        super().changeEvent(event)

    def _package_texts(self) -> None:
        """The open package's title, instructions and label names in the new language
        (they come from the package, not from a translation file)."""
        if self.manifest is None:
            return
        self.title.setText(manifest_info.title(self.manifest))
        self.panel.set_instructions(manifest_info.instructions(self.manifest))
        for view in self.views.values():
            if view is not None and hasattr(view, "relabel"):
                view.relabel(self.manifest)

    # ================================================================ opening
    def open_package(self, workspace, package_pk: int, *, ordinal: int | None = None) -> None:
        if self.saver is None or self.ws is not workspace:
            self.saver = Saver(self.tasks, workspace, self)
            self.saver.stateChanged.connect(self._save_state_changed)
            self.saver.recordSaved.connect(self._record_saved)
            self.saver.saveFailed.connect(self._save_failed)
        self.ws, self.package_pk, self.item = workspace, package_pk, None
        self.read_ahead.clear()
        self.banner.dismiss()
        self._show_message(self.tr("Opening the package…"))
        ws = workspace

        def load():
            start = ordinal if ordinal is not None else ws.next_todo(package_pk)
            return (ws.manifest(package_pk), ws.progress(package_pk), start,
                    ws.protection(package_pk), ws.today_pay(package_pk))

        self.tasks.run_db(load, on_done=self._package_loaded, on_error=self._load_failed,
                          owner=self)
        self.breaks.start()

    def _package_loaded(self, result) -> None:
        self.manifest, self.progress, start, protection, today = result
        self.total = self.progress.total
        self.guard.load(protection, manifest_info.card(self.manifest)["contact"])
        self.header.money.forget()
        self.header.money.show_today(today)
        self.panel.set_instructions(manifest_info.instructions(self.manifest))
        self.title.setText(manifest_info.title(self.manifest))
        self.practice.set_package(self.ws, self.package_pk, self.manifest)
        self.go_to(0 if start is None else start)
        if start is None and self.practice.active:
            self.practice.finish()  # every item answered: the result (and a retry) again

    def go_to(self, ordinal: int) -> None:
        if self.loading or not (0 <= ordinal < max(self.total, 1)):
            return
        self._leave_item()
        self.practice.leave()
        ahead = self.read_ahead.take(ordinal)
        if ahead is not None:
            # Read ahead while the last item was on screen: no database round trip
            # between the key and the next item painted. The counts follow the save.
            self._item_loaded((*ahead, self.progress))
            return
        self.loading = True
        ws, pk = self.ws, self.package_pk

        def load():
            item = ws.item_at(pk, ordinal)
            return item, ws.annotation_for(item.item_pk), ws.progress(pk)

        # After the saves still waiting in the saver's queue (a change made just before
        # Done, whose save goes out when the one in flight returns): read before them,
        # the item would show its old state, and leaving it would save that over them.
        self.saver.when_idle(lambda: self.tasks.run_db(
            load, on_done=self._item_loaded, on_error=self._load_failed, owner=self))

    def _item_loaded(self, result) -> None:
        self.loading = False
        self.item, self.record, self.progress = result
        rec = self.record
        self.status = rec.status if rec else ann.DRAFT
        self.skip_reason = rec.skip_reason if rec else None
        self.flagged, self.flag_note = (rec.flagged, rec.flag_note) if rec else (False, "")
        self.read_only = bool(rec and rec.submitted) or self.practice.locks(rec)
        self.history.reset(rec.value if rec else {})
        self.timer = ActiveTimer(already_ms=rec.active_ms if rec else 0)
        self.timer.start(self.clock())
        self._saved_ms = self.timer.elapsed_ms(self.clock())
        self.banner.dismiss("media")
        self.view = self._view_for(self.item.kind)
        warned = self.item.content_warnings and self.item.item_pk not in self.revealed
        self.covered = False
        if self.view is None:
            self._show_message(self.tr(
                "This kind of task cannot be shown in this version of Marika. You may skip it."))
        elif warned:
            self._cover()
            if self.guard.limit_reached() and self.record is None \
                    and not self.practice.active:
                # Past the worker's daily limit: skipped unseen, never a penalty (an item
                # with work of its own, a draft say, is left as it is).
                self.banner.show_message(self.guard.limit_text, kind="info", key="limit")
                self.retranslate()
                self.skip_with("disturbing")
                return
        else:
            self._show_view()
        self.retranslate()
        self.practice.show_item(self.item, rec)
        self._prefetch_next()

    def _prefetch_next(self) -> None:
        """Read the next items while this one is worked on (gui/read_ahead.py)."""
        if self.practice.active:
            self.read_ahead.clear()  # practice feedback and locks decide per answer
            return
        shown = self.item
        self.read_ahead.follow(self.ws, self.package_pk, shown, self.total, view=self.view,
                               still_shown=lambda: self.item is shown)

    def _load_failed(self, exc: BaseException) -> None:
        self.loading = False
        if isinstance(exc, IndexError):
            return
        self.banner.show_message(lambda: fmt.error_text(exc), key="load")

    def _view_for(self, kind: str):
        if kind not in self.views:
            cls = view_class(kind)
            view = cls(self) if cls is not None else None
            if view is not None:
                view.tasks = self.tasks
                view.valueChanged.connect(self._value_changed)
                view.mediaUnreadable.connect(self._media_unreadable)
                view.activity.connect(self.touch)
                self.stack.addWidget(view)
            self.views[kind] = view
        return self.views[kind]

    def _show_view(self) -> None:
        self.covered = False
        self.view.show_item(self.item, self.history.current, self.manifest)
        self.view.set_read_only(self.read_only)
        self.stack.setCurrentWidget(self.view)
        self.view.focus_target().setFocus()
        self.tour.kind_shown(self.ws, self.item.kind)
        if self.item.content_warnings:
            self.guard.shown(self.item.item_pk)

    def _cover(self) -> None:
        """Hide the item behind its content warning (the view is emptied)."""
        self.covered = True
        if self.view is not None:
            self.view.clear()
        self.cover.set_warnings(manifest_info.warning_names(self.item.content_warnings))
        self.stack.setCurrentWidget(self.cover)
        self.cover.reveal_button.setFocus()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    # ================================================================ saving
    def _value_changed(self, value: dict) -> None:
        if self.read_only or self.item is None or not self.history.record(value):
            return
        self._after_value_change()

    def _after_value_change(self) -> None:
        empty = ann.is_empty(self.item.kind, self.history.current)
        if self.status == ann.SKIPPED or empty:
            self.status, self.skip_reason = ann.DRAFT, None
        self._save()

    def _save(self) -> None:
        now = self.clock()
        self._saved_ms = self.timer.elapsed_ms(now)
        value = {} if self.status == ann.SKIPPED else self.history.current
        self.saver.save(self.item.item_pk, value=value, status=self.status,
                        active_ms=self._saved_ms, flagged=self.flagged,
                        flag_note=self.flag_note, skip_reason=self.skip_reason)
        self._update_header()

    def _leave_item(self) -> None:
        """Count the time spent up to now; keep it if the item already has saved work."""
        self.guard.leave()
        if self.item is None or self.read_only:
            return
        self.timer.pause(self.clock())
        has_work = self.record is not None or self.saver.pending()
        if has_work and self.timer.elapsed_ms(self.clock()) > self._saved_ms:
            self._save()

    def _record_saved(self, record) -> None:
        if self.item is not None and record.item_pk == self.item.item_pk:
            self.record = record
        self.read_ahead.record_saved(record)
        ws, pk = self.ws, self.package_pk
        self.tasks.run_db(lambda: (ws.progress(pk), ws.today_pay(pk)),
                          on_done=self._progress_loaded, owner=self)

    def _progress_loaded(self, result) -> None:
        self.progress, today = result
        self.header.money.show_today(today)
        self._update_header()

    def _save_state_changed(self, state: str) -> None:
        if state == SAVED:
            self.banner.dismiss("save")
        self._update_header()

    def _save_failed(self, exc: BaseException) -> None:
        if getattr(exc, "saved", False) is None:  # written, but the disk did not confirm it
            def text():
                return self.tr("The disk did not confirm that your last change was saved: %1 "
                               "Marika will save it again.").replace("%1", fmt.error_text(exc))
        else:  # the cause's sentence says what is safe and what to do
            def text():
                return self.tr("Your last change is not saved yet: %1 Marika will try "
                               "again.").replace("%1", fmt.error_text(exc))
        self.banner.show_message(
            text,
            key="save", action_text=lambda: self.tr("Try again now"), action=self.saver.retry)

    # ================================================================ actions
    def done_next(self) -> None:
        if self.item is None or self.loading or self.practice.moving():
            return
        if self.practice.waiting():  # Enter after the practice feedback: go on
            self._save()  # with the time spent reading the feedback
            self.practice.go_on(self._go_next_todo)
            return
        if self.covered:
            self.banner.show_message(lambda: self.tr(
                "This item is hidden because of its content warning. Press Ctrl+R to see it, "
                "or Ctrl+K to skip it without seeing it (never a penalty)."), kind="info",
                key="hidden")
            return
        if self.read_only or self.view is None:
            if self.practice.active and self.item.ordinal + 1 >= self.total:
                self._go_next_todo()  # reviewing the last one: any gaps left, or the result
                return
            self.go_forward()
            return
        if ann.is_empty(self.item.kind, self.history.current):
            typed = self.item.kind == ann.AUDIO_TRANSCRIPTION
            self.banner.show_message(lambda: self.tr(
                "Type what you hear first, or skip this item with Ctrl+K.") if typed
                else self.tr("Choose an answer first, or skip this item with Ctrl+K."),
                kind="info", key="empty")
            return
        self.banner.dismiss("empty")
        self.status, self.skip_reason = ann.DONE, None
        self._save()
        if self.practice.answered(self.item, self.history.current, ann.DONE):
            self._lock_for_feedback()
            return
        self._go_next_todo()

    def _lock_for_feedback(self) -> None:
        """The expected answer is on screen: the answer can no longer change."""
        self.read_only = True
        if self.view is not None:
            self.view.set_read_only(True)
        self._update_header()

    def _go_next_todo(self) -> None:
        ws, pk, after = self.ws, self.package_pk, self.item.ordinal
        self._leave_item()
        ahead = self.read_ahead.peek(after + 1)
        if ahead is not None and (ahead[1] is None or ahead[1].status == ann.DRAFT):
            self.go_to(after + 1)  # the next one is still to do: it is the next to do
            return

        def find_next() -> None:
            self.tasks.run_db(lambda: ws.next_todo(pk, after=after), on_done=self._next_found,
                              owner=self)

        # After the saves: otherwise the item just finished may still look "to do".
        self.saver.when_idle(find_next)

    def _next_found(self, ordinal) -> None:
        if ordinal is None:
            self._leave_item()
            if self.practice.active:
                self.practice.finish()  # score the attempt and show the result
                return
            self.goHome.emit(self.tr(
                "Every item of this package is done or skipped. Submit your work when you "
                "are ready (Ctrl+Shift+S)."))
            return
        self.go_to(ordinal)

    def go_back(self) -> None:
        if self.item is not None:
            self.go_to(self.item.ordinal - 1)

    def go_forward(self) -> None:
        if self.item is not None:
            self.go_to(self.item.ordinal + 1)

    def skip(self) -> None:
        if self.item is None or self.read_only or self.loading:
            return
        suggested = "disturbing" if self.covered else None
        if self.banner.current_key() == "media":
            suggested = "unreadable"
        dialog = SkipDialog(self, suggested=suggested)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.reason is None:
            return
        self.skip_with(dialog.reason)

    def skip_with(self, reason: str) -> None:
        self.status, self.skip_reason = ann.SKIPPED, reason
        self._save()
        if self.practice.answered(self.item, {}, ann.SKIPPED):
            self._lock_for_feedback()
            return
        self._go_next_todo()

    def toggle_flag(self) -> None:
        if self.item is None or self.read_only:
            return
        if self.flagged:
            self.flagged, self.flag_note = False, ""
        else:
            dialog = FlagDialog(self, note=self.flag_note)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            self.flagged, self.flag_note = True, dialog.note()
        self._save()
        self.retranslate()

    def undo(self) -> None:
        self._step(self.history.undo)

    def redo(self) -> None:
        self._step(self.history.redo)

    def _step(self, move) -> None:
        if self.item is None or self.read_only or self.covered or self.view is None:
            return
        value = move()
        if value is not None:
            self.view.set_value(value)
            self._after_value_change()

    def reveal(self) -> None:
        if self.item is not None and self.covered and self.view is not None:
            self.revealed.add(self.item.item_pk)
            self.banner.dismiss("hidden")
            self._show_view()
            self.retranslate()

    def hide_again(self) -> None:
        """A revealed warned item goes back behind its cover (Ctrl+R again)."""
        if self.item is None or self.covered or not self.item.content_warnings \
                or self.view is None:
            return
        self.guard.leave()
        self.revealed.discard(self.item.item_pk)
        self._cover()
        self.retranslate()

    def toggle_reveal(self) -> None:
        if self.covered:
            self.reveal()
        else:
            self.hide_again()

    def edit_protection(self) -> None:
        """The worker's daily limit and break time for warned items (private to them)."""
        self.guard.edit()

    def toggle_instructions(self) -> None:
        self.panel.setVisible(not self.panel.isVisible())

    def go_home(self) -> None:
        self._leave_item()
        self.practice.leave()
        self.tour.close()
        if self.view is not None:
            self.view.clear()
        self.item = None
        self.read_ahead.clear()  # a read landing late is for a screen no longer shown
        self.breaks.stop()
        self.guard.stop()
        self.goHome.emit("")

    def open_sync(self) -> None:
        """Ctrl+E, as on the home screen: leave the item (saved) for Send and receive."""
        if self.item is None:
            return
        self.go_home()
        self.openSync.emit()

    def submit(self) -> None:
        if self.progress is None:
            return
        actions.submit_package(
            self, tasks=self.tasks, workspace=self.ws, package_pk=self.package_pk,
            finished=self.progress.done + self.progress.skipped,
            on_done=lambda _result: self.goHome.emit(self.tr("Your work was submitted.")),
            on_error=lambda exc: self.banner.show_message(lambda: fmt.error_text(exc),
                                                         key="submit"))

    def _media_unreadable(self, message: str) -> None:
        self.banner.show_message(message, key="media",
                                 action_text=lambda: self.tr("Skip: media unreadable"),
                                 action=lambda: self.skip_with("unreadable"))

    # ================================================================ time and breaks
    def touch(self) -> None:
        now = self.clock()
        self.timer.touch(now)
        self.breaks.touch(now)
        self.guard.touch(now)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() not in INPUT_EVENTS or not self.isVisible():
            return False
        if QApplication.activeModalWidget() is not None:
            return False
        if not isinstance(obj, QWidget) or not (obj is self or self.isAncestorOf(obj)):
            return False
        if event.type() == QEvent.Type.KeyPress:
            if obj is not (QApplication.focusWidget() or self.window()):
                return False  # the same key event propagating to a parent
            self.touch()
            if self.view is not None and not self.covered and self.item is not None \
                    and self.stack.currentWidget() is self.view:
                return bool(self.view.handle_key(event))
            return False
        self.touch()
        return False

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        QApplication.instance().installEventFilter(self)
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        QApplication.instance().removeEventFilter(self)
        super().hideEvent(event)

    # ================================================================ header
    def _update_header(self) -> None:
        self.header.show_state(
            item=self.item, progress=self.progress,
            save_state=self.saver.state if self.saver is not None else SAVED,
            has_record=self.record is not None,
            read_only=self.read_only and not self.practice.active,  # locked, not submitted
            status=self.status, flagged=self.flagged)
        editable = self.item is not None and not self.read_only
        for name in ("skip", "flag"):
            self.commands[name].setEnabled(editable)
        self.commands["undo"].setEnabled(editable and self.history.can_undo())
        self.commands["redo"].setEnabled(editable and self.history.can_redo())
        self.commands["back"].setEnabled(self.item is not None and self.item.ordinal > 0)
        warned = self.item is not None and bool(self.item.content_warnings) \
            and self.view is not None
        self.commands["reveal"].setVisible(warned)
        self.commands["reveal"].setEnabled(warned)
        self.commands["trainer"].setVisible(self.practice.active)
        self.commands["trainer"].setEnabled(self.practice.active)
        self.commands["forward"].setEnabled(
            self.item is not None and self.item.ordinal + 1 < self.total)

    def _update_keys(self) -> None:
        keys = list(self.view.shortcuts()) if self.view is not None else []
        keys += [(c.key_text, c.text()) for c in self.commands.values()
                 if c.key_text and c.isVisible()]
        self.panel.set_keys(keys)
