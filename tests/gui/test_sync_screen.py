"""The send and receive screen, driven by keyboard, against a real `marika-server` on
127.0.0.1: enrol with a code (or by USB stick), submit, send with progress, pause and
resume, "offline" when the server is down, sending by itself when it is back, USB export
and import, and automatic sealing after saves."""

from __future__ import annotations

import os
import re
from dataclasses import replace

import pytest
from conftest import FAST_KDF_N, TEST_PASSWORD
from facade.test_sync_facade import FAST, finish_items, prepare_sync_office
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sync.conftest import ServerProc
from sync.test_exactly_once import _accept_all

from gui.appdriver import (
    log_in,
    on_db,
    press,
    start_app,
    type_text,
    wait_saved,
    when_dialog,
)
from marika.profiles import Office
from marika_sync.usb import push_folder

pytestmark = pytest.mark.gui

K = Qt.Key
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
# Small chunks: a 15 KB batch takes some 160 requests, long enough to pause it.
SLOW_CHUNKS = replace(FAST, chunk_size=96, max_chunk_size=96)


@pytest.fixture
def server(tmp_path):
    proc = ServerProc(tmp_path / "server")
    proc.data.mkdir(parents=True)
    yield proc.start()
    proc.stop()


def words(label) -> str:
    """A label's text without the "(s)" of untranslated plurals ("1 batch(es)" is
    "1 batch" once the English translation is built)."""
    return re.sub(r"\((e?s)\)", "", label.text())


def _work_ahead(data_dir, package_pk, ordinals, *, enrol_code=None, submit=True,
                big=False):
    """Work done in an earlier session (and submitted, and enrolled, when asked). `big`:
    each item gets a flag note of 5,000 random hex digits, which no compression shrinks
    much, so the batch is some 15 KB."""
    with Office.open(data_dir, kdf_n=FAST_KDF_N) as office:
        ws = office.login(username="rasoa", password=TEST_PASSWORD)
        for n in ordinals:
            finish_items(ws, package_pk, [n], note=os.urandom(2500).hex() if big else "")
        if enrol_code:
            ws.sync().enroll(enrol_code)
        if submit:
            ws.submit(package_pk)


def _app(qtbot, data_dir, *, config=FAST, probe_s=3600.0, max_probe_s=3600.0):
    window = start_app(qtbot, data_dir)
    window.sync.config = config
    window.sync.probe_s, window.sync.max_probe_s = probe_s, max_probe_s
    log_in(qtbot, window)
    return window


def _open_sync_screen(qtbot, window):
    press(qtbot, K.Key_E, CTRL)  # the home screen's "Send and receive… (Ctrl+E)"
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sync_screen)
    return window.sync_screen


def _answer_yes():
    """Press "Yes" in the next question box (it runs its own loop)."""
    when_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click(), QMessageBox)


