"""The item screen, timed as the worker meets it (offscreen Qt, the real ItemScreen).

- next image: Page Down on the item screen until the next image is painted, p95, when
  the worker tags at a normal pace (the image was prefetched) and back-to-back; floor:
  decoding the same file to the same screen-size box with Qt's scaled read, p50.
- item keys (issue 13, item 6): a label key until the screen is repainted, and Enter
  until the next item is painted, p95; floor: a bare widget of the same size doing the
  same repaint (a label's text changed, a button toggled) in the same run.
- memory: resident memory after browsing N images in a fresh process, against a bare
  window that decodes and shows the same images (benchmarks/probe.py).
- labelme, where its interpreter is given (benchmarks/peer.py): its Next Image key (D)
  on a folder of the same images in a window of the same size, p95, and its RSS after
  the same N images, each against Marika's figure of the same run.
"""

from __future__ import annotations

import math
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import Row, median, ms, p95, pick

SCREEN = (1366, 740)


def app():
    import os

    from PySide6.QtWidgets import QApplication

    # The guided tour opens by itself on a profile's first item of a kind, and the worker
    # closes it; left open, every switch would be timed under its shaded overlay.
    os.environ["MARIKA_GUIDED_TOUR"] = "0"

    import marika.gui  # noqa: F401 - PySide6 workaround, as the app does

    return QApplication.instance() or QApplication([])


def wait(condition, timeout: float = 30.0) -> None:
    from PySide6.QtCore import QCoreApplication

    deadline = time.perf_counter() + timeout
    while not condition():
        QCoreApplication.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError(f"the screen did not get there in {timeout} s")
        time.sleep(0.0003)


class Bench:
    """An office opened on the task manager's database thread, as the app does."""

    def __init__(self, tmp: Path) -> None:
        from marika.gui.taskman import TaskManager

        self.app = app()
        self.tasks = TaskManager()
        self.tmp = tmp
        self.office = self.on_db(lambda: __import__(
            "benchmarks.office", fromlist=["open_office"]).open_office(tmp / "data"))

    def on_db(self, fn):
        box = {}
        self.tasks.run_db(fn, on_done=lambda r: box.setdefault("r", r),
                          on_error=lambda e: box.setdefault("e", e))
        wait(lambda: box, timeout=600)
        if "e" in box:
            raise box["e"]
        return box["r"]

    def add(self, kind: str, package_id: str, items, media) -> int:
        return self.on_db(lambda: self.office.add(kind, package_id=package_id, items=items,
                                                  media=media, out_dir=self.tmp))

    def screen(self, package_pk: int):
        return self.screen_at(package_pk, 0)

    def screen_at(self, package_pk: int, ordinal: int):
        from marika.gui.item_screen import ItemScreen

        screen = ItemScreen(self.tasks)
        screen.resize(*SCREEN)
        screen.show()
        screen.activateWindow()
        wait(screen.isActiveWindow)
        screen.open_package(self.office.workspace, package_pk, ordinal=ordinal)
        wait(lambda: screen.item is not None and screen.view is not None)
        wait(lambda: not busy(screen))
        return screen

    def close(self) -> None:
        self.on_db(self.office.close)
        self.tasks.shutdown()


def close_screen(screen) -> None:
    screen.go_home()
    screen.close()
    screen.deleteLater()


def busy(screen) -> bool:
    view = screen.view
    return screen.loading or (view is not None and hasattr(view, "is_loading")
                              and view.is_loading())


def settle(bench, screen) -> None:
    """Let saves, prefetches and progress reads finish (the worker is looking)."""
    from PySide6.QtCore import QCoreApplication

    # The event loop turns while the worker looks: the screen starts its read-ahead once
    # the item is painted (gui/after_paint.py), so it must be running before "idle".
    QCoreApplication.processEvents()

    def idle():
        view = screen.view
        loader = getattr(view, "loader", None)
        return (not bench.tasks.busy() and not screen.saver.pending()
                and (loader is None or not loader.busy()))
    wait(idle)


