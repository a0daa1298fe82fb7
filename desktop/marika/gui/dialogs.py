"""Small dialogs: why an item is skipped, a note for the reviewer, the recovery key,
changing one's own password."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from marika.core.annotation import SKIP_REASONS
from marika_sync.fsutil import atomic_write

from .item_parts import error_label


class TranslatableDialog(QDialog):
    """A dialog that rebuilds its texts when the interface language changes."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        pass


class SkipDialog(TranslatableDialog):
    """Choose a reason with 1, 2 or 3. Skipping is never a penalty."""

    def __init__(self, parent: QWidget | None = None, *, suggested: str | None = None) -> None:
        super().__init__(parent)
        self.reason: str | None = None
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        self.buttons: dict[str, QPushButton] = {}
        for n, reason in enumerate(SKIP_REASONS, start=1):
            button = QPushButton(self)
            button.clicked.connect(lambda _=False, r=reason: self._choose(r))
            QShortcut(QKeySequence(str(n)), self, activated=lambda r=reason: self._choose(r))
            layout.addWidget(button)
            self.buttons[reason] = button
        layout.addWidget(self.note)
        self.cancel = QPushButton(self)
        self.cancel.clicked.connect(self.reject)
        layout.addWidget(self.cancel)
        if suggested in self.buttons:
            self.buttons[suggested].setDefault(True)
            self.buttons[suggested].setFocus()
        self.retranslate()

    def _choose(self, reason: str) -> None:
        self.reason = reason
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Skip this item"))
        self.question.setText(self.tr("Why do you skip this item?"))
        texts = {
            "unclear": self.tr("1 — It is unclear"),
            "unreadable": self.tr("2 — The media cannot be read"),
            "disturbing": self.tr("3 — The content is disturbing"),
        }
        for reason, button in self.buttons.items():
            button.setText(texts.get(reason, reason))
        self.note.setText(self.tr(
            "A skipped item is not paid: only items you mark done are paid. Skipping is "
            "never a penalty: the reason only helps the reviewer."))
        self.cancel.setText(self.tr("Cancel (Esc)"))


class FlagDialog(TranslatableDialog):
    """Flag an item for review, with an optional note."""

    def __init__(self, parent: QWidget | None = None, *, note: str = "") -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.edit = QLineEdit(note, self)
        self.edit.setMaxLength(500)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        layout.addWidget(self.box)
        self.retranslate()

    def note(self) -> str:
        return self.edit.text().strip()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Flag for review"))
        self.label.setText(self.tr(
            "What should the reviewer look at? (optional; press Enter to flag)"))


class RecoveryKeyDialog(TranslatableDialog):
    """Shown once after set-up: the office recovery key, to keep offline."""

    def __init__(self, key_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key_text = key_text
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.key = QPlainTextEdit(key_text, self)
        self.key.setReadOnly(True)
        self.key.setMaximumHeight(70)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self._save)
        self.confirm = QCheckBox(self)
        self.continue_button = QPushButton(self)
        self.continue_button.setEnabled(False)
        self.confirm.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self.accept)
        self.saved_to = QLabel(self)
        self.saved_to.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        for widget in (self.explain, self.key, self.save_button, self.saved_to, self.confirm,
                       self.continue_button):
            layout.addWidget(widget)
        self.retranslate()

    def _save(self) -> None:
        # Here, not above: the file dialog's module costs every annotator's item screen
        # (which imports this module for the skip and flag dialogs) about 0.7 MiB.
        from . import files

        path = files.save_file(self, self.tr("Save the recovery key"),
                               "marika-recovery-key.txt")
        if path:
            atomic_write(path, (self.key_text + "\n").encode())
            self.saved_to.setText(self.tr("Saved to %1").replace("%1", path))

    def reject(self) -> None:  # the key must be acknowledged: Esc does not skip it
        if self.confirm.isChecked():
            super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Office recovery key"))
        self.explain.setText(self.tr(
            "This key can reset a forgotten password without losing any work. It is shown "
            "only now and is not kept on this computer. Save it on a USB stick or write it "
            "down, and keep it somewhere safe."))
        self.save_button.setText(self.tr("Save to a file…"))
        self.confirm.setText(self.tr("I have saved the recovery key"))
        self.continue_button.setText(self.tr("Continue"))


class ChangePasswordDialog(TranslatableDialog):
    """Your own password instead of the one the supervisor gave you."""

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.username = username
        self.explain = QLabel(self)
        self.explain.setTextFormat(Qt.TextFormat.PlainText)
        self.explain.setWordWrap(True)
        self.current = QLineEdit(self)
        self.new = QLineEdit(self)
        self.repeat = QLineEdit(self)
        for edit in (self.current, self.new, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label(self)
        self.form = QFormLayout()
        for widget in (self.current, self.new, self.repeat):
            self.form.addRow(QLabel(self), widget)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(box)
        self.retranslate()

    def accept(self) -> None:
        if self.new.text() != self.repeat.text():
            self.error.setText(self.tr("The two passwords are not the same."))
        elif not self.current.text() or not self.new.text():
            self.error.setText(self.tr("Please type your password."))
        else:
            super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change my password"))
        self.explain.setText(self.tr(
            "Choose a password only you know: at least 8 characters, or a PIN of at least "
            "9 digits. Your work stays as it is."))
        labels = (self.tr("Current password:"), self.tr("New password:"),
                  self.tr("Repeat the new password:"))
        for row, text in enumerate(labels):
            self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
