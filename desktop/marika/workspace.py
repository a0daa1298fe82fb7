"""An annotator's session: the one object the GUI calls for everything about their work.

Every method works only on packages assigned to this profile and on this profile's own
annotations; ids from elsewhere raise AccessDenied. Annotation content is encrypted with
the profile key before it reaches the store and decrypted here on the way back.
"""

from __future__ import annotations

import functools
import json
import time
import uuid as uuidlib
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from marika_sync.tr import QT_TRANSLATE_NOOP

from .core import annotation as ann
from .core import clock, pay
from .core import protection as care
from .core.errors import AccessDenied, MarikaError
from .core.lru import BoundedLRU
from .profile_keys import ProfileCipher
from .profiles import Office, ProfileSummary, _summary
from .store import annotations
from .store.db import database, ensure_space
from .store.models import Annotation, Assignment, Item, Package, Profile

_NAMESPACE = uuidlib.UUID("6f1c4a52-3c1e-4c55-9a57-1f0e7d0b6a11")


@functools.lru_cache(maxsize=4096)
def _annotation_uuid(profile_id: str, package_id: str, item_key: str) -> str:
    """An annotation's UUID: stable per (profile, package, item), so a re-save or a retry
    hits the same row. Kept for the items in hand: every autosave asks again."""
    return str(uuidlib.uuid5(_NAMESPACE, f"{profile_id}:{package_id}:{item_key}"))


@dataclass(frozen=True)
class PackageSummary:
    package_pk: int
    package_id: str
    version: int
    kind: str
    title: dict
    rate_per_item: Decimal
    currency: str
    item_count: int
    done: int
    skipped: int
    left: int
    earned: Decimal
    card_acknowledged: bool
    is_practice: bool
    paid: bool = True  # False only for a practice pack that is not paid
    # `earned` = confirmed + waiting: never rate x done once an item is rejected.
    confirmed: Decimal = Decimal(0)  # by the signed statements (accepted and paid)
    waiting: Decimal = Decimal(0)  # the worker's own claim for done items not reviewed yet
    rejected: int = 0  # items the reviewer rejected
    paid_out: Decimal = Decimal(0)  # of `confirmed`, what the office's payments cover


@dataclass(frozen=True)
class ItemView:
    item_pk: int
    package_pk: int
    ordinal: int
    item_key: str
    kind: str
    media_path: Path | None
    text: str | None
    text_path: Path | None
    content_warnings: tuple
    duration_ms: int | None
    sha256: str | None
    gold: object = None


@dataclass(frozen=True)
class Progress:
    done: int
    skipped: int
    left: int
    total: int


@dataclass(frozen=True)
class TodayPay:
    """Money in view on the item screen: the rate and what today's done items earn."""

    rate_per_item: Decimal
    currency: str
    paid: bool  # False for a practice pack that is not paid
    done_today: int
    earned_today: Decimal


@dataclass(frozen=True)
class SubmitResult:
    batch_ids: list
    item_count: int


# The Package columns stored before the manifest text (megabytes for a text package):
# SQLite reads a later column only by walking the manifest's overflow pages, so access
# checks and item reads select these and take the rest from the cache below.
PACKAGE_COLUMNS = (Package.id, Package.package_id, Package.version, Package.kind)
_CACHE_SIZE = 8


_ITEM_SQL = """SELECT i.id, i.item_key, i.ordinal, p.id, p.package_id, p.version, p.kind
FROM item i JOIN package p ON p.id = i.package_id
JOIN assignment a ON a.package_id = p.id
WHERE i.id = ? AND a.profile_id = ?"""


class PackageVersion:
    """One imported package version as the workspace uses it: its fixed columns and its
    manifest, parsed once (items indexed by key on first use)."""

    def __init__(self, row: Package, check=None) -> None:
        from marika_sync.package.manifest import parse_manifest

        self.id, self.package_id, self.version, self.kind = (
            row.id, row.package_id, row.version, row.kind)
        self.media_dir, self.item_count = row.media_dir, row.item_count
        self.manifest = parse_manifest(json.loads(row.manifest))
        # What every save checks an answer against, worked out once per version.
        self.label_ids = frozenset(label.id for label in self.manifest.labels)
        self.multi = self.manifest.choice == "multi"
        self._by_key: dict | None = None
        # Why this version must not be sealed to (marika.local_trust), None when it may.
        self.trust_error = check(row) if check is not None else None

    def item(self, key: str):
        if self._by_key is None:
            self._by_key = {it.id: it for it in self.manifest.items}
        return self._by_key.get(key)


