"""Attacks 2, 3 and 6 of issue 10: a colleague with the data folder edits the SQLite file
with sqlite3 while the office is in use. The enrolment, the package manifest, the outbox
and each annotation's revision are authenticated with keys only A's password unlocks:
Marika refuses to seal or send, says why in a translated sentence, and nothing reaches
the tampered destination (docs/SECURITY.md, "A colleague with the data folder")."""

from __future__ import annotations

import json
import time

import pytest
from conftest import FAST_KDF_N, TEST_PASSWORD
from data_folder import edit_db, read_db
from sync.conftest import ServerProc

from marika.local_trust import LocalStateTampered
from marika.profiles import Office
from marika.store.models import Annotation
from marika_sync.crypto import BoxPrivateKey

from . import test_sync_facade
from .test_sync_facade import FAST, finish_items, prepare_sync_office

server = test_sync_facade.server  # the fixture: the office's real server on 127.0.0.1


@pytest.fixture
def attacker(tmp_path):
    """The attacker's own collection server."""
    proc = ServerProc(tmp_path / "evil")
    proc.data.mkdir(parents=True)
    yield proc.start()
    proc.stop()


def _sealed_work(data_dir, server, tmp_path, count=3):
    """A enrolled, `count` items finished and sealed into the outbox."""
    package_pk = prepare_sync_office(data_dir, server, tmp_path)
    office = Office.open(data_dir, kdf_n=FAST_KDF_N)
    ws = office.login(username="rasoa", password=TEST_PASSWORD)
    sync = ws.sync(config=FAST)
    sync.enroll(server.new_code())
    finish_items(ws, package_pk, range(count))
    assert ws.submit(package_pk).item_count == count
    return office, ws, sync, package_pk


def test_redirected_enrolment_sends_nothing(server, attacker, data_dir, tmp_path):
    office, ws, sync, _pk = _sealed_work(data_dir, server, tmp_path)
    try:
        evil_key = attacker.cli("info").stdout.splitlines()[0].strip()
        edit_db(data_dir, "UPDATE sync_enrollment SET server_url = ?, server_key = ?",
                attacker.url, evil_key)
        with pytest.raises(LocalStateTampered) as err:
            sync.send(include_waiting=True)
        assert err.value.reason == "enrolment"
        assert "server settings of your profile" in err.value.english()
        assert sync.check().online is False  # not even a probe goes there
        with pytest.raises(LocalStateTampered):
            sync.export_for_usb(tmp_path / "stick")
        assert attacker.query("SELECT COUNT(*) FROM upload") == [(0,)]
        assert attacker.query("SELECT COUNT(*) FROM batch") == [(0,)]
        assert sync.status().pending == 1
        # Removing the seal does not help: a sealed enrolment is never adopted again.
        edit_db(data_dir, "UPDATE sync_enrollment SET seal = NULL")
        with pytest.raises(LocalStateTampered):
            sync.send(include_waiting=True)
        assert attacker.query("SELECT COUNT(*) FROM upload") == [(0,)]
    finally:
        office.close()


def test_edited_results_key_seals_nothing(server, data_dir, tmp_path):
    package_pk = prepare_sync_office(data_dir, server, tmp_path)
    evil = BoxPrivateKey.generate()
    with Office.open(data_dir, kdf_n=FAST_KDF_N) as office:
        ws = office.login(username="rasoa", password=TEST_PASSWORD)
        finish_items(ws, package_pk, range(3))  # A works on the package: it is sealed now
        [(text,)] = read_db(data_dir, "SELECT manifest FROM package")
        manifest = json.loads(text)
        manifest["results_public_key"] = evil.public.to_text()
        edit_db(data_dir, "UPDATE package SET manifest = ?", json.dumps(manifest))
        again = office.login(username="rasoa", password=TEST_PASSWORD)  # reads the file anew
        with pytest.raises(LocalStateTampered) as err:
            again.submit(package_pk)
        assert err.value.reason == "package"
        assert "was changed after it was imported" in err.value.english()
        assert read_db(data_dir, "SELECT COUNT(*) FROM outbox_batch") == [(0,)]
        with pytest.raises(LocalStateTampered):  # automatic sealing: the same refusal
            again.sync(config=FAST).seal_due(now=time.time() + 86400 * 2)
        assert read_db(data_dir, "SELECT COUNT(*) FROM outbox_batch") == [(0,)]
        assert Annotation.select().where(Annotation.batch_id.is_null(False)).count() == 0


