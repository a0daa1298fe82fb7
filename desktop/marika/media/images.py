"""Decode an image to screen size, safely, on a 4 GB PC.

Order matters, and each step is there because a simpler one failed on real files:
1. file checks and the manifest's SHA-256 (flipped bytes decode without any error);
2. `Image.open` reads only the header: refuse absurd sizes there, before any pixel is
   decoded (Pillow's own decompression-bomb limit is lowered to ours as a second line);
3. `draft()` lets libjpeg decode a JPEG at 1/2, 1/4 or 1/8 scale, far cheaper than a full
   decode then a resize (75 ms against 224 ms for 12 MP on the office PCs);
4. a full `load()`: a truncated file opens and verifies fine and fails only here; a PNG
   cut in or after its last data chunk decodes fine, so its chunks (lengths, CRCs, the
   closing IEND) are walked first; a file whose content is not what its name says (a
   PNG named .jpg) is refused too;
5. `thumbnail()` to the screen box, then the EXIF rotation of the small result (rotating
   first made a full-size copy: 427 MiB peak for 50 MP), then plain RGB/RGBA bytes any
   toolkit can wrap. With `exact=False` the last resampling is left to the caller: the
   result is only reduced by whole factors to less than twice the fitted size (Pillow's
   bicubic took 7 ms for 800x600 to 752x564 here, Qt's smooth scale of the same under 1).

`decode_image` returns the pixels as bytes (a copy). `lent_pixels` lends the decoder's
own pixel memory for the time of a `with` block instead, through the Arrow C data
interface Pillow exports (no copy; 4 bytes a pixel, as Pillow keeps them): the GUI's
worker draws it into the QImage it paints, so the bytes copy (Pillow's `tobytes`, the
largest cost of a 1.9 MP switch after libjpeg: 2.6 of 8.2 ms of CPU) is gone.

No Qt here: the GUI wraps the pixels in a QImage in its worker thread.
"""

from __future__ import annotations

import ctypes
import struct
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from . import errors
from .files import check_file

#: 40 MP cameras must work; a bit more leaves room for odd aspect ratios.
MAX_PIXELS = 50_000_000
#: a longer side than this is a crafted header or a panorama no one can tag on 1366 px.
MAX_SIDE = 30_000
#: a 50 MP PNG of noise is about 150 MB; anything bigger is not a task image.
MAX_FILE_BYTES = 256 * 1024 * 1024
#: the formats task packages may carry; `Image.open` tries no other parser.
FORMATS = ("JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF")

# Pillow's bomb check runs inside `open()`, before our own size check can: keep it in
# line with ours (it warns above MAX_IMAGE_PIXELS and raises above twice that).
Image.MAX_IMAGE_PIXELS = MAX_PIXELS


@dataclass(frozen=True)
class DecodedImage:
    """Pixels ready for display: `mode` is "RGB" or "RGBA", rows packed without padding,
    each pixel's bytes in the order `layout` names (the mode's own from `decode_image`,
    "RGBX" or "RGBA" from `lent_pixels`; "X" is a padding byte of any value). From
    `lent_pixels`, `data` is a view of the decoder's memory, valid only inside its
    block."""

    data: bytes | memoryview
    width: int
    height: int
    mode: str
    original_width: int
    original_height: int
    layout: str = ""

    @property
    def bytes_per_line(self) -> int:
        return self.width * len(self.layout or self.mode)

    @property
    def nbytes(self) -> int:
        return len(self.data)


def decode_image(path: Path | str, *, max_size: tuple[int, int],
                 sha256: str | None = None, exact: bool = True) -> DecodedImage:
    """Decode `path` to fit within `max_size` (never enlarged), or raise MediaError.

    `exact=False`: up to twice that size on each side (by whole-factor reductions only);
    the caller scales the rest of the way."""
    with _decoded(path, max_size=max_size, sha256=sha256, exact=exact) as (out, original):
        with _as_media_error(Path(path)):
            data = out.tobytes("raw", out.mode)
        return _described(out, original, data, out.mode)


@contextmanager
def lent_pixels(path: Path | str, *, max_size: tuple[int, int], sha256: str | None = None,
                exact: bool = True) -> Iterator[DecodedImage]:
    """`decode_image`, with every check, but the pixels are lent, not copied: `data` is
    the decoder's own memory, 4 bytes a pixel ("RGBX" or "RGBA"), for the time of the
    block only. Where Pillow cannot lend it (an image in several memory blocks, over
    16 MiB) it is a copy in the same layout."""
    with _decoded(path, max_size=max_size, sha256=sha256, exact=exact) as (out, original):
        layout = "RGBX" if out.mode == "RGB" else out.mode
        lent = _lend(out)
        if lent is None:
            with _as_media_error(Path(path)):
                data = out.tobytes("raw", layout)
            yield _described(out, original, data, layout)
            return
        view, keep = lent
        try:
            yield _described(out, original, view, layout)
        finally:
            view.release()  # a use after the block raises instead of reading freed memory
            del keep  # Pillow's export: released with it


