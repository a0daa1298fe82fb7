"""Images decode to screen size within limits; every kind of damage is a clear MediaError."""

import pytest

from marika.core.errors import MediaError
from marika.media import errors
from marika.media.images import MAX_PIXELS, decode_image, image_size, lent_pixels

from .mediagen import (
    flip_bytes,
    huge_header_jpeg,
    huge_header_png,
    sha256,
    truncate,
    write_image,
)

SCREEN = (1366, 768)


@pytest.mark.parametrize("fmt,ext", [("JPEG", "jpg"), ("PNG", "png"), ("WEBP", "webp"),
                                     ("GIF", "gif"), ("BMP", "bmp"), ("TIFF", "tif")])
def test_formats_decode_to_screen_size(tmp_path, fmt, ext):
    path = write_image(tmp_path / f"a.{ext}", 2000, 1500, fmt)
    img = decode_image(path, max_size=SCREEN, sha256=sha256(path))
    assert (img.original_width, img.original_height) == (2000, 1500)
    assert img.width <= 1366 and img.height <= 768
    assert max(img.width / 1366, img.height / 768) > 0.95  # fits the box, not far smaller
    assert img.mode in ("RGB", "RGBA")
    assert len(img.data) == img.bytes_per_line * img.height


@pytest.mark.parametrize("fmt,size", [("JPEG", (1600, 1200)), ("JPEG", (4000, 3000)),
                                      ("PNG", (2500, 1900)), ("PNG", (800, 600))])
def test_not_exact_stops_within_twice_the_fit_by_whole_reductions(tmp_path, fmt, size):
    """For a caller that scales the rest of the way (the GUI, with Qt on its worker)."""
    path = write_image(tmp_path / f"a.{fmt.lower()}", *size, fmt)
    box = (800, 564)
    fit = min(box[0] / size[0], box[1] / size[1])
    img = decode_image(path, max_size=box, exact=False)
    assert (img.original_width, img.original_height) == size
    assert size[0] * fit - 1 <= img.width < 2 * size[0] * fit
    assert size[1] * fit - 1 <= img.height < 2 * size[1] * fit


def test_small_image_is_not_enlarged(tmp_path):
    img = decode_image(write_image(tmp_path / "s.png", 200, 100, "PNG"), max_size=SCREEN)
    assert (img.width, img.height) == (200, 100)


def test_transparent_png_keeps_alpha(tmp_path):
    from PIL import Image

    path = tmp_path / "t.png"
    Image.new("RGBA", (50, 40), (255, 0, 0, 0)).save(path)
    assert decode_image(path, max_size=SCREEN).mode == "RGBA"


def test_40_megapixel_jpeg_decodes_to_screen_size(tmp_path):
    path = write_image(tmp_path / "big.jpg", 7744, 5164, "JPEG", quality=80)  # 40.0 MP
    assert 7744 * 5164 <= MAX_PIXELS
    img = decode_image(path, max_size=SCREEN, sha256=sha256(path))
    assert (img.original_width, img.original_height) == (7744, 5164)
    assert img.width <= 1366 and img.height <= 768 and img.width > 1000


def test_40_megapixel_png_decodes(tmp_path):
    from PIL import Image

    path = tmp_path / "big.png"
    # No draft() for PNG: this is a full 40 MP load, then a resize.
    Image.new("RGB", (8000, 5000), (10, 20, 30)).save(path, compress_level=1)
    img = decode_image(path, max_size=SCREEN)
    assert (img.width, img.height) == (1229, 768)


@pytest.mark.parametrize("fmt,size,turn,box", [
    ("JPEG", (1600, 1200), 1, (800, 564)), ("PNG", (1600, 1200), 1, (800, 564)),
    ("JPEG", (1200, 1600), 6, (800, 564)), ("PNG", (300, 200), 1, (800, 564)),
    # over Pillow's 16 MiB block (a sharper decode while zoomed): not lent, copied
    ("PNG", (3000, 2000), 1, (3000, 2000))])
def test_lent_pixels_are_the_decoded_pixels_and_only_inside_the_block(tmp_path, fmt, size,
                                                                         turn, box):
    """The decoder's own memory, 4 bytes a pixel (R, G, B, padding), the same pixels as
    the copy; once the block is left, reading them raises instead of reading freed
    memory."""
    from PIL import Image

    exif = Image.Exif()
    exif[0x0112] = turn
    path = tmp_path / f"a.{fmt.lower()}"
    Image.effect_noise(size, 60).convert("RGB").save(path, exif=exif.tobytes())
    copy = decode_image(path, max_size=box, exact=False)
    with lent_pixels(path, max_size=box, exact=False, sha256=sha256(path)) as img:
        assert (img.width, img.height, img.mode, img.layout) == \
            (copy.width, copy.height, "RGB", "RGBX")
        assert img.bytes_per_line == 4 * img.width
        lent = bytes(img.data)
    rgb = bytearray(lent)
    del rgb[3::4]  # the padding byte of each pixel
    assert bytes(rgb) == copy.data
    if isinstance(img.data, memoryview):
        with pytest.raises(ValueError):
            bytes(img.data[:4])
    else:
        assert size == box  # only the large one is a copy


def test_lent_pixels_keep_alpha(tmp_path):
    from PIL import Image

    path = tmp_path / "t.png"
    Image.new("RGBA", (50, 40), (255, 0, 0, 7)).save(path)
    with lent_pixels(path, max_size=SCREEN) as img:
        assert (img.layout, bytes(img.data[:4])) == ("RGBA", bytes((255, 0, 0, 7)))