def key(screen, k, text: str = "") -> None:
    """A key pressed and released where the keyboard focus is, through Qt's event
    delivery (event filters, then the screen's shortcuts: Page Down is one). Not through
    QtTest, which the app never loads: the memory probe counted its 0.5 MiB."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    code = getattr(k, "value", k)
    if not text and 0x20 <= code <= 0x7E:  # the character a printable key types, as QtTest
        text = chr(code).lower()
    target = QApplication.focusWidget() or screen
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(target, QKeyEvent(kind, k, Qt.KeyboardModifier.NoModifier,
                                                 text))


def to_next(screen, k, *, text: str = "") -> float:
    """Seconds from the key press to the next item painted."""
    before = screen.item.ordinal
    start = time.perf_counter()
    key(screen, k, text)
    try:
        wait(lambda: screen.item is not None and screen.item.ordinal != before
             and not busy(screen))
    except TimeoutError:
        raise TimeoutError(f"stuck after item {before}: {screen.banner.text()!r}") from None
    screen.repaint()
    return time.perf_counter() - start


def toggle(screen) -> float:
    from PySide6.QtCore import Qt

    start = time.perf_counter()
    key(screen, Qt.Key.Key_1, "1")
    screen.repaint()
    return time.perf_counter() - start


class BareScreen:
    """The floor for item keys: a bare widget of the same size doing the same repaint."""

    def __init__(self, image: bool) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

        self.widget = QWidget()
        self.widget.resize(*SCREEN)
        layout = QVBoxLayout(self.widget)
        self.label = QLabel(self.widget)
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.buttons = [QPushButton(f"{n} label", self.widget) for n in (1, 2, 3)]
        for b in self.buttons:
            b.setCheckable(True)
            layout.addWidget(b)
        self.image = image
        self.widget.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.widget.show()

    def next_item(self, content) -> float:
        start = time.perf_counter()
        if self.image:
            from PySide6.QtGui import QPixmap

            self.label.setPixmap(QPixmap.fromImage(content))
        else:
            self.label.setText(content)
        for b in self.buttons:
            b.setChecked(False)
        self.widget.repaint()
        return time.perf_counter() - start

    def toggle(self) -> float:
        start = time.perf_counter()
        self.buttons[0].setChecked(not self.buttons[0].isChecked())
        self.widget.repaint()
        return time.perf_counter() - start


def scaled_decode(path: Path, box: tuple[int, int]):
    """The decode floor: Qt's own scaled read of the file to fit `box`."""
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QImageReader

    reader = QImageReader(str(path))
    size = reader.size()
    size.scale(QSize(*box), Qt.AspectRatioMode.KeepAspectRatio)
    if size.width() < reader.size().width():
        reader.setScaledSize(size)
    image = reader.read()
    assert not image.isNull(), reader.errorString()
    return image


def next_image(scale: str) -> list[Row]:
    from PySide6.QtCore import Qt

    from .office import image_items
    from .peer import Labelme

    rows = []
    count = pick(scale, 4, 10, 30)
    sizes = pick(scale, ((800, 600),), ((1600, 1200), (4000, 3000)),
                 ((1600, 1200), (4000, 3000)))
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        bench = Bench(tmp)
        labelme = Labelme.found(tmp)
        try:
            for width, height in sizes:
                items, media = image_items(count, width, height)
                pk = bench.add("image_tag", f"img-{width}", items, media)
                screen = bench.screen(pk)
                view = screen.view
                paths = [bench.office.data_dir / "packages" / f"img-{width}" / "v1" / name
                         for name, _ in media]
                floor = median([_timed_decode(p, view.box) for p in paths])
                prefetched, back_to_back = [], []
                for _ in range(1, count):
                    settle(bench, screen)  # the worker looks at the image a while
                    prefetched.append(to_next(screen, Qt.Key.Key_PageDown))
                screen.open_package(bench.office.workspace, pk, ordinal=0)
                wait(lambda s=screen: s.item is not None and s.item.ordinal == 0
                     and not busy(s))
                view.loader.cache.clear()
                for _ in range(1, count):
                    back_to_back.append(to_next(screen, Qt.Key.Key_PageDown))
                mp = f"{width * height / 1e6:.1f}MP"
                rows.append(Row(f"next_image_prefetched_p95@{mp}", ms(p95(prefetched)),
                                ms(floor), "ms", 1.0, "screen-size decode p50"))
                rows.append(Row(f"next_image_back_to_back_p95@{mp}", ms(p95(back_to_back)),
                                ms(floor), "ms", 2.0, "screen-size decode p50",
                                note="no time to prefetch: decode + paint"))
                close_screen(screen)
                if labelme is not None:  # the same files, a window of the same size
                    took = labelme.next_image(paths[0].parent, count, SCREEN)
                    peer, peer_p50 = ms(p95(took)), f"labelme p50 {ms(median(took)):.1f} ms"
                    rows.append(Row(f"next_image_vs_labelme@{mp}", ms(p95(prefetched)), peer,
                                    "ms", 1.0, "labelme's Next Image (D) until painted, p95",
                                    note=f"Marika prefetched; {peer_p50}"))
                    rows.append(Row(f"next_image_back_to_back_vs_labelme@{mp}",
                                    ms(p95(back_to_back)), peer, "ms", 1.0,
                                    "labelme's Next Image (D) until painted, p95",
                                    note=f"no prefetch on either side; {peer_p50}"))
        finally:
            bench.close()
    return rows


