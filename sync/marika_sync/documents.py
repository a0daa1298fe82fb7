"""Signed documents: receipts, statements, enrollment and statement-query requests, and
upload permits.

One envelope for all (docs/SYNC_PROTOCOL.md §2). The kind is inside the signed message,
so a receipt can never be replayed as a statement. Verifiers always say which key they
expect; the `signer` field only tells them which key the sender claims to have used.
"""

from __future__ import annotations

import base64
import binascii
import json

from .canonical import canonical_json
from .crypto import CryptoError, SigningKey, VerifyKey, constant_time_equal
from .errors import DocumentError

DOMAIN = b"marika-doc-v1\0"
MAX_DOCUMENT = 8 * 1024 * 1024

ENROLL_REQUEST = "enroll-request"
ENROLLMENT = "enrollment"
RECEIPT = "receipt"
STATEMENT_QUERY = "statement-query"
STATEMENT = "statement"
UPLOAD_PERMIT = "upload-permit"
KINDS = (ENROLL_REQUEST, ENROLLMENT, RECEIPT, STATEMENT_QUERY, STATEMENT, UPLOAD_PERMIT)


def _message(kind: str, body: dict) -> bytes:
    return DOMAIN + kind.encode() + b"\0" + canonical_json(body)


def sign_document(key: SigningKey, kind: str, body: dict) -> bytes:
    """Canonical JSON bytes of the signed envelope."""
    if kind not in KINDS:
        raise ValueError(kind)
    sig = key.sign(_message(kind, body))
    return canonical_json({"kind": kind, "body": body, "signer": key.public.to_text(),
                           "sig": base64.b64encode(sig).decode("ascii")})


def parse_document(data: bytes, kind: str) -> tuple[dict, VerifyKey, bytes]:
    """(body, claimed signer, signature), after structural checks only."""
    if not isinstance(data, (bytes, bytearray)) or len(data) > MAX_DOCUMENT:
        raise DocumentError("too-large")
    try:
        doc = json.loads(bytes(data).decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise DocumentError("malformed") from exc
    if (not isinstance(doc, dict) or set(doc) != {"kind", "body", "signer", "sig"}
            or not isinstance(doc["body"], dict) or not isinstance(doc["signer"], str)
            or not isinstance(doc["sig"], str)):
        raise DocumentError("malformed")
    if doc["kind"] != kind:
        raise DocumentError("wrong-kind")
    try:
        signer = VerifyKey.from_text(doc["signer"])
        sig = base64.b64decode(doc["sig"], validate=True)
    except (CryptoError, binascii.Error, ValueError) as exc:
        raise DocumentError("malformed") from exc
    return doc["body"], signer, sig


def verify_document(data: bytes, kind: str, expected: VerifyKey) -> dict:
    """The body of a document of `kind` signed by `expected`, or DocumentError."""
    body, signer, sig = parse_document(data, kind)
    if not constant_time_equal(signer.raw, expected.raw):
        raise DocumentError("wrong-signer")
    try:
        expected.verify(sig, _message(kind, body))
    except CryptoError as exc:
        raise DocumentError("bad-signature") from exc
    return body


def verify_self_signed(data: bytes, kind: str) -> tuple[dict, VerifyKey]:
    """For requests whose signer is being introduced (enrollment): proof of possession."""
    body, signer, _sig = parse_document(data, kind)
    return verify_document(data, kind, signer), signer


def require(body: dict, fields: dict) -> dict:
    """Check that `body` has each field with the given type; return it."""
    for name, kind in fields.items():
        value = body.get(name)
        ok = (type(value) is int) if kind is int else isinstance(value, kind)
        if not ok:
            raise DocumentError("malformed")
    return body
