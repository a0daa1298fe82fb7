"""Upload permits: the enrolled device key's signature that lets an upload be created,
resumed or deleted on the collection server (docs/SYNC_PROTOCOL.md §3, issue 10).

An upload permit names one batch: annotator, batch id, the hash and length of the whole
file, and a random nonce. It lets whoever carries it create or resume the upload of that
very batch and nothing else (so a USB stick carries one beside each batch: the PC that
pushes it holds no key), and the upload only completes with the bytes the hash names.
A delete permit names one upload by the id the server chose for it (a fresh nonce of the
server's): it is made online by the device key, at the moment of deleting.
Permits travel base64-encoded in the `Marika-Permit` header.
"""

from __future__ import annotations

import base64
import binascii
import secrets

from . import documents
from .crypto import SigningKey, VerifyKey
from .errors import DocumentError

HEADER = "Marika-Permit"
UPLOAD, DELETE = "upload", "delete"
MAX_HEADER = 4096


def upload_permit(*, device_key: SigningKey, annotator_id: str, batch_id: str, sha256: str,
                  length: int) -> bytes:
    return documents.sign_document(device_key, documents.UPLOAD_PERMIT, {
        "action": UPLOAD, "annotator_id": annotator_id, "batch_id": batch_id,
        "sha256": sha256, "length": int(length), "nonce": secrets.token_hex(16)})


def delete_permit(*, device_key: SigningKey, annotator_id: str, upload_id: str) -> bytes:
    return documents.sign_document(device_key, documents.UPLOAD_PERMIT, {
        "action": DELETE, "annotator_id": annotator_id, "upload_id": upload_id,
        "nonce": secrets.token_hex(16)})


def to_header(permit: bytes) -> str:
    return base64.b64encode(permit).decode("ascii")


def from_header(value: str | None) -> bytes:
    """The permit in a header value, or DocumentError."""
    if not value or len(value) > MAX_HEADER:
        raise DocumentError("no-permit")
    try:
        return base64.b64decode(value.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise DocumentError("malformed") from exc


def check(permit: bytes, *, device: VerifyKey, action: str, **expected: object) -> dict:
    """The permit's body when `device` signed it for `action` with the `expected` fields
    (annotator_id, batch_id, sha256, length / upload_id), else DocumentError."""
    body = documents.verify_document(permit, documents.UPLOAD_PERMIT, device)
    documents.require(body, {"action": str, "annotator_id": str, "nonce": str})
    if body["action"] != action:
        raise DocumentError("wrong-action")
    for name, value in expected.items():
        if body.get(name) != value or type(body.get(name)) is not type(value):
            raise DocumentError("permit-mismatch")
    return body
