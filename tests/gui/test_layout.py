"""The window on a 1366x768 screen: it opens maximised on the available screen, and no
mode makes it wider than the screen (trainer mode on, then off, keeps every action
button inside)."""

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton

from gui.appdriver import start_app
from gui.practicedriver import log_in, open_row
from gui.practicepack import build_office, plain_pack, text_pack

pytestmark = pytest.mark.gui
K = Qt.Key
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
SCREEN = (1366, 768)


def outside(window, screen) -> list[str]:
    """Visible buttons of `screen` not wholly inside the window."""
    inside = QRect(QPoint(0, 0), window.size())
    found = []
    for button in screen.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or not button.isVisible():
            continue
        top_left = button.mapTo(window, QPoint(0, 0))
        if not inside.contains(QRect(top_left, button.size())):
            found.append(f"{button.text()!r} at {top_left.x()},{top_left.y()} "
                         f"{button.width()}x{button.height()}")
    return found


@pytest.mark.parametrize("lang", ["mg", "fr", "en"])
def test_trainer_mode_on_then_off_keeps_every_button_on_a_1366_screen(qtbot, data_dir, lang):
    build_office(data_dir, [text_pack(pass_mark="0.6", paid=True), plain_pack()])
    window = start_app(qtbot, data_dir, lang=lang)
    window.fit_screen(QRect(0, 0, *SCREEN))  # as main.run does with the real screen
    log_in(qtbot, window, packages=2)
    home = window.home
    row = next(r for r in range(2) if "(practice)" in home.table.item(r, 0).text())
    items = open_row(qtbot, window, row)
    window.apply_font(window.base_font_pt + 3)  # a bigger text size, as many choose
    qtbot.wait(20)
    assert not outside(window, items), outside(window, items)
    items.practice.toggle_trainer()
    qtbot.waitUntil(items.practice.trainer.isVisible)
    qtbot.wait(20)
    assert window.width() <= SCREEN[0]
    assert not outside(window, items), outside(window, items)
    items.practice.toggle_trainer()
    qtbot.waitUntil(lambda: not items.practice.trainer.isVisible())
    qtbot.wait(20)
    assert window.width() <= SCREEN[0]
    assert not outside(window, items), outside(window, items)
    # The next person's log-in button too.
    window.log_out()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.start)
    qtbot.wait(20)
    assert window.width() <= SCREEN[0]
    assert not outside(window, window.start), outside(window, window.start)


def test_the_window_opens_maximised_on_the_available_screen(qtbot, data_dir):
    window = start_app(qtbot, data_dir)
    window.fit_screen()
    qtbot.waitUntil(window.isMaximized)
    area = window.screen().availableGeometry()
    assert window.maximumWidth() <= area.width()
    assert window.maximumHeight() <= area.height()
