"""Power cuts: what was not synced to the disk is lost, and no acknowledged save with it.

The office's folder is on a FUSE file system of the test's own (powercut_fs.py) that
keeps, at a cut, only what fsync made durable plus a random share of the sectors
written since. A worker saving through the app (save_child.py, as in the SIGKILL test)
is killed and the power cut at once, at random steps of its work; then the office must
open, pass `PRAGMA integrity_check`, and show every save it acknowledged. WAL with
synchronous=FULL is what makes this hold (ADR 1; with NORMAL, FACTS.md measured recent
commits lost in 43 of 200 cuts).

Needs Linux, root, /dev/fuse, fusermount3 (Debian package fuse3) and mfusepy (a dev
dependency); skipped otherwise. CI cuts 30 times; MARIKA_FULL_FAULTS=1 cuts 200 times.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from faultcount import count, report

from store import storedata
from store.test_kill_durability import (
    SEED,
    KillServer,
    Ledger,
    check_store,
    pick_kill,
)

CUTS = count(30, 200)
FS = Path(__file__).with_name("powercut_fs.py")


@pytest.fixture
def fuse_disk(tmp_path):
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("the power-cut file system needs Linux and root")
    if not os.path.exists("/dev/fuse") or shutil.which("fusermount3") is None:
        pytest.skip("FUSE is not available (apt-get install fuse3)")
    pytest.importorskip("mfusepy")
    mount = tmp_path / "disk"
    mount.mkdir()
    log = open(tmp_path / "powercut_fs.log", "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen([sys.executable, str(FS), str(mount), str(SEED)], stdout=log,
                            stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 30
    while not os.path.ismount(mount):
        if proc.poll() is not None or time.monotonic() > deadline:
            log.close()
            pytest.skip("the FUSE file system did not mount: "
                        + (tmp_path / "powercut_fs.log").read_text(errors="replace")[-500:])
        time.sleep(0.05)
    try:
        yield mount
    finally:
        subprocess.run(["fusermount3", "-u", str(mount)], check=False, capture_output=True)
        if os.path.ismount(mount):
            subprocess.run(["umount", "-l", str(mount)], check=False, capture_output=True)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def cut_power(mount: Path) -> None:
    """Everything not synced is lost but a random share of its sectors (powercut_fs)."""
    with open(mount / ".powercut", "w") as control:
        control.write("cut")


@pytest.mark.slow
@pytest.mark.timeout(count(300, 3600))
def test_no_acknowledged_save_is_lost_over_power_cuts(fuse_disk, tmp_path, capsys):
    data_dir = fuse_disk / "data"
    storedata.build_office(data_dir)
    rng = random.Random(SEED + 2)
    server = KillServer(data_dir, tmp_path)
    ledger, ready_times, after_ready = Ledger(), [], 0
    try:
        for run in range(1, CUTS + 1):
            after, delay = pick_kill(rng, ready_times)
            events = server.run(run, rng.getrandbits(32), after, delay)
            cut_power(fuse_disk)
            context = (f"seed {SEED + 2}, cut {run}, after event {after} + {delay:.4f} s, "
                       f"last events {events[-4:]}")
            assert not [w for w in events if w[0] == "FAIL"], context
            ready_times.extend(float(w[2]) for w in events if w[0] == "READY")
            after_ready += any(w[0] == "READY" for w in events)
            ledger.record(events)
            problems = check_store(data_dir, ledger)
            assert not problems, f"{context}: {problems}"
    finally:
        server.close()
    report(capsys, f"power cuts: {CUTS} cuts, {len(ledger.tried)} saves tried, "
                   f"{len(ledger.acked)} items acknowledged, 0 lost; {after_ready} cuts "
                   "after start-up")
    assert after_ready >= CUTS // 2
    assert len(ledger.acked) >= 10, "hardly any save was acknowledged"
