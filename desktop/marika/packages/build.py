"""`marika package build`: a folder of media plus a description -> a signed package.

The source folder format is documented in docs/PACKAGE_FORMAT.md. The builder gives
each media file a name of its own under `media/`, measures audio durations, hashes
everything, validates the result with the same parser the importer uses (so a trainer
learns about a mistake at build time, not in the office), signs the manifest and writes
the zip atomically. A mistake is named where the trainer can fix it: the file, the CSV
line and column (or the item's number in items.json).

What it writes it verifies with the importer's own reader and limits before it is put
in place, so a package it builds always verifies; a member that deflate would shrink
past the zip-bomb ratio (10 MB of one letter) is stored uncompressed instead.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import tempfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from marika_sync.canonical import canonical_json
from marika_sync.crypto import BoxPublicKey, SigningKey
from marika_sync.fsutil import fsync_dir
from marika_sync.package import archive
from marika_sync.package.manifest import (
    FORMAT_VERSION,
    MAX_INLINE_ITEM_TEXT,
    Manifest,
    parse_manifest,
)
from marika_sync.package.signing import sign_manifest
from marika_sync.package.verify import verify_package
from marika_sync.tr import QT_TRANSLATE_NOOP

from ..core.annotation import AUDIO_TRANSCRIPTION, TEXT_CLASSIFICATION
from ..core.errors import PackageError
from ..media.files import file_sha256

Source = Path | bytes
_DEFLATE_SUFFIXES = (".txt", ".wav", ".bmp", ".tif", ".tiff")
_RESERVED = ("format", "files", "items")
_FIXED_DATE = (2020, 1, 1, 0, 0, 0)


def _source_error(message: str, **params) -> PackageError:
    return PackageError("bad-source", message, **params)


# ---------------------------------------------------------------- writing a zip

def _digest(source: Source) -> tuple[int, str]:
    if isinstance(source, bytes):
        return len(source), hashlib.sha256(source).hexdigest()
    return Path(source).stat().st_size, file_sha256(Path(source))


def _add(zf: zipfile.ZipFile, name: str, source: Source, *, store: bool = False) -> None:
    """One member with a fixed date, so the same input and key give the same bytes."""
    info = zipfile.ZipInfo(name, date_time=_FIXED_DATE)
    info.external_attr = 0o644 << 16
    deflate = name.lower().endswith(_DEFLATE_SUFFIXES) or name.startswith("manifest.")
    info.compress_type = zipfile.ZIP_DEFLATED if deflate and not store else zipfile.ZIP_STORED
    if isinstance(source, bytes):
        zf.writestr(info, source)
        return
    with open(source, "rb") as src, zf.open(info, "w") as dest:
        while chunk := src.read(1 << 20):
            dest.write(chunk)


def write_package(fields: dict, media: Iterable[tuple[str, Source]], *, key: SigningKey,
                  out: Path) -> Manifest:
    """Write a signed package: `fields` is the manifest without `files`, whose `items`
    already name the zip paths in `media`. Returns the validated manifest."""
    media = list(media)
    files = []
    for name, source in media:
        size, sha = _digest(source)
        files.append({"path": name, "size": size, "sha256": sha})
    data = {**fields, "format": FORMAT_VERSION, "files": files}
    manifest = parse_manifest(data)  # the importer's own rules, at build time
    manifest_bytes = canonical_json(data)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(fd)
    stored: set[str] = set()  # members deflate would shrink past the zip-bomb ratio
    try:
        while True:
            _write_zip(Path(tmp_name), manifest_bytes, sign_manifest(manifest_bytes, key),
                       media, stored)
            try:  # the importer's reader and limits: what is built always verifies
                verify_package(tmp_name, [key.public])
            except PackageError as exc:
                name = exc.params.get("name")
                if exc.reason == "zip-bomb" and name not in stored:
                    stored.add(name)
                    continue
                raise
            break
        os.chmod(tmp_name, 0o644)  # a package is public: others on a shared folder read it
        os.replace(tmp_name, out)
        fsync_dir(out.parent)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return manifest


def _write_zip(path: Path, manifest_bytes: bytes, signature: bytes,
               media: list[tuple[str, Source]], stored: set[str]) -> None:
    with open(path, "wb") as raw:
        with zipfile.ZipFile(raw, "w") as zf:
            _add(zf, archive.MANIFEST_NAME, manifest_bytes)
            _add(zf, archive.SIGNATURE_NAME, signature)
            for name, source in media:
                _add(zf, name, source, store=name in stored)
        raw.flush()
        os.fsync(raw.fileno())


# ---------------------------------------------------------------- the source folder

def _read_json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise _source_error(QT_TRANSLATE_NOOP(
            "Errors", "{name} cannot be read as JSON: {detail}"),
            name=path.name, detail=str(exc)[:200]) from exc


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(";") if part.strip()]


def _csv_items(path: Path, kind: str) -> tuple[list[dict], list[int]]:
    """The items, and the CSV line each starts on."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise _source_error(QT_TRANSLATE_NOOP(
            "Errors", "{name} cannot be read as UTF-8 text."), name=path.name) from exc
    header = text.splitlines()[0] if text.strip() else ""
    if ";" in header and "," not in header:
        raise _source_error(QT_TRANSLATE_NOOP(
            "Errors", "{name} separates its columns with semicolons. Marika needs commas: "
                      "save it again as \"CSV (comma delimited)\"."), name=path.name)
    items, lines = [], []
    reader = csv.DictReader(io.StringIO(text))
    for raw_row in reader:
        lines.append(reader.line_num)
        row = {(k or "").strip(): (v or "").strip() if k != "text" else (v or "")
               for k, v in raw_row.items()}
        item: dict = {"id": row.get("id", "")}
        for name in ("media", "text"):
            if row.get(name):
                item[name] = row[name]
        if row.get("duration_ms"):
            try:
                item["duration_ms"] = int(row["duration_ms"])
            except ValueError as exc:
                raise _source_error(QT_TRANSLATE_NOOP(
                    "Errors", "{name}, line {line}, column {column}: the value is wrong."),
                    name=path.name, line=reader.line_num, column="duration_ms") from exc
        if row.get("content_warnings"):
            item["content_warnings"] = _split(row["content_warnings"])
        explanation = {k.partition("_")[2] or "en": v for k, v in row.items()
                       if (k == "explanation" or k.startswith("explanation_")) and v}
        if row.get("gold"):
            gold = ({"transcript": row["gold"]} if kind == AUDIO_TRANSCRIPTION
                    else {"labels": _split(row["gold"])})
            if explanation:
                gold["explanation"] = explanation
            item["gold"] = gold
        items.append(item)
    return items, lines


