"""The app's steps under a wrong clock, for tests/facade/test_wrong_clock.py.

Run as `python clock_child.py DATA_DIR SCENARIO` with libfaketime preloaded by the test.
Prints one JSON object: what the worker would see. Scenarios:
    ahead     saves items 0-4, submits them, a send fails (the retry is scheduled by
              this clock), then saves items 5-6 without submitting
    after     (the clock corrected) asks the next item, what is due, seals what waits
    behind    logs in, saves, asks the next item and the clock check
    step-back saves 0-2, the clock steps back a day (FAKETIME_TIMESTAMP_FILE), saves 3-5
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

import storedata  # noqa: E402

from marika.core.timing import ActiveTimer  # noqa: E402
from marika.profiles import Office  # noqa: E402
from marika.store import outbox  # noqa: E402
from marika_sync.control import next_attempt_at  # noqa: E402


def save(ws, package_pk: int, ordinal: int) -> None:
    ws.save(item_pk=ws.item_at(package_pk, ordinal).item_pk, value={"labels": ["pos"]})


def main(data_dir: Path, scenario: str) -> dict:
    office = Office.open(data_dir, kdf_n=storedata.FAST_KDF_N)
    try:
        ws = office.login(username=storedata.ANNOTATOR, password=storedata.PASSWORD)
        package_pk = ws.packages()[0].package_pk
        out: dict = {"now": time.time()}
        if scenario == "ahead":
            for n in range(5):
                save(ws, package_pk, n)
            result = ws.submit(package_pk)
            for batch_id in result.batch_ids:  # offline: try again in 30 s, by this clock
                outbox.record_failure(batch_id, error="offline",
                                      next_attempt_at=next_attempt_at(1))
            for n in (5, 6):
                save(ws, package_pk, n)
            out["batches"] = result.batch_ids
        elif scenario == "after":
            out["due"] = [b.batch_id for b in outbox.due_batches(ws.profile.id)]
            sync = ws.sync()
            out["sealed"] = list(sync.seal_due())
        elif scenario == "step-back":
            timer = ActiveTimer()
            timer.start(time.monotonic())
            for n in range(3):
                save(ws, package_pk, n)
            Path(os.environ["FAKETIME_TIMESTAMP_FILE"]).write_text("-1d\n")
            out["stepped_by"] = time.time() - out["now"]
            timer.touch(time.monotonic())
            out["active_ms"] = timer.elapsed_ms(time.monotonic())
            for n in range(3, 6):
                save(ws, package_pk, n)
            out["sealed"] = list(ws.sync().seal_due())
        elif scenario == "behind":
            save(ws, package_pk, 0)
        out["next"] = ws.next_todo(package_pk)
        progress = ws.progress(package_pk)
        out["done"] = progress.done
        problem = ws.clock_problem()
        out["clock"] = None if problem is None else problem.english()
        return out
    finally:
        office.close()


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), sys.argv[2])))
