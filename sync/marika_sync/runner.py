"""One sync run for one profile: deliver due batches, then fetch new statements.

Meant for the GUI's network worker thread: it reports progress through a callback and
stops at the next chunk when the `SyncControl` is paused or cancelled. Every step is
persisted as it happens (upload URL before the first byte, delivery only with a verified
receipt), so a run killed at any instant resumes where the server says it stopped.
"""

from __future__ import annotations

import hashlib
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from . import permits, statements
from .client import ServerClient
from .config import ClientConfig
from .control import Progress, ProgressCallback, SyncControl, next_attempt_at
from .crypto import BoxPrivateKey, SigningKey, VerifyKey
from .errors import BatchError, DocumentError, SyncFailure, offline
from .http import HttpClient
from .receipts import verify_receipt
from .sealing import read_batch_metadata
from .storage import StoredBatch, SyncStore
from .tr import QT_TRANSLATE_NOOP

_LINK_DOWN = ("offline", "deadline", "redirect", "portal")


@dataclass
class SyncReport:
    online: bool = False
    delivered: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)  # batch id -> reason code
    # The same keys ("" for the probe, "statements"), with the error itself, so the GUI
    # can show `err.translated(...)` instead of a code.
    errors: dict[str, SyncFailure] = field(default_factory=dict, repr=False)
    statements: int = 0
    pending: int = 0  # batches still undelivered after the run
    cancelled: bool = False

    def fail(self, key: str, exc: SyncFailure) -> None:
        self.failed[key] = exc.reason
        self.errors[key] = exc


class OutboxState:
    """tus UploadState over the outbox rows (the URL is committed before any byte goes)."""

    def __init__(self, store: SyncStore) -> None:
        self.store = store

    def get_url(self, key: str) -> str | None:
        row = self.store.get_batch(key)
        return row.upload_url if row is not None else None

    def set_url(self, key: str, url: str) -> None:
        self.store.set_upload_url(key, url)

    def remove_url(self, key: str) -> None:
        self.store.clear_upload_url(key)


def _not_enrolled() -> SyncFailure:
    return SyncFailure("not-enrolled", QT_TRANSLATE_NOOP(
        "Errors", "This profile is not enrolled with a collection server yet."),
        retryable=False)


def deliver_batch(client: ServerClient, row: StoredBatch, *, store: SyncStore,
                  server_key: VerifyKey, device_key: SigningKey,
                  progress: Callable[[int, int], None] | None = None) -> bool:
    """Upload one outbox batch and store its verified receipt; True if newly delivered."""
    data = bytes(row.data)
    if hashlib.sha256(data).hexdigest() != row.sha256:
        raise SyncFailure("damaged", QT_TRANSLATE_NOOP(
            "Errors", "A sealed batch on this computer is damaged and cannot be sent."),
            retryable=False)
    try:
        metadata = read_batch_metadata(data)
    except BatchError as exc:
        raise SyncFailure("damaged", QT_TRANSLATE_NOOP(
            "Errors", "A sealed batch on this computer is damaged and cannot be sent."),
            retryable=False) from exc
    permit = permits.upload_permit(device_key=device_key,
                                   annotator_id=metadata["annotator_id"],
                                   batch_id=row.batch_id, sha256=row.sha256, length=len(data))
    receipt = client.upload(batch_id=row.batch_id, data=data, sha256=row.sha256,
                            annotator_id=metadata["annotator_id"], state=OutboxState(store),
                            permit=permit, progress=progress)
    if receipt is None:  # complete but not stored: the server lost it; start over
        store.clear_upload_url(row.batch_id)
        raise SyncFailure("no-receipt", QT_TRANSLATE_NOOP(
            "Errors", "The server did not confirm this batch. It will be sent again."))
    try:
        body = verify_receipt(receipt, server_key=server_key, metadata=metadata,
                              sha256=row.sha256, size=len(data))
    except DocumentError as exc:
        raise SyncFailure("bad-receipt", QT_TRANSLATE_NOOP(
            "Errors", "The server's receipt is not genuine. The batch stays in the outbox."),
            ) from exc
    return store.mark_delivered(batch_id=row.batch_id, receipt=receipt,
                                 received_at=float(body["received_at"]))


