"""Decode images off the GUI thread, keep recent ones, and decode the next ones ahead.

On an HDD PC a 12 MP JPEG takes ~100 ms to read and decode; the worker tags an image
in a few seconds, so decoding the next item while they look at this one makes it
appear at once. Memory is the limit on 4 GB PCs: the cache is bounded by
bytes as well as by count, and a decode ahead starts only when no other decode runs (a
50 MP PNG peaks about 210 MiB while it decodes: its full pixels once, measured in
tests/media/test_image_memory.py), which also leaves the second I/O worker free for the item
the worker is actually waiting for, and the CPU to it once it waits.

Decoding goes through the shell's one task helper (`gui.taskman.TaskManager.run_io`);
worker functions only build QImages (safe off the GUI thread), never widgets.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter

from marika.media.images import DecodedImage, lent_pixels

from .memory import release_freed

#: How many upcoming items are decoded ahead. One: at a working pace it is ready long
#: before the key, and with keys pressed in a row the next one starts as soon as the
#: screen joins the one it decoded ahead (59 back-to-back switches at 1.9 MP, three runs
#: each: p95 19.0-20.2 ms with one ahead, 19.1-19.8 ms with two, in the same runs),
#: while a second image held ahead is 1.6 MiB more after browsing (97.6 against 99.2 MiB
#: at the memory benchmark's 752x564). The item screen reads two items ahead from the
#: database (gui/read_ahead.py): cheap, and a read that lands late still has the next.
PREFETCH_AHEAD = 1
#: The cache holds what read-ahead needs and no more: the image before (Page Up), the one
#: on screen and the one decoded ahead. Each is 3-4 MiB at 1366x768: the eight entries
#: kept before held 12-16 MiB more there (7 MiB at the memory benchmark's 800x600), for
#: images rarely shown again. The byte bound keeps large screens (a 4K image is 32 MiB)
#: in check.
CACHE_ITEMS = 1 + 1 + PREFETCH_AHEAD
CACHE_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class ImageRequest:
    """What to decode: also the cache key (the same file at another size is another entry)."""

    path: str
    sha256: str | None
    width: int
    height: int

    @classmethod
    def for_item(cls, item, box: tuple[int, int]) -> ImageRequest | None:
        if item is None or getattr(item, "media_path", None) is None:
            return None
        return cls(str(item.media_path), getattr(item, "sha256", None), int(box[0]),
                   int(box[1]))


#: Qt's format for each layout of decoded pixels (a byte a channel; X is padding)
_SOURCE_FORMATS = {"RGBX": QImage.Format.Format_RGBX8888, "RGBA": QImage.Format.Format_RGBA8888,
                   "RGB": QImage.Format.Format_RGB888}


def to_qimage(decoded: DecodedImage, box: tuple[int, int] | None = None) -> QImage:
    """The decoded pixels drawn into a QImage of Qt's own, in the painter's format (RGB32
    or ARGB32_Premultiplied, so no paint converts them while panning), scaled down to fit
    `box` if it is larger (the painter's bilinear filter, on the worker).

    The result never shares `decoded.data`: that may be the decoder's memory, lent for
    the time of `lent_pixels`' block only.
    """
    source = QImage(decoded.data, decoded.width, decoded.height, decoded.bytes_per_line,
                    _SOURCE_FORMATS[decoded.layout or decoded.mode])
    size = QSize(decoded.width, decoded.height)
    if box is not None and (size.width() > box[0] or size.height() > box[1]):
        size = size.scaled(box[0], box[1], Qt.AspectRatioMode.KeepAspectRatio)
    if decoded.mode == "RGBA":
        out = _draw(source, size, QImage.Format.Format_ARGB32_Premultiplied)
    else:
        # Pillow's padding byte is 255 or 0 depending on the operation that made the
        # pixels, and the painter copies it as it is: drawn in the same layout, then
        # converted in place to RGB32, which sets it to 255 (0.3 ms for 1.9 MP).
        out = _draw(source, size, QImage.Format.Format_RGBX8888)
        out.convertTo(QImage.Format.Format_RGB32)
    del source  # before the lent memory goes back
    out.setText("original", f"{decoded.original_width}x{decoded.original_height}")
    return out


def _draw(image: QImage, size: QSize, fmt: QImage.Format) -> QImage:
    """`image` drawn into a new image of `size` and `fmt` with the painter's bilinear
    filter, as the canvas would draw it (a plain copy where the size is the same).
    `image` is under twice the fitted size (decode_image(exact=False)): QImage.scaled's
    smooth scale spread the same over Qt's thread pool at 2.5 ms of CPU per 1.9 MP
    photo, against under 1 ms here."""
    out = QImage(size, fmt)
    painter = QPainter(out)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(QRect(0, 0, size.width(), size.height()), image)
    painter.end()
    return out


def decode_to_qimage(request: ImageRequest) -> QImage:
    """The worker function: decode with all the media checks, then draw it for painting
    straight from the decoder's memory (no copy of the decoded pixels in between)."""
    box = (request.width, request.height)
    with lent_pixels(Path(request.path), max_size=box, sha256=request.sha256,
                     exact=False) as decoded:
        return to_qimage(decoded, box)


def original_size(image: QImage) -> tuple[int, int]:
    """The full-resolution size of a decoded image (it was shrunk to the screen)."""
    text = image.text("original")
    try:
        w, h = (int(x) for x in text.split("x"))
        return w, h
    except ValueError:
        return image.width(), image.height()


class ImageCache:
    """Least recently used images, bounded by total bytes and by count."""

    def __init__(self, max_bytes: int = CACHE_BYTES, max_items: int = CACHE_ITEMS) -> None:
        self.max_bytes = max_bytes
        self.max_items = max_items
        self._images: OrderedDict[ImageRequest, QImage] = OrderedDict()
        self.nbytes = 0

    def get(self, key: ImageRequest) -> QImage | None:
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
        return image

    def __contains__(self, key: ImageRequest) -> bool:
        return key in self._images

    def __len__(self) -> int:
        return len(self._images)

    def put(self, key: ImageRequest, image: QImage) -> None:
        size = image.sizeInBytes()
        if size > self.max_bytes:
            return  # would evict everything and still not fit
        if key in self._images:
            self.nbytes -= self._images.pop(key).sizeInBytes()
        self._images[key] = image
        self.nbytes += size
        while self.nbytes > self.max_bytes or len(self._images) > self.max_items:
            _, old = self._images.popitem(last=False)
            self.nbytes -= old.sizeInBytes()

    def clear(self) -> None:
        self._images.clear()
        self.nbytes = 0


class _Pending:
    """One decode in flight and everyone waiting for it."""

    def __init__(self) -> None:
        self.task = None
        self.callbacks: list[tuple[Callable, Callable]] = []
        self.prefetch = True  # no one is waiting on screen for it (yet)


class ImageLoader(QObject):
    """Load images for the view: from the cache at once, else on the I/O pool.

    `load()` is for the item on screen; `prefetch()` for the next ones. A load for an
    image already being prefetched joins that decode instead of starting a second one.
    Errors are remembered too, so going back to a broken item does not decode it again.
    """

    def __init__(self, tasks=None, *, cache: ImageCache | None = None,
                 decode: Callable[[ImageRequest], QImage] = decode_to_qimage,
                 ahead: int = PREFETCH_AHEAD, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.cache = cache if cache is not None else ImageCache()
        self.ahead = ahead
        self._decode = decode
        self._pending: dict[ImageRequest, _Pending] = {}
        self._errors: OrderedDict[ImageRequest, BaseException] = OrderedDict()
        self._queue: list[ImageRequest] = []  # prefetches waiting for their turn
        #: how many decodes were started (tests and the benchmark read it)
        self.decode_calls = 0

    # ---------------------------------------------------------------- public
    def load(self, request: ImageRequest, on_done: Callable[[QImage], None],
             on_error: Callable[[BaseException], None], *, cache: bool = True) -> bool:
        """Deliver `request`'s image; True if it came from the cache (already delivered)."""
        image = self.cache.get(request)
        if image is not None:
            on_done(image)
            return True
        if request in self._errors:
            on_error(self._errors[request])
            return True
        pending = self._pending.get(request)
        if pending is not None:
            pending.prefetch = False
            pending.callbacks.append((on_done, on_error))
        else:
            self._start(request, cache=cache, callback=(on_done, on_error))
        return False

    def prefetch(self, requests: list[ImageRequest | None]) -> None:
        """Decode these (the next items, nearest first) ahead; forget older wishes."""
        wanted = [r for r in requests if r is not None][: self.ahead]
        self._queue = [r for r in wanted
                       if r not in self.cache and r not in self._pending
                       and r not in self._errors]
        # Prefetches that have not started and are no longer wanted are dropped.
        for request, pending in list(self._pending.items()):
            if pending.prefetch and request not in wanted and pending.task is not None \
                    and not pending.task.future.running():
                pending.task.cancel()
                del self._pending[request]
        self._next_prefetch()

    def is_cached(self, request: ImageRequest) -> bool:
        return request in self.cache

    def cancel_all(self) -> None:
        """Stop what has not started (the view is leaving); cached images stay."""
        self._queue.clear()
        for pending in self._pending.values():
            if pending.task is not None:
                pending.task.cancel()
        self._pending.clear()

    def busy(self) -> bool:
        return bool(self._pending) or bool(self._queue)

    # ---------------------------------------------------------------- internals
    def _start(self, request: ImageRequest, *, cache: bool, callback=None) -> _Pending:
        pending = _Pending()
        # Callbacks go in before submitting: a quick decode may be delivered at once.
        if callback is not None:
            pending.prefetch = False
            pending.callbacks.append(callback)
        self._pending[request] = pending
        self.decode_calls += 1
        decode = self._decode
        pending.task = self.tasks.run_io(
            lambda: decode(request), owner=self,
            on_done=lambda image: self._finished(request, pending, image, None, cache),
            on_error=lambda exc: self._finished(request, pending, None, exc, cache))
        return pending

    def _finished(self, request, pending, image, exc, cache: bool) -> None:
        if self._pending.get(request) is pending:
            del self._pending[request]
        if exc is None and cache:
            self.cache.put(request, image)
        elif exc is not None:
            self._errors[request] = exc
            while len(self._errors) > 32:
                self._errors.popitem(last=False)
        for on_done, on_error in pending.callbacks:
            if exc is None:
                on_done(image)
            else:
                on_error(exc)
        self._next_prefetch()
        if not self.busy():
            release_freed()  # read-ahead done: give back what the decodes freed

    def _next_prefetch(self) -> None:
        if self.tasks is None:
            return
        if self._pending:
            # One decode at a time, the image on screen first: memory on 4 GB PCs, and
            # on two cores a decode ahead beside the one the worker waits for slowed it
            # (59 back-to-back switches at 1.9 MP, four runs each in turn: p95 13.6-19.2
            # ms waiting for it against 17.7-24.8 ms beside it; floor 7.6 ms).
            return
        while self._queue:
            request = self._queue.pop(0)
            if request in self.cache or request in self._pending or request in self._errors:
                continue
            self._start(request, cache=True)
            return
