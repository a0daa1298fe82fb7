"""What the sync code needs from the client's records, and nothing more.

The sync library sits below the desktop app and never imports it. The desktop hands
each sync call its store (`marika.store.outbox` satisfies `SyncStore`), the way
tus-py-client hands its uploader a storage object (`tus.UploadState` is that
three-method interface for one upload's URL). Every write is idempotent and
committed before it returns, because a sync step may be retried at any time.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

# Batch states, and the two forms a stored statement can take.
SEALED, UPLOADING, DELIVERED = "sealed", "uploading", "delivered"
PROFILE_FORM, BOX_FORM = "profile", "box"  # encrypted to the profile / still sealed to its box key


class StoredEnrollment(Protocol):
    profile_id: str
    annotator_id: str
    server_url: str
    server_key: str


class StoredBatch(Protocol):
    batch_id: str
    profile_id: str
    sha256: str
    data: bytes
    state: str
    upload_url: str | None
    attempts: int


class StoredStatement(Protocol):
    statement_id: str
    profile_id: str
    seq: int
    form: str


class Counts(Protocol):
    @property
    def pending(self) -> int: ...


class SyncStore(Protocol):
    # enrollment
    def enrollment(self, profile_id: str) -> StoredEnrollment | None: ...
    def enrollments(self) -> Sequence[StoredEnrollment]: ...
    def save_enrollment(self, *, profile_id: str, annotator_id: str, server_url: str,
                        server_key: str, document: bytes, now: float | None = None) -> None: ...

    # batches
    def get_batch(self, batch_id: str) -> StoredBatch | None: ...
    def due_batches(self, profile_id: str, *, now: float | None = None,
                    include_waiting: bool = False) -> Sequence[StoredBatch]: ...
    def undelivered(self, *, profile_id: str | None = None) -> Sequence[StoredBatch]: ...
    def counts(self, profile_id: str) -> Counts: ...
    def set_upload_url(self, batch_id: str, url: str) -> None: ...
    def clear_upload_url(self, batch_id: str) -> None: ...
    def record_failure(self, batch_id: str, *, error: str, next_attempt_at: float,
                       count: bool = True) -> None: ...
    def mark_delivered(self, *, batch_id: str, receipt: bytes, received_at: float,
                       now: float | None = None) -> bool: ...
    def mark_exported(self, batch_ids: list[str], *, now: float | None = None) -> None: ...

    # statements
    def store_statement(self, *, profile_id: str, statement_id: str, seq: int,
                        issued_at: float, document: bytes, cipher,
                        now: float | None = None) -> bool: ...
    def store_sealed_statement(self, *, profile_id: str, statement_id: str, seq: int,
                               issued_at: float, envelope: bytes,
                               now: float | None = None) -> bool: ...
    def statement_form(self, statement_id: str) -> str | None: ...
    def statement_rows(self, profile_id: str) -> Sequence[StoredStatement]: ...
    def delete_statement(self, statement_id: str) -> None: ...
    def last_statement_seq(self, profile_id: str) -> int: ...
    def decrypt_statement(self, row: StoredStatement, cipher) -> bytes: ...

