"""labelme, the nearest desktop peer, measured in its own interpreter.

labelme needs PyQt5 and onnxruntime (about 725 MB), so it never goes into Marika's
virtualenv: it lives in a virtualenv of its own (`scripts/bootstrap.sh --labelme` makes
`.venv-labelme`), and this file runs under that interpreter, started with `-I` so that
neither this folder nor PYTHONPATH is on its path. It imports only the standard library,
PyQt5 and labelme: nothing of Marika, nothing of the benchmarks package.

  PYTHON -I labelme_probe.py start            labelme's own entry point until its main
                                              window is painted: "painted RSS_MiB"
  PYTHON -I labelme_probe.py next DIR N W H   `labelme DIR`, the window W x H, then its
                                              Next Image key (D) N-1 times, each until
                                              the image is painted: "next MS MS ..."
  PYTHON -I labelme_probe.py memory DIR N     the same for N images (first one included),
                                              then "rss RSS_MiB"

labelme makes its QApplication and main window inside `labelme.__main__.main()` and then
calls `app.exec_()`; the probe hooks `exec_` to take over once the event loop runs, as a
user would: the window is found among the top-level widgets, keys go through Qt's
shortcut map. The parent times `start` from the process start (benchmarks/peer.py).
"""

from __future__ import annotations

import gc
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _rss() -> float:
    """Resident MiB now (as probe.status_mib(); this file cannot import it: other
    interpreter)."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _run_labelme(args: list[str], then) -> int:
    """labelme's own main() with `args`; `then(window)` runs once its main window shows,
    inside the event loop, and quits the application when it returns."""
    import labelme.__main__ as entry
    from PyQt5 import QtCore, QtWidgets

    failure: list[BaseException] = []

    def visible_main_window():
        return next((w for w in QtWidgets.QApplication.topLevelWidgets()
                     if w.isVisible() and isinstance(w, QtWidgets.QMainWindow)), None)

    def poll() -> None:
        window = visible_main_window()
        if window is None:
            QtCore.QTimer.singleShot(1, poll)
            return
        try:
            then(window)
        except BaseException as exc:  # reported after the event loop, with its cause
            failure.append(exc)
        QtWidgets.QApplication.instance().quit()

    real_exec = QtWidgets.QApplication.exec_  # static in PyQt5

    def hooked_exec() -> int:
        QtCore.QTimer.singleShot(0, poll)
        return real_exec()

    QtWidgets.QApplication.exec_ = staticmethod(hooked_exec)
    sys.argv = ["labelme", *args]
    try:
        entry.main()
    except SystemExit as exc:
        if failure:
            raise failure[0] from None
        return int(exc.code or 0)
    if failure:
        raise failure[0]
    return 0


def start() -> int:
    def painted(window) -> None:
        window.repaint()
        print(f"painted {_rss():.1f}", flush=True)

    return _run_labelme([], painted)


def _browse(window, count: int, size: tuple[int, int] | None) -> list[float]:
    """Press labelme's Next Image key (D) until `count` images have been shown; the
    seconds from each key press to the next image painted."""
    from PyQt5 import QtCore, QtWidgets
    from PyQt5.QtTest import QTest

    app = QtWidgets.QApplication.instance()
    if size is not None:
        window.resize(*size)
    window.activateWindow()
    deadline = time.perf_counter() + 30
    while not window.isActiveWindow():  # window shortcuts need the active window
        app.processEvents()
        if time.perf_counter() > deadline:
            raise RuntimeError("labelme's window never became active")
    files = window._docks.file_list  # labelme 6: the file list dock
    if files.count() < count:
        raise RuntimeError(f"labelme lists {files.count()} images, {count} wanted")
    app.processEvents()
    window.repaint()
    took = []
    for _ in range(count - 1):
        before = window._image_path
        row = files.currentRow()
        start = time.perf_counter()
        QTest.keyClick(QtWidgets.QApplication.focusWidget() or window, QtCore.Qt.Key_D)
        app.processEvents()
        if files.currentRow() != row + 1 or window._image_path in (None, before):
            raise RuntimeError(f"the D key did not open the next image after row {row}")
        window.repaint()
        took.append(time.perf_counter() - start)
    return took


def next_image(folder: str, count: str, width: str, height: str) -> int:
    def browse(window) -> None:
        took = _browse(window, int(count), (int(width), int(height)))
        print("next " + " ".join(f"{t * 1000:.3f}" for t in took), flush=True)

    return _run_labelme([folder], browse)


def memory(folder: str, count: str) -> int:
    def browse(window) -> None:
        _browse(window, int(count), None)
        gc.collect()
        print(f"rss {_rss():.1f}", flush=True)

    return _run_labelme([folder], browse)


def main(argv: list[str]) -> int:
    what, *args = argv
    return {"start": start, "next": next_image, "memory": memory}[what](*args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
