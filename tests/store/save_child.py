"""The process the kill test shoots: it opens a real office and saves annotations.

Run as `python save_child.py serve DATA_DIR`. It imports the application once, then for
each command line `run RUN SEED DELAY` on stdin it forks a worker and SIGKILLs it
DELAY seconds after the fork. The worker does what the app does after a start: opens
the office (folder lock, store, migrations), logs in as the annotator and saves through
`Workspace.save`, the GUI's path, as fast as it can. Forking from an imported process
spares the test ~0.3 s of imports per kill, so 200+ kills fit in well under a minute;
nothing the store does happens before the fork.

Output, one line per event, written with os.write so a line is in the pipe before the
next step begins (a SIGKILL cannot lose it):
    READY run seconds_since_fork
    CLOSING run / REOPENED run        around closing the office and opening it again
    TRY run item_pk token digest       before a save starts
    ACK run item_pk token digest uuid revision   after Workspace.save returned
    DEAD run signal seconds_since_fork (from the server, after the worker was reaped)
    FAIL run message                    the worker hit an error (the test fails)
`token` is unique and grows over the whole test: RUN * 1,000,000 + the save's number.
It travels in the annotation as its active time, so the test can tell which save a
stored annotation came from; `digest` is storedata.content_digest of the save.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import storedata  # noqa: E402

from marika import supervisor, workspace  # noqa: E402, F401 - imported by log-in; load once
from marika.core.annotation import SKIP_REASONS  # noqa: E402
from marika.profiles import Office  # noqa: E402

REOPEN_CHANCE = 0.03  # per save: the worker closes the office and opens it again
WORKER_LIFETIME_S = 60  # a worker nobody kills ends itself (a broken parent never hangs)


def emit(*fields: object) -> None:
    os.write(1, (" ".join(str(f) for f in fields) + "\n").encode())


def next_save(rng: random.Random, run: int, seq: int) -> dict:
    """The keyword arguments of one Workspace.save, varied like real work."""
    roll = rng.random()
    if roll < 0.1:
        return {"value": {"labels": []}, "status": "skipped",
                "skip_reason": rng.choice(SKIP_REASONS)}
    if roll < 0.15:  # an empty answer is kept as a draft, never counted as done
        return {"value": {"labels": []}, "status": "draft", "skip_reason": None}
    labels = sorted(rng.sample(storedata.LABEL_IDS, rng.randint(1, 3)))
    status = "draft" if roll < 0.3 else "done"
    return {"value": {"labels": labels}, "status": status, "skip_reason": None}


def work(data_dir: Path, run: int, seed: int, forked_at: float) -> None:
    rng = random.Random(seed)
    office = Office.open(data_dir, kdf_n=storedata.FAST_KDF_N)
    session = office.login(username=storedata.ANNOTATOR, password=storedata.PASSWORD)
    package_pk = session.packages()[0].package_pk
    count = session.progress(package_pk).total
    items = [session.item_at(package_pk, n).item_pk for n in range(count)]
    emit("READY", run, f"{time.monotonic() - forked_at:.4f}")
    for seq in range(1, 1_000_000):
        if rng.random() < REOPEN_CHANCE:  # log out and in: the checkpoint at close, the
            emit("CLOSING", run)          # WAL recovery at open can be killed too
            office.close()
            office = Office.open(data_dir, kdf_n=storedata.FAST_KDF_N)
            session = office.login(username=storedata.ANNOTATOR, password=storedata.PASSWORD)
            emit("REOPENED", run)
        item_pk = rng.choice(items)
        token = run * 1_000_000 + seq
        save = next_save(rng, run, seq)
        save.update(active_ms=token, flagged=rng.random() < 0.2,
                    flag_note=f"run {run} save {seq}")
        digest = storedata.content_digest(**save)
        emit("TRY", run, item_pk, token, digest)
        record = session.save(item_pk=item_pk, **save)
        got = storedata.record_digest(record)
        if got != digest:
            emit("FAIL", run, f"save returned other content for token {token}")
            os._exit(3)
        emit("ACK", run, item_pk, token, digest, record.uuid, record.revision)
        if time.monotonic() - forked_at > WORKER_LIFETIME_S:
            break
    os._exit(4)  # only reached when nobody killed the worker: the test fails


def serve(data_dir: Path) -> None:
    for line in sys.stdin:
        words = line.split()
        if not words or words[0] == "quit":
            return
        run, seed, delay = int(words[1]), int(words[2]), float(words[3])
        forked_at = time.monotonic()
        pid = os.fork()
        if pid == 0:
            try:
                work(data_dir, run, seed, forked_at)
            except BaseException:
                message = traceback.format_exc().replace("\n", " | ")
                emit("FAIL", run, message)
                os._exit(2)
            os._exit(5)
        time.sleep(max(0.0, delay - (time.monotonic() - forked_at)))
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        _pid, status = os.waitpid(pid, 0)
        how = (f"signal{os.WTERMSIG(status)}" if os.WIFSIGNALED(status)
               else f"exit{os.WEXITSTATUS(status)}")
        emit("DEAD", run, how, f"{time.monotonic() - forked_at:.4f}")


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "serve":
        sys.exit("usage: save_child.py serve DATA_DIR")
    serve(Path(sys.argv[2]))
