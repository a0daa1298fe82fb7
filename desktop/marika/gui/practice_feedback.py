"""Practice packs on the item screen: instant feedback, the result, trying again.

After the worker marks a practice item done (Enter) or skips it, the answer is checked
against the gold right here (no network, no database: `marika.practice.check_answer`)
and the feedback panel says right or not, the expected answer in the worker's language
and the instruction that applies; Enter again goes on. The item is then locked for this
attempt (its answer has been shown). When no item is left, the attempt is scored and
kept in the profile, and the result dialog offers to go home, review or try again.

`PracticeController` is everything the item screen needs for this; the screen calls
its hooks (set_package, show_item, answered, waiting, finish) and nothing else.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from marika import practice
from marika.core import annotation as ann

from . import fmt, manifest_info, style
from .autosave import SAVED
from .item_parts import bold, heading, plain_label, set_colors
from .trainer_mode import TrainerPanel

RIGHT_BG, WRONG_BG, SKIPPED_BG = style.RIGHT_BG, style.WRONG_BG, style.SKIPPED_BG
RIGHT_FG, WRONG_FG = style.RIGHT_FG, style.WRONG_FG


def percent(share: Decimal) -> str:
    """0.6 -> "60 %" (whole percent, rounded half up; the pattern is translatable)."""
    value = (Decimal(share) * 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP)
    return QCoreApplication.translate("Practice", "%1 %").replace(
        "%1", fmt.number_locale().toString(int(value)))


def when(timestamp: float) -> str:
    moment = QDateTime.fromSecsSinceEpoch(int(timestamp))
    return fmt.locale().toString(moment, fmt.locale().FormatType.ShortFormat)


def label_names(manifest, ids) -> str:
    """Label ids as their names in the worker's language, in the package's order."""
    names = {label.id: label.name for label in manifest_info.labels(manifest)}
    order = list(names)
    chosen = sorted(ids, key=lambda i: order.index(i) if i in order else len(order))
    return ", ".join(names.get(i, i) for i in chosen)


def expected_answer(kind: str, manifest, gold) -> str:
    if gold is None:
        return ""
    if kind == ann.AUDIO_TRANSCRIPTION:
        return str(gold.get("transcript", ""))
    return label_names(manifest, gold.get("labels", ()))


def explanation(gold) -> str:
    return fmt.pick((gold or {}).get("explanation") or {})


class FeedbackPanel(QFrame):
    """Right or not, the expected answer, your answer, and why. Plain text only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.verdict_label = heading(self, 1.2)
        self.expected_label = plain_label(self)
        self.given_label = plain_label(self)
        self.why_label = plain_label(self)
        self.hint_label = plain_label(self)
        bold(self.hint_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        for widget in (self.verdict_label, self.expected_label, self.given_label,
                       self.why_label, self.hint_label):
            layout.addWidget(widget)
        self._shown = None  # (verdict, kind, manifest, gold, value, review)
        self.hide()

    def show_verdict(self, verdict: practice.Verdict, *, kind: str, manifest, gold,
                     value: dict, review: bool) -> None:
        self._shown = (verdict, kind, manifest, gold, value, review)
        self.retranslate()
        self.show()

    def clear(self) -> None:
        self._shown = None
        self.hide()

    def text(self) -> str:
        """Everything the panel says, for tests and screen readers."""
        if not self.isVisible():
            return ""
        return "\n".join(w.text() for w in (self.verdict_label, self.expected_label,
                                            self.given_label, self.why_label,
                                            self.hint_label) if w.text())

    def retranslate(self) -> None:
        if self._shown is None:
            return
        verdict, kind, manifest, gold, value, review = self._shown
        audio = kind == ann.AUDIO_TRANSCRIPTION
        if verdict.skipped:
            self.verdict_label.setText(self.tr("Skipped: this item does not count as right."))
            set_colors(self, bg=SKIPPED_BG)
            set_colors(self.verdict_label, fg=WRONG_FG)
        elif verdict.correct:
            self.verdict_label.setText(self.tr("Right!"))
            set_colors(self, bg=RIGHT_BG)
            set_colors(self.verdict_label, fg=RIGHT_FG)
        else:
            self.verdict_label.setText(self.tr("Not right."))
            set_colors(self, bg=WRONG_BG)
            set_colors(self.verdict_label, fg=WRONG_FG)
        expected = expected_answer(kind, manifest, gold)
        self.expected_label.setText(
            (self.tr("Expected transcript: %1") if audio else self.tr("Expected answer: %1"))
            .replace("%1", expected))
        given = ""
        if not verdict.correct and not verdict.skipped:
            if audio:
                given = self.tr("Your transcript differs from it in about %1 of the letters.") \
                    .replace("%1", percent(verdict.error or 0))
            else:
                given = self.tr("Your answer: %1").replace(
                    "%1", label_names(manifest, value.get("labels", ())))
        elif verdict.correct and audio and verdict.error:
            given = self.tr("Close enough: only small differences in spelling.")
        self.given_label.setText(given)
        why = explanation(gold)
        self.why_label.setText(self.tr("Why: %1").replace("%1", why) if why else "")
        self.hint_label.setText(
            self.tr("You answered this item in this attempt: it cannot be changed now. "
                    "Enter goes to the next item.") if review
            else self.tr("Press Enter to go on."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PrivateDialog(QDialog):
    """A dialog with one worker's results: it closes when the screen under it goes away
    (logging out, the idle lock), so the next person at the PC never finds it open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if parent is not None:
            parent.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self.parent() and event.type() == QEvent.Type.Hide and self.isVisible():
            self.reject()
        return False


class PracticeResultDialog(PrivateDialog):
    """The end of an attempt: score, pass mark, passed or not, the certificate.

    Enter goes home, Esc stays to review the answers, Ctrl+R tries again."""

    HOME, REVIEW, RETRY = "home", "review", "retry"

    def __init__(self, attempt: practice.Attempt, *, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attempt, self.name, self.choice = attempt, name, self.REVIEW
        self.verdict_label = heading(self, 1.5)
        self.score_label = plain_label(self)
        self.mark_label = plain_label(self)
        self.certificate_label = plain_label(self)
        self.home_button = QPushButton(self)
        self.home_button.setDefault(True)
        self.review_button = QPushButton(self)
        self.retry_button = QPushButton(self)
        self.home_button.clicked.connect(lambda: self._choose(self.HOME))
        self.review_button.clicked.connect(lambda: self._choose(self.REVIEW))
        self.retry_button.clicked.connect(lambda: self._choose(self.RETRY))
        QShortcut(QKeySequence("Ctrl+R"), self, activated=lambda: self._choose(self.RETRY))
        buttons = QHBoxLayout()
        for button in (self.retry_button, self.review_button, self.home_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        for widget in (self.verdict_label, self.score_label, self.mark_label,
                       self.certificate_label):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        for button in (self.retry_button, self.review_button):
            button.setAutoDefault(False)  # Enter is always "home", wherever the focus is
        self.home_button.setFocus()
        self.setMinimumWidth(520)
        self.retranslate()

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:  # Esc: stay on the item screen and look at the answers
        self.choice = self.REVIEW
        super().reject()

    def text(self) -> str:
        return "\n".join(w.text() for w in (self.verdict_label, self.score_label,
                                            self.mark_label, self.certificate_label))

    def retranslate(self) -> None:
        a = self.attempt
        title = fmt.pick(a.title, a.package_id)
        self.setWindowTitle(self.tr("Practice result"))
        self.verdict_label.setText(self.tr("Passed") if a.passed else self.tr("Not passed"))
        set_colors(self.verdict_label, fg=RIGHT_FG if a.passed else WRONG_FG)
        self.score_label.setText(
            self.tr("Score: %1 of %2 right (%3), attempt %4 of “%5”.")
            .replace("%1", str(a.right)).replace("%2", str(a.scored))
            .replace("%3", percent(a.score.share)).replace("%4", str(a.number))
            .replace("%5", title))
        self.mark_label.setText(self.tr("Pass mark: %1.").replace("%1", percent(a.pass_mark)))
        if a.is_certificate:
            text = self.tr(
                "Certificate saved in your profile: %1 passed “%2” (version %3) on %4. "
                "Find it again on the home screen (Ctrl+Shift+P).").replace("%1", self.name) \
                .replace("%2", title).replace("%3", str(a.version)) \
                .replace("%4", when(a.finished_at))
        elif a.passed:
            text = self.tr("Trainer mode showed the answers during this attempt, so it earns "
                           "no certificate. Try again without trainer mode to earn one.")
        else:
            text = self.tr("No certificate this time. You may try again: your answers are "
                           "cleared, and this score stays in your history.")
        self.certificate_label.setText(text)
        self.home_button.setText(self.tr("Home (Enter)"))
        self.review_button.setText(self.tr("Review the answers (Esc)"))
        self.retry_button.setText(self.tr("Try again (Ctrl+R)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PracticeController(QObject):
    """What a practice pack adds to the item screen. Inactive for other packages."""

    goHome = Signal(str)  # noqa: N815 - a message for the home screen
    restart = Signal()  # the answers were cleared: open the pack again at the first item
    failed = Signal(object)  # an exception to show in the screen's banner

    def __init__(self, screen: QWidget) -> None:
        super().__init__(screen)
        self.screen = screen
        self.tasks = screen.tasks
        self.feedback = FeedbackPanel(screen)
        self.trainer = TrainerPanel(screen)
        self.ws = self.manifest = self.dialog = None
        self.package_pk = 0
        self._waiting = self._moving = False
        self._panel_was_visible = True

    @property
    def active(self) -> bool:
        return self.manifest is not None and getattr(self.manifest, "practice", None) is not None

    def set_package(self, workspace, package_pk: int, manifest) -> None:
        self.ws, self.package_pk, self.manifest = workspace, package_pk, manifest
        self._waiting = self._moving = False
        self.feedback.clear()
        self._set_trainer(False)

    def leave(self) -> None:
        self._waiting = self._moving = False
        self.feedback.clear()

    # ------------------------------------------------------------ items
    def locks(self, record) -> bool:
        """A done or skipped practice item stays as answered for the rest of the attempt."""
        return self.active and record is not None and record.status in (ann.DONE, ann.SKIPPED)

    def show_item(self, item, record) -> None:
        self._waiting = self._moving = False
        self.trainer.show_gold(item, self.manifest)
        if self.locks(record):
            self._show(item, record.value, record.status, review=True)
        else:
            self.feedback.clear()

    def answered(self, item, value: dict, status: str) -> bool:
        """The worker finished an item: show the feedback. True = wait for Enter."""
        if not self.active or item is None or item.gold is None:
            return False
        self._show(item, value, status, review=False)
        self._waiting = True
        return True

    def _show(self, item, value: dict, status: str, *, review: bool) -> None:
        verdict = practice.check_answer(item.kind, item.gold, value, status=status)
        if not verdict.scored:
            self.feedback.clear()
            return
        self.feedback.show_verdict(verdict, kind=item.kind, manifest=self.manifest,
                                   gold=item.gold, value=value or {}, review=review)

    def waiting(self) -> bool:
        """Feedback for the item just answered is on screen (Enter goes on)."""
        return self._waiting

    def moving(self) -> bool:
        """Going on to the next item, once the last save has committed."""
        return self._moving

    def go_on(self, go_next) -> None:
        """Enter after the feedback: call `go_next` once every save has committed, so the
        "next item to do" query (and the score at the end) sees this answer as done."""
        self._waiting, self._moving = False, True
        saver = self.screen.saver

        def when_saved(state: str | None = None) -> None:
            if self._moving and (state not in (None, SAVED) or saver.pending()):
                return
            if state is not None:
                saver.stateChanged.disconnect(when_saved)
            if self._moving:  # not if the worker left the item meanwhile
                self._moving = False
                go_next()

        if saver.pending():
            saver.stateChanged.connect(when_saved)
        else:
            when_saved()

    # ------------------------------------------------------------ trainer mode
    def toggle_trainer(self) -> None:
        if not self.active:
            return  # gold exists only in practice packs: nothing to show elsewhere
        self._set_trainer(not self.trainer.is_on())

    def _set_trainer(self, on: bool) -> None:
        if on == self.trainer.is_on():
            return
        panel, banner = self.screen.panel, self.screen.banner
        if on:  # the instructions make room for the large type, before it shows: both
            # at once would be wider than a 1366 px screen and the window would grow
            self._panel_was_visible = panel.isVisible()
            panel.hide()
            self.trainer.set_on(True)
            banner.show_message(QCoreApplication.translate(
                "Practice",
                "Trainer mode: the expected answers are shown beside each item. This attempt "
                "earns no certificate."), kind="info", key="trainer")
            ws, pk = self.ws, self.package_pk
            self.tasks.run_db(lambda: ws.practice.note_trainer_mode(pk),
                              on_error=self.failed.emit, owner=self)
        else:
            self.trainer.set_on(False)
            panel.setVisible(self._panel_was_visible)
            banner.dismiss("trainer")

    # ------------------------------------------------------------ the end of an attempt
    def finish(self) -> None:
        ws, pk = self.ws, self.package_pk
        self.tasks.run_db(lambda: (ws.practice.finish(pk), ws.profile.display_name),
                          on_done=self._finished, on_error=self.failed.emit, owner=self)

    def _finished(self, result) -> None:
        if not self.screen.isVisible():
            return  # the worker left (or was logged out) meanwhile: the result waits
        attempt, name = result
        self.dialog = PracticeResultDialog(attempt, name=name, parent=self.screen)
        self.dialog.finished.connect(lambda _code: self._result_closed(self.dialog))
        self.dialog.open()

    def _result_closed(self, dialog: PracticeResultDialog) -> None:
        choice = dialog.choice
        self.dialog = None
        dialog.deleteLater()
        if choice == PracticeResultDialog.HOME:
            self.goHome.emit(QCoreApplication.translate(
                "Practice", "Your practice result is kept in your profile."))
        elif choice == PracticeResultDialog.RETRY:
            ws, pk = self.ws, self.package_pk
            self.tasks.run_db(lambda: ws.practice.retry(pk), on_done=lambda _n: self.restart.emit(),
                              on_error=self.failed.emit, owner=self)