def test_enrol_submit_send_pause_and_resume(qtbot, server, data_dir, tmp_path):
    package_pk = prepare_sync_office(data_dir, server, tmp_path)
    _work_ahead(data_dir, package_pk, range(6), submit=False, big=True)
    window = _app(qtbot, data_dir, config=SLOW_CHUNKS)
    home = window.home
    qtbot.waitUntil(lambda: "not set up" in words(home.sync_line))

    screen = _open_sync_screen(qtbot, window)
    qtbot.waitUntil(screen.enrol_box.isVisible)
    assert server.url in screen.server.text()
    assert not screen.commands["send"].isEnabled()
    assert screen.code.hasFocus()
    type_text(qtbot, "WRONG-CODE-1")
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: "not valid" in screen.banner.text(), timeout=10_000)
    screen.code.clear()
    type_text(qtbot, server.new_code())
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: "now connected" in screen.banner.text(), timeout=10_000)
    qtbot.waitUntil(lambda: not screen.enrol_box.isVisible() and not window.sync.busy,
                    timeout=10_000)
    assert words(screen.line) == "Nothing submitted yet."  # not "all delivered"

    # Submit on the home screen, as the worker does: the server is there, so the batch
    # goes at once, by itself.
    seen = []
    window.sync.progressed.connect(lambda p: seen.append(p) if p.phase == "upload" else None)
    press(qtbot, K.Key_Escape)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is home)
    qtbot.waitUntil(lambda: home.table.rowCount() == 1)
    _answer_yes()
    press(qtbot, K.Key_S, CTRL | SHIFT)
    qtbot.waitUntil(lambda: "submitted" in home.banner.text(), timeout=10_000)
    qtbot.waitUntil(lambda: words(home.sync_line) == "Sending…", timeout=10_000)

    screen = _open_sync_screen(qtbot, window)
    assert words(screen.pending) == "1 batch waiting to be sent."
    assert not screen.commands["send"].isEnabled()  # already sending
    qtbot.waitUntil(lambda: any(0 < p.sent < p.total for p in seen), timeout=10_000)
    press(qtbot, K.Key_P, CTRL)  # Pause
    assert window.sync.state == "paused"
    assert screen.commands["pause"].text() == "Resume"
    assert "paused" in words(screen.line)
    qtbot.wait(300)  # the chunk on the wire finishes, then nothing more goes
    paused_at = seen[-1].sent
    qtbot.wait(700)
    assert seen[-1].sent == paused_at < seen[-1].total
    assert server.query("SELECT COUNT(*) FROM batch") == [(0,)]
    assert " sent, " in words(screen.bytes) and " left" in words(screen.bytes)
    assert "KB" in words(screen.bytes)
    assert 0 < screen.bar.value() < 1000

    press(qtbot, K.Key_P, CTRL)  # Resume
    qtbot.waitUntil(lambda: "1 batch delivered" in words(screen.result), timeout=30_000)
    assert seen[-1].sent == seen[-1].total and screen.bar.value() == 1000
    assert "0 bytes left" in words(screen.bytes)
    qtbot.waitUntil(lambda: words(screen.pending) == "All your submitted work is delivered.")
    assert words(home.sync_line) == "All delivered."
    assert server.query("SELECT COUNT(*) FROM batch") == [(1,)]
    sent = [p.sent for p in seen]
    assert sent == sorted(sent) and len(sent) >= 3  # the bar moved forward, step by step


def test_work_submitted_while_online_goes_without_a_probe_first(qtbot, server, data_dir,
                                                                tmp_path):
    """The server answered a moment ago: a new batch goes at once, its upload's first
    request being the probe (on a 600 ms link a ping first costs 1.2 s)."""
    from sync.faultproxy import FaultProxy, Faults

    with FaultProxy(server.port, Faults(seed=9)) as proxy:
        package_pk = prepare_sync_office(data_dir, server, tmp_path,
                                         settings={"server_url": proxy.url})
        _work_ahead(data_dir, package_pk, range(3), enrol_code=server.new_code())
        window = _app(qtbot, data_dir)
        home = window.home
        # Logged in: a probe, and the waiting batch goes.
        qtbot.waitUntil(lambda: words(home.sync_line) == "All delivered.", timeout=15_000)
        qtbot.waitUntil(lambda: not window.sync.busy)
        assert window.sync.online is True
        seen = len(proxy.exchanges)
        ws = window.session
        on_db(qtbot, window, lambda: (finish_items(ws, package_pk, [3, 4]),
                                      ws.submit(package_pk)))
        window.sync.refresh()  # as the home screen does after a submit
        qtbot.waitUntil(lambda: server.query("SELECT COUNT(*) FROM batch") == [(2,)],
                        timeout=15_000)
        qtbot.waitUntil(lambda: words(home.sync_line) == "All delivered.", timeout=15_000)
    calls = [(ex.method, ex.path.split("?")[0]) for ex in proxy.exchanges]
    assert ("GET", "/v1/ping") in calls[:seen]
    assert calls[seen:][0] == ("POST", "/v1/uploads"), calls[seen:]
    assert ("GET", "/v1/ping") not in calls[seen:], calls[seen:]


