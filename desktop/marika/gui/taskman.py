"""The one background-task helper (after Anki's qt/aqt/taskman.py).

Two executors:
- `run_db`: ONE serial thread for everything that touches the data folder through the
  facade (opening the office, logging in, saves, reads). SQLite connections are per
  thread in peewee, so the office is opened on this thread and only ever used from it;
  being serial, saves commit in the order the worker made them.
- `run_io`: a small pool for file reading and media decoding that needs no database.
- `run_net`: network and USB transfers (sync), which may take minutes on 2G or sit
  paused; the facade's transfer calls open a connection of their own thread for the
  call (marika.sync_session), so they never hold up the serial database thread.

Results, errors and progress come back on the GUI thread through a queued signal.
Worker functions never touch widgets. A task can be cancelled: it sets a flag the
worker function polls (`task.cancelled()`), as in Orange3's concurrent helpers.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from shiboken6 import isValid

from .collector import collect_on_gui_thread

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 0.05  # at most 20 progress updates a second reach the GUI


class Task:
    """Handle of one background call: cancel it, or report progress from the worker."""

    def __init__(self, manager: TaskManager, on_progress: Callable | None) -> None:
        self._manager = manager
        self._on_progress = on_progress
        self._cancel = threading.Event()
        self._last_progress = 0.0
        self.future: Future | None = None

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, done: int, total: int | None = None) -> None:
        """Called from the worker; delivered to `on_progress(done, total)` on the GUI thread."""
        if self._on_progress is None or not self._due(total is not None and done >= total):
            return
        callback = self._on_progress
        self._manager.run_on_main(lambda: callback(done, total))

    def report(self, value: Any, *, final: bool = False) -> None:
        """Progress of any other shape (a sync transfer's), delivered to
        `on_progress(value)` on the GUI thread, throttled like `progress`."""
        if self._on_progress is None or not self._due(final):
            return
        callback = self._on_progress
        self._manager.run_on_main(lambda: callback(value))

    def _due(self, final: bool) -> bool:
        """At most one update per PROGRESS_INTERVAL_S, and always the final one."""
        now = time.monotonic()
        if not final and now - self._last_progress < PROGRESS_INTERVAL_S:
            return False
        self._last_progress = now
        return True

    def done(self) -> bool:
        return self.future is not None and self.future.done()


class TaskManager(QObject):
    """Create one on the GUI thread; call `shutdown()` before the app quits."""

    _closures_pending = Signal()
    #: errors of tasks that gave no on_error (the main window shows them in its banner)
    error = Signal(object)

    def __init__(self, parent: QObject | None = None, *, io_workers: int = 2) -> None:
        super().__init__(parent)
        # Its workers run Python: a cycle collection they started would free widgets on
        # the wrong thread (gui/collector.py).
        collect_on_gui_thread()
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="marika-db")
        self._io = ThreadPoolExecutor(max_workers=io_workers, thread_name_prefix="marika-io")
        # Two: a paused upload holds one thread, a USB export can still use the other.
        self._net = ThreadPoolExecutor(max_workers=2, thread_name_prefix="marika-net")
        self._closures: list[Callable[[], None]] = []
        self._lock = threading.Lock()
        self._tasks: set[Task] = set()
        self._closed = False
        # Always queued: a task that finishes before run_db() returns must not call back
        # into the caller synchronously, and worker threads must never run GUI code.
        self._closures_pending.connect(self._run_closures, Qt.ConnectionType.QueuedConnection)

    # ------------------------------------------------------------------ running
    def run_db(self, fn: Callable[..., Any], *, on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None,
               on_progress: Callable[[int, int | None], None] | None = None,
               pass_task: bool = False, owner: QObject | None = None) -> Task:
        """Run `fn()` (or `fn(task)` with pass_task) on the serial database thread."""
        return self._submit(self._db, fn, on_done=on_done, on_error=on_error,
                            on_progress=on_progress, pass_task=pass_task, owner=owner)

    def run_io(self, fn: Callable[..., Any], *, on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None,
               on_progress: Callable[[int, int | None], None] | None = None,
               pass_task: bool = False, owner: QObject | None = None) -> Task:
        """Run `fn()` on the I/O pool: file reading and decoding, never the database."""
        return self._submit(self._io, fn, on_done=on_done, on_error=on_error,
                            on_progress=on_progress, pass_task=pass_task, owner=owner)

    def run_net(self, fn: Callable[..., Any], *, on_done: Callable[[Any], None] | None = None,
                on_error: Callable[[BaseException], None] | None = None,
                on_progress: Callable[[Any], None] | None = None,
                pass_task: bool = False, owner: QObject | None = None) -> Task:
        """Run `fn()` on the network pool: sync transfers, never plain facade calls."""
        return self._submit(self._net, fn, on_done=on_done, on_error=on_error,
                            on_progress=on_progress, pass_task=pass_task, owner=owner)

    def _submit(self, executor, fn, *, on_done, on_error, on_progress, pass_task,
                owner) -> Task:
        task = Task(self, on_progress)
        if self._closed:
            task.cancel()
            return task
        self._tasks.add(task)

        def call():
            if task.cancelled():
                return None
            return fn(task) if pass_task else fn()

        def finished(future: Future) -> None:
            self.run_on_main(lambda: self._deliver(task, future, on_done, on_error, owner))

        task.future = executor.submit(call)
        task.future.add_done_callback(finished)
        return task

    def _deliver(self, task: Task, future: Future, on_done, on_error, owner) -> None:
        self._tasks.discard(task)
        if owner is not None and not isValid(owner):
            return  # the widget that asked is gone
        if future.cancelled():
            return
        exc = future.exception()
        if exc is not None:
            if not _is_user_error(exc):
                log.error("background task failed", exc_info=exc)
            if on_error is not None:
                on_error(exc)
            else:
                self.error.emit(exc)
            return
        if task.cancelled():
            return
        if on_done is not None:
            on_done(future.result())

    # ------------------------------------------------------------------ GUI thread
    def run_on_main(self, closure: Callable[[], None]) -> None:
        """Queue `closure` to run on the GUI thread (safe to call from any thread)."""
        with self._lock:
            self._closures.append(closure)
        self._closures_pending.emit()

    def _run_closures(self) -> None:
        with self._lock:
            closures, self._closures = self._closures, []
        for closure in closures:
            try:
                closure()
            except Exception:  # a GUI callback bug must not kill the event loop
                log.exception("error in a task callback")

    # ------------------------------------------------------------------ state
    def busy(self) -> bool:
        """True while any task is queued, running, or its result not yet delivered."""
        return bool(self._tasks)

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    def shutdown(self, *, run_last: Callable[[], None] | None = None) -> None:
        """Cancel what can be cancelled, let running work finish, then stop the threads.

        `run_last` runs on the database thread after every queued save (e.g. closing the
        office), so nothing the worker was promised is dropped.
        """
        if self._closed:
            return
        self._closed = True  # queued database work still runs: saves are never dropped
        # Transfers first (their owners cancel them before this): their connections must
        # be closed before run_last closes the office.
        self._net.shutdown(wait=True, cancel_futures=True)
        if run_last is not None:
            self._db.submit(run_last)
        self._db.shutdown(wait=True)
        self._io.shutdown(wait=True, cancel_futures=True)
        self._run_closures()


def _is_user_error(exc: BaseException) -> bool:
    from marika.core.errors import MarikaError

    return isinstance(exc, MarikaError)
