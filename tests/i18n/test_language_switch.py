"""Switching the language live: every open screen speaks the new language at once.

The translations are compiled here from the committed i18n/*.ts (not from whatever .qm
was last built), and the real window is driven offscreen.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from gui.appdriver import log_in, press, start_app
from gui.textpack import TEXTS, build_office
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from i18n import tsfile

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import build_translations  # noqa: E402
import update_translations  # noqa: E402


def translations(code: str) -> dict[tuple[str, str], str]:
    """(context, source) -> the committed translation (first form for plurals)."""
    path = update_translations.ts_path(update_translations.TS_DIR, code)
    return {(m.context, m.source): m.forms[0] for m in tsfile.read(path) if m.forms}


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("qm")
    build_translations.build(qm_dir=folder, force=True, quiet=True)
    return folder


@pytest.fixture
def compiled(qm_dir, monkeypatch):
    """The app loads the freshly compiled translations; English again afterwards."""
    from marika.gui import i18n

    monkeypatch.setattr(i18n, "QM_DIR", qm_dir)
    monkeypatch.setenv("MARIKA_GUIDED_TOUR", "0")  # no first-visit tour over the screens
    yield i18n
    i18n.switch_language("en")


def shown_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text the user can see in the window now, and its menus."""
    found = []
    for w in [window, *window.findChildren(QWidget)]:
        if not w.isVisible() and not isinstance(w, QMenu):
            continue
        name = type(w).__name__
        if isinstance(w, QLabel):
            found.append((name, w.text()))
        if isinstance(w, QAbstractButton):
            found.append((name, w.text()))
        if isinstance(w, QGroupBox):
            found.append((name, w.title()))
        if isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit)):
            found.append((f"{name} placeholder", w.placeholderText()))
        if isinstance(w, QMenu):
            found.append(("menu", w.title()))
            found.extend(("menu item", a.text()) for a in w.actions())
        if isinstance(w, QTableWidget):
            for column in range(w.columnCount()):
                header = w.horizontalHeaderItem(column)
                if header is not None:
                    found.append(("table header", header.text()))
        if w.toolTip():
            found.append((f"{name} tooltip", w.toolTip()))
        if w.isWindow():
            found.append(("window title", w.windowTitle()))
    return [(where, text) for where, text in found if text]


def still_english(window: QWidget, code: str) -> list[str]:
    """Texts that are an English source whose translation in `code` is different."""
    english = {source for (_ctx, source), text in translations(code).items()
               if text != source and not tsfile.placeholders(source)}
    return sorted({f"{where}: {text!r}" for where, text in shown_texts(window)
                   if text in english})


def assert_speaks(qtbot, window, code: str) -> None:
    """Every visible text is in `code` (given the event loop a moment to deliver)."""
    try:
        qtbot.waitUntil(lambda: not still_english(window, code), timeout=1000)
    except Exception:
        pass
    left = still_english(window, code)
    assert not left, f"still in English after switching to {code}: {left}"


def wait_language(qtbot, window, code: str) -> None:
    expected = translations(code)[("MainWindow", "&View")] if code != "en" else "&View"
    qtbot.waitUntil(lambda: window.view_menu.title() == expected)


def test_start_screen_speaks_the_language_chosen_from_the_menu(qtbot, data_dir, compiled):
    window = start_app(qtbot, data_dir)
    page = window.start.setup_page
    qtbot.waitUntil(lambda: window.start.current_page() is page)
    assert page.heading.text() == "Welcome to Marika"

    compiled.switch_language("mg")
    mg = translations("mg")
    qtbot.waitUntil(lambda: page.heading.text() == mg[("SetupPage", "Welcome to Marika")])
    assert page.heading.text() == "Tongasoa eto amin'ny Marika"  # a real Malagasy sentence
    assert page.button.text() == mg[("SetupPage", "Create the supervisor (Enter)")]
    assert window.language_actions["mg"].isChecked()

    window.language_actions["fr"].trigger()
    fr = translations("fr")
    qtbot.waitUntil(lambda: page.heading.text() == fr[("SetupPage", "Welcome to Marika")])
    assert window.view_menu.title() == fr[("MainWindow", "&View")]
    assert page.language.currentData() == "fr"  # the set-up form follows the menu

    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: page.heading.text() == "Welcome to Marika")
    assert not window.language_actions["fr"].isChecked()


