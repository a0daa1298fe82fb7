"""The idle lock: after the office's `idle_lock_minutes` without input the app returns to
the log-in of the same profile, with a notice, and nothing of the work is lost.

Once the test has reached the screen it wants, a minute is made 100 ms long
(`IdleLock.ms_per_minute`, taken up at the next input); everything else is the real app
on the real office setting.
"""

import time

import pytest
from conftest import FAST_KDF_N, TEST_PASSWORD
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from gui.appdriver import log_in, on_db, press, start_app
from gui.textpack import TEXTS, build_office

pytestmark = pytest.mark.gui

MINUTE_MS = 100
IDLE_MINUTES = 3  # the office setting: 300 ms here


@pytest.fixture
def office_dir(data_dir, monkeypatch):
    from marika.profiles import Office

    monkeypatch.setenv("MARIKA_GUIDED_TOUR", "0")  # no first-visit tour over the item screen
    package_pk = build_office(data_dir, TEXTS)
    office = Office.open(data_dir, kdf_n=FAST_KDF_N)
    try:
        supervisor = office.login(username="office", password=TEST_PASSWORD)
        supervisor.set_office_setting("idle_lock_minutes", str(IDLE_MINUTES))
    finally:
        office.close()
    return data_dir, package_pk


def start(qtbot, data_dir):
    return start_app(qtbot, data_dir)


def short_minutes(qtbot, window):
    """From now on a minute lasts MINUTE_MS; one input event restarts the count with it."""
    qtbot.waitUntil(lambda: window.idle_lock.minutes == IDLE_MINUTES)  # the setting is read
    window.idle_lock.ms_per_minute = MINUTE_MS
    # Two points: the pointer may already be at one of them (Qt sends no move then).
    for point in (QPoint(5, 5), QPoint(9, 7)):
        qtbot.mouseMove(window.centralWidget(), point)
    assert window.idle_lock.interval_ms() == IDLE_MINUTES * MINUTE_MS
    remaining = window.idle_lock._timer.remainingTime()
    assert 0 <= remaining < 2 * IDLE_MINUTES * MINUTE_MS  # the short count has begun


def open_first_item(qtbot, window):
    press(qtbot, Qt.Key.Key_Return)  # home: open the package (its card first)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.card)
    qtbot.waitUntil(lambda: "Example Research Lab" in window.card.values["client"].text())
    press(qtbot, Qt.Key.Key_Return)  # "I have read this, start"
    qtbot.waitUntil(lambda: window.items.item is not None, timeout=10_000)


def locked(window) -> bool:
    return window.session is None and window.stack.currentWidget() is window.start


def test_idle_app_locks_back_to_the_same_profile_and_keeps_the_edit(qtbot, office_dir):
    data_dir, package_pk = office_dir
    window = start(qtbot, data_dir)
    log_in(qtbot, window)
    open_first_item(qtbot, window)
    short_minutes(qtbot, window)
    # Hold the database worker so the edit below is still unsaved when the lock comes.
    window.tasks.run_db(lambda: time.sleep(0.6))
    press(qtbot, Qt.Key.Key_2)  # "Negative", queued behind the busy worker
    assert window.items.view.value() == {"labels": ["neg"]}, QApplication.focusWidget()
    assert window.items.saver.pending()

    qtbot.waitUntil(lambda: locked(window), timeout=5_000)
    page = window.start.login_page
    qtbot.waitUntil(lambda: window.start.current_page() is page and page.notice.isVisible())
    # "3 minutes" once translated; the bare source text says "3 minute(s)".
    assert "locked itself after 3 minute" in page.notice.text(), page.notice.text()
    assert "Your work is saved" in page.notice.text()
    assert page.username.text() == "rasoa"  # the same profile, ready for its password
    assert page.password.hasFocus() and page.password.text() == ""

    def saved_answer():
        ws = window.office.login(username="rasoa", password=TEST_PASSWORD)
        return ws.annotation_for(ws.item_at(package_pk, 0).item_pk)

    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=10_000)
    record = on_db(qtbot, window, saved_answer)
    assert record is not None and record.value == {"labels": ["neg"]}

    # Logging in again: the notice is gone and the lock is armed again.
    window.idle_lock.ms_per_minute = 60_000
    log_in(qtbot, window)
    assert not page.notice.isVisible()
    assert window.idle_lock.active()


