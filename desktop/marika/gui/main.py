"""Starting the app: `run(args)` is called by marika.cli with the parsed arguments.

Opening the data folder (and, with --demo, preparing the demo office) runs on the
database worker while the window already shows; errors such as "Marika is already open"
are shown in the window as a translated sentence.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from marika import paths

LOG_NAME = "marika.log"


class _LogFile(logging.Handler):
    """The rotating log file (1 MB, two older ones kept), opened at its first record.

    A start logs nothing before the log-in screen shows, so `logging.handlers` (which
    brings pickle, queue and sockets) is not imported for it."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None
        self._cannot_open = False

    def emit(self, record: logging.LogRecord) -> None:
        # Handler.handle holds this handler's lock here: the file is opened once.
        if self._file is None and not self._cannot_open:
            from logging.handlers import RotatingFileHandler

            try:
                self._file = RotatingFileHandler(self.path, maxBytes=1_000_000,
                                                 backupCount=2, encoding="utf-8")
            except OSError:
                self._cannot_open = True  # no log file where none can be written
                return
            self._file.setFormatter(self.formatter)
        if self._file is not None:
            self._file.emit(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def _setup_logging(data_dir: Path) -> None:
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    try:
        (data_dir / "logs").mkdir(parents=True, exist_ok=True)
        handlers.append(_LogFile(data_dir / "logs" / LOG_NAME))
    except OSError:
        pass
    logging.basicConfig(level=logging.INFO, handlers=handlers,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def resolve_data_dir(args) -> Path:
    explicit = getattr(args, "data_dir", None)
    if getattr(args, "demo", False) and not explicit:
        from .demo import demo_data_dir

        return demo_data_dir(portable=bool(getattr(args, "portable", False)))
    return paths.data_dir(explicit=explicit, portable=bool(getattr(args, "portable", False)))


def build(args, *, office_opener=None, demo_assets: Path | None = None,
          demo_password: str | None = None):
    """Create the task manager and window and start opening the office.

    Returns (window, tasks). Tests call this with a fast `office_opener`; `run` calls it
    with the defaults and then runs the event loop.
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from . import fmt, i18n
    from .taskman import TaskManager

    app = QApplication.instance()
    data_dir = resolve_data_dir(args)
    asked = getattr(args, "lang", None)
    i18n.switch_language(asked if asked in i18n.LANGUAGES else "mg")
    tasks = TaskManager(app)
    is_demo = bool(getattr(args, "demo", False))
    window = None  # built below, while the database worker opens the office

    def open_office(task):
        opener = office_opener
        if opener is None:
            # Imported here, on the database worker: the store (peewee) loads while the
            # GUI thread builds and paints the window.
            from marika.profiles import Office

            opener = Office.open
        office = opener(data_dir)
        if not asked:  # the office's own language, until someone logs in
            task.language = office.setting("language_default")
        if not is_demo:
            return office, None
        from . import demo  # only with --demo

        try:
            kwargs = {"language": fmt.language(), "assets": demo_assets}
            if demo_password:
                kwargs["password"] = demo_password
            return office, demo.prepare(office, task, **kwargs)
        except BaseException:
            office.close()
            raise

    def progress(done, total):
        window.show_busy(QCoreApplication.translate("MainWindow", "Importing the demo packages…"),
                         done=done, total=total)

    def opened(result):
        office, demo_result = result
        language = getattr(opening, "language", None)
        if language in i18n.LANGUAGES and language != fmt.language():
            window.set_language(language)
        for problem in getattr(demo_result, "problems", ()):
            window.show_error(problem)
        window.show_start(office)

    def failed(exc):
        window.show_busy(fmt.error_text(exc))

    opening = None

    def open_now():
        nonlocal opening
        opening = tasks.run_db(open_office, pass_task=True, on_done=opened, on_error=failed,
                               on_progress=progress)

    def previewed(roster):
        if peeked:
            return  # taken already, before the window showed (below)
        peeked.append(roster)
        if roster is None or roster.needs_setup:
            open_now()  # a new, migrating, held or unreadable store: the open tells
            return
        if not asked and roster.language_default in i18n.LANGUAGES \
                and roster.language_default != fmt.language():
            window.set_language(roster.language_default)
        window.preview_start(roster)
        # The store (peewee and what it imports, a quarter of the way to this page) loads
        # once the page is on screen, not in its way: the threads share one interpreter.
        after_paint.call(open_now)

    # Sent first: the worker reads who may log in (marika/roster.py) while this thread
    # imports and builds the window (the answers are delivered by the event loop, so
    # never before the window exists). A demo prepares its office in the open itself.
    peeked, peeking = [], None
    if is_demo:
        open_now()
    else:
        peeking = tasks.run_db(lambda: roster_peek(data_dir), on_done=previewed,
                               on_error=lambda _exc: open_now())
    from . import style
    from .after_paint import AfterPaint
    from .app_window import MainWindow

    style.apply(app)  # one visual system: palette, focus ring (gui/style.py)
    window = MainWindow(tasks, data_dir=data_dir)
    after_paint = AfterPaint(window)
    window.show_busy(QCoreApplication.translate("MainWindow", "Opening the data folder…"))
    if peeking is not None:
        _take_roster_before_showing(peeking, previewed)
    return window, tasks


#: How long the GUI thread waits for the roster before the window shows (a cold disk
#: takes longer: the page then follows the "Opening…" page, as the office's answers do)
ROSTER_WAIT_S = 0.05


def _take_roster_before_showing(peeking, previewed) -> None:
    """The roster needs a few milliseconds of the interpreter, which this thread held
    while it built the window: waiting for it here, before anything is shown, lets the
    worker finish, and the window's first paint is the log-in page instead of the
    "Opening…" page followed by it (measured: 3-4 ms of a 0.16 s start)."""
    try:
        found = peeking.future.result(timeout=ROSTER_WAIT_S)
    except Exception:  # noqa: BLE001 - too slow or failed: the task's own answer follows
        return
    previewed(found)


def roster_peek(data_dir: Path):
    """On the database worker: the log-in page's roster, without loading the store."""
    from marika.roster import peek

    return peek(data_dir)


def _icon_path() -> Path | None:
    """The bundle's copy (marika/icons) or the source tree's (assets/icons)."""
    import marika

    package_dir = Path(marika.__file__).resolve().parent
    for candidate in (package_dir / "icons" / "marika.png",
                      package_dir.parents[1] / "assets" / "icons" / "marika.png"):
        if candidate.is_file():
            return candidate
    return None


def run(args) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    data_dir = resolve_data_dir(args)
    _setup_logging(data_dir)
    if getattr(args, "demo", False):
        from .demo import DEMO_PASSWORD

        print(f"Marika demo office: {data_dir}")  # noqa: T201 - told to the person starting it
        print(f"Demo profiles: office (supervisor), rasoa, hery; password: {DEMO_PASSWORD}")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Marika")
    app.setOrganizationName("Marika")
    # Fusion with Marika's palette and focus ring (gui/style.py, applied in build()):
    # the same look on Windows and Linux.
    window, _tasks = build(args)
    from .after_paint import AfterPaint

    later = AfterPaint(window)
    window.start.shown.connect(lambda: later.call(_set_window_icon),
                               Qt.ConnectionType.SingleShotConnection)
    window.fit_screen()  # maximised on the available screen, never wider than it
    return int(app.exec())


def _set_window_icon() -> None:
    """The task bar tells Marika's window apart by its icon: set once the log-in page is
    painted, as QIcon's enums and the PNG were 2.5 ms of the start before it."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    icon = _icon_path()
    if icon is not None:
        QApplication.instance().setWindowIcon(QIcon(str(icon)))
