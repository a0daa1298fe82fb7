"""Carrying work on a USB stick: export on the office PC, push from any connected PC,
import back on the office PC (layout: docs/SYNC_PROTOCOL.md §6, `usbfolder.py`).

Nothing on the stick is secret in clear: batches are encrypted to the results key,
statements to each annotator's box key, receipts hold no content or pay. Receipts are
verified again on import against each profile's pinned server key, so a tampered stick
cannot mark anything delivered. Every step can be repeated without changing anything.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from . import permits, statements
from .client import ServerClient
from .config import ClientConfig
from .control import Progress, ProgressCallback, SyncControl
from .crypto import BoxPrivateKey, CryptoError, SigningKey, VerifyKey
from .errors import BatchError, DocumentError, SyncFailure, offline
from .receipts import verify_receipt
from .sealing import read_batch_metadata
from .storage import DELIVERED, PROFILE_FORM, SyncStore
from .tr import QT_TRANSLATE_NOOP
from .usbfolder import ROOT, FolderState, UsbFolder


@dataclass
class ImportReport:
    delivered: list[str] = field(default_factory=list)
    statements: int = 0
    refused: list[str] = field(default_factory=list)


@dataclass
class PushReport:
    uploaded: list[str] = field(default_factory=list)
    already: int = 0  # batches that had a receipt on the stick already
    enrolled: int = 0
    statements: int = 0
    refused: dict[str, str] = field(default_factory=dict)  # file name -> reason code


# ---------------------------------------------------------------- office PC

def export_for_usb(*, store: SyncStore, profile_id: str, folder: Path, device_key: SigningKey,
                   now: float | None = None) -> int:
    """Write this profile's undelivered batches and a statement query to the stick."""
    usb = UsbFolder(folder).ensure()
    enrollment = store.enrollment(profile_id)
    if enrollment is not None:
        server = {"url": enrollment.server_url, "server_key": enrollment.server_key}
        if usb.server() != server:
            usb.write_json(usb.root / "server.json", server)
        usb.write(usb.query_path(enrollment.annotator_id), statements.make_query(
            annotator_id=enrollment.annotator_id, device_key=device_key, now=now,
            after=store.last_statement_seq(profile_id)))
    rows = store.undelivered(profile_id=profile_id)
    for row in rows:
        data = bytes(row.data)
        usb.write_if_changed(usb.batch_path(row.batch_id), data)
        if not usb.permit_path(row.batch_id).is_file():  # the PC that pushes holds no key
            usb.write(usb.permit_path(row.batch_id), permits.upload_permit(
                device_key=device_key, annotator_id=read_batch_metadata(data)["annotator_id"],
                batch_id=row.batch_id, sha256=row.sha256, length=len(data)))
    store.mark_exported([r.batch_id for r in rows], now=now)
    return len(rows)


def import_from_usb(*, store: SyncStore, folder: Path, profile_id: str | None = None, cipher=None,
                    box_key: BoxPrivateKey | None = None) -> ImportReport:
    """Take receipts (for every profile of this office) and statements back from a stick.

    Statements of the logged-in profile (`profile_id` with its `cipher` and `box_key`)
    are opened and stored under its key; other profiles' stay sealed to their box keys
    until they next log in."""
    usb = UsbFolder(folder)
    report = ImportReport()
    for batch_id, path in usb.receipts():
        row = store.get_batch(batch_id)
        if row is None or row.state == DELIVERED:
            continue
        enrollment = store.enrollment(row.profile_id)
        if enrollment is None:
            continue
        try:
            receipt = usb.read(path)
            body = verify_receipt(receipt, server_key=VerifyKey.from_text(enrollment.server_key),
                                  metadata=read_batch_metadata(bytes(row.data)),
                                  sha256=row.sha256, size=row.size)
        except (DocumentError, BatchError, CryptoError, ValueError, OSError):
            report.refused.append(path.name)
            continue
        if store.mark_delivered(batch_id=batch_id, receipt=receipt,
                                 received_at=float(body["received_at"])):
            report.delivered.append(batch_id)
    for enrollment in store.enrollments():
        own = enrollment.profile_id == profile_id and cipher is not None and box_key
        server_key = VerifyKey.from_text(enrollment.server_key)
        for _stem, path in usb.statements(enrollment.annotator_id):
            try:
                envelope = usb.read_json(path)
                statement_id, seq, issued_at = statements.envelope_fields(envelope)
                if store.statement_form(statement_id) == PROFILE_FORM:
                    continue  # already held, opened
                if own:
                    statements.accept_envelope(
                        envelope, store=store, profile_id=enrollment.profile_id,
                        server_key=server_key,
                        annotator_id=enrollment.annotator_id, box_key=box_key, cipher=cipher)
                    report.statements += 1
                elif store.store_sealed_statement(
                        profile_id=enrollment.profile_id, statement_id=statement_id, seq=seq,
                        issued_at=issued_at, envelope=json.dumps(envelope).encode()):
                    report.statements += 1
            except (DocumentError, CryptoError, ValueError, OSError):
                report.refused.append(path.name)
    return report


