"""Each disk and database fault reaches the worker as its own sentence, and nothing
acknowledged is lost.

Faults are injected for real: an LD_PRELOAD shim (fault_shim.c) makes SQLite's writes or
flushes fail with EIO or ENOSPC in a child process that then dies as in a crash; a small
tmpfs fills up or is remounted read-only (root only); another connection holds the
write lock; the store's file is overwritten. Each test checks the exact sentence, in
English and as a French-speaking worker reads it, and reopens the office to check that
every save the app acknowledged is there, and that a save reported "not saved" is not.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from marika.core import errors
from marika.profiles import Office
from marika.store import db as store_db
from store import faults_help, storedata
from store.faults_help import build_shim, fill, remount, shown

CHILD = Path(__file__).with_name("fault_child.py")
small_disk = faults_help.small_disk  # the fixture

FULL_EN = ("The disk is full. Free some space on it (delete or move files you no longer "
           "need), then try again. Work saved earlier is safe.")
FULL_FR = ("Le disque est plein. Libérez de la place (supprimez ou déplacez les fichiers "
           "dont vous n'avez plus besoin), puis réessayez. Le travail déjà enregistré est "
           "en sécurité.")
IO_EN = ("The disk reported a read or write error. The disk or USB stick may be failing: "
         "ask your supervisor to copy the Marika data folder to another disk soon. Work "
         "saved earlier is kept.")
IO_FR = ("Le disque a signalé une erreur de lecture ou d'écriture. Le disque ou la clé USB "
         "est peut-être en train de lâcher\u00a0: demandez à votre superviseur de copier bientôt "
         "le dossier de données de Marika sur un autre disque. Le travail déjà enregistré "
         "est conservé.")
READ_ONLY_EN = ("Marika may not write in its data folder: the folder or the disk is "
                "read-only. Ask your supervisor to make it writable again (or to move the "
                "data folder), then try again.")
READ_ONLY_FR = ("Marika n'a pas le droit d'écrire dans son dossier de données\u00a0: le dossier "
                "ou le disque est en lecture seule. Demandez à votre superviseur de le "
                "rendre de nouveau modifiable (ou de déplacer le dossier de données), puis "
                "réessayez.")
LOCKED_EN = ("Another program (or another copy of Marika) kept the data locked. Close it, "
             "then try again. Nothing was lost.")
LOCKED_FR = ("Un autre programme (ou une autre copie de Marika) a gardé les données "
             "verrouillées. Fermez-le, puis réessayez. Rien n'a été perdu.")
DAMAGED_EN = ("Marika's data file is damaged. Do not delete anything: close Marika and ask "
              "your supervisor to restore the data folder from a backup copy.")
DAMAGED_FR = ("Le fichier de données de Marika est endommagé. Ne supprimez rien\u00a0: fermez "
              "Marika et demandez à votre superviseur de restaurer le dossier de données à "
              "partir d'une copie de sauvegarde.")


def run_child(tmp_path: Path, data_dir: Path, scenario: str, *, ops: str, errno: int,
              match: str = "marika.db-wal") -> list[dict]:
    shim = build_shim(tmp_path)
    env = dict(os.environ, LD_PRELOAD=str(shim), FAULT_PATH=match, FAULT_OPS=ops,
               FAULT_ERRNO=str(errno), FAULT_ARM=str(tmp_path / "armed"))
    done = subprocess.run([sys.executable, str(CHILD), str(data_dir), str(tmp_path / "armed"),
                           scenario], env=env, capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    events = [json.loads(line) for line in done.stdout.splitlines()]
    assert events[-1] == {"done": True}, events
    return events


def check_after_restart(data_dir: Path, events: list[dict]) -> None:
    """Every acknowledged save is there; a save reported as not saved is not."""
    with Office.open(data_dir, kdf_n=storedata.FAST_KDF_N) as office:
        session = office.login(username=storedata.ANNOTATOR, password=storedata.PASSWORD)
        for event in events:
            if "ack" in event:
                record = session.annotation_for(event["ack"])
                assert record is not None and storedata.record_digest(record) == \
                    event["digest"], "an acknowledged save was lost"
            elif event.get("item") is not None and event["saved"] is False:
                record = session.annotation_for(event["item"])
                assert record is None or storedata.record_digest(record) != event["digest"], \
                    "told 'not saved', but the save is on the disk"
        assert store_db.database.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]


@pytest.mark.parametrize(("ops", "errno", "kind", "saved", "english", "french"), [
    ("fsync", 5, errors.DiskIOError, None, IO_EN, IO_FR),
    ("write", 5, errors.DiskIOError, False, IO_EN, IO_FR),
    ("write", 28, errors.DiskFullError, False, FULL_EN, FULL_FR),
], ids=["fsync-EIO", "write-EIO", "write-ENOSPC"])
def test_injected_disk_error_is_named_and_loses_nothing(tmp_path, ops, errno, kind, saved,
                                                        english, french):
    data_dir = tmp_path / "data"
    storedata.build_office(data_dir, count=10)
    events = run_child(tmp_path, data_dir, "save", ops=ops, errno=errno)
    assert sum("ack" in e for e in events) == 5
    (failure,) = [e for e in events if "error" in e]
    # The first error of the transaction, never peewee's "cannot rollback".
    assert failure["error"] == kind.__name__
    assert failure["en"] == english == kind().english()
    assert shown(kind(), "fr") == french
    # A failed flush was written but not confirmed: "not confirmed", never "not saved".
    assert failure["saved"] is saved
    check_after_restart(data_dir, events)


def test_wrong_password_on_a_full_disk_says_the_disk_is_full(tmp_path):
    data_dir = tmp_path / "data"
    storedata.build_office(data_dir, count=10)
    events = run_child(tmp_path, data_dir, "login", ops="write", errno=28)
    (failure,) = [e for e in events if "error" in e]
    assert (failure["error"], failure["en"]) == ("DiskFullError", FULL_EN)
    check_after_restart(data_dir, events)


def test_office_is_set_up_on_a_20_mb_disk_and_the_reserve_is_explained(small_disk):
    disk = small_disk(20 * 1000 * 1000)
    assert store_db.reserve_for(20 * 1000 * 1000) == 2 * 1024 * 1024
    assert store_db.reserve_for(100 * 1024 * 1024) == 10 * 1024 * 1024
    assert store_db.reserve_for(64 * 1024**3) == 32 * 1024 * 1024
    package_pk = storedata.build_office(disk / "data", count=20)  # set-up is not refused
    with Office.open(disk / "data", kdf_n=storedata.FAST_KDF_N) as office:
        session = office.login(username=storedata.ANNOTATOR, password=storedata.PASSWORD)
        item = session.item_at(package_pk, 0).item_pk
        kept = session.save(item_pk=item, value={"labels": ["pos"]})
        fill(disk, leave=1024 * 1024)
        with pytest.raises(errors.LowDiskSpace) as refused:
            session.save(item_pk=item, value={"labels": ["neg"]})
        assert refused.value.saved is False
        free_mb = refused.value.params["free_mb"]
        assert refused.value.params["needed_mb"] == 2 and free_mb <= 1
        assert refused.value.english() == (
            f"The disk is almost full: {free_mb} MB free, and Marika keeps 2 MB free so that "
            "saving can never half-fail. Your saved work is safe. Free some space (delete or "
            "move files you no longer need), then try again.")
        assert shown(refused.value, "fr") == (
            f"Le disque est presque plein\u00a0: {free_mb} Mo libres, et Marika garde 2 Mo libres "
            "pour qu'un enregistrement ne puisse jamais échouer à moitié. Votre travail "
            "enregistré est en sécurité. Libérez de la place (supprimez ou déplacez les "
            "fichiers dont vous n'avez plus besoin), puis réessayez.")
        assert session.annotation_for(item) == kept


def test_folder_turning_read_only_is_named_and_loses_nothing(tmp_path):
    """Mid-session the folder refuses writes (EROFS from every write under it, as when
    the system remounts a failing disk read-only): the read-only sentence, not "I/O"."""
    data_dir = tmp_path / "data"
    storedata.build_office(data_dir, count=10)
    events = run_child(tmp_path, data_dir, "save", ops="write", errno=30,
                       match=str(data_dir) + "/")
    (failure,) = [e for e in events if "error" in e]
    assert (failure["error"], failure["en"], failure["saved"]) == (
        "ReadOnlyFolder", READ_ONLY_EN, False)
    assert shown(errors.ReadOnlyFolder(), "fr") == READ_ONLY_FR
    check_after_restart(data_dir, events)


def test_office_on_a_read_only_disk_is_named_at_open(small_disk):
    disk = small_disk(16 * 1024 * 1024)
    package_pk = storedata.build_office(disk / "data", count=10)
    with Office.open(disk / "data", kdf_n=storedata.FAST_KDF_N) as office:
        session = office.login(username=storedata.ANNOTATOR, password=storedata.PASSWORD)
        item = session.item_at(package_pk, 0).item_pk
        kept = session.save(item_pk=item, value={"labels": ["pos"]})
    remount(disk, "ro")
    with pytest.raises(errors.ReadOnlyFolder) as refused:
        Office.open(disk / "data", kdf_n=storedata.FAST_KDF_N)
    assert refused.value.english() == READ_ONLY_EN
    remount(disk, "rw")
    with Office.open(disk / "data", kdf_n=storedata.FAST_KDF_N) as office:
        session = office.login(username=storedata.ANNOTATOR, password=storedata.PASSWORD)
        assert session.annotation_for(item) == kept


def test_locked_store_is_named_and_the_save_goes_through_after(tmp_path):
    data_dir = tmp_path / "data"
    package_pk = storedata.build_office(data_dir, count=10)
    with Office.open(data_dir, kdf_n=storedata.FAST_KDF_N) as office:
        session = office.login(username=storedata.ANNOTATOR, password=storedata.PASSWORD)
        item = session.item_at(package_pk, 0).item_pk
        store_db.database.execute_sql("PRAGMA busy_timeout = 50")
        other = sqlite3.connect(data_dir / storedata.DB_NAME, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        try:
            with pytest.raises(errors.StoreLocked) as refused:
                session.save(item_pk=item, value={"labels": ["pos"]})
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert refused.value.english() == LOCKED_EN
        assert shown(refused.value, "fr") == LOCKED_FR
        assert session.annotation_for(item) is None
        saved = session.save(item_pk=item, value={"labels": ["pos"]})
        assert session.annotation_for(item) == saved


def test_damaged_store_is_named_at_open_and_by_the_marika_command(tmp_path, capsys):
    from marika.cli import main

    data_dir = tmp_path / "data"
    storedata.build_office(data_dir, count=3)
    with open(data_dir / storedata.DB_NAME, "r+b") as store:
        store.write(b"this is no database any more" * 4)
    with pytest.raises(errors.DamagedStore) as refused:
        Office.open(data_dir, kdf_n=storedata.FAST_KDF_N)
    assert refused.value.english() == DAMAGED_EN
    assert shown(refused.value, "fr") == DAMAGED_FR
    assert main(["--data-dir", str(data_dir), "sync", "status"]) == 1
    assert capsys.readouterr().err.strip() == f"error: {DAMAGED_EN}"
