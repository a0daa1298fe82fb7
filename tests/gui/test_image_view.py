"""The image tagging view: labels by number keys, zoom and pan, decoding off the GUI thread."""

import threading

import pytest
from media.mediagen import make_item, make_manifest, sha256, write_image
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent

pytestmark = pytest.mark.gui


@pytest.fixture
def view(image_view):
    return image_view((683, 384), (900, 560))


def key(view, qt_key, text="", mods=Qt.KeyboardModifier.NoModifier):
    event = QKeyEvent(QEvent.Type.KeyPress, qt_key, mods, text)
    return view.handle_key(event)


def show(qtbot, view, item, value=None, manifest=None):
    view.show_item(item, value, manifest or make_manifest())
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)


def test_image_appears_fitted(qtbot, view, tmp_path):
    path = write_image(tmp_path / "a.jpg", 2000, 1000)
    show(qtbot, view, make_item(1, path, digest=sha256(path)))
    assert not view.is_unreadable()
    image = view.canvas.image()
    assert image.width() <= 683 and image.height() <= 384
    rect = view.canvas.target_rect()
    assert rect.width() <= view.canvas.width() + 0.5
    assert rect.height() <= view.canvas.height() + 0.5
    assert view.canvas.is_fitted()


def test_number_keys_toggle_a_single_label(qtbot, view, tmp_path):
    path = write_image(tmp_path / "a.jpg")
    show(qtbot, view, make_item(1, path))
    with qtbot.waitSignal(view.valueChanged) as sig:
        assert key(view, Qt.Key.Key_2, "2")
    assert sig.args == [{"labels": ["dog"]}]
    key(view, Qt.Key.Key_1, "1")
    assert view.value() == {"labels": ["cat"]}  # single choice: the new one replaces
    assert view._buttons["cat"].isChecked() and not view._buttons["dog"].isChecked()
    key(view, Qt.Key.Key_1, "1")
    assert view.value() == {"labels": []}  # pressing again removes it
    assert "1  Cat" in view._buttons["cat"].text()  # the key is on the button


def test_number_keys_toggle_multiple_labels(qtbot, view, tmp_path):
    path = write_image(tmp_path / "a.jpg")
    show(qtbot, view, make_item(1, path), manifest=make_manifest(choice="multi"))
    key(view, Qt.Key.Key_3, "3")
    key(view, Qt.Key.Key_1, "1")
    assert view.value() == {"labels": ["cat", "bird"]}  # manifest order
    key(view, Qt.Key.Key_3, "3")
    assert view.value() == {"labels": ["cat"]}


def test_show_item_and_set_value_do_not_emit(qtbot, view, tmp_path):
    path = write_image(tmp_path / "a.jpg")
    emitted = []
    view.valueChanged.connect(emitted.append)
    show(qtbot, view, make_item(1, path), value={"labels": ["dog"]})
    view.set_value({"labels": ["bird"]})
    assert emitted == [] and view.value() == {"labels": ["bird"]}


def test_read_only_ignores_label_keys(qtbot, view, tmp_path):
    path = write_image(tmp_path / "a.jpg")
    show(qtbot, view, make_item(1, path), value={"labels": ["cat"]})
    view.set_read_only(True)
    key(view, Qt.Key.Key_2, "2")
    assert view.value() == {"labels": ["cat"]}
    assert key(view, Qt.Key.Key_Plus, "+")  # zoom still works on a submitted item


def test_zoom_keys_and_fit(qtbot, view, tmp_path):
    path = write_image(tmp_path / "a.jpg", 1600, 1200)
    show(qtbot, view, make_item(1, path))
    fit = view.canvas.scale()
    assert key(view, Qt.Key.Key_Plus, "+")
    assert view.canvas.scale() == pytest.approx(fit * 1.25)
    assert view.canvas.is_zoomed()
    assert key(view, Qt.Key.Key_Minus, "-")
    assert view.canvas.scale() == pytest.approx(fit)
    key(view, Qt.Key.Key_Plus, "+")
    key(view, Qt.Key.Key_Plus, "+")
    assert key(view, Qt.Key.Key_F, "f")
    assert view.canvas.is_fitted()
    key(view, Qt.Key.Key_Plus, "+")
    assert key(view, Qt.Key.Key_0, "0")
    assert view.canvas.is_fitted()
    # Ctrl+= / Ctrl+- are the item screen's font size: the view leaves them alone.
    assert not key(view, Qt.Key.Key_Equal, "=", Qt.KeyboardModifier.ControlModifier)


