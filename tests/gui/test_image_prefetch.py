"""Prefetch: the next images are decoded ahead, so the next item shows without a decode."""

import threading
import time

import pytest
from media.mediagen import make_item, make_manifest, write_image
from PySide6.QtGui import QImage

pytestmark = pytest.mark.gui


class CountingDecoder:
    """The real decoder, counting calls and how many run at the same time."""

    def __init__(self, delay=0.0):
        from marika.gui.prefetch import decode_to_qimage

        self.real = decode_to_qimage
        self.calls = []
        self.running = 0
        self.most_at_once = 0
        self.delay = delay
        self.lock = threading.Lock()

    def __call__(self, request):
        with self.lock:
            self.calls.append(request.path)
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
        try:
            time.sleep(self.delay)
            return self.real(request)
        finally:
            with self.lock:
                self.running -= 1


@pytest.fixture
def decoder():
    return CountingDecoder()


@pytest.fixture
def view(image_view, decoder):
    from marika.gui.prefetch import ImageLoader

    return image_view((683, 384), (900, 560), loader=ImageLoader(decode=decoder))


@pytest.fixture
def items(tmp_path):
    return [make_item(n, write_image(tmp_path / f"{n}.jpg", 1200, 900, seed=n))
            for n in range(1, 6)]


def test_next_item_is_served_from_the_cache_without_decoding(qtbot, view, items, decoder):
    from marika.gui.prefetch import PREFETCH_AHEAD

    view.show_item(items[0], None, make_manifest())
    view.prefetch(items[1:4])
    qtbot.waitUntil(lambda: not view.loader.busy(), timeout=10_000)
    assert len(decoder.calls) == 1 + PREFETCH_AHEAD  # this item and the next ones

    view.show_item(items[1], None, make_manifest())
    # No waiting at all: the image is on screen when show_item returns.
    assert not view.is_loading()
    assert view.canvas.image() is not None
    assert view.canvas.original_size().width() == 1200
    assert len(decoder.calls) == 1 + PREFETCH_AHEAD  # no new decode


def test_prefetches_decode_one_at_a_time(qtbot, tasks, items):
    from marika.gui.image_view import ImageTagView
    from marika.gui.prefetch import PREFETCH_AHEAD, ImageLoader

    slow = CountingDecoder(delay=0.05)
    ahead = PREFETCH_AHEAD + 2  # several wished for at once (a screen reading further)
    view = ImageTagView(loader=ImageLoader(decode=slow, ahead=ahead), box=(683, 384))
    qtbot.addWidget(view)
    view.tasks = tasks
    view.show_item(items[0], None, make_manifest())
    qtbot.waitUntil(lambda: not view.loader.busy(), timeout=10_000)
    view.prefetch(items[1:4])
    qtbot.waitUntil(lambda: not view.loader.busy(), timeout=10_000)
    assert len(slow.calls) == 1 + ahead
    assert slow.most_at_once == 1  # memory on 4 GB PCs: never two big decodes ahead


def test_item_on_screen_joins_its_prefetch(qtbot, tasks, items):
    from marika.gui.image_view import ImageTagView
    from marika.gui.prefetch import ImageLoader

    slow = CountingDecoder(delay=0.2)
    view = ImageTagView(loader=ImageLoader(decode=slow), box=(683, 384))
    qtbot.addWidget(view)
    view.tasks = tasks
    view.prefetch(items[1:2])
    view.show_item(items[1], None, make_manifest())  # while its prefetch is decoding
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)
    assert len(slow.calls) == 1


def test_nothing_is_decoded_ahead_while_the_image_on_screen_decodes(qtbot, tasks, items):
    """Keys pressed in a row: the image the worker waits for gets the CPU (on two cores a
    decode ahead beside it slowed it); the next one starts once it is done."""
    from marika.gui.prefetch import ImageLoader, ImageRequest

    release = threading.Event()
    started = []

    class Held(CountingDecoder):
        def __call__(self, request):
            started.append(request.path.rsplit("/", 1)[1])
            if started[-1] == "1.jpg":
                release.wait(30)
            return super().__call__(request)

    loader = ImageLoader(tasks, decode=Held(), ahead=2)
    requests = [ImageRequest.for_item(item, (683, 384)) for item in items]
    shown = []
    try:
        loader.load(requests[0], shown.append, lambda exc: None)  # the item on screen
        qtbot.waitUntil(lambda: started == ["1.jpg"], timeout=10_000)
        loader.prefetch(requests[1:3])
        qtbot.wait(100)
        assert started == ["1.jpg"] and not shown
    finally:
        release.set()
    qtbot.waitUntil(lambda: not loader.busy(), timeout=10_000)
    assert len(shown) == 1 and started == ["1.jpg", "2.jpg", "3.jpg"]
    assert requests[1] in loader.cache and requests[2] in loader.cache


