"""Start-up: process start to the log-in screen painted, and its memory, against a bare
PySide6 window painted in the same run (both as fresh processes, bytecode compiled).
labelme, where its interpreter is given (benchmarks/peer.py), is measured the same way in
the same run, interleaved, and reported as a ratio too."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from .common import Row, median, pick, until_painted


def _start(args: list[str], env: dict) -> tuple[float, float]:
    """Seconds from the process start to "painted" from benchmarks/probe.py, and its RSS."""
    took, rss, code = until_painted([sys.executable, "-m", "benchmarks.probe", *args], env)
    if took is None:
        raise RuntimeError(f"{args[0]} never painted (exit {code})")
    return took, rss


def start(scale: str) -> list[Row]:
    from .office import open_office
    from .peer import Labelme

    runs = pick(scale, 1, 5, 9)
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        open_office(data).close()
        probes = {"bare": lambda: _start(["start-bare"], env),
                  "marika": lambda: _start(["start-marika", str(data)], env)}
        labelme = Labelme.found(Path(tmp))
        if labelme is not None:
            probes["labelme"] = labelme.start
        for probe in probes.values():
            probe()  # warm-up: compiles bytecode, fills the page cache
        got = {name: [] for name in probes}
        for _ in range(runs):  # interleaved, so a busy moment hits all alike
            for name, probe in probes.items():
                got[name].append(probe())
    bare_t = median([t for t, _ in got["bare"]])
    bare_m = median([m for _, m in got["bare"]])
    rows = [Row("start_to_login_painted", median([t for t, _ in got["marika"]]), bare_t, "s",
                1.5, "bare PySide6 window painted"),
            Row("start_rss", median([m for _, m in got["marika"]]), bare_m, "MiB", 1.5,
                "bare PySide6 window")]
    if "labelme" in got:
        rows.append(Row("start_vs_labelme", rows[0].value,
                        median([t for t, _ in got["labelme"]]), "s", 1.0,
                        "labelme's window painted (its own entry point)"))
        rows.append(Row("start_rss_vs_labelme", rows[1].value,
                        median([m for _, m in got["labelme"]]), "MiB", 1.0,
                        "labelme's RSS at its window"))
    return rows


GROUPS = {"start": start}
