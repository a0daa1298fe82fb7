"""The app's log file: every record reaches logs/marika.log, which rotates at 1 MB with
two older files kept; the file is opened at the first record, not at start."""

from __future__ import annotations

import logging
import threading


def test_records_from_every_thread_reach_the_log_file_and_it_rotates(app_log):
    assert not app_log.exists()  # nothing logged yet: no file opened
    log = logging.getLogger("marika.test")
    log.info("the first record %s", 1)
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert app_log.read_text(encoding="utf-8").rstrip().endswith(
        "INFO marika.test: the first record 1")

    def write(n: int) -> None:
        for i in range(5_000):
            log.warning("thread %d record %d %s", n, i, "x" * 100)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for handler in logging.getLogger().handlers:
        handler.flush()
    files = sorted(p.name for p in app_log.parent.iterdir())
    assert files == ["marika.log", "marika.log.1", "marika.log.2"]
    assert all(p.stat().st_size <= 1_000_000 for p in app_log.parent.iterdir())
    last = app_log.read_text(encoding="utf-8").splitlines()[-1]
    assert "WARNING marika.test: thread" in last and "record 4999" in last
