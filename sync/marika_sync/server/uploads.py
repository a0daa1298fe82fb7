"""tus uploads kept in the database: creation, offset, append, termination.

Chunks are rows, so the bytes live wherever the database does (two server processes
sharing PostgreSQL see the same uploads). Appending inserts the chunk and advances the
offset in one transaction guarded by `received = expected`: two writers can never both
append at one offset. The header is verified as soon as it has arrived (a forged upload
is dropped early); the last chunk verifies and stores the whole batch in the same
transaction, so "complete" and "stored" can never disagree.

Creating (or finding again) an upload needs an upload permit signed by the annotator's
enrolled device key over the batch id, hash and length; deleting one needs a delete
permit over the upload's id (marika_sync.permits). Each annotator may hold at most
MAX_OPEN_UPLOADS unfinished uploads of at most MAX_OPEN_BYTES in all.
"""

from __future__ import annotations

import re
import secrets
import struct
import time
from dataclasses import dataclass

from peewee import fn

from .. import permits
from ..crypto import CryptoError, SigningKey
from ..errors import BatchError, DocumentError
from ..sealing import MAX_METADATA, header_size, verify_header
from .batches import accept_batch, existing_receipt, registered_device
from .db import Batch, Chunk, Upload, database
from .refusal import Refusal
from .statements import latest_seq

_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_ID = re.compile(r"^[0-9A-Za-z._:-]{1,64}$")
_PREFIX = struct.Struct(">4sBI")
MAX_OPEN_UPLOADS = 16  # unfinished uploads per annotator
MAX_OPEN_BYTES = 256 * 1024 * 1024  # announced bytes of those, in all


def permit_from(header: str | None) -> bytes | None:
    """The permit in a `Marika-Permit` header value (None when absent or malformed: the
    request is then refused as unpermitted)."""
    try:
        return permits.from_header(header)
    except DocumentError:
        return None


def _permitted(permit: bytes | None, annotator_id: str, action: str, **expected) -> None:
    """Refuse (403 bad-permit) unless the annotator's enrolled device key signed `permit`
    for `action` and exactly these fields."""
    device = registered_device(annotator_id)  # 403 unknown-annotator
    try:
        if permit is None:
            raise DocumentError("no-permit")
        permits.check(permit, device=device, action=action, annotator_id=annotator_id,
                      **expected)
    except (DocumentError, CryptoError) as exc:
        raise Refusal(403, "bad-permit", "this request needs a permit signed by the "
                      "annotator's enrolled device key") from exc


def _within_quota(annotator_id: str, length: int) -> None:
    """Refuse (429) an upload of `length` bytes past the annotator's open-upload quota;
    one query counts the unfinished uploads and sums their announced bytes."""
    count, held = (Upload.select(fn.COUNT(Upload.upload_id),
                                 fn.COALESCE(fn.SUM(Upload.length), 0))
                   .where((Upload.annotator_id == annotator_id) & Upload.completed_at.is_null())
                   .tuples().get())
    if count + 1 > MAX_OPEN_UPLOADS or held + length > MAX_OPEN_BYTES:
        raise Refusal(429, "upload-quota", "too many unfinished uploads for this "
                      "annotator: finish or let them expire first")


@dataclass(frozen=True)
class UploadInfo:
    upload_id: str
    length: int
    offset: int
    complete: bool
    metadata: str = ""  # the Upload-Metadata header as sent at creation
    receipt: bytes | None = None  # the batch's receipt, when known to be stored
    stored_now: bool = False  # this very request stored the batch
    # With a receipt, when asked for (`with_seq`): the annotator's latest statement.
    statements_seq: int | None = None


def _info(row: Upload, receipt: bytes | None = None, *, with_seq: bool = False) -> UploadInfo:
    complete = row.completed_at is not None
    if not complete or receipt is None:
        return UploadInfo(row.upload_id, row.length, row.received, complete, row.metadata)
    return UploadInfo(row.upload_id, row.length, row.received, True, row.metadata, receipt,
                      statements_seq=latest_seq(row.annotator_id) if with_seq else None)


def create(*, batch_id: str, sha256: str, annotator_id: str, length: int,
           max_size: int, metadata: str = "", permit: bytes | None = None,
           now: float | None = None, with_seq: bool = False) -> tuple[UploadInfo, bool]:
    """Create an upload, or find the one for the same batch and hash: (info, existed).
    A length of 0 is a valid tus upload; it can never hold a batch, so its only PATCH
    (empty, at offset 0) is refused as a bad batch. `permit`: the upload permit for
    exactly this batch, hash and length. `with_seq`: look up `statements_seq` when there
    is a receipt (only a reply with the receipt inline says it)."""
    if not _ID.match(batch_id or "") or not _HEX64.match(sha256 or ""):
        raise Refusal(400, "bad-metadata", "batch_id and sha256 are required")
    if length < 0 or length > max_size:
        raise Refusal(413, "too-large", "Upload-Length is over Tus-Max-Size")
    _permitted(permit, annotator_id, permits.UPLOAD, batch_id=batch_id, sha256=sha256,
               length=length)
    now = time.time() if now is None else now
    stored = existing_receipt(batch_id, sha256)  # raises 409 for another batch under the id
    with database.atomic():
        row = Upload.get_or_none((Upload.batch_id == batch_id) & (Upload.sha256 == sha256))
        if row is not None:
            if row.length != length:
                raise Refusal(409, "batch-conflict", "same batch announced with another length")
            return _info(row, stored, with_seq=with_seq), True
        upload_id = secrets.token_hex(16)  # unguessable: the URL is a capability
        done = stored is not None  # already stored (e.g. via USB): a finished upload
        if not done:
            _within_quota(annotator_id, length)
        Upload.insert(upload_id=upload_id, batch_id=batch_id, sha256=sha256,
                      annotator_id=annotator_id, length=length, metadata=metadata,
                      received=length if done else 0, header_ok=done, created_at=now,
                      completed_at=now if done else None).on_conflict_ignore().execute()
    row = Upload.get((Upload.batch_id == batch_id) & (Upload.sha256 == sha256))
    if row.length != length:
        raise Refusal(409, "batch-conflict", "same batch announced with another length")
    return _info(row, stored, with_seq=with_seq), row.upload_id != upload_id or done


