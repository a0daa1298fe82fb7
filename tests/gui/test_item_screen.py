"""The item screen: content warnings, flags, active time, breaks, submit, text size, language."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from gui.appdriver import (
    on_db,
    open_first_item,
    press,
    start_app,
    type_text,
    wait_saved,
    when_dialog,
)
from gui.textpack import TEXTS, build_office

pytestmark = pytest.mark.gui
K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def app_at_first_item(qtbot, data_dir, monkeypatch):
    return open_first_item(qtbot, data_dir, build_office(data_dir, TEXTS, warned={1}))


def record_at(qtbot, window, ordinal):
    ws, pk = window.session, window.package_pk
    return on_db(qtbot, window, lambda: ws.annotation_for(ws.item_at(pk, ordinal).item_pk))


def in_dialog(qtbot, action, kind=QDialog):
    """Run `action(dialog)` once a modal dialog (of class `kind`) is open and has the
    keyboard (a key sent before that is lost, and the dialog waits for ever)."""
    when_dialog(action, kind, keyboard=True)


def test_warned_item_stays_hidden_until_revealed(qtbot, app_at_first_item):
    window = app_at_first_item
    items = window.items
    press(qtbot, K.Key_PageDown)
    qtbot.waitUntil(lambda: items.item.ordinal == 1)
    assert items.stack.currentWidget() is items.cover
    assert "violence" in items.cover.warnings.text()
    press(qtbot, K.Key_1)  # number keys do nothing while it is hidden
    assert items.history.current == {}
    press(qtbot, K.Key_R, CTRL)
    assert items.stack.currentWidget() is items.view
    assert TEXTS[1] in items.view.text.toPlainText()
    press(qtbot, K.Key_1)
    assert items.view.value() == {"labels": ["pos"]}


def test_warned_item_can_be_skipped_without_seeing_it(qtbot, app_at_first_item):
    window = app_at_first_item
    items = window.items
    press(qtbot, K.Key_PageDown)
    qtbot.waitUntil(lambda: items.item.ordinal == 1)
    seen = []
    # Enter takes the suggested reason: "disturbing" for a hidden item.
    from marika.gui.dialogs import SkipDialog

    in_dialog(qtbot, lambda d: (seen.append(d.reason), press(qtbot, K.Key_Return, widget=d)),
              SkipDialog)
    press(qtbot, K.Key_K, CTRL)
    qtbot.waitUntil(lambda: items.item.ordinal != 1)
    wait_saved(qtbot, window)
    record = record_at(qtbot, window, 1)
    assert record.status == "skipped" and record.skip_reason == "disturbing"
    assert 1 not in {pk for pk in items.revealed}


def test_flag_with_a_note_then_unflag(qtbot, app_at_first_item):
    window = app_at_first_item
    items = window.items

    def write_note(dialog):
        dialog.edit.setFocus()
        qtbot.keyClicks(dialog.edit, "two labels fit")
        press(qtbot, K.Key_Return, widget=dialog.edit)

    in_dialog(qtbot, write_note)
    press(qtbot, K.Key_F, CTRL)
    qtbot.waitUntil(lambda: items.flagged)
    assert "Flagged for review" in items.badge.text()
    assert "Remove flag" in items.commands["flag"].button(items).text()
    wait_saved(qtbot, window)
    record = record_at(qtbot, window, 0)
    assert record.flagged and record.flag_note == "two labels fit"
    press(qtbot, K.Key_F, CTRL)  # flagged already: Ctrl+F removes the flag
    wait_saved(qtbot, window)
    assert not record_at(qtbot, window, 0).flagged


def test_idle_time_is_not_counted(qtbot, app_at_first_item):
    window = app_at_first_item
    items = window.items
    now = [1000.0]
    items.clock = lambda: now[0]
    items.go_to(0)  # show the item again under the test clock
    qtbot.waitUntil(lambda: not items.loading)
    for _ in range(10):  # ten seconds of steady work
        now[0] += 1
        items.touch()
    now[0] += 600  # ten minutes away from the desk
    press(qtbot, K.Key_2)
    now[0] += 2
    press(qtbot, K.Key_1)
    wait_saved(qtbot, window)
    record = record_at(qtbot, window, 0)
    assert 10_000 <= record.active_ms <= 13_000


def test_break_is_suggested_after_long_work(qtbot, app_at_first_item):
    from marika.core.timing import SessionClock

    window = app_at_first_item
    items = window.items
    now = [0.0]
    items.clock = lambda: now[0]
    items.breaks.session = SessionClock(suggest_after_ms=5 * 60_000)
    for _ in range(11):
        now[0] += 30
        items.touch()
    items.breaks.check()
    assert items.banner.current_key() == "break"
    assert "5 minute" in items.banner.text()
    items.banner.action_button.click()  # "I take a break"
    assert not items.banner.isVisible()
    items.breaks.check()
    assert items.banner.current_key() is None


def test_submitted_items_are_read_only(qtbot, app_at_first_item):
    window = app_at_first_item
    items = window.items
    press(qtbot, K.Key_1)
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: items.item.ordinal != 0)
    wait_saved(qtbot, window)
    in_dialog(qtbot, lambda d: d.button(d.StandardButton.Yes).click())
    press(qtbot, K.Key_S, CTRL | SHIFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=10_000)
    qtbot.waitUntil(lambda: "submitted" in window.home.banner.text())
    items.open_package(window.session, window.package_pk, ordinal=0)
    window.stack.setCurrentWidget(items)
    qtbot.waitUntil(lambda: items.item is not None and items.item.ordinal == 0
                    and not items.loading)
    assert items.read_only
    assert "read only" in items.badge.text()
    press(qtbot, K.Key_2)
    assert items.view.value() == {"labels": ["pos"]}
    assert not items.commands["skip"].isEnabled()
    assert record_at(qtbot, window, 0).submitted


def test_text_size_changes_with_keys_and_is_remembered(qtbot, app_at_first_item):
    window = app_at_first_item
    before = window.centralWidget().font().pointSizeF()
    press(qtbot, K.Key_Equal, CTRL)
    press(qtbot, K.Key_Equal, CTRL)
    assert window.centralWidget().font().pointSizeF() == before + 2
    assert window.items.counter.font().pointSizeF() == before + 2
    press(qtbot, K.Key_Minus, CTRL)
    assert window.centralWidget().font().pointSizeF() == before + 1
    qtbot.waitUntil(lambda: not window.tasks.busy())
    prefs = on_db(qtbot, window, window.session.preferences)
    assert prefs["font_size"] == before + 1


def test_layout_fits_the_target_screen_at_every_text_size(qtbot, app_at_first_item):
    window = app_at_first_item
    for step in range(0, 5):
        window.apply_font(window.base_font_pt + step)
        for screen in (window.items, window.home, window.card):
            window.stack.setCurrentWidget(screen)
            hint = window.minimumSizeHint()
            assert hint.width() <= 1366 and hint.height() <= 700, (screen, step, hint)


def test_language_switch_retranslates_package_texts_without_restart(qtbot,
                                                                    app_at_first_item):
    window = app_at_first_item
    press(qtbot, K.Key_Escape)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home)
    qtbot.waitUntil(lambda: window.home.table.item(0, 0) is not None)
    assert window.home.table.item(0, 0).text() == "Shop reviews"
    window.language_actions["fr"].trigger()
    qtbot.waitUntil(lambda: window.home.table.item(0, 0).text() == "Avis de magasins")
    assert window.language_actions["fr"].isChecked()
    qtbot.waitUntil(lambda: not window.tasks.busy())
    assert on_db(qtbot, window, lambda: window.session.language) == "fr"
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.home.table.item(0, 0).text() == "Shop reviews")


def test_live_switch_retranslates_the_open_package(qtbot, app_at_first_item):
    from gui.textpack import INSTRUCTIONS_FR

    window = app_at_first_item
    items = window.items
    names = lambda: [b.text() for b in items.view._buttons.values()]  # noqa: E731
    assert items.title.text() == "Shop reviews" and "1  Positive" in names()
    for lang, title, label in (("fr", "Avis de magasins", "1  Positif"),
                               ("mg", "Hevitry momba ny fivarotana", "1  Tsara"),
                               ("fr", "Avis de magasins", "1  Positif")):
        window.language_actions[lang].trigger()
        qtbot.waitUntil(lambda t=title: items.title.text() == t)
        qtbot.waitUntil(lambda lb=label: lb in names())
        assert label[3:] in [what for _key, what in items.panel.key_rows()]
    assert items.panel.text.toPlainText() == INSTRUCTIONS_FR
    assert items.view.value() == {"labels": []}  # nothing chosen changed on the way


def test_first_start_sets_up_the_supervisor_by_keyboard(qtbot, data_dir):
    window = start_app(qtbot, data_dir)
    page = window.start.setup_page
    qtbot.waitUntil(lambda: window.start.current_page() is page)
    qtbot.waitUntil(page.username.hasFocus)
    type_text(qtbot, "office")
    press(qtbot, K.Key_Tab)
    type_text(qtbot, "Office Ambohijatovo")
    press(qtbot, K.Key_Tab)
    type_text(qtbot, "short")
    press(qtbot, K.Key_Tab)
    type_text(qtbot, "short")
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: "8 characters" in page.error.text())
    for edit in (page.password, page.repeat):
        edit.clear()
        edit.setFocus()
        type_text(qtbot, "a long office password")

    def keep_key(dialog):
        assert dialog.key.toPlainText().startswith("x25519-priv:")
        dialog.confirm.setChecked(True)
        dialog.continue_button.click()

    in_dialog(qtbot, keep_key)
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: window.supervisor is not None
                    and window.stack.currentWidget() is window.supervisor, timeout=10_000)
    qtbot.waitUntil(lambda: "Office Ambohijatovo" in window.supervisor.heading.text())


def test_wrong_password_says_so_calmly(qtbot, data_dir, monkeypatch):
    build_office(data_dir, TEXTS)
    window = start_app(qtbot, data_dir)
    page = window.start.login_page
    qtbot.waitUntil(lambda: page.profiles.count() == 2)
    page.password.setFocus()
    type_text(qtbot, "not my password")
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: "Wrong user name or password." in page.error.text())
    assert page.password.text() == "" and page.password.hasFocus()
    assert window.stack.currentWidget() is window.start
