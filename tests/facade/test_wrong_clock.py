"""A PC clock ten years off, or set back during the day: no crash, item order kept,
sealing and the outbox still move, and the worker is told to have the date checked.

Each step runs in a child process under libfaketime (Debian package `faketime`), the
clock the whole process sees; the monotonic clock is left alone, as a real clock change
leaves it. Statements and the server's view of time are covered with the sync protocol.
"""

from __future__ import annotations

import glob
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store import storedata

CHILD = Path(__file__).with_name("clock_child.py")
LIBS = ("/usr/lib/*/faketime/libfaketimeMT.so.1", "/usr/lib/faketime/libfaketimeMT.so.1",
        "/usr/local/lib/faketime/libfaketimeMT.so.1")
TEN_YEARS = 10 * 365.25 * 86400


def libfaketime() -> str:
    found = [path for pattern in LIBS for path in glob.glob(pattern)]
    if not found or not sys.platform.startswith("linux"):
        pytest.skip("libfaketime is not installed (apt-get install faketime)")
    return found[0]


def run(data_dir: Path, scenario: str, tmp_path: Path, offset: str) -> dict:
    clock_file = tmp_path / "faketime.txt"
    clock_file.write_text(offset + "\n")
    env = dict(os.environ, LD_PRELOAD=libfaketime(), FAKETIME_TIMESTAMP_FILE=str(clock_file),
               FAKETIME_NO_CACHE="1", DONT_FAKE_MONOTONIC="1")
    done = subprocess.run([sys.executable, str(CHILD), str(data_dir), scenario], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.splitlines()[-1])


def behind_sentence(now: float) -> str:
    return (f"This computer's clock says {time.strftime('%Y-%m-%d', time.localtime(now))}, "
            "which is earlier than work already saved on it. Your work is safe, but ask your "
            "supervisor to set the date and time right.")


@pytest.fixture
def office_dir(tmp_path):
    data_dir = tmp_path / "data"
    storedata.build_office(data_dir, count=12)
    return data_dir


def test_ten_years_ahead_then_set_right(office_dir, tmp_path):
    ahead = run(office_dir, "ahead", tmp_path, "+10y")
    assert ahead["now"] - time.time() > 9 * 365 * 86400
    assert ahead["next"] == 7 and ahead["done"] == 7 and ahead["clock"] is None
    assert len(ahead["batches"]) == 1

    after = run(office_dir, "after", tmp_path, "+0")
    # The retry scheduled "in 30 s" ten years ahead is due now, not in ten years.
    assert after["due"] == ahead["batches"]
    # Items 5 and 6, saved "in ten years", are sealed now rather than in ten years.
    assert after["sealed"] == [1, 2]
    assert after["next"] == 7 and after["done"] == 7  # the order is the package's
    assert after["clock"] == behind_sentence(after["now"])


def test_ten_years_behind(office_dir, tmp_path):
    behind = run(office_dir, "behind", tmp_path, "-10y")
    assert time.time() - behind["now"] > 9 * 365 * 86400
    assert behind["next"] == 1 and behind["done"] == 1
    # The package was imported "in the future": the worker is told to check the date.
    assert behind["clock"] == behind_sentence(behind["now"])


def test_clock_set_back_during_the_day(office_dir, tmp_path):
    day = run(office_dir, "step-back", tmp_path, "+0")
    assert -86_500 < day["stepped_by"] < -86_300
    assert 0 <= day["active_ms"] < 60_000  # measured on the monotonic clock
    assert day["next"] == 6 and day["done"] == 6
    # Items 0-2, saved "tomorrow" by the clock of then, are not work in progress: they
    # are sealed; 3-5, saved a moment ago, wait for the grace period.
    assert day["sealed"] == [1, 3]
    assert day["clock"] == behind_sentence(day["now"] - 86_400)
