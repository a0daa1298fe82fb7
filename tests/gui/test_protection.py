"""Protection from harmful content on the item screen: hiding again, Enter on a hidden
item, the daily limit, the break after time on warned items, the skip dialog's word on
pay, and the money in view."""

import pytest
from PySide6.QtCore import Qt

from gui.appdriver import log_in, on_db, press, start_app, wait_saved
from gui.test_item_screen import in_dialog, record_at
from gui.textpack import TEXTS, build_office

pytestmark = pytest.mark.gui
K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def open_items(qtbot, data_dir, *, warned, before=None, **manifest_kw):
    package_pk = build_office(data_dir, TEXTS, warned=warned, **manifest_kw)
    window = start_app(qtbot, data_dir)
    log_in(qtbot, window)
    ws = window.session
    on_db(qtbot, window, lambda: ws.acknowledge_card(package_pk))
    if before is not None:
        on_db(qtbot, window, lambda: before(ws))
    window.home.refresh()
    qtbot.waitUntil(lambda: bool(window.home.summaries)
                    and window.home.summaries[0].card_acknowledged)
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: window.items.item is not None and not window.items.loading)
    window.package_pk = package_pk
    return window


def test_revealed_item_is_hidden_again_with_the_same_key(qtbot, data_dir):
    window = open_items(qtbot, data_dir, warned={0})
    items = window.items
    assert items.covered and items.stack.currentWidget() is items.cover
    press(qtbot, K.Key_R, CTRL)
    assert items.stack.currentWidget() is items.view
    assert TEXTS[0] in items.view.text.toPlainText()
    assert "Hide again" in items.commands["reveal"].button(items).text()
    press(qtbot, K.Key_R, CTRL)  # hidden again
    assert items.covered and items.stack.currentWidget() is items.cover
    assert TEXTS[0] not in items.view.text.toPlainText()  # not just behind the cover
    press(qtbot, K.Key_1)  # number keys do nothing while it is hidden
    assert items.history.current == {}


def test_enter_on_a_hidden_item_says_what_to_do(qtbot, data_dir):
    window = open_items(qtbot, data_dir, warned={0})
    items = window.items
    press(qtbot, K.Key_Return)
    assert items.banner.current_key() == "hidden"
    assert "Ctrl+R" in items.banner.text() and "Ctrl+K" in items.banner.text()
    assert items.item.ordinal == 0 and items.covered  # it did not silently move on
    press(qtbot, K.Key_R, CTRL)
    assert items.banner.current_key() is None


def test_past_the_daily_limit_warned_items_are_skipped_unseen(qtbot, data_dir):
    window = open_items(
        qtbot, data_dir, warned={0, 1, 2},
        before=lambda ws: ws.set_protection(daily_limit=1, break_minutes=None))
    items = window.items
    press(qtbot, K.Key_R, CTRL)  # the first warned item of the day: within the limit
    press(qtbot, K.Key_1)
    press(qtbot, K.Key_Return)
    # Items 1 and 2 are warned and past the limit: skipped without being shown.
    qtbot.waitUntil(lambda: items.item.ordinal == 3 and not items.loading, timeout=10_000)
    wait_saved(qtbot, window)
    for ordinal in (1, 2):
        record = record_at(qtbot, window, ordinal)
        assert record.status == "skipped" and record.skip_reason == "disturbing"
    assert items.banner.current_key() == "limit"
    assert "daily limit of 1 item" in items.banner.text()
    assert "never a penalty" in items.banner.text()
    care = on_db(qtbot, window, lambda: window.session.protection(window.package_pk))
    assert care.seen_today == 1  # the skipped ones were never seen


def test_the_package_can_suggest_the_limit(qtbot, data_dir):
    window = open_items(qtbot, data_dir, warned={0, 1},
                        protection={"warned_daily_limit": 1})
    assert window.items.guard.limit() == 1


def test_a_break_is_suggested_after_time_on_warned_items(qtbot, data_dir):
    window = open_items(qtbot, data_dir, warned={0},
                        before=lambda ws: ws.set_protection(daily_limit=None, break_minutes=2))
    items = window.items
    now = [5000.0]
    items.clock = lambda: now[0]
    press(qtbot, K.Key_R, CTRL)
    for _ in range(5):  # two and a half minutes of steady work on the warned item
        now[0] += 30
        items.touch()
    items.guard.check()
    assert items.banner.current_key() == "sensitive-break"
    text = items.banner.text()
    assert "2 minutes" in text and "content warnings" in text
    assert "data@example.org" in text  # the support contact from the card
    items.banner.action_button.click()  # "I take a break"
    assert items.banner.current_key() is None
    items.guard.check()
    assert items.banner.current_key() is None
    qtbot.waitUntil(lambda: not window.tasks.busy())
    care = on_db(qtbot, window, lambda: window.session.protection(window.package_pk))
    assert care.sensitive_ms_today >= 0 and not care.break_due()


def test_the_worker_sets_the_limit_in_a_dialog(qtbot, data_dir):
    window = open_items(qtbot, data_dir, warned={0})
    items = window.items

    def choose(dialog):
        dialog.limit.setValue(7)
        dialog.minutes.setValue(15)
        dialog.accept()

    in_dialog(qtbot, choose)
    items.cover.limits_button.click()
    qtbot.waitUntil(lambda: items.guard.limit() == 7, timeout=10_000)
    care = on_db(qtbot, window, lambda: window.session.protection(window.package_pk))
    assert (care.daily_limit, care.break_after_minutes) == (7, 15)


def test_skip_dialog_says_skipped_items_are_not_paid(qtbot, data_dir):
    open_items(qtbot, data_dir, warned=())
    seen = []
    from marika.gui.dialogs import SkipDialog

    in_dialog(qtbot, lambda d: (seen.append(d.note.text()), d.reject()), SkipDialog)
    press(qtbot, K.Key_K, CTRL)
    qtbot.waitUntil(lambda: bool(seen))
    assert "not paid" in seen[0] and "never a penalty" in seen[0]


def test_the_item_screen_shows_the_rate_and_today_total_moving_after_done(qtbot, data_dir):
    window = open_items(qtbot, data_dir, warned=(), rate="25", currency="MGA")
    items = window.items
    money = items.header.money
    assert "Ar25 per item" in money.text() and "today Ar0" in money.text()
    press(qtbot, K.Key_1)
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: "today Ar25" in money.text(), timeout=10_000)
    assert "(+Ar25)" in money.text() and money.font().bold()  # visibly moved
    assert "1 done" in items.counter.text()