# ---------------------------------------------------------------- any connected PC

def _push_batch(client: ServerClient, usb: UsbFolder, batch_id: str, path: Path, *,
                server_key: VerifyKey | None, report: PushReport,
                emit: ProgressCallback, index: int, count: int) -> None:
    data = usb.read(path, limit=64 * 1024 * 1024)
    metadata = read_batch_metadata(data)  # damaged files are not sent at all
    if metadata["batch_id"] != batch_id:
        raise BatchError("bad-metadata")
    sha256 = hashlib.sha256(data).hexdigest()
    receipt_path = usb.receipt_path(batch_id)
    if receipt_path.is_file():
        report.already += 1
        return
    permit_path = usb.permit_path(batch_id)
    receipt = client.upload(
        batch_id=batch_id, data=data, sha256=sha256, annotator_id=metadata["annotator_id"],
        state=FolderState(usb), permit=usb.read(permit_path) if permit_path.is_file() else None,
        progress=lambda sent, total: emit(Progress(batch_id, sent, total, index, count,
                                                   "upload")))
    if receipt is None:
        FolderState(usb).remove_url(batch_id)
        raise SyncFailure("no-receipt", QT_TRANSLATE_NOOP(
            "Errors", "The server did not confirm this batch. It will be sent again."))
    if server_key is not None:
        verify_receipt(receipt, server_key=server_key, metadata=metadata, sha256=sha256,
                       size=len(data))
    usb.write_if_changed(receipt_path, receipt)
    FolderState(usb).remove_url(batch_id)
    report.uploaded.append(batch_id)


def push_folder(folder: Path, *, server_url: str | None = None,
                config: ClientConfig | None = None, progress: ProgressCallback | None = None,
                control: SyncControl | None = None) -> PushReport:
    """Upload a stick's batches, fetch receipts and statements, answer enrollments."""
    if not (Path(folder) / ROOT).is_dir():  # a typo or an empty stick: not created here
        raise SyncFailure("no-transfer", QT_TRANSLATE_NOOP(
            "Errors", "The folder {name} holds no Marika transfer. Choose the folder you "
                      "exported to."), retryable=False, name=str(folder))
    usb = UsbFolder(folder).ensure()
    server = usb.server()
    url = server_url or server.get("url")
    if not url:
        raise SyncFailure("no-server", QT_TRANSLATE_NOOP(
            "Errors", "This USB folder does not say which server to use."), retryable=False)
    server_key = VerifyKey.from_text(server["server_key"]) if server.get("server_key") else None
    client = ServerClient(url, config=config, control=control)
    if not client.probe():
        raise offline()
    emit = progress or (lambda _p: None)
    report = PushReport()
    for annotator_id, path in usb.enroll_requests():
        if usb.enroll_reply_path(annotator_id).is_file():
            continue
        try:
            usb.write(usb.enroll_reply_path(annotator_id), client.enroll(usb.read(path)))
            report.enrolled += 1
        except SyncFailure as exc:
            report.refused[path.name] = exc.reason
    batches = list(usb.batches())
    for index, (batch_id, path) in enumerate(batches):
        try:
            _push_batch(client, usb, batch_id, path, server_key=server_key, report=report,
                        emit=emit, index=index, count=len(batches))
        except SyncFailure as exc:
            if exc.reason == "cancelled" or exc.reason in ("offline", "deadline"):
                raise
            report.refused[path.name] = exc.reason
        except (BatchError, DocumentError, ValueError, OSError) as exc:
            report.refused[path.name] = getattr(exc, "reason", "unreadable")
    for annotator_id, path in usb.queries():
        try:
            query, after = usb.read(path), None
            while page := client.statements(query, after=after):
                for envelope in page:
                    _sid, seq, _issued = statements.envelope_fields(envelope)
                    after = max(after or 0, seq)
                    target = usb.statement_path(annotator_id, seq)
                    if not target.exists():
                        usb.write(target, json.dumps(envelope, sort_keys=True).encode())
                        report.statements += 1
        except (SyncFailure, DocumentError, ValueError, OSError) as exc:
            report.refused[path.name] = getattr(exc, "reason", "unreadable")
    return report
