"""The log-in screen comes first: the worker's screens (home, card, item, send and
receive, pay) are built only after it is up with its profiles listed, so it does not
wait for them (however long the office takes to answer); a log-in before then builds
them at once."""

from types import SimpleNamespace

import pytest
from conftest import FAST_KDF_N

from gui.appdriver import log_in, start_app
from gui.textpack import TEXTS, build_office
from marika.gui import main

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
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.start, timeout=10_000)
    assert window.home is None
    log_in(qtbot, window)
    assert window.stack.currentWidget() is window.home


def _slow_open(monkeypatch, seconds: float) -> list:
    """Office.open takes `seconds` (a cold HDD, an update's migrations); returns the list
    the opened offices are put in."""
    import time

    from marika.profiles import Office

    opened, real = [], Office.open.__func__

    def slow(cls, *args, **kwargs):
        time.sleep(seconds)
        office = real(cls, *args, **kwargs)
        opened.append(office)
        return office

    monkeypatch.setattr(Office, "open", classmethod(slow))
    return opened


def test_the_log_in_page_shows_from_the_roster_and_keeps_what_was_typed(
        qtbot, data_dir, monkeypatch):
    """The page is up, names listed, before the office has opened; once it has, and it
    agrees, the page stays as it is: the password typed meanwhile is still there."""
    from gui.appdriver import type_text

    build_office(data_dir, TEXTS)
    opened = _slow_open(monkeypatch, 1.0)
    window = start_app(qtbot, data_dir)
    page = window.start.login_page
    assert window.office is None and not opened  # the page came from the roster
    assert window.start.current_page() is page and page.profiles.count() == 2
    page.password.setFocus()
    type_text(qtbot, "half a passw")
    qtbot.waitUntil(lambda: window.office is not None, timeout=10_000)
    qtbot.wait(200)  # the office's own listing has come back
    assert page.password.text() == "half a passw" and page.password.hasFocus()
    assert window.start.current_page() is page


def test_a_log_in_before_the_office_is_open_waits_for_it(qtbot, data_dir, monkeypatch):
    build_office(data_dir, TEXTS)
    _slow_open(monkeypatch, 1.0)
    window = start_app(qtbot, data_dir)
    assert window.office is None
    status = window.start.status
    log_in(qtbot, window)  # Enter while the office is still opening
    assert window.session.profile.username == "rasoa"
    assert status.text() == ""  # "Opening your profile…" is gone with the log-in


def test_a_folder_open_in_another_marika_never_shows_the_log_in_page(qtbot, data_dir):
    from marika.office_lock import DataFolderLock

    build_office(data_dir, TEXTS)
    other = DataFolderLock(data_dir)  # the other window's lock
    other.acquire()
    try:
        args = SimpleNamespace(data_dir=str(data_dir), demo=False, lang="en", portable=False)
        window, _tasks = main.build(args)
        qtbot.addWidget(window)
        window.show()
        seen = []
        window.start.shown.connect(lambda: seen.append("log-in page"))
        qtbot.waitUntil(lambda: "already open" in window.busy_label.text(), timeout=10_000)
        assert seen == [] and window.stack.currentWidget() is window.busy
    finally:
        other.release()
