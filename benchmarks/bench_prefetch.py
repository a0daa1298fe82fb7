"""Next image on screen: prefetched from the cache against decoded from disk.

Generates 12 MP JPEGs (4000x3000, like a phone photo), then measures, in the same run,
the time from `show_item` to the image painted on the canvas:
- cold: nothing cached; the file is dropped from the OS page cache first
  (posix_fadvise DONTNEED, no root needed), so it is read from disk and decoded;
- prefetched: the item was decoded ahead by `ImageTagView.prefetch` while the previous
  one was on screen (what happens when the worker tags at a normal pace).
Reports both medians and the ratio prefetched / cold (lower is better); the ratio is
what compares across machines.
Run: .venv/bin/python benchmarks/bench_prefetch.py [--images 8] [--box 1366x768]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def make_jpegs(folder: Path, count: int) -> list[Path]:
    import numpy as np
    from PIL import Image

    paths = []
    for n in range(count):
        rng = np.random.default_rng(n)
        # Upscaled noise with gradients: compresses like a photo (about 2-4 MB at q=90).
        small = rng.integers(0, 255, (300, 400, 3), dtype=np.uint8)
        img = Image.fromarray(small).resize((4000, 3000), Image.Resampling.BICUBIC)
        path = folder / f"photo{n}.jpg"
        img.save(path, "JPEG", quality=90)
        paths.append(path)
    return paths


def drop_from_page_cache(path: Path) -> None:
    if not hasattr(os, "posix_fadvise"):
        return  # Windows: the first read is cold anyway
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--images", type=int, default=8)
    parser.add_argument("--box", default="1366x768", help="screen size to decode to")
    args = parser.parse_args()
    box = tuple(int(x) for x in args.box.split("x"))

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from media.mediagen import make_item, make_manifest, sha256

    from marika.gui.image_view import ImageTagView
    from marika.gui.taskman import TaskManager

    tasks = TaskManager()
    manifest = make_manifest()
    with tempfile.TemporaryDirectory() as tmp:
        paths = make_jpegs(Path(tmp), args.images)
        items = [make_item(n + 1, p, digest=sha256(p)) for n, p in enumerate(paths)]
        view = ImageTagView(box=box)
        view.tasks = tasks
        view.resize(900, 560)
        view.show()

        def time_to_paint(item) -> float:
            start = time.perf_counter()
            view.show_item(item, None, manifest)
            while view.is_loading():
                app.processEvents()
                time.sleep(0.0005)
            view.canvas.repaint()  # synchronous paint of the new image
            took = time.perf_counter() - start
            assert not view.is_unreadable(), view.error_text()
            return took

        # Cold: no cache, file not in the page cache.
        cold = []
        for item in items:
            view.clear()
            drop_from_page_cache(item.media_path)
            cold.append(time_to_paint(item))

        # Prefetched: item n is on screen while n+1..n+3 decode; then the worker moves on.
        view.clear()
        for item in items:
            drop_from_page_cache(item.media_path)
        warm = []
        time_to_paint(items[0])
        for n in range(len(items) - 1):
            view.prefetch(items[n + 1: n + 4])
            while view.loader.busy():  # the worker looks at the image meanwhile
                app.processEvents()
                time.sleep(0.001)
            calls = view.loader.decode_calls
            warm.append(time_to_paint(items[n + 1]))
            assert view.loader.decode_calls == calls, "the prefetched item was decoded again"
        tasks.shutdown()

    cold_ms = statistics.median(cold) * 1000
    warm_ms = statistics.median(warm) * 1000
    print(f"12 MP JPEG to {box[0]}x{box[1]}, {len(items)} images, medians:")
    print(f"  cold (read + hash + decode + paint): {cold_ms:8.1f} ms")
    print(f"  prefetched (cache + paint):          {warm_ms:8.1f} ms")
    print(f"ratio prefetched / cold in the same run: {warm_ms / cold_ms:.3f}")


if __name__ == "__main__":
    main()
