"""`python -m benchmarks` cannot rot: the whole suite runs at its tiny size.

No timing is asserted (benchmarks are not tests); what must hold is that every group
runs through the real code paths without an error, that every metric of issue 14 is
reported with a finite ratio, and that the last line is the JSON the issue asks for.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = ["start_to_login_painted", "start_rss", "next_image_prefetched_p95@",
            "next_image_back_to_back_p95@", "rss_after_images@", "label_toggle_p95@",
            "enter_next_item_p95@", "autosave_p95@", "next_todo_forward_p95@",
            "next_todo_wraparound_p95@", "audio_cold_ready@", "audio_second_open@",
            "import_inline_texts@", "import_txt_files@", "sealed_bytes@", "upload_64kbit_",
            "kdf_unlock_slowness", "server_ms_per_upload@", "server_upload_p95@",
            "server_scaling_4_vs_1_worker@", "keepalive_sent_per_answered@",
            "pay_screen_open@", "pay_ledger_build@", "soak_rss_end_vs_hour1@",
            "soak_rss_peak_vs_hour1@", "soak_rss_trend_vs_hour1@"]


def test_the_whole_suite_runs_at_its_tiny_size(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "benchmarks", "--tiny"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=240, check=False)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    lines = proc.stdout.strip().splitlines()
    ratios = json.loads(lines[-1])
    for prefix in EXPECTED:
        assert any(name.startswith(prefix) for name in ratios), (prefix, sorted(ratios))
    assert all(math.isfinite(r) and r > 0 for r in ratios.values()), ratios
    # Scale checks: the size-dependent metrics appear at two sizes.
    for prefix in ("autosave_p95@", "next_todo_wraparound_p95@", "import_txt_files@",
                   "rss_after_images@", "sealed_bytes@"):
        assert len([n for n in ratios if n.startswith(prefix)]) >= 2, prefix
    assert "| metric" in proc.stdout and "ratio" in lines[1]
