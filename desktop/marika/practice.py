"""Practice packs: answers checked against gold, the score, attempts and certificates.

No Qt here. The checks are pure functions (the item screen calls `check_answer` right
after the worker's Enter, with no database or network); `PracticeRecords` keeps each
profile's attempts in one record encrypted with the profile key (store migration
m0003), reached through `Workspace.practice`.

Rules, which the worker is told on the result screen:
- Labels: the chosen set must equal the gold set (one label for single choice).
- Transcripts are compared after normalising case, spaces and punctuation; they are
  right when at most 5 % of the characters differ (one typo in twenty letters).
- Every item with a gold answer is scored; a skipped one is not right (skipping costs
  nothing in pay, but the pack is for learning the answers).
- A done or skipped practice item is locked for the rest of the attempt, since its
  expected answer has been shown; "try again" clears the answers and starts a new
  attempt, and the old attempt's score stays in the history.
- An attempt during which trainer mode (answers on screen) was switched on earns no
  certificate.
- Paid practice packs pay each item once, however many attempts, and their active time
  counts as paid time.
"""

from __future__ import annotations

import time
import unicodedata
import uuid as uuidlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from marika_sync.tr import QT_TRANSLATE_NOOP

from .core import annotation as ann
from .core import pay
from .core.errors import MarikaError
from .store.db import database, ensure_space
from .store.models import Annotation, Assignment, Item, Package

MAX_CHARACTER_ERROR = Decimal("0.05")
CHARACTER_COMPARE_LIMIT = 2_000  # longer transcripts are compared word by word (speed)


# ---------------------------------------------------------------- checking answers

def normalise_words(text: str) -> list[str]:
    """Words of `text` after folding case and turning punctuation and symbols into spaces.

    NFKC first, so full-width letters and ligatures compare equal to plain ones; every
    apostrophe style ("n'ny", "n’ny") becomes the same space.
    """
    folded = unicodedata.normalize("NFKC", text or "").casefold()
    kept = [" " if unicodedata.category(ch)[0] in "PSZC" else ch for ch in folded]
    return "".join(kept).split()


