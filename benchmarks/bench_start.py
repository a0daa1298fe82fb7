"""Start-up: process start to the log-in screen painted, and its memory, against a bare
PySide6 window painted in the same run (both as fresh processes, bytecode compiled).
labelme, where its interpreter is given (benchmarks/peer.py), is measured the same way in
the same run, interleaved, and reported as a ratio too.

The scale check starts the same way on a full office: twelve profiles (the most the
log-in page lists), a 10,000-text package and 100,000 annotation rows (a year of one
PC's work): a start must not grow with what the office holds."""

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


def _full_office(data: Path, tmp: Path, annotations: int) -> None:
    """An office with twelve profiles and `annotations` rows of done work, ten workers
    through a 10,000-text package (written as bench_store's next-to-do history is: the
    start never reads them)."""
    from marika.store.db import database

    from .office import PASSWORD, open_office, text_items

    office = open_office(data)
    try:
        for n in range(10):  # with the supervisor and rasoa: twelve
            office.supervisor.create_profile(username=f"worker{n}",
                                             display_name=f"Worker {n}",
                                             password=PASSWORD, language="en")
        items, _ = text_items(10_000)
        pk = office.add("text_classification", package_id="full", items=items, media=[],
                        out_dir=tmp)
        first = database.execute_sql("SELECT MIN(id) FROM item WHERE package_id = ?",
                                     (pk,)).fetchone()[0]
        with database.atomic():
            database.execute_sql(
                "WITH RECURSIVE n(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM n WHERE k < ?) "
                "INSERT INTO annotation (uuid, profile_id, package_id, item_id, ordinal, "
                "status, payload, updated_at, revision) "
                "SELECT 'u' || k, (SELECT id FROM profile WHERE username = 'worker' || "
                "(k / 10000 % 10)), ?, ? + k % 10000, k % 10000, 'done', x'00', k, 1 FROM n",
                (annotations - 1, pk, first))
    finally:
        office.close()


def start(scale: str) -> list[Row]:
    from .office import open_office
    from .peer import Labelme

    runs = pick(scale, 1, 5, 9)
    annotations = pick(scale, 1_000, 100_000, 100_000)
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode
    with tempfile.TemporaryDirectory() as tmp:
        data, full = Path(tmp) / "data", Path(tmp) / "full"
        open_office(data).close()
        _full_office(full, Path(tmp), annotations)
        probes = {"bare": lambda: _start(["start-bare"], env),
                  "marika": lambda: _start(["start-marika", str(data)], env),
                  "full": lambda: _start(["start-marika", str(full)], env)}
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
                "bare PySide6 window"),
            Row(f"start_to_login_painted@{annotations}_annotations",
                median([t for t, _ in got["full"]]), bare_t, "s", 1.5,
                "bare PySide6 window painted",
                note="12 profiles, a 10,000-text package: no growth over the first row")]
    if "labelme" in got:
        rows.append(Row("start_vs_labelme", rows[0].value,
                        median([t for t, _ in got["labelme"]]), "s", 1.0,
                        "labelme's window painted (its own entry point)"))
        rows.append(Row("start_rss_vs_labelme", rows[1].value,
                        median([m for _, m in got["labelme"]]), "MiB", 1.0,
                        "labelme's RSS at its window"))
    return rows


GROUPS = {"start": start}
