"""Pieces the image and audio views share: the "media unreadable" panel.

A damaged file is not the worker's fault and must never cost them: the panel says what
is wrong in one plain sentence and offers to skip the item with the reason
"unreadable", which is never a penalty. The rest of the app keeps running.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

#: the skip reason sent with `skipRequested` (one of marika.core.annotation.SKIP_REASONS)
UNREADABLE = "unreadable"


class UnreadablePanel(QWidget):
    """Shown in place of an image or waveform that could not be decoded."""

    skipRequested = Signal(str)  # noqa: N815 - Qt naming; always "unreadable"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mediaUnreadable")
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.reason = QLabel(self)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)  # file names come from packages
        self.reason.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reason.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.skip_button = QPushButton(self)
        self.skip_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the view
        self.skip_button.clicked.connect(lambda: self.skipRequested.emit(UNREADABLE))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.reason)
        layout.addWidget(self.hint)
        layout.addWidget(self.skip_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.retranslate()

    def set_reason(self, sentence: str) -> None:
        self.reason.setText(sentence)

    def set_read_only(self, read_only: bool) -> None:
        self.skip_button.setVisible(not read_only)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Media unreadable"))
        self.hint.setText(self.tr(
            "This is not your fault. Skipping an unreadable item is never a penalty."))
        self.skip_button.setText(self.tr("Skip this item: media unreadable"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
