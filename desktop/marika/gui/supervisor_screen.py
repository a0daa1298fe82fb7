"""The office supervisor's screen: progress counts, adding annotators, importing packages.

The supervisor sees how much is done, never what nor for how much (the facade does not
give it). Importing verifies the package on the database worker with a progress bar.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from . import fmt
from .banner import Banner
from .commands import Command
from .item_parts import heading, plain_label


class NewAnnotatorDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an annotator"))
        self.username = QLineEdit(self)
        self.display_name = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Full name:"), self.display_name)
        form.addRow(self.tr("First password:"), self.password)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)


class AssignDialog(QDialog):
    def __init__(self, profiles, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assign the package"))
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self))
        layout.itemAt(0).widget().setText(self.tr("Who should work on this package?"))
        self.list = QListWidget(self)
        for profile in profiles:
            item = QListWidgetItem(f"{profile.display_name} ({profile.username})")
            item.setData(Qt.ItemDataRole.UserRole, profile.id)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        layout.addWidget(self.list)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def chosen(self) -> list[str]:
        items = (self.list.item(n) for n in range(self.list.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items
                if i.checkState() == Qt.CheckState.Checked]


class SupervisorScreen(QWidget):
    logOut = Signal()  # noqa: N815

    def __init__(self, tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.session = None
        self.heading = heading(self)
        self.banner = Banner(self)
        self.table = QTableWidget(0, 4, self)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.commands = {
            "add": Command(self, ["Ctrl+N"], self.add_annotator),
            "import": Command(self, ["Ctrl+O"], self.import_package),
            "refresh": Command(self, ["F5"], self.refresh),
            "logout": Command(self, ["Ctrl+L"], self.logOut.emit),
        }
        buttons = QHBoxLayout()
        for name in ("logout", "refresh", "add", "import"):
            buttons.addWidget(self.commands[name].button(self))
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self.retranslate()

    def show_for(self, session) -> None:
        self.session = session
        self.refresh()

    def refresh(self) -> None:
        session = self.session
        self.tasks.run_db(lambda: (session.profile, session.progress_overview()),
                          on_done=self._loaded, on_error=self._error, owner=self)

    def _loaded(self, result) -> None:
        profile, rows = result
        self.heading.setText(self.tr("Office supervisor: %1").replace(
            "%1", profile.display_name))
        self.table.setRowCount(len(rows))
        for n, row in enumerate(rows):
            cells = (row.profile.display_name, row.package_id, str(row.done + row.skipped),
                     str(row.left))
            for column, text in enumerate(cells):
                self.table.setItem(n, column, QTableWidgetItem(text))

    def _error(self, exc: BaseException) -> None:
        self.progress.hide()
        self.banner.show_message(fmt.error_text(exc), key="error")

    def add_annotator(self) -> None:
        dialog = NewAnnotatorDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        session = self.session
        fields = {"username": dialog.username.text().strip(),
                  "display_name": dialog.display_name.text().strip(),
                  "password": dialog.password.text(), "language": fmt.language()}
        self.tasks.run_db(lambda: session.create_profile(**fields), owner=self,
                          on_done=lambda p: self._done(self.tr("%1 can now log in.").replace(
                              "%1", p.display_name)), on_error=self._error)

    def import_package(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a task package"), "",
                                              self.tr("Task packages (*.marika)"))
        if not path:
            return
        session = self.session
        self.progress.setRange(0, 0)
        self.progress.show()

        def work(task):
            summary = session.import_package(path, cancelled=task.cancelled)
            return summary, [p for p in session.profiles() if p.role == "annotator"]

        self.tasks.run_db(work, pass_task=True, on_done=self._imported, on_error=self._error,
                          owner=self)

    def _imported(self, result) -> None:
        self.progress.hide()
        summary, annotators = result
        dialog = AssignDialog(annotators, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self._done(self.tr("The package was imported."))
            return
        session, chosen = self.session, dialog.chosen()
        package_pk = getattr(summary, "package_pk", None)

        def assign():
            for profile_id in chosen:
                session.assign(package_pk=package_pk, profile_id=profile_id)

        self.tasks.run_db(assign, owner=self, on_error=self._error,
                          on_done=lambda _r: self._done(self.tr(
                              "The package was imported and assigned.")))

    def _done(self, message: str) -> None:
        self.banner.show_message(message, kind="ok", key="done")
        self.refresh()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Annotator"), self.tr("Package"),
                                              self.tr("Finished"), self.tr("Left")])
        for name, text in (("add", self.tr("Add an annotator…")),
                           ("import", self.tr("Import a package…")),
                           ("refresh", self.tr("Refresh")), ("logout", self.tr("Log out"))):
            self.commands[name].set_label(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