class PackageVersions:
    """A workspace's cache of PackageVersion by (pk, version): a version is imported once
    and never changes, so that is the whole key. Per workspace, so per office."""

    def __init__(self, size: int = _CACHE_SIZE, check=None) -> None:
        self._check = check
        self._cache: BoundedLRU[tuple[int, int], PackageVersion] = BoundedLRU(size)

    def get(self, row: Package) -> PackageVersion:
        """For a Package row with at least PACKAGE_COLUMNS selected."""
        return self._cache.get((row.id, row.version)) or self._load(row)

    def at(self, package_pk: int, version: int) -> PackageVersion:
        """By the package's pk and version number (from a plain SQL row)."""
        return (self._cache.get((package_pk, version))
                or self._load(Package(id=package_pk, version=version)))

    def _load(self, row: Package) -> PackageVersion:
        full = row if "manifest" in row.__data__ and "media_dir" in row.__data__ \
            else Package.get_by_id(row.id)
        version = PackageVersion(full, self._check)
        self._cache.put((full.id, full.version), version)
        return version


class Workspace:
    role = "annotator"

    def __init__(self, office: Office, profile_id: str, key: bytes) -> None:
        self.office = office
        self._profile_id = profile_id
        self._cipher = ProfileCipher(key)
        self._key = key
        self._statements_cache = None  # (what identifies the stored rows, verified ones)
        self._versions = PackageVersions(check=self._check_package)

    # ------------------------------------------------------------ profile
    @property
    def profile(self) -> ProfileSummary:
        return _summary(Profile.get_by_id(self._profile_id))

    @property
    def language(self) -> str:
        return Profile.get_by_id(self._profile_id).language

    def set_language(self, code: str) -> None:
        ensure_space()  # a clear "disk full" instead of SQLite's own error
        Profile.update(language=code).where(Profile.id == self._profile_id).execute()

    def preferences(self) -> dict:
        """Per-profile preferences (font size, auto-rewind...), stored encrypted."""
        return {k: v for k, v in self._settings().items() if not k.startswith("_")}

    def _settings(self) -> dict:
        """The encrypted settings blob: preferences, and Marika's own records of the
        profile (keys starting with "_", never shown as preferences)."""
        blob = Profile.get_by_id(self._profile_id).settings
        return dict(self._cipher.decrypt_json(self._aad("settings"), blob)) if blob else {}

    def set_preference(self, key: str, value) -> None:
        prefs = self.preferences()
        prefs[key] = value
        self._set_preferences(prefs)

    def _set_preferences(self, prefs: dict) -> None:
        own = {k: v for k, v in self._settings().items() if k.startswith("_")}
        blob = self._cipher.encrypt_json(self._aad("settings"), {**prefs, **own})
        ensure_space()
        Profile.update(settings=blob).where(Profile.id == self._profile_id).execute()

    def _set_own_record(self, key: str, value) -> None:
        """One of Marika's own records in the encrypted settings (key starts with "_")."""
        settings = self._settings()
        settings[key] = value
        blob = self._cipher.encrypt_json(self._aad("settings"), settings)
        Profile.update(settings=blob).where(Profile.id == self._profile_id).execute()

    def _aad(self, *parts: object) -> bytes:
        return ":".join(["marika", self._profile_id, *map(str, parts)]).encode()

    def _check_package(self, row: Package):
        """None when this profile may seal work to this package version (its seal holds,
        or at first use its publisher's signature does), else the LocalStateTampered."""
        from .local_trust import LocalStateTampered, check_package

        try:
            check_package(self._cipher, self._profile_id, row, row.manifest)
        except LocalStateTampered as exc:
            return exc
        return None

    def _annotation_aad(self, uuid: str, item_pk: int, revision: int) -> bytes:
        return self._aad("annotation", uuid, item_pk, "revision", revision)

    def _open_annotation(self, uuid: str, item_pk: int, revision: int, payload: bytes):
        """The decrypted payload of an annotation row. Its revision is bound into the
        associated data: an older copy of the row's payload written back does not open
        (LocalStateTampered). Rows saved before that binding open with the old one."""
        from marika_sync.crypto import CryptoError

        from .local_trust import annotation_changed

        payload = bytes(payload)
        try:
            return self._cipher.decrypt_json(
                self._annotation_aad(uuid, item_pk, revision), payload)
        except CryptoError:
            pass
        try:
            return self._cipher.decrypt_json(self._aad("annotation", uuid, item_pk), payload)
        except CryptoError as exc:
            raise annotation_changed(
                self._cipher, lambda earlier: self._annotation_aad(uuid, item_pk, earlier),
                revision, payload) from exc

    # ------------------------------------------------------------ access checks
    def _package(self, package_pk: int) -> PackageVersion:
        row = (Package.select(*PACKAGE_COLUMNS).join(Assignment)
               .where((Package.id == package_pk) & (Assignment.profile == self._profile_id))
               .first())
        if row is None:
            raise AccessDenied()
        return self._versions.get(row)

    def _item_row(self, item_pk: int) -> tuple:
        """(item pk, key, ordinal, package pk, package id, version, kind) of the item, if
        assigned to this profile. Plain SQL: it runs on every save, where building the
        peewee query (and then model objects) was a good part of the time."""
        row = database.execute_sql(_ITEM_SQL, (item_pk, self._profile_id)).fetchone()
        if row is None:
            raise AccessDenied()
        return row

    # ------------------------------------------------------------ packages
    def packages(self) -> list[PackageSummary]:
        stated = self._stated_by_package()
        result = []
        query = (Package.select(*PACKAGE_COLUMNS, Assignment.card_acknowledged_at)
                 .join(Assignment)
                 .where(Assignment.profile == self._profile_id).order_by(Package.package_id))
        for row in query.objects():
            version = self._versions.get(row)
            manifest = version.manifest
            counts = annotations.counts(profile_id=self._profile_id, package_pk=row.id)
            done, skipped = counts.get(ann.DONE, 0), counts.get(ann.SKIPPED, 0)
            rate = manifest.pay.rate_per_item
            confirmed, stated_done, rejected, paid_out = stated.get(
                row.package_id, (Decimal(0), 0, 0, Decimal(0)))
            waiting = pay.earned(rate, max(0, done - stated_done))
            result.append(PackageSummary(
                package_pk=row.id, package_id=row.package_id, version=row.version,
                kind=row.kind, title=dict(manifest.title), rate_per_item=rate,
                currency=manifest.pay.currency, item_count=version.item_count, done=done,
                skipped=skipped, left=version.item_count - done - skipped,
                earned=(confirmed + waiting if manifest.practice is None
                        else self.practice.earned(row.id)),
                card_acknowledged=row.card_acknowledged_at is not None,
                is_practice=manifest.practice is not None, paid=self._paid(manifest),
                confirmed=confirmed, waiting=waiting if manifest.practice is None else 0,
                rejected=rejected, paid_out=paid_out))
        return result

    def _verified_statements(self) -> list:
        """This profile's statements, verified (marika_sync Statement, newest first).
        Verified again only when the stored ones changed: home asks at every refresh."""
        from peewee import fn

        from .store import outbox

        rows = outbox.SyncStatement
        key = (rows.select(fn.COUNT(rows.statement_id), fn.MAX(rows.stored_at),
                           fn.MAX(rows.seq))
               .where(rows.profile_id == self._profile_id).tuples().first())
        cached = self._statements_cache
        if cached is None or cached[0] != key:
            cached = (key, self.sync().statements())
            self._statements_cache = cached
        return list(cached[1])

    def _stated_by_package(self) -> dict[str, tuple[Decimal, int, int, Decimal]]:
        """package id -> (confirmed amount, items stated as done, rejected items, amount
        paid out), from this profile's signed statements (no annotation is decrypted)."""
        from .core.ledger import paid_out, stated_items
        from .store import outbox

        if outbox.enrollment(self._profile_id) is None:
            return {}
        statements = sorted(self._verified_statements(), key=lambda s: s.seq)
        stated = stated_items(statements)
        covered = paid_out(statements, stated)
        result: dict[str, tuple[Decimal, int, int, Decimal]] = {}
        for key, entry in stated.items():
            amount, done, rejected, paid = result.get(key[0], (Decimal(0), 0, 0, Decimal(0)))
            result[key[0]] = (amount + entry.amount,
                              done + (entry.line.status == ann.DONE),
                              rejected + (entry.line.decision == "rejected"),
                              paid + covered.get(key, Decimal(0)))
        return result

    # ------------------------------------------------------------ pay
    def pay_ledger(self):
        """Every item's pay, the statements with their running balance, the differences
        between the two and the totals (marika.earnings.PayLedger). Reads and decrypts
        all of this profile's work: run it on the database thread."""
        from .earnings import read_ledger

        return read_ledger(self, self._profile_id)

    def pay_items(self):
        """Each item done or skipped, and each stated item, with its pay status."""
        return list(self.pay_ledger().items)

    def pay_summary(self):
        """Earnings split into waiting for review (the worker's claim), accepted,
        rejected and paid, per currency (marika.core.ledger.PaySummary)."""
        return self.pay_ledger().summary

    def today_pay(self, package_pk: int, *, now: float | None = None) -> TodayPay:
        """The item's rate and what the items done today in this package earn."""
        manifest = self.manifest(package_pk)
        start = time.mktime(time.strptime(care.today(now), "%Y-%m-%d"))
        done = annotations.counts(profile_id=self._profile_id, package_pk=package_pk,
                                  since=start).get(ann.DONE, 0)
        paid = self._paid(manifest)
        return TodayPay(rate_per_item=manifest.pay.rate_per_item,
                        currency=manifest.pay.currency, paid=paid, done_today=done,
                        earned_today=pay.earned(manifest.pay.rate_per_item, done) if paid
                        else Decimal(0))

    # ------------------------------------------------------------ protection
    def protection(self, package_pk: int, *, now: float | None = None) -> care.Protection:
        """The worker's limit and break time for warned items (or the package's
        suggestions), and today's tally. Private to this profile (encrypted)."""
        hints = self.manifest(package_pk).protection
        return care.protection(self.preferences(), day=care.today(now),
                               suggested_limit=hints.warned_daily_limit,
                               suggested_break_minutes=hints.break_after_minutes)

    def set_protection(self, *, daily_limit: int | None, break_minutes: int | None) -> None:
        """The worker's own choices: None follows the package (0 as limit: no limit)."""
        prefs = self.preferences()
        for key, value, high in ((care.LIMIT_KEY, daily_limit, care.MAX_DAILY_LIMIT),
                                 (care.BREAK_KEY, break_minutes, care.MAX_BREAK_MINUTES)):
            if value is None:
                prefs.pop(key, None)
            else:
                prefs[key] = max(0, min(high, int(value)))
        self._set_preferences(prefs)

    def note_warned(self, *, seen: int = 0, active_ms: int = 0, break_taken: bool = False,
                    now: float | None = None) -> None:
        """Count warned items revealed and time spent on them today (see core/protection)."""
        prefs = self.preferences()
        prefs[care.TALLY_KEY] = care.noted(prefs, day=care.today(now), seen=seen,
                                           active_ms=active_ms, break_taken=break_taken)
        self._set_preferences(prefs)

    @staticmethod
    def _paid(manifest) -> bool:
        return manifest.practice is None or bool(manifest.practice.paid)

    @property
    def practice(self):
        """Practice packs: scores, attempts, certificates (marika.practice)."""
        from .practice import PracticeRecords

        return PracticeRecords(self)

    def manifest(self, package_pk: int):
        return self._package(package_pk).manifest

    def acknowledge_card(self, package_pk: int) -> None:
        self._package(package_pk)
        ensure_space()
        (Assignment.update(card_acknowledged_at=time.time())
         .where((Assignment.profile == self._profile_id) & (Assignment.package == package_pk))
         .execute())

    # ------------------------------------------------------------ items
    def item_at(self, package_pk: int, ordinal: int) -> ItemView:
        package = self._package(package_pk)
        row = Item.get_or_none((Item.package == package_pk) & (Item.ordinal == ordinal))
        if row is None:
            raise IndexError(ordinal)
        return self._view(package, row)

    def _view(self, package: PackageVersion, row: Item) -> ItemView:
        media_dir = self.office.data_dir / package.media_dir
        media = media_dir / row.media if row.media else None
        is_text = package.kind == ann.TEXT_CLASSIFICATION
        gold = None
        if package.manifest.practice is not None:
            spec = package.item(row.item_key)
            gold = spec.gold if spec is not None else None
        return ItemView(
            item_pk=row.id, package_pk=package.id, ordinal=row.ordinal, item_key=row.item_key,
            kind=package.kind, media_path=None if is_text else media, text=row.text,
            # a text is in the row (inline, or a small .txt read at import) or in its file
            text_path=media if is_text and row.text is None else None,
            content_warnings=tuple(json.loads(row.warnings or "[]")),
            duration_ms=row.duration_ms, sha256=row.sha256, gold=gold)

    def annotation_for(self, item_pk: int) -> ann.AnnotationRecord | None:
        item_id = self._item_row(item_pk)[0]  # the access check
        row = annotations.get(profile_id=self._profile_id, item_pk=item_id)
        return None if row is None else self._record(row)

    def _record(self, row: Annotation) -> ann.AnnotationRecord:
        data = self._open_annotation(row.uuid, row.item_id, row.revision, row.payload)
        # The status column stays readable for progress counts, so anyone with the data
        # folder can edit it; the copy inside the encrypted payload is the true one.
        status = data.get("status", row.status)
        return ann.AnnotationRecord(
            uuid=row.uuid, item_pk=row.item_id, ordinal=row.ordinal, status=status,
            value=data.get("value", {}), skip_reason=data.get("skip_reason"),
            flagged=bool(data.get("flagged")), flag_note=data.get("flag_note", ""),
            active_ms=int(data.get("active_ms", 0)), revision=row.revision,
            updated_at=row.updated_at, submitted=row.batch_id is not None)

    def save(self, *, item_pk: int, value: dict, status: str = ann.DONE, active_ms: int = 0,
             flagged: bool = False, flag_note: str = "",
             skip_reason: str | None = None) -> ann.AnnotationRecord:
        """Save one annotation; returns only after the commit (then "saved" may be shown).

        The autosave's path: one item row read (the access check), the package version's
        labels and the annotation's UUID from caches, then the store's one transaction."""
        item_id, key, ordinal, package_pk, package_id, version, kind = self._item_row(item_pk)
        if status not in ann.STATUSES:
            raise ValueError(status)
        if skip_reason is not None and skip_reason not in ann.SKIP_REASONS:
            raise ValueError(skip_reason)
        known = self._versions.at(package_pk, version)
        clean = ann.validate_value(kind, value, label_ids=known.label_ids, multi=known.multi)
        if status == ann.DONE and ann.is_empty(kind, clean):
            status = ann.DRAFT  # an empty answer is not work done
        uuid = _annotation_uuid(self._profile_id, package_id, key)
        active_ms = max(0, int(active_ms))
        content = {"value": clean, "status": status, "skip_reason": skip_reason,
                   "flagged": bool(flagged), "flag_note": flag_note, "active_ms": active_ms}

        def payload(revision: int) -> bytes:
            return self._cipher.encrypt_json(
                self._annotation_aad(uuid, item_id, revision), content)

        now = time.time()
        revision = annotations.upsert(uuid=uuid, profile_id=self._profile_id,
                                      package_pk=package_pk, item_pk=item_id,
                                      ordinal=ordinal, status=status, payload=payload, now=now)
        # What was just committed, without reading it back (upsert refuses sealed rows).
        return ann.AnnotationRecord(
            uuid=uuid, item_pk=item_id, ordinal=ordinal, status=status, value=clean,
            skip_reason=skip_reason, flagged=bool(flagged), flag_note=flag_note,
            active_ms=active_ms, revision=revision, updated_at=now)

    def skip(self, *, item_pk: int, reason: str, active_ms: int = 0) -> ann.AnnotationRecord:
        if reason not in ann.SKIP_REASONS:
            raise MarikaError(QT_TRANSLATE_NOOP("Errors", "Please choose why you skip this item."))
        return self.save(item_pk=item_pk, value={}, status=ann.SKIPPED, active_ms=active_ms,
                         skip_reason=reason)

    def clock_problem(self) -> clock.ClockBehind | None:
        """ClockBehind when this PC's clock is earlier than work saved on it (set back);
        the home screen shows it. Only the newest time stamp is read, no content."""
        newest = database.execute_sql(
            "SELECT MAX(t) FROM (SELECT MAX(updated_at) AS t FROM annotation "
            "UNION ALL SELECT MAX(imported_at) FROM package)").fetchone()[0]
        return clock.behind(newest, time.time())

    def next_todo(self, package_pk: int, *, after: int | None = None) -> int | None:
        self._package(package_pk)
        return annotations.next_todo(profile_id=self._profile_id, package_pk=package_pk,
                                     after=after)

    def progress(self, package_pk: int) -> Progress:
        package = self._package(package_pk)
        counts = annotations.counts(profile_id=self._profile_id, package_pk=package_pk)
        done, skipped = counts.get(ann.DONE, 0), counts.get(ann.SKIPPED, 0)
        return Progress(done, skipped, package.item_count - done - skipped, package.item_count)

    # ------------------------------------------------------------ submitting and sync
    def sync(self, *, config=None):
        """This profile's sync: enrol, send, USB, outbox and statements (sync_session)."""
        from .sync_session import SyncSession

        row = Profile.get_by_id(self._profile_id)
        return SyncSession(self, profile_id=self._profile_id, display_name=row.display_name,
                           device=self._device(), cipher=self._cipher, config=config)

    def _device(self):
        from .profile_keys import device_keys

        row = Profile.get_by_id(self._profile_id)
        return device_keys(profile_id=row.id, key=self._key, device_key_blob=row.device_key)

    def submit(self, package_pk: int, *, leave_open=(),
               saved_before: float | None = None) -> SubmitResult:
        """Seal every finished, unsubmitted item of the package into batches in the outbox.

        Sealed items become read-only. Drafts stay open. Practice packs are not sealed:
        their answers are for learning and never leave the PC. Automatic sealing
        (sync_session.seal_due) leaves out the item pks in `leave_open` and work saved
        after `saved_before`.
        """
        from marika_sync.crypto import BoxPublicKey
        from marika_sync.sealing import WorkRecord

        from .submit import seal_and_enqueue

        package = self._package(package_pk)
        manifest = package.manifest
        if package.trust_error is not None and manifest.practice is None:
            raise package.trust_error  # never seal work to a manifest someone edited
        rows = [r for r in annotations.unsubmitted_finished(profile_id=self._profile_id,
                                                            package_pk=package_pk)
                if r.item_id not in leave_open
                and (saved_before is None or r.updated_at <= saved_before
                     or clock.from_the_future(r.updated_at, time.time()))]
        if not rows or manifest.practice is not None:
            return SubmitResult(batch_ids=[], item_count=0)
        items = {i.id: i.item_key for i in Item.select(Item.id, Item.item_key)
                 .where(Item.id.in_([r.item_id for r in rows]))}
        records = []
        for row in rows:
            rec = self._record(row)
            if rec.status not in (ann.DONE, ann.SKIPPED):
                continue  # a draft whose readable status was edited: not finished work
            value = dict(rec.value)
            if rec.skip_reason:
                value["skip_reason"] = rec.skip_reason
            if rec.flagged:
                value["flag"] = {"note": rec.flag_note}
            records.append(WorkRecord(annotation_uuid=rec.uuid, item_key=items[row.item_id],
                                      status=rec.status, value=value, active_ms=rec.active_ms,
                                      revision=rec.revision, updated_at=rec.updated_at))
        batch_ids = seal_and_enqueue(
            profile_id=self._profile_id, records=records, device_key=self._device().signing,
            package_id=package.package_id, package_version=package.version,
            results_key=BoxPublicKey.from_text(manifest.results_public_key),
            rate_per_item=str(manifest.pay.rate_per_item), currency=manifest.pay.currency)
        return SubmitResult(batch_ids=list(batch_ids), item_count=len(records))