def test_edited_outbox_sends_nothing(server, data_dir, tmp_path):
    office, ws, sync, package_pk = _sealed_work(data_dir, server, tmp_path)
    try:
        [(batch_id, data)] = read_db(data_dir, "SELECT batch_id, data FROM outbox_batch")
        [whole] = read_db(data_dir, "SELECT * FROM outbox_batch")
        # Marked delivered without a receipt: A's work would silently never leave.
        edit_db(data_dir, "UPDATE outbox_batch SET state = 'delivered'")
        with pytest.raises(LocalStateTampered) as err:
            sync.send(include_waiting=True)
        assert err.value.reason == "outbox"
        edit_db(data_dir, "UPDATE outbox_batch SET state = 'sealed'")
        # The bytes replaced by a batch that is not A's own (here: garbage of the same size).
        edit_db(data_dir, "UPDATE outbox_batch SET data = ?", bytes(len(data)))
        with pytest.raises(LocalStateTampered):
            sync.send(include_waiting=True)
        # The batch deleted: A's items say they were sealed into it.
        edit_db(data_dir, "DELETE FROM outbox_batch")
        with pytest.raises(LocalStateTampered):
            sync.send(include_waiting=True)
        assert server.query("SELECT COUNT(*) FROM upload") == [(0,)]
        # Put back as it was, it goes.
        edit_db(data_dir, f"INSERT INTO outbox_batch VALUES ({', '.join('?' * len(whole))})",
                *whole)
        assert sync.send(include_waiting=True).delivered == 1
    finally:
        office.close()


def test_rolled_back_annotation_is_refused(data_dir, tmp_path, server):
    package_pk = prepare_sync_office(data_dir, server, tmp_path)
    with Office.open(data_dir, kdf_n=FAST_KDF_N) as office:
        ws = office.login(username="rasoa", password=TEST_PASSWORD)
        item = ws.item_at(package_pk, 0).item_pk
        ws.save(item_pk=item, value={"labels": ["neg"]})
        [(old,)] = read_db(data_dir, "SELECT payload FROM annotation")
        assert ws.save(item_pk=item, value={"labels": ["pos"]}).revision == 2
        edit_db(data_dir, "UPDATE annotation SET payload = ?", old)  # the older copy back
        with pytest.raises(LocalStateTampered) as err:
            ws.annotation_for(item)
        assert err.value.reason == "annotation"
        assert "an older copy was put back" in err.value.english()
        with pytest.raises(LocalStateTampered):
            ws.submit(package_pk)
        assert read_db(data_dir, "SELECT COUNT(*) FROM outbox_batch") == [(0,)]


OLDER_COPY = "an older copy was put back"
NOT_THIS_ITEM = "not your answer to this item"


def test_the_cause_of_a_changed_answer_is_named(office, tmp_path):
    """The message says what was done to the row as far as A's key can tell: an earlier
    revision of this very answer put back is "an older copy"; another item's answer, or
    another profile's answer to the same item, is "not your answer to this item"."""
    from .office_data import PASSWORD_A, PASSWORD_B, two_annotators

    env = two_annotators(office)
    data_dir = office.data_dir
    a = office.login(username="rasoa", password=PASSWORD_A)
    b = office.login(username="hery", password=PASSWORD_B)
    first, second = (a.item_at(env.shared, n).item_pk for n in (0, 1))
    a.save(item_pk=first, value={"labels": ["neg"]})
    a.save(item_pk=second, value={"labels": ["pos"]})
    b.save(item_pk=first, value={"labels": ["pos"]})
    a_row = "SELECT payload FROM annotation WHERE profile_id = ? AND item_id = ?"
    [(own_first,)] = read_db(data_dir, a_row, env.a.id, first)
    [(own_second,)] = read_db(data_dir, a_row, env.a.id, second)
    [(hers,)] = read_db(data_dir, a_row, env.b.id, first)
    put = "UPDATE annotation SET payload = ? WHERE profile_id = ? AND item_id = ?"

    def cause() -> str:
        with pytest.raises(LocalStateTampered) as err:
            a.annotation_for(first)
        assert err.value.reason == "annotation"
        return err.value.english()

    edit_db(data_dir, put, own_second, env.a.id, first)  # A's answer to another item
    assert NOT_THIS_ITEM in cause() and OLDER_COPY not in cause()
    edit_db(data_dir, put, hers, env.a.id, first)  # B's answer to this same item
    assert NOT_THIS_ITEM in cause() and OLDER_COPY not in cause()
    edit_db(data_dir, put, own_first, env.a.id, first)  # put back as it was: it opens
    assert a.annotation_for(first).value == {"labels": ["neg"]}
    for label in ("pos", "neg", "pos"):
        a.save(item_pk=first, value={"labels": [label]})
    assert a.annotation_for(first).revision == 4
    edit_db(data_dir, put, own_first, env.a.id, first)  # revision 1's copy in revision 4
    assert OLDER_COPY in cause() and NOT_THIS_ITEM not in cause()
    # B's own answer is untouched by all of this.
    assert b.annotation_for(first).value == {"labels": ["pos"]}


