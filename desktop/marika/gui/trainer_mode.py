"""Trainer mode: the expected answer and its explanation beside each practice item, in
large type, for teaching a room from a projector.

Only practice packs have gold answers, so only they can switch it on (Ctrl+Shift+T;
Ctrl+T is the audio view's "insert time"). The type is a multiple of the window's text
size, so Ctrl+= makes it bigger still. An attempt made with trainer mode on earns no
certificate (marika.practice): the answers were on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from marika.core import annotation as ann

from . import style
from .item_parts import heading, set_colors

TRAINER_SCALE = style.TRAINER  # read from the back of a room, on a projector


class TrainerPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        set_colors(self, fg=style.TRAINER_FG, bg=style.TRAINER_BG)
        self.setMinimumWidth(380)
        self.setMaximumWidth(560)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.title_label = heading(self, 1.2)
        self.answer_heading = heading(self, 1.2)
        self.answer_label = heading(self, TRAINER_SCALE)
        self.why_heading = heading(self, 1.2)
        self.why_label = heading(self, TRAINER_SCALE * 0.66)
        # The large type scrolls inside the panel: a long explanation at three times the
        # text size must never make the window taller or wider than the screen.
        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title_label, self.answer_heading, self.answer_label,
                       self.why_heading, self.why_label):
            widget.setParent(content)
            inner.addWidget(widget)
        inner.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.scroll)
        self._on = False
        self._item = self._manifest = None
        self.hide()

    def is_on(self) -> bool:
        return self._on

    def set_on(self, on: bool) -> None:
        self._on = on
        self.setVisible(on)
        self.retranslate()

    def show_gold(self, item, manifest) -> None:
        self._item, self._manifest = item, manifest
        self.retranslate()

    def answer_text(self) -> str:
        return self.answer_label.text() if self.isVisible() else ""

    def retranslate(self) -> None:
        from .practice_feedback import expected_answer, explanation

        self.title_label.setText(self.tr("Trainer mode (Ctrl+Shift+T)"))
        item, gold = self._item, getattr(self._item, "gold", None)
        audio = getattr(item, "kind", "") == ann.AUDIO_TRANSCRIPTION
        self.answer_heading.setText(self.tr("Expected transcript") if audio
                                    else self.tr("Expected answer"))
        if item is None or gold is None:
            self.answer_label.setText(self.tr("This item has no expected answer."))
            self.why_heading.setText("")
            self.why_label.setText("")
            return
        self.answer_label.setText(expected_answer(item.kind, self._manifest, gold))
        why = explanation(gold)
        self.why_heading.setText(self.tr("Why") if why else "")
        self.why_label.setText(why)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