def _timed_decode(path: Path, box) -> float:
    start = time.perf_counter()
    scaled_decode(path, box)
    return time.perf_counter() - start


def item_keys(scale: str) -> list[Row]:
    from PySide6.QtCore import Qt

    from .office import image_items, review_text, text_items

    rows = []
    steps = pick(scale, 6, 30, 60)
    text_sizes = pick(scale, (50,), (1_000, 10_000), (1_000, 10_000))
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        bench = Bench(tmp)
        try:
            cases = [("texts", n) for n in text_sizes] + [("images", steps + 2)]
            for what, count in cases:
                if what == "texts":
                    items, media = text_items(count)
                    pk = bench.add("text_classification", f"keys-{count}", items, media)
                else:
                    items, media = image_items(count, 1600, 1200)
                    pk = bench.add("image_tag", "keys-img", items, media)
                screen = bench.screen(pk)
                bare = BareScreen(image=what == "images")
                content = (scaled_decode(bench.office.data_dir / "packages" / "keys-img" /
                                         "v1" / media[0][0], screen.view.box)
                           if what == "images" else None)
                screen.activateWindow()
                wait(screen.isActiveWindow)
                toggles, enters, bare_toggles, bare_enters = [], [], [], []
                for n in range(steps):
                    settle(bench, screen)
                    toggles.append(toggle(screen))
                    settle(bench, screen)  # the label shows as saved; the worker checks
                    enters.append(to_next(screen, Qt.Key.Key_Return))
                    bare_toggles.append(bare.toggle())
                    bare_enters.append(bare.next_item(content if content is not None
                                                      else review_text(n)))
                label = f"{count}_{what}"
                rows.append(Row(f"label_toggle_p95@{label}", ms(p95(toggles)),
                                ms(p95(bare_toggles)), "ms", math.inf,
                                "bare widget toggling a button, p95", limit=100.0))
                rows.append(Row(f"enter_next_item_p95@{label}", ms(p95(enters)),
                                ms(p95(bare_enters)), "ms", math.inf,
                                "bare widget showing the next text/image, p95", limit=100.0))
                bare.widget.close()
                close_screen(screen)
        finally:
            bench.close()
    return rows


def memory(scale: str) -> list[Row]:
    from .office import image_items, open_office
    from .peer import Labelme

    rows = []
    sizes = pick(scale, (4, 8), (30, 100), (300, 1000))
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        office = open_office(tmp / "data")
        items, media = image_items(max(sizes), 1600, 1200)
        pk = office.add("image_tag", package_id="memory", items=items, media=media,
                        out_dir=tmp)
        office.close()
        folder = tmp / "data" / "packages" / "memory" / "v1" / "photos"
        labelme = Labelme.found(tmp)
        for count in sizes:
            floor = _probe("memory-floor", str(folder), str(count))
            value = _probe("memory-marika", str(tmp / "data"), str(pk), str(count))
            rows.append(Row(f"rss_after_images@{count}", value, floor, "MiB", 1.5,
                            "bare window showing the same images"))
            if labelme is not None:
                rows.append(Row(f"rss_after_images_vs_labelme@{count}", value,
                                labelme.memory(folder, count), "MiB", 1.0,
                                "labelme after the same images (Next Image)"))
    return rows


def _probe(*args: str) -> float:
    out = subprocess.run([sys.executable, "-m", "benchmarks.probe", *args], check=True,
                         capture_output=True, text=True, timeout=1800).stdout
    return float(out.strip().splitlines()[-1])


GROUPS = {"next_image": next_image, "item_keys": item_keys, "memory": memory}


def _flac(path: Path, seconds: float, seed: int) -> int:
    """A speech-like FLAC clip (16 kHz mono); returns its duration in ms."""
    import numpy as np
    import soundfile as sf

    rate = 16_000
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * rate)) / rate
    envelope = 0.5 + 0.5 * np.sin(2 * np.pi * 0.7 * t) ** 2
    signal = envelope * (0.3 * np.sin(2 * np.pi * 220 * t) + 0.05 * rng.standard_normal(len(t)))
    sf.write(path, signal.astype(np.float32), rate, format="FLAC")
    return round(len(t) * 1000 / rate)


