"""The sync facade against a real `marika-server` on 127.0.0.1: enrol, automatic sealing
rules, sending (also from another thread), offline, USB round trip, and one profile
never seeing another's batches or statements."""

from __future__ import annotations

import json
import threading
import time

import pytest
from conftest import FAST_KDF_N, TEST_PASSWORD
from gui.textpack import build_office
from sync.conftest import ServerProc, TaskPackage, register_package
from sync.test_exactly_once import _accept_all

from marika.core.errors import MarikaError
from marika.profiles import Office
from marika.store.db import database
from marika.store.models import Package, Setting
from marika_sync.config import ClientConfig
from marika_sync.crypto import BoxPrivateKey, SigningKey
from marika_sync.errors import SyncFailure
from marika_sync.usb import push_folder

FAST = ClientConfig(backoff_base=0.05, backoff_cap=0.2, connect_timeout=2, read_timeout=5,
                    request_deadline=10, max_attempts=2)
TEXTS = [f"Review number {n}: tonga ny entana." for n in range(12)]
HOUR = 3600.0


@pytest.fixture
def server(tmp_path):
    proc = ServerProc(tmp_path / "server")
    proc.data.mkdir(parents=True)
    proc.start()
    yield proc
    proc.stop()


def prepare_sync_office(data_dir, server, tmp_path, *, texts=TEXTS, annotators=("rasoa",),
                        settings=None) -> int:
    """An office whose package the server knows, with the server's address and key in the
    office settings (as a supervisor sets them). Returns the package pk."""
    package_pk = build_office(data_dir, texts, annotators=annotators)
    results = BoxPrivateKey.generate()
    office = Office.open(data_dir, kdf_n=FAST_KDF_N)
    try:
        row = Package.get_by_id(package_pk)
        manifest = json.loads(row.manifest)
        manifest["results_public_key"] = results.public.to_text()
        Package.update(manifest=json.dumps(manifest)).where(Package.id == package_pk).execute()
        server_key = server.cli("info").stdout.splitlines()[0].strip()
        for key, value in {"server_url": server.url, "server_public_key": server_key,
                           **(settings or {})}.items():
            Setting.insert(key=key, value=value).on_conflict_replace().execute()
        pay = manifest["pay"]
        register_package(server, TaskPackage(manifest["package_id"], 1, pay["rate_per_item"],
                                             pay["currency"], results, SigningKey.generate()),
                         tmp_path)
    finally:
        office.close()
    return package_pk


def finish_items(ws, package_pk, ordinals, *, note=""):
    for n in ordinals:
        item = ws.item_at(package_pk, n)
        ws.save(item_pk=item.item_pk, value={"labels": ["pos"]}, flagged=bool(note),
                flag_note=note)


@pytest.fixture
def office(data_dir):
    office = Office.open(data_dir, kdf_n=FAST_KDF_N)
    yield office
    office.close()


def log_in(office, username="rasoa"):
    return office.login(username=username, password=TEST_PASSWORD)


def test_enrol_seal_send_and_statements(server, data_dir, tmp_path):
    package_pk = prepare_sync_office(data_dir, server, tmp_path, annotators=("rasoa", "hery"),
                                     settings={"seal_every_items": "4"})
    with Office.open(data_dir, kdf_n=FAST_KDF_N) as office:
        rasoa, hery = log_in(office), log_in(office, "hery")
        sync, hery_sync = rasoa.sync(config=FAST), hery.sync(config=FAST)
        with pytest.raises(SyncFailure) as err:
            sync.send()
        assert err.value.reason == "not-enrolled"
        with pytest.raises(SyncFailure) as err:
            sync.enroll("AAAA-BBBB-CCCC")
        assert err.value.reason == "bad-code"
        status = sync.enroll(server.new_code())
        assert status.enrolled and status.server_url == server.url and status.pending == 0

        # Four finished items, just saved: still open for corrections (grace period).
        finish_items(rasoa, package_pk, range(4))
        assert sync.seal_due().items == 0
        # Later, the count rule seals them, but never the item on screen.
        on_screen = rasoa.item_at(package_pk, 3).item_pk
        later = time.time() + 20 * 60
        assert sync.seal_due(leave_open={on_screen}, now=later).items == 0  # only 3 left
        finish_items(rasoa, package_pk, [4])
        assert sync.seal_due(leave_open={on_screen}, now=later) == (1, 4)
        assert rasoa.annotation_for(on_screen).submitted is False
        assert rasoa.annotation_for(rasoa.item_at(package_pk, 4).item_pk).submitted
        # The age rule: one item finished a day ago is sealed although 1 < 4.
        assert sync.seal_due(now=later + 25 * HOUR) == (1, 1)
        assert sync.status().pending == 2

        # Hery's work stays his: rasoa's session neither sees nor sends it.
        finish_items(hery, package_pk, range(5))
        hery.submit(package_pk)
        assert len(hery_sync.outbox()) == 1 and hery_sync.status().pending == 1
        assert len(sync.outbox()) == 2

        progress, total = [], sum(e.size for e in sync.outbox())
        result = sync.send(progress=progress.append, include_waiting=True)
        assert result.online and result.delivered == 2 and result.pending == 0, result
        uploads = [p for p in progress if p.phase == "upload"]
        assert uploads[-1].sent == uploads[-1].total == total and uploads[-1].left == 0
        assert sorted(p.sent for p in uploads) == [p.sent for p in uploads]
        assert len(sync.receipts()) == 2 and sync.outbox() == []
        assert hery_sync.status().pending == 1  # not sent by rasoa's run
        assert server.query("SELECT COUNT(*) FROM batch") == [(2,)]

        _accept_all(server, tmp_path)
        assert sync.send().statements == 1
        status = sync.status()
        assert status.statements == 1 and status.last_statement_at is not None
        [statement] = sync.statements()
        assert len(statement.items) == 5
        assert hery_sync.statements() == [] and hery_sync.status().statements == 0


