"""Attack 7 of issue 10, with raw HTTP against the real server process: knowing an
enrolled annotator's id (and a batch's id and hash) is not enough to create, find again
or delete an upload; each needs a permit signed by that annotator's enrolled device key,
and each annotator may hold only so many unfinished uploads (docs/SECURITY.md)."""

from __future__ import annotations

import hashlib
import json
import uuid

from marika_sync import permits
from marika_sync.server.uploads import MAX_OPEN_BYTES, MAX_OPEN_UPLOADS
from marika_sync.tus import encode_metadata

from .test_tus_server import TUS, _batch, _create, _enrolled, _patch, _request


def _error(reply) -> tuple[int, str]:
    status, _headers, body = reply
    return status, json.loads(body).get("error", "") if body else ""


def test_uploads_need_the_annotators_permit(server):
    device = _enrolled(server, "ann-1")
    other = _enrolled(server, "ann-2")  # another enrolled annotator, or anyone
    batch = _batch(device)
    assert _error(_create(server, batch)) == (403, "bad-permit")  # the id alone
    assert _error(_create(server, batch, signer=other)) == (403, "bad-permit")
    # A permit for another length (or hash, or batch) does not fit this upload.
    wrong = permits.upload_permit(device_key=device, annotator_id="ann-1",
                                  batch_id=batch.batch_id, sha256=batch.sha256, length=10)
    meta = encode_metadata({"batch_id": batch.batch_id, "sha256": batch.sha256,
                            "annotator_id": "ann-1"})
    assert _error(_request(server, "POST", "/v1/uploads", headers={
        **TUS, "Upload-Length": str(len(batch.data)), "Upload-Metadata": meta,
        permits.HEADER: permits.to_header(wrong)})) == (403, "bad-permit")
    assert server.query("SELECT COUNT(*) FROM upload") == [(0,)]

    # The annotator's own client creates it, sends half; nobody else finds or deletes it.
    status, headers, _ = _create(server, batch, signer=device)
    assert status == 201
    location = headers["location"]
    half = len(batch.data) // 2
    assert _patch(server, location, 0, batch.data[:half])[0] == 204
    assert _error(_create(server, batch, signer=other)) == (403, "bad-permit")
    upload_id = location.rsplit("/", 1)[1]
    for permit in (None,
                   permits.delete_permit(device_key=other, annotator_id="ann-1",
                                         upload_id=upload_id),
                   permits.delete_permit(device_key=device, annotator_id="ann-1",
                                         upload_id="0" * 32)):
        extra = {} if permit is None else {permits.HEADER: permits.to_header(permit)}
        assert _error(_request(server, "DELETE", location, headers={**TUS, **extra})) == (
            403, "bad-permit")
    status, headers, _ = _request(server, "HEAD", location, headers=TUS)
    assert status == 200 and headers["upload-offset"] == str(half)
    # Its owner finishes it.
    assert _patch(server, location, half, batch.data[half:])[0] == 204
    assert server.query("SELECT COUNT(*) FROM batch") == [(1,)]


def test_unfinished_uploads_are_limited_per_annotator(server):
    device = _enrolled(server, "ann-1")

    def create(annotator_id, signer, length):
        batch_id, sha = str(uuid.uuid4()), hashlib.sha256(uuid.uuid4().bytes).hexdigest()
        meta = encode_metadata({"batch_id": batch_id, "sha256": sha,
                                "annotator_id": annotator_id})
        permit = permits.upload_permit(device_key=signer, annotator_id=annotator_id,
                                       batch_id=batch_id, sha256=sha, length=length)
        return _request(server, "POST", "/v1/uploads", headers={
            **TUS, "Upload-Length": str(length), "Upload-Metadata": meta,
            permits.HEADER: permits.to_header(permit)})

    for _ in range(MAX_OPEN_UPLOADS):
        assert create("ann-1", device, 1000)[0] == 201
    assert _error(create("ann-1", device, 1000)) == (429, "upload-quota")
    # Bytes too: a few big announced uploads fill the allowance.
    big = 64 * 1024 * 1024
    other = _enrolled(server, "ann-3")
    for _ in range(MAX_OPEN_BYTES // big):
        assert create("ann-3", other, big)[0] == 201
    assert _error(create("ann-3", other, 1000)) == (429, "upload-quota")
    assert server.query("SELECT COUNT(*) FROM upload") == [
        (MAX_OPEN_UPLOADS + MAX_OPEN_BYTES // big,)]
