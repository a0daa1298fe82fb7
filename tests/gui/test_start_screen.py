"""The start screen on a shared PC: a short list of profiles to pick from, a user name to
type when the office has many, and the throttling message in the worker's language."""

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import TEST_PASSWORD
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from gui.appdriver import press, start_app, type_text
from gui.textpack import TEXTS, build_office
from marika.gui.start_screen import MAX_LISTED_PROFILES

pytestmark = pytest.mark.gui

THROTTLED = "Too many failed attempts. Try again in {seconds} seconds."
THROTTLED_FR = "Trop d'essais manqués. Réessayez dans {seconds} secondes."


def office_with(data_dir, count: int) -> list[str]:
    """A supervisor and `count` annotators; returns the annotators' user names."""
    names = [f"annotator{n:02d}" for n in range(count)]
    build_office(data_dir, TEXTS, annotators=tuple(names))
    return names


def test_a_few_profiles_are_listed_to_pick_from(qtbot, data_dir):
    office_with(data_dir, 3)
    window = start_app(qtbot, data_dir)
    page = window.start.login_page
    qtbot.waitUntil(lambda: window.start.current_page() is page and page.profiles.count() == 4)
    assert page.profiles.isVisible()
    assert page.username.text() == page.profiles.currentItem().data(Qt.ItemDataRole.UserRole)
    assert page.password.hasFocus()  # a profile is chosen: type the password


def test_many_profiles_ask_for_a_user_name(qtbot, data_dir):
    names = office_with(data_dir, MAX_LISTED_PROFILES)  # with the supervisor: one too many
    window = start_app(qtbot, data_dir)
    page = window.start.login_page
    qtbot.waitUntil(lambda: window.start.current_page() is page and page.username.isVisible())
    qtbot.waitUntil(page.username.hasFocus)
    assert not page.profiles.isVisible() and page.profiles.count() == 0
    assert page.username.text() == ""  # nobody's name is shown to whoever walks by
    type_text(qtbot, names[-1])
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, TEST_PASSWORD)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=10_000)
    assert window.session.profile.username == names[-1]


def compiled_french(tmp_path: Path) -> Path:
    """A one-message .qm: the throttling error in French, as the translators ship it."""
    ts = tmp_path / "throttle_fr.ts"
    french = THROTTLED_FR.replace("'", "&apos;")
    ts.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="fr_FR" sourcelanguage="en">
<context><name>Errors</name>
<message><source>{THROTTLED}</source><translation>{french}</translation></message>
</context></TS>
""", encoding="utf-8")
    qm = tmp_path / "throttle_fr.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True,
                   timeout=60)
    return qm


def test_throttling_is_told_in_the_workers_language(qtbot, data_dir, tmp_path):
    office_with(data_dir, 1)
    translator = QTranslator()
    assert translator.load(str(compiled_french(tmp_path)))
    QCoreApplication.installTranslator(translator)
    try:
        window = start_app(qtbot, data_dir)
        page = window.start.login_page
        qtbot.waitUntil(lambda: window.start.current_page() is page
                        and page.profiles.count() == 2)
        page.username.setText("annotator00")
        for attempt in range(4):  # three free attempts, then the profile waits
            page.password.setFocus()
            type_text(qtbot, f"wrong guess {attempt}")
            press(qtbot, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: page.error.text() != "" and page.button.isEnabled(),
                            timeout=10_000)
            shown = page.error.text()
            page.error.clear()
        assert shown.startswith("Trop d'essais manqués. Réessayez dans ")
        assert "{seconds}" not in shown and shown.split()[-2].isdigit()
        # Even the right password now waits: the count is in the store, not the window.
        type_text(qtbot, TEST_PASSWORD)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.error.text().startswith("Trop d'essais"), timeout=10_000)
        assert window.session is None
    finally:
        QCoreApplication.removeTranslator(translator)



def test_a_person_sets_their_own_password(qtbot, data_dir):
    from gui.appdriver import on_db, when_dialog
    from marika.gui.dialogs import ChangePasswordDialog

    office_with(data_dir, 1)
    window = start_app(qtbot, data_dir)
    page = window.start.login_page
    qtbot.waitUntil(lambda: window.start.current_page() is page and page.profiles.count() == 2)
    page.username.setText("annotator00")

    def fill(current: str):
        def run(dialog):
            dialog.current.setText(current)
            dialog.new.setText("only mine 2026")
            dialog.repeat.setText("only mine 2026")
            dialog.accept()
        when_dialog(run, ChangePasswordDialog)

    fill("not my password")
    page.change_password.click()
    qtbot.waitUntil(lambda: "Wrong user name or password" in page.error.text(), timeout=10_000)
    fill(TEST_PASSWORD)
    page.change_password.click()
    qtbot.waitUntil(lambda: "Your new password is set" in page.notice.text(), timeout=10_000)
    assert page.error.text() == ""
    ws = on_db(qtbot, window, lambda: window.office.login(username="annotator00",
                                                          password="only mine 2026"))
    assert ws.profile.username == "annotator00"


def test_a_second_marika_on_the_same_folder_says_so(qtbot, data_dir):
    from types import SimpleNamespace

    from conftest import FAST_KDF_N

    from marika.gui import main
    from marika.profiles import Office

    office_with(data_dir, 1)
    first = Office.open(data_dir, kdf_n=FAST_KDF_N)  # the Marika already running
    try:
        args = SimpleNamespace(data_dir=str(data_dir), demo=False, lang="en", portable=False)
        window, _tasks = main.build(
            args, office_opener=lambda p: Office.open(p, kdf_n=FAST_KDF_N))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: "already open" in window.busy_label.text(), timeout=10_000)
        assert "Close the other window first." in window.busy_label.text()
        assert window.stack.currentWidget() is window.busy and window.office is None
    finally:
        first.close()
