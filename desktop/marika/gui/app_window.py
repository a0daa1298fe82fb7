"""The main window: one stack of screens, the menus, and who is logged in.

Screens: start (set-up / log-in), home, transparency card, item, supervisor. The window
only routes between them; each screen talks to the facade through the task helper.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QProgressBar, QStackedWidget, QVBoxLayout, QWidget

from . import fmt, i18n
from .banner import Banner
from .idle_lock import IdleLock
from .item_parts import plain_label, rescale_headings
from .reading_languages import ReadingMenu
from .start_screen import StartScreen

MIN_FONT_PT, MAX_FONT_PT = 8, 22
BUILD_AFTER_MS = 100


class MainWindow(QMainWindow):
    def __init__(self, tasks, *, data_dir, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.data_dir = data_dir
        self.office = None
        self.session = None
        self.base_font_pt = self.font().pointSizeF() or 10.0
        self.font_pt = self.base_font_pt
        self.tasks.error.connect(self.show_error)

        self.banner = Banner(self)
        self.stack = QStackedWidget(self)
        self.busy = QWidget(self)
        self.busy_label = plain_label(self.busy)
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy_bar = QProgressBar(self.busy)
        self.busy_bar.setMaximumWidth(500)
        busy_layout = QVBoxLayout(self.busy)
        busy_layout.addStretch(1)
        busy_layout.addWidget(self.busy_label)
        busy_layout.addWidget(self.busy_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        busy_layout.addStretch(2)
        self.start = StartScreen(tasks, self)
        self.supervisor = None  # built when a supervisor logs in (gui/supervisor_screen.py)
        self.idle_lock = IdleLock(tasks, self)  # gui/idle_lock.py: log out after no input
        self.idle_lock.idle.connect(self.lock_idle)
        for screen in (self.busy, self.start):
            self.stack.addWidget(screen)
        # The worker's screens are built once the log-in screen is up (_build_screens):
        # importing and building them first made the log-in screen wait for them.
        self.home = self.card = self.items = self.sync = self.sync_screen = self.pay = None
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.start.logged_in.connect(self.on_logged_in)
        self.start.set_up.connect(self.on_set_up)
        # The rest is built once the log-in (or set-up) page is up, while the worker
        # types their name: a log-in before then builds it at once (on_logged_in).
        self.start.shown.connect(lambda: QTimer.singleShot(BUILD_AFTER_MS, self._build_screens))
        self._build_menus()
        self.retranslate()
        self.resize(1366, 700)  # until fit_screen() (main.run) maximises it

    def _build_screens(self) -> None:
        """Home, card, item, send-and-receive and pay screens: built once, after the
        log-in screen has been shown (or at once when something needs them first)."""
        if self.home is not None:
            return
        from . import pay_screen, sync_screen
        from .card_screen import CardScreen
        from .home_screen import HomeScreen
        from .item_screen import ItemScreen

        tasks = self.tasks
        self.home = HomeScreen(tasks, self)
        self.card = CardScreen(tasks, self)
        self.items = ItemScreen(tasks, self)
        for screen in (self.home, self.card, self.items):
            self.stack.addWidget(screen)
        self.sync, self.sync_screen = sync_screen.install(self)  # send and receive
        self.pay = pay_screen.install(self)  # My pay (Ctrl+M on home and the item screen)
        self.home.openPackage.connect(self.open_package)
        self.home.showCard.connect(self.show_card)
        self.home.logOut.connect(self.log_out)
        self.card.acknowledged.connect(self.open_package)
        self.card.back.connect(self.show_home)
        self.items.goHome.connect(self.show_home)
        if self.font_pt != self.base_font_pt:
            rescale_headings(self.centralWidget(), self.font_pt)

    def fit_screen(self, available: QRect | None = None) -> None:
        """Open maximised on the available screen (`available`: a screen's free area, for
        tests), and let no mode make the window bigger than that screen."""
        area = available if available is not None else self.screen().availableGeometry()
        self.setMaximumSize(area.size())
        if available is None:
            self.showMaximized()
        else:
            self.setGeometry(area)
            self.show()

    # ---------------------------------------------------------------- menus
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.logout_action = self.file_menu.addAction("", self.log_out)
        self.quit_action = self.file_menu.addAction("", self.close)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.view_menu = bar.addMenu("")
        self.bigger = self._font_action(["Ctrl+=", "Ctrl++"], +1)
        self.smaller = self._font_action(["Ctrl+-"], -1)
        self.normal = self._font_action(["Ctrl+0"], 0)
        # The Language menu: the translations engineer may replace the actions; each
        # one calls i18n.switch_language(code), which retranslates every open widget.
        self.language_menu = bar.addMenu("")
        self.language_actions = {}
        for code, name in (("mg", "Malagasy"), ("fr", "Français"), ("en", "English")):
            action = self.language_menu.addAction(name, lambda c=code: self.set_language(c))
            action.setCheckable(True)
            self.language_actions[code] = action
        self.language_menu.addSeparator()
        self.reading_menu = ReadingMenu(self, self.language_menu)  # "I also read"
        # Help: the guided tour of the item screen (its key, Shift+F1, is the screen's own;
        # "\t" only shows it here, so the two never fight over the key).
        self.help_menu = bar.addMenu("")
        self.tour_action = self.help_menu.addAction("", self.open_tour)
        self.help_menu.aboutToShow.connect(
            lambda: self.tour_action.setEnabled(self.stack.currentWidget() is self.items))

    def _font_action(self, keys: list[str], step: int) -> QAction:
        action = self.view_menu.addAction("", lambda: self.change_font(step))
        action.setShortcuts([QKeySequence(k) for k in keys])
        return action

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Marika"))
        self.file_menu.setTitle(self.tr("&Marika"))
        self.logout_action.setText(self.tr("Log out"))
        self.quit_action.setText(self.tr("Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.bigger.setText(self.tr("Bigger text"))
        self.smaller.setText(self.tr("Smaller text"))
        self.normal.setText(self.tr("Normal text size"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.tour_action.setText(self.tr("Guided tour of this screen\tShift+F1"))
        for code, action in self.language_actions.items():
            action.setChecked(code == fmt.language())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open_tour(self) -> None:
        if self.items is not None and self.stack.currentWidget() is self.items:
            self.items.tour.start()

    # ---------------------------------------------------------------- language and font
    def set_language(self, code: str) -> None:
        i18n.switch_language(code)
        self.retranslate()
        session = self.session
        if session is not None and hasattr(session, "set_language"):
            self.tasks.run_db(lambda: session.set_language(code))

    def change_font(self, step: int) -> None:
        size = self.base_font_pt if step == 0 else self.font_pt + step
        self.apply_font(size)
        session = self.session
        if session is not None and hasattr(session, "set_preference"):
            self.tasks.run_db(lambda: session.set_preference("font_size", self.font_pt))

    def apply_font(self, size: float) -> None:
        self.font_pt = max(MIN_FONT_PT, min(MAX_FONT_PT, float(size)))
        font = self.centralWidget().font()
        font.setPointSizeF(self.font_pt)
        self.centralWidget().setFont(font)
        rescale_headings(self.centralWidget(), self.font_pt)

    # ---------------------------------------------------------------- routing
    def show_busy(self, text: str, *, done: int = 0, total: int | None = None) -> None:
        self.busy_label.setText(text)
        self.busy_bar.setVisible(total is not None)
        if total is not None:
            self.busy_bar.setRange(0, max(total, 1))
            self.busy_bar.setValue(done)
        self.stack.setCurrentWidget(self.busy)

    def preview_start(self, roster) -> None:
        """The log-in page from the roster, while the office opens (gui/main.py build)."""
        self.stack.setCurrentWidget(self.start)
        self.start.preview(roster)

    def show_start(self, office, **lock_notice) -> None:
        self.office = office
        self.session = None
        self.stack.setCurrentWidget(self.start)
        self.start.show_for(office, **lock_notice)

    def on_set_up(self, session, recovery) -> None:
        if recovery:
            from .dialogs import RecoveryKeyDialog  # once, when an office is set up

            RecoveryKeyDialog(recovery, self).exec()
        self.on_logged_in(session)

    def on_logged_in(self, session) -> None:
        self._build_screens()
        self.session = session
        self.banner.dismiss()
        self.idle_lock.start(session, self.office)
        if getattr(session, "role", "") == "supervisor":
            from .supervisor_screen import SupervisorScreen

            if self.supervisor is None:
                self.supervisor = SupervisorScreen(self.tasks, self)
                self.supervisor.logOut.connect(self.log_out)
                self.stack.addWidget(self.supervisor)
            self.stack.setCurrentWidget(self.supervisor)
            self.supervisor.show_for(session)
            return
        self.tasks.run_db(lambda: (session.language, session.preferences()),
                          on_done=self._apply_profile, owner=self)
        self.sync.start_for(session)  # probes, seals what is due, sends by itself
        self.show_home()

    def _apply_profile(self, result) -> None:
        language, prefs = result
        # Package texts missing in the interface language fall back to these.
        self.reading_menu.set_profile(self.session, language, prefs)
        if language and language != fmt.language():
            self.set_language(language)
        if prefs.get("font_size"):
            self.apply_font(prefs["font_size"])

    def show_home(self, message: str = "") -> None:
        if self.session is None:
            return
        self.stack.setCurrentWidget(self.home)
        self.home.show_for(self.session, message)

    def show_card(self, summary) -> None:
        self.stack.setCurrentWidget(self.card)
        self.card.show_for(self.session, summary)

    def open_package(self, summary) -> None:
        self.stack.setCurrentWidget(self.items)
        self.items.open_package(self.session, summary.package_pk)
        from . import sync_screen

        sync_screen.watch_saves(self.sync, self.items)  # automatic sealing after saves

    def log_out(self, *, locked: str | None = None) -> None:
        self._build_screens()
        self.idle_lock.stop()
        if self.stack.currentWidget() is self.items:
            self.items.go_home()  # queues the open item's last save before the session goes
        self.session = None
        self.sync.stop()
        self.reading_menu.reset()
        self.apply_font(self.base_font_pt)
        # The next person must not glimpse this profile's packages and pay on the home
        # screen while it loads theirs.
        self.home.ws = None
        self.home.table.setRowCount(0)
        self.pay.clear()
        for label in (self.home.greeting, self.home.totals):
            label.clear()
        if self.office is not None:
            notice = {"locked": locked, "idle_minutes": self.idle_lock.minutes} if locked else {}
            self.show_start(self.office, **notice)

    def lock_idle(self, username: str) -> None:
        """No input for the office's idle time: save, close the session, ask again."""
        if self.session is not None:
            self.log_out(locked=username)

    def show_error(self, exc: BaseException) -> None:
        self.banner.show_message(lambda: fmt.error_text(exc), key="error")

    # ---------------------------------------------------------------- closing
    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.items is not None and self.stack.currentWidget() is self.items:
            self.items.go_home()  # counts the last seconds and queues the last save
        office = self.office
        self.idle_lock.stop()
        self.office = self.session = None
        if self.sync is not None:
            self.sync.stop()  # a running upload stops at its next chunk
        self.tasks.shutdown(run_last=office.close if office is not None else None)
        super().closeEvent(event)
