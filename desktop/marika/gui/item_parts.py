"""Pieces of the item screen: the instructions side panel and the content-warning cover."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from . import style
from .style import set_colors  # noqa: F401 - kept here for the views that import it


def plain_label(parent: QWidget, *, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # package text never becomes markup
    label.setWordWrap(wrap)
    return label


def error_label(parent: QWidget) -> QLabel:
    """A plain-text error line in the error colour, named "error" for screen readers."""
    label = plain_label(parent)
    set_colors(label, fg=style.ERROR)
    label.setAccessibleName("error")
    return label


HEADING_SCALE = "marikaFontScale"


def bold(widget: QWidget) -> QWidget:
    """Bold without pinning the size: only the weight is set, the size still follows the
    window (a style sheet with a font property would freeze it at Ctrl+=)."""
    font = QFont()
    font.setBold(True)
    widget.setFont(font)
    return widget


def heading(parent: QWidget, scale: float = 1.4) -> QLabel:
    """A bold plain-text label `scale` times the window's text size (kept when it changes)."""
    label = plain_label(parent)
    label.setProperty(HEADING_SCALE, scale)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def rescale_headings(root: QWidget, base_pt: float) -> None:
    """After the worker changes the text size: resize the headings under `root`.

    """
    for widget in root.findChildren(QWidget):
        scale = widget.property(HEADING_SCALE)
        if scale:
            font = widget.font()
            font.setPointSizeF(base_pt * float(scale))
            widget.setFont(font)



class _Translatable(QWidget):
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        pass


class InstructionsPanel(_Translatable):
    """The package instructions (plain text) and the keys of this screen. F1 hides it."""

    WIDTH = 330

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedWidth(self.WIDTH)
        self.heading = plain_label(self)
        bold(self.heading)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.keys_heading = plain_label(self)
        bold(self.keys_heading)
        self.keys_area = QScrollArea(self)
        self.keys_area.setWidgetResizable(True)
        self.keys_area.setFrameShape(QFrame.Shape.NoFrame)
        self.keys_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.keys_box = QWidget(self.keys_area)
        self.keys_grid = QGridLayout(self.keys_box)
        self.keys_grid.setContentsMargins(0, 0, 0, 0)
        self.keys_grid.setVerticalSpacing(1)
        self.keys_grid.setColumnStretch(1, 1)
        self.keys_area.setWidget(self.keys_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 3)
        layout.addWidget(self.keys_heading)
        layout.addWidget(self.keys_area, 2)
        self._keys: list[tuple[str, str]] = []
        self.retranslate()

    def set_instructions(self, text: str) -> None:
        self.text.setPlainText(text or self.tr("This package has no instructions."))

    def set_keys(self, keys: list[tuple[str, str]]) -> None:
        """Show the key list; called for every item, so nothing is redone when it is the
        same list (rebuilding the labels and their layout cost milliseconds per item)."""
        keys = list(keys)
        if keys == self._keys:
            return
        if len(keys) == len(self._keys):  # the same rows: only the words changed
            for row, (key, what) in enumerate(keys):
                self.keys_grid.itemAtPosition(row, 0).widget().setText(key)
                self.keys_grid.itemAtPosition(row, 1).widget().setText(what)
            self._keys = keys
            return
        self._keys = keys
        while self.keys_grid.count():
            widget = self.keys_grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # gone now, not at the next turn of the event loop
                widget.deleteLater()
        for row, (key, what) in enumerate(keys):
            key_label, what_label = plain_label(self.keys_box, wrap=False), plain_label(
                self.keys_box)
            key_label.setText(key)
            bold(key_label)
            what_label.setText(what)
            self.keys_grid.addWidget(key_label, row, 0, Qt.AlignmentFlag.AlignTop)
            self.keys_grid.addWidget(what_label, row, 1, Qt.AlignmentFlag.AlignTop)

    def key_rows(self) -> list[tuple[str, str]]:
        return list(self._keys)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Instructions (F1 hides them)"))
        self.keys_heading.setText(self.tr("Keys"))


class WarningCover(_Translatable):
    """Stands in front of an item with content warnings until the worker chooses."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frame = QFrame(self)
        set_colors(self.frame, bg=style.COVER_BG)
        self.heading = heading(self.frame, 1.3)
        self.warnings = plain_label(self.frame)
        self.explain = plain_label(self.frame)
        self.reveal_button = QPushButton(self.frame)
        self.skip_button = QPushButton(self.frame)
        self.limits_button = QPushButton(self.frame)  # gui/protection.py
        buttons = QHBoxLayout()
        buttons.addWidget(self.reveal_button)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.limits_button)
        inner = QVBoxLayout(self.frame)
        inner.setContentsMargins(24, 24, 24, 24)
        inner.addWidget(self.heading)
        inner.addWidget(self.warnings)
        inner.addWidget(self.explain)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.frame)
        outer.addStretch(2)
        self._warnings: list[str] = []
        self.retranslate()

    def set_warnings(self, warnings: list[str]) -> None:
        self._warnings = list(warnings)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("This item is hidden"))
        self.warnings.setText(self.tr("Content warning: %1").replace(
            "%1", ", ".join(self._warnings)))
        self.explain.setText(self.tr(
            "It stays hidden until you choose to see it, and Ctrl+R hides it again. You may "
            "skip it without seeing it: skipping is never a penalty, but a skipped item is "
            "not paid."))
        self.reveal_button.setText(self.tr("Show the item (Ctrl+R)"))
        self.skip_button.setText(self.tr("Skip without seeing it (Ctrl+K)"))
        self.limits_button.setText(self.tr("My daily limit and breaks…"))
