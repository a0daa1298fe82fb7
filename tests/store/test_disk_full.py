"""A disk that fills up: saving is refused with a clear message before SQLite runs out.

On a full disk even a one-row DELETE fails with SQLITE_FULL (FACTS.md), so the store
refuses new work below a free-space reserve (store.db.reserve_for: a tenth of the disk,
from 2 MiB to 32 MiB) instead, and says how much is free and how much it keeps. The
office's folder is on a small tmpfs of its own (needs root: skipped otherwise), which
another program fills up while the annotator keeps working.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from marika.core.errors import DiskFullError, LowDiskSpace
from marika.profiles import Office
from marika.store import db as store_db
from store import storedata

SLACK = 8 * 1024 * 1024  # what the disk holds beyond the threshold: store, WAL, and more
STEP = 256 * 1024


@pytest.fixture
def small_disk(tmp_path):
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    size = store_db.MIN_FREE_BYTES + SLACK
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs",
                             str(mount_point)], check=False, capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
    try:
        yield mount_point
    finally:
        try:
            store_db.close_database()
        finally:
            done = subprocess.run(["umount", str(mount_point)], check=False,
                                  capture_output=True, text=True)
            if done.returncode != 0:
                subprocess.run(["umount", "-l", str(mount_point)], check=False)
                # Busy: a closed office still holds a file there (on Windows such a file
                # could not be moved or deleted either).
                pytest.fail(f"the small disk could not be unmounted: {done.stderr.strip()}")


def free(path: Path) -> int:
    return shutil.disk_usage(path).free


def grow(filler: Path, nbytes: int) -> None:
    """Another program writes `nbytes` more (as much as fits)."""
    with open(filler, "ab") as out:
        while nbytes > 0:
            chunk = min(nbytes, 1 << 20)
            try:
                out.write(b"\0" * chunk)
                out.flush()
            except OSError:  # ENOSPC: the disk is full to the last byte
                break
            nbytes -= chunk


def test_full_disk_refuses_new_work_and_loses_nothing(small_disk):
    data_dir = small_disk / "data"
    package_pk = storedata.build_office(data_dir, count=40)
    filler = small_disk / "somebody-elses-video.bin"
    office = Office.open(data_dir, kdf_n=storedata.FAST_KDF_N)
    try:
        session = office.login(username=storedata.ANNOTATOR, password=storedata.PASSWORD)
        threshold = store_db.min_free_bytes()
        assert threshold == store_db.reserve_for(shutil.disk_usage(small_disk).total)
        items = [session.item_at(package_pk, n).item_pk for n in range(40)]
        saved = {}  # item_pk -> the record the app showed as saved

        # The disk fills while the annotator works: each save succeeds or is refused
        # with DiskFullError; SQLite's own "disk is full" never reaches the worker.
        refused = None
        for n in range(10_000):
            item_pk = items[n % len(items)]
            free_before = free(small_disk)
            try:
                saved[item_pk] = session.save(item_pk=item_pk, value={"labels": ["pos"]},
                                              active_ms=n, flag_note=f"save {n}")
            except LowDiskSpace as exc:
                refused = exc
                break
            assert free_before >= threshold, "saved below the threshold"
            grow(filler, STEP)
        assert refused is not None, "the disk never counted as full"
        assert free_before < threshold
        assert len(saved) >= 10, "the threshold refused work with plenty of space left"
        free_mb, needed_mb = free_before // 2**20, -(-threshold // 2**20)
        assert refused.translated(lambda context, text: text) == (
            f"The disk is almost full: {free_mb} MB free, and Marika keeps {needed_mb} MB free "
            "so that saving can never half-fail. Your saved work is safe. Free some space "
            "(delete or move files you no longer need), then try again.")

        # Full to the last byte: still a clear refusal, and the work is all readable.
        grow(filler, SLACK + threshold)
        assert free(small_disk) < STEP
        with pytest.raises(DiskFullError):
            session.save(item_pk=items[0], value={"labels": ["neg"]})
        with pytest.raises(DiskFullError):
            session.skip(item_pk=items[1], reason="unclear")
        for item_pk, record in saved.items():
            assert session.annotation_for(item_pk) == record
    finally:
        office.close()

    # Closing on a full disk left the folder usable: it opens. A log-in is refused while
    # its attempt cannot be counted (issue 10: no untracked guessing), with the reason.
    with Office.open(data_dir, kdf_n=storedata.FAST_KDF_N) as office:
        with pytest.raises(LowDiskSpace) as refused:
            office.login(username=storedata.ANNOTATOR, password=storedata.PASSWORD)
        assert refused.value.english().startswith("The disk is almost full: ")

    # Space comes back: work goes on, nothing was lost, the store is whole.
    filler.unlink()
    with Office.open(data_dir, kdf_n=storedata.FAST_KDF_N) as office:
        session = office.login(username=storedata.ANNOTATOR, password=storedata.PASSWORD)
        assert {pk: session.annotation_for(pk) for pk in saved} == saved
        again = session.save(item_pk=items[0], value={"labels": ["neg"]})
        assert again.revision == saved[items[0]].revision + 1
        assert store_db.database.execute_sql(
            "PRAGMA integrity_check").fetchall() == [("ok",)]


def test_other_writes_say_disk_full_clearly(open_office, monkeypatch):
    """Not only saves: acknowledging a card, preferences and the language refuse early."""
    from conftest import TEST_PASSWORD
    from gui.textpack import TEXTS, build_office

    from marika.core.errors import DiskFullError
    from marika.store import db as store_db

    office = open_office()
    office.close()
    package_pk = build_office(office.data_dir, TEXTS)
    office = open_office()
    ws = office.login(username="rasoa", password=TEST_PASSWORD)
    monkeypatch.setattr(store_db, "free_bytes", lambda db=None: 0)
    for call in (lambda: ws.acknowledge_card(package_pk), lambda: ws.set_language("fr"),
                 lambda: ws.set_preference("font_pt", 12)):
        with pytest.raises(DiskFullError):
            call()
