"""The soak: memory over a simulated working day on the real ItemScreen (issue 14, scale
check "peak memory after 8 hours of simulated browsing stays flat").

A fresh process logs in and drives one ItemScreen through a working day in compressed
time: 20-minute blocks (a 24th of a shorter day) of image tagging, text classification
and audio transcription in turn, the way a worker goes home and opens another package,
so that the first hour has used every kind of view; on each item a label key (or a typed
transcript, sometimes played), now and then a change of mind or an undo, Enter (saved,
next to do), looking back with Page Up, skipping ahead with Page Down, and once a package
is finished, going over it again. The screen's clock is simulated: each item takes 5-10
s (audio 20-40 s), lunch is 45 minutes (less in a shorter day), so break suggestions and
active time see a real day; a full day is several thousand item switches. The images
are 1.9 MP and, one in ten, 12 MP (large decode buffers freed again).

Every 10 simulated minutes (a 48th of a shorter day), after the saves and decodes in
flight and a garbage collection (a leak is what survives one), the resident memory is
sampled, with the number of Python objects and Qt widgets. The figures, against the
RSS after the first simulated hour (the first quarter of a shorter day):
- the RSS at the end of the day and the peak sample, each <= 1.1x;
- the trend: a straight line fitted through the samples from the first hour on, its
  value at the end of the day against its value at the first hour (<= 1.1x), with its
  slope in MiB per simulated hour in the notes.

  python -m benchmarks.bench_soak DATA IMAGE_PK TEXT_PK AUDIO_PK HOURS   (the day itself)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from .common import Row, pick

SAMPLES = 48  # a sample every 10 simulated minutes in a full day
LUNCH_S = 45 * 60
SEED = 14


# ---------------------------------------------------------------- the group (parent)

def soak(scale: str) -> list[Row]:
    hours = pick(scale, 0.25, 2.0, 8.0)
    with tempfile.TemporaryDirectory() as name:
        packages = build(Path(name), scale)
        day = run_day(Path(name) / "data", packages, hours)
    return rows_of(day, hours)


def build(tmp: Path, scale: str) -> list[int]:
    """An office in `tmp / "data"` with an image, a text and an audio package assigned to
    the annotator; returns their package pks in that order."""
    from .bench_gui import _flac
    from .office import image_items, jpeg, open_office, text_items

    images, big, texts, clips = pick(scale, (6, 1, 40, 3), (90, 10, 400, 12),
                                     (270, 30, 1000, 40))
    office = open_office(tmp / "data")
    items, media = image_items(images + big, 1600, 1200)
    for n in range(9, images + big, 10)[:big]:  # one in ten: a 12 MP photo
        media[n] = (media[n][0], jpeg(4000, 3000, seed=n))
    pks = [office.add("image_tag", package_id="soak-img", items=items, media=media,
                      out_dir=tmp)]
    items, media = text_items(texts)
    pks.append(office.add("text_classification", package_id="soak-txt", items=items,
                          media=media, out_dir=tmp))
    items, media = [], []
    for n in range(clips):
        path = tmp / f"clip{n}.flac"
        duration = _flac(path, 5 + n % 11, seed=n)
        media.append((f"audio/{n}.flac", path))
        items.append({"id": f"clip{n}", "media": f"audio/{n}.flac", "duration_ms": duration})
    pks.append(office.add("audio_transcription", package_id="soak-aud", items=items,
                          media=media, out_dir=tmp))
    office.close()
    return pks


def run_day(data_dir: Path, packages: list[int], hours: float) -> dict:
    """The simulated day in a fresh process (its memory is the app's alone)."""
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_soak", str(data_dir),
         *map(str, packages), str(hours)],
        check=False, capture_output=True, text=True, timeout=1700)
    if proc.returncode != 0:
        raise RuntimeError(f"the simulated day failed: {proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def rows_of(day: dict, hours: float) -> list[Row]:
    samples = day["samples"]  # [simulated h, RSS MiB, Python objects, Qt widgets, SQLite MiB]
    first = min(1.0, hours / 4)
    start = next(n for n, s in enumerate(samples) if s[0] >= first - 1e-9)
    kept = samples[start:]
    base, end = kept[0], kept[-1]
    peak = max(s[1] for s in kept)
    slope, intercept = _line([s[0] for s in kept], [s[1] for s in kept])
    label = f"{hours:g}h"
    since = f"RSS at {base[0]:.2g} simulated h"
    counts = (f"{day['switches']:,} item switches ({day['done']:,} done, {day['labels']:,} "
              f"labels or transcripts), {day['packages']} package openings; Python "
              f"objects {base[2]:,} -> {end[2]:,}, Qt widgets {base[3]} -> {end[3]}, "
              f"SQLite's memory {base[4]:.1f} -> {end[4]:.1f} MiB; kernel peak (VmHWM) "
              f"{day['hwm']:.0f} MiB")
    return [
        Row(f"soak_rss_end_vs_hour1@{label}", end[1], base[1], "MiB", 1.1, since,
            note=counts),
        Row(f"soak_rss_peak_vs_hour1@{label}", peak, base[1], "MiB", 1.1, since,
            note="the highest sample from then on"),
        Row(f"soak_rss_trend_vs_hour1@{label}", intercept + slope * end[0],
            intercept + slope * base[0], "MiB", 1.1, "the fitted line at that hour",
            note=f"least squares over {len(kept)} samples: {slope:+.2f} MiB per "
                 "simulated hour"),
    ]


def _line(xs: list[float], ys: list[float]) -> tuple[float, float]:
    """Slope and intercept of the least-squares line (slope 0 through one point)."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    var = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var if var else 0.0
    return slope, my - slope * mx


GROUPS = {"soak": soak}


# ---------------------------------------------------------------- the day (fresh process)

class Day:
    """One worker's simulated day on one ItemScreen."""

    def __init__(self, data_dir: Path, packages: list[tuple[str, int]], hours: float) -> None:
        import random

        from PySide6.QtWidgets import QApplication

        from .probe import logged_in_bench

        self.bench = logged_in_bench(data_dir)
        self.packages, self.hours = packages, hours
        self.rng = random.Random(SEED)
        self.now = 0.0  # simulated seconds since the start of the day
        self.samples: list[list] = []
        self.counts = {"items": 0, "switches": 0, "done": 0, "labels": 0, "packages": 0}
        self.went_home = False
        self.finished: set[str] = set()  # packages with nothing left to do: reviewed
        self.app = QApplication.instance()
        self.screen = self._screen()

    def _screen(self):
        from marika.gui.item_screen import ItemScreen

        from .bench_gui import SCREEN, wait

        screen = ItemScreen(self.bench.tasks, clock=lambda: self.now)
        screen.goHome.connect(lambda _message: setattr(self, "went_home", True))
        screen.resize(*SCREEN)
        screen.show()
        screen.activateWindow()
        wait(screen.isActiveWindow)
        return screen

    # ------------------------------------------------------------ the day
    def run(self) -> dict:
        day_s = self.hours * 3600
        block_s = day_s / 24  # 20 minutes a package: the first hour has seen every kind
        lunch_at = day_s / 2 if self.hours >= 2 else None
        block, block_end, next_sample = -1, 0.0, 0.0
        while self.now < day_s:
            if lunch_at is not None and self.now >= lunch_at:
                self.screen.go_home()
                self.now += LUNCH_S * self.hours / 8  # 45 minutes in a full day
                lunch_at = None
                block_end = self.now  # back from lunch: open a package again
            if self.now >= block_end:
                block += 1
                block_end = self.now + block_s
                self.open(block % len(self.packages), ordinal=None)
            if self.now >= next_sample:
                self.sample()
                while next_sample <= self.now:  # once after lunch too
                    next_sample += day_s / SAMPLES
            self.now += self.item()
        from .probe import status_mib

        self.sample()
        self.screen.go_home()
        return {"samples": self.samples, "hwm": status_mib("VmHWM"), **self.counts}

    def open(self, which: int, *, ordinal: int | None) -> None:
        from .bench_gui import busy, wait

        kind, pk = self.packages[which]
        self.kind = kind
        if self.screen.item is not None:
            self.screen.go_home()  # Esc, as the worker does between packages
        self.screen.item, self.went_home = None, False
        self.screen.open_package(self.bench.office.workspace, pk, ordinal=ordinal)
        wait(lambda: self.screen.item is not None and not busy(self.screen))
        self.counts["packages"] += 1

    def item(self) -> float:
        """Work on the item on screen; returns the simulated seconds it took."""
        from PySide6.QtCore import Qt

        from marika.core import annotation as ann

        screen, rng = self.screen, self.rng
        self.settle()
        screen.breaks.check()  # the 30 s timer does not tick in compressed time
        last = screen.item.ordinal >= screen.total - 1
        self.counts["items"] += 1
        roll = rng.random()
        if roll < 0.08 and screen.item.ordinal > 0:
            self.move(Qt.Key.Key_PageUp)  # a look at the one before
            return rng.uniform(2, 4)
        if roll < 0.14 and not last:
            self.move(Qt.Key.Key_PageDown)  # left for later
            return rng.uniform(1, 3)
        self.answer()
        if self.kind in self.finished or (screen.status == ann.DONE and rng.random() < 0.5):
            # A done item looked over again (the whole package, once it is finished).
            if last:
                self.open(self._which(), ordinal=0)
            else:
                self.move(Qt.Key.Key_PageDown)
        else:
            self.move(Qt.Key.Key_Return)
            self.counts["done"] += 1
        return rng.uniform(20, 40) if self.kind == "audio" else rng.uniform(5, 10)

    def answer(self) -> None:
        """A label key (a change of mind or an undo now and then), or a transcript."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        from marika.core import annotation as ann

        from .bench_gui import key

        screen, rng = self.screen, self.rng
        if self.kind == "audio":
            if rng.random() < 0.3:
                key_with(Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)  # play
                key_with(Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)  # pause
            QTest.keyClicks(self.app.focusWidget() or screen,
                            rng.choice(("salama ", "tompoko ", "misaotra ", "eny ")))
        else:
            chosen = screen.history.current.get("labels", [])
            keys = {"pos": Qt.Key.Key_1, "neg": Qt.Key.Key_2, "neu": Qt.Key.Key_3}
            free = [k for label, k in keys.items() if label not in chosen]
            key(screen, rng.choice(free))
            if rng.random() < 0.1:
                key_with(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo
                if ann.is_empty(screen.item.kind, screen.history.current):
                    key(screen, free[0])
        self.counts["labels"] += 1
        if ann.is_empty(screen.item.kind, screen.history.current):
            raise RuntimeError(f"the answer did not reach the {self.kind} item: "
                               f"{screen.banner.text()!r}")

    def move(self, k) -> None:
        """A key that leaves the item; back on the package if it was the last one."""
        from .bench_gui import busy, key, wait

        screen = self.screen
        before = screen.item.ordinal
        key(screen, k)
        try:
            wait(lambda: self.went_home or (screen.item is not None and not busy(screen)
                                            and screen.item.ordinal != before))
        except TimeoutError:
            raise TimeoutError(f"stuck after item {before} of {self.kind}: "
                               f"{screen.banner.text()!r}") from None
        self.counts["switches"] += 1
        if self.went_home:  # every item done: go over the package again from the start
            self.finished.add(self.kind)
            self.open(self._which(), ordinal=0)

    def _which(self) -> int:
        return next(n for n, (kind, _) in enumerate(self.packages) if kind == self.kind)

    def settle(self) -> None:
        from .bench_gui import settle

        settle(self.bench, self.screen)

    def sample(self) -> None:
        import gc

        from .probe import status_mib

        self.settle()
        gc.collect()
        self.samples.append([round(self.now / 3600, 3), status_mib(),
                             len(gc.get_objects()), len(self.app.allWidgets()),
                             _sqlite_mib()])


def key_with(k, modifiers) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    QTest.keyClick(QApplication.focusWidget(), k, modifiers)


def _sqlite_mib() -> float:
    """Memory SQLite holds (its page caches, bounded by the store's cache_size), where the
    sqlite3 module uses the system's library; 0 where it cannot be asked."""
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("sqlite3")
    try:
        used = ctypes.CDLL(name).sqlite3_memory_used if name else None
    except (OSError, AttributeError):
        used = None
    if used is None:
        return 0.0
    used.restype = ctypes.c_int64
    return used() / 2**20


def main(argv: list[str]) -> int:
    data_dir, image_pk, text_pk, audio_pk, hours = argv
    packages = [("image", int(image_pk)), ("text", int(text_pk)), ("audio", int(audio_pk))]
    result = Day(Path(data_dir), packages, float(hours)).run()
    print(json.dumps(result))  # noqa: T201 - read by the parent
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_SCALE_FACTOR", "1")
    os.environ.setdefault("MARIKA_GUIDED_TOUR", "0")
    import marika.gui  # noqa: F401 - the app's PySide6 workaround, before Qt is used

    sys.exit(main(sys.argv[1:]))
