"""Sync and the USB transfer name a full or read-only disk, and lose nothing.

A full disk during sending used to read "Marika was busy saving your work" and was
retried every 5 s; a full or read-only USB stick got one vague sentence. The office's
folder and the stick are small tmpfs disks (root only), filled up or remounted
read-only as a failing stick would be.
"""

from __future__ import annotations

import pytest
from conftest import FAST_KDF_N
from store import faults_help
from store.faults_help import fill, remount, shown

from facade import test_sync_facade
from facade.test_sync_facade import enrolled_with_a_batch, prepare_sync_office
from marika.core.errors import DiskFullError, MarikaError
from marika.profiles import Office
from marika.store.db import database

server, small_disk = test_sync_facade.server, faults_help.small_disk  # the fixtures


FULL_EN = ("The disk is full. Free some space on it (delete or move files you no longer "
           "need), then try again. Work saved earlier is safe.")


def test_full_disk_while_sending_says_so_and_the_next_send_delivers(server, small_disk,
                                                                     tmp_path):
    disk = small_disk(48 * 1024 * 1024)
    data_dir = disk / "data"
    package_pk = prepare_sync_office(data_dir, server, tmp_path)
    with Office.open(data_dir, kdf_n=FAST_KDF_N) as office:
        sync = enrolled_with_a_batch(office, server, package_pk, items=4)
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # the WAL has no room left
        filler = fill(disk)
        with pytest.raises(DiskFullError) as refused:
            sync.send(include_waiting=True)
        assert refused.value.english() == FULL_EN
        assert shown(refused.value, "fr").startswith("Le disque est plein.")
        assert sync.status().pending == 1  # kept: nothing sealed is lost

        filler.unlink()
        result = sync.send(include_waiting=True)
        assert result.delivered == 1 and result.pending == 0 and not result.busy
    assert server.query("SELECT COUNT(*) FROM batch") == [(1,)]


def test_usb_export_to_a_full_or_read_only_stick_names_it(server, small_disk, data_dir,
                                                           tmp_path):
    package_pk = prepare_sync_office(data_dir, server, tmp_path)
    stick = small_disk(256 * 1024)
    with Office.open(data_dir, kdf_n=FAST_KDF_N) as office:
        sync = enrolled_with_a_batch(office, server, package_pk, items=4)
        filler = fill(stick)
        with pytest.raises(MarikaError) as refused:
            sync.export_for_usb(stick)
        assert refused.value.english() == (
            f"There is no free space left in the folder {stick}. Free some space on the USB "
            "stick (or use another one), then try again.")
        assert shown(refused.value, "fr") == (
            f"Il n'y a plus de place libre dans le dossier {stick}. Libérez de la place sur la "
            "clé USB (ou utilisez-en une autre), puis réessayez.")

        filler.unlink()
        remount(stick, "ro")
        with pytest.raises(MarikaError) as refused:
            sync.export_for_usb(stick)
        assert refused.value.english() == (
            f"Marika may not write in the folder {stick}: the USB stick or the folder is "
            "read-only (some sticks have a lock switch). Unlock it or choose another folder, "
            "then try again.")

        remount(stick, "rw")
        assert sync.export_for_usb(stick) == 1  # the batch waited, whole
        assert sync.status().pending == 1