def test_new_wishes_replace_old_ones(qtbot, tasks, items):
    from marika.gui.prefetch import ImageLoader, ImageRequest

    slow = CountingDecoder(delay=0.1)
    loader = ImageLoader(tasks, decode=slow, ahead=2)
    requests = [ImageRequest.for_item(item, (683, 384)) for item in items]
    loader.prefetch(requests[0:3])
    loader.prefetch(requests[3:5])  # the worker jumped ahead
    qtbot.waitUntil(lambda: not loader.busy(), timeout=10_000)
    # The first wish had started; the two queued behind it were dropped.
    assert [p.rsplit("/", 1)[1] for p in slow.calls] == ["1.jpg", "4.jpg", "5.jpg"]


def test_prefetch_keeps_at_most_the_read_ahead(qtbot, tasks, items):
    from marika.gui.prefetch import PREFETCH_AHEAD, ImageLoader, ImageRequest

    decoder = CountingDecoder()
    loader = ImageLoader(tasks, decode=decoder)
    loader.prefetch([ImageRequest.for_item(item, (683, 384)) for item in items])
    qtbot.waitUntil(lambda: not loader.busy(), timeout=10_000)
    assert len(decoder.calls) == PREFETCH_AHEAD == 1  # the next image: memory


def test_browsing_keeps_the_previous_image_and_the_next_ones_and_no_more(
        qtbot, tasks, tmp_path):
    """Page Down through a package: each image shows from the cache, Page Up shows the
    one before without a decode, and the cache never holds more than read-ahead needs."""
    from marika.gui.image_view import ImageTagView
    from marika.gui.prefetch import CACHE_ITEMS, PREFETCH_AHEAD, ImageLoader

    items = [make_item(n, write_image(tmp_path / f"{n}.jpg", 640, 480, seed=n))
             for n in range(1, 10)]
    decoder = CountingDecoder()
    view = ImageTagView(loader=ImageLoader(decode=decoder), box=(320, 240))
    qtbot.addWidget(view)
    view.tasks = tasks
    assert CACHE_ITEMS == PREFETCH_AHEAD + 2
    for n, item in enumerate(items):
        view.show_item(item, None, make_manifest())
        if n:
            assert not view.is_loading()  # decoded ahead, shown at once
        view.prefetch(items[n + 1:])
        qtbot.waitUntil(lambda: not view.loader.busy(), timeout=10_000)
        assert len(view.loader.cache) <= CACHE_ITEMS
    calls = len(decoder.calls)
    view.show_item(items[-2], None, make_manifest())  # Page Up
    assert not view.is_loading()
    assert len(decoder.calls) == calls == len(items)  # every image decoded once


def test_cache_is_bounded_by_memory(qapp):
    from marika.gui.prefetch import ImageCache, ImageRequest

    cache = ImageCache(max_bytes=3 * 100 * 100 * 4, max_items=10)
    for n in range(5):
        cache.put(ImageRequest(f"{n}", None, 1, 1), QImage(100, 100, QImage.Format.Format_RGB32))
    assert len(cache) == 3 and cache.nbytes <= cache.max_bytes
    assert ImageRequest("0", None, 1, 1) not in cache  # least recently used went first
    assert ImageRequest("4", None, 1, 1) in cache
    huge = QImage(1000, 1000, QImage.Format.Format_RGB32)
    cache.put(ImageRequest("huge", None, 1, 1), huge)  # larger than the whole cache
    assert len(cache) == 3


def test_cache_is_bounded_by_count(qapp):
    from marika.gui.prefetch import ImageCache, ImageRequest

    cache = ImageCache(max_items=2)
    for n in range(3):
        cache.put(ImageRequest(f"{n}", None, 1, 1), QImage(4, 4, QImage.Format.Format_RGB32))
    cache.get(ImageRequest("1", None, 1, 1))
    cache.put(ImageRequest("3", None, 1, 1), QImage(4, 4, QImage.Format.Format_RGB32))
    assert ImageRequest("1", None, 1, 1) in cache and ImageRequest("2", None, 1, 1) not in cache


def test_leaving_the_screen_frees_the_cache(qtbot, view, items, decoder):
    view.show_item(items[0], None, make_manifest())
    view.prefetch(items[1:3])
    qtbot.waitUntil(lambda: not view.loader.busy(), timeout=10_000)
    assert len(view.loader.cache) == 2
    view.clear()
    assert len(view.loader.cache) == 0