def test_offline_then_sends_by_itself_when_the_server_is_back(qtbot, server, data_dir,
                                                              tmp_path):
    package_pk = prepare_sync_office(data_dir, server, tmp_path)
    _work_ahead(data_dir, package_pk, range(3), enrol_code=server.new_code())
    server.stop()
    window = _app(qtbot, data_dir, probe_s=0.3, max_probe_s=0.6)
    home = window.home
    qtbot.waitUntil(lambda: words(home.sync_line) == "Offline: 1 batch waiting.",
                    timeout=10_000)

    screen = _open_sync_screen(qtbot, window)
    qtbot.waitUntil(lambda: not window.sync.busy)
    press(qtbot, K.Key_E, CTRL)  # Send now, while the server is down
    qtbot.waitUntil(lambda: "cannot be reached" in words(screen.result), timeout=10_000)
    assert words(screen.pending) == "1 batch waiting to be sent."
    assert server.query("SELECT COUNT(*) FROM batch") == [(0,)]

    server.start()  # the same address: the connection is back
    qtbot.waitUntil(lambda: words(screen.line) == "All delivered.", timeout=15_000)
    assert "1 batch delivered" in words(screen.result)
    assert server.query("SELECT COUNT(*) FROM batch") == [(1,)]
    # And the pay statement, once reviewed, comes back on a later run.
    _accept_all(server, tmp_path)
    press(qtbot, K.Key_E, CTRL)
    qtbot.waitUntil(lambda: "1 new pay statement received" in words(screen.result),
                    timeout=10_000)
    qtbot.waitUntil(lambda: "1 pay statement kept on this computer"
                    in words(screen.statements))  # the count follows the result


def test_usb_enrol_export_and_import_round_trip(qtbot, server, data_dir, tmp_path,
                                                monkeypatch):
    package_pk = prepare_sync_office(data_dir, server, tmp_path)
    _work_ahead(data_dir, package_pk, range(4))
    stick = tmp_path / "stick"
    stick.mkdir()
    server.stop()  # this PC has no connection at all: the stick carries everything
    window = _app(qtbot, data_dir)
    screen = _open_sync_screen(qtbot, window)
    monkeypatch.setattr(screen, "_folder", lambda _title: str(stick))  # the folder chooser
    qtbot.waitUntil(lambda: not window.sync.busy, timeout=10_000)

    qtbot.waitUntil(screen.enrol_box.isVisible)
    type_text(qtbot, server.new_code())
    screen.usb_connect_button.click()  # Connect by USB stick…
    qtbot.waitUntil(lambda: "connection request is in the folder" in words(screen.result),
                    timeout=10_000)
    press(qtbot, K.Key_E, CTRL | SHIFT)  # Export for USB…
    qtbot.waitUntil(lambda: "1 batch written to the folder" in words(screen.result),
                    timeout=10_000)
    press(qtbot, K.Key_I, CTRL | SHIFT)  # Import from USB… before any PC pushed it
    qtbot.waitUntil(lambda: "Nothing new in this folder yet." in words(screen.result),
                    timeout=10_000)

    server.start()
    report = push_folder(stick, config=FAST)  # "another PC": answers, uploads
    assert report.enrolled == 1 and len(report.uploaded) == 1
    server.stop()
    screen.result.clear()
    press(qtbot, K.Key_I, CTRL | SHIFT)
    qtbot.waitUntil(lambda: "1 batch confirmed as delivered" in words(screen.result),
                    timeout=10_000)
    assert "now connected to the office's server" in words(screen.result)
    qtbot.waitUntil(lambda: not screen.enrol_box.isVisible())
    qtbot.waitUntil(lambda: words(screen.pending) == "All your submitted work is delivered.")
    screen.result.clear()
    press(qtbot, K.Key_I, CTRL | SHIFT)  # importing twice changes nothing
    qtbot.waitUntil(lambda: "Nothing new in this folder yet." in words(screen.result),
                    timeout=10_000)

    server.start()
    _accept_all(server, tmp_path)
    press(qtbot, K.Key_E, CTRL | SHIFT)  # exports the statement request
    qtbot.waitUntil(lambda: "No batch is waiting" in words(screen.result), timeout=10_000)
    push_folder(stick, config=FAST)
    press(qtbot, K.Key_I, CTRL | SHIFT)
    qtbot.waitUntil(lambda: "1 new pay statement received" in words(screen.result),
                    timeout=10_000)
    qtbot.waitUntil(lambda: "1 pay statement kept on this computer"
                    in words(screen.statements))  # the count follows the result
    assert server.query("SELECT COUNT(*) FROM batch") == [(1,)]


