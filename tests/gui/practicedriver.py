"""Keyboard helpers for tests with several packages (practice packs, the tour)."""

from __future__ import annotations

from conftest import TEST_PASSWORD
from PySide6.QtCore import Qt

from gui.appdriver import press, type_text

K = Qt.Key


def log_in(qtbot, window, *, packages: int, username="rasoa"):
    page = window.start.login_page
    qtbot.waitUntil(lambda: window.start.current_page() is page and page.profiles.count() > 0)
    page.username.setFocus()
    page.username.selectAll()
    type_text(qtbot, username)
    press(qtbot, K.Key_Return)
    type_text(qtbot, TEST_PASSWORD)
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=10_000)
    qtbot.waitUntil(lambda: window.home.table.rowCount() == packages)
    qtbot.waitUntil(lambda: not window.tasks.busy())  # the profile's language and text size


def open_row(qtbot, window, row: int):
    """Open the package in this row of the home screen, through its card the first time."""
    home, items = window.home, window.items
    home.table.setFocus()
    home.table.selectRow(row)
    package_pk = home.summaries[row].package_pk
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() in (window.card, items))
    card = window.card
    if window.stack.currentWidget() is card:
        qtbot.waitUntil(lambda: card.manifest is not None
                        and card.summary.package_pk == package_pk)
        press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: items.item is not None and items.package_pk == package_pk
                    and not items.loading, timeout=10_000)
    return items


def at(qtbot, items, ordinal):
    qtbot.waitUntil(lambda: items.item is not None and items.item.ordinal == ordinal
                    and not items.loading, timeout=10_000)
