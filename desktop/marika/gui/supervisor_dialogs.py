"""The supervisor's dialogs: a new annotator, assigning a package, trusted publisher keys,
office settings, and resetting a forgotten password with the recovery key.

Dialogs only collect what the supervisor typed or chose; the supervisor screen calls
the facade with it on the database worker. Key files (a publisher's `.pub`, the
recovery key on a USB stick) are small, but a USB stick can be slow, so they are read
on the I/O pool (`tasks.run_io`), never on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from . import files, style
from .dialogs import TranslatableDialog
from .item_parts import plain_label, set_colors

MAX_KEY_FILE_BYTES = 4096  # a key file is one line; anything bigger is the wrong file


def read_key_file(path: str) -> str:
    """The first non-empty line of a small key file (runs on the I/O pool)."""
    with open(path, "rb") as handle:
        data = handle.read(MAX_KEY_FILE_BYTES + 1)
    if len(data) > MAX_KEY_FILE_BYTES:
        return ""
    lines = [line.strip() for line in data.decode("utf-8", "replace").splitlines()]
    return next((line for line in lines if line), "")


class _Dialog(TranslatableDialog):
    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        return box


def _password_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class NewAnnotatorDialog(_Dialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.username = QLineEdit(self)
        self.display_name = QLineEdit(self)
        self.password = _password_edit(self)
        self.form = QFormLayout(self)
        for widget in (self.username, self.display_name, self.password):
            self.form.addRow(QLabel(self), widget)
        self.form.addRow(self._buttons())
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add an annotator"))
        for row, text in enumerate((self.tr("User name:"), self.tr("Full name:"),
                                    self.tr("First password:"))):
            self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)


class AssignDialog(_Dialog):
    """Who works on a package. With `packages`, the package is chosen here too, and each
    annotator's box shows whether they have it already (`assigned`: pk -> profile ids)."""

    def __init__(self, profiles, parent: QWidget | None = None, *, packages=None,
                 assigned: dict | None = None) -> None:
        super().__init__(parent)
        self.assigned = assigned or {}
        self.choosing_package = bool(packages)
        self.question = plain_label(self)
        self.package = QComboBox(self)
        for pk, package_id, version, _kind, _count in packages or ():
            self.package.addItem(f"{package_id} (v{version})", pk)
        self.package.setVisible(bool(packages))
        self.list = QListWidget(self)
        for profile in profiles:
            item = QListWidgetItem(f"{profile.display_name} ({profile.username})")
            item.setData(Qt.ItemDataRole.UserRole, profile.id)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.package)
        layout.addWidget(self.list)
        layout.addWidget(self._buttons())
        self.package.currentIndexChanged.connect(self._show_assigned)
        self._show_assigned()
        self.retranslate()

    def _show_assigned(self, _index: int = 0) -> None:
        if not self.choosing_package:
            return  # right after an import: everyone is proposed
        have = self.assigned.get(self.package.currentData(), set())
        for n in range(self.list.count()):
            item = self.list.item(n)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in have else Qt.CheckState.Unchecked)

    def package_pk(self) -> int | None:
        return self.package.currentData()

    def chosen(self) -> list[str]:
        items = (self.list.item(n) for n in range(self.list.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items
                if i.checkState() == Qt.CheckState.Checked]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Assign the package"))
        self.question.setText(self.tr("Who should work on this package?"))


class _KeyField(QWidget):
    """A one-line key to paste, or a button to load it from a file (read off the GUI
    thread)."""

    def __init__(self, tasks, parent: QWidget | None = None, *, file_filter: str = "") -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.file_filter = file_filter
        self.text = QLineEdit(self)
        self.load = QPushButton(self)
        self.load.clicked.connect(self.choose_file)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.load)

    def choose_file(self) -> None:
        path = files.open_file(self, self.load.text(), self.file_filter)
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> None:
        self.tasks.run_io(lambda: read_key_file(path), on_done=self.text.setText,
                          on_error=lambda _exc: self.text.clear(), owner=self)

    def value(self) -> str:
        return self.text.text().strip()


