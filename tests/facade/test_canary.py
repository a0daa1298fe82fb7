"""Canary: annotator A writes a unique marker into her annotations, preferences and pay
statement; then every byte under the data folder (database, WAL, SHM, logs) and every
file the test left in the temp folder is searched for it, in UTF-8 and UTF-16. None may
hold it in plaintext, neither while the WAL is live nor after the office is closed.
The temp folder is one of the test's own (`private_tmpdir`, set as TMPDIR for the whole
process), so other programs' files in the machine's shared temp folder cannot
fail it.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
import uuid
from decimal import Decimal
from pathlib import Path

import pytest

from marika.profiles import Office
from marika.store.db import database
from marika.store.models import Item

from .office_data import PASSWORD_A, PASSWORD_B, two_annotators
from .statement_data import store_statement_for

FAST_KDF = 2**10
MAX_SCAN_BYTES = 64 * 1024 * 1024


def needles(*texts: str) -> dict[bytes, str]:
    found = {}
    for text in texts:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            found[text.encode(encoding)] = f"{text!r} as {encoding}"
    return found


def files_under(root: Path, *, since: float | None = None):
    for dirpath, _dirs, names in os.walk(root):
        for name in names:
            path = Path(dirpath) / name
            try:
                stat = path.stat()
            except OSError:
                continue  # vanished meanwhile (another process's temp file)
            if since is not None and stat.st_mtime < since:
                continue
            if stat.st_size <= MAX_SCAN_BYTES and path.is_file():
                yield path


def hits(paths, wanted: dict[bytes, str]) -> list[str]:
    found = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        found += [f"{path}: {label}" for needle, label in wanted.items() if needle in data]
    return found


@pytest.fixture
def app_logging(tmp_path):
    """Log to a file exactly as the app does (marika.gui.main._setup_logging)."""
    from marika.gui.main import LOG_NAME, _setup_logging

    root = logging.getLogger()
    saved, level = root.handlers[:], root.level
    root.handlers = []
    data_dir = tmp_path / "data"
    _setup_logging(data_dir)
    yield data_dir / "logs" / LOG_NAME
    for handler in root.handlers:
        handler.close()
    root.handlers, root.level = saved, level


def test_nothing_of_as_work_or_pay_reaches_disk_in_plaintext(tmp_path, app_logging,
                                                             private_tmpdir):
    assert tempfile.gettempdir() == str(private_tmpdir)
    started = time.time() - 1  # mtime granularity
    marker = "kanari-" + uuid.uuid4().hex  # a word no file can hold by chance
    note_marker, pref_marker = marker + "-flag", marker + "-pref"
    active_ms = 987_654_321  # a time record distinctive enough to search for
    statement_total = "4242.17"
    # The statement pays t000 4242.17; t001 waits for review at the rate of 37.13.
    earned_total = "4279.30"
    data_dir = tmp_path / "data"

    office = Office.open(data_dir, kdf_n=FAST_KDF)
    env = two_annotators(office)
    ws = office.login(username="rasoa", password=PASSWORD_A)
    text_items = [i.id for i in Item.select().where(Item.package == env.a_text)]
    audio_items = [i.id for i in Item.select().where(Item.package == env.a_audio)]
    ws.save(item_pk=text_items[0], value={"labels": ["neg"]}, flagged=True,
            flag_note=f"Tsy mazava ity: {note_marker}", active_ms=active_ms)
    ws.save(item_pk=text_items[1], value={"labels": ["pos"]}, active_ms=1200)
    for n in range(5):  # re-saves: older versions of the row must not linger either
        ws.save(item_pk=audio_items[0], status="draft", value={
            "transcript": f"Manao ahoana {marker} {n}",
            "segments": [{"start_ms": 0, "end_ms": 1000, "text": f"{marker}-seg{n}"}]})
    ws.skip(item_pk=audio_items[1], reason="disturbing")
    ws.set_preference("last_search", pref_marker)
    store_statement_for(ws, amount=statement_total, reason=f"Tsara {marker}")
    assert ws.submit(env.a_text).item_count == 2
    assert [p.earned for p in ws.packages() if p.package_pk == env.a_text] == [
        Decimal(earned_total)]
    # B works on the same PC meanwhile: her session must not pull A's data into files.
    ws_b = office.login(username="hery", password=PASSWORD_B)
    ws_b.save(item_pk=[i.id for i in Item.select().where(Item.package == env.shared)][0],
              value={"labels": ["pos"]})
    logging.getLogger("marika").info("canary run for profile %s", ws.profile.id)
    logging.getLogger("marika").exception("a failure with a traceback",
                                          exc_info=ValueError("no content in here"))

    wanted = needles(marker, str(active_ms), statement_total, earned_total)
    wal = data_dir / "marika.db-wal"
    assert wal.exists() and wal.stat().st_size > 0  # the live WAL is really scanned
    scanned_live = list(files_under(data_dir))
    assert {p.name for p in scanned_live} >= {"marika.db", "marika.db-wal", "marika.db-shm"}
    assert hits(scanned_live, wanted) == []
    # The marker really was saved: A reads it back, so a zero-hit scan means encrypted.
    assert note_marker in ws.annotation_for(text_items[0]).flag_note
    assert ws.preferences()["last_search"] == pref_marker

    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    office.close()
    after = list(files_under(data_dir))
    assert hits(after, wanted) == []
    log_file = app_logging
    assert log_file.exists() and b"canary run for profile" in log_file.read_bytes()
    assert hits([log_file], needles(marker, PASSWORD_A, PASSWORD_B)) == []
    temp_files = list(files_under(private_tmpdir, since=started))
    assert hits(temp_files, wanted) == []

    # And the work is all there after a restart, for A alone.
    office = Office.open(data_dir, kdf_n=FAST_KDF)
    try:
        ws = office.login(username="rasoa", password=PASSWORD_A)
        record = ws.annotation_for(audio_items[0])
        assert record.value["transcript"] == f"Manao ahoana {marker} 4"
        assert ws.annotation_for(text_items[0]).active_ms == active_ms
    finally:
        office.close()


def test_passwords_and_keys_never_reach_disk(tmp_path):
    """The passwords, the unwrapped profile keys and the recovery private key."""
    data_dir = tmp_path / "data"
    office = Office.open(data_dir, kdf_n=FAST_KDF)
    env = two_annotators(office)
    ws = office.login(username="rasoa", password=PASSWORD_A)
    ws.set_preference("x", 1)
    secrets = {PASSWORD_A.encode(): "A's password", PASSWORD_B.encode(): "B's password",
               ws._key: "A's profile key",
               env.recovery.split(":", 1)[1].encode(): "the recovery private key",
               ws._device().signing.to_text().split(":", 1)[1].encode(): "A's device key"}
    assert hits(files_under(data_dir), secrets) == []
    office.close()
    assert hits(files_under(data_dir), secrets) == []
