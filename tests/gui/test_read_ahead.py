"""Enter and Page Down show the next item from what was read ahead: no database round
trip between the key and the next item painted (issue 13, item 6), and never stale."""

import threading

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from gui.appdriver import on_db, open_first_item, press, wait_saved
from gui.textpack import TEXTS, build_office

pytestmark = pytest.mark.gui
K = Qt.Key


@pytest.fixture
def items(qtbot, data_dir):
    window = open_first_item(qtbot, data_dir, build_office(data_dir, TEXTS))
    screen = window.items
    screen.window_ = window
    return screen


def read_ahead(qtbot, screen):
    qtbot.waitUntil(lambda: screen.item.ordinal + 1 in screen.read_ahead)
    wait_saved(qtbot, screen.window_)


def test_enter_shows_the_next_item_at_once_and_saves_behind(qtbot, items):
    for ordinal in range(3):
        read_ahead(qtbot, items)
        press(qtbot, K.Key_1)
        press(qtbot, K.Key_Return)
        # No event loop turn in between: the next item is already on screen.
        assert items.item.ordinal == ordinal + 1 and not items.loading
        assert items.view.text.toPlainText() == TEXTS[ordinal + 1]
    wait_saved(qtbot, items.window_)
    ws, pk = items.ws, items.package_pk
    records = on_db(qtbot, items.window_, lambda: [
        ws.annotation_for(ws.item_at(pk, n).item_pk) for n in range(3)])
    assert [(r.status, r.value) for r in records] == [("done", {"labels": ["pos"]})] * 3
    qtbot.waitUntil(lambda: items.progress.done == 3)


def test_work_done_on_an_item_is_what_shows_when_it_comes_back(qtbot, items):
    read_ahead(qtbot, items)
    press(qtbot, K.Key_PageDown)
    assert items.item.ordinal == 1
    press(qtbot, K.Key_2)  # item 1 changes after item 0 read it ahead
    press(qtbot, K.Key_PageUp)
    qtbot.waitUntil(lambda: items.item.ordinal == 0 and not items.loading)
    read_ahead(qtbot, items)
    press(qtbot, K.Key_PageDown)
    assert items.item.ordinal == 1
    assert items.view.value() == {"labels": ["neg"]}


def test_enter_skips_over_finished_work_through_the_database(qtbot, items):
    read_ahead(qtbot, items)
    press(qtbot, K.Key_PageDown)
    press(qtbot, K.Key_3)
    press(qtbot, K.Key_Return)  # item 1 done: on to item 2
    qtbot.waitUntil(lambda: items.item.ordinal == 2 and not items.loading)
    for ordinal in (1, 0):
        press(qtbot, K.Key_PageUp)
        qtbot.waitUntil(lambda n=ordinal: items.item.ordinal == n and not items.loading)
    read_ahead(qtbot, items)  # item 1 read ahead as done
    press(qtbot, K.Key_1)
    press(qtbot, K.Key_Return)  # the next to do after 0 is 2, not the done item 1
    qtbot.waitUntil(lambda: items.item.ordinal == 2 and not items.loading)


def test_a_read_landing_late_still_serves_the_items_not_shown_since(qtbot, items):
    """Keys pressed faster than the database answers: the read asked for on item 1 lands
    while item 2 is on screen. Item 3, which it holds and which was not shown since, is
    shown at once on the next key; item 2, shown (and changed) since, is not taken from
    it."""
    tasks = items.window_.tasks
    read_ahead(qtbot, items)
    gates = [threading.Event(), threading.Event()]
    try:
        tasks.run_db(lambda: gates[0].wait(30))  # the database is busy
        press(qtbot, K.Key_PageDown)
        assert items.item.ordinal == 1
        QCoreApplication.processEvents()  # painted: item 1's read is asked for
        tasks.run_db(lambda: gates[1].wait(30))  # busy again, after that read
        press(qtbot, K.Key_PageDown)
        assert items.item.ordinal == 2
        press(qtbot, K.Key_2)  # item 2 changes; its save waits behind the second gate
        QCoreApplication.processEvents()
        gates[0].set()  # item 1's read lands, late: item 2 is on screen
        qtbot.waitUntil(lambda: 3 in items.read_ahead)
        assert 2 not in items.read_ahead
        press(qtbot, K.Key_PageDown)
        # No database round trip: the database is still busy.
        assert items.item.ordinal == 3 and not items.loading
        assert items.view.text.toPlainText() == TEXTS[3]
    finally:
        for gate in gates:
            gate.set()
    wait_saved(qtbot, items.window_)
    press(qtbot, K.Key_PageUp)
    qtbot.waitUntil(lambda: items.item.ordinal == 2 and not items.loading)
    assert items.view.value() == {"labels": ["neg"]}