def head(upload_id: str) -> UploadInfo:
    row = Upload.get_or_none(Upload.upload_id == upload_id)
    if row is None:
        raise Refusal(404, "not-found", "no such upload")
    return _info(row)


def _bytes_so_far(upload_id: str) -> bytes:
    rows = Chunk.select(Chunk.data).where(Chunk.upload_id == upload_id).order_by(Chunk.start)
    return b"".join(bytes(r.data) for r in rows)


def _discard(upload_id: str) -> None:
    Chunk.delete().where(Chunk.upload_id == upload_id).execute()
    Upload.delete().where(Upload.upload_id == upload_id).execute()


def _check_header(row: Upload, data: bytes) -> bool:
    """True once the header verified; False while it has not all arrived yet."""
    if len(data) >= _PREFIX.size and _PREFIX.unpack_from(data)[2] > MAX_METADATA:
        raise BatchError("bad-metadata")
    needed = header_size(data)
    if needed is None or len(data) < needed:
        return False
    meta = verify_header(data[:needed], expected_device=registered_device(row.annotator_id))
    if meta["batch_id"] != row.batch_id or meta["annotator_id"] != row.annotator_id:
        raise BatchError("bad-metadata")
    return True


def append(upload_id: str, offset: int, chunk: bytes, *, key: SigningKey,
           now: float | None = None, with_seq: bool = False) -> UploadInfo:
    """Append `chunk` at `offset`; `stored_now` and `receipt` say when this completed and
    stored the batch (and `statements_seq`, `with_seq`, the annotator's latest statement)."""
    now = time.time() if now is None else now
    refusal = None
    with database.atomic() as txn:
        row = Upload.get_or_none(Upload.upload_id == upload_id)
        if row is None:
            raise Refusal(404, "not-found", "no such upload")
        if row.completed_at is not None or row.received != offset:
            raise Refusal(409, "offset-mismatch", "Upload-Offset differs from the server's")
        if offset + len(chunk) > row.length:
            raise Refusal(413, "too-large", "chunk goes past Upload-Length")
        moved = (Upload.update(received=Upload.received + len(chunk))
                 .where((Upload.upload_id == upload_id) & (Upload.received == offset)
                        & Upload.completed_at.is_null()).execute())
        if moved != 1:  # another writer got there first
            raise Refusal(409, "offset-mismatch", "Upload-Offset differs from the server's")
        Chunk.insert(upload_id=upload_id, start=offset, data=chunk).execute()
        new_offset = offset + len(chunk)
        receipt = None
        try:
            if not row.header_ok:
                data = _bytes_so_far(upload_id)
                if _check_header(row, data):
                    Upload.update(header_ok=True).where(Upload.upload_id == upload_id).execute()
            if new_offset == row.length:
                data = _bytes_so_far(upload_id)
                receipt = accept_batch_checked(data, row, key=key, now=now)
                Chunk.delete().where(Chunk.upload_id == upload_id).execute()
                Upload.update(completed_at=now).where(Upload.upload_id == upload_id).execute()
        except (BatchError, Refusal) as exc:
            # A forged or corrupt upload: drop it whole, and say so.
            txn.rollback()
            _discard(upload_id)
            refusal = exc
    if refusal is not None:
        if isinstance(refusal, Refusal) and refusal.status == 409:
            raise refusal
        code = getattr(refusal, "reason", getattr(refusal, "code", "bad"))
        status = 403 if new_offset < row.length else 422
        raise Refusal(status, "bad-batch", f"batch refused: {code}")
    stored = receipt is not None
    return UploadInfo(upload_id, row.length, new_offset, stored, row.metadata, receipt, stored,
                      latest_seq(row.annotator_id) if stored and with_seq else None)


def accept_batch_checked(data: bytes, row: Upload, *, key: SigningKey, now: float) -> bytes:
    import hashlib

    if hashlib.sha256(data).hexdigest() != row.sha256:
        raise Refusal(422, "bad-batch", "the bytes do not match the announced hash")
    receipt = accept_batch(data, key=key, now=now)
    stored = Batch.get(Batch.batch_id == row.batch_id)
    if stored.annotator_id != row.annotator_id:
        raise Refusal(422, "bad-batch", "the batch belongs to another annotator")
    return receipt


def terminate(upload_id: str, *, permit: bytes | None = None) -> None:
    """Free an upload, with a delete permit for it by its annotator's device key. A batch
    already stored stays stored (it has a receipt)."""
    with database.atomic():
        row = Upload.get_or_none(Upload.upload_id == upload_id)
        if row is None:
            raise Refusal(404, "not-found", "no such upload")
        _permitted(permit, row.annotator_id, permits.DELETE, upload_id=upload_id)
        _discard(upload_id)


def expire(older_than: float) -> int:
    """Drop unfinished uploads untouched since `older_than` (the serve loop calls it)."""
    stale = [u.upload_id for u in Upload.select(Upload.upload_id).where(
        Upload.completed_at.is_null() & (Upload.created_at < older_than))]
    with database.atomic():
        for upload_id in stale:
            _discard(upload_id)
    return len(stale)