class PublishersDialog(_Dialog):
    """The publisher keys this office trusts: shown, added (pasted or from a .pub file)
    and removed. Changes go through `on_install(name, key)` / `on_remove(key)`."""

    def __init__(self, tasks, publishers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explain = plain_label(self)
        self.list = QListWidget(self)
        self.set_publishers(publishers)
        self.remove = QPushButton(self)
        self.name = QLineEdit(self)
        self.key = _KeyField(tasks, self, file_filter="*.pub")
        self.install = QPushButton(self)
        self.form = QFormLayout()
        self.form.addRow(QLabel(self), self.name)
        self.form.addRow(QLabel(self), self.key)
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_box.rejected.connect(self.reject)
        # Enter in the name or key field adds the key; it must never press "Remove".
        for button in (self.remove, self.key.load, *self.close_box.buttons()):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.install.setAutoDefault(False)
        self.name.returnPressed.connect(self.install.click)
        self.key.text.returnPressed.connect(self.install.click)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(self.form)
        layout.addWidget(self.install, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.close_box)
        self.resize(620, 420)
        self.retranslate()

    def set_publishers(self, publishers) -> None:
        self.list.clear()
        for name, key in publishers:
            item = QListWidgetItem(f"{name}\n{key}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.list.addItem(item)

    def selected_key(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Trusted publishers"))
        self.explain.setText(self.tr(
            "Marika imports only packages signed by one of these keys. Add the public key "
            "(ed25519-pub:…) of each client or trainer you work with."))
        self.remove.setText(self.tr("Remove the chosen key"))
        self.install.setText(self.tr("Add this key"))
        self.key.load.setText(self.tr("Load a .pub file…"))
        for row, text in enumerate((self.tr("Publisher name:"), self.tr("Public key:"))):
            self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)


class OfficeSettingsDialog(_Dialog):
    """Server address and key, and the idle lock. `changes()` gives what was edited."""

    def __init__(self, tasks, settings: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = dict(settings)
        self.server_url = QLineEdit(settings.get("server_url", ""), self)
        self.server_url.setPlaceholderText("https://…")
        self.server_key = _KeyField(tasks, self, file_filter="*.pub")
        self.server_key.text.setText(settings.get("server_public_key", ""))
        self.idle = QSpinBox(self)
        self.idle.setRange(1, 240)
        self.idle.setValue(int(settings.get("idle_lock_minutes") or 10))
        # Named on the pay records workers export; the wage is shown beside their
        # effective hourly rate (a legal minimum wage, say).
        self.office_name = QLineEdit(settings.get("office_name", ""), self)
        self.office_name.setMaxLength(120)
        self.wage = QLineEdit(settings.get("reference_hourly_wage", ""), self)
        self.form = QFormLayout(self)
        for widget in (self.server_url, self.server_key, self.idle, self.office_name,
                       self.wage):
            self.form.addRow(QLabel(self), widget)
        self.form.addRow(self._buttons())
        self.resize(620, 260)
        self.retranslate()

    def changes(self) -> dict[str, str]:
        now = {"server_url": self.server_url.text().strip(),
               "server_public_key": self.server_key.value(),
               "idle_lock_minutes": str(self.idle.value()),
               "office_name": self.office_name.text().strip(),
               "reference_hourly_wage": self.wage.text().strip()}
        return {k: v for k, v in now.items() if v != self.settings.get(k, "")}

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Office settings"))
        self.server_key.load.setText(self.tr("Load a .pub file…"))
        self.idle.setSuffix(self.tr(" min"))
        labels = (self.tr("Collection server address:"), self.tr("Server public key:"),
                  self.tr("Lock Marika after this long without use:"),
                  self.tr("Office name (on workers' pay records):"),
                  self.tr("Reference hourly wage (for example 1250 MGA):"))
        for row, text in enumerate(labels):
            self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)


class ResetPasswordDialog(_Dialog):
    """A new password for someone who forgot theirs, with the office recovery key."""

    def __init__(self, tasks, profiles, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explain = plain_label(self)
        self.profile = QComboBox(self)
        for profile in profiles:
            self.profile.addItem(f"{profile.display_name} ({profile.username})", profile.id)
        self.recovery = _KeyField(tasks, self, file_filter="*.txt")
        self.recovery.text.setEchoMode(QLineEdit.EchoMode.Password)  # a secret on screen
        self.password = _password_edit(self)
        self.repeat = _password_edit(self)
        self.error = plain_label(self)
        set_colors(self.error, fg=style.ERROR)  # the start screen's error colour
        self.error.setAccessibleName("error")
        self.form = QFormLayout()
        for widget in (self.profile, self.recovery, self.password, self.repeat):
            self.form.addRow(QLabel(self), widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self._buttons())
        self.resize(620, 300)
        self.retranslate()

    def accept(self) -> None:
        if not self.recovery.value():
            self.error.setText(self.tr("Please load or paste the office recovery key."))
        elif self.password.text() != self.repeat.text():
            self.error.setText(self.tr("The two passwords are not the same."))
        elif not self.password.text():
            self.error.setText(self.tr("Please type the new password."))
        else:
            super().accept()

    def fields(self) -> dict:
        return {"profile_id": self.profile.currentData(),
                "recovery_private_key_text": self.recovery.value(),
                "new_password": self.password.text()}

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reset a password"))
        self.explain.setText(self.tr(
            "Insert the USB stick with the office recovery key and load the file "
            "(marika-recovery-key.txt). Let the person type their new password. All their "
            "work, pay records and statements are kept."))
        self.recovery.load.setText(self.tr("Load the key file…"))
        labels = (self.tr("Profile:"), self.tr("Recovery key:"), self.tr("New password:"),
                  self.tr("Repeat the new password:"))
        for row, text in enumerate(labels):
            self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
