"""Accepting a sealed batch exactly once, and its signed receipt.

The batch's primary key decides: the first complete, verified copy is stored with its
items and receipt in one transaction; the same id and hash again gets the stored receipt
bytes again; the same id with other bytes is refused. A concurrent duplicate insert from
another thread or process fails on the key and falls back to the same rules.
"""

from __future__ import annotations

import hashlib
import time

from peewee import IntegrityError

from .. import documents
from ..canonical import canonical_json
from ..crypto import CryptoError, SigningKey, VerifyKey
from ..errors import BatchError
from ..receipts import items_digest
from ..sealing import read_batch_metadata
from .db import Annotator, Batch, BatchItem, database
from .refusal import Refusal


def registered_device(annotator_id: str) -> VerifyKey:
    row = Annotator.get_or_none(Annotator.annotator_id == annotator_id)
    if row is None:
        raise Refusal(403, "unknown-annotator", "this annotator is not enrolled")
    return VerifyKey.from_text(row.device_key)


def verify_batch(data: bytes, *, sha256: str | None = None) -> dict:
    """Full check of a batch against its annotator's registered device key."""
    if sha256 is not None and hashlib.sha256(data).hexdigest() != sha256:
        raise Refusal(422, "bad-batch", "the bytes do not match the announced hash")
    try:
        unverified = read_batch_metadata(data)
        device = registered_device(unverified["annotator_id"])
        return read_batch_metadata(data, expected_device=device)
    except (BatchError, CryptoError) as exc:
        raise Refusal(422, "bad-batch", f"batch refused: {getattr(exc, 'reason', 'bad')}"
                      ) from exc


def existing_receipt(batch_id: str, sha256: str) -> bytes | None:
    """The stored receipt for this exact batch, None if not stored, Refusal if the id is
    taken by other content."""
    row = Batch.get_or_none(Batch.batch_id == batch_id)
    if row is None:
        return None
    if row.sha256 != sha256:
        raise Refusal(409, "batch-conflict", "another batch is stored under this id")
    return bytes(row.receipt)


def _receipt(key: SigningKey, meta: dict, sha256: str, size: int, now: float) -> bytes:
    return documents.sign_document(key, documents.RECEIPT, {
        "batch_id": meta["batch_id"], "sha256": sha256, "size": size,
        "annotator_id": meta["annotator_id"], "package_id": meta["package_id"],
        "package_version": meta["package_version"],
        "items_sha256": items_digest(meta["items"]),
        "received_at": now})


def accept_batch(data: bytes, *, key: SigningKey, now: float | None = None) -> bytes:
    """Verify and store `data` once; return its receipt (the stored bytes if known)."""
    data = bytes(data)
    sha256 = hashlib.sha256(data).hexdigest()
    meta = verify_batch(data)
    known = existing_receipt(meta["batch_id"], sha256)
    if known is not None:
        return known
    now = time.time() if now is None else now
    receipt = _receipt(key, meta, sha256, len(data), now)
    try:
        with database.atomic():  # a savepoint when called inside the upload transaction
            Batch.insert(
                batch_id=meta["batch_id"], sha256=sha256, size=len(data),
                annotator_id=meta["annotator_id"], package_id=meta["package_id"],
                package_version=meta["package_version"], results_key=meta["results_key"],
                metadata=canonical_json(meta).decode("utf-8"), data=data, receipt=receipt,
                received_at=now).execute()
            BatchItem.insert_many([
                {"batch_id": meta["batch_id"], "item_key": i["item_key"],
                 "annotator_id": meta["annotator_id"], "package_id": meta["package_id"],
                 "package_version": meta["package_version"], "status": i["status"],
                 "claim": i["claim"]} for i in meta["items"]]).execute()
    except IntegrityError:
        # Someone else stored this id between our check and our insert.
        known = existing_receipt(meta["batch_id"], sha256)
        if known is None:
            raise
        return known
    return receipt
