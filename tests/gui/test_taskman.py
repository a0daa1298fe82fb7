"""The background-task helper: results, errors and progress arrive on the GUI thread."""

import threading
import time

import pytest

from marika.core.errors import MarikaError

pytestmark = pytest.mark.gui


def test_result_arrives_on_gui_thread(qtbot, tasks):
    seen = {}

    def work():
        seen["worker"] = threading.current_thread().name
        return 42

    def done(value):
        seen["value"] = value
        seen["callback"] = threading.current_thread() is threading.main_thread()

    tasks.run_db(work, on_done=done)
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42
    assert seen["callback"] is True
    assert seen["worker"].startswith("marika-db")


def test_database_tasks_run_in_order_on_one_thread(qtbot, tasks):
    order, threads = [], set()

    def make(n):
        def work():
            threads.add(threading.get_ident())
            time.sleep(0.001 * (5 - n))
            order.append(n)
        return work

    for n in range(5):
        tasks.run_db(make(n))
    qtbot.waitUntil(lambda: not tasks.busy())
    assert order == [0, 1, 2, 3, 4]
    assert len(threads) == 1


def test_error_goes_to_on_error_or_the_error_signal(qtbot, tasks):
    errors = []

    def fail():
        raise MarikaError("Something the user can act on.")

    tasks.run_db(fail, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert str(errors[0]) == "Something the user can act on."
    with qtbot.waitSignal(tasks.error) as blocker:
        tasks.run_io(fail)
    assert isinstance(blocker.args[0], MarikaError)


def test_progress_and_cancellation(qtbot, tasks):
    progress, done = [], []
    started = threading.Event()

    def work(task):
        started.set()
        for n in range(1, 1000):
            if task.cancelled():
                return "cancelled"
            task.progress(n, 1000)
            time.sleep(0.001)
        return "finished"

    task = tasks.run_io(work, pass_task=True, on_done=done.append,
                        on_progress=lambda n, total: progress.append((n, total)))
    qtbot.waitUntil(lambda: bool(progress))
    task.cancel()
    qtbot.waitUntil(lambda: not tasks.busy())
    assert done == []  # a cancelled task's result is not delivered
    assert progress[0][1] == 1000
    assert len(progress) < 100  # throttled


def test_callback_of_a_deleted_widget_is_dropped(qtbot, tasks):
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    called = []
    gate = threading.Event()
    tasks.run_io(gate.wait, on_done=called.append, owner=widget)
    widget.deleteLater()
    qtbot.wait(10)
    gate.set()
    qtbot.waitUntil(lambda: not tasks.busy())
    assert called == []


def test_shutdown_keeps_queued_database_work(qapp):
    from marika.gui.taskman import TaskManager

    manager = TaskManager()
    saved = []
    for n in range(20):
        manager.run_db(lambda n=n: (time.sleep(0.001), saved.append(n)))
    last = []
    manager.shutdown(run_last=lambda: last.append(len(saved)))
    assert saved == list(range(20))
    assert last == [20]


def test_callbacks_never_run_inside_the_call_that_started_them(qtbot, tasks):
    order = []
    task = tasks.run_io(lambda: None, on_done=lambda _r: order.append("callback"))
    task.future.result()  # finished already; the callback must still wait for the loop
    order.append("caller")
    qtbot.waitUntil(lambda: len(order) == 2)
    assert order == ["caller", "callback"]


def test_widgets_let_go_in_a_cycle_are_freed_on_the_gui_thread(qtbot):
    """A worker that allocates a lot never runs the cycle collector: when it did, a window
    that was garbage was destroyed on the database thread and Qt later delivered a timer
    event to the freed window (gui/collector.py)."""
    import gc

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    from marika.gui.taskman import TaskManager

    freed_on = []

    class Spy:  # tells on which thread the cycle is freed
        def __del__(self):
            freed_on.append(threading.current_thread().name)

    def allocate():  # far past the threshold of every generation, in containers
        keep = []
        for _ in range(200):
            keep.append([[] for _ in range(gc.get_threshold()[0] * 2)])
        return len(keep)

    gc.enable()  # as in a new process: the task manager is what turns it off
    tasks = TaskManager()
    try:
        widget = QWidget()
        widget.timer = QTimer(widget, interval=1)
        widget.timer.start()
        widget.cycle = widget  # the wrapper refers to itself: only a collection frees it
        widget.spy = Spy()
        del widget
        tasks.run_db(allocate)
        qtbot.waitUntil(lambda: not tasks.busy(), timeout=20_000)
        # Before, it was freed on marika-db_0 in there; now only the collector's timer
        # may have freed it. Objects that stay (the worker's went again) pass the
        # threshold here, so the timer frees it if it has not yet.
        assert freed_on in ([], [threading.main_thread().name])
        live = [[] for _ in range(gc.get_threshold()[0] * 2)]
        qtbot.waitUntil(lambda: bool(freed_on), timeout=10_000)
        assert freed_on == [threading.main_thread().name]
        del live
    finally:
        tasks.shutdown()
