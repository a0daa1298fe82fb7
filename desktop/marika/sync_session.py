"""The sync part of an annotator's session: what the GUI calls to enrol, send, carry work
on a USB stick, seal finished work automatically, and read this profile's outbox,
receipts and statements.

`Workspace.sync()` binds one to the logged-in profile and its keys; no method takes a
profile id, so nothing here reaches another profile's batches or statements.

Threads (docs/adr/0006-desktop-sync.md). peewee keeps one SQLite connection per thread:
- store-only calls (`status`, `outbox`, `receipts`, `statements`, `seal_due`) run on the
  database thread (TaskManager.run_db), like every Workspace call;
- transfers (`enroll`, `enroll_by_usb`, `check`, `send`, `export_for_usb`,
  `import_from_usb`) run on the network thread (TaskManager.run_net) and open a
  connection of that thread for the call, closed when it returns, so a slow upload never
  holds up a save.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NamedTuple

from peewee import fn

from marika_sync.tr import QT_TRANSLATE_NOOP

from .core import annotation as ann
from .core import clock, faults
from .core.errors import DiskFullError, MarikaError, ReadOnlyFolder, StoreError, StoreLocked
from .store import outbox
from .store.db import database
from .store.models import Annotation
from .store.outbox import OutboxBatch as Batch

# Finished work stays open for corrections this long before automatic sealing may take
# it (a worker who spots a mistake goes back within minutes, not hours).
SEAL_GRACE_S = 15 * 60


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    server_url: str  # the enrolled server, else the office's setting ("" when none)
    pending: int  # sealed batches not yet delivered
    due: int  # of those, how many may be tried now (the others wait out a backoff)
    delivered: int
    statements: int
    last_statement_at: float | None
    online: bool | None = None  # None: not checked by this call


@dataclass(frozen=True)
class TransferProgress:
    """Bytes of the whole run (every batch of it), for one progress bar."""
    sent: int
    total: int
    batch_index: int = 0
    batch_count: int = 0
    phase: str = "upload"  # "probe" | "upload" | "statements" | "done"

    @property
    def left(self) -> int:
        return max(0, self.total - self.sent)


@dataclass(frozen=True)
class SendResult:
    online: bool
    delivered: int = 0
    refused: dict = field(default_factory=dict)  # batch id -> reason code
    statements: int = 0
    pending: int = 0
    cancelled: bool = False
    # The store was busy with a save at the wrong instant; nothing is lost, try again.
    busy: bool = False
    # Why new pay statements could not be fetched (a MarikaError to show), else None:
    # the screen says so, never "nothing new".
    statements_error: MarikaError | None = None


class UsbImport(NamedTuple):
    delivered: int  # this profile's batches now confirmed by a receipt from the stick
    statements: int  # this profile's new statements
    refused: int  # files on the stick that failed their checks (tampered, damaged)
    enrolled: bool = False  # the server's answer to an enrolment by stick came back


@dataclass(frozen=True)
class OutboxEntry:
    batch_id: str
    package_id: str
    item_count: int
    size: int
    state: str
    created_at: float
    attempts: int
    last_error: str | None
    exported_at: float | None


class SealResult(NamedTuple):
    batches: int
    items: int


class SyncSetupError(MarikaError):
    pass


@contextmanager
def own_connection() -> Iterator[None]:
    """A SQLite connection of the calling thread for the length of one call (reused when
    this thread already has one: the tests' main thread, or the database thread)."""
    opened = database.connect(reuse_if_open=True)
    try:
        yield
    finally:
        if opened:
            database.close()


def _number_setting(text: str, default: float) -> float:
    try:
        return float(text)
    except (TypeError, ValueError):
        return default


class SyncSession:
    def __init__(self, workspace, *, profile_id: str, display_name: str, device, cipher,
                 config=None) -> None:
        self._workspace = workspace
        self._office = workspace.office
        self._profile_id = profile_id
        self._display_name = display_name
        self._device = device  # DeviceKeys: signing (batches, queries) and box (statements)
        self._cipher = cipher
        self.config = config  # marika_sync ClientConfig; None = tuned for 2G/3G
        self._http = None  # marika_sync HttpClient shared by a probe and the send after it

    # ------------------------------------------------------------ reading (database thread)
    def _waiting(self):
        """This profile's undelivered batches (a query, without their bytes)."""
        return Batch.select(Batch.batch_id).where((Batch.profile_id == self._profile_id)
                                                  & (Batch.state != outbox.DELIVERED))

    def status(self) -> SyncStatus:
        enrollment = outbox.enrollment(self._profile_id)
        counts = outbox.counts(self._profile_id)
        due = self._waiting().where(outbox.due(time.time())).count() \
            if counts.pending else 0
        count, last = (outbox.SyncStatement
                       .select(fn.COUNT(outbox.SyncStatement.statement_id),
                               fn.MAX(outbox.SyncStatement.issued_at))
                       .where(outbox.SyncStatement.profile_id == self._profile_id)
                       .tuples().first()) or (0, None)
        url = enrollment.server_url if enrollment else self._office.setting("server_url")
        return SyncStatus(enrolled=enrollment is not None, server_url=url.strip(),
                          pending=counts.pending, due=due, delivered=counts.delivered,
                          statements=count or 0, last_statement_at=last)

    def outbox(self) -> list[OutboxEntry]:
        """This profile's batches not yet delivered, oldest first."""
        return [OutboxEntry(r.batch_id, r.package_id, r.item_count, r.size, r.state,
                            r.created_at, r.attempts, r.last_error, r.exported_at)
                for r in outbox.undelivered(profile_id=self._profile_id)]

    def receipts(self) -> list[tuple[str, float]]:
        """(batch id, received at) of every batch the server confirmed, oldest first."""
        return [(r.batch_id, r.received_at) for r in outbox.receipts(self._profile_id)]

    def statements(self):
        """This profile's verified pay statements, newest first, readable offline."""
        from marika_sync.statements import list_statements

        return list_statements(store=outbox, profile_id=self._profile_id, cipher=self._cipher,
                               box_key=self._device.box)

    # ------------------------------------------------------------ sealing (database thread)
    def seal_due(self, *, leave_open: Collection[int] = (), now: float | None = None
                 ) -> SealResult:
        """Seal finished work as the office configured (`seal_every_items`,
        `seal_every_hours`; 0 turns a rule off). Only items last saved more than
        SEAL_GRACE_S ago are taken, never those in `leave_open` (the item on screen)."""
        now = time.time() if now is None else now
        every_items = int(_number_setting(self._office.setting("seal_every_items"), 50))
        every_hours = _number_setting(self._office.setting("seal_every_hours"), 24)
        cutoff = now - SEAL_GRACE_S
        # Saved after the cutoff is work in progress, unless stamped in the future: the
        # clock was set back since, and such work would otherwise wait for years.
        future = now + clock.FUTURE_SLACK_S
        query = (Annotation
                 .select(Annotation.package, fn.COUNT(Annotation.uuid),
                         fn.MIN(Annotation.updated_at))
                 .where((Annotation.profile == self._profile_id)
                        & Annotation.batch_id.is_null()
                        & Annotation.status.in_([ann.DONE, ann.SKIPPED])
                        & ((Annotation.updated_at <= cutoff)
                           | (Annotation.updated_at > future)))
                 .group_by(Annotation.package))
        if leave_open:
            query = query.where(Annotation.item.not_in(list(leave_open)))
        batches = items = 0
        for package_pk, count, oldest in query.tuples():
            by_count = every_items > 0 and count >= every_items
            by_age = every_hours > 0 and (now - oldest >= every_hours * 3600
                                          or clock.from_the_future(oldest, now))
            if not (by_count or by_age):
                continue
            if self._workspace.manifest(package_pk).practice is not None:
                continue  # practice answers never leave the PC
            result = self._workspace.submit(package_pk, leave_open=leave_open,
                                            saved_before=cutoff)
            batches += len(result.batch_ids)
            items += result.item_count
        return SealResult(batches, items)

    # ------------------------------------------------------------ local state (marika.local_trust)
    _SEALED_PREF = "_enrolment_sealed"  # the enrolment of this profile carries a seal

    def _store(self):
        """The sync library's store: the outbox, with every enrolment it saves sealed."""
        from .local_trust import SealingStore

        return SealingStore(self._cipher)

    def _remember_sealed(self) -> None:
        """Remember (encrypted) that this profile's enrolment is sealed, so a seal
        removed from the file later is never adopted again."""
        try:
            self._workspace._set_own_record(self._SEALED_PREF, True)
        except StoreError:
            pass  # a full or busy disk: remembered at the next check instead

    def _verified(self, *, outbox_too: bool = True):
        """The enrolment row after checking the local state that decides where work goes
        (None when not enrolled); LocalStateTampered, and nothing sent, when it changed."""
        from marika_sync.crypto import VerifyKey

        from .local_trust import check_enrolment, check_outbox

        sealed_before = bool(self._workspace._settings().get(self._SEALED_PREF))
        row = check_enrolment(self._cipher, self._profile_id, adopt_unsealed=not sealed_before)
        if row is not None and not sealed_before:
            self._remember_sealed()
        if outbox_too:
            check_outbox(self._profile_id, device_public=self._device.signing.public,
                         server_key=VerifyKey.from_text(row.server_key) if row else None)
        return row

    # ------------------------------------------------------------ transfers (network thread)
    def _connection(self, url: str):
        """The HttpClient for `url`, kept between calls: the send that follows a probe goes
        on the probe's kept-alive connection (on a 600 ms link a new TCP handshake costs a
        round trip, and TLS one more). ValueError for an address that is not http(s)."""
        from marika_sync.config import ClientConfig
        from marika_sync.http import HttpClient

        config = self.config or ClientConfig()
        http = self._http
        if http is None or http.base_url != url.rstrip("/") + "/" or http.config != config:
            if http is not None:
                http.close()
            http = self._http = HttpClient(url, config)
        return http

    def _client(self, url: str):
        from marika_sync.client import ServerClient

        try:
            return ServerClient(url, config=self.config, http=self._connection(url))
        except ValueError as exc:
            raise SyncSetupError(QT_TRANSLATE_NOOP(
                "Errors", "The server address {name} set by the office is not valid. Ask "
                          "your supervisor to check it."), name=url) from exc

    @staticmethod
    def _code(code: str) -> str:
        code = code.strip()
        if not code:
            raise SyncSetupError(QT_TRANSLATE_NOOP(
                "Errors", "Please type the one-time code your supervisor gave you."))
        return code

    def enroll(self, code: str) -> SyncStatus:
        """Connect this profile to the office's server with a one-time code."""
        from marika_sync.enroll import enroll_online, require_pin

        code = self._code(code)
        with own_connection():
            url = self._office.setting("server_url").strip()
            if not url:
                raise SyncSetupError(QT_TRANSLATE_NOOP(
                    "Errors", "The office has no server address yet. Ask your supervisor "
                              "to set it, or carry your work on a USB stick."))
            self._client(url)  # a clear message for a malformed address
            expected = self._office.setting("server_public_key").strip() or None
            require_pin(expected, None)  # never trust the key a server presents
            enroll_online(store=self._store(), profile_id=self._profile_id, server_url=url,
                          code=code,
                          device_key=self._device.signing, box_key=self._device.box,
                          display_name=self._display_name, expected_server_key=expected,
                          config=self.config)
            self._remember_sealed()
            return self.status()

    def enroll_by_usb(self, folder: Path | str, code: str) -> None:
        """Enrolment without a connection, step 1: the signed request goes in the folder;
        `marika sync push` on a connected PC answers it, `import_from_usb` takes it back."""
        from marika_sync.enroll import write_enroll_request

        code = self._code(code)
        with own_connection():
            try:
                write_enroll_request(folder=Path(folder), profile_id=self._profile_id,
                                     code=code, device_key=self._device.signing,
                                     box_key=self._device.box,
                                     display_name=self._display_name,
                                     server_url=self._office.setting("server_url").strip())
            except OSError as exc:
                raise _unwritable(folder, exc) from exc

    def check(self) -> SyncStatus:
        """The status, with `online` from a cheap probe of the enrolled server (a captive
        portal's page counts as offline)."""
        from .local_trust import LocalStateTampered

        with own_connection():
            status = self.status()
            if not status.enrolled:
                return status
            try:
                self._verified(outbox_too=False)
            except LocalStateTampered:
                return replace(status, online=False)  # never probe a changed address
            try:
                online = self._client(status.server_url).probe()
            except SyncSetupError:
                online = False
            return replace(status, online=online)

    def send(self, *, progress: Callable[[TransferProgress], None] | None = None,
             control=None, include_waiting: bool = False) -> SendResult:
        """Deliver this profile's due batches (all waiting ones with include_waiting, as
        "Send now" does) and fetch new statements. Pause and cancel through `control`
        (marika_sync SyncControl). Raises SyncFailure("not-enrolled") before enrolment."""
        from marika_sync.runner import run_sync

        with own_connection():
            self._verified()  # before anything is sent: LocalStateTampered if it changed
            # The same batches, in the same order, as the runner's outbox.due_batches.
            query = self._waiting()
            if not include_waiting:
                query = query.where(outbox.due(time.time()))
            sizes = [size for (size,) in query.select(Batch.size).order_by(
                Batch.created_at, Batch.batch_id).tuples()]
            total = sum(sizes)
            emit = progress or (lambda _p: None)
            sent_so_far = [0]

            def on_progress(p) -> None:
                if p.phase == "upload" and p.batch_count == len(sizes):
                    size = sizes[p.batch_index]
                    sent = sum(sizes[:p.batch_index]) + min(p.sent, size)
                    sent_so_far[0] = sent
                    emit(TransferProgress(sent, total, p.batch_index, p.batch_count))
                elif p.phase == "upload":  # the outbox changed since we counted
                    emit(TransferProgress(p.sent, p.total, p.batch_index, p.batch_count))
                else:
                    emit(TransferProgress(sent_so_far[0], total, 0, len(sizes), p.phase))

            enrollment = outbox.enrollment(self._profile_id)
            try:
                http = self._connection(enrollment.server_url) if enrollment else None
            except ValueError:
                http = None  # run_sync says what is wrong with the address
            try:
                report = run_sync(store=outbox, profile_id=self._profile_id,
                                  device_key=self._device.signing, box_key=self._device.box,
                                  cipher=self._cipher, progress=on_progress, control=control,
                                  config=self.config, include_waiting=include_waiting,
                                  http=http)
            except StoreLocked:
                # SQLite refused a write because the database thread wrote at the same
                # instant; every sync step is idempotent, so the next run finishes it.
                # Any other store fault (a full disk...) is raised with its own sentence.
                return SendResult(online=True, busy=True,
                                  pending=outbox.counts(self._profile_id).pending)
            refused = {k: v for k, v in report.failed.items() if k not in ("", "statements")}
            return SendResult(online=report.online, delivered=len(report.delivered),
                              refused=refused, statements=report.statements,
                              pending=report.pending, cancelled=report.cancelled,
                              statements_error=report.errors.get("statements"))

    def export_for_usb(self, folder: Path | str) -> int:
        """Write this profile's undelivered batches (and a statement request) to a folder,
        for `marika sync push` on any connected PC. Returns how many batches."""
        from marika_sync.usb import export_for_usb

        with own_connection():
            self._verified()
            try:
                return export_for_usb(store=outbox, profile_id=self._profile_id,
                                      folder=Path(folder),
                                      device_key=self._device.signing)
            except OSError as exc:
                raise _unwritable(folder, exc) from exc

    def import_from_usb(self, folder: Path | str) -> UsbImport:
        """Take receipts and statements back from a folder a connected PC pushed."""
        from marika_sync.usb import import_from_usb
        from marika_sync.usbfolder import ROOT

        folder = Path(folder)
        if not (folder / ROOT).is_dir():
            raise SyncSetupError(QT_TRANSLATE_NOOP(
                "Errors", "The folder {name} holds no Marika transfer. Choose the folder "
                          "you exported to."), name=str(folder))
        with own_connection():
            enrolled = False
            if self._verified(outbox_too=False) is None:
                enrolled = self._import_enrolment(folder)
            before = self.status().statements
            report = import_from_usb(folder=folder, store=outbox, profile_id=self._profile_id,
                                     cipher=self._cipher, box_key=self._device.box)
            # The stick carries the whole office's receipts; tell this worker only of hers.
            own = [b for b in report.delivered
                   if (row := outbox.get_batch(b)) is not None
                   and row.profile_id == self._profile_id]
            return UsbImport(delivered=len(own),
                             statements=self.status().statements - before,
                             refused=len(report.refused), enrolled=enrolled)

    def _import_enrolment(self, folder: Path) -> bool:
        from marika_sync.enroll import import_enroll_reply

        expected = self._office.setting("server_public_key").strip() or None
        enrolled = import_enroll_reply(
            folder=folder, store=self._store(), profile_id=self._profile_id,
            device_key=self._device.signing,
            box_key=self._device.box, server_url=self._office.setting("server_url").strip(),
            expected_server_key=expected) is not None
        if enrolled:
            self._remember_sealed()
        return enrolled


def _unwritable(folder, exc: OSError) -> SyncSetupError:
    """The folder could not be written: full, read-only, or gone, in plain words."""
    found = faults.cause(exc)
    if isinstance(found, DiskFullError):
        return SyncSetupError(QT_TRANSLATE_NOOP(
            "Errors", "There is no free space left in the folder {name}. Free some space on "
                      "the USB stick (or use another one), then try again."), name=str(folder))
    if isinstance(found, ReadOnlyFolder):
        return SyncSetupError(QT_TRANSLATE_NOOP(
            "Errors", "Marika may not write in the folder {name}: the USB stick or the "
                      "folder is read-only (some sticks have a lock switch). Unlock it or "
                      "choose another folder, then try again."), name=str(folder))
    return SyncSetupError(QT_TRANSLATE_NOOP(
        "Errors", "Marika could not write to the folder {name}. Check that the USB stick "
                  "is plugged in and not full."), name=str(folder))