def edit_distance(a, b) -> int:
    """Levenshtein distance between two sequences (characters or words)."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        current = [i]
        for j, y in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def transcript_error(expected: str, given: str) -> Decimal:
    """Share of the expected transcript that differs (0 = the same after normalising)."""
    want, got = normalise_words(expected), normalise_words(given)
    if not want:
        return Decimal(0) if not got else Decimal(1)
    joined_want, joined_got = " ".join(want), " ".join(got)
    if max(len(joined_want), len(joined_got)) <= CHARACTER_COMPARE_LIMIT:
        return Decimal(edit_distance(joined_want, joined_got)) / len(joined_want)
    return Decimal(edit_distance(want, got)) / len(want)


@dataclass(frozen=True)
class Verdict:
    """The check of one answer against its gold, with what to show the worker."""

    scored: bool  # the item has a gold answer
    correct: bool
    skipped: bool
    expected_labels: tuple[str, ...] = ()
    expected_transcript: str | None = None
    explanation: Mapping = field(default_factory=dict)
    error: Decimal | None = None  # transcripts: share of characters that differ


def check_answer(kind: str, gold: Mapping | None, value: Mapping | None, *,
                 status: str = ann.DONE) -> Verdict:
    """Check `value` (an annotation value) against `gold` (an ItemSpec.gold)."""
    if gold is None:
        return Verdict(scored=False, correct=False, skipped=status == ann.SKIPPED)
    explanation = dict(gold.get("explanation") or {})
    value = value or {}
    skipped = status == ann.SKIPPED
    if kind == ann.AUDIO_TRANSCRIPTION:
        expected = str(gold.get("transcript", ""))
        error = None if skipped else transcript_error(expected, str(value.get("transcript", "")))
        return Verdict(scored=True, skipped=skipped, expected_transcript=expected,
                       correct=not skipped and error <= MAX_CHARACTER_ERROR,
                       explanation=explanation, error=error)
    expected_labels = tuple(gold.get("labels", ()))
    chosen = set(value.get("labels", ()))
    return Verdict(scored=True, skipped=skipped, expected_labels=expected_labels,
                   correct=not skipped and chosen == set(expected_labels),
                   explanation=explanation)


@dataclass(frozen=True)
class Score:
    right: int
    scored: int
    pass_mark: Decimal

    @property
    def share(self) -> Decimal:
        return Decimal(self.right) / self.scored if self.scored else Decimal(0)

    @property
    def passed(self) -> bool:
        return self.scored > 0 and self.share >= self.pass_mark


def score(verdicts, pass_mark: Decimal) -> Score:
    scored = [v for v in verdicts if v.scored]
    return Score(right=sum(v.correct for v in scored), scored=len(scored),
                 pass_mark=Decimal(pass_mark))


# ---------------------------------------------------------------- attempts

@dataclass(frozen=True)
class Attempt:
    """One finished run through a practice pack. A passed one is a certificate."""

    id: str
    package_id: str
    version: int
    title: Mapping
    kind: str
    number: int
    finished_at: float
    right: int
    scored: int
    pass_mark: Decimal
    trainer_mode: bool
    active_ms: int

    @property
    def score(self) -> Score:
        return Score(right=self.right, scored=self.scored, pass_mark=self.pass_mark)

    @property
    def passed(self) -> bool:
        return self.score.passed

    @property
    def is_certificate(self) -> bool:
        return self.passed and not self.trainer_mode

    def to_json(self) -> dict:
        return {"id": self.id, "package_id": self.package_id, "version": self.version,
                "title": dict(self.title), "kind": self.kind, "number": self.number,
                "finished_at": self.finished_at, "right": self.right, "scored": self.scored,
                "pass_mark": str(self.pass_mark), "trainer_mode": self.trainer_mode,
                "active_ms": self.active_ms}

    @classmethod
    def from_json(cls, data: Mapping) -> Attempt:
        return cls(id=data["id"], package_id=data["package_id"], version=int(data["version"]),
                   title=dict(data.get("title") or {}), kind=data.get("kind", ""),
                   number=int(data["number"]), finished_at=float(data["finished_at"]),
                   right=int(data["right"]), scored=int(data["scored"]),
                   pass_mark=Decimal(data["pass_mark"]),
                   trainer_mode=bool(data.get("trainer_mode")),
                   active_ms=int(data.get("active_ms", 0)))


@dataclass(frozen=True)
class PracticeStatus:
    """Where one worker stands with one practice pack (for the home screen)."""

    package_pk: int
    package_id: str
    title: Mapping
    paid: bool
    attempt_number: int  # the attempt in progress, or the last one when it is finished
    finished: bool  # the current attempt is finished and scored
    active_ms: int  # every attempt together
    attempts: tuple[Attempt, ...]  # oldest first

    @property
    def certificate(self) -> Attempt | None:
        """The best certificate (highest score, then the latest)."""
        earned = [a for a in self.attempts if a.is_certificate]
        return max(earned, key=lambda a: (a.score.share, a.finished_at)) if earned else None

    @property
    def last(self) -> Attempt | None:
        return self.attempts[-1] if self.attempts else None


class NotFinished(MarikaError):
    def __init__(self, left: int) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Errors", "This practice pack still has {count} item(s) to do before it can be "
                      "scored."), count=left)


class NotPractice(MarikaError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "This package is not a practice pack."))


class PracticeRecords:
    """One profile's practice history. Reached as `workspace.practice`; every call
    does database work (run it on the GUI's database worker)."""

    def __init__(self, workspace) -> None:
        self._ws = workspace
        self._profile_id = workspace._profile_id

    # ------------------------------------------------------------ the encrypted record
    def _aad(self) -> bytes:
        return self._ws._aad("practice")

    def _load(self) -> dict:
        row = database.execute_sql("SELECT blob FROM practice_record WHERE profile_id = ?",
                                   (self._profile_id,)).fetchone()
        if row is None:
            return {"packs": {}, "attempts": []}
        data = dict(self._ws._cipher.decrypt_json(self._aad(), bytes(row[0])))
        data.setdefault("packs", {})
        data.setdefault("attempts", [])
        return data

    def _store(self, data: dict) -> None:
        ensure_space()
        blob = self._ws._cipher.encrypt_json(self._aad(), data)
        database.execute_sql(
            "INSERT INTO practice_record (profile_id, blob, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (profile_id) DO UPDATE SET blob = excluded.blob, "
            "updated_at = excluded.updated_at", (self._profile_id, blob, time.time()))

    @staticmethod
    def _pack(data: dict, package_id: str) -> dict:
        pack = data["packs"].setdefault(package_id, {})
        pack.setdefault("attempt", 1)
        pack.setdefault("trainer_attempts", [])
        pack.setdefault("paid_keys", [])  # items done in earlier attempts (paid once)
        pack.setdefault("earlier_ms", 0)  # active time of earlier attempts
        return pack

    # ------------------------------------------------------------ reading
    def _practice_package(self, package_pk: int):
        package = self._ws._package(package_pk)
        manifest = self._ws.manifest(package_pk)
        if manifest.practice is None:
            raise NotPractice()
        return package, manifest

    def _work(self, package_pk: int) -> list[tuple[str, ann.AnnotationRecord]]:
        """(item key, decrypted record) of this profile's answers in the package."""
        keys = dict(Item.select(Item.id, Item.item_key).where(Item.package == package_pk)
                    .tuples())
        rows = Annotation.select().where((Annotation.profile == self._profile_id)
                                         & (Annotation.package == package_pk))
        return [(keys[row.item_id], self._ws._record(row)) for row in rows]

    def verdicts(self, package_pk: int) -> dict[str, Verdict]:
        """Item key -> verdict, for every item with gold (unanswered: not right)."""
        _package, manifest = self._practice_package(package_pk)
        work = dict(self._work(package_pk))
        result = {}
        for spec in manifest.items:
            if spec.gold is None:
                continue
            record = work.get(spec.id)
            status = record.status if record is not None else ann.DRAFT
            value = record.value if record is not None and status == ann.DONE else {}
            result[spec.id] = check_answer(manifest.kind, spec.gold, value, status=status)
        return result

    def status(self, package_pk: int) -> PracticeStatus:
        package, manifest = self._practice_package(package_pk)
        data = self._load()
        pack = self._pack(data, package.package_id)
        attempts = tuple(Attempt.from_json(a) for a in data["attempts"]
                         if a["package_id"] == package.package_id)
        current_ms = sum(r.active_ms for _key, r in self._work(package_pk))
        return PracticeStatus(
            package_pk=package_pk, package_id=package.package_id, title=dict(manifest.title),
            paid=bool(manifest.practice.paid), attempt_number=pack["attempt"],
            finished=any(a.number == pack["attempt"] for a in attempts),
            active_ms=int(pack["earlier_ms"]) + current_ms, attempts=attempts)

    def overview(self) -> list[PracticeStatus]:
        """Every practice pack assigned to this profile."""
        query = (Package.select(Package.id, Package.manifest).join(Assignment)
                 .where(Assignment.profile == self._profile_id).order_by(Package.package_id))
        return [self.status(row.id) for row in query
                if self._ws.manifest(row.id).practice is not None]

    def attempts(self) -> list[Attempt]:
        """Every finished attempt of this profile, newest first (the certificate history)."""
        found = [Attempt.from_json(a) for a in self._load()["attempts"]]
        return sorted(found, key=lambda a: a.finished_at, reverse=True)

    def certificates(self) -> list[Attempt]:
        return [a for a in self.attempts() if a.is_certificate]

    def earned(self, package_pk: int) -> Decimal:
        """Pay for a paid practice pack: each item once, over every attempt."""
        package, manifest = self._practice_package(package_pk)
        if not manifest.practice.paid:
            return Decimal(0)
        pack = self._load()["packs"].get(package.package_id, {})
        done = {key for key, record in self._work(package_pk) if record.status == ann.DONE}
        return pay.earned(manifest.pay.rate_per_item, len(done | set(pack.get("paid_keys", ()))))

    # ------------------------------------------------------------ changing
    def note_trainer_mode(self, package_pk: int) -> None:
        """Trainer mode was switched on: this attempt shows the answers, so no certificate."""
        package, _manifest = self._practice_package(package_pk)
        with database.atomic():
            data = self._load()
            pack = self._pack(data, package.package_id)
            if pack["attempt"] not in pack["trainer_attempts"]:
                pack["trainer_attempts"].append(pack["attempt"])
                self._store(data)

    def finish(self, package_pk: int, *, now: float | None = None) -> Attempt:
        """Score the current attempt and keep it; asking again returns the same attempt."""
        package, manifest = self._practice_package(package_pk)
        left = self._ws.progress(package_pk).left
        if left:
            raise NotFinished(left)
        with database.atomic():
            data = self._load()
            pack = self._pack(data, package.package_id)
            for raw in data["attempts"]:
                if raw["package_id"] == package.package_id and raw["number"] == pack["attempt"]:
                    return Attempt.from_json(raw)
            result = score(self.verdicts(package_pk).values(), manifest.practice.pass_mark)
            attempt = Attempt(
                id=str(uuidlib.uuid4()), package_id=package.package_id,
                version=package.version, title=dict(manifest.title), kind=manifest.kind,
                number=pack["attempt"], finished_at=time.time() if now is None else now,
                right=result.right, scored=result.scored, pass_mark=result.pass_mark,
                trainer_mode=pack["attempt"] in pack["trainer_attempts"],
                active_ms=sum(r.active_ms for _key, r in self._work(package_pk)))
            data["attempts"].append(attempt.to_json())
            self._store(data)
        return attempt

    def retry(self, package_pk: int) -> int:
        """Start a new attempt: clear this profile's answers in the pack (they were never
        sealed), keeping the finished attempt, its time and which items were paid.
        Returns the new attempt's number."""
        package, _manifest = self._practice_package(package_pk)
        with database.atomic():
            data = self._load()
            pack = self._pack(data, package.package_id)
            if not any(a["package_id"] == package.package_id and a["number"] == pack["attempt"]
                       for a in data["attempts"]):
                raise NotFinished(self._ws.progress(package_pk).left)
            work = self._work(package_pk)
            done = {key for key, record in work if record.status == ann.DONE}
            pack["paid_keys"] = sorted(done | set(pack["paid_keys"]))
            pack["earlier_ms"] = int(pack["earlier_ms"]) + sum(r.active_ms for _k, r in work)
            pack["attempt"] += 1
            (Annotation.delete()
             .where((Annotation.profile == self._profile_id)
                    & (Annotation.package == package_pk) & Annotation.batch_id.is_null())
             .execute())
            self._store(data)
        return pack["attempt"]