def test_first_start_language_choice_switches_the_interface_at_once(qtbot, data_dir,
                                                                   compiled):
    window = start_app(qtbot, data_dir)
    page = window.start.setup_page
    qtbot.waitUntil(lambda: window.start.current_page() is page)
    page.language.setFocus()
    page.language.setCurrentIndex(page.language.findData("mg"))
    mg = translations("mg")
    qtbot.waitUntil(lambda: page.heading.text() == mg[("SetupPage", "Welcome to Marika")])
    assert window.language_actions["mg"].isChecked()
    assert page.language.currentData() == "mg"
    assert_speaks(qtbot, window, "mg")


def test_the_first_start_language_is_the_office_language_next_time(qtbot, data_dir,
                                                                   compiled):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    window = start_app(qtbot, data_dir, lang=None)  # no --lang: the office's language
    page = window.start.setup_page
    qtbot.waitUntil(lambda: window.start.current_page() is page)
    page.language.setCurrentIndex(page.language.findData("fr"))
    fr = translations("fr")
    qtbot.waitUntil(lambda: page.heading.text() == fr[("SetupPage", "Welcome to Marika")])
    page.username.setText("office")
    page.password.setText("a long office password")
    page.repeat.setText("a long office password")

    def keep_key():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, keep_key)
            return
        titles.append(dialog.windowTitle())
        dialog.confirm.setChecked(True)
        dialog.continue_button.click()

    titles = []
    QTimer.singleShot(50, keep_key)
    page.button.click()
    qtbot.waitUntil(lambda: window.supervisor is not None
                    and window.stack.currentWidget() is window.supervisor, timeout=10_000)
    assert titles == [fr[("RecoveryKeyDialog", "Office recovery key")]]  # in French too
    window.close()
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=10_000)
    compiled.switch_language("en")

    again = start_app(qtbot, data_dir, lang=None)
    login = again.start.login_page
    qtbot.waitUntil(lambda: again.start.current_page() is login)
    qtbot.waitUntil(lambda: login.heading.text() == fr[("LoginPage", "Who is working?")])
    assert again.language_actions["fr"].isChecked()


def test_every_screen_retranslates_while_open(qtbot, data_dir, compiled):
    """Visit the start, home, card and item screens in English, switch language on the
    item screen, then walk back: no screen keeps an English text."""
    build_office(data_dir, TEXTS)
    window = start_app(qtbot, data_dir)
    log_in(qtbot, window)
    press(qtbot, Qt.Key.Key_Return)  # open the package: its transparency card first
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.card
                    and window.card.manifest is not None)
    press(qtbot, Qt.Key.Key_Return)  # "I have read this, start"
    qtbot.waitUntil(lambda: window.items.item is not None and window.items.view is not None)
    assert "Done, next (Enter)" in [text for _w, text in shown_texts(window)]

    window.language_actions["mg"].trigger()
    wait_language(qtbot, window, "mg")
    assert_speaks(qtbot, window, "mg")
    done = translations("mg")[("ItemScreen", "Done, next")]
    assert f"{done} (Enter)" in [text for _w, text in shown_texts(window)]

    window.language_actions["fr"].trigger()
    wait_language(qtbot, window, "fr")
    assert_speaks(qtbot, window, "fr")
    fr = translations("fr")
    done = f"{fr[('ItemScreen', 'Done, next')]} ({fr[('ItemScreen', 'Enter')]})"
    assert done in [text for _w, text in shown_texts(window)]  # the key's name too

    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home)
    qtbot.waitUntil(lambda: window.home.table.rowCount() == 1)
    assert_speaks(qtbot, window, "fr")
    opened = f"{fr[('HomeScreen', 'Open')]} ({fr[('HomeScreen', 'Enter')]})"
    assert opened in [text for _w, text in shown_texts(window)]
    window.home.commands["sync"].trigger()  # Send and receive
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sync_screen)
    assert_speaks(qtbot, window, "fr")
    window.language_actions["mg"].trigger()
    wait_language(qtbot, window, "mg")
    assert_speaks(qtbot, window, "mg")
    window.language_actions["fr"].trigger()
    wait_language(qtbot, window, "fr")
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home)
    window.home.commands["card"].trigger()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.card)
    assert_speaks(qtbot, window, "fr")
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home)
    window.log_out()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.start)
    assert_speaks(qtbot, window, "fr")


