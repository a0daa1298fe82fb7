"""The start screen: first-start supervisor set-up, or choosing a profile and logging in.

Logging in runs the password KDF (a quarter second or more on purpose) on the database
thread, so the window keeps painting; errors are shown as one translated sentence under
the form. Up to MAX_LISTED_PROFILES profiles are listed to pick from; an office with more
asks for the user name instead (a long list is slow to search and shows everyone's name
to whoever walks by). After an idle lock the same profile is chosen, with a notice.
The set-up page (gui/setup_page.py) is loaded only by an office that needs it.

At a start the log-in page first shows what the roster read (`preview`, marika/roster.py)
while the office opens; `show_for` then checks it against the office and leaves the page
as it is when they agree, so nothing the worker already typed is lost. A log-in or a
password change asked for before the office is open waits for it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from . import fmt
from .item_parts import error_label, heading

MAX_LISTED_PROFILES = 12


class LoginPage(QWidget):
    """Pick your profile (or type your user name), then your password."""

    submitted = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading(self, 1.5)
        self.list_label = QLabel(self)
        self.profiles = QListWidget(self)
        self.profiles.setMaximumWidth(360)
        self.username_label = QLabel(self)
        self.username = QLineEdit(self)
        self.password_label = QLabel(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label(self)
        self.notice = QLabel(self)  # "Marika locked itself...": calm, not an error
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.button = QPushButton(self)
        self.button.setDefault(True)
        self.listed = True
        self.username_label.setBuddy(self.username)
        self.password_label.setBuddy(self.password)

        right = QVBoxLayout()
        for widget in (self.notice, self.username_label, self.username, self.password_label,
                       self.password, self.error):
            right.addWidget(widget)
        right.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        self.change_password = QPushButton(self)
        self.change_password.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        right.addWidget(self.change_password, 0, Qt.AlignmentFlag.AlignRight)
        right.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.list_label)
        left.addWidget(self.profiles, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(24)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(columns, 1)

        self.profiles.currentItemChanged.connect(self._picked)
        self.profiles.itemActivated.connect(lambda _item: self.password.setFocus())
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self._submit)
        self.button.clicked.connect(self._submit)
        self.retranslate()

    def set_profiles(self, profiles, *, chosen: str | None = None) -> None:
        """List the profiles to pick from, or (none, or too many) ask for a user name."""
        self.profiles.clear()
        self.listed = 0 < len(profiles) <= MAX_LISTED_PROFILES
        if self.listed:
            for profile in profiles:
                item = QListWidgetItem(f"{profile.display_name}  ({profile.username})")
                item.setData(Qt.ItemDataRole.UserRole, profile.username)
                self.profiles.addItem(item)
            names = [p.username for p in profiles]
            self.profiles.setCurrentRow(names.index(chosen) if chosen in names else 0)
        else:
            self.username.setText(chosen or "")
        self.list_label.setVisible(self.listed)
        self.profiles.setVisible(self.listed)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def first_field(self) -> QLineEdit:
        """Where typing starts: the password once a profile is chosen, else the name."""
        return self.password if self.username.text().strip() else self.username

    def _picked(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.username.setText(item.data(Qt.ItemDataRole.UserRole))
            self.password.clear()
            self.error.clear()

    def _submit(self) -> None:
        if not self.username.text().strip():
            self.error.setText(self.tr("Please choose your profile or type your user name."))
            return
        if not self.password.text():
            self.error.setText(self.tr("Please type your password."))
            self.password.setFocus()
            return
        self.error.clear()
        self.submitted.emit(self.username.text().strip(), self.password.text())

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Who is working?"))
        self.list_label.setText(self.tr("Profiles on this computer (arrows to choose):"))
        self.username_label.setText(self.tr("&User name:"))
        self.password_label.setText(self.tr("&Password:"))
        self.button.setText(self.tr("Log in (Enter)"))
        self.change_password.setText(self.tr("Change my password…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class StartScreen(QWidget):
    """Asks the facade what to show, and reports a session once someone is logged in."""

    logged_in = Signal(object)  # AnnotatorSession (Workspace) or SupervisorSession
    set_up = Signal(object, object)  # SupervisorSession, recovery key text (or None)
    shown = Signal()  # the set-up or log-in page is up, as the office's state asks

    def __init__(self, tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.office = None
        self._notice = None  # makes the log-in notice, again after a language change
        self._previewed = None  # what preview() put on the page, until show_for checks it
        self._waiting = None  # an action asked for before the office was open
        self.stack = QStackedWidget(self)
        self._setup_page = None  # built when an office without a supervisor shows it
        self.login_page = LoginPage(self)
        self.stack.addWidget(self.login_page)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(80, 40, 80, 20)
        outer.addWidget(self.stack, 1)
        outer.addWidget(self.status)
        self.login_page.submitted.connect(self._login)
        self.login_page.change_password.clicked.connect(self.change_password)

    @property
    def setup_page(self):
        """The first-start page (gui/setup_page.py), built the first time it is asked for:
        only an office without a supervisor shows it."""
        if self._setup_page is None:
            from .setup_page import SetupPage

            self._setup_page = SetupPage(self)
            self._setup_page.submitted.connect(self._setup)
            self.stack.insertWidget(0, self._setup_page)
        return self._setup_page

    # ---------------------------------------------------------------- showing
    def show_for(self, office, *, locked: str | None = None, idle_minutes: int = 0) -> None:
        """Ask the office whether it needs set-up, then show the right page.

        `locked`: the user name of a profile the idle lock just closed; it is chosen
        again, with a notice that its work is saved."""
        self.office = office
        self._notice = None
        if locked is not None:
            self._notice = lambda: self.tr(
                "Marika locked itself after %n minute(s) without use. Your work is saved. "
                "Type your password to continue.", "", idle_minutes)
        self._show_notice()
        self.login_page.error.clear()
        self.tasks.run_db(lambda: (office.needs_setup(), office.list_profiles(),
                                   office.last_username()),
                          on_done=lambda state: self._show_state(state, locked),
                          on_error=self._failed, owner=self)

    def preview(self, roster) -> None:
        """The log-in page from the roster, while the office opens (show_for follows)."""
        self.office = None
        self._show_state((roster.needs_setup, list(roster.profiles), roster.last_username))
        self._previewed = self._page_key(roster.profiles, roster.last_username)

    def _show_state(self, state, locked: str | None = None) -> None:
        needs_setup, profiles, last = state
        previewed, self._previewed = self._previewed, None
        if needs_setup:
            self.stack.setCurrentWidget(self.setup_page)
            self.setup_page.username.setFocus()
        elif previewed is not None and locked is None and previewed == self._page_key(
                profiles, last) and self.stack.currentWidget() is self.login_page:
            pass  # the office agrees with the roster: the page, and what is typed, stay
        else:
            # The person the idle lock logged out, else (when names are listed anyway) the
            # last one who used this PC; with many profiles no name is shown to passers-by.
            listed = 0 < len(profiles) <= MAX_LISTED_PROFILES
            self.login_page.set_profiles(profiles, chosen=locked or (last if listed else None))
            self.login_page.password.clear()
            self.stack.setCurrentWidget(self.login_page)
            self.login_page.first_field().setFocus()
        self.shown.emit()
        waiting, self._waiting = self._waiting, None
        if waiting is not None and self.office is not None:
            waiting()

    @staticmethod
    def _page_key(profiles, last: str) -> tuple:
        return tuple((p.username, p.display_name) for p in profiles), last

    def _when_open(self, action) -> bool:
        """False once the office is open; else `action` runs when it is (the page came
        from the roster a moment before) and the page says it is opening."""
        if self.office is not None:
            return False
        self._waiting = action
        self._busy(True, self.tr("Opening your profile…"))
        return True

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def _show_notice(self) -> None:
        self.login_page.show_notice(self._notice() if self._notice else "")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._show_notice()
        super().changeEvent(event)

    # ---------------------------------------------------------------- actions
    def _busy(self, busy: bool, text: str = "") -> None:
        if self._setup_page is not None:
            self._setup_page.button.setEnabled(not busy)
        self.login_page.button.setEnabled(not busy)
        self.status.setText(text)

    def _login(self, username: str, password: str) -> None:
        if self._when_open(lambda: self._login(username, password)):
            return
        office = self.office
        self._busy(True, self.tr("Opening your profile…"))
        self.tasks.run_db(lambda: office.login(username=username, password=password),
                          on_done=self._logged_in, on_error=self._failed, owner=self)

    def change_password(self) -> None:
        page = self.login_page
        username = page.username.text().strip()
        if not username:
            page.error.setText(self.tr("Please choose your profile or type your user name."))
            return
        from .dialogs import ChangePasswordDialog

        dialog = ChangePasswordDialog(username, self)
        if dialog.exec() != ChangePasswordDialog.DialogCode.Accepted:
            return
        self._change_password({"username": username, "current_password": dialog.current.text(),
                               "new_password": dialog.new.text()})

    def _change_password(self, fields: dict) -> None:
        if self._when_open(lambda: self._change_password(fields)):
            return
        office = self.office
        self._busy(True, self.tr("Setting your new password…"))
        self.tasks.run_db(lambda: office.change_password(**fields), owner=self,
                          on_done=lambda _r: self._password_changed(), on_error=self._failed)

    def _password_changed(self) -> None:
        self._busy(False)
        self.login_page.error.clear()
        self._notice = lambda: self.tr("Your new password is set. Use it from now on.")
        self._show_notice()
        self.login_page.password.setFocus()

    def _logged_in(self, session) -> None:
        self._busy(False)
        self.login_page.password.clear()
        self._notice = None
        self._show_notice()
        self.logged_in.emit(session)

    def _setup(self, fields: dict) -> None:
        office = self.office
        self._busy(True, self.tr("Creating the supervisor…"))
        self.tasks.run_db(lambda: office.setup(**fields), on_done=self._was_set_up,
                          on_error=self._failed, owner=self)

    def _was_set_up(self, result) -> None:
        self._busy(False)
        session, recovery = result
        self.set_up.emit(session, recovery)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        page = self.stack.currentWidget()
        page.error.setText(fmt.error_text(exc))
        if page is self.login_page:
            self.login_page.password.clear()
            self.login_page.password.setFocus()
