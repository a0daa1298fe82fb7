"""Image tagging inside the real app: the item screen drives ImageTagView through the
kind-view protocol; a damaged image is skipped as unreadable and the session goes on."""

import pytest
from media.mediagen import flip_bytes, sha256, write_image
from media.mediapack import build_office
from PySide6.QtCore import Qt

from gui.appdriver import log_in, on_db, press, start_app, wait_saved

pytestmark = pytest.mark.gui
K = Qt.Key


@pytest.fixture
def office(data_dir, tmp_path, monkeypatch):
    good = write_image(tmp_path / "a.jpg", 1600, 1200, seed=1)
    damaged_source = write_image(tmp_path / "b.jpg", 1600, 1200, seed=2)
    damaged = flip_bytes(damaged_source, tmp_path / "b-flipped.jpg")
    last = write_image(tmp_path / "c.png", 800, 600, "PNG", seed=3)
    media = [(good, sha256(good), None), (damaged, sha256(damaged_source), None),
             (last, sha256(last), None)]
    return data_dir, build_office(data_dir, "image_tag", media)


def test_tag_skip_unreadable_and_go_on(qtbot, office):
    data_dir, package_pk = office
    window = start_app(qtbot, data_dir)
    log_in(qtbot, window)
    press(qtbot, K.Key_Return)  # open the package: the transparency card first
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.card)
    qtbot.waitUntil(lambda: "Example Lab" in window.card.values["client"].text())
    press(qtbot, K.Key_Return)  # "I have read this, start"
    items = window.items
    qtbot.waitUntil(lambda: items.item is not None and items.item.ordinal == 0,
                    timeout=10_000)
    view = items.view
    assert type(view).__name__ == "ImageTagView"
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)
    assert view.canvas.original_size().width() == 1600

    press(qtbot, K.Key_2)  # Dog
    press(qtbot, K.Key_Plus)  # zoom keys reach the view through the item screen
    assert view.canvas.is_zoomed()
    press(qtbot, K.Key_Return)  # done, next

    qtbot.waitUntil(lambda: items.item is not None and items.item.ordinal == 1,
                    timeout=10_000)
    qtbot.waitUntil(view.is_unreadable, timeout=10_000)
    assert "signed hash" in view.error_text()
    # The item screen's banner carries the skip action; press it as the worker would.
    qtbot.waitUntil(items.banner.action_button.isVisible)
    assert view.error_text() in items.banner.text()
    items.banner.action_button.click()

    qtbot.waitUntil(lambda: items.item is not None and items.item.ordinal == 2,
                    timeout=10_000)
    qtbot.waitUntil(lambda: not view.is_loading() and not view.is_unreadable(),
                    timeout=10_000)
    assert view.canvas.is_fitted()  # a new item starts fitted
    press(qtbot, K.Key_1)
    press(qtbot, K.Key_Return)
    wait_saved(qtbot, window)

    ws = window.session

    def read():
        return [ws.annotation_for(ws.item_at(package_pk, n).item_pk) for n in range(3)]

    first, second, third = on_db(qtbot, window, read)
    assert (first.status, first.value) == ("done", {"labels": ["dog"]})
    assert (second.status, second.skip_reason) == ("skipped", "unreadable")
    assert (third.status, third.value) == ("done", {"labels": ["cat"]})
