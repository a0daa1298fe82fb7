"""A home-screen refresh still on its way when the worker logs out is dropped: the next
person at the PC never sees the previous profile's packages and pay."""

import threading

import pytest

from gui.appdriver import log_in, start_app
from gui.textpack import TEXTS, build_office

pytestmark = pytest.mark.gui


def test_late_refresh_after_log_out_shows_nothing(qtbot, data_dir):
    build_office(data_dir, TEXTS)
    window = start_app(qtbot, data_dir)
    log_in(qtbot, window)
    ws, home = window.session, window.home
    gate, real_packages = threading.Event(), ws.packages

    def slow_packages():
        gate.wait(10)
        return real_packages()

    ws.packages = slow_packages
    home.refresh()  # on its way on the database thread
    window.log_out()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.start)
    gate.set()
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=10_000)
    qtbot.wait(100)
    assert home.table.rowCount() == 0
    assert home.totals.text() == "" and home.greeting.text() == ""
