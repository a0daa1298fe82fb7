"""The log-in screen comes first: the worker's screens (home, card, item, send and
receive, pay) are built only after it is up with its profiles listed, so it does not
wait for them (however long the office takes to answer); a log-in before then builds
them at once."""

from types import SimpleNamespace

import pytest
from conftest import FAST_KDF_N

from gui.appdriver import log_in, start_app
from gui.textpack import TEXTS, build_office

pytestmark = pytest.mark.gui


def test_the_log_in_screen_is_up_before_the_other_screens_are_built(qtbot, data_dir,
                                                                      monkeypatch):
    import time

    from marika.gui import app_window
    from marika.profiles import Office

    build_office(data_dir, TEXTS)
    listed = Office.list_profiles

    def slow_list(office):  # a busy PC: the office answers later than BUILD_AFTER_MS
        time.sleep(3 * app_window.BUILD_AFTER_MS / 1000)
        return listed(office)

    monkeypatch.setattr(Office, "list_profiles", slow_list)
    seen = []
    real = app_window.MainWindow._build_screens

    def spy(window):
        if window.home is None:  # the first call: what was on screen then?
            start = window.start
            seen.append(window.stack.currentWidget() is start
                        and start.current_page() is start.login_page
                        and start.login_page.profiles.count() > 0)
        real(window)

    monkeypatch.setattr(app_window.MainWindow, "_build_screens", spy)
    window = start_app(qtbot, data_dir)
    assert seen == [True]
    log_in(qtbot, window)
    assert window.stack.currentWidget() is window.home


def test_a_log_in_before_the_screens_are_built_builds_them(qtbot, data_dir, monkeypatch):
    from marika.gui import app_window, main
    from marika.profiles import Office

    build_office(data_dir, TEXTS)
    monkeypatch.setattr(app_window, "BUILD_AFTER_MS", 60_000)  # never by the timer here
    args = SimpleNamespace(data_dir=str(data_dir), demo=False, lang="en", portable=False)
    window, _tasks = main.build(args, office_opener=lambda p: Office.open(p, kdf_n=FAST_KDF_N))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.start, timeout=10_000)
    assert window.home is None
    log_in(qtbot, window)
    assert window.stack.currentWidget() is window.home
