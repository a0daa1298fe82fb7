"""The image is decoded to the size the canvas shows it at, so a switch paints a copy of
it instead of resizing it; the canvas growing brings a larger decode; and the screen's
read-ahead starts only once the new item is painted (gui/after_paint.py)."""

import pytest
from media.mediagen import make_item, make_manifest, write_image
from PySide6.QtWidgets import QWidget

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot, image_view):
    view = image_view((1366, 768), (700, 420))
    qtbot.waitExposed(view)
    return view


def show(qtbot, view, item):
    view.show_item(item, None, make_manifest())
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)


def fitted(view):
    rect = view.canvas.target_rect()
    return round(rect.width()), round(rect.height())


def test_the_image_is_decoded_at_the_size_it_is_shown(qtbot, view, tmp_path):
    paths = [write_image(tmp_path / f"{n}.jpg", 1600, 1200) for n in range(2)]
    show(qtbot, view, make_item(1, paths[0]))  # at the screen's size: not laid out yet
    qtbot.waitUntil(view.canvas.painted)
    show(qtbot, view, make_item(2, paths[1]))
    image = view.canvas.image()
    assert image.width() < 1024  # smaller than the screen box would give (1024x768)
    width, height = fitted(view)
    assert abs(image.width() - width) <= 1 and abs(image.height() - height) <= 1


def test_the_next_images_are_decoded_at_that_size_too(qtbot, view, tmp_path):
    paths = [write_image(tmp_path / f"{n}.jpg", 1600, 1200) for n in range(2)]
    show(qtbot, view, make_item(1, paths[0]))
    qtbot.waitUntil(view.canvas.painted)
    view.prefetch([make_item(2, paths[1])])
    qtbot.waitUntil(lambda: not view.loader.busy(), timeout=10_000)
    calls = view.loader.decode_calls
    show(qtbot, view, make_item(2, paths[1]))
    assert view.loader.decode_calls == calls  # from the cache: the same size was asked
    assert view.canvas.image().size() == view.loader.cache.get(view._request).size()


def test_a_larger_canvas_brings_a_larger_decode(qtbot, view, tmp_path):
    paths = [write_image(tmp_path / f"{n}.jpg", 1600, 1200) for n in range(2)]
    show(qtbot, view, make_item(1, paths[0]))
    qtbot.waitUntil(view.canvas.painted)
    show(qtbot, view, make_item(2, paths[1]))
    small = view.canvas.image().width()
    view.resize(1100, 800)
    qtbot.waitUntil(lambda: view.canvas.image().width() > small, timeout=10_000)
    width, height = fitted(view)
    assert abs(view.canvas.image().width() - width) <= 1
    view.resize(700, 420)  # smaller again: the larger image is kept, drawn smaller
    qtbot.wait(50)
    assert view.canvas.image().width() > small


def test_an_image_still_decoding_shows_loading_on_the_canvas_without_a_relayout(
        qtbot, tasks, tmp_path):
    """A flip to a loading page and back relaid out the whole screen twice per item."""
    import threading

    from marika.gui.image_view import ImageTagView
    from marika.gui.prefetch import ImageLoader, decode_to_qimage

    gate = threading.Event()

    def held(request):
        if request.path.endswith("1.jpg"):
            gate.wait(10)
        return decode_to_qimage(request)

    view = ImageTagView(loader=ImageLoader(decode=held), box=(1366, 768))
    view.tasks = tasks
    view.resize(700, 420)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    paths = [write_image(tmp_path / f"{n}.jpg", 800, 600, seed=n) for n in range(2)]
    show(qtbot, view, make_item(1, paths[0]))
    pages = []
    view.stack.currentChanged.connect(pages.append)
    view.show_item(make_item(2, paths[1]), None, make_manifest())
    assert view.is_loading() and view.canvas.image() is None
    assert view.stack.currentWidget() is view.canvas  # "Loading" is drawn on it
    qtbot.wait(50)
    assert view.is_loading()
    gate.set()
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)
    assert view.canvas.image() is not None and pages == []


