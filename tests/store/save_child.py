"""The process the kill test shoots: it opens a real office and saves annotations.

Run as `python save_child.py serve DATA_DIR`. It imports the application once, then for
each command line `run RUN SEED AFTER DELAY [submit]` on stdin it forks a worker and
SIGKILLs it DELAY seconds after the worker's AFTER-th event (an event is one output line
below; `N:B` counts only SUBMITTING events); AFTER 0 kills DELAY seconds after the fork,
or at the worker's first event if that comes sooner ("start-up" kills stay in start-up
however slow the machine is). DELAY `wait` kills when the next stdin line (`kill`)
comes. So where a kill lands is counted in the worker's own steps, not in seconds: a
loaded machine changes nothing but the speed. The worker does what the app does after a
start: opens the office (folder lock, store, migrations), logs in as the annotator and
saves through
`Workspace.save`, the GUI's path, as fast as it can (with `submit`: a few saves, then
`Workspace.submit`, which seals them into the outbox, over and over). Forking from an
imported process spares the test ~0.3 s of imports per kill, so 200+ kills fit in well
under a minute; nothing the store does happens before the fork.

Output, one line per event, written with os.write so a line is in the pipe before the
next step begins (a SIGKILL cannot lose it):
    READY run seconds_since_fork
    CLOSING run / REOPENED run        around closing the office and opening it again
    SUBMITTING run / SUBMITTED run batch_ids item_count    around Workspace.submit
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
import select
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


_TICKS: int | None = None  # the worker's end of the event pipe to the server


def emit(*fields: object) -> None:
    os.write(1, (" ".join(str(f) for f in fields) + "\n").encode())
    if _TICKS is not None:  # after the line: the line is out before the kill
        os.write(_TICKS, b"B" if fields[0] == "SUBMITTING" else b".")


def next_save(rng: random.Random) -> dict:
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


class Worker:
    """One started app: the office, the annotator's session, and the saves it makes."""

    def __init__(self, data_dir: Path, run: int, seed: int, forked_at: float) -> None:
        self.data_dir, self.run, self.forked_at = data_dir, run, forked_at
        self.rng = random.Random(seed)
        self.seq = 0
        self.open()
        self.package_pk = self.session.packages()[0].package_pk
        self.count = self.session.progress(self.package_pk).total

    def open(self) -> None:
        self.office = Office.open(self.data_dir, kdf_n=storedata.FAST_KDF_N)
        self.session = self.office.login(username=storedata.ANNOTATOR,
                                         password=storedata.PASSWORD)

    def reopen(self) -> None:
        """Log out and in: the checkpoint at close and the WAL recovery at open."""
        emit("CLOSING", self.run)
        self.office.close()
        self.open()
        emit("REOPENED", self.run)

    def save(self, item_pk: int) -> dict:
        self.seq += 1
        token = self.run * 1_000_000 + self.seq
        save = next_save(self.rng)
        save.update(active_ms=token, flagged=self.rng.random() < 0.2,
                    flag_note=f"run {self.run} save {self.seq}")
        digest = storedata.content_digest(**save)
        emit("TRY", self.run, item_pk, token, digest)
        record = self.session.save(item_pk=item_pk, **save)
        if storedata.record_digest(record) != digest:
            emit("FAIL", self.run, f"save returned other content for token {token}")
            os._exit(3)
        emit("ACK", self.run, item_pk, token, digest, record.uuid, record.revision)
        if time.monotonic() - self.forked_at > WORKER_LIFETIME_S:
            os._exit(4)  # nobody killed the worker: the test fails
        return save


def work(worker: Worker) -> None:
    """Save items at random, as fast as possible, reopening the office now and then."""
    session, package_pk = worker.session, worker.package_pk
    items = [session.item_at(package_pk, n).item_pk for n in range(worker.count)]
    emit("READY", worker.run, f"{time.monotonic() - worker.forked_at:.4f}")
    while True:
        if worker.rng.random() < REOPEN_CHANCE:
            worker.reopen()
        worker.save(worker.rng.choice(items))


def work_and_submit(worker: Worker) -> None:
    """Answer a few open items, submit them (sealing into the outbox), again and again."""
    emit("READY", worker.run, f"{time.monotonic() - worker.forked_at:.4f}")
    while True:
        for _ in range(worker.rng.randint(2, 8)):
            ordinal = worker.session.next_todo(worker.package_pk,
                                               after=worker.rng.randrange(worker.count))
            if ordinal is None:
                emit("FAIL", worker.run, "every item is submitted: the package is too small")
                os._exit(6)
            worker.save(worker.session.item_at(worker.package_pk, ordinal).item_pk)
        emit("SUBMITTING", worker.run)
        result = worker.session.submit(worker.package_pk)
        emit("SUBMITTED", worker.run, ",".join(result.batch_ids) or "-", result.item_count)


def _wait_ticks(ticks: int, count: int, timeout: float | None, only: bytes = b"") -> bool:
    """Read event ticks until `count` of them (of kind `only`, if given) came; False
    when `timeout` seconds pass first, or the worker ended. Only start-up kills have a
    timeout in seconds."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while count > 0:
        left = None if deadline is None else deadline - time.monotonic()
        if left is not None and left <= 0:
            return False
        ready, _, _ = select.select([ticks], [], [], left)
        if not ready:
            return False
        got = os.read(ticks, 1)
        if not got:
            return False  # the worker is gone
        count -= 1 if not only or got == only else 0
    return True


def serve(data_dir: Path) -> None:
    global _TICKS  # noqa: PLW0603 - set in the forked worker only
    for line in sys.stdin:
        words = line.split()
        if not words or words[0] == "quit":
            return
        run, seed, delay = int(words[1]), int(words[2]), words[4]
        after, _, only = words[3].partition(":")
        after = int(after)
        loop = work_and_submit if words[5:] == ["submit"] else work
        ticks_read, ticks_write = os.pipe()
        forked_at = time.monotonic()
        pid = os.fork()
        if pid == 0:
            os.close(ticks_read)
            _TICKS = ticks_write
            try:
                loop(Worker(data_dir, run, seed, forked_at))
            except BaseException:
                message = traceback.format_exc().replace("\n", " | ")
                emit("FAIL", run, message)
                os._exit(2)
            os._exit(5)
        os.close(ticks_write)
        if delay == "wait":
            _wait_ticks(ticks_read, after, None)
            sys.stdin.readline()  # "kill"
        elif after == 0:  # a start-up kill: at DELAY, or at the first event if sooner
            _wait_ticks(ticks_read, 1, float(delay))
        else:
            _wait_ticks(ticks_read, after, None, only.encode())
            time.sleep(float(delay))
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        _pid, status = os.waitpid(pid, 0)
        os.close(ticks_read)
        how = (f"signal{os.WTERMSIG(status)}" if os.WIFSIGNALED(status)
               else f"exit{os.WEXITSTATUS(status)}")
        emit("DEAD", run, how, f"{time.monotonic() - forked_at:.4f}")


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "serve":
        sys.exit("usage: save_child.py serve DATA_DIR")
    serve(Path(sys.argv[2]))
