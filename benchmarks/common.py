"""What every benchmark shares: timing, percentiles, memory, sizes and the result rows.

A benchmark group is a function `run(scale) -> list[Row]`. Each row compares a value
measured through Marika's real code path with a floor measured in the same run (a bare
PySide6 window, a bare decode, a raw write+fsync...), so the ratio is what compares
across machines and commits; `target` is the ratio (or absolute value) to stay under.
"""

from __future__ import annotations

import math
import os
import statistics
import subprocess
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass

SCALES = ("tiny", "quick", "full")


@dataclass
class Row:
    metric: str  # stable key, e.g. "autosave_p95@10000_texts"
    value: float  # Marika's figure, in `unit`
    floor: float | None  # the same-run floor, in `unit` (None: an absolute target)
    unit: str  # "ms", "s", "MiB", "KB"
    target: float  # the ratio to stay under (or the absolute value when floor is None)
    floor_name: str = ""
    note: str = ""
    limit: float | None = None  # an absolute bound in `unit` that decides instead of target

    @property
    def ratio(self) -> float:
        if self.floor is None:
            return self.value / self.target if self.target else math.nan
        return self.value / self.floor if self.floor else math.inf

    @property
    def ok(self) -> bool:
        if self.limit is not None:
            return self.value <= self.limit
        return self.ratio <= (1.0 if self.floor is None else self.target)

    def as_dict(self) -> dict:
        return {**asdict(self), "ratio": self.ratio, "ok": self.ok}


def pick(scale: str, tiny, quick, full):
    """The size for this scale (`tiny` is for the smoke test only)."""
    return {"tiny": tiny, "quick": quick, "full": full}[scale]


def percentile(samples: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty list."""
    ordered = sorted(samples)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def p95(samples: list[float]) -> float:
    return percentile(samples, 95)


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def timed(fn, runs: int) -> list[float]:
    """Seconds per call of `fn()`, `runs` times."""
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def ms(seconds: float) -> float:
    return seconds * 1000.0


def rss_mib() -> float:
    """Resident memory of this process now, in MiB (Linux /proc; ru_maxrss elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def until_painted(command: list[str], env: dict, *, stderr=None,
                  timeout: float = 120) -> tuple[float | None, float, int]:
    """Start a probe process and time it until it prints "painted RSS_MiB": the seconds
    from the start (None if it never did), that RSS, and the process's exit code."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=stderr, text=True)
    took, rss = None, 0.0
    for line in proc.stdout:
        if line.startswith("painted"):
            took = time.perf_counter() - start
            rss = float(line.split()[1])
    return took, rss, proc.wait(timeout=timeout)


@contextmanager
def write_fsync(folder, *, size: int = 512):
    """A raw write + fsync of `size` bytes to one file, the floor of any durable save:
    yields the function that does one."""
    path = os.path.join(folder, "floor.bin")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    data = os.urandom(size)

    def one():
        os.pwrite(fd, data, 0)
        os.fsync(fd)

    try:
        yield one
    finally:
        os.close(fd)


def timed_against(fn, floor, runs: int) -> tuple[list[float], list[float]]:
    """Seconds per call of `fn()` and of `floor()`, called in turn `runs` times each.

    On a shared machine the disk's load moves from second to second (an fsync took
    0.1 ms in one minute and 4 ms in the next), so a floor timed before the run can be
    many times faster or slower than the same floor during it: alternating puts both
    under the same load."""
    mine, floors = [], []
    for _ in range(runs):
        start = time.perf_counter()
        floor()
        middle = time.perf_counter()
        fn()
        end = time.perf_counter()
        floors.append(middle - start)
        mine.append(end - middle)
    return mine, floors
