"""The office supervisor's screen: progress counts, profiles, trusted publishers, office
settings, importing and assigning packages, and password resets.

The supervisor sees how much is done, never what nor for how much (the facade does not
give it). Above the counts stands what someone changed in the data folder behind the
office's back (a signed package edited after import, work waiting to be sent that is not
its profile's own), one sentence each naming the package or the profile and what to do;
nothing stands there when all is well. Importing verifies and unpacks the package on the
database worker, with a progress bar and a Cancel button; cancelling leaves the office as
it was; importing the same version again repairs a package someone edited.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from . import files, fmt, style
from .banner import Banner
from .commands import Command
from .flow_layout import FlowLayout
from .item_parts import heading, plain_label
from .supervisor_dialogs import (
    AssignDialog,
    NewAnnotatorDialog,
    OfficeSettingsDialog,
    PublishersDialog,
    ResetPasswordDialog,
)

COLUMNS = 5  # annotator, package, done, skipped, left: counts only
PROGRESS_STEPS = 1000


class SupervisorScreen(QWidget):
    logOut = Signal()  # noqa: N815

    def __init__(self, tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.session = None
        self.rows = []  # the last progress overview (ProgressRow)
        self.import_cancel: threading.Event | None = None
        self.heading = heading(self)
        self.banner = Banner(self)
        self.protection_line = plain_label(self)  # that it is on, never who used it
        self.problems = []  # the last integrity check's errors (LocalStateTampered)
        self.integrity = plain_label(self)  # stays until the problems are gone
        self.integrity.setObjectName("integrityProblems")
        self.integrity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.integrity.setMargin(8)
        style.set_colors(self.integrity, fg=style.BANNER["error"][0],
                         bg=style.BANNER["error"][1])
        self.integrity.hide()
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.import_label = plain_label(self, wrap=False)
        self.progress = QProgressBar(self)
        self.cancel_import = QPushButton(self)
        self.cancel_import.clicked.connect(self.stop_import)
        self.importing = QWidget(self)
        row = QHBoxLayout(self.importing)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.import_label)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_import)
        self.importing.hide()
        self.commands = {
            "logout": Command(self, ["Ctrl+L"], self.logOut.emit),
            "refresh": Command(self, ["F5"], self.refresh),
            "add": Command(self, ["Ctrl+N"], self.add_annotator),
            "import": Command(self, ["Ctrl+O"], self.import_package),
            "assign": Command(self, ["Ctrl+G"], self.assign_package),
            "publishers": Command(self, ["Ctrl+P"], self.edit_publishers),
            "settings": Command(self, ["Ctrl+,"], self.edit_settings),
            "reset": Command(self, ["Ctrl+R"], self.reset_password),
        }
        buttons = FlowLayout()
        for name in ("logout", "refresh", "add", "import", "assign", "publishers", "settings",
                     "reset"):
            buttons.addWidget(self.commands[name].button(self))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(self.heading)
        layout.addWidget(self.protection_line)
        layout.addWidget(self.integrity)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.importing)
        layout.addLayout(buttons)
        self.retranslate()

    def show_for(self, session) -> None:
        self.session = session
        self.refresh()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        # Only logging out (by hand or by the idle lock) hides this screen. Answers still
        # on their way (an import finishing, a list for a dialog) must not open a dialog
        # that acts for the supervisor on the start screen, nor fill the table for later.
        if not event.spontaneous():  # minimising the window is not logging out
            self.session = None
            self.rows = []
            self.table.setRowCount(0)
            self._show_problems([])
        super().hideEvent(event)

    # ---------------------------------------------------------------- progress counts
    def refresh(self) -> None:
        session = self.session
        if session is None:
            return
        self.tasks.run_db(lambda: (session.profile, session.progress_overview()),
                          on_done=self._loaded, on_error=self._error, owner=self)
        self.tasks.run_db(session.integrity_problems, on_done=self._checked,
                          on_error=self._error, owner=self)

    def _checked(self, problems) -> None:
        if self.session is not None:  # not for a supervisor who logged out meanwhile
            self._show_problems(problems)

    def _show_problems(self, problems) -> None:
        """Each problem as its translated sentence (package ids and profile names only:
        never an item, an amount or a reason); hidden when there are none."""
        self.problems = list(problems)
        self.integrity.setText("\n\n".join(fmt.error_text(p) for p in self.problems))
        self.integrity.setVisible(bool(self.problems))

    def _loaded(self, result) -> None:
        profile, rows = result
        self.rows = rows
        self._profile = profile
        self._show_heading()
        self.table.setRowCount(len(rows))
        for n, row in enumerate(rows):
            cells = (row.profile.display_name, fmt.pick(row.title, row.package_id),
                     fmt.number(row.done), fmt.number(row.skipped), fmt.number(row.left))
            for column, text in enumerate(cells):
                self.table.setItem(n, column, QTableWidgetItem(text))

    def _show_heading(self) -> None:
        role = self.tr("Office supervisor")
        name = getattr(getattr(self, "_profile", None), "display_name", "").strip()
        same = name.casefold() in {role.casefold(), "office supervisor", ""}
        self.heading.setText(role if same else self.tr("Office supervisor: %1").replace(
            "%1", name))

    def _error(self, exc: BaseException) -> None:
        self.banner.show_message(lambda: fmt.error_text(exc), key="error")

    def _done(self, message: str) -> None:
        self.banner.show_message(message, kind="ok", key="done")
        self.refresh()

    # ---------------------------------------------------------------- profiles
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

    def reset_password(self) -> None:
        session = self.session
        self.tasks.run_db(session.profiles, on_done=self._ask_reset, on_error=self._error,
                          owner=self)

    def _ask_reset(self, profiles) -> None:
        if self.session is None:
            return  # logged out meanwhile
        dialog = ResetPasswordDialog(self.tasks, profiles, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        session, fields = self.session, dialog.fields()
        self.tasks.run_db(lambda: session.reset_password(**fields), owner=self,
                          on_error=self._error, on_done=lambda _r: self._done(self.tr(
                              "The new password is set. All the work of this profile is "
                              "kept.")))

    # ---------------------------------------------------------------- trusted publishers
    def edit_publishers(self) -> None:
        session = self.session
        self.tasks.run_db(session.publishers, on_done=self._show_publishers,
                          on_error=self._error, owner=self)

    def _show_publishers(self, publishers) -> None:
        if self.session is None:
            return  # logged out meanwhile
        dialog = PublishersDialog(self.tasks, publishers, self)
        session = self.session

        def changed(message: str):
            def done(found) -> None:
                dialog.set_publishers(found)
                self.banner.show_message(message, kind="ok", key="done")
            return done

        def install() -> None:
            name, key = dialog.name.text().strip(), dialog.key.value()

            def work():
                session.install_publisher(name=name, public_key_text=key)
                return session.publishers()

            self.tasks.run_db(work, owner=dialog, on_error=self._error, on_done=changed(
                self.tr("The publisher key was added.")))
            dialog.name.clear()
            dialog.key.text.clear()

        def remove() -> None:
            key = dialog.selected_key()
            if key is None:
                return
            answer = QMessageBox.question(
                dialog, self.tr("Remove a trusted publisher"),
                self.tr("Remove this publisher key? Packages signed with it can then no "
                        "longer be imported.\n\n%1").replace("%1", key),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return

            def work():
                session.remove_publisher(public_key_text=key)
                return session.publishers()

            self.tasks.run_db(work, owner=dialog, on_error=self._error, on_done=changed(
                self.tr("The publisher key was removed.")))

        dialog.install.clicked.connect(install)
        dialog.remove.clicked.connect(remove)
        dialog.exec()

    # ---------------------------------------------------------------- office settings
    def edit_settings(self) -> None:
        session = self.session
        self.tasks.run_db(session.office_settings, on_done=self._show_settings,
                          on_error=self._error, owner=self)

    def _show_settings(self, settings) -> None:
        if self.session is None:
            return  # logged out meanwhile
        dialog = OfficeSettingsDialog(self.tasks, settings, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.changes():
            return
        session, changes = self.session, dialog.changes()

        def save():
            for key, value in changes.items():  # each is checked; a refusal stops here
                session.set_office_setting(key, value)

        self.tasks.run_db(save, owner=self, on_error=self._error, on_done=lambda _r: self._done(
            self.tr("The office settings are saved.")))

    # ---------------------------------------------------------------- packages
    def import_package(self) -> None:
        path = files.open_file(self, self.tr("Import a task package"),
                               self.tr("Task packages (*.marika)"))
        if path:
            self.start_import(path)

    def start_import(self, path: str) -> None:
        if self.import_cancel is not None:
            return  # one import at a time
        session = self.session
        cancel = self.import_cancel = threading.Event()
        self.banner.dismiss()  # an old error must not stand over this import
        self.progress.setRange(0, 0)  # busy until the first count arrives
        self.import_label.setText(self.tr("Importing the package…"))
        self.cancel_import.setEnabled(True)
        self.importing.show()

        def work(task):
            summary = session.import_package(path, progress=task.progress,
                                             cancelled=cancel.is_set)
            return summary, [p for p in session.profiles() if p.role == "annotator"]

        # Cancelling goes through our own flag, not the task's: the result (or the
        # "cancelled" refusal) always comes back, so the screen never stays half-busy.
        self.tasks.run_db(work, pass_task=True, on_done=self._imported,
                          on_error=self._import_failed, on_progress=self._import_progress,
                          owner=self)

    def _import_progress(self, done: int, total: int | None) -> None:
        if total:  # bytes; shown in thousandths, as a big package overflows Qt's int
            self.progress.setRange(0, PROGRESS_STEPS)
            self.progress.setValue(min(PROGRESS_STEPS, done * PROGRESS_STEPS // total))

    def stop_import(self) -> None:
        if self.import_cancel is not None:
            self.import_cancel.set()
            self.cancel_import.setEnabled(False)
            self.import_label.setText(self.tr("Stopping the import…"))

    def _import_finished(self) -> None:
        self.import_cancel = None
        self.importing.hide()

    def _import_failed(self, exc: BaseException) -> None:
        self._import_finished()
        if getattr(exc, "reason", "") == "cancelled":
            self.banner.show_message(lambda: fmt.error_text(exc), kind="info", key="done")
        else:
            self._error(exc)

    def _imported(self, result) -> None:
        self._import_finished()
        if self.session is None:
            return  # logged out meanwhile: the package is imported, assign it later
        summary, annotators = result
        dialog = AssignDialog(annotators, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self._done(self.tr("The package was imported."))
            return
        self._save_assignment(summary.package_pk, dialog.chosen(), set(), self.tr(
            "The package was imported and assigned."))

    def assign_package(self) -> None:
        session = self.session
        self.tasks.run_db(lambda: (session.packages(), session.profiles()),
                          on_done=self._ask_assignment, on_error=self._error, owner=self)

    def _ask_assignment(self, result) -> None:
        if self.session is None:
            return  # logged out meanwhile
        packages, profiles = result
        if not packages:
            self.banner.show_message(lambda: self.tr("Import a package first."), kind="info",
                                     key="done")
            return
        assigned: dict[int, set] = {}
        for row in self.rows:
            assigned.setdefault(row.package_pk, set()).add(row.profile.id)
        annotators = [p for p in profiles if p.role == "annotator"]
        dialog = AssignDialog(annotators, self, packages=packages, assigned=assigned)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        package_pk = dialog.package_pk()
        self._save_assignment(package_pk, dialog.chosen(), assigned.get(package_pk, set()),
                              self.tr("The assignments are saved."))

    def _save_assignment(self, package_pk: int, chosen: list[str], before: set,
                         message: str) -> None:
        session = self.session

        def save():
            for profile_id in chosen:
                session.assign(package_pk=package_pk, profile_id=profile_id)
            for profile_id in before - set(chosen):  # their work stays; only access ends
                session.unassign(package_pk=package_pk, profile_id=profile_id)

        self.tasks.run_db(save, owner=self, on_error=self._error,
                          on_done=lambda _r: self._done(message))

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Annotator"), self.tr("Package"),
                                              self.tr("Done"), self.tr("Skipped"),
                                              self.tr("Left")])
        self.protection_line.setText(self.tr(
            "Protection from harmful content is on for every annotator: items with content "
            "warnings stay hidden until shown, each annotator can set a daily limit, and "
            "breaks are suggested. Who uses it stays private."))
        self.cancel_import.setText(self.tr("Cancel the import"))
        self._show_problems(self.problems)
        self._show_heading()
        for name, text in (("add", self.tr("Add an annotator…")),
                           ("import", self.tr("Import a package…")),
                           ("assign", self.tr("Assign a package…")),
                           ("publishers", self.tr("Trusted publishers…")),
                           ("settings", self.tr("Office settings…")),
                           ("reset", self.tr("Reset a password…")),
                           ("refresh", self.tr("Refresh")), ("logout", self.tr("Log out"))):
            self.commands[name].set_label(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