def test_finished_work_is_sealed_after_saves_but_not_the_item_on_screen(qtbot, data_dir,
                                                                         monkeypatch):
    from gui.textpack import TEXTS, build_office
    from marika import sync_session

    monkeypatch.setattr(sync_session, "SEAL_GRACE_S", 0)  # no waiting in a test
    package_pk = build_office(data_dir, TEXTS)
    with Office.open(data_dir, kdf_n=FAST_KDF_N):
        from marika.store.models import Setting

        Setting.insert(key="seal_every_items", value="2").on_conflict_replace().execute()
    window = start_app(qtbot, data_dir)
    window.sync.seal_check_s = 0
    log_in(qtbot, window)
    press(qtbot, K.Key_Return)  # the transparency card
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.card)
    qtbot.waitUntil(lambda: "Example Research Lab" in window.card.values["client"].text())
    press(qtbot, K.Key_Return)  # "I have read this, start"
    items = window.items
    qtbot.waitUntil(lambda: items.item is not None and items.item.ordinal == 0,
                    timeout=10_000)
    sealed = []
    window.sync.sealed.connect(sealed.append)
    for ordinal, key in enumerate((K.Key_1, K.Key_2)):
        press(qtbot, key)
        press(qtbot, K.Key_Return)  # done, next
        qtbot.waitUntil(lambda n=ordinal: items.item.ordinal == n + 1)
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: not window.tasks.busy())
    # Item 0 could be sealed, item 1 was on screen when it was saved: 1 < 2, too few.
    assert sealed == []
    press(qtbot, K.Key_3)
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: bool(sealed), timeout=10_000)
    assert sealed[0].items == 2
    qtbot.waitUntil(lambda: items.item.ordinal == 3)
    ws = window.session
    records = on_db(qtbot, window, lambda: [
        ws.annotation_for(ws.item_at(package_pk, n).item_pk) for n in range(3)])
    assert [r.submitted for r in records] == [True, True, False]
    press(qtbot, K.Key_PageUp)  # back to item 2: still open for corrections
    qtbot.waitUntil(lambda: items.item.ordinal == 2)
    assert not items.read_only
    press(qtbot, K.Key_PageUp)  # item 1: sealed, so read-only now
    qtbot.waitUntil(lambda: items.item.ordinal == 1 and items.read_only)


def test_logging_out_mid_upload_resumes_from_the_servers_offset(qtbot, server, data_dir,
                                                               tmp_path):
    package_pk = prepare_sync_office(data_dir, server, tmp_path)
    _work_ahead(data_dir, package_pk, range(6), enrol_code=server.new_code(), big=True)
    window = start_app(qtbot, data_dir)
    window.sync.config = SLOW_CHUNKS
    seen = []
    window.sync.progressed.connect(lambda p: seen.append(p) if p.phase == "upload" else None)
    log_in(qtbot, window)  # the waiting batch goes by itself
    qtbot.waitUntil(lambda: any(0 < p.sent < p.total for p in seen), timeout=10_000)
    window.sync.pause()
    qtbot.wait(300)
    paused_at = seen[-1].sent
    press(qtbot, K.Key_L, CTRL)  # log out from the home screen while the upload is paused
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.start)
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=10_000)  # the run stopped
    assert server.query("SELECT COUNT(*) FROM batch") == [(0,)]

    seen.clear()
    log_in(qtbot, window)
    qtbot.waitUntil(lambda: words(window.home.sync_line) == "All delivered.",
                    timeout=30_000)
    assert seen[0].sent >= paused_at > 0  # asked the server, did not start again at zero
    assert server.query("SELECT COUNT(*) FROM batch") == [(1,)]


def test_a_failed_statement_fetch_is_shown_as_an_error(qtbot, server, data_dir, tmp_path):
    """The server fails every statement request (500): the sync screen says the pay
    statements could not be fetched, never "nothing new"."""
    package_pk = prepare_sync_office(data_dir, server, tmp_path)
    _work_ahead(data_dir, package_pk, range(2), enrol_code=server.new_code())
    server.query("ALTER TABLE statement RENAME TO statement_gone")  # queries now fail
    window = _app(qtbot, data_dir)
    screen = _open_sync_screen(qtbot, window)
    qtbot.waitUntil(lambda: not window.sync.busy, timeout=20_000)
    press(qtbot, K.Key_E, CTRL)  # Send now
    qtbot.waitUntil(lambda: "could not be fetched" in words(screen.result), timeout=20_000)
    assert "Nothing new" not in screen.result.text()
    assert "The server is busy or had a problem" in screen.result.text()
    assert server.query("SELECT COUNT(*) FROM batch") == [(1,)]  # the work still went