def _inside(source_dir: Path, relative: str, item_id: str) -> Path:
    path = (source_dir / relative).resolve()
    if source_dir.resolve() not in path.parents or not path.is_file():
        raise _source_error(QT_TRANSLATE_NOOP(
            "Errors", "The media file {name} of item {item} is not in the source folder."),
            name=relative, item=item_id)
    return path


def _duration_ms(path: Path) -> int:
    import soundfile

    try:
        info = soundfile.info(str(path))
    except (RuntimeError, OSError) as exc:
        raise _source_error(QT_TRANSLATE_NOOP(
            "Errors", "The audio file {name} cannot be read."), name=path.name) from exc
    return max(1, round(info.frames * 1000 / info.samplerate))


@dataclass
class Origin:
    """Where the items came from, to name a mistake's place: the file, and for a CSV the
    line each item starts on."""

    name: str
    lines: list[int] | None = None

    def error(self, exc: PackageError) -> PackageError:
        """`exc` about items[N].field said at its place in the source, or `exc` itself."""
        found = re.match(r"items\[(\d+)\](?:\.(\w+))?", str(exc.params.get("field", "")))
        if exc.reason != "bad-manifest" or found is None:
            return exc
        number, column = int(found.group(1)), found.group(2) or "id"
        missing = exc.message.endswith("is missing.")
        if self.lines is not None and number < len(self.lines):
            return _source_error(
                QT_TRANSLATE_NOOP("Errors", "{name}, line {line}, column {column}: the value "
                                            "is missing.") if missing else
                QT_TRANSLATE_NOOP("Errors", "{name}, line {line}, column {column}: the value "
                                            "is wrong."),
                name=self.name, line=self.lines[number], column=column)
        return _source_error(
            QT_TRANSLATE_NOOP("Errors", "{name}, item number {number}: the field {column} is "
                                        "missing.") if missing else
            QT_TRANSLATE_NOOP("Errors", "{name}, item number {number}: the field {column} is "
                                        "wrong."),
            name=self.name, number=number + 1, column=column)

    def duplicate(self, item_id: str, first: int, again: int) -> PackageError:
        if self.lines is not None:
            return _source_error(QT_TRANSLATE_NOOP(
                "Errors", "{name}: the item id {item} is used twice, on lines {first} and "
                          "{again}."), name=self.name, item=item_id, first=self.lines[first],
                again=self.lines[again])
        return _source_error(QT_TRANSLATE_NOOP(
            "Errors", "{name}: the item id {item} is used twice, by items number {first} and "
                      "{again}."), name=self.name, item=item_id, first=first + 1,
            again=again + 1)