def test_decoded_pixels_keep_their_colours_once_the_decoder_is_done(qapp, tmp_path):
    """The image is drawn from the decoder's lent memory into memory of Qt's own."""
    import gc

    from PIL import Image

    from marika.gui.prefetch import ImageRequest, decode_to_qimage

    path = tmp_path / "a.png"
    Image.new("RGB", (1600, 1200), (10, 200, 30)).save(path)
    image = decode_to_qimage(ImageRequest(str(path), None, 800, 564))
    gc.collect()
    filler = [bytes(range(256)) * 8000 for _ in range(50)]  # reuse freed memory, if any
    assert (image.width(), image.height()) == (752, 564)
    colour = image.pixelColor(375, 280)
    assert (colour.red(), colour.green(), colour.blue()) == (10, 200, 30)
    assert image.text("original") == "1600x1200" and filler


@pytest.mark.parametrize("turn", [1, 6])
@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_decoded_rgb_is_opaque_rgb32_whatever_the_padding_byte(qapp, tmp_path, fmt, turn):
    """Pillow's padding byte is 0 after some operations (a whole-factor reduction, an EXIF
    turn); RGB32 must hold 0xff there, or a translucent backing store shows through."""
    from PIL import Image
    from PySide6.QtGui import QImage

    from marika.gui.prefetch import ImageRequest, decode_to_qimage

    exif = Image.Exif()
    exif[0x0112] = turn
    path = tmp_path / f"a.{fmt.lower()}"
    Image.new("RGB", (3200, 2400), (10, 200, 30)).save(path, exif=exif.tobytes())
    image = decode_to_qimage(ImageRequest(str(path), None, 800, 564))
    assert image.format() == QImage.Format.Format_RGB32
    pixels = bytes(image.constBits())[: image.bytesPerLine() * image.height()]
    assert set(pixels[3::4]) == {0xFF}
    colour = image.pixelColor(image.width() // 2, image.height() // 2)
    assert max(abs(colour.red() - 10), abs(colour.green() - 200), abs(colour.blue() - 30)) <= 3


def test_a_sharper_decode_over_pillows_block_size_is_drawn_from_a_copy(qapp, tmp_path):
    """Zoomed in, up to 3072 px wide: Pillow keeps such an image in several blocks and
    cannot lend it, so it is copied out, in the same layout."""
    from PIL import Image
    from PySide6.QtGui import QImage

    from marika.gui.prefetch import ImageRequest, decode_to_qimage

    path = tmp_path / "big.png"
    Image.new("RGB", (3072, 2048), (10, 200, 30)).save(path, compress_level=1)
    image = decode_to_qimage(ImageRequest(str(path), None, 3072, 2048))
    assert (image.width(), image.height(), image.format()) == \
        (3072, 2048, QImage.Format.Format_RGB32)
    colour = image.pixelColor(3000, 2000)
    assert (colour.red(), colour.green(), colour.blue()) == (10, 200, 30)


def test_a_transparent_image_keeps_its_alpha_when_fitted(qapp, tmp_path):
    from PIL import Image

    from marika.gui.prefetch import ImageRequest, decode_to_qimage

    path = tmp_path / "a.png"
    Image.new("RGBA", (1600, 1200), (200, 40, 40, 128)).save(path)
    image = decode_to_qimage(ImageRequest(str(path), None, 800, 564))
    assert (image.width(), image.height()) == (752, 564)
    colour = image.pixelColor(375, 280)
    assert abs(colour.alpha() - 128) <= 1 and abs(colour.red() - 200) <= 2


def test_after_paint_runs_after_the_pending_paint(qtbot):
    from marika.gui.after_paint import AfterPaint

    painted = []

    class Probe(QWidget):
        def paintEvent(self, event):  # noqa: N802 - Qt override
            painted.append("paint")

    probe = Probe()
    qtbot.addWidget(probe)
    probe.resize(200, 100)
    probe.show()
    qtbot.waitExposed(probe)
    qtbot.wait(20)
    painted.clear()
    later = AfterPaint(probe)
    probe.update()
    later.call(lambda: painted.append("after"))
    qtbot.waitUntil(lambda: "after" in painted, timeout=5_000)
    assert painted == ["paint", "after"]
