"""labelme, where its interpreter is given (benchmarks/peer.py), is measured in the same
run: its start, its next image and its RSS come back as ratios to Marika's figures.

labelme lives in a virtualenv of its own (`scripts/bootstrap.sh --labelme`, or
MARIKA_BENCH_LABELME), never in Marika's; without one there is nothing to drive, and
the test says so. No timing is asserted.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The interpreter benchmarks/peer.py finds, asked from the repository root (in here the
# name `benchmarks` is this test package).
LABELME = subprocess.run([sys.executable, "-c", "from benchmarks.peer import python; "
                          "print(python() or '')"], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout.strip() or None


@pytest.mark.skipif(LABELME is None,
                    reason="no labelme interpreter (scripts/bootstrap.sh --labelme)")
def test_labelme_is_measured_in_its_own_interpreter(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "benchmarks", "--tiny", "--only",
                           "start,next_image,memory", "--labelme", LABELME],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
                          check=False)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    ratios = json.loads(proc.stdout.strip().splitlines()[-1])
    for prefix in ("start_vs_labelme", "start_rss_vs_labelme", "next_image_vs_labelme@",
                   "next_image_back_to_back_vs_labelme@", "rss_after_images_vs_labelme@"):
        found = [r for name, r in ratios.items() if name.startswith(prefix)]
        assert found and all(math.isfinite(r) and r > 0 for r in found), (prefix, ratios)


def test_a_labelme_interpreter_that_cannot_run_labelme_is_a_problem(tmp_path):
    """Given but broken (here: Marika's own python, which has no labelme) is an error
    with labelme's words, never a run that quietly leaves labelme out."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "benchmarks", "--tiny", "--only", "start",
                           "--labelme", sys.executable],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
                          check=False)
    assert proc.returncode == 1
    assert "PROBLEM start" in proc.stdout and "labelme" in proc.stdout
    assert "No module named 'labelme'" in proc.stdout