def test_idle_lock_notice_follows_a_language_change(qtbot, data_dir, compiled):
    build_office(data_dir, TEXTS)
    window = start_app(qtbot, data_dir)
    page = window.start.login_page
    window.start.show_for(window.office, locked="rasoa", idle_minutes=5)
    qtbot.waitUntil(lambda: page.notice.isVisible() and "5 minutes" in page.notice.text())
    window.language_actions["fr"].trigger()
    fr = translations("fr")
    source = ("Marika locked itself after %n minute(s) without use. Your work is saved. "
              "Type your password to continue.")
    expected = fr[("StartScreen", source)]  # the singular form; 5 takes the plural
    qtbot.waitUntil(lambda: page.notice.text().startswith(expected.split("%n")[0]))
    assert "5 minutes" in page.notice.text() and page.notice.text() != expected


def test_supervisor_screen_retranslates(qtbot, data_dir, compiled):
    build_office(data_dir, TEXTS)
    window = start_app(qtbot, data_dir)
    log_in_as = window.start.login_page
    qtbot.waitUntil(lambda: window.start.current_page() is log_in_as
                    and log_in_as.profiles.count() > 0)
    log_in_as.username.setText("office")
    log_in_as.password.setText("correct horse 42")
    log_in_as.button.click()
    qtbot.waitUntil(lambda: window.supervisor is not None
                    and window.stack.currentWidget() is window.supervisor, timeout=10_000)
    window.language_actions["fr"].trigger()
    wait_language(qtbot, window, "fr")
    assert_speaks(qtbot, window, "fr")
    window.language_actions["mg"].trigger()
    wait_language(qtbot, window, "mg")
    assert_speaks(qtbot, window, "mg")


def test_a_banner_message_follows_a_language_change(qtbot, compiled):
    from PySide6.QtCore import QCoreApplication

    from marika.gui.banner import Banner

    banner = Banner()
    qtbot.addWidget(banner)
    source = "Wrong user name or password."
    banner.show_message(lambda: QCoreApplication.translate("Errors", source))
    assert banner.text() == source
    compiled.switch_language("fr")
    expected = translations("fr")[("Errors", source)]
    qtbot.waitUntil(lambda: banner.text() == expected)
    assert banner.close_button.text() == translations("fr")[("Banner", "Close")]


def test_qt_own_buttons_speak_malagasy(qtbot, compiled):
    """Qt has no Malagasy of its own; the Yes/No of a question come from i18n/qt_mg.ts."""
    compiled.switch_language("mg")
    box = QMessageBox(QMessageBox.Icon.Question, "Marika", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == ["&Eny", "&Tsia"]
    compiled.switch_language("fr")
    box = QMessageBox(QMessageBox.Icon.Question, "Marika", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == ["&Non", "&Oui"]  # Qt's own French


def test_build_script_is_quick_when_up_to_date(qm_dir):
    assert build_translations.build(qm_dir=qm_dir, quiet=True) == []
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py"),
                             "--qm-dir", str(qm_dir)], capture_output=True, text=True,
                            check=False, timeout=60)
    assert result.returncode == 0 and "0 built" in result.stdout, result