def test_rows_saved_before_the_revision_binding_still_open(data_dir, tmp_path, server):
    """Existing data: a payload encrypted the old way (no revision in its associated
    data) opens, and the next save binds the revision."""
    package_pk = prepare_sync_office(data_dir, server, tmp_path)
    with Office.open(data_dir, kdf_n=FAST_KDF_N) as office:
        ws = office.login(username="rasoa", password=TEST_PASSWORD)
        item = ws.item_at(package_pk, 0).item_pk
        record = ws.save(item_pk=item, value={"labels": ["neg"]})
        legacy = ws._cipher.encrypt_json(ws._aad("annotation", record.uuid, item), {
            "value": {"labels": ["neg"]}, "status": "done", "skip_reason": None,
            "flagged": False, "flag_note": "", "active_ms": 0})
        edit_db(data_dir, "UPDATE annotation SET payload = ?", legacy)
        assert ws.annotation_for(item).value == {"labels": ["neg"]}
        assert ws.save(item_pk=item, value={"labels": ["pos"]}).revision == 2
        assert ws.annotation_for(item).value == {"labels": ["pos"]}


def test_enrolment_needs_the_office_server_key(server, data_dir, tmp_path):
    """Attack 5: with no server key entered at the office, enrolment does not take the
    key the server at that address presents; nothing is sent to it."""
    from marika.store.models import Setting
    from marika_sync.errors import SyncFailure

    prepare_sync_office(data_dir, server, tmp_path)
    with Office.open(data_dir, kdf_n=FAST_KDF_N) as office:
        Setting.update(value="").where(Setting.key == "server_public_key").execute()
        sync = office.login(username="rasoa", password=TEST_PASSWORD).sync(config=FAST)
        with pytest.raises(SyncFailure) as err:
            sync.enroll(server.new_code())
        assert err.value.reason == "no-server-key"
        assert server.query("SELECT COUNT(*) FROM annotator") == [(0,)]
        assert not sync.status().enrolled


def test_the_supervisor_sees_what_was_changed(server, data_dir, tmp_path):
    """The supervisor's check, without the workers' passwords: a signed package edited
    after import (also refused at a worker's first use of it), and a waiting batch that
    is not its profile's own."""
    from marika_sync.crypto import SigningKey
    from marika_sync.package.signing import sign_manifest

    office, ws, sync, package_pk = _sealed_work(data_dir, server, tmp_path)
    try:
        supervisor = office.login(username="office", password=TEST_PASSWORD)
        assert supervisor.integrity_problems() == []
        publisher = SigningKey.generate()
        supervisor.install_publisher(name="Lab", public_key_text=publisher.public.to_text())
        [(text,)] = read_db(data_dir, "SELECT manifest FROM package")
        edit_db(data_dir, "UPDATE package SET signature = ?, publisher_key = ?",
                sign_manifest(text.encode(), publisher), publisher.public.to_text())
        edit_db(data_dir, "DELETE FROM package_seal")  # as if nobody had used it yet
        assert supervisor.integrity_problems() == []
        manifest = json.loads(text)
        manifest["results_public_key"] = BoxPrivateKey.generate().public.to_text()
        edit_db(data_dir, "UPDATE package SET manifest = ?", json.dumps(manifest))
        edit_db(data_dir, "UPDATE outbox_batch SET data = ?", b"MRKB not a batch")
        problems = supervisor.integrity_problems()
        assert sorted(p.reason for p in problems) == ["outbox", "package"]
        assert any("profile Rasoa" in p.english() for p in problems)
        # The worker's first use of the edited version checks the signature: refused.
        again = office.login(username="rasoa", password=TEST_PASSWORD)
        finish_items(again, package_pk, [5])
        with pytest.raises(LocalStateTampered) as err:
            again.submit(package_pk)
        assert err.value.reason == "package"
    finally:
        office.close()