def load_source(source_dir: Path) -> tuple[dict, list[dict]]:
    """Read package.json and items.json or items.csv from a source folder."""
    fields, items, _origin = _load_source(Path(source_dir))
    return fields, items


def _load_source(source_dir: Path) -> tuple[dict, list[dict], Origin]:
    if not source_dir.is_dir():
        raise _source_error(QT_TRANSLATE_NOOP(
            "Errors", "The source folder {name} does not exist."), name=str(source_dir))
    description = source_dir / "package.json"
    if not description.is_file():
        raise _source_error(QT_TRANSLATE_NOOP(
            "Errors", "The source folder has no package.json."))
    fields = _read_json(description)
    if not isinstance(fields, dict):
        raise _source_error(QT_TRANSLATE_NOOP(
            "Errors", "package.json must contain one JSON object."))
    reserved = [k for k in _RESERVED if k in fields]
    if reserved:
        raise _source_error(QT_TRANSLATE_NOOP(
            "Errors", "package.json must not set {field}: the builder writes it."),
            field=reserved[0])
    kind = str(fields.get("kind", ""))
    if (source_dir / "items.json").is_file():
        items = _read_json(source_dir / "items.json")
        if not isinstance(items, list):
            raise _source_error(QT_TRANSLATE_NOOP(
                "Errors", "items.json must contain a list of items."))
        origin = Origin("items.json")
    elif (source_dir / "items.csv").is_file():
        items, lines = _csv_items(source_dir / "items.csv", kind)
        origin = Origin("items.csv", lines)
    else:
        raise _source_error(QT_TRANSLATE_NOOP(
            "Errors", "The source folder has neither items.json nor items.csv."))
    return fields, items, origin


def build_package(source_dir: Path | str, *, key: SigningKey, out: Path | str,
                  results_key: BoxPublicKey | None = None) -> Manifest:
    source_dir = Path(source_dir)
    fields, raw_items, origin = _load_source(source_dir)
    if results_key is not None:
        fields["results_public_key"] = results_key.to_text()
    kind = fields.get("kind")
    media: list[tuple[str, Source]] = []
    by_source: dict[Path, str] = {}
    items = []
    first_seen: dict[str, int] = {}
    for n, raw in enumerate(raw_items):
        if not isinstance(raw, dict):
            raise _source_error(QT_TRANSLATE_NOOP(
                "Errors", "Item number {number} is not an object."), number=n + 1)
        item = dict(raw)
        item_id = str(item.get("id", ""))
        if item_id and item_id in first_seen:
            raise origin.duplicate(item_id, first_seen[item_id], n)
        first_seen.setdefault(item_id, n)
        text = item.get("text")
        if kind == TEXT_CLASSIFICATION and isinstance(text, str) \
                and len(text) > MAX_INLINE_ITEM_TEXT:
            name = f"media/{len(media) + 1:05d}.txt"  # long texts travel as files
            media.append((name, text.encode("utf-8")))
            del item["text"]
            item["media"] = name
        elif isinstance(item.get("media"), str):
            path = _inside(source_dir, item["media"], item_id)
            if path not in by_source:
                by_source[path] = f"media/{len(media) + 1:05d}{path.suffix.lower()}"
                media.append((by_source[path], path))
            item["media"] = by_source[path]
            if kind == AUDIO_TRANSCRIPTION and "duration_ms" not in item:
                item["duration_ms"] = _duration_ms(path)
        items.append(item)
    fields["items"] = items
    try:
        return write_package(fields, media, key=key, out=Path(out))
    except PackageError as exc:
        raise origin.error(exc) from exc
