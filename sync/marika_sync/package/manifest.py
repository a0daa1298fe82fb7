"""The task package manifest (format v1): parsing and validation into frozen values.

A manifest is untrusted input until its signature is checked, and even then a
publisher can make mistakes, so every field is checked here for type, range and
consistency. Each refusal is a `PackageError` with a stable reason code and a
translatable sentence that names the field. See docs/PACKAGE_FORMAT.md.

Texts shown to the worker (title, label names, instructions, card fields, gold
explanations) are either a plain string or a dict language -> string; `Texts` keeps
them as a read-only mapping and `pick_text` chooses the worker's language.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from types import MappingProxyType

from ..errors import PackageError
from ..tr import QT_TRANSLATE_NOOP
from .kinds import AUDIO_TRANSCRIPTION, IMAGE_TAG, KINDS, TEXT_CLASSIFICATION

FORMAT_VERSION = 1
MAX_ITEMS = 200_000
MAX_LABELS = 50
MAX_TEXT = 20_000  # characters in one instruction, name or card field
MAX_INLINE_ITEM_TEXT = 100_000  # longer item texts travel as .txt files
MAX_DURATION_MS = 4 * 3600 * 1000
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")
PATH_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}(/[A-Za-z0-9][A-Za-z0-9._-]{0,127}){0,3}$")
LANG_RE = re.compile(r"^[a-z]{2,3}([-_][A-Za-z0-9]{2,8})?$")
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
HOTKEYS = tuple("123456789") + tuple("abcdefghijklmnopqrstuvwxyz")
CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
CHOICES = ("single", "multi")
MEDIA_SUFFIXES = {
    IMAGE_TAG: (".jpg", ".jpeg", ".png", ".webp", ".bmp", ".gif", ".tif", ".tiff"),
    AUDIO_TRANSCRIPTION: (".wav", ".flac", ".ogg", ".oga", ".mp3"),
    TEXT_CLASSIFICATION: (".txt",),
}
# Content warnings are codes, so every worker reads them in their own language.
WARNING_NAMES = {
    "violence": QT_TRANSLATE_NOOP("ContentWarnings", "violence"),
    "sexual": QT_TRANSLATE_NOOP("ContentWarnings", "sexual content"),
    "hate": QT_TRANSLATE_NOOP("ContentWarnings", "hate speech"),
    "self_harm": QT_TRANSLATE_NOOP("ContentWarnings", "self-harm or suicide"),
    "medical": QT_TRANSLATE_NOOP("ContentWarnings", "medical or injury images"),
    "distress": QT_TRANSLATE_NOOP("ContentWarnings", "distressing content"),
    "other": QT_TRANSLATE_NOOP("ContentWarnings", "other sensitive content"),
}
CONTENT_WARNINGS = tuple(WARNING_NAMES)

Texts = Mapping[str, str]


@dataclass(frozen=True)
class Label:
    id: str
    hotkey: str
    name: Texts
    description: Texts


@dataclass(frozen=True)
class Transparency:
    client: Texts
    purpose: Texts
    contact: Texts
    reviewer: Texts
    content_warnings: tuple[str, ...]


@dataclass(frozen=True)
class Pay:
    rate_per_item: Decimal
    currency: str
    # A wage per hour the publisher declares for comparison (a legal minimum wage, say),
    # in the same currency, with a text naming it; None when the package declares none.
    reference_hourly_wage: Decimal | None = None
    reference_note: Texts = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class Practice:
    """A practice pack: gold answers, instant feedback, a pass mark and a certificate."""

    pass_mark: Decimal  # share of scored items that must be right, 0..1
    paid: bool  # practice time is paid at the package's rate


@dataclass(frozen=True)
class ProtectionHints:
    """What the publisher suggests for warned items; the worker's own choice wins."""

    warned_daily_limit: int | None = None  # warned items a day
    break_after_minutes: int | None = None  # active time on warned items before a break


@dataclass(frozen=True)
class FileEntry:
    path: str
    size: int
    sha256: str


@dataclass(frozen=True)
class ItemSpec:
    id: str
    media: str | None  # a path among `files` (image, audio, or a long text as .txt)
    text: str | None  # a short text inline (text classification)
    duration_ms: int | None
    content_warnings: tuple[str, ...]
    gold: Mapping | None  # practice: {"labels": [...]} or {"transcript": ...}, "explanation"