def test_arrows_pan_only_when_zoomed(qtbot, view, tmp_path):
    path = write_image(tmp_path / "a.jpg", 1600, 1200)
    show(qtbot, view, make_item(1, path))
    assert not key(view, Qt.Key.Key_Right)  # not zoomed: arrows are not ours
    for _ in range(4):
        key(view, Qt.Key.Key_Plus, "+")
    before = view.canvas.center()
    assert key(view, Qt.Key.Key_Right)
    assert view.canvas.center().x() > before.x()
    assert key(view, Qt.Key.Key_Down)
    assert view.canvas.center().y() > before.y()
    for _ in range(200):
        key(view, Qt.Key.Key_Left)
    # Panning stops at the image's edge: it never leaves the window.
    assert view.canvas.target_rect().left() <= view.canvas.width() / 2


def test_ctrl_wheel_zooms_at_the_pointer(qtbot, view, tmp_path):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent

    path = write_image(tmp_path / "a.jpg", 1600, 1200)
    show(qtbot, view, make_item(1, path))
    canvas = view.canvas
    fitted = canvas.target_rect()
    at = QPointF(fitted.left() + fitted.width() * 0.4, fitted.top() + fitted.height() * 0.4)
    under = canvas.to_image(at)
    event = QWheelEvent(at, canvas.mapToGlobal(at), QPoint(0, 0), QPoint(0, 480),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    canvas.wheelEvent(event)
    assert canvas.is_zoomed()
    after = canvas.to_image(at)
    assert after.x() == pytest.approx(under.x(), abs=1) and after.y() == pytest.approx(
        under.y(), abs=1)


def test_drag_pans(qtbot, view, tmp_path):
    path = write_image(tmp_path / "a.jpg", 1600, 1200)
    show(qtbot, view, make_item(1, path))
    for _ in range(4):
        key(view, Qt.Key.Key_Plus, "+")
    before = view.canvas.center()
    mid = view.canvas.rect().center()
    qtbot.mousePress(view.canvas, Qt.MouseButton.LeftButton, pos=mid)
    qtbot.mouseMove(view.canvas, mid - type(mid)(50, 0))
    qtbot.mouseRelease(view.canvas, Qt.MouseButton.LeftButton, pos=mid - type(mid)(50, 0))
    assert view.canvas.center().x() > before.x()  # dragged left: see more of the right


def test_zooming_in_decodes_a_sharper_image(qtbot, view, tmp_path):
    path = write_image(tmp_path / "a.jpg", 2400, 1800)
    show(qtbot, view, make_item(1, path))
    small = view.canvas.image().width()
    for _ in range(6):
        key(view, Qt.Key.Key_Plus, "+")
    qtbot.waitUntil(lambda: view.canvas.image().width() > small, timeout=10_000)
    assert view.canvas.original_size().width() == 2400


def test_decoding_runs_off_the_gui_thread(qtbot, view, tmp_path, monkeypatch):
    from marika.gui import prefetch

    threads = []
    real = prefetch.decode_to_qimage

    def spy(request):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(request)

    view.loader._decode = spy
    path = write_image(tmp_path / "a.jpg")
    show(qtbot, view, make_item(1, path))
    assert threads == [False]


def test_stale_result_is_ignored(qtbot, view, tmp_path):
    slow = write_image(tmp_path / "slow.jpg", 3000, 2000, seed=1)
    fast = write_image(tmp_path / "fast.png", 40, 30, "PNG")
    view.show_item(make_item(1, slow), None, make_manifest())
    view.show_item(make_item(2, fast), None, make_manifest())
    qtbot.waitUntil(lambda: not view.loader.busy(), timeout=10_000)
    assert view.canvas.original_size().width() == 40


def test_labels_retranslate(qtbot, view, tmp_path):
    from PySide6.QtCore import QCoreApplication, QTranslator

    class Upper(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return source.upper() if context == "ImageTagView" else None

        def isEmpty(self):  # noqa: N802 - Qt override; Qt skips empty translators
            return False

    translator = Upper()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: view.fit_button.text() == "FIT (0 OR F)")
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: view.fit_button.text() == "Fit (0 or F)")


def test_zoom_label_follows_the_size_the_first_image_is_shown_at(qtbot, tasks, tmp_path):
    from marika.gui.image_view import ImageTagView

    view = ImageTagView(box=(683, 384))
    view.tasks = tasks
    qtbot.addWidget(view)  # still hidden and small when the first image arrives
    path = write_image(tmp_path / "a.jpg", 450, 300)
    view.show_item(make_item(1, path), None, make_manifest())
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    expected = round(view.canvas.scale() * 100)
    assert expected > 100  # a small photo is enlarged to fit
    assert view.zoom_label.text() == f"Zoom: {expected} %"
