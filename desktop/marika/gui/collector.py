"""Python's cycle collector runs on the GUI thread only.

CPython runs a collection in whichever thread happens to allocate past the threshold,
and the task manager's workers (gui/taskman.py) allocate a lot. Widgets and their Python
wrappers make reference cycles (a slot that is a lambda over `self`), so a screen or a
window that was let go is freed by the collector, and when that ran on the database
worker, Qt objects were destroyed on the wrong thread: their timers stayed registered
with the GUI thread's event loop, which later delivered a timer event to freed memory
(segmentation faults in QTimerInfoList::activateTimers during the GUI tests, measured:
collections started on marika-db, marika-io and marika-net while main windows of
earlier tests were garbage). The same holds for the app itself.

So automatic collection is turned off (from the moment the GUI package is imported, see
marika/gui/__init__.py) and a timer on the GUI thread collects each
generation once its count passes CPython's own threshold, as CPython would have done,
but always here (pyqtgraph's GarbageCollector does the same).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer
from shiboken6 import isValid

#: how often the counts are looked at; a collection of generation 0 takes well under 1 ms
INTERVAL_MS = 250

_installed: list[QObject] = []  # the one collector, owned by the QApplication


class _Collector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.timer = QTimer(self, interval=INTERVAL_MS, timeout=self.check)
        self.timer.start()

    def check(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):  # the oldest due one (it includes the younger ones)
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return


def collect_on_gui_thread() -> None:
    """Turn automatic collection off and collect from a timer on the GUI thread instead.
    Call on the GUI thread once the QApplication exists; calling again does nothing."""
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        raise RuntimeError("collect_on_gui_thread() belongs on the GUI thread")
    if not (_installed and isValid(_installed[0])):
        _installed[:] = [_Collector(app)]
    gc.disable()
