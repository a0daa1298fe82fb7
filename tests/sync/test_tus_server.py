"""The collection server speaks tus 1.0.0 (core, creation, creation-with-upload, checksum,
termination) the way standard clients expect, and refuses what it must, with raw HTTP
requests."""

from __future__ import annotations

import base64
import hashlib
import http.client
import json
import uuid

import pytest

from marika_sync import documents, permits
from marika_sync.client import ServerClient
from marika_sync.crypto import BoxPrivateKey, SigningKey, VerifyKey
from marika_sync.enroll import make_enroll_request
from marika_sync.sealing import WorkRecord, header_size, seal_batch
from marika_sync.tus import encode_metadata

TUS = {"Tus-Resumable": "1.0.0"}


def _request(server, method, path, body=b"", headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        conn.request(method, path, body=body, headers={**(headers or {})})
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


def _enrolled(server, annotator_id="ann-1"):
    device, box = SigningKey.generate(), BoxPrivateKey.generate()
    request = make_enroll_request(code=server.new_code(), annotator_id=annotator_id,
                                  device_key=device, box_key=box)
    ServerClient(server.url).enroll(request)
    return device


def _batch(device, annotator_id="ann-1", n=3):
    records = [WorkRecord(f"u{i}", f"k{i}", "done", {"labels": ["x"]}, 1, 1, 1.0)
               for i in range(n)]
    return seal_batch(records=records, annotator_id=annotator_id, device_key=device,
                      package_id="p", package_version=1,
                      results_key=BoxPrivateKey.generate().public, rate_per_item="1",
                      currency="MGA", now=1.0)


def _create(server, batch, annotator_id="ann-1", length=None, sha=None, signer=None,
            body=b"", extra=None):
    """POST; with an upload permit by `signer` (the annotator's enrolled device key), and
    `body` as the upload's first bytes (creation-with-upload) when given."""
    meta = encode_metadata({"batch_id": batch.batch_id, "sha256": sha or batch.sha256,
                            "annotator_id": annotator_id})
    permit = {} if signer is None else {permits.HEADER: permits.to_header(
        permits.upload_permit(device_key=signer, annotator_id=annotator_id,
                              batch_id=batch.batch_id, sha256=sha or batch.sha256,
                              length=length or len(batch.data)))}
    if body:
        digest = base64.b64encode(hashlib.sha1(body).digest()).decode()
        extra = {"Content-Type": "application/offset+octet-stream",
                 "Upload-Checksum": f"sha1 {digest}", **(extra or {})}
    return _request(server, "POST", "/v1/uploads", body=body, headers={
        **TUS, "Upload-Length": str(length or len(batch.data)), "Upload-Metadata": meta,
        **permit, **(extra or {})})


def _patch(server, location, offset, chunk, algo="sha1", digest=None, ctype=None,
           extra=None):
    digest = digest or base64.b64encode(hashlib.new(algo, chunk).digest()).decode()
    return _request(server, "PATCH", location, body=chunk, headers={
        **TUS, "Content-Type": ctype or "application/offset+octet-stream",
        "Upload-Offset": str(offset), "Upload-Checksum": f"{algo} {digest}", **(extra or {})})


INLINE = {"Marika-Receipt": "inline"}


def test_discovery_and_version(server):
    status, headers, _ = _request(server, "OPTIONS", "/v1/uploads")
    assert status == 204
    assert headers["tus-version"] == "1.0.0"
    assert set(headers["tus-extension"].split(",")) >= {
        "creation", "creation-with-upload", "checksum", "termination"}
    assert "sha1" in headers["tus-checksum-algorithm"].split(",")
    assert int(headers["tus-max-size"]) > 0
    status, headers, _ = _request(server, "POST", "/v1/uploads",
                                  headers={"Upload-Length": "10"})
    assert status == 412 and headers["tus-version"] == "1.0.0"


def test_create_head_patch_complete(server):
    device = _enrolled(server)
    batch = _batch(device)
    status, headers, _ = _create(server, batch, signer=device)
    assert status == 201
    location = headers["location"]
    status, headers, _ = _request(server, "HEAD", location, headers=TUS)
    assert status == 200 and headers["upload-offset"] == "0"
    assert headers["upload-length"] == str(len(batch.data))
    assert headers["cache-control"] == "no-store"
    # Creating again for the same batch gives the same upload and its offset.
    status, again, _ = _create(server, batch, signer=device)
    assert status == 201 and again["location"] == location and again["upload-offset"] == "0"

    half = len(batch.data) // 2
    assert _patch(server, location, 0, batch.data[:half], ctype="text/plain")[0] == 415
    assert _patch(server, location, 5, batch.data[:half])[0] == 409
    assert _patch(server, location, 0, batch.data[:half], digest="AAAA")[0] == 460
    assert _patch(server, location, 0, batch.data[:half], algo="md5")[0] == 400
    status, headers, _ = _patch(server, location, 0, batch.data[:half], algo="sha256")
    assert status == 204 and headers["upload-offset"] == str(half)
    status, headers, _ = _patch(server, location, half, batch.data[half:])
    assert status == 204 and headers["upload-offset"] == str(len(batch.data))
    assert headers["marika-batch-state"] == "stored"
    assert "marika-statements-seq" not in headers  # said only with the receipt inline
    status, _, receipt = _request(server, "GET", f"/v1/receipts/{batch.batch_id}",
                                  headers={"Marika-Batch-Sha256": batch.sha256})
    assert status == 200 and json.loads(receipt)["kind"] == "receipt"
    status, _, _ = _request(server, "GET", f"/v1/receipts/{batch.batch_id}",
                            headers={"Marika-Batch-Sha256": "0" * 64})
    assert status == 409


def _receipt_of(server, batch, body):
    receipt = documents.verify_document(body, documents.RECEIPT,
                                        VerifyKey.from_text(server.key()))
    assert receipt["batch_id"] == batch.batch_id and receipt["sha256"] == batch.sha256
    status, _, stored = _request(server, "GET", f"/v1/receipts/{batch.batch_id}",
                                 headers={"Marika-Batch-Sha256": batch.sha256})
    assert status == 200 and stored == body  # the very receipt the server keeps
    return receipt


def test_creation_with_upload_stores_a_small_batch_in_one_request(server):
    device = _enrolled(server)
    batch = _batch(device)
    status, headers, body = _create(server, batch, signer=device, body=batch.data,
                                    extra=INLINE)
    assert status == 201 and headers["upload-offset"] == str(len(batch.data))
    assert headers["marika-batch-state"] == "stored"
    assert headers["content-type"] == "application/json"
    assert headers["marika-statements-seq"] == "0"  # no statement yet
    _receipt_of(server, batch, body)
    assert server.query("SELECT COUNT(*) FROM batch") == [(1,)]
    # The same batch again (a reply lost on the way): the same upload, the same receipt,
    # the body not appended twice.
    status, again, body_again = _create(server, batch, signer=device, body=batch.data,
                                        extra=INLINE)
    assert status == 201 and again["location"] == headers["location"]
    assert again["upload-offset"] == str(len(batch.data)) and body_again == body
    assert again["marika-statements-seq"] == "0"
    # Without asking for it inline, a plain tus answer: no body, no statement seq.
    status, plain, body_plain = _create(server, batch, signer=device)
    assert status == 201 and plain["upload-offset"] == str(len(batch.data))
    assert body_plain == b"" and "marika-statements-seq" not in plain
    assert server.query("SELECT COUNT(*) FROM batch") == [(1,)]


def test_creation_with_a_first_chunk_then_the_completing_patch_carries_the_receipt(server):
    device = _enrolled(server)
    batch = _batch(device)
    half = len(batch.data) // 2
    status, headers, body = _create(server, batch, signer=device, body=batch.data[:half],
                                    extra=INLINE)
    assert status == 201 and headers["upload-offset"] == str(half) and body == b""
    location = headers["location"]
    status, head, _ = _request(server, "HEAD", location, headers=TUS)
    assert status == 200 and head["upload-offset"] == str(half)
    status, headers, body = _patch(server, location, half, batch.data[half:], extra=INLINE)
    assert status == 200 and headers["upload-offset"] == str(len(batch.data))
    assert headers["marika-batch-state"] == "stored"
    _receipt_of(server, batch, body)


def test_creation_with_upload_refusals_create_nothing(server):
    device = _enrolled(server)
    batch = _batch(device)
    status, _, body = _create(server, batch, signer=device, body=batch.data,
                              extra={"Content-Type": "text/plain"})
    assert status == 415 and json.loads(body)["error"] == "content-type"
    status, _, body = _create(server, batch, signer=device, body=batch.data,
                              extra={"Upload-Checksum": "sha1 AAAA"})
    assert status == 460 and json.loads(body)["error"] == "checksum-mismatch"
    status, _, body = _create(server, batch, body=batch.data)  # no permit
    assert status == 403 and json.loads(body)["error"] == "bad-permit"
    assert server.query("SELECT COUNT(*) FROM upload") == [(0,)]
    # A whole forged batch in the body: refused as its completing PATCH would be (422),
    # and nothing kept.
    forged = _batch(SigningKey.generate())
    status, _, body = _create(server, forged, signer=device, body=forged.data)
    assert status == 422 and json.loads(body)["error"] == "bad-batch"
    assert server.query("SELECT COUNT(*) FROM upload") == [(0,)]
    assert server.query("SELECT COUNT(*) FROM chunk") == [(0,)]


def test_refusals_at_creation(server):
    device = _enrolled(server)
    batch = _batch(device)
    assert _create(server, batch, annotator_id="stranger")[0] == 403
    assert _create(server, batch, length=10**9)[0] == 413
    status, _, body = _request(server, "POST", "/v1/uploads",
                               headers={**TUS, "Upload-Length": "10"})
    assert status == 400 and json.loads(body)["error"] == "bad-metadata"
    status, _, _ = _request(server, "GET", f"/v1/receipts/{batch.batch_id}",
                            headers={"Marika-Batch-Sha256": batch.sha256})
    assert status == 404


def test_forged_header_is_refused_before_the_rest_arrives(server):
    device = _enrolled(server)
    forged = _batch(SigningKey.generate())  # signed by a key the server never enrolled
    _status, headers, _ = _create(server, forged, signer=device)
    location = headers["location"]
    head = header_size(forged.data)
    assert head < len(forged.data) - 10
    status, _, body = _patch(server, location, 0, forged.data[:head + 5])
    assert status == 403 and json.loads(body)["error"] == "bad-batch"
    assert _request(server, "HEAD", location, headers=TUS)[0] == 404
    assert server.query("SELECT COUNT(*) FROM chunk") == [(0,)]


def test_bytes_not_matching_the_announced_hash_are_discarded(server):
    device = _enrolled(server)
    batch = _batch(device)
    _status, headers, _ = _create(server, batch, sha=hashlib.sha256(b"other").hexdigest(),
                                  signer=device)
    status, _, body = _patch(server, headers["location"], 0, batch.data)
    assert status == 422 and json.loads(body)["error"] == "bad-batch"
    assert server.query("SELECT COUNT(*) FROM batch") == [(0,)]


def test_termination(server):
    device = _enrolled(server)
    batch = _batch(device)
    location = _create(server, batch, signer=device)[1]["location"]
    _patch(server, location, 0, batch.data[:100])
    permit = permits.delete_permit(device_key=device, annotator_id="ann-1",
                                   upload_id=location.rsplit("/", 1)[1])
    assert _request(server, "DELETE", location, headers={
        **TUS, permits.HEADER: permits.to_header(permit)})[0] == 204
    assert _request(server, "HEAD", location, headers=TUS)[0] == 404
    assert _patch(server, location, 100, batch.data[100:])[0] == 404


def test_a_delete_sent_chunked_terminates_as_one_without_a_body(server):
    """A DELETE carries no body: its Content-Length alone says whether one is sent (a
    non-zero one is refused), so a chunked one is not read and the upload is freed."""
    device = _enrolled(server)
    location = _create(server, _batch(device), signer=device)[1]["location"]
    permit = permits.delete_permit(device_key=device, annotator_id="ann-1",
                                   upload_id=location.rsplit("/", 1)[1])
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        conn.putrequest("DELETE", location)
        for k, v in {**TUS, permits.HEADER: permits.to_header(permit),
                     "Transfer-Encoding": "chunked"}.items():
            conn.putheader(k, v)
        conn.endheaders()
        conn.send(b"3\r\nabc\r\n0\r\n\r\n")
        resp = conn.getresponse()
        assert resp.status == 204 and resp.read() == b""
    finally:
        conn.close()
    assert _request(server, "HEAD", location, headers=TUS)[0] == 404


@pytest.mark.parametrize(("length", "status"), [("", 411), ("abc", 400)])
def test_patch_needs_length(server, length, status):
    """No Content-Length: 411. A malformed one cannot be framed: 400 from the HTTP layer."""
    device = _enrolled(server)
    location = _create(server, _batch(device), signer=device)[1]["location"]
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    conn.putrequest("PATCH", location)
    for k, v in {**TUS, "Content-Type": "application/offset+octet-stream",
                 "Upload-Offset": "0"}.items():
        conn.putheader(k, v)
    if length:
        conn.putheader("Content-Length", length)
    conn.endheaders()
    assert conn.getresponse().status == status
    conn.close()


def test_unknown_paths_and_ids(server):
    assert _request(server, "GET", "/v1/nothing")[0] == 404
    assert _request(server, "HEAD", f"/v1/uploads/{uuid.uuid4().hex}", headers=TUS)[0] == 404
    assert _request(server, "GET", "/v1/ping?nonce=<script>")[0] == 400
