"""A user action with its keyboard shortcut shown on its button: "Undo (Ctrl+Z)".

Every action of a screen is a `Command`: a QAction living on the screen (so its keys
work anywhere inside it) and, if wanted, a button whose text always names the key.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget


class Command(QAction):
    def __init__(self, owner: QWidget, keys: list[str], handler: Callable[[], None], *,
                 key_text: str | Callable[[], str] | None = None) -> None:
        """`key_text`: how the key is named on the button, e.g. `lambda: self.tr("Enter")`
        (a function, so the name follows a language change); default: Qt's own name."""
        super().__init__(owner)
        self.setShortcuts([QKeySequence(k) for k in keys])
        self.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.triggered.connect(lambda _checked=False: handler())
        owner.addAction(self)
        self._keys = keys
        self._key_text = key_text
        self._button: QPushButton | None = None
        self.changed.connect(self._sync_button)

    @property
    def key_text(self) -> str:
        """The key's name in the current language (Qt translates "Shift" to "Maj"...)."""
        if callable(self._key_text):
            return self._key_text()
        if self._key_text:
            return self._key_text
        if not self._keys:
            return ""
        return QKeySequence(self._keys[0]).toString(QKeySequence.SequenceFormat.NativeText)

    def button(self, parent: QWidget) -> QPushButton:
        if self._button is None:
            self._button = QPushButton(parent)
            self._button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self._button.clicked.connect(self.trigger)
            self._sync_button()
        return self._button

    def set_label(self, label: str) -> None:
        """`label` is a translated sentence; the key is added by a translatable pattern."""
        self.setText(label)

    def _sync_button(self) -> None:
        if self._button is None:
            return
        label = self.text()
        if self.key_text:
            # "%1 (%2)": some languages put the key first; translators can reorder.
            pattern = QCoreApplication.translate("Command", "%1 (%2)")
            label = pattern.replace("%1", label).replace("%2", self.key_text)
        self._button.setText(label)
        self._button.setEnabled(self.isEnabled())
        self._button.setVisible(self.isVisible())
