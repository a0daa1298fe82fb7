"""Sealing: round trip, content readable only with the results key, tampering refused."""

from __future__ import annotations

import zlib

import pytest

from marika_sync import crypto, sealing
from marika_sync.canonical import canonical_json
from marika_sync.crypto import BoxPrivateKey, SigningKey
from marika_sync.errors import BatchError
from marika_sync.sealing import WorkRecord, open_batch, read_batch_metadata, seal_batch


def _records(n=3):
    return [WorkRecord(annotation_uuid=f"uuid-{i}", item_key=f"img-{i:03}",
                       status="skipped" if i == 1 else "done",
                       value={"labels": ["chat"]} if i != 1 else {"skip_reason": "disturbing"},
                       active_ms=1000 * i, revision=i + 1, updated_at=1700000000.5 + i)
            for i in range(n)]


@pytest.fixture
def keys():
    return SigningKey.generate(), BoxPrivateKey.generate()


def _seal(keys, records=None, **kw):
    device, results = keys
    args = dict(records=_records() if records is None else records, annotator_id="ann-1",
                device_key=device, package_id="pkg.cats", package_version=2,
                results_key=results.public,
                rate_per_item="12.50", currency="MGA", now=1700000100.0)
    args.update(kw)
    return seal_batch(**args)


def test_round_trip(keys):
    batch = _seal(keys)
    meta = read_batch_metadata(batch.data)
    assert meta == batch.metadata
    assert meta["batch_id"] == batch.batch_id
    assert meta["annotator_id"] == "ann-1" and meta["package_version"] == 2
    assert meta["device_key"] == keys[0].public.to_text()
    assert [(i["item_key"], i["status"], i["claim"]) for i in meta["items"]] == [
        ("img-000", "done", "12.50"), ("img-001", "skipped", "0"), ("img-002", "done", "12.50")]
    assert crypto.sha256_hex(batch.data) == batch.sha256
    records = open_batch(batch.data, keys[1])
    assert records[0]["value"] == {"labels": ["chat"]}
    assert records[1]["value"] == {"skip_reason": "disturbing"}
    assert records[2]["active_ms"] == 2000 and records[2]["revision"] == 3


def test_unicode_content_survives(keys):
    rec = WorkRecord("u", "clip-1", "done", {"transcript": "Manao ahoana é ü 😀"}, 5, 1, 1.0)
    batch = _seal(keys, records=[rec])
    assert open_batch(batch.data, keys[1])[0]["value"]["transcript"] == "Manao ahoana é ü 😀"


def test_content_not_readable_without_results_key(keys):
    batch = _seal(keys)
    # The annotation content appears nowhere in clear, even compressed.
    assert b"chat" not in batch.data and b"disturbing" not in batch.data
    head_len = sealing.header_size(batch.data)
    payload = batch.data[head_len:]
    with pytest.raises(zlib.error):
        zlib.decompress(payload)
    with pytest.raises(BatchError) as err:
        open_batch(batch.data, BoxPrivateKey.generate())
    assert err.value.reason == "wrong-key"


def _flip(data: bytes, index: int) -> bytes:
    return data[:index] + bytes([data[index] ^ 0x01]) + data[index + 1:]