def _described(out: Image.Image, original: tuple[int, int], data, layout: str) -> DecodedImage:
    return DecodedImage(data=data, width=out.width, height=out.height, mode=out.mode,
                        original_width=original[0], original_height=original[1],
                        layout=layout)


@contextmanager
def _decoded(path: Path | str, *, max_size: tuple[int, int], sha256: str | None,
             exact: bool) -> Iterator[tuple[Image.Image, tuple[int, int]]]:
    """The decoded image in display mode (RGB or RGBA) and the file's own size."""
    path = Path(path)
    check_file(path, sha256=sha256, max_bytes=MAX_FILE_BYTES)
    _check_png(path)
    box = (max(1, int(max_size[0])), max(1, int(max_size[1])))
    with _as_media_error(path):
        im = Image.open(path, formats=FORMATS)
    with im:  # closing it frees its pixels: the caller's block runs inside
        with _as_media_error(path):
            decoded = _fit(path, im, box, exact=exact)
        yield decoded  # the caller's own errors are its own, not a damaged file


def _fit(path: Path, im: Image.Image, box: tuple[int, int], *, exact: bool
         ) -> tuple[Image.Image, tuple[int, int]]:
    original = im.size
    errors.check_label(path, im.format or "")
    _check_header(path, im)
    orientation = _orientation(im)
    if orientation in _TURNED:  # the box applies to the upright image
        box = (box[1], box[0])
    # A no-op for anything but JPEG; picks the smallest DCT scale >= the size asked.
    # Asked for the fitted size, not the box: a 1600x1200 photo fits an 800x800 box at
    # 800x600, which the JPEG decoder makes at 1/2 scale, while the box's 800 rows
    # would force a full decode and a resize (3x slower).
    im.draft("RGB", _fitted(im.size, box))
    im.load()
    small = im
    if exact:
        im.thumbnail(box, Image.Resampling.BICUBIC, reducing_gap=2.0)  # in place
    else:
        target = _fitted(im.size, box)
        factor = min(im.size[0] // target[0], im.size[1] // target[1])
        if factor >= 2:
            small = im.reduce(factor)
    # Upright already (most files): exif_transpose would return a copy of it.
    return _display_mode(small if orientation == 1 else _orient(small)), original


@contextmanager
def _as_media_error(path: Path) -> Iterator[None]:
    """Pillow's many exceptions for a damaged or hostile file, as one MediaError."""
    try:
        yield
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise errors.media_error(errors.TOO_LARGE, path) from exc
    except UnidentifiedImageError as exc:
        raise errors.media_error(errors.UNKNOWN_FORMAT, path) from exc
    except MemoryError as exc:
        raise errors.media_error(errors.TOO_LARGE, path) from exc
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError,
            struct.error) as exc:
        # Pillow reports damage through many exception types; "truncated" is the one
        # message worth telling apart (the worker may ask for the file again).
        text = str(exc).lower()
        reason = errors.TRUNCATED if ("truncated" in text or isinstance(exc, EOFError)) \
            else errors.CORRUPTED
        raise errors.media_error(reason, path) from exc


# The Arrow C data interface's two structs (a stable ABI: arrow.apache.org, "The Arrow C
# data interface"); Pillow exports an RGB or RGBA image as a list of 4 bytes a pixel.
class _ArrowSchema(ctypes.Structure):
    pass


_ArrowSchema._fields_ = [
    ("format", ctypes.c_char_p), ("name", ctypes.c_char_p), ("metadata", ctypes.c_char_p),
    ("flags", ctypes.c_int64), ("n_children", ctypes.c_int64),
    ("children", ctypes.POINTER(ctypes.POINTER(_ArrowSchema))),
    ("dictionary", ctypes.c_void_p), ("release", ctypes.c_void_p),
    ("private_data", ctypes.c_void_p)]


class _ArrowArray(ctypes.Structure):
    pass


_ArrowArray._fields_ = [
    ("length", ctypes.c_int64), ("null_count", ctypes.c_int64), ("offset", ctypes.c_int64),
    ("n_buffers", ctypes.c_int64), ("n_children", ctypes.c_int64),
    ("buffers", ctypes.POINTER(ctypes.c_void_p)),
    ("children", ctypes.POINTER(ctypes.POINTER(_ArrowArray))),
    ("dictionary", ctypes.c_void_p), ("release", ctypes.c_void_p),
    ("private_data", ctypes.c_void_p)]

_capsule_pointer = ctypes.pythonapi.PyCapsule_GetPointer
_capsule_pointer.restype = ctypes.c_void_p
_capsule_pointer.argtypes = [ctypes.py_object, ctypes.c_char_p]


