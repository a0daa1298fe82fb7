"""Start-up: process start to the log-in screen painted, and its memory, against a bare
PySide6 window painted in the same run (both as fresh processes, bytecode compiled).
labelme, where installed, is measured the same way and reported as a ratio too."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import Row, median, pick


def _start(args: list[str], env: dict) -> tuple[float, float]:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "benchmarks.probe", *args], env=env,
                            stdout=subprocess.PIPE, text=True)
    took, rss = None, 0.0
    for line in proc.stdout:
        if line.startswith("painted"):
            took = time.perf_counter() - start
            rss = float(line.split()[1])
    proc.wait(timeout=60)
    if took is None:
        raise RuntimeError(f"{args[0]} never painted (exit {proc.returncode})")
    return took, rss


def start(scale: str) -> list[Row]:
    from .office import open_office

    runs = pick(scale, 1, 5, 9)
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        open_office(data).close()
        probes = {"bare": ["start-bare"], "marika": ["start-marika", str(data)]}
        if importlib.util.find_spec("labelme") is not None:
            probes["labelme"] = ["start-labelme"]
        for name, args in list(probes.items()):
            try:
                _start(args, env)  # warm-up: compiles bytecode, fills the page cache
            except RuntimeError:
                if name != "labelme":
                    raise
                del probes[name]  # an installed labelme that does not start here
        got = {name: [] for name in probes}
        for _ in range(runs):  # interleaved, so a busy moment hits both alike
            for name, args in probes.items():
                got[name].append(_start(args, env))
    bare_t = median([t for t, _ in got["bare"]])
    bare_m = median([m for _, m in got["bare"]])
    rows = [Row("start_to_login_painted", median([t for t, _ in got["marika"]]), bare_t, "s",
                1.5, "bare PySide6 window painted"),
            Row("start_rss", median([m for _, m in got["marika"]]), bare_m, "MiB", 1.5,
                "bare PySide6 window")]
    if "labelme" in got:
        rows.append(Row("start_vs_labelme", rows[0].value,
                        median([t for t, _ in got["labelme"]]), "s", 1.0, "labelme started"))
        rows.append(Row("start_rss_vs_labelme", rows[1].value,
                        median([m for _, m in got["labelme"]]), "MiB", 1.0,
                        "labelme's RSS at its window"))
    return rows


GROUPS = {"start": start}
