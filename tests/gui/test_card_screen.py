"""The transparency card of a practice pack says it is practice, whether it pays, and the
pass mark; content warnings are named in the worker's language."""

import pytest
from PySide6.QtCore import Qt

from gui.appdriver import press, start_app
from gui.practicedriver import log_in
from gui.practicepack import build_office, text_pack

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("paid, expected", [
    (True, "Practice pack, paid: "), (False, "Practice pack, not paid. Pass mark: 60 %.")])
def test_practice_card(qtbot, data_dir, paid, expected):
    data, media = text_pack(pass_mark="0.6", paid=paid)
    data["transparency"]["content_warnings"] = ["distress"]
    build_office(data_dir, [(data, media)])
    window = start_app(qtbot, data_dir)
    log_in(qtbot, window, packages=1)
    window.home.table.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    card = window.card
    qtbot.waitUntil(lambda: window.stack.currentWidget() is card and card.manifest is not None)
    rate = card.values["rate"].text()
    assert rate.startswith(expected)
    if paid:
        assert rate.endswith("Pass mark: 60 %.")
    assert card.values["warnings"].text() == "distressing content"