def fetch_statements(client: ServerClient, *, store: SyncStore, profile_id: str, annotator_id: str,
                     server_key: VerifyKey, device_key: SigningKey, box_key: BoxPrivateKey,
                     cipher, now: float) -> int:
    """Fetch and store every statement after the last one held; returns how many. When
    the server said its latest seq (`client.statements_seq`, with a receipt), the pages
    stop there instead of asking for one more, empty, page."""
    after = store.last_statement_seq(profile_id)
    query = statements.make_query(annotator_id=annotator_id, after=after,
                                  device_key=device_key, now=now)
    fetched = 0
    while True:
        if client.statements_seq is not None and fetched and after >= client.statements_seq:
            return fetched
        page = client.statements(query, after=after)
        if not page:
            return fetched
        for envelope in page:
            try:
                statement = statements.accept_envelope(
                    envelope, store=store, profile_id=profile_id, annotator_id=annotator_id,
                    server_key=server_key, box_key=box_key, cipher=cipher)
            except DocumentError as exc:
                raise SyncFailure("bad-statement", QT_TRANSLATE_NOOP(
                    "Errors", "A statement from the server is not genuine and was refused."),
                ) from exc
            if statement.seq <= after:
                raise SyncFailure("bad-reply", QT_TRANSLATE_NOOP(
                    "Errors", "The server gave an answer Marika does not understand."))
            after = statement.seq
            fetched += 1


def _offline(report: SyncReport, store: SyncStore, profile_id: str) -> SyncReport:
    report.pending = store.counts(profile_id).pending
    report.fail("", offline())
    return report


def run_sync(*, store: SyncStore, profile_id: str, device_key: SigningKey,
             box_key: BoxPrivateKey, cipher,
             progress: ProgressCallback | None = None, control: SyncControl | None = None,
             config: ClientConfig | None = None, now: Callable[[], float] = time.time,
             include_waiting: bool = False, rng: random.Random | None = None,
             http: HttpClient | None = None) -> SyncReport:
    """Deliver this profile's due batches and fetch its new statements.

    `include_waiting=True` (a "Send now" button) also tries batches whose backoff has not
    expired. `http`: an HttpClient to reuse, with its kept-alive connection (the one a
    probe just used, say), when it is for the enrolled address. Raises SyncFailure only
    when the profile is not enrolled; everything else is in the report (and in each
    batch's `last_error`)."""
    enrollment = store.enrollment(profile_id)
    if enrollment is None:
        raise _not_enrolled()
    control = control or SyncControl()
    server_key = VerifyKey.from_text(enrollment.server_key)
    client = ServerClient(enrollment.server_url, config=config, control=control, rng=rng,
                          http=http)
    answered = client.http.answered  # the server's answers before this run do not count
    report = SyncReport()
    emit = progress or (lambda _p: None)
    batches = store.due_batches(profile_id, now=now(), include_waiting=include_waiting)
    emit(Progress("", 0, 0, phase="probe"))
    # With work to send, the first upload request is the probe (one round trip less on
    # a 600 ms link): our server's answer to it is as good a proof as the ping's, and a
    # portal, a redirect or silence before any answer counts as offline, as the ping's.
    report.online = True if batches else client.probe()
    if not report.online:
        return _offline(report, store, profile_id)
    link_down = False
    for index, row in enumerate(batches):
        def on_bytes(sent: int, total: int, _id=row.batch_id, _i=index) -> None:
            emit(Progress(_id, sent, total, _i, len(batches), "upload"))
        try:
            control.checkpoint()
            if deliver_batch(client, row, store=store, server_key=server_key,
                             device_key=device_key, progress=on_bytes):
                report.delivered.append(row.batch_id)
        except SyncFailure as exc:
            if exc.reason == "cancelled":
                report.cancelled = True
                break
            if exc.reason in _LINK_DOWN and client.http.answered == answered:
                report.online = False  # the server was never reached: as a failed probe
                return _offline(report, store, profile_id)
            report.fail(row.batch_id, exc)
            store.record_failure(row.batch_id, error=exc.reason, next_attempt_at=next_attempt_at(
                row.attempts + 1, now=now(), retry_after=exc.retry_after))
            if exc.reason in _LINK_DOWN:
                link_down = True
                break  # the link is gone: the other batches would only fail the same way
    # Statements wait for a working link: asking now would only sit through the same
    # retries and backoff again. And when the last receipt came with the seq of the
    # annotator's latest statement and we hold it, there is nothing to ask for (a server
    # that lies so only delays statements, as an empty answer to the query would).
    held = (client.statements_seq is not None
            and client.statements_seq <= store.last_statement_seq(profile_id))
    if not report.cancelled and not link_down and not held:
        emit(Progress("", 0, 0, phase="statements"))
        try:
            report.statements = fetch_statements(
                client, store=store, profile_id=profile_id, annotator_id=enrollment.annotator_id,
                server_key=server_key, device_key=device_key, box_key=box_key, cipher=cipher,
                now=now())
        except SyncFailure as exc:
            report.cancelled = exc.reason == "cancelled"
            if not report.cancelled:
                report.fail("statements", exc)
    report.pending = store.counts(profile_id).pending
    emit(Progress("", 0, 0, phase="done"))
    return report
