"""First start: the office has no supervisor yet, and this page creates one.

Built the first time it is shown (gui/start_screen.py): an office that is set up never
loads it, and the log-in screen shows without it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import fmt, i18n
from .item_parts import error_label, heading

LANGUAGES = (("mg", "Malagasy"), ("fr", "Français"), ("en", "English"))


class SetupPage(QWidget):
    """First start: create the office supervisor."""

    submitted = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading(self, 1.5)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.username = QLineEdit(self)
        self.display_name = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.language = QComboBox(self)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.error = error_label(self)
        self.button = QPushButton(self)
        self.button.setDefault(True)
        self.form = QFormLayout()
        for widget in (self.username, self.display_name, self.password, self.repeat,
                       self.language):
            self.form.addRow(QLabel(self), widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        self.button.clicked.connect(self._submit)
        for edit in (self.username, self.display_name, self.password, self.repeat):
            edit.returnPressed.connect(self._submit)
        # First start: the interface follows the language chosen here at once.
        self.language.currentIndexChanged.connect(
            lambda _i: i18n.switch_language(self.language.currentData()))
        self.retranslate()

    def _submit(self) -> None:
        if not self.username.text().strip():
            self.error.setText(self.tr("Please enter a user name."))
            self.username.setFocus()
            return
        if self.password.text() != self.repeat.text():
            self.error.setText(self.tr("The two passwords are not the same."))
            self.repeat.setFocus()
            return
        self.error.clear()
        self.submitted.emit({
            "username": self.username.text().strip(),
            "display_name": self.display_name.text().strip(),
            "password": self.password.text(),
            "language": self.language.currentData(),
        })

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome to Marika"))
        self.explain.setText(self.tr(
            "This computer has no office supervisor yet. The supervisor creates the "
            "annotators' profiles and imports task packages. Choose a user name and a "
            "password of at least 8 characters."))
        labels = (self.tr("User name:"), self.tr("Full name:"), self.tr("Password:"),
                  self.tr("Repeat the password:"), self.tr("Language:"))
        for row, text in enumerate(labels):
            self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.button.setText(self.tr("Create the supervisor (Enter)"))
        # Show the language the interface is in (changed from the menu, or the default).
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(fmt.language())))
        self.language.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