def test_every_flipped_byte_is_refused(keys):
    batch = _seal(keys, records=_records(2))
    step = max(1, len(batch.data) // 300)
    for index in range(0, len(batch.data), step):
        with pytest.raises(BatchError):
            open_batch(_flip(batch.data, index), keys[1])


def test_truncation_and_garbage_are_refused(keys):
    batch = _seal(keys)
    for cut in (0, 3, 4, 8, 9, 50, len(batch.data) // 2, len(batch.data) - 1):
        with pytest.raises(BatchError):
            read_batch_metadata(batch.data[:cut])
    for junk in (b"", b"MRKB", b"\x00" * 100, b"MRKB\x01\xff\xff\xff\xff", "text", None):
        with pytest.raises(BatchError):
            read_batch_metadata(junk)
    with pytest.raises(BatchError):
        read_batch_metadata(batch.data + b"x")


def test_resigned_by_another_device_is_detected_when_device_is_pinned(keys):
    batch = _seal(keys)
    other = SigningKey.generate()
    forged = _seal((other, keys[1]))
    with pytest.raises(BatchError) as err:
        read_batch_metadata(forged.data, expected_device=keys[0].public)
    assert err.value.reason == "unknown-device"
    assert read_batch_metadata(batch.data, expected_device=keys[0].public)


def _rebuild(meta: dict, signer: SigningKey, payload: bytes) -> bytes:
    head = sealing.batch_head(sealing.FORMAT_VERSION, meta)
    return head + signer.sign(sealing.SIGN_DOMAIN + head) + payload


def test_signed_but_inconsistent_batches_are_refused(keys):
    device, results = keys
    batch = _seal(keys)
    payload = batch.data[sealing.header_size(batch.data):]
    # A validly signed header that claims an extra item the content does not hold.
    meta = dict(batch.metadata, items=batch.metadata["items"] + [
        {"item_key": "img-999", "status": "done", "claim": "12.50"}], item_count=4)
    with pytest.raises(BatchError) as err:
        open_batch(_rebuild(meta, device, payload), results)
    assert err.value.reason == "bad-payload"
    # Metadata that is not in canonical form (whitespace) is refused.
    meta_json = canonical_json(batch.metadata).replace(b",", b", ", 1)
    head = sealing.batch_head(sealing.FORMAT_VERSION, batch.metadata, meta_json=meta_json)
    with pytest.raises(BatchError):
        read_batch_metadata(head + device.sign(sealing.SIGN_DOMAIN + head) + payload)
    # Wrong types, negative rate, extra field.
    for bad in (dict(batch.metadata, package_version="2"),
                dict(batch.metadata, rate_per_item="-1"),
                dict(batch.metadata, extra=1)):
        with pytest.raises(BatchError):
            read_batch_metadata(_rebuild(bad, device, payload))


def test_zip_bomb_is_refused(keys, monkeypatch):
    device, results = keys
    monkeypatch.setattr(sealing, "MAX_CONTENT_BYTES", 10_000)
    rec = WorkRecord("u", "k", "done", {"transcript": "a" * 50_000}, 1, 1, 1.0)
    batch = _seal(keys, records=[rec])
    with pytest.raises(BatchError) as err:
        open_batch(batch.data, results)
    assert err.value.reason == "bad-payload"


def test_bad_input_to_seal(keys):
    with pytest.raises(BatchError):
        _seal(keys, records=[])
    dup = _records(2)
    with pytest.raises(BatchError):
        _seal(keys, records=[dup[0], dup[0]])
    with pytest.raises(BatchError):
        _seal(keys, rate_per_item="abc")
    with pytest.raises(BatchError):
        _seal(keys, records=[WorkRecord("u", "k", "draft", {}, 0, 1, 0.0)])


def test_each_seal_is_a_new_batch(keys):
    a, b = _seal(keys), _seal(keys)
    assert a.batch_id != b.batch_id and a.sha256 != b.sha256


def _records_like_a_day(n=500):
    import uuid

    return [WorkRecord(annotation_uuid=str(uuid.uuid4()), item_key=f"t{i:06d}",
                       status="skipped" if i % 13 == 5 else "done",
                       value={"skip_reason": "unclear"} if i % 13 == 5
                       else {"labels": [["pos", "neg", "neu"][i % 3]]},
                       active_ms=2000 + 37 * i, revision=1, updated_at=1764860000.5 + 3.7 * i)
            for i in range(n)]


def test_a_sealed_batch_is_no_bigger_than_its_records_compressed(keys):
    """Format 3 compresses the signed claims list too: a day's batch weighs about what
    its records alone weigh compressed (deflate -9 here, the stdlib stand-in for zstd)."""
    records = _records_like_a_day()
    batch = _seal(keys, records=records)
    content = canonical_json({"records": [
        {"annotation_uuid": r.annotation_uuid, "item_key": r.item_key, "status": r.status,
         "value": r.value, "active_ms": r.active_ms, "revision": r.revision,
         "updated_at": r.updated_at} for r in records]})
    assert len(batch.data) <= 1.0 * len(zlib.compress(content, 9))
    assert [r["item_key"] for r in open_batch(batch.data, keys[1])] == [
        r.item_key for r in records]


def test_a_format_2_batch_sealed_before_the_upgrade_is_still_read(keys):
    device, results = keys
    new = _seal(keys)
    meta = {k: v for k, v in new.metadata.items() if k not in ("payload_sha256", "payload_size")}
    meta["format"] = sealing.DEFLATE_FORMAT
    content = {**{k: meta[k] for k in sealing._BOUND}, "records": open_batch(new.data, results)}
    payload = crypto.box_encrypt(results.public, zlib.compress(canonical_json(content), 6),
                                 sealing.payload_aad(meta))
    meta.update(payload_sha256=crypto.sha256_hex(payload), payload_size=len(payload))
    head = sealing.batch_head(sealing.DEFLATE_FORMAT, meta)
    assert canonical_json(meta) in head  # plain JSON in format 2
    old = head + device.sign(sealing.SIGN_DOMAIN + head) + payload
    assert read_batch_metadata(old) == meta
    assert open_batch(old, results) == open_batch(new.data, results)


def test_a_metadata_bomb_is_refused_before_it_inflates(keys):
    import lzma

    device, _ = keys
    bomb = lzma.compress(b"{" + b" " * (sealing.MAX_METADATA + 10), format=lzma.FORMAT_RAW,
                         filters=sealing._META_LZMA)
    head = sealing._PREFIX.pack(sealing.MAGIC, sealing.FORMAT_VERSION, len(bomb)) + bomb
    with pytest.raises(BatchError) as err:
        read_batch_metadata(head + device.sign(sealing.SIGN_DOMAIN + head) + b"x" * 100)
    assert err.value.reason == "bad-metadata"


def test_a_receipt_names_the_items_by_digest_and_older_receipts_still_verify(keys):
    """Receipts carry the SHA-256 of the items (20 KB less per 500 items down a slow
    link); a receipt listing the items, from a server before that, is still accepted,
    and either must name exactly the batch's items."""
    from marika_sync import documents
    from marika_sync.errors import DocumentError
    from marika_sync.receipts import items_digest, verify_receipt

    batch = _seal(keys)
    server = SigningKey.generate()
    body = {k: batch.metadata[k] for k in ("batch_id", "annotator_id", "package_id",
                                           "package_version")}
    body.update(sha256=batch.sha256, size=len(batch.data), received_at=1.0)
    listed = [{"item_key": i["item_key"], "status": i["status"]}
              for i in batch.metadata["items"]]
    for items in ({"items_sha256": items_digest(batch.metadata["items"])},
                  {"items": listed}):
        receipt = documents.sign_document(server, documents.RECEIPT, {**body, **items})
        assert verify_receipt(receipt, server_key=server.public, metadata=batch.metadata,
                              sha256=batch.sha256, size=len(batch.data))
    for items in ({"items_sha256": items_digest(batch.metadata["items"][:2])},
                  {"items": listed[:2]}, {}):
        receipt = documents.sign_document(server, documents.RECEIPT, {**body, **items})
        with pytest.raises(DocumentError):
            verify_receipt(receipt, server_key=server.public, metadata=batch.metadata,
                           sha256=batch.sha256, size=len(batch.data))