def enrolled_with_a_batch(office, server, package_pk, *, items=3):
    """Rasoa's sync session, enrolled, with one sealed batch of `items` waiting."""
    ws = log_in(office)
    sync = ws.sync(config=FAST)
    sync.enroll(server.new_code())
    finish_items(ws, package_pk, range(items))
    ws.submit(package_pk)
    return sync


def test_the_send_after_a_probe_goes_on_the_probes_connection(server, data_dir, tmp_path):
    """The app probes, then sends when the server answered: one TCP connection for both
    (on a 600 ms link a new one costs a round trip, with TLS two)."""
    from sync.faultproxy import FaultProxy, Faults

    with FaultProxy(server.port, Faults(delay=0.05, seed=5)) as proxy:
        package_pk = prepare_sync_office(data_dir, server, tmp_path,
                                         settings={"server_url": proxy.url})
        with Office.open(data_dir, kdf_n=FAST_KDF_N) as office:
            sync = enrolled_with_a_batch(office, server, package_pk)
            opened = proxy.stats.connections
            seen = len(proxy.exchanges)
            assert sync.check().online is True
            result = sync.send(include_waiting=True)
            assert result.delivered == 1 and result.pending == 0, result
    calls = [(ex.conn, ex.method, ex.path.split("?")[0]) for ex in proxy.exchanges[seen:]]
    assert [c[1:] for c in calls] == [("GET", "/v1/ping"), ("POST", "/v1/uploads")], calls
    assert len({c[0] for c in calls}) == 1 and proxy.stats.connections == opened + 1, calls


def test_send_runs_on_its_own_thread_and_says_offline(server, data_dir, tmp_path):
    package_pk = prepare_sync_office(data_dir, server, tmp_path)
    with Office.open(data_dir, kdf_n=FAST_KDF_N) as office:
        sync = enrolled_with_a_batch(office, server, package_pk)
        server.stop()
        box = {}

        def network_thread():
            box["check"] = sync.check()
            box["result"] = sync.send(include_waiting=True)
            box["closed"] = database.is_closed()  # the thread's connection is closed again

        thread = threading.Thread(target=network_thread)
        thread.start()
        thread.join(30)
        assert box["check"].online is False and box["check"].pending == 1
        assert box["result"].online is False and box["result"].pending == 1
        assert box["closed"] and not database.is_closed()  # ours is untouched

        server.start()
        thread = threading.Thread(target=lambda: box.update(result=sync.send(
            include_waiting=True), check=sync.check()))
        thread.start()
        thread.join(30)
        assert box["result"].delivered == 1 and box["check"].online is True
        assert sync.status().pending == 0


def test_usb_round_trip_changes_nothing_twice(server, data_dir, tmp_path):
    package_pk = prepare_sync_office(data_dir, server, tmp_path)
    stick = tmp_path / "stick"
    with Office.open(data_dir, kdf_n=FAST_KDF_N) as office:
        ws = log_in(office)
        sync = ws.sync(config=FAST)
        sync.enroll(server.new_code())
        finish_items(ws, package_pk, range(6))
        ws.submit(package_pk)
        with pytest.raises(MarikaError):
            sync.import_from_usb(tmp_path)  # nothing exported there
        assert sync.export_for_usb(stick) == 1
        assert sync.export_for_usb(stick) == 1  # the same files, rewritten as they were
        assert sync.import_from_usb(stick) == (0, 0, 0, False)  # not pushed yet

        report = push_folder(stick, config=FAST)  # any connected PC
        assert len(report.uploaded) == 1
        assert sync.import_from_usb(stick) == (1, 0, 0, False)
        assert sync.import_from_usb(stick) == (0, 0, 0, False)
        assert sync.status().pending == 0 and len(sync.receipts()) == 1

        _accept_all(server, tmp_path)
        sync.export_for_usb(stick)
        push_folder(stick, config=FAST)
        assert sync.import_from_usb(stick).statements == 1
        assert sync.import_from_usb(stick).statements == 0
        assert server.query("SELECT COUNT(*) FROM batch") == [(1,)]


def test_the_sync_facade_loads_no_qt():
    import subprocess
    import sys

    code = ("import sys, marika.sync_session, marika.workspace\n"
            "assert not [m for m in sys.modules if m.startswith('PySide6')]\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 0, result.stderr


def test_enrolment_by_usb_stick_for_an_office_without_internet(server, data_dir, tmp_path):
    package_pk = prepare_sync_office(data_dir, server, tmp_path)
    stick = tmp_path / "stick"
    with Office.open(data_dir, kdf_n=FAST_KDF_N) as office:
        ws = log_in(office)
        sync = ws.sync(config=FAST)
        finish_items(ws, package_pk, range(3))
        ws.submit(package_pk)
        sync.enroll_by_usb(stick, server.new_code())
        sync.export_for_usb(stick)
        assert sync.import_from_usb(stick) == (0, 0, 0, False)  # no answer yet
        # A connected PC answers the request but cannot verify batches it has no key for:
        # it uploads them all the same, and the receipts come back on the stick.
        report = push_folder(stick, config=FAST)
        assert report.enrolled == 1 and len(report.uploaded) == 1
        result = sync.import_from_usb(stick)
        assert result.enrolled and result.delivered == 1
        status = sync.status()
        assert status.enrolled and status.server_url == server.url and status.pending == 0