def _drop_page_cache(path: Path) -> None:
    """Out of the OS page cache, so the next read comes from the disk. Written pages are
    only dropped once they are on the disk, hence the fsync first: without it a freshly
    imported clip stays cached for some reads and not for others."""
    import os

    if not hasattr(os, "posix_fadvise"):
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)


def _cold_read(path: Path) -> tuple[float, float]:
    """The floor: the clip read from the disk the way Marika reads it (whole, at once)
    and decoded by `soundfile.read`, on a thread of its own while this one waits as it
    waits for Marika's worker; wall and CPU seconds of this process. Done on this thread
    instead, under other programs' load the floor ran at 1/3 of a core and Marika's
    worker at 2/3: the 10-minute ratio fell to 0.5x."""
    import io
    import threading

    import soundfile as sf

    def decode():
        with open(path, "rb") as fh:
            sf.read(io.BytesIO(fh.read()))

    _drop_page_cache(path)
    start, cpu = time.perf_counter(), time.process_time()
    worker = threading.Thread(target=decode)
    worker.start()
    wait(lambda: not worker.is_alive())
    return time.perf_counter() - start, time.process_time() - cpu


def audio(scale: str) -> list[Row]:
    """A long FLAC clip ready with its waveform on the item screen, cold, against
    `soundfile.read` of the same file, and opened a second time, against 20 ms.

    Cold means never opened (the waveform cache is keyed by the file's hash, so each
    sample is a clip of its own content) and not in the OS page cache: before each
    read, Marika's and the floor's alike, the clip is dropped from it, so both read the
    same bytes from the disk. Several clips, Marika and the floor taking turns to go
    first on each; the median is compared with the median. The second open is going
    back to a clip after the one beside it. The note gives the ratio of the CPU seconds
    too (this process, all threads): other programs' load moves it much less."""
    from PySide6.QtCore import Qt

    rows = []
    minutes = pick(scale, (0.1,), (1, 5), (2, 10))
    clips = pick(scale, 2, 5, 9)
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        bench = Bench(tmp)
        try:
            for length in minutes:
                media, items = [], []
                # clips long ones, then a short one the screen opens first (it warms the
                # code paths); the seed makes each clip's content, so its hash, its own
                lengths = [length * 60] * clips + [3.0]
                for n, seconds in enumerate(lengths):
                    path = tmp / f"clip{n}.flac"
                    duration = _flac(path, seconds, seed=n + int(length * 1000))
                    media.append((f"audio/{n}.flac", path))
                    items.append({"id": f"clip{n}", "media": f"audio/{n}.flac",
                                  "duration_ms": duration})
                package_id = f"audio-{length}".replace(".", "-")
                pk = bench.add("audio_transcription", package_id, items, media)
                stored = bench.office.data_dir / "packages" / package_id / "v1" / "audio"
                screen = bench.screen_at(pk, clips)
                settle(bench, screen)
                cold, cold_cpu, floors, again = [], [], [], []
                for n in reversed(range(clips)):  # Page Up: clips-1, ..., 0
                    path = stored / f"{n}.flac"
                    if n % 2:
                        floors.append(_cold_read(path))
                    _drop_page_cache(path)
                    cpu = time.process_time()
                    cold.append(to_next(screen, Qt.Key.Key_PageUp))
                    cold_cpu.append(time.process_time() - cpu)
                    settle(bench, screen)
                    if not n % 2:
                        floors.append(_cold_read(path))
                    to_next(screen, Qt.Key.Key_PageDown)
                    settle(bench, screen)
                    again.append(to_next(screen, Qt.Key.Key_PageUp))
                    settle(bench, screen)
                label = f"{length:g}min"
                floor_wall = [wall for wall, _ in floors]
                cpu_ratio = median(cold_cpu) / median([c for _, c in floors])
                rows.append(Row(f"audio_cold_ready@{label}", median(cold), median(floor_wall),
                                "s", 1.5, "soundfile.read of the same file from the disk",
                                note=f"median of {clips} clips; slowest {max(cold):.3f} s "
                                     f"against {max(floor_wall):.3f} s; CPU seconds "
                                     f"{cpu_ratio:.2f}x"))
                rows.append(Row(f"audio_second_open@{label}", ms(median(again)), None, "ms",
                                20.0, note=f"median of {clips} clips; slowest "
                                           f"{ms(max(again)):.1f} ms"))
                close_screen(screen)
        finally:
            bench.close()
    return rows


GROUPS["audio"] = audio
