"""Dangerous or confusing controls and misleading messages (issue 13, sections 5 and 7):
sync with no server, the trusted-key field, an old error over a new import, keyboard
mnemonics, the last person at this PC, the supervisor's heading and Ctrl+E."""

import re
import threading
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from gui.appdriver import log_in, on_db, press, start_app, type_text, when_dialog
from gui.test_item_screen import in_dialog
from gui.textpack import TEXTS, build_office
from marika_sync.crypto import SigningKey

pytestmark = pytest.mark.gui
K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def log_in_supervisor(qtbot, window):
    page = window.start.login_page
    qtbot.waitUntil(lambda: page.profiles.count() > 0)
    page.username.setText("office")
    page.password.setFocus()
    from conftest import TEST_PASSWORD

    type_text(qtbot, TEST_PASSWORD)
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: window.supervisor is not None
                    and window.stack.currentWidget() is window.supervisor, timeout=10_000)
    return window.supervisor


# ---------------------------------------------------------------- sync with no server
def test_send_and_receive_with_no_server_says_what_is_true(qtbot, data_dir):
    build_office(data_dir, TEXTS)
    window = start_app(qtbot, data_dir)
    log_in(qtbot, window)
    qtbot.waitUntil(lambda: "not set up" in window.home.sync_line.text())
    press(qtbot, K.Key_E, CTRL)
    screen = window.sync_screen
    qtbot.waitUntil(lambda: window.stack.currentWidget() is screen)
    qtbot.waitUntil(screen.enrol_box.isVisible)
    # The heading does not send the worker to the screen they are on.
    assert screen.line.text() == "Sending is not set up for this profile yet."
    # Nothing was ever submitted: not "all delivered".
    assert screen.pending.text().startswith("Nothing submitted yet.")
    assert "delivered" not in screen.pending.text()
    assert not screen.commands["send"].isEnabled()
    assert not screen.commands["send"].button(screen).isEnabled()
    assert "no server address" in screen.server.text()
    # The code can only travel by USB stick: that button, enabled once a code is typed.
    assert not screen.connect_button.isVisible()
    assert "Connect by USB stick" in screen.code_label.text()
    assert not screen.usb_connect_button.isEnabled()
    screen.code.setFocus()
    type_text(qtbot, "123-456")
    assert screen.usb_connect_button.isEnabled()


def test_usb_messages_never_ask_a_worker_to_type_a_command():
    from marika.gui.sync_screen import usb_result_text

    for text in (usb_result_text("export", 2), usb_result_text("enrol", None)):
        assert "marika sync" not in text and "FOLDER" not in text
        assert "supervisor" in text


def test_status_line_when_nothing_was_ever_submitted():
    from marika.gui.sync_worker import IDLE, status_line

    never = SimpleNamespace(enrolled=True, pending=0, delivered=0)
    assert status_line(never, state=IDLE, online=True) == "Nothing submitted yet."
    done = SimpleNamespace(enrolled=True, pending=0, delivered=3)
    assert status_line(done, state=IDLE, online=True) == "All delivered."


# ---------------------------------------------------------------- trusted publishers
def answer_no():
    """Press "No" in the next question box (it runs its own loop)."""
    when_dialog(lambda box: box.button(QMessageBox.StandardButton.No).click(), QMessageBox)


