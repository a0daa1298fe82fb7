"""One calm banner at the top of the window, instead of a storm of popups.

The same message shown again only updates the banner (labelme's ADR 0006): a save that
keeps failing produces one banner, not one dialog per keystroke.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from . import style
from .style import set_colors

Text = str | Callable[[], str]
COLORS = style.BANNER  # kind -> (text, background)


class Banner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton(self)
        self.close_button = QPushButton(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self.action_button.clicked.connect(self._run_action)
        self.close_button.clicked.connect(self.dismiss)
        self._action: Callable[[], None] | None = None
        self._key: str | None = None
        self._texts: tuple = ("", "")  # (message, action text): str, or a function
        self.retranslate()
        self.hide()

    def show_message(self, text: Text, *, kind: str = "error", key: str | None = None,
                     action_text: Text = "", action: Callable[[], None] | None = None) -> None:
        """Show `text`; a message with the same `key` replaces the one shown.

        `text` and `action_text` may be functions returning the sentence (`lambda:
        self.tr("...")`, `lambda: fmt.error_text(exc)`): the banner then shows it again
        in the new language when the language changes."""
        self._key = key
        fg, bg = COLORS.get(kind, COLORS["info"])
        set_colors(self, bg=bg)
        set_colors(self.label, fg=fg)
        self._texts = (text, action_text)
        self._action = action
        self._show_texts()
        self.action_button.setVisible(action is not None)
        self.show()

    def _show_texts(self) -> None:
        text, action_text = (t() if callable(t) else t for t in self._texts)
        self.label.setText(text)
        self.action_button.setText(action_text)

    def dismiss(self, key: str | None = None) -> None:
        """Hide the banner (only if it shows `key`, when a key is given)."""
        if key is not None and key != self._key:
            return
        self._key = None
        self.hide()

    def current_key(self) -> str | None:
        return self._key if self.isVisible() else None

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def _run_action(self) -> None:
        if self._action is not None:
            self._action()

    def retranslate(self) -> None:
        self.close_button.setText(self.tr("Close"))
        self._show_texts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
