"""Saved means saved: a process saving annotations is SIGKILLed at 200+ random instants.

After each kill the office must open again (the folder lock of the dead process is
gone), `PRAGMA integrity_check` must say ok, and every annotation the app was told was
saved must be there, decrypted as its annotator, with at least the content it had when
acknowledged (the save in flight at the kill may or may not have landed, but nothing
older may be lost and nothing may be half-written). The same data folder is used for
every kill so damage would pile up. The child is tests/store/save_child.py; it starts
from a store at schema version 1 (so the first kills can land in the upgrade), and now
and then closes the office and opens it again (so kills land in the checkpoint at close
and in the WAL recovery at open, too).

The kill instants come from a seeded RNG: rerun a failure with MARIKA_KILL_SEED=<seed>.
They are counted in the worker's own steps (kill 1 ms after its 17th event), not in
seconds since its start, so a loaded machine slows the run but cannot change where the
kills land, nor the verdict; only start-up kills use seconds, and they are cut short at
the worker's first event. CI runs 220 kills; MARIKA_FULL_FAULTS=1 runs 1,000.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import statistics
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from faultcount import count, report

from marika.office_lock import OfficeLocked
from marika.profiles import Office
from marika.store import db as store_db
from marika.store import migrations
from store import storedata

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the kill server forks")

KILLS = count(220, 1_000)
UPGRADE_KILLS = 30
SUBMIT_KILLS = count(40, 150)
SAVING_EVENTS = 60  # a saving kill lands after one of the worker's first N events
WITHIN_STEP_S = 0.002  # and this long after it, at most: inside the next save or so
SEED = int(os.environ.get("MARIKA_KILL_SEED", "20261201"))
CHILD = Path(__file__).with_name("save_child.py")


class KillServer:
    """save_child.py in server mode: forks a saving worker and kills it on command."""

    def __init__(self, data_dir: Path, log_dir: Path) -> None:
        self.stderr_path = log_dir / "save_child.stderr"
        self._stderr = open(self.stderr_path, "wb")
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD), "serve", str(data_dir)], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=self._stderr, text=True, bufsize=1)

    def run(self, run: int, seed: int, after: int | str, delay: float,
            mode: str = "") -> list[list[str]]:
        """One worker, killed `delay` s after its `after`-th event (0: after its fork, or
        at its first event); returns its events, DEAD last."""
        self.start(run, seed, after, f"{delay:.4f}", mode)
        return self.events_until("DEAD", run)

    def start(self, run: int, seed: int, after: int | str, delay: str, mode: str = "") -> None:
        self.proc.stdin.write(f"run {run} {seed} {after} {delay} {mode}\n")
        self.proc.stdin.flush()

    def kill(self) -> None:
        """Kill the worker started with delay "wait"."""
        self.proc.stdin.write("kill\n")
        self.proc.stdin.flush()

    def events_until(self, kind: str, run: int) -> list[list[str]]:
        events = []
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise AssertionError("the kill server died: "
                                     + self.stderr_path.read_text(errors="replace")[-2000:])
            words = line.split()
            events.append(words)
            if words[0] == kind and int(words[1]) == run:
                return events
            if words[0] == "DEAD" and int(words[1]) == run:
                raise AssertionError(f"the worker died before {kind}: {events[-5:]}")

    def close(self) -> None:
        try:
            self.proc.stdin.write("quit\n")
            self.proc.stdin.close()
            self.proc.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()
        self.proc.stdout.close()
        self._stderr.close()


@pytest.fixture
def kill_server(tmp_path):
    servers = []

    def start(data_dir: Path) -> KillServer:
        server = KillServer(data_dir, tmp_path)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


@dataclass
class Ledger:
    """What the worker was told: per item the newest acknowledged (token, revision), and
    every save that was started (token -> item, digest), acknowledged or not."""

    acked: dict[int, tuple[int, int]] = field(default_factory=dict)
    tried: dict[int, tuple[int, str]] = field(default_factory=dict)
    batches: set[str] = field(default_factory=set)  # returned by Workspace.submit
    stored: set[int] = field(default_factory=set)  # items with an annotation when checked

    def record(self, events: list[list[str]]) -> None:
        for words in events:
            if words[0] == "SUBMITTED" and words[2] != "-":
                self.batches.update(words[2].split(","))
            elif words[0] == "TRY":
                self.tried[int(words[3])] = (int(words[2]), words[4])
            elif words[0] == "ACK":
                item_pk, token, revision = int(words[2]), int(words[3]), int(words[6])
                self.acked[item_pk] = (token, revision)


def check_store(data_dir: Path, ledger: Ledger, items: set[int] | None = None) -> list[str]:
    """Open the office as the app would after the crash; return what is wrong.

    Checks the annotations of `items` (by default every item a save was tried on); rows
    of the others are still counted, so none may vanish or appear unseen.
    """
    problems = []
    try:
        office = Office.open(data_dir, kdf_n=storedata.FAST_KDF_N)
    except OfficeLocked:
        return ["the office did not open: the dead process still holds the folder lock"]
    try:
        database = store_db.database
        integrity = database.execute_sql("PRAGMA integrity_check").fetchall()
        if integrity != [("ok",)]:
            problems.append(f"integrity_check: {integrity[:5]}")
        orphans = database.execute_sql("PRAGMA foreign_key_check").fetchall()
        if orphans:
            problems.append(f"foreign_key_check: {orphans[:5]}")
        session = office.login(username=storedata.ANNOTATOR, password=storedata.PASSWORD)
        if items is None:
            items = {item_pk for item_pk, _digest in ledger.tried.values()}
        for item_pk in sorted(items):
            problems.extend(_check_item(session, item_pk, ledger))
        [(rows,)] = database.execute_sql("SELECT COUNT(*) FROM annotation").fetchall()
        if rows != len(ledger.stored):
            problems.append(f"{rows} annotations stored, {len(ledger.stored)} expected")
        problems.extend(_check_outbox(database, ledger))
    finally:
        office.close()
    return problems


def _check_outbox(database, ledger: Ledger) -> list[str]:
    """A submit is whole: its batch is in the outbox with exactly its items marked."""
    problems = []
    marked = dict(database.execute_sql(
        "SELECT batch_id, COUNT(*) FROM annotation WHERE batch_id IS NOT NULL "
        "GROUP BY batch_id").fetchall())
    queued = {}
    for batch_id, item_count, sha256, data in database.execute_sql(
            "SELECT batch_id, item_count, sha256, data FROM outbox_batch").fetchall():
        queued[batch_id] = item_count
        if hashlib.sha256(data).hexdigest() != sha256:
            problems.append(f"batch {batch_id}: its sealed bytes are damaged")
    if marked != queued:
        problems.append(f"half-done submit: items marked {marked}, outbox {queued}")
    lost = ledger.batches - set(queued)
    if lost:
        problems.append(f"submitted batches lost: {sorted(lost)}")
    return problems


def _check_item(session, item_pk: int, ledger: Ledger) -> list[str]:
    record = session.annotation_for(item_pk)  # decrypts as the annotator: content is whole
    acked = ledger.acked.get(item_pk)
    if record is None:
        ledger.stored.discard(item_pk)
        return [f"item {item_pk}: acknowledged save {acked[0]} is lost"] if acked else []
    ledger.stored.add(item_pk)
    token = record.active_ms
    if ledger.tried.get(token, (None, None)) != (item_pk, storedata.record_digest(record)):
        return [f"item {item_pk}: stored content matches no save: {record}"]
    if acked and (token < acked[0] or record.revision < acked[1]):
        return [f"item {item_pk}: acknowledged save {acked[0]} (revision {acked[1]}) "
                f"went back to save {token} (revision {record.revision})"]
    # What the reopened store shows is saved too: it must survive the next kills.
    ledger.acked[item_pk] = (token, record.revision)
    return []


def pick_kill(rng: random.Random, ready_times: list[float],
              events: int = SAVING_EVENTS) -> tuple[int | str, float]:
    """(after, delay): a quarter of the kills during start-up (lock, store, migrations,
    log-in), in seconds since the fork; the rest after one of the worker's first
    `events` events, plus a moment."""
    if rng.random() < 0.25:
        startup = statistics.median(ready_times) if ready_times else 0.05
        return 0, rng.uniform(0.0, startup)
    return rng.randint(1, events), rng.uniform(0.0, WITHIN_STEP_S)


@pytest.mark.slow
@pytest.mark.timeout(count(300, 3600))
def test_no_acknowledged_save_is_lost_over_random_kills(data_dir, kill_server, capsys):
    storedata.build_office(data_dir)
    # The office starts at schema version 1: the first workers also run the upgrade.
    storedata.rewrite_at_version(data_dir / storedata.DB_NAME)
    rng = random.Random(SEED)
    server = kill_server(data_dir)
    ledger = Ledger()
    ready_times: list[float] = []
    phases = {"start-up": 0, "inside a save": 0, "between saves": 0,
              "closing or opening again": 0}
    for run in range(1, KILLS + 1):
        after, delay = pick_kill(rng, ready_times)
        events = server.run(run, rng.getrandbits(32), after, delay)
        failures = [" ".join(w) for w in events if w[0] == "FAIL"]
        dead = events[-1]
        context = (f"seed {SEED} (MARIKA_KILL_SEED), kill {run}, after event {after} "
                   f"+ {delay:.4f} s, worker {dead[2]}, last events {events[-4:]}")
        assert not failures, f"{context}: the worker failed: {failures}"
        assert dead[2] == "signal9", f"{context}: the worker was not killed"
        ready_times.extend(float(w[2]) for w in events if w[0] == "READY")
        ledger.record(events)
        kinds = [w[0] for w in events[:-1]]
        if "READY" not in kinds:
            phases["start-up"] += 1
        elif kinds[-1] == "CLOSING":
            phases["closing or opening again"] += 1
        elif kinds[-1] == "TRY":
            phases["inside a save"] += 1
        else:
            phases["between saves"] += 1
        problems = check_store(data_dir, ledger)
        assert not problems, f"{context}: {problems}"
    report(capsys, f"SIGKILL: {KILLS} kills, {len(ledger.tried)} saves tried, "
                   f"{len(ledger.acked)} items acknowledged, 0 lost; kills by phase: {phases}")
    assert storedata.schema_version(data_dir / storedata.DB_NAME) == migrations.latest_version()
    # The run means something only if the kills hit both start-up and saves in flight.
    assert phases["start-up"] >= KILLS // 10, phases
    assert phases["inside a save"] >= KILLS // 4, phases
    assert len(ledger.acked) >= 20, "hardly any save was acknowledged"


def test_kill_during_upgrade_from_version_1(tmp_path, data_dir, kill_server):
    """Killed while the store upgrades in place: the upgrade is redone, nothing is lost."""
    storedata.build_office(data_dir)
    office = Office.open(data_dir, kdf_n=storedata.FAST_KDF_N)
    try:
        session = office.login(username=storedata.ANNOTATOR, password=storedata.PASSWORD)
        package_pk = session.packages()[0].package_pk
        item_pk = session.item_at(package_pk, 3).item_pk
        before = session.save(item_pk=item_pk, value={"labels": ["neg", "pos"]},
                              active_ms=4_200, flag_note="kept through the upgrade")
    finally:
        office.close()
    snapshot = tmp_path / "version-1"
    shutil.copytree(data_dir, snapshot)
    storedata.rewrite_at_version(snapshot / storedata.DB_NAME)

    server = kill_server(data_dir)

    def fresh_copy():
        shutil.rmtree(data_dir)
        shutil.copytree(snapshot, data_dir)

    # How long start-up takes with an upgrade: a worker killed as soon as it is ready.
    fresh_copy()
    ready = [float(w[2]) for w in server.run(0, SEED, 1, 0.0) if w[0] == "READY"]
    assert ready, "a worker on a version-1 store never got ready"
    latest = migrations.latest_version()
    for run in range(1, UPGRADE_KILLS + 1):
        fresh_copy()
        delay = ready[0] * run / UPGRADE_KILLS  # evenly over start-up, upgrade included
        events = server.run(run, SEED + run, 0, delay)
        assert not [w for w in events if w[0] == "FAIL"], events
        version = storedata.schema_version(data_dir / storedata.DB_NAME)
        # Each migration is its own transaction: the kill may fall between two of them.
        assert 1 <= version <= latest, f"kill {run} at {delay:.4f} s left version {version}"
        office = Office.open(data_dir, kdf_n=storedata.FAST_KDF_N)
        try:
            assert migrations.current_version(store_db.database) == latest
            assert store_db.database.execute_sql(
                "PRAGMA integrity_check").fetchall() == [("ok",)]
            session = office.login(username=storedata.ANNOTATOR, password=storedata.PASSWORD)
            after = session.annotation_for(item_pk)
            assert after is not None, f"kill {run}: the annotation saved before is lost"
            # Workers that got past start-up saved more on top; without them it is as saved.
            if not [w for w in events if w[0] == "TRY" and int(w[2]) == item_pk]:
                assert storedata.record_digest(after) == storedata.record_digest(before)
        finally:
            office.close()


def test_a_live_worker_holds_the_folder_and_a_killed_one_frees_it(data_dir, kill_server):
    storedata.build_office(data_dir, count=3)
    server = kill_server(data_dir)
    server.start(1, SEED, 1, "wait")  # killed when we say so: time to knock on the door
    server.events_until("READY", 1)
    with pytest.raises(OfficeLocked):
        Office.open(data_dir, kdf_n=storedata.FAST_KDF_N)
    server.kill()
    assert server.events_until("DEAD", 1)[-1][2] == "signal9"
    Office.open(data_dir, kdf_n=storedata.FAST_KDF_N).close()


@pytest.mark.slow
@pytest.mark.timeout(count(300, 3600))
def test_kill_while_submitting_leaves_whole_batches(data_dir, kill_server, capsys):
    """Saves and submits (sealing into the outbox) killed at random: a submit the app
    reported stays, one in flight is all there or not at all. A fifth of the kills are
    aimed at a submit in flight (a moment after a SUBMITTING event)."""
    storedata.build_office(data_dir, count=2_000)
    rng = random.Random(SEED + 1)
    server = kill_server(data_dir)
    ledger = Ledger()
    ready_times: list[float] = []
    in_submit = 0
    for run in range(1, SUBMIT_KILLS + 1):
        after, delay = pick_kill(rng, ready_times, events=80)
        if after and rng.random() < 0.25:  # inside a submit, some moment into it
            after, delay = f"{rng.randint(1, 4)}:B", rng.uniform(0.0, WITHIN_STEP_S)
        events = server.run(run, rng.getrandbits(32), after, delay, "submit")
        context = (f"seed {SEED + 1}, kill {run}, after event {after} + {delay:.4f} s, "
                   f"last {events[-4:]}")
        assert not [w for w in events if w[0] == "FAIL"], context
        assert events[-1][2] == "signal9", context
        ready_times.extend(float(w[2]) for w in events if w[0] == "READY")
        ledger.record(events)
        in_submit += [w[0] for w in events[-2:]] == ["SUBMITTING", "DEAD"]
        # Decrypting every item after every kill would take minutes: check the items
        # this worker touched and a sample of older ones; all of them at the end.
        touched = {int(w[2]) for w in events if w[0] == "TRY"}
        older = sorted(ledger.stored - touched)
        sample = set(rng.sample(older, min(len(older), 30)))
        problems = check_store(data_dir, ledger, touched | sample)
        assert not problems, f"{context}: {problems}"
    problems = check_store(data_dir, ledger)
    assert not problems, f"seed {SEED + 1}, after all kills: {problems}"
    report(capsys, f"SIGKILL while submitting: {SUBMIT_KILLS} kills, "
                   f"{len(ledger.batches)} batches acknowledged, 0 lost, "
                   f"{in_submit} kills inside a submit")
    assert len(ledger.batches) >= 10, "hardly any submit was acknowledged"
    assert in_submit >= 3, f"only {in_submit} kills landed inside a submit"