@dataclass(frozen=True)
class Manifest:
    format: int
    package_id: str
    version: int
    kind: str
    title: Texts
    choice: str
    segments: bool
    labels: tuple[Label, ...]
    instructions: Texts
    transparency: Transparency
    pay: Pay
    results_public_key: str
    practice: Practice | None
    publisher: str
    files: tuple[FileEntry, ...]
    items: tuple[ItemSpec, ...]
    protection: ProtectionHints = ProtectionHints()

    @property
    def content_warnings(self) -> tuple[str, ...]:
        """Every warning the package declares, for the card: package-wide and per item."""
        seen = dict.fromkeys(self.transparency.content_warnings)
        for item in self.items:
            seen.update(dict.fromkeys(item.content_warnings))
        return tuple(seen)

    def file(self, path: str) -> FileEntry | None:
        return next((f for f in self.files if f.path == path), None)


def pick_text(texts: Texts | None, languages: tuple[str, ...] = ("en",)) -> str:
    """The text in the first language of `languages` that has one, else any."""
    if not texts:
        return ""
    for code in (*languages, "en", "fr", "mg"):
        if texts.get(code):
            return texts[code]
    return next(iter(texts.values()), "")


# ---------------------------------------------------------------- parsing

def _bad(field: str, message: str | None = None, **params) -> PackageError:
    return PackageError(
        "bad-manifest",
        message or QT_TRANSLATE_NOOP(
            "Errors", "The package's manifest is not valid: the field {field} is wrong."),
        field=field, **params)


def _get(data: Mapping, key: str, types, field: str, *, default=...):
    if key not in data:
        if default is ...:
            raise PackageError("bad-manifest", QT_TRANSLATE_NOOP(
                "Errors", "The package's manifest is not valid: the field {field} is missing."),
                field=field)
        return default
    value = data[key]
    # bool is an int in Python: a version of `true` must not pass as 1
    if isinstance(value, bool) and bool not in (types if isinstance(types, tuple) else (types,)):
        raise _bad(field)
    if not isinstance(value, types):
        raise _bad(field)
    return value


def _texts(value, field: str, *, required: bool = True) -> Texts:
    if isinstance(value, str):
        value = {"en": value}
    if value is None and not required:
        return MappingProxyType({})
    if not isinstance(value, dict) or (required and not value):
        raise _bad(field)
    clean = {}
    for lang, text in value.items():
        if not isinstance(lang, str) or not LANG_RE.match(lang) or not isinstance(text, str):
            raise _bad(field)
        if len(text) > MAX_TEXT:
            raise _bad(field)
        clean[lang] = text
    if required and not any(t.strip() for t in clean.values()):
        raise _bad(field)
    return MappingProxyType(clean)


