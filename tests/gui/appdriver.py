"""Drive the whole app with the keyboard in tests, and read the store through the facade."""

from __future__ import annotations

from types import SimpleNamespace

from conftest import FAST_KDF_N, TEST_PASSWORD
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

# Bumped when a test ends (tests/gui/conftest.py): a dialog watcher left from an earlier
# test (its dialog never came) stops instead of acting on a later test's dialog.
_generation = [0]


def end_of_test() -> None:
    _generation[0] += 1


def when_dialog(action, kind=QDialog, *, keyboard: bool = False) -> list:
    """Run `action(dialog)` once a visible modal dialog of class `kind` is up; dialogs run
    their own event loop (exec), so this is a watcher on the GUI thread. With `keyboard`,
    it also waits until the dialog is the active window: its shortcuts (1, 2, 3 in the
    skip dialog) only take keys then, and a key sent earlier is lost, leaving exec()
    waiting for ever. Waits on conditions only: no delay decides anything.

    Returns a list that holds the dialog once the action has run (`qtbot.waitUntil(lambda:
    bool(done))`). An action that raises rejects the dialog, so the test fails instead of
    waiting in the dialog's exec() for ever."""
    generation = _generation[0]
    done: list = []

    def check() -> None:
        if generation != _generation[0]:
            return  # the test that asked is over
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            QTimer.singleShot(10, check)
            return
        if keyboard and not dialog.isActiveWindow():
            dialog.activateWindow()
            QTimer.singleShot(10, check)
            return
        try:
            action(dialog)
        except BaseException:
            dialog.reject()
            raise
        finally:
            done.append(dialog)

    QTimer.singleShot(0, check)
    return done


def start_app(qtbot, data_dir, *, lang="en", demo=False, **build_kw):
    from marika.gui import main
    from marika.profiles import Office

    args = SimpleNamespace(data_dir=str(data_dir), demo=demo, lang=lang, portable=False)
    window, tasks = main.build(args, office_opener=lambda p: Office.open(p, kdf_n=FAST_KDF_N),
                               **build_kw)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.start, timeout=10_000)
    # The worker's screens are built just after the log-in screen shows (app_window).
    qtbot.waitUntil(lambda: window.home is not None, timeout=10_000)
    return window


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, *, widget=None):
    """A key press where the worker's keyboard focus is (as a real keyboard would)."""
    if widget is None and QApplication.activeWindow() is None:
        # Offscreen, closing a dialog leaves no active window; a desktop would re-activate
        # the main window, so do that here.
        main = next(w for w in QApplication.topLevelWidgets()
                    if w.inherits("QMainWindow") and w.isVisible())
        main.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    target = widget or QApplication.focusWidget() or QApplication.activeWindow()
    qtbot.keyClick(target, key, modifier)


def type_text(qtbot, text):
    qtbot.keyClicks(QApplication.focusWidget(), text)


def on_db(qtbot, window, fn):
    """Run `fn()` on the app's database thread (where the office lives) and return it."""
    box = {}
    window.tasks.run_db(fn, on_done=lambda r: box.setdefault("r", r),
                        on_error=lambda e: box.setdefault("e", e))
    qtbot.waitUntil(lambda: "r" in box or "e" in box, timeout=10_000)
    if "e" in box:
        raise box["e"]
    return box["r"]


def wait_saved(qtbot, window):
    qtbot.waitUntil(lambda: window.items.saver is not None
                    and not window.items.saver.pending()
                    and not window.tasks.busy(), timeout=10_000)


def log_in(qtbot, window, username="rasoa"):
    page = window.start.login_page
    qtbot.waitUntil(lambda: window.start.current_page() is page and page.profiles.count() > 0)
    page.username.setFocus()
    page.username.selectAll()
    type_text(qtbot, username)
    press(qtbot, Qt.Key.Key_Return)  # to the password field
    assert page.password.hasFocus()
    type_text(qtbot, TEST_PASSWORD)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=10_000)
    qtbot.waitUntil(lambda: window.home.table.rowCount() == 1)


def open_first_item(qtbot, data_dir, package_pk):
    """Start the app on `data_dir`, log in, and open the package at its first item (the
    card already acknowledged). Returns the window; `window.package_pk` is set."""
    window = start_app(qtbot, data_dir)
    log_in(qtbot, window)
    on_db(qtbot, window, lambda: window.session.acknowledge_card(package_pk))
    window.home.refresh()
    qtbot.waitUntil(lambda: bool(window.home.summaries)
                    and window.home.summaries[0].card_acknowledged)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.items.item is not None and window.items.view is not None)
    window.package_pk = package_pk
    return window