def test_enter_in_the_key_field_adds_and_never_removes_a_trusted_key(qtbot, data_dir):
    build_office(data_dir, TEXTS)
    window = start_app(qtbot, data_dir)
    screen = log_in_supervisor(qtbot, window)
    first = SigningKey.generate().public.to_text()
    on_db(qtbot, window, lambda: window.session.install_publisher(name="Lab A",
                                                                  public_key_text=first))
    second = SigningKey.generate().public.to_text()
    seen = {}

    def in_publishers(dialog):
        dialog.list.setCurrentRow(0)  # a key is selected...
        dialog.key.text.setFocus()
        qtbot.keyClicks(dialog.key.text, second)
        qtbot.keyClick(dialog.key.text, K.Key_Return)  # ...and Enter in the key field
        qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=10_000)
        seen["keys"] = [dialog.list.item(n).data(Qt.ItemDataRole.UserRole)
                        for n in range(dialog.list.count())]
        # Removing asks first; "No" keeps the key.
        dialog.list.setCurrentRow(0)
        answer_no()
        dialog.remove.click()
        seen["after_no"] = dialog.list.count()
        dialog.reject()

    in_dialog(qtbot, in_publishers)
    screen.commands["publishers"].trigger()
    qtbot.waitUntil(lambda: "after_no" in seen, timeout=10_000)
    assert set(seen["keys"]) == {first, second}
    assert seen["after_no"] == 2
    keys = on_db(qtbot, window, window.session.publishers)
    assert {k for _n, k in keys} == {first, second}


def test_a_new_import_clears_an_old_error(qtbot, data_dir, tmp_path):
    build_office(data_dir, TEXTS)
    window = start_app(qtbot, data_dir)
    screen = log_in_supervisor(qtbot, window)
    screen.banner.show_message("The package is damaged.", key="error")
    gate = threading.Event()

    def slow_import(path, **_kw):
        gate.wait(10)
        raise OSError("stop here")

    window.session.import_package = slow_import
    screen.start_import(str(tmp_path / "next.marika"))
    assert not screen.banner.isVisible()  # the old red banner is gone while it imports
    gate.set()
    qtbot.waitUntil(lambda: screen.import_cancel is None, timeout=10_000)


def test_supervisor_heading_does_not_repeat_itself(qtbot, data_dir):
    from marika.gui.supervisor_screen import SupervisorScreen

    build_office(data_dir, TEXTS)
    window = start_app(qtbot, data_dir)
    screen = SupervisorScreen(window.tasks, window)
    screen._loaded((SimpleNamespace(display_name="Office supervisor"), []))
    assert screen.heading.text() == "Office supervisor"
    screen._loaded((SimpleNamespace(display_name="Hanta R."), []))
    assert screen.heading.text() == "Office supervisor: Hanta R."


# ---------------------------------------------------------------- start screen
@pytest.mark.parametrize("lang", ["mg", "fr", "en"])
def test_alt_keys_are_unique_on_the_log_in_screen(qtbot, data_dir, lang):
    build_office(data_dir, TEXTS)
    window = start_app(qtbot, data_dir, lang=lang)
    page = window.start.login_page
    texts = [a.text() for a in window.menuBar().actions()]
    texts += [page.username_label.text(), page.password_label.text()]
    keys = [m.group(1).lower() for t in texts for m in [re.search(r"&([^&])", t)] if m]
    assert len(keys) == len(texts), texts  # every one has its key
    assert len(set(keys)) == len(keys), texts


def test_the_last_person_at_this_pc_is_offered_first(qtbot, data_dir):
    build_office(data_dir, TEXTS, annotators=("rasoa", "hery"))
    window = start_app(qtbot, data_dir)
    log_in(qtbot, window, username="hery")
    window.log_out()
    page = window.start.login_page
    qtbot.waitUntil(lambda: page.profiles.count() == 3)
    qtbot.waitUntil(lambda: page.username.text() == "hery")
    assert page.password.hasFocus()


# ---------------------------------------------------------------- item screen
def test_ctrl_e_on_an_item_screen_opens_send_and_receive(qtbot, data_dir):
    from gui.test_protection import open_items

    window = open_items(qtbot, data_dir, warned=())
    package_pk = window.package_pk
    press(qtbot, K.Key_1)
    press(qtbot, K.Key_E, CTRL)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sync_screen)
    qtbot.waitUntil(lambda: not window.tasks.busy())
    ws = window.session
    record = on_db(qtbot, window, lambda: ws.annotation_for(ws.item_at(package_pk, 0).item_pk))
    assert record is not None and record.value == {"labels": ["pos"]}  # saved on the way
