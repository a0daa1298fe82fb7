"""USB round trip: export on the office PC, push from another PC, import back; offline
enrollment by stick; the server-side `usb` command; duplicates change nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from marika.store import outbox
from marika_sync.enroll import import_enroll_reply, write_enroll_request
from marika_sync.statements import list_statements
from marika_sync.usb import export_for_usb, import_from_usb, push_folder
from marika_sync.usbfolder import UsbFolder

from .conftest import make_package, make_person, make_work, register_package
from .test_end_to_end import FAST, _enroll, _submit
from .test_exactly_once import _accept_all


def _snapshot(folder: Path) -> dict:
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_usb_round_trip_and_duplicates_change_nothing(server, client_db, tmp_path):
    stick = tmp_path / "stick"
    rasoa, hery = make_person("rasoa"), make_person("hery")
    pkg = make_package(items=40)
    register_package(server, pkg, tmp_path)
    _enroll(server, rasoa)
    _enroll(server, hery)
    ids = _submit(rasoa, pkg, make_work(rasoa, pkg, 6), max_items=3)
    ids += _submit(hery, pkg, make_work(hery, pkg, 4, start=20))
    assert export_for_usb(store=outbox, profile_id=rasoa.profile_id, folder=stick,
                          device_key=rasoa.device_key) == 2
    assert export_for_usb(store=outbox, profile_id=hery.profile_id, folder=stick,
                          device_key=hery.device_key) == 1
    usb = UsbFolder(stick)
    assert sorted(b for b, _ in usb.batches()) == sorted(ids)

    report = push_folder(stick, config=FAST)  # "another PC": no store involved
    assert sorted(report.uploaded) == sorted(ids) and not report.refused
    again = push_folder(stick, config=FAST)
    assert again.uploaded == [] and again.already == 3
    assert server.query("SELECT COUNT(*) FROM batch") == [(3,)]

    result = import_from_usb(store=outbox, folder=stick)
    assert sorted(result.delivered) == sorted(ids)
    assert outbox.counts(rasoa.profile_id).delivered == 2
    assert import_from_usb(store=outbox,
                           folder=stick).delivered == []  # importing twice changes nothing

    # Statements travel the same way, sealed to each annotator's box key.
    _accept_all(server, tmp_path)
    export_for_usb(store=outbox, profile_id=rasoa.profile_id, folder=stick,
                   device_key=rasoa.device_key)
    export_for_usb(store=outbox, profile_id=hery.profile_id, folder=stick,
                   device_key=hery.device_key)
    assert push_folder(stick, config=FAST).statements == 2
    before = _snapshot(stick)
    push_folder(stick, config=FAST)
    assert _snapshot(stick) == before
    # rasoa is logged in (her statements are opened now); hery's stay sealed to him.
    result = import_from_usb(store=outbox, folder=stick, profile_id=rasoa.profile_id,
                             cipher=rasoa.cipher,
                             box_key=rasoa.box_key)
    assert result.statements == 2
    rows = {r.profile_id: r.form for r in outbox.SyncStatement.select()}
    assert rows == {rasoa.profile_id: "profile", hery.profile_id: "box"}
    assert import_from_usb(store=outbox, folder=stick).statements == 0
    [statement] = list_statements(store=outbox, profile_id=hery.profile_id, cipher=hery.cipher,
                                  box_key=hery.box_key)
    assert len(statement.items) == 4
    assert {r.form for r in outbox.SyncStatement.select()} == {"profile"}
    # No annotation content on the stick, and no review decision or amount in clear
    # (batches name their items and claims in signed metadata, by design).
    for name, data in _snapshot(stick).items():
        assert b'"cat"' not in data, name
        assert b"accepted" not in data and b'"amount"' not in data, name


def test_tampered_receipt_on_stick_is_refused(server, client_db, tmp_path):
    stick = tmp_path / "stick"
    person, pkg = make_person(), make_package()
    _enroll(server, person)
    [batch_id] = _submit(person, pkg, make_work(person, pkg, 3))
    export_for_usb(store=outbox, profile_id=person.profile_id, folder=stick,
                   device_key=person.device_key)
    push_folder(stick, config=FAST)
    path = UsbFolder(stick).receipt_path(batch_id)
    doc = json.loads(path.read_bytes())
    doc["body"]["items_sha256"] = "0" * 64  # names other items than the batch's
    path.write_text(json.dumps(doc))
    result = import_from_usb(store=outbox, folder=stick)
    assert result.delivered == [] and result.refused == [path.name]
    assert outbox.get_batch(batch_id).state != outbox.DELIVERED


def test_offline_enrollment_and_server_side_usb_command(server, client_db, tmp_path):
    stick = tmp_path / "stick"
    person, pkg = make_person(), make_package()
    write_enroll_request(folder=stick, profile_id=person.profile_id, code=server.new_code(),
                         device_key=person.device_key, box_key=person.box_key,
                         server_url=server.url)
    assert import_enroll_reply(store=outbox, folder=stick, profile_id=person.profile_id,
                               device_key=person.device_key, box_key=person.box_key,
                               expected_server_key=server.key()) is None
    out = server.cli("enroll", str(stick)).stdout
    assert "enrolled: 1" in out
    enrollment = import_enroll_reply(store=outbox, folder=stick, profile_id=person.profile_id,
                                     device_key=person.device_key, box_key=person.box_key,
                                     expected_server_key=server.key())
    assert enrollment.server_url == server.url
    assert outbox.enrollment(person.profile_id).server_key == enrollment.server_key.to_text()

    [batch_id] = _submit(person, pkg, make_work(person, pkg, 3))
    export_for_usb(store=outbox, profile_id=person.profile_id, folder=stick,
                   device_key=person.device_key)
    assert "receipts: 1" in server.cli("usb", str(stick)).stdout
    assert "receipts: 0" in server.cli("usb", str(stick)).stdout
    assert import_from_usb(store=outbox, folder=stick).delivered == [batch_id]
    assert server.query("SELECT COUNT(*) FROM batch") == [(1,)]


def test_marika_sync_push_command(server, client_db, tmp_path):
    stick = tmp_path / "stick"
    person, pkg = make_person(), make_package()
    _enroll(server, person)
    _submit(person, pkg, make_work(person, pkg, 2))
    export_for_usb(store=outbox, profile_id=person.profile_id, folder=stick,
                   device_key=person.device_key)
    result = subprocess.run([sys.executable, "-m", "marika.cli", "sync", "push", str(stick)],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "uploaded: 1" in result.stdout
    assert import_from_usb(store=outbox, folder=stick).delivered
