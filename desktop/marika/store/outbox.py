"""The client's sync records: enrollment, the outbox of sealed batches, receipts and
statements (schema: migrations/m0002_sync.py).

Every write is one transaction and idempotent, because a commit reported as failed may
have happened and every sync step may be retried. Statements never reach this table in
plaintext: callers pass the profile's `cipher` (encrypt(aad, data) / decrypt(aad, blob)),
or store them still sealed to the profile's box key.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from peewee import BlobField, FloatField, IntegerField, TextField, fn

# The sync library names the states and forms; this module is its `SyncStore`.
from marika_sync.storage import (  # noqa: F401 - re-exported for the desktop
    BOX_FORM,
    DELIVERED,
    PROFILE_FORM,
    SEALED,
    UPLOADING,
)
from marika_sync.tr import QT_TRANSLATE_NOOP

from ..core.errors import StoreError
from .db import database, ensure_space
from .models import Annotation, BaseModel


class SyncEnrollment(BaseModel):
    profile_id = TextField(primary_key=True)
    annotator_id = TextField()
    server_url = TextField()
    server_key = TextField()
    document = BlobField()
    enrolled_at = FloatField()
    seal = BlobField(null=True)  # the profile's MAC (migration 5; marika.local_trust)

    class Meta:
        table_name = "sync_enrollment"


class OutboxBatch(BaseModel):
    batch_id = TextField(primary_key=True)
    profile_id = TextField()
    package_id = TextField()
    package_version = IntegerField()
    item_count = IntegerField()
    sha256 = TextField()
    size = IntegerField()
    data = BlobField()
    state = TextField(default=SEALED)
    upload_url = TextField(null=True)
    attempts = IntegerField(default=0)
    next_attempt_at = FloatField(default=0)
    last_error = TextField(null=True)
    created_at = FloatField()
    delivered_at = FloatField(null=True)
    exported_at = FloatField(null=True)

    class Meta:
        table_name = "outbox_batch"


class SyncReceipt(BaseModel):
    batch_id = TextField(primary_key=True)
    profile_id = TextField()
    sha256 = TextField()
    document = BlobField()
    received_at = FloatField()
    stored_at = FloatField()

    class Meta:
        table_name = "sync_receipt"


class SyncStatement(BaseModel):
    statement_id = TextField(primary_key=True)
    profile_id = TextField()
    seq = IntegerField()
    issued_at = FloatField()
    stored_at = FloatField()
    form = TextField()
    blob = BlobField()

    class Meta:
        table_name = "sync_statement"


MODELS = [SyncEnrollment, OutboxBatch, SyncReceipt, SyncStatement]


class OutboxError(StoreError):
    pass


@dataclass(frozen=True)
class OutboxCounts:
    sealed: int
    uploading: int
    delivered: int

    @property
    def pending(self) -> int:
        return self.sealed + self.uploading


def statement_aad(profile_id: str, statement_id: str) -> bytes:
    return f"marika:{profile_id}:statement:{statement_id}".encode()


# ---------------------------------------------------------------- enrollment

def save_enrollment(*, profile_id: str, annotator_id: str, server_url: str, server_key: str,
                    document: bytes, now: float | None = None,
                    seal: bytes | None = None) -> None:
    SyncEnrollment.insert(profile_id=profile_id, annotator_id=annotator_id,
                          server_url=server_url, server_key=server_key, document=document,
                          enrolled_at=time.time() if now is None else now, seal=seal
                          ).on_conflict_replace().execute()


def seal_enrollment(profile_id: str, seal: bytes) -> None:
    SyncEnrollment.update(seal=seal).where(SyncEnrollment.profile_id == profile_id).execute()


def enrollment(profile_id: str) -> SyncEnrollment | None:
    return SyncEnrollment.get_or_none(SyncEnrollment.profile_id == profile_id)


def enrollments() -> list[SyncEnrollment]:
    return list(SyncEnrollment.select())


# ---------------------------------------------------------------- outbox

def enqueue(*, profile_id: str, batch_id: str, package_id: str, package_version: int,
            item_count: int, sha256: str, data: bytes, annotation_uuids: list[str],
            now: float | None = None) -> None:
    """Put a sealed batch in the outbox and mark its annotations submitted, together.

    Raises OutboxError (and changes nothing) when an annotation is missing, belongs to
    another profile, or is already in another batch."""
    ensure_space()
    now = time.time() if now is None else now
    with database.atomic():
        existing = OutboxBatch.get_or_none(OutboxBatch.batch_id == batch_id)
        if existing is not None:
            if existing.sha256 != sha256:
                raise OutboxError(QT_TRANSLATE_NOOP(
                    "Errors", "A different batch with the same id is already waiting."))
            return  # the same enqueue again
        OutboxBatch.insert(batch_id=batch_id, profile_id=profile_id, package_id=package_id,
                           package_version=package_version, item_count=item_count,
                           sha256=sha256, size=len(data), data=data, created_at=now).execute()
        if annotation_uuids:
            marked = (Annotation.update(batch_id=batch_id)
                      .where(Annotation.uuid.in_(annotation_uuids)
                             & (Annotation.profile == profile_id)
                             & Annotation.batch_id.is_null()).execute())
            if marked != len(set(annotation_uuids)):
                raise OutboxError(QT_TRANSLATE_NOOP(
                    "Errors", "Some of these items were already submitted."))


def get_batch(batch_id: str) -> OutboxBatch | None:
    return OutboxBatch.get_or_none(OutboxBatch.batch_id == batch_id)


# Longer than any backoff or Retry-After: a next attempt further ahead was scheduled
# while the clock ran ahead, and is due now (core/clock.py).
MAX_WAIT_S = 2 * 86_400


def due(now: float):
    """The condition "this batch's next attempt is due" at `now`."""
    return ((OutboxBatch.next_attempt_at <= now)
            | (OutboxBatch.next_attempt_at > now + MAX_WAIT_S))


def due_batches(profile_id: str, *, now: float | None = None,
                include_waiting: bool = False) -> list[OutboxBatch]:
    """Undelivered batches whose next attempt is due (all undelivered with
    include_waiting), oldest first."""
    now = time.time() if now is None else now
    query = OutboxBatch.select().where((OutboxBatch.profile_id == profile_id)
                                       & (OutboxBatch.state != DELIVERED))
    if not include_waiting:
        query = query.where(due(now))
    return list(query.order_by(OutboxBatch.created_at, OutboxBatch.batch_id))


def undelivered(*, profile_id: str | None = None) -> list[OutboxBatch]:
    query = OutboxBatch.select().where(OutboxBatch.state != DELIVERED)
    if profile_id is not None:
        query = query.where(OutboxBatch.profile_id == profile_id)
    return list(query.order_by(OutboxBatch.created_at, OutboxBatch.batch_id))


def counts(profile_id: str) -> OutboxCounts:
    rows = (OutboxBatch.select(OutboxBatch.state, fn.COUNT(OutboxBatch.batch_id).alias("n"))
            .where(OutboxBatch.profile_id == profile_id).group_by(OutboxBatch.state).tuples())
    found = dict(rows)
    return OutboxCounts(found.get(SEALED, 0), found.get(UPLOADING, 0), found.get(DELIVERED, 0))


def set_upload_url(batch_id: str, url: str) -> None:
    (OutboxBatch.update(upload_url=url, state=UPLOADING)
     .where((OutboxBatch.batch_id == batch_id) & (OutboxBatch.state != DELIVERED)).execute())


def clear_upload_url(batch_id: str) -> None:
    (OutboxBatch.update(upload_url=None)
     .where(OutboxBatch.batch_id == batch_id).execute())


def record_failure(batch_id: str, *, error: str, next_attempt_at: float,
                   count: bool = True) -> None:
    """Remember a failed attempt (a stable error code, never a message with data)."""
    update = {"last_error": error[:100], "next_attempt_at": next_attempt_at}
    if count:
        update["attempts"] = OutboxBatch.attempts + 1
    (OutboxBatch.update(**update)
     .where((OutboxBatch.batch_id == batch_id) & (OutboxBatch.state != DELIVERED)).execute())


def mark_delivered(*, batch_id: str, receipt: bytes, received_at: float,
                   now: float | None = None) -> bool:
    """Store a verified receipt and mark the batch delivered; False if it already was."""
    now = time.time() if now is None else now
    with database.atomic():
        row = OutboxBatch.get_or_none(OutboxBatch.batch_id == batch_id)
        if row is None:
            raise OutboxError(QT_TRANSLATE_NOOP("Errors", "This batch is not in the outbox."))
        SyncReceipt.insert(batch_id=batch_id, profile_id=row.profile_id, sha256=row.sha256,
                           document=receipt, received_at=received_at, stored_at=now
                           ).on_conflict_ignore().execute()
        changed = (OutboxBatch.update(state=DELIVERED, delivered_at=now, last_error=None,
                                      upload_url=None)
                   .where((OutboxBatch.batch_id == batch_id)
                          & (OutboxBatch.state != DELIVERED)).execute())
    return changed == 1


def mark_exported(batch_ids: list[str], *, now: float | None = None) -> None:
    now = time.time() if now is None else now
    OutboxBatch.update(exported_at=now).where(OutboxBatch.batch_id.in_(batch_ids)).execute()


def receipt(batch_id: str) -> SyncReceipt | None:
    return SyncReceipt.get_or_none(SyncReceipt.batch_id == batch_id)


def receipts(profile_id: str) -> list[SyncReceipt]:
    return list(SyncReceipt.select().where(SyncReceipt.profile_id == profile_id)
                .order_by(SyncReceipt.received_at))


# ---------------------------------------------------------------- statements

def store_statement(*, profile_id: str, statement_id: str, seq: int, issued_at: float,
                    document: bytes, cipher, now: float | None = None) -> bool:
    """Store a verified statement document encrypted with the profile's key.
    Replaces a box-form copy of the same statement; False if already held decrypted."""
    now = time.time() if now is None else now
    blob = cipher.encrypt(statement_aad(profile_id, statement_id), document)
    with database.atomic():
        row = SyncStatement.get_or_none(SyncStatement.statement_id == statement_id)
        if row is not None and row.form == PROFILE_FORM:
            return False
        if row is not None:
            (SyncStatement.update(form=PROFILE_FORM, blob=blob, stored_at=now)
             .where(SyncStatement.statement_id == statement_id).execute())
            return True
        SyncStatement.insert(statement_id=statement_id, profile_id=profile_id, seq=seq,
                             issued_at=issued_at, stored_at=now, form=PROFILE_FORM,
                             blob=blob).on_conflict_ignore().execute()
    return True


def store_sealed_statement(*, profile_id: str, statement_id: str, seq: int,
                           issued_at: float, envelope: bytes,
                           now: float | None = None) -> bool:
    """Keep a statement still sealed to the profile's box key (imported from a USB stick
    while that profile was not logged in); it is opened at the profile's next visit."""
    now = time.time() if now is None else now
    with database.atomic():
        if statement_form(statement_id) is not None:
            return False
        SyncStatement.insert(statement_id=statement_id, profile_id=profile_id, seq=seq,
                             issued_at=issued_at, stored_at=now, form=BOX_FORM, blob=envelope
                             ).on_conflict_ignore().execute()
    return True


def statement_form(statement_id: str) -> str | None:
    """PROFILE_FORM, BOX_FORM, or None when this statement is not held."""
    row = (SyncStatement.select(SyncStatement.form)
           .where(SyncStatement.statement_id == statement_id).first())
    return row.form if row else None


def statement_rows(profile_id: str) -> list[SyncStatement]:
    return list(SyncStatement.select().where(SyncStatement.profile_id == profile_id)
                .order_by(SyncStatement.seq))


def delete_statement(statement_id: str) -> None:
    SyncStatement.delete().where(SyncStatement.statement_id == statement_id).execute()


def last_statement_seq(profile_id: str) -> int:
    return (SyncStatement.select(fn.MAX(SyncStatement.seq))
            .where(SyncStatement.profile_id == profile_id).scalar() or 0)


def decrypt_statement(row: SyncStatement, cipher) -> bytes:
    return cipher.decrypt(statement_aad(row.profile_id, row.statement_id), bytes(row.blob))
