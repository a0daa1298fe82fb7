"""Attack 1 of issue 10, against the real server process: a colleague copies A's sealed
batch out of the store file, rewrites the author fields to their own, re-signs it with
their own device key and uploads it first. The real author is paid, the copier is not,
and the real author's upload still goes through (docs/SECURITY.md, "Work and pay")."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from decimal import Decimal

import pytest

from marika.store import outbox
from marika_sync import permits, sealing
from marika_sync.client import ServerClient
from marika_sync.crypto import SigningKey
from marika_sync.errors import SyncFailure
from marika_sync.statements import earned, list_statements
from marika_sync.tus import MemoryState

from .conftest import make_package, make_person, make_work, register_package
from .test_end_to_end import FAST, _enroll, _submit, _sync


def _resign(data: bytes, signer, version: int, **changes) -> bytes:
    """A's batch with its outer metadata rewritten and signed by `signer`: the payload
    (A's encrypted work) is kept as it is."""
    size = sealing.header_size(data)
    meta = sealing.unverified_metadata(data)
    meta.update(changes)
    if version == sealing.LEGACY_FORMAT:
        meta.pop("id_nonce", None)
        meta["format"] = version
    head = sealing.batch_head(version, meta)
    return head + signer.sign(sealing.SIGN_DOMAIN + head) + data[size:]


def _upload(server, data: bytes, signer) -> bytes:
    """Upload as an attacker's own client would: no check on our side first, with an
    upload permit by `signer` (the attacker's own enrolled device key)."""
    meta = sealing.unverified_metadata(data)
    sha = hashlib.sha256(data).hexdigest()
    client = ServerClient(server.url, config=FAST)
    client.upload(batch_id=meta["batch_id"], data=data, sha256=sha,
                  annotator_id=meta["annotator_id"], state=MemoryState(),
                  permit=permits.upload_permit(device_key=signer,
                                               annotator_id=meta["annotator_id"],
                                               batch_id=meta["batch_id"], sha256=sha,
                                               length=len(data)))
    return client.receipt(meta["batch_id"], sha)


def test_copied_and_resigned_batch_pays_its_real_author_only(server, client_db, tmp_path):
    author, copier = make_person("rasoa"), make_person("thief")
    pkg = make_package(rate="40")
    register_package(server, pkg, tmp_path)
    _enroll(server, author)
    _enroll(server, copier)
    records = make_work(author, pkg, 4)
    [batch_id] = _submit(author, pkg, records)

    # The colleague reads A's sealed batch straight from the SQLite file.
    conn = sqlite3.connect(client_db)
    [(stolen,)] = conn.execute("SELECT data FROM outbox_batch WHERE batch_id = ?",
                               (batch_id,)).fetchall()
    conn.close()
    mine = {"annotator_id": copier.profile_id,
            "device_key": copier.device_key.public.to_text()}

    # Same batch id, re-signed by the copier: refused (the id is derived from A's key).
    with pytest.raises(SyncFailure) as err:
        _upload(server, _resign(stolen, copier.device_key, sealing.FORMAT_VERSION, **mine),
                copier.device_key)
    assert err.value.reason == "refused"
    # The same as a format-1 batch (whose payload was bound to its id only): refused too.
    with pytest.raises(SyncFailure) as err:
        _upload(server, _resign(stolen, copier.device_key, sealing.LEGACY_FORMAT, **mine),
                copier.device_key)
    assert err.value.reason == "refused"
    # Under an id of the copier's own, the server takes it (it cannot read the payload)...
    nonce = uuid.uuid4().bytes
    own_id = sealing.derive_batch_id(copier.device_key.public, nonce)
    copy = _resign(stolen, copier.device_key, sealing.FORMAT_VERSION, batch_id=own_id,
                   id_nonce=nonce.hex(), **mine)
    _upload(server, copy, copier.device_key)
    assert server.query("SELECT annotator_id FROM batch") == [(copier.profile_id,)]

    # ...and A's own upload still goes through.
    assert _sync(author).delivered == [batch_id]

    # The data owner's export opens A's batch and refuses the copy: its payload was
    # sealed for A (associated data and inner author), not for the name on its envelope.
    out = tmp_path / "export.jsonl"
    printed = server.cli("export", "--key", pkg.results.to_text(), "--format", "jsonl",
                         str(out)).stdout
    assert "from 1 batches" in printed and "1 damaged" in printed
    exported = [json.loads(line) for line in out.read_bytes().splitlines()]
    assert {row["annotator_id"] for row in exported} == {author.profile_id}
    assert {row["batch_id"] for row in exported} == {batch_id}

    # Review refuses decisions on the refused copy, even written by hand...
    forged = tmp_path / "forged.jsonl"
    forged.write_text("".join(
        f'{{"batch_id":"{own_id}","item_key":"{r.item_key}","decision":"accepted"}}\n'
        for r in records))
    result = server.cli("review", str(forged), check=False)
    assert result.returncode != 0 and "was refused at export" in result.stderr
    # ...and accepting what the export showed pays the real author.
    review = tmp_path / "review.jsonl"
    review.write_text("".join(
        f'{{"batch_id":"{row["batch_id"]}","item_key":"{row["item_key"]}",'
        f'"decision":"accepted"}}\n' for row in exported))
    server.cli("review", str(review))

    _sync(author)
    _sync(copier)
    paid = earned(list_statements(store=outbox, profile_id=author.profile_id,
                                  cipher=author.cipher, box_key=author.box_key))
    done = sum(r.status == "done" for r in records)
    assert paid == {"MGA": Decimal("40") * done}
    stolen_pay = earned(list_statements(store=outbox, profile_id=copier.profile_id,
                                        cipher=copier.cipher, box_key=copier.box_key))
    assert not any(stolen_pay.values())


def test_batch_replayed_under_another_identity_is_refused(server, client_db, tmp_path):
    """Regression (an attack that failed before the fix too): A's batch, untouched, sent
    in the copier's name is refused, because its signature is by A's device key."""
    author, copier = make_person("rasoa"), make_person("thief")
    pkg = make_package()
    _enroll(server, author)
    _enroll(server, copier)
    [batch_id] = _submit(author, pkg, make_work(author, pkg, 2))
    data = bytes(outbox.get_batch(batch_id).data)
    sha = hashlib.sha256(data).hexdigest()
    with pytest.raises(SyncFailure) as err:  # with the copier's own upload permit
        ServerClient(server.url, config=FAST).upload(
            batch_id=batch_id, data=data, sha256=sha, annotator_id=copier.profile_id,
            state=MemoryState(), permit=permits.upload_permit(
                device_key=copier.device_key, annotator_id=copier.profile_id,
                batch_id=batch_id, sha256=sha, length=len(data)))
    assert err.value.reason == "refused"
    # A batch signed by a key nobody enrolled is refused as well.
    stranger = SigningKey.generate()
    nonce = uuid.uuid4().bytes
    forged = _resign(data, stranger, sealing.FORMAT_VERSION,
                     device_key=stranger.public.to_text(), id_nonce=nonce.hex(),
                     batch_id=sealing.derive_batch_id(stranger.public, nonce))
    with pytest.raises(SyncFailure) as err:
        _upload(server, forged, stranger)
    assert err.value.reason == "refused"
    assert server.query("SELECT COUNT(*) FROM batch") == [(0,)]
