"""The guided tour: short hints pointing at the real widgets of the item screen.

It opens by itself the first time a profile works on a task kind (remembered in the
profile's encrypted preferences, key "tour_seen"), and again with Shift+F1 (F1 stays
the instructions panel) or the Help menu. Enter, → or Space: next hint; ← or
Backspace: back; Esc: close the tour.

The overlay is a child of the main window, not of the item screen, so while it has the
keyboard the item screen's own keys (Enter = done, Esc = home) stay quiet.

MARIKA_GUIDED_TOUR=0 keeps it from opening by itself (a trainer's demo PC; the test
suite, whose other tests drive the item screen with keys). Shift+F1 still opens it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from marika.core import annotation as ann

from . import style
from .item_parts import bold, plain_label, set_colors

ENV = "MARIKA_GUIDED_TOUR"
SEEN_KEY = "tour_seen"
BUBBLE_WIDTH = 420
PAD = 5
SHADE = QColor(0, 0, 0, 150)
RING = QColor("#ffb300")


def opens_by_itself() -> bool:
    return os.environ.get(ENV, "1") != "0"


@dataclass(frozen=True)
class Step:
    target: Callable[[], QWidget | None]
    text: Callable[[], str]  # translated when shown, so a language switch follows


def _attr(obj, name: str) -> QWidget | None:
    return getattr(obj, name, None) if obj is not None else None


def _kind_steps(kind: str, view) -> list[Step]:
    def target(name):
        return lambda: _attr(view, name)

    labels = Step(target("buttons_box"), lambda: QCoreApplication.translate(
        "Tour",
        "Choose a label with its number key: the number is written on each button. "
        "Press it again to take it away."))
    if kind == ann.TEXT_CLASSIFICATION:
        return [Step(target("text"), lambda: QCoreApplication.translate(
            "Tour",
            "This is the text to classify. The ↑ and ↓ keys scroll it.")), labels]
    if kind == ann.IMAGE_TAG:
        return [Step(target("stack"), lambda: QCoreApplication.translate(
            "Tour",
            "The picture. + and − zoom, 0 fits it to the screen, the arrow keys move it. "
            "With the mouse: drag it, or zoom with Ctrl and the wheel.")),
            Step(target("zoom_in_button"), lambda: QCoreApplication.translate(
                "Tour",
                "These buttons zoom too, and show the zoom level.")), labels]
    if kind == ann.AUDIO_TRANSCRIPTION:
        return [
            Step(target("play_button"), lambda: QCoreApplication.translate(
                "Tour",
                "Ctrl+Space plays or pauses the clip (Space too, when you are not typing).")),
            Step(target("back_button"), lambda: QCoreApplication.translate(
                "Tour",
                "Ctrl+← and Ctrl+→ jump back or forward a few seconds.")),
            Step(target("slower_button"), lambda: QCoreApplication.translate(
                "Tour",
                "Ctrl+↓ and Ctrl+↑ make the clip slower or faster; voices keep their pitch.")),
            Step(target("rewind_spin"), lambda: QCoreApplication.translate(
                "Tour",
                "After each pause, playing starts again a little earlier so that no word is "
                "missed. Choose how much here.")),
            Step(target("stamp_button"), lambda: QCoreApplication.translate(
                "Tour",
                "Ctrl+T writes the current time of the clip into the transcript.")),
            Step(target("editor"), lambda: QCoreApplication.translate(
                "Tour",
                "Type what you hear here. Enter still means done; Shift+Enter starts a new "
                "line.")),
        ]
    return []


def steps_for(screen) -> list[Step]:
    """The hints for the item screen as it is now (its kind view, practice or not)."""
    command = screen.commands

    def button(name):
        return lambda: command[name]._button if name in command else None

    steps = _kind_steps(getattr(screen.view, "kind", ""), screen.view)
    steps += [
        Step(button("done"), lambda: QCoreApplication.translate(
            "Tour",
            "Enter: this item is done, go to the next one. Your work is saved by itself "
            "after every change.")),
        Step(button("skip"), lambda: QCoreApplication.translate(
            "Tour",
            "Ctrl+K skips an item you cannot or do not want to do. Skipping is never a "
            "penalty.")),
        Step(button("flag"), lambda: QCoreApplication.translate(
            "Tour",
            "Ctrl+F flags an item for the reviewer, with a note, when something is wrong "
            "with it.")),
        Step(button("undo"), lambda: QCoreApplication.translate(
            "Tour", "Ctrl+Z undoes your last change; Ctrl+Y redoes it.")),
        Step(lambda: screen.panel if screen.panel.isVisible() else command["help"]._button,
             lambda: QCoreApplication.translate(
                 "Tour",
                 "The instructions of the package, and every key of this screen. "
                 "F1 hides or shows them.")),
        Step(lambda: screen.header, lambda: QCoreApplication.translate(
            "Tour",
            "Ctrl+= makes all text bigger, Ctrl+− smaller, and Ctrl+0 brings back the normal "
            "size.")),
    ]
    practice = getattr(screen, "practice", None)
    if practice is not None and practice.active:
        steps += [
            Step(button("done"), lambda: QCoreApplication.translate(
                "Tour",
                "This is a practice pack: after Enter you see whether your answer was right, "
                "the expected answer and why. Press Enter again to go on.")),
            Step(button("trainer"), lambda: QCoreApplication.translate(
                "Tour",
                "Ctrl+Shift+T: trainer mode shows the expected answers in large type, for "
                "teaching a room with a projector.")),
        ]
    steps.append(Step(button("tour"), lambda: QCoreApplication.translate(
        "Tour",
        "Shift+F1 shows this tour again. Esc closes it now.")))
    return steps


class TourOverlay(QWidget):
    """Shades the window except the widget a hint is about, with the hint beside it."""

    closed = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.bubble = QFrame(self)
        self.bubble.setFrameShape(QFrame.Shape.StyledPanel)
        set_colors(self.bubble, fg=style.TOUR_FG, bg=style.TOUR_BG)
        self.counter = plain_label(self.bubble, wrap=False)
        self.message = plain_label(self.bubble)
        bold(self.message)
        self.back_button = QPushButton(self.bubble)
        self.next_button = QPushButton(self.bubble)
        self.close_button = QPushButton(self.bubble)
        for b, slot in ((self.back_button, self.back), (self.next_button, self.next),
                        (self.close_button, self.close_tour)):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys belong to the overlay
            b.clicked.connect(slot)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        row.addWidget(self.next_button)
        layout = QVBoxLayout(self.bubble)
        layout.addWidget(self.counter)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.steps: list[Step] = []
        self.index = 0
        self._target: QWidget | None = None
        self._return_focus: QWidget | None = None
        window.installEventFilter(self)
        self.hide()

    # ------------------------------------------------------------ running
    def start(self, steps: list[Step], *, return_focus: QWidget | None = None) -> None:
        self.steps = [s for s in steps if _visible(s.target())]
        if not self.steps:
            return
        self._return_focus = return_focus
        self.index = 0
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_step()

    def running(self) -> bool:
        return self.isVisible()

    def text(self) -> str:
        return self.message.text() if self.isVisible() else ""

    def target(self) -> QWidget | None:
        return self._target if self.isVisible() else None

    def next(self) -> None:
        if self.index + 1 >= len(self.steps):
            self.close_tour()
        else:
            self.index += 1
            self._show_step()

    def back(self) -> None:
        if self.index > 0:
            self.index -= 1
            self._show_step()

    def close_tour(self) -> None:
        if not self.isVisible():
            return
        self._watch(None)
        self.hide()
        if self._return_focus is not None:
            self._return_focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    def _show_step(self) -> None:
        self._watch(self.steps[self.index].target())
        self.retranslate()
        self._place()

    def _watch(self, target: QWidget | None) -> None:
        """Follow the target when it moves or grows (window resized, text size changed)."""
        if self._target is not None:
            self._target.removeEventFilter(self)
        self._target = target
        if target is not None:
            target.installEventFilter(self)

    # ------------------------------------------------------------ drawing
    def _hole(self) -> QRect | None:
        target = self._target
        if not _visible(target):
            return None
        top_left = target.mapTo(self.parentWidget(), QPoint(0, 0))
        return QRect(top_left, target.size()).adjusted(-PAD, -PAD, PAD, PAD)

    def _place(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        # Wide enough for the buttons in every language, and exactly as tall as the
        # wrapped hint needs at that width (adjustSize() measured it at another width
        # and cut long Malagasy hints short).
        layout = self.bubble.layout()
        layout.activate()
        width = max(BUBBLE_WIDTH, layout.minimumSize().width())
        width = max(200, min(width, self.width() - 20))
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() \
            else layout.totalSizeHint().height()
        height = min(max(height, layout.totalMinimumSize().height()), self.height() - 20)
        self.bubble.setFixedSize(width, height)
        bubble, area, hole = self.bubble.size(), self.rect(), self._hole()
        if hole is None:
            x, y = (area.width() - bubble.width()) // 2, (area.height() - bubble.height()) // 2
        elif hole.bottom() + 10 + bubble.height() <= area.bottom():
            x, y = hole.left(), hole.bottom() + 10
        elif hole.top() - 10 - bubble.height() >= 0:
            x, y = hole.left(), hole.top() - 10 - bubble.height()
        elif hole.left() - 10 - bubble.width() >= 0:
            x, y = hole.left() - 10 - bubble.width(), hole.top()
        else:
            x, y = hole.right() - bubble.width(), hole.top() + 10
        x = max(10, min(x, area.width() - bubble.width() - 10))
        y = max(10, min(y, area.height() - bubble.height() - 10))
        self.bubble.move(x, y)
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        shade = QPainterPath()
        shade.addRect(QRectF(self.rect()))
        hole = self._hole()
        if hole is not None:
            shade.addRoundedRect(QRectF(hole), 6, 6)
            shade.setFillRule(Qt.FillRule.OddEvenFill)
        painter.fillPath(shade, SHADE)
        if hole is not None:
            painter.setPen(QPen(RING, 3))
            painter.drawRoundedRect(QRectF(hole), 6, 6)

    # ------------------------------------------------------------ keys and events
    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close_tour()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Right, Qt.Key.Key_Space,
                     Qt.Key.Key_PageDown, Qt.Key.Key_Tab):
            self.next()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Backspace, Qt.Key.Key_PageUp,
                     Qt.Key.Key_Backtab):
            self.back()
        event.accept()  # no key reaches the screen behind while the tour is open

    def focusNextPrevChild(self, next_child: bool) -> bool:  # noqa: N802 - Qt override
        del next_child
        return False  # Tab is "next hint", not a way out to the widgets behind

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        event.accept()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if self.isVisible() and event.type() in (QEvent.Type.Resize, QEvent.Type.Move,
                                                 QEvent.Type.Show, QEvent.Type.Hide):
            self._place()
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.retranslate()
            self._place()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if not self.steps:
            return
        last = self.index + 1 >= len(self.steps)
        self.counter.setText(self.tr("Hint %1 of %2").replace("%1", str(self.index + 1))
                             .replace("%2", str(len(self.steps))))
        self.message.setText(self.steps[self.index].text())
        self.back_button.setText(self.tr("Back (←)"))
        self.back_button.setEnabled(self.index > 0)
        self.next_button.setText(self.tr("Finish (Enter)") if last else self.tr("Next (Enter)"))
        self.close_button.setText(self.tr("Close the tour (Esc)"))


def _visible(widget: QWidget | None) -> bool:
    return widget is not None and widget.isVisible()


class TourGuide(QObject):
    """Opens the tour on the first use of each task kind by a profile, and on request."""

    def __init__(self, screen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.overlay: TourOverlay | None = None
        self._seen: dict[int, set] = {}  # id(workspace) -> kinds this profile has seen

    def kind_shown(self, workspace, kind: str) -> None:
        """The item screen shows an item of `kind`: open the tour if it is the first time."""
        if not opens_by_itself() or workspace is None:
            return
        seen = self._seen.get(id(workspace))
        if seen is not None:
            self._maybe_open(workspace, kind, seen)
            return
        self.screen.tasks.run_db(
            lambda: set(workspace.preferences().get(SEEN_KEY, ())),
            on_done=lambda kinds: self._loaded(workspace, kind, kinds), owner=self)

    def _loaded(self, workspace, kind: str, kinds: set) -> None:
        self._seen[id(workspace)] = kinds
        self._maybe_open(workspace, kind, kinds)

    def _maybe_open(self, workspace, kind: str, seen: set) -> None:
        if kind in seen or workspace is not self.screen.ws or self.screen.view is None \
                or getattr(self.screen.view, "kind", "") != kind or not self.screen.isVisible():
            return
        seen.add(kind)
        kinds = sorted(seen)
        self.screen.tasks.run_db(lambda: workspace.set_preference(SEEN_KEY, kinds), owner=self)
        self.start()

    def start(self) -> None:
        """Open the tour for the screen as it is now (Shift+F1, the Help menu)."""
        screen = self.screen
        if screen.view is None or not screen.isVisible():
            return
        if self.overlay is None or self.overlay.parentWidget() is not screen.window():
            self.overlay = TourOverlay(screen.window())
        self.overlay.start(steps_for(screen), return_focus=screen.view.focus_target())

    def running(self) -> bool:
        return self.overlay is not None and self.overlay.running()

    def close(self) -> None:
        if self.overlay is not None:
            self.overlay.close_tour()