def _lend(im: Image.Image) -> tuple[memoryview, tuple] | None:
    """A view of `im`'s pixels (4 bytes each, rows packed) and what keeps them alive, or
    None where Pillow does not export them as one block of that shape."""
    if im.mode not in ("RGB", "RGBA") or not hasattr(im, "__arrow_c_array__"):
        return None
    try:
        schema_capsule, array_capsule = im.__arrow_c_array__()
    except (ValueError, OSError, TypeError, AttributeError):
        return None  # several blocks (a large image), or a Pillow without the export
    schema = _ArrowSchema.from_address(_capsule_pointer(schema_capsule, b"arrow_schema"))
    array = _ArrowArray.from_address(_capsule_pointer(array_capsule, b"arrow_array"))
    pixels = im.width * im.height
    if schema.format != b"+w:4" or schema.n_children != 1 \
            or schema.children[0].contents.format != b"C" \
            or array.length != pixels or array.offset or array.n_children != 1:
        return None
    bytes_ = array.children[0].contents
    if bytes_.length != 4 * pixels or bytes_.offset or bytes_.n_buffers != 2 \
            or not bytes_.buffers[1]:
        return None
    memory = (ctypes.c_ubyte * (4 * pixels)).from_address(bytes_.buffers[1])
    return memoryview(memory).cast("B"), (schema_capsule, array_capsule, im)


def _fitted(size: tuple[int, int], box: tuple[int, int]) -> tuple[int, int]:
    """`size` scaled down to fit `box` with its aspect kept (never enlarged)."""
    scale = min(1.0, box[0] / size[0], box[1] / size[1]) if size[0] and size[1] else 1.0
    return max(1, round(size[0] * scale)), max(1, round(size[1] * scale))


def image_size(path: Path | str) -> tuple[int, int]:
    """Width and height from the header only (no decode), or MediaError."""
    path = Path(path)
    check_file(path, sha256=None, max_bytes=MAX_FILE_BYTES)
    try:
        with Image.open(path, formats=FORMATS) as im:
            _check_header(path, im)
            return im.size
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise errors.media_error(errors.TOO_LARGE, path) from exc
    except UnidentifiedImageError as exc:
        raise errors.media_error(errors.UNKNOWN_FORMAT, path) from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise errors.media_error(errors.CORRUPTED, path) from exc


def _check_header(path: Path, im: Image.Image) -> None:
    width, height = im.size
    if width <= 0 or height <= 0:
        raise errors.media_error(errors.CORRUPTED, path)
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise errors.media_error(errors.TOO_LARGE, path)


_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_TURNED = (5, 6, 7, 8)  # EXIF orientations that swap width and height


def _check_png(path: Path) -> None:
    """A PNG's chunks, each with its length and CRC, up to IEND: Pillow stops reading at
    the last image data, so a file cut after it (or a flipped CRC) decodes silently."""
    try:
        with open(path, "rb") as f:
            if f.read(8) != _PNG_MAGIC:
                return  # not a PNG: the other decoders' checks apply
            while True:
                head = f.read(8)
                if len(head) < 8:
                    raise errors.media_error(errors.TRUNCATED, path)
                length, kind = struct.unpack(">I4s", head)
                if length > 0x7FFFFFFF:
                    raise errors.media_error(errors.CORRUPTED, path)
                crc = zlib.crc32(kind)
                while length:
                    block = f.read(min(length, 1 << 20))
                    if not block:
                        raise errors.media_error(errors.TRUNCATED, path)
                    crc = zlib.crc32(block, crc)
                    length -= len(block)
                stored = f.read(4)
                if len(stored) < 4:
                    raise errors.media_error(errors.TRUNCATED, path)
                if struct.unpack(">I", stored)[0] != crc:
                    raise errors.media_error(errors.CORRUPTED, path)
                if kind == b"IEND":
                    return
    except OSError as exc:
        raise errors.media_error(errors.CORRUPTED, path) from exc


def _orientation(im: Image.Image) -> int:
    try:
        return int(im.getexif().get(0x0112, 1))
    except Exception:  # noqa: BLE001 - a broken EXIF block: the pixels are fine, upright
        return 1


def _orient(im: Image.Image) -> Image.Image:
    """Turn phone photos upright; a broken EXIF block must not make the image unreadable."""
    try:
        return ImageOps.exif_transpose(im)
    except Exception:  # noqa: BLE001 - EXIF parsing raises many kinds; the pixels are fine
        return im


def _display_mode(im: Image.Image) -> Image.Image:
    if im.mode in ("RGB", "RGBA"):
        return im
    has_alpha = im.mode in ("LA", "PA", "La", "RGBa") or (
        im.mode == "P" and "transparency" in im.info)
    if im.mode.startswith("I;16") or im.mode == "I":
        # 16-bit greyscale (scans, microscopy): keep the top 8 bits, not a clipped white.
        im = im.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    elif im.mode == "F":
        im = im.convert("L")
    return im.convert("RGBA" if has_alpha else "RGB")