def test_exif_orientation_is_applied(tmp_path):
    from PIL import Image

    path = tmp_path / "rot.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90°: phone held upright
    Image.new("RGB", (400, 200)).save(path, exif=exif.tobytes())
    img = decode_image(path, max_size=SCREEN)
    assert (img.width, img.height) == (200, 400)


def _lent(path, **kw):
    """The GUI's decode: the pixels lent, not copied (they are read inside the block)."""
    with lent_pixels(path, max_size=SCREEN, exact=False, **kw) as img:
        return bytes(img.data[:16])


def _expect(path, reason, **kw):
    with pytest.raises(MediaError) as lent:
        _lent(path, **kw)
    assert lent.value.reason == reason  # the GUI's path refuses it the same way
    with pytest.raises(MediaError) as info:
        decode_image(path, max_size=SCREEN, **kw)
    err = info.value
    assert err.reason == reason
    assert path.name in err.english()
    # The message is a whole sentence marked for translation, filled in after translating.
    assert err.translated(lambda ctx, src: src) == err.english()
    assert err.context == "Errors"
    return err


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "GIF", "BMP", "TIFF"])
@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.9, 0.99])
def test_truncated_image(tmp_path, fmt, fraction):
    good = write_image(tmp_path / "good", 640, 480, fmt)
    bad = truncate(good, tmp_path / "cut", fraction)
    err = _expect(bad, errors.TRUNCATED)
    assert "cut short" in err.english()


def test_truncated_webp_is_unreadable(tmp_path):
    good = write_image(tmp_path / "good.webp", 640, 480, "WEBP")
    with pytest.raises(MediaError) as info:
        decode_image(truncate(good, tmp_path / "cut.webp", 0.5), max_size=SCREEN)
    assert info.value.reason in (errors.TRUNCATED, errors.CORRUPTED)


def test_truncated_within_header_is_refused(tmp_path):
    good = write_image(tmp_path / "good.jpg", 640, 480)
    with pytest.raises(MediaError) as info:
        decode_image(truncate(good, tmp_path / "cut.jpg", 0.001), max_size=SCREEN)
    assert info.value.reason in (errors.TRUNCATED, errors.UNKNOWN_FORMAT, errors.CORRUPTED)


def test_flipped_bytes_decode_silently_but_fail_the_hash(tmp_path):
    good = write_image(tmp_path / "good.jpg", 640, 480)
    digest = sha256(good)
    bad = flip_bytes(good, tmp_path / "flipped.jpg")
    # The fact this guards against: the decoder itself does not notice.
    decode_image(bad, max_size=SCREEN)
    err = _expect(bad, errors.BAD_HASH, sha256=digest)
    assert "signed hash" in err.english()


def test_zero_length(tmp_path):
    path = tmp_path / "empty.jpg"
    path.write_bytes(b"")
    assert "empty" in _expect(path, errors.EMPTY).english()


def test_missing_file(tmp_path):
    _expect(tmp_path / "gone.jpg", errors.MISSING)


@pytest.mark.parametrize("maker", [huge_header_png, huge_header_jpeg])
def test_absurd_header_is_refused_before_decoding(tmp_path, maker):
    path = maker(tmp_path / "huge")
    err = _expect(path, errors.TOO_LARGE)
    assert "too large" in err.english()
    with pytest.raises(MediaError):
        image_size(path)


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_just_over_the_limit_is_refused(tmp_path):
    path = huge_header_png(tmp_path / "big.png", 8000, 7000)  # 56 MP
    _expect(path, errors.TOO_LARGE)


def test_unknown_format(tmp_path):
    path = tmp_path / "notes.jpg"
    path.write_bytes(b"This is a text file, not an image.\n" * 20)
    assert "format" in _expect(path, errors.UNKNOWN_FORMAT).english()


def test_format_outside_the_allowed_list_is_refused(tmp_path):
    path = write_image(tmp_path / "a.ico", 64, 64, "ICO")
    _expect(path, errors.UNKNOWN_FORMAT)


def test_image_size_reads_only_the_header(tmp_path):
    path = write_image(tmp_path / "a.jpg", 1234, 567)
    assert image_size(path) == (1234, 567)


def test_media_decoding_does_not_load_qt():
    """Below the GUI there is no Qt: media decoding runs headless (CONVENTIONS)."""
    import subprocess
    import sys

    code = ("import sys, marika.media.images, marika.media.audio; "
            "print('PySide6' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_a_jpeg_is_decoded_at_the_dct_scale_of_its_fitted_size(tmp_path, monkeypatch):
    """A 1600x1200 photo fits an 800x800 box at 800x600: the JPEG decoder makes that at
    1/2 scale directly, instead of decoding 1600x1200 and resizing (3x slower)."""
    from PIL import JpegImagePlugin

    asked = []
    draft = JpegImagePlugin.JpegImageFile.draft

    def spy(self, mode, size, *args):
        result = draft(self, mode, size, *args)
        asked.append((size, self.size))
        return result

    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "draft", spy)
    path = write_image(tmp_path / "p.jpg", 1600, 1200)
    decoded = decode_image(path, max_size=(800, 800))
    assert (decoded.width, decoded.height) == (800, 600)
    assert asked == [((800, 600), (800, 600))]  # asked the fitted size, decoded at 1/2
