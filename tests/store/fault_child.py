"""The process tests/store/test_faults.py breaks the disk under (through fault_shim.c).

Run as `python fault_child.py DATA_DIR ARM_FILE SCENARIO`. It opens the office, logs in
and saves while the disk is healthy, then creates ARM_FILE (from then on the shim makes
the chosen writes or flushes fail) and does the scenario's step. One JSON line per event
on stdout:
    {"ack": item_pk, "digest": ...}                 a save returned (the app shows "Saved")
    {"error": class, "saved": bool|null, "en": sentence, "item": item_pk, "digest": ...}
    {"done": true}
Then it ends as a crash would (os._exit: no close, no checkpoint), so the parent's
restart sees what the disk really holds.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import storedata  # noqa: E402

from marika.core.errors import MarikaError  # noqa: E402
from marika.profiles import Office  # noqa: E402

GOOD_SAVES = 5


def emit(**fields) -> None:
    os.write(1, (json.dumps(fields) + "\n").encode())


def save(session, item_pk: int, n: int) -> None:
    fields = {"value": {"labels": ["pos"]}, "status": "done", "skip_reason": None,
              "flagged": False, "flag_note": f"save {n}", "active_ms": n}
    digest = storedata.content_digest(**fields)
    try:
        session.save(item_pk=item_pk, **fields)
    except MarikaError as exc:
        emit(error=type(exc).__name__, saved=getattr(exc, "saved", False),
             en=exc.english(), item=item_pk, digest=digest)
        return
    emit(ack=item_pk, digest=digest)


def main(data_dir: Path, arm: Path, scenario: str) -> None:
    office = Office.open(data_dir, kdf_n=storedata.FAST_KDF_N)
    session = office.login(username=storedata.ANNOTATOR, password=storedata.PASSWORD)
    package_pk = session.packages()[0].package_pk
    items = [session.item_at(package_pk, n).item_pk for n in range(GOOD_SAVES + 1)]
    for n in range(GOOD_SAVES):
        save(session, items[n], n)
    arm.touch()
    if scenario == "save":
        save(session, items[GOOD_SAVES], GOOD_SAVES)
    elif scenario == "login":  # a wrong password must be counted, or refused with the cause
        try:
            office.login(username=storedata.ANNOTATOR, password="wrong " + storedata.PASSWORD)
        except MarikaError as exc:
            emit(error=type(exc).__name__, saved=getattr(exc, "saved", False),
                 en=exc.english())
    arm.unlink()
    emit(done=True)
    os._exit(0)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])
