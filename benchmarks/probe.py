"""Fresh-process probes: start-up and memory are only meaningful in a new interpreter.

  python -m benchmarks.probe start-bare              a bare PySide6 window painted
  python -m benchmarks.probe start-marika DATA_DIR   Marika's log-in screen painted
  python -m benchmarks.probe memory-floor FOLDER N   a bare window showing N images
  python -m benchmarks.probe memory-marika DATA PK N the item screen after N images

Start probes print "painted RSS_MiB" once the window is painted (the parent times the
whole process from its start); memory probes print the resident MiB at the end.
labelme's probes run in labelme's own interpreter: benchmarks/labelme_probe.py.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MARIKA_GUIDED_TOUR", "0")


def _gui_package() -> None:
    """Load Marika's GUI package before anything of Qt, as the `marika` command does: its
    workaround for PySide6 6.12 on CPython 3.11, which drops a reference to None per void
    call (a long bare loop aborts without it), and its allocator tuning (gui/memory.py).
    The bare start window loads none of it: at start that is Marika's own cost."""
    import marika.gui  # noqa: F401


def status_mib(field: str = "VmRSS") -> float:
    """A memory figure of this process from /proc/self/status, in MiB (resident by
    default; "VmHWM" is the kernel's peak)."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def _report_when(condition, window_of) -> None:
    """Once `condition()` holds, paint the window, print the RSS and quit."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def check():
        if not condition():
            QTimer.singleShot(1, check)
            return
        window_of().repaint()
        print(f"painted {status_mib():.1f}", flush=True)  # noqa: T201
        QApplication.instance().quit()

    QTimer.singleShot(0, check)


def start_bare() -> int:
    from PySide6.QtWidgets import (
        QApplication,
        QLabel,
        QLineEdit,
        QMainWindow,
        QPushButton,
        QVBoxLayout,
        QWidget,
    )

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    body = QWidget()
    layout = QVBoxLayout(body)
    for widget in (QLabel("Name"), QLineEdit(), QLabel("Password"), QLineEdit(),
                   QPushButton("Log in")):
        layout.addWidget(widget)
    window.setCentralWidget(body)
    window.resize(1366, 740)
    window.show()
    _report_when(window.isVisible, lambda: window)
    return app.exec()


def start_marika(data_dir: str) -> int:
    """Marika's own entry point (marika.cli.main) until the log-in page is painted."""
    _gui_package()
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])

    def main_window():
        return next((w for w in QApplication.topLevelWidgets()
                     if w.inherits("QMainWindow") and w.isVisible()), None)

    def ready():
        window = main_window()
        start = getattr(window, "start", None)
        return (start is not None and window.stack.currentWidget() is start
                and start.current_page() is start.login_page
                and start.login_page.profiles.count() > 0)

    _report_when(ready, main_window)
    from marika.cli import main

    return main(["--data-dir", data_dir, "--lang", "en"]) if app else 1


def memory_floor(folder: str, count: str) -> int:
    _gui_package()
    from pathlib import Path

    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QApplication, QLabel

    from benchmarks.bench_gui import scaled_decode

    app = QApplication(sys.argv[:1])
    label = QLabel()
    label.resize(1366, 740)
    label.show()
    box = app.primaryScreen().size()
    for path in sorted(Path(folder).iterdir())[: int(count)]:
        label.setPixmap(QPixmap.fromImage(scaled_decode(path, (box.width(), box.height()))))
        label.repaint()
        app.processEvents()
    print(f"{status_mib():.1f}")  # noqa: T201
    return 0


def logged_in_bench(data_dir):
    """A Bench on an existing office, the annotator logged in on the database worker (as
    the app does): for probes that must start from a fresh process. (pathlib is imported
    here, not above: the start probes' floor must not pay for it.)"""
    _gui_package()
    from pathlib import Path

    from marika.cli import _without_unused_drivers

    _without_unused_drivers()  # as marika.cli.main does for the app

    from benchmarks.bench_gui import Bench, app
    from benchmarks.office import FAST_KDF_N, PASSWORD
    from marika.gui import style
    from marika.gui.taskman import TaskManager
    from marika.profiles import Office

    bench = Bench.__new__(Bench)
    bench.app, bench.tasks, bench.tmp = app(), TaskManager(), Path(data_dir)
    style.apply(bench.app)  # Marika's style and palette, as gui/main.py sets them

    def login():
        office = Office.open(Path(data_dir), kdf_n=FAST_KDF_N)
        return type("O", (), {"office": office, "data_dir": Path(data_dir),
                              "workspace": office.login(username="rasoa",
                                                        password=PASSWORD)})()
    bench.office = bench.on_db(login)
    return bench


def memory_marika(data_dir: str, package_pk: str, count: str) -> int:
    import gc

    from PySide6.QtCore import Qt

    from benchmarks.bench_gui import settle, to_next

    bench = logged_in_bench(data_dir)
    screen = bench.screen(int(package_pk))
    for _ in range(int(count) - 1):
        settle(bench, screen)
        to_next(screen, Qt.Key.Key_PageDown)
    settle(bench, screen)
    gc.collect()
    print(f"{status_mib():.1f}")  # noqa: T201
    return 0


def main(argv: list[str]) -> int:
    what, *args = argv
    return {"start-bare": start_bare, "start-marika": start_marika,
            "memory-floor": memory_floor, "memory-marika": memory_marika}[what](*args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
