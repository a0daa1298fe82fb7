"""Canary through the real window: a flag note typed in the item screen, with the app
logging to its file, then an idle lock and a quit. No file under the data folder
(database, WAL, logs) nor any new temp file holds the note, in UTF-8 or UTF-16. The temp
folder is the test's own (TMPDIR for the process), not the machine's shared one."""

import logging
import tempfile
import time
import uuid
from pathlib import Path

import pytest
from conftest import TEST_PASSWORD
from PySide6.QtCore import Qt

from gui.appdriver import log_in, on_db, press, start_app, wait_saved, when_dialog
from gui.textpack import TEXTS, build_office
from marika.gui.dialogs import FlagDialog

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier


def found_in(paths, marker: str) -> list[str]:
    needles = [marker.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    hits = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        hits += [str(path) for needle in needles if needle in data]
    return hits


def new_files(root: Path, since: float) -> list[Path]:
    found = []
    for path in root.rglob("*"):
        try:
            if path.is_file() and path.stat().st_mtime >= since:
                found.append(path)
        except OSError:
            continue
    return found


def test_a_note_typed_in_the_window_never_reaches_disk_in_plaintext(
        qtbot, data_dir, app_log, monkeypatch, private_tmpdir):
    monkeypatch.setenv("MARIKA_GUIDED_TOUR", "0")
    assert tempfile.gettempdir() == str(private_tmpdir)
    started = time.time() - 1
    marker = "kanari-gui-" + uuid.uuid4().hex
    package_pk = build_office(data_dir, TEXTS)
    # The log file opens at its first record: one now, so it is open (and scanned) for
    # whatever the session logs.
    logging.getLogger("marika").warning("canary session starts")
    window = start_app(qtbot, data_dir)
    log_in(qtbot, window)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.card)
    qtbot.waitUntil(lambda: "Example Research Lab" in window.card.values["client"].text())
    press(qtbot, Qt.Key.Key_Return)
    items = window.items
    qtbot.waitUntil(lambda: items.item is not None, timeout=10_000)
    press(qtbot, Qt.Key.Key_1)

    def write_note(dialog):
        qtbot.keyClicks(dialog.edit, f"Tsy azoko {marker}")  # typed, key by key
        dialog.accept()

    when_dialog(write_note, FlagDialog)
    press(qtbot, Qt.Key.Key_F, CTRL)
    wait_saved(qtbot, window)

    def read_back():
        ws = window.office.login(username="rasoa", password=TEST_PASSWORD)
        return ws.annotation_for(ws.item_at(package_pk, 0).item_pk)

    assert marker in on_db(qtbot, window, read_back).flag_note  # saved, and readable by her
    assert found_in(new_files(data_dir, 0), marker) == []  # live WAL included

    window.idle_lock.ms_per_minute = 1  # lock now (the interval is read at the next input)
    qtbot.mouseMove(window.centralWidget())
    qtbot.waitUntil(lambda: window.session is None, timeout=5_000)
    window.close()  # checkpoints and closes the office
    qtbot.waitUntil(lambda: not (data_dir / "marika.db-wal").exists()
                    or (data_dir / "marika.db-wal").stat().st_size == 0, timeout=10_000)
    assert app_log.exists()
    assert found_in(new_files(data_dir, 0), marker) == []
    temp = new_files(private_tmpdir, started)
    assert found_in(temp, marker) == []