def _warnings(value, field: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise _bad(field)
    unknown = [w for w in value if w not in CONTENT_WARNINGS]
    if unknown:
        raise _bad(field)
    return tuple(dict.fromkeys(value))


def _labels(data: Mapping, kind: str) -> tuple[Label, ...]:
    raw = _get(data, "labels", list, "labels", default=[])
    if kind == AUDIO_TRANSCRIPTION:
        if raw:
            raise _bad("labels")
        return ()
    if not raw or len(raw) > MAX_LABELS:
        raise _bad("labels")
    labels, ids, keys = [], set(), set()
    for n, entry in enumerate(raw):
        field = f"labels[{n}]"
        if not isinstance(entry, dict):
            raise _bad(field)
        label_id = _get(entry, "id", str, f"{field}.id")
        if not ID_RE.match(label_id) or label_id in ids:
            raise _bad(f"{field}.id")
        default_key = HOTKEYS[n] if n < len(HOTKEYS) else ""
        hotkey = _get(entry, "hotkey", str, f"{field}.hotkey", default=default_key).lower()
        if hotkey not in HOTKEYS or hotkey in keys:
            raise _bad(f"{field}.hotkey")
        ids.add(label_id)
        keys.add(hotkey)
        labels.append(Label(
            id=label_id, hotkey=hotkey,
            name=_texts(entry.get("name", label_id), f"{field}.name"),
            description=_texts(entry.get("description"), f"{field}.description",
                               required=False)))
    return tuple(labels)


def _pay(data: Mapping) -> Pay:
    raw = _get(data, "pay", dict, "pay")
    rate_raw = _get(raw, "rate_per_item", (str, int), "pay.rate_per_item")
    try:
        rate = Decimal(str(rate_raw))
    except InvalidOperation as exc:
        raise _bad("pay.rate_per_item") from exc
    if not rate.is_finite() or rate < 0 or rate > Decimal("1000000"):
        raise _bad("pay.rate_per_item")
    currency = _get(raw, "currency", str, "pay.currency")
    if not CURRENCY_RE.match(currency):
        raise _bad("pay.currency")
    wage_raw = _get(raw, "reference_hourly_wage", (str, int), "pay.reference_hourly_wage",
                    default=None)
    wage = None
    if wage_raw is not None:
        try:
            wage = Decimal(str(wage_raw))
        except InvalidOperation as exc:
            raise _bad("pay.reference_hourly_wage") from exc
        if not wage.is_finite() or wage <= 0 or wage > Decimal("100000000"):
            raise _bad("pay.reference_hourly_wage")
    note = _texts(raw.get("reference_note"), "pay.reference_note", required=False)
    return Pay(rate_per_item=rate, currency=currency, reference_hourly_wage=wage,
               reference_note=note)


def _transparency(data: Mapping) -> Transparency:
    raw = _get(data, "transparency", dict, "transparency")
    return Transparency(
        client=_texts(raw.get("client"), "transparency.client"),
        purpose=_texts(raw.get("purpose"), "transparency.purpose"),
        contact=_texts(raw.get("contact"), "transparency.contact"),
        reviewer=_texts(raw.get("reviewer"), "transparency.reviewer"),
        content_warnings=_warnings(raw.get("content_warnings"),
                                   "transparency.content_warnings"))


def _practice(data: Mapping) -> Practice | None:
    raw = data.get("practice")
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise _bad("practice")
    mark_raw = _get(raw, "pass_mark", (str, int, float), "practice.pass_mark", default="0.8")
    try:
        mark = Decimal(str(mark_raw))
    except InvalidOperation as exc:
        raise _bad("practice.pass_mark") from exc
    if not mark.is_finite() or not 0 <= mark <= 1:
        raise _bad("practice.pass_mark")
    paid = _get(raw, "paid", bool, "practice.paid", default=False)
    return Practice(pass_mark=mark, paid=paid)


def _protection(data: Mapping) -> ProtectionHints:
    raw = _get(data, "protection", dict, "protection", default=None)
    if raw is None:
        return ProtectionHints()
    limit = _get(raw, "warned_daily_limit", int, "protection.warned_daily_limit",
                 default=None)
    if limit is not None and not 1 <= limit <= 10_000:
        raise _bad("protection.warned_daily_limit")
    minutes = _get(raw, "break_after_minutes", int, "protection.break_after_minutes",
                   default=None)
    if minutes is not None and not 1 <= minutes <= 240:
        raise _bad("protection.break_after_minutes")
    return ProtectionHints(warned_daily_limit=limit, break_after_minutes=minutes)


def _files(data: Mapping) -> tuple[FileEntry, ...]:
    raw = _get(data, "files", list, "files")
    if len(raw) > MAX_ITEMS + 100:
        raise _bad("files")
    files, seen = [], set()
    for n, entry in enumerate(raw):
        field = f"files[{n}]"
        if not isinstance(entry, dict):
            raise _bad(field)
        path = _get(entry, "path", str, f"{field}.path")
        if not PATH_RE.match(path) or ".." in path.split("/") or path.lower() in seen \
                or path.startswith("manifest."):
            raise _bad(f"{field}.path")
        size = _get(entry, "size", int, f"{field}.size")
        digest = _get(entry, "sha256", str, f"{field}.sha256")
        if size < 0 or not SHA256_RE.match(digest):
            raise _bad(field)
        seen.add(path.lower())  # case-insensitive file systems (Windows) would merge them
        files.append(FileEntry(path=path, size=size, sha256=digest))
    return tuple(files)


def _gold(raw, kind: str, label_ids: set[str], multi: bool, field: str) -> Mapping | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise _bad(field)
    gold: dict = {}
    if kind == AUDIO_TRANSCRIPTION:
        transcript = _get(raw, "transcript", str, f"{field}.transcript")
        gold["transcript"] = transcript
    else:
        labels = _get(raw, "labels", list, f"{field}.labels")
        if not labels or not all(isinstance(x, str) and x in label_ids for x in labels) \
                or (not multi and len(labels) != 1):
            raise _bad(f"{field}.labels")
        gold["labels"] = tuple(dict.fromkeys(labels))
    gold["explanation"] = _texts(raw.get("explanation"), f"{field}.explanation",
                                 required=False)
    return MappingProxyType(gold)


def _items(data: Mapping, kind: str, *, files: tuple[FileEntry, ...],
           labels: tuple[Label, ...], multi: bool,
           practice: Practice | None) -> tuple[ItemSpec, ...]:
    raw = _get(data, "items", list, "items")
    if not raw:
        raise PackageError("no-items", QT_TRANSLATE_NOOP(
            "Errors", "The package contains no items."))
    if len(raw) > MAX_ITEMS:
        raise PackageError("too-many-items", QT_TRANSLATE_NOOP(
            "Errors", "The package has more than {limit} items."), limit=MAX_ITEMS)
    by_path = {f.path: f for f in files}
    label_ids = {label.id for label in labels}
    items, ids, used = [], set(), set()
    for n, entry in enumerate(raw):
        field = f"items[{n}]"
        if not isinstance(entry, dict):
            raise _bad(field)
        item_id = _get(entry, "id", str, f"{field}.id")
        if not ID_RE.match(item_id) or item_id in ids:
            raise _bad(f"{field}.id")
        ids.add(item_id)
        media = _get(entry, "media", str, f"{field}.media", default=None)
        text = _get(entry, "text", str, f"{field}.text", default=None)
        if media is not None:
            if media not in by_path or not media.lower().endswith(MEDIA_SUFFIXES[kind]):
                raise _bad(f"{field}.media")
            used.add(media)
        if kind == TEXT_CLASSIFICATION:
            if (media is None) == (text is None):  # exactly one of them
                raise _bad(f"{field}.text")
            if text is not None and len(text) > MAX_INLINE_ITEM_TEXT:
                raise _bad(f"{field}.text")
        elif media is None or text is not None:
            raise _bad(f"{field}.media")
        duration = _get(entry, "duration_ms", int, f"{field}.duration_ms", default=None)
        if duration is not None and not 0 < duration <= MAX_DURATION_MS:
            raise _bad(f"{field}.duration_ms")
        gold = _gold(entry.get("gold"), kind, label_ids, multi, f"{field}.gold")
        if gold is not None and practice is None:
            raise _bad(f"{field}.gold")
        items.append(ItemSpec(
            id=item_id, media=media, text=text, duration_ms=duration,
            content_warnings=_warnings(entry.get("content_warnings"),
                                       f"{field}.content_warnings"),
            gold=gold))
    if practice is not None and not any(item.gold is not None for item in items):
        raise _bad("practice")
    unused = [f.path for f in files if f.path not in used]
    if unused:
        raise _bad("files", QT_TRANSLATE_NOOP(
            "Errors", "The package lists a file no item uses: {name}."), name=unused[0])
    return tuple(items)


def parse_manifest(data: object) -> Manifest:
    """Check a decoded manifest and return it as a `Manifest`; raise PackageError."""
    if not isinstance(data, dict):
        raise _bad("manifest")
    fmt = _get(data, "format", int, "format")
    if fmt != FORMAT_VERSION:
        raise PackageError("unknown-format", QT_TRANSLATE_NOOP(
            "Errors", "This package uses format {version}, which this version of Marika "
                      "does not know. Please update Marika."), version=fmt)
    package_id = _get(data, "package_id", str, "package_id")
    if not ID_RE.match(package_id):
        raise _bad("package_id")
    version = _get(data, "version", int, "version")
    if not 1 <= version <= 2**31:
        raise _bad("version")
    kind = _get(data, "kind", str, "kind")
    if kind not in KINDS:
        raise PackageError("unknown-kind", QT_TRANSLATE_NOOP(
            "Errors", "This package is for a task kind Marika does not know: {kind}."),
            kind=kind[:40])
    choice = _get(data, "choice", str, "choice", default="single")
    if choice not in CHOICES:
        raise _bad("choice")
    segments = _get(data, "segments", bool, "segments", default=False)
    if segments and kind != AUDIO_TRANSCRIPTION:
        raise _bad("segments")
    results_key = _get(data, "results_public_key", str, "results_public_key")
    if not re.match(r"^x25519-pub:[A-Za-z0-9+/]{43}=$", results_key):
        raise _bad("results_public_key")
    labels = _labels(data, kind)
    files = _files(data)
    practice = _practice(data)
    return Manifest(
        format=fmt, package_id=package_id, version=version, kind=kind,
        title=_texts(data.get("title"), "title"), choice=choice, segments=segments,
        labels=labels, instructions=_texts(data.get("instructions"), "instructions"),
        transparency=_transparency(data), pay=_pay(data), results_public_key=results_key,
        practice=practice,
        publisher=_get(data, "publisher", str, "publisher", default="")[:200],
        files=files,
        items=_items(data, kind, files=files, labels=labels, multi=choice == "multi",
                     practice=practice),
        protection=_protection(data))