def test_input_keeps_the_app_open(qtbot, office_dir):
    data_dir, _package_pk = office_dir
    window = start(qtbot, data_dir)
    log_in(qtbot, window)
    short_minutes(qtbot, window)
    table = window.home.table.viewport()
    deadline = time.monotonic() + 3 * IDLE_MINUTES * MINUTE_MS / 1000
    while time.monotonic() < deadline:  # three idle periods long, with input all along
        qtbot.mouseMove(table, QPoint(10 + int(time.monotonic() * 100) % 50, 10))
        qtbot.wait(60)
    assert window.session is not None and window.stack.currentWidget() is window.home
    qtbot.waitUntil(lambda: locked(window), timeout=5_000)  # then it stops, and it locks


def test_an_open_dialog_is_closed_and_the_session_is_not_kept(qtbot, office_dir):
    data_dir, _package_pk = office_dir
    window = start(qtbot, data_dir)
    log_in(qtbot, window)
    short_minutes(qtbot, window)
    result = {}

    def open_dialog():
        dialog = QDialog(window)
        result["code"] = dialog.exec()  # returns when the lock closes it
        result["locked_after"] = locked(window)

    QTimer.singleShot(0, open_dialog)
    qtbot.waitUntil(lambda: "code" in result, timeout=5_000)
    assert result["code"] == QDialog.DialogCode.Rejected
    qtbot.waitUntil(lambda: locked(window), timeout=5_000)
    assert QApplication.activeModalWidget() is None


def test_logging_out_disarms_the_lock(qtbot, office_dir):
    data_dir, _package_pk = office_dir
    window = start(qtbot, data_dir)
    log_in(qtbot, window)
    window.log_out()
    assert not window.idle_lock.active()
    qtbot.wait(2 * IDLE_MINUTES * MINUTE_MS)
    assert not window.start.login_page.notice.isVisible()  # an ordinary log-out: no notice


def test_the_setting_is_read_as_whole_minutes_with_safe_limits():
    from marika.gui.idle_lock import DEFAULT_MINUTES, MAX_MINUTES, minutes_from_setting

    assert minutes_from_setting("10") == 10
    assert minutes_from_setting(" 25 ") == 25
    assert minutes_from_setting("0") == 1  # never "no lock at all" on a shared PC
    assert minutes_from_setting("100000") == MAX_MINUTES
    assert minutes_from_setting("soon") == DEFAULT_MINUTES


def test_nothing_of_the_locked_profile_stays_on_the_home_screen(qtbot, office_dir):
    data_dir, _package_pk = office_dir
    window = start(qtbot, data_dir)
    log_in(qtbot, window)
    home = window.home
    qtbot.waitUntil(lambda: "0.00" in home.table.item(0, home.EARNED_COLUMN).text()
                    or home.table.item(0, home.EARNED_COLUMN).text() != "")
    assert home.totals.text() or home.greeting.text()
    short_minutes(qtbot, window)
    qtbot.waitUntil(lambda: locked(window), timeout=5_000)
    assert home.table.rowCount() == 0  # the next person logs in to an empty home
    assert home.greeting.text() == "" and home.totals.text() == ""


def test_the_supervisor_is_locked_out_too(qtbot, office_dir):
    data_dir, _package_pk = office_dir
    window = start(qtbot, data_dir)
    page = window.start.login_page
    qtbot.waitUntil(lambda: window.start.current_page() is page and page.profiles.count() > 0)
    page.username.setText("office")
    page.password.setFocus()
    qtbot.keyClicks(page.password, TEST_PASSWORD)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.supervisor is not None
                    and window.stack.currentWidget() is window.supervisor, timeout=10_000)
    short_minutes(qtbot, window)
    qtbot.waitUntil(lambda: locked(window), timeout=5_000)
    assert page.username.text() == "office"
    assert window.supervisor.session is None and window.supervisor.table.rowCount() == 0
