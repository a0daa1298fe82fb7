"""One-time enrollment codes and device enrollment.

The supervisor prints codes; a profile sends its device key (Ed25519) and box key
(X25519) once with a code, in a request signed by the device key (proof that it holds
it). Only a hash of each code is stored. The answer is a signed enrollment document;
asking again with the same code and keys returns the same document (the first answer
may have been lost on the way back), and so does a new code sent with the same keys
(the first answer was refused on the client, say for a wrong server key at the office).
"""

from __future__ import annotations

import hashlib
import secrets
import time

from peewee import IntegrityError

from .. import documents
from ..crypto import BoxPublicKey, CryptoError, SigningKey, VerifyKey
from ..errors import DocumentError
from .db import Annotator, EnrollCode, database
from .refusal import Refusal

# Crockford-like alphabet without look-alikes (0/O, 1/I/L) for codes read aloud or typed.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_GROUPS = 3
GROUP_LEN = 4
DEFAULT_VALID_DAYS = 30


def normalise(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch in ALPHABET)


def _hash(code: str) -> str:
    return hashlib.sha256(b"marika-enroll-code\0" + normalise(code).encode()).hexdigest()


def new_codes(count: int, *, valid_days: float = DEFAULT_VALID_DAYS,
              now: float | None = None) -> list[str]:
    now = time.time() if now is None else now
    codes = []
    with database.atomic():
        for _ in range(count):
            raw = "".join(secrets.choice(ALPHABET) for _ in range(CODE_GROUPS * GROUP_LEN))
            code = "-".join(raw[i:i + GROUP_LEN] for i in range(0, len(raw), GROUP_LEN))
            EnrollCode.create(code_hash=_hash(code), created_at=now,
                              expires_at=now + valid_days * 86400)
            codes.append(code)
    return codes


def _parse(request: bytes) -> tuple[dict, VerifyKey]:
    try:
        body, signer = documents.verify_self_signed(request, documents.ENROLL_REQUEST)
        documents.require(body, {"code": str, "annotator_id": str, "device_key": str,
                                 "box_key": str, "display_name": str})
        BoxPublicKey.from_text(body["box_key"])
        if VerifyKey.from_text(body["device_key"]) != signer:
            raise DocumentError("wrong-signer")
    except (DocumentError, CryptoError) as exc:
        raise Refusal(400, "bad-request", "malformed or unsigned enrollment request") from exc
    annotator_id = body["annotator_id"]
    if not 1 <= len(annotator_id) <= 128 or not annotator_id.isprintable():
        raise Refusal(400, "bad-request", "bad annotator id")
    return body, signer


def enroll(request: bytes, *, key: SigningKey, now: float | None = None) -> bytes:
    """Register the request's keys with its code; return the signed enrollment."""
    body, _signer = _parse(request)
    now = time.time() if now is None else now
    code_hash = _hash(body["code"])
    try:
        with database.atomic():
            code = EnrollCode.get_or_none(EnrollCode.code_hash == code_hash)
            if code is None or code.expires_at < now:
                raise Refusal(403, "bad-code", "unknown or expired enrollment code")
            existing = Annotator.get_or_none(Annotator.annotator_id == body["annotator_id"])
            if code.used_at is not None:
                if (existing is not None and existing.code_hash == code_hash
                        and existing.device_key == body["device_key"]
                        and existing.box_key == body["box_key"]):
                    return bytes(existing.reply)  # the same request again
                raise Refusal(409, "code-used", "this code was already used")
            if existing is not None and not (existing.device_key == body["device_key"]
                                             and existing.box_key == body["box_key"]):
                raise Refusal(409, "annotator-exists", "this annotator is already enrolled")
            taken = (EnrollCode.update(used_at=now, annotator_id=body["annotator_id"])
                     .where((EnrollCode.code_hash == code_hash) & EnrollCode.used_at.is_null())
                     .execute())
            if taken != 1:
                raise Refusal(409, "code-used", "this code was already used")
            if existing is not None:
                # The same device and box keys with a new code (the request is signed by
                # that device key): the first answer was refused on the client, e.g. the
                # office had a wrong server key. The same enrolment is answered again.
                EnrollCode.update(annotator_id=body["annotator_id"]).where(
                    EnrollCode.code_hash == code_hash).execute()
                return bytes(existing.reply)
            reply = documents.sign_document(key, documents.ENROLLMENT, {
                "annotator_id": body["annotator_id"], "device_key": body["device_key"],
                "box_key": body["box_key"], "display_name": body["display_name"][:200],
                "server_key": key.public.to_text(), "enrolled_at": now})
            Annotator.create(annotator_id=body["annotator_id"], device_key=body["device_key"],
                             box_key=body["box_key"], display_name=body["display_name"][:200],
                             code_hash=code_hash, enrolled_at=now, reply=reply)
            return reply
    except IntegrityError as exc:  # the device key is registered to someone else
        raise Refusal(409, "annotator-exists", "this device key is already enrolled") from exc
