"""Pay statements on the client: opening, verifying, storing encrypted, and listing them
for offline viewing.

A statement arrives sealed to the profile's box key (over HTTP or on a USB stick). It is
opened with the box key, verified against the server key pinned at enrollment, and
stored encrypted with the profile key. Each item's latest decision wins; statements are
numbered and chained by hash, so a missing one shows as a gap.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import time
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from . import crypto, documents
from .crypto import BoxPrivateKey, CryptoError, SigningKey, VerifyKey
from .errors import DocumentError
from .storage import BOX_FORM, SyncStore


@dataclass(frozen=True)
class StatementLine:
    batch_id: str
    package_id: str
    package_version: int
    item_key: str
    status: str
    decision: str
    reason: str
    rate: Decimal
    currency: str
    amount: Decimal


@dataclass(frozen=True)
class StatementPayment:
    """Money the office paid out, recorded on a statement (`marika-server payout`)."""
    payment_id: str
    currency: str
    amount: Decimal
    paid_at: float
    reference: str


@dataclass(frozen=True)
class Statement:
    statement_id: str
    seq: int
    issued_at: float
    prev_sha256: str
    sha256: str
    totals: dict  # currency -> Decimal (the sum of the lines)
    items: tuple[StatementLine, ...]
    payments: tuple[StatementPayment, ...] = ()


def statement_aad(statement_id: str) -> bytes:
    return b"marika-statement:" + statement_id.encode()


def _decimal(text: object) -> Decimal:
    try:
        value = Decimal(str(text))
    except InvalidOperation as exc:
        raise DocumentError("malformed") from exc
    if not value.is_finite():
        raise DocumentError("malformed")
    return value


def parse_statement(document: bytes, *, server_key: VerifyKey, annotator_id: str) -> Statement:
    body = documents.verify_document(document, documents.STATEMENT, server_key)
    documents.require(body, {"statement_id": str, "annotator_id": str, "seq": int,
                             "prev_sha256": str, "issued_at": (int, float), "totals": dict,
                             "items": list})
    if body["annotator_id"] != annotator_id:
        raise DocumentError("wrong-annotator")
    lines = []
    for item in body["items"]:
        if not isinstance(item, dict):
            raise DocumentError("malformed")
        documents.require(item, {"batch_id": str, "package_id": str, "package_version": int,
                                 "item_key": str, "status": str, "decision": str,
                                 "reason": str, "currency": str})
        lines.append(StatementLine(
            item["batch_id"], item["package_id"], item["package_version"], item["item_key"],
            item["status"], item["decision"], item["reason"], _decimal(item.get("rate")),
            item["currency"], _decimal(item.get("amount"))))
    payments = []
    for payment in body.get("payments") or ():
        if not isinstance(payment, dict):
            raise DocumentError("malformed")
        documents.require(payment, {"payment_id": str, "currency": str,
                                    "paid_at": (int, float), "reference": str})
        payments.append(StatementPayment(
            payment["payment_id"], payment["currency"], _decimal(payment.get("amount")),
            float(payment["paid_at"]), payment["reference"]))
    return Statement(body["statement_id"], body["seq"], float(body["issued_at"]),
                     body["prev_sha256"], hashlib.sha256(document).hexdigest(),
                     {c: _decimal(v) for c, v in body["totals"].items()}, tuple(lines),
                     tuple(payments))


def open_envelope(envelope: dict, box_key: BoxPrivateKey) -> bytes:
    """The statement document inside an envelope (not yet verified)."""
    try:
        statement_id = envelope["statement_id"]
        sealed = base64.b64decode(envelope["box"], validate=True)
        return crypto.box_decrypt(box_key, sealed, statement_aad(statement_id))
    except (KeyError, TypeError, binascii.Error, ValueError, CryptoError) as exc:
        raise DocumentError("bad-envelope") from exc


def envelope_fields(envelope: dict) -> tuple[str, int, float]:
    """(statement_id, seq, issued_at) of an envelope, type-checked."""
    documents.require(envelope, {"statement_id": str, "seq": int, "issued_at": (int, float),
                                 "box": str})
    return envelope["statement_id"], envelope["seq"], float(envelope["issued_at"])


def accept_envelope(envelope: dict, *, store: SyncStore, profile_id: str, annotator_id: str,
                    server_key: VerifyKey, box_key: BoxPrivateKey, cipher) -> Statement:
    """Open, verify and store one statement (idempotent)."""
    statement_id, seq, issued_at = envelope_fields(envelope)
    document = open_envelope(envelope, box_key)
    statement = parse_statement(document, server_key=server_key, annotator_id=annotator_id)
    if statement.statement_id != statement_id or statement.seq != seq:
        raise DocumentError("bad-envelope")
    store.store_statement(profile_id=profile_id, statement_id=statement_id, seq=seq,
                           issued_at=issued_at, document=document, cipher=cipher)
    return statement


def make_query(*, annotator_id: str, after: int, device_key: SigningKey,
               now: float | None = None) -> bytes:
    return documents.sign_document(device_key, documents.STATEMENT_QUERY, {
        "annotator_id": annotator_id, "after": int(after),
        "created_at": float(time.time() if now is None else now),
        "nonce": base64.b64encode(crypto.random_key()[:12]).decode()})


def list_statements(*, store: SyncStore, profile_id: str, cipher,
                    box_key: BoxPrivateKey) -> list[Statement]:
    """Every statement this profile holds, verified, newest first. Statements that came
    sealed on a USB stick are opened and re-stored under the profile key on the way."""
    enrollment = store.enrollment(profile_id)
    if enrollment is None:
        return []
    server_key = VerifyKey.from_text(enrollment.server_key)
    result = []
    for row in store.statement_rows(profile_id):
        try:
            if row.form == BOX_FORM:
                envelope = json.loads(bytes(row.blob))
                result.append(accept_envelope(
                    envelope, store=store, profile_id=profile_id,
                    annotator_id=enrollment.annotator_id,
                    server_key=server_key, box_key=box_key, cipher=cipher))
                continue
            document = store.decrypt_statement(row, cipher)
            result.append(parse_statement(document, server_key=server_key,
                                          annotator_id=enrollment.annotator_id))
        except (CryptoError, ValueError):
            continue  # not openable with these keys: keep it, it may be someone's mistake
        except DocumentError as exc:
            if exc.reason != "bad-envelope":
                # Opened but not genuine: drop it so a valid copy can be fetched again.
                store.delete_statement(row.statement_id)
    result.sort(key=lambda s: s.seq, reverse=True)
    return result


def latest_lines(statements: list[Statement]) -> dict[tuple[str, str], StatementLine]:
    """Each item's current decision and amount: the latest statement naming it wins."""
    lines = {}
    for statement in sorted(statements, key=lambda s: s.seq):
        for line in statement.items:
            lines[(line.batch_id, line.item_key)] = line
    return lines


def earned(statements: list[Statement]) -> dict[str, Decimal]:
    """Total confirmed pay per currency."""
    totals: dict[str, Decimal] = {}
    for line in latest_lines(statements).values():
        totals[line.currency] = totals.get(line.currency, Decimal(0)) + line.amount
    return totals


def missing_seqs(statements: list[Statement]) -> list[int]:
    """Statement numbers the server issued that this profile does not hold."""
    held = {s.seq for s in statements}
    return [n for n in range(1, max(held, default=0) + 1) if n not in held]
