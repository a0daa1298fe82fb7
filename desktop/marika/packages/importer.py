"""Importing a task package into the office: verify, extract to staging, then commit.

Nothing is shown or kept until the whole package has passed: the zip directory, the
signature by an installed publisher, the manifest, and the SHA-256 of every file as it
is streamed into a staging folder inside the data folder. Only then is the staging
folder renamed into place and the rows written in one transaction. Any refusal (or a
cancel) removes the staging folder, so the store and the data folder are as before.

A newer version of an imported package replaces it in place: the package keeps its
primary key, so assignments and the work already done stay; items are matched by id.
Items the new version drops are deleted unless someone worked on them: those are kept
with a negative ordinal (no longer offered, still sealed and paid). A changed card or
rate asks the workers to read the card again. The same version imported again replaces
a stored copy someone edited after import (its publisher's signature no longer holds
over it): that is how the supervisor repairs it (docs/SECURITY.md).
"""

from __future__ import annotations

import codecs
import io
import json
import os
import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from marika_sync.fsutil import fsync_dir
from marika_sync.package import archive
from marika_sync.package.manifest import Manifest
from marika_sync.package.verify import OpenPackage, bad_hash, open_package, trusted_from_texts
from marika_sync.tr import QT_TRANSLATE_NOOP

from ..core.annotation import TEXT_CLASSIFICATION
from ..core.errors import PackageError
from ..local_trust import stored_package_holds
from ..store import annotations
from ..store.db import database
from ..store.models import Annotation, Assignment, Item, Package, Publisher

STAGING = "staging"
PACKAGES = "packages"
FREE_MARGIN_BYTES = 64 * 1024 * 1024  # keep room for the store after an import


@dataclass(frozen=True)
class ImportResult:
    package_pk: int
    package_id: str
    version: int
    kind: str
    item_count: int
    replaced_version: int | None


def _refuse_version(manifest: Manifest, existing: Package) -> None:
    if manifest.version < existing.version:
        raise PackageError("older-version", QT_TRANSLATE_NOOP(
            "Errors", "This is version {version} of the package {package}, but version "
                      "{installed} is already imported. An older version cannot replace a "
                      "newer one."),
            version=manifest.version, package=manifest.package_id, installed=existing.version)
    if manifest.version == existing.version and stored_package_holds(existing):
        raise PackageError("same-version", QT_TRANSLATE_NOOP(
            "Errors", "Version {version} of the package {package} is already imported."),
            version=manifest.version, package=manifest.package_id)


def _check_space(data_dir: Path, needed: int) -> None:
    if shutil.disk_usage(data_dir).free < needed + FREE_MARGIN_BYTES:
        raise PackageError("disk-full", QT_TRANSLATE_NOOP(
            "Errors", "There is not enough free disk space to import this package "
                      "({size} MB needed). Nothing was changed."),
            size=max(1, (needed + FREE_MARGIN_BYTES) // (1024 * 1024)))


# Text files up to this size are kept in the item rows (one transaction, no file to
# create: 10,000 small files cost seconds on an office disk); larger ones, and all of
# them past the budget, are written to the package folder as before.
TEXT_IN_ROW_BYTES = 256 * 1024
TEXT_IN_ROWS_BUDGET = 64 * 1024 * 1024


class _Utf8Writer:
    """A binary writer that checks UTF-8 as the bytes pass (each file is read once)."""

    def __init__(self, out, name: str) -> None:
        self._out, self._name = out, name
        self._decoder = codecs.getincrementaldecoder("utf-8")()

    def write(self, data: bytes) -> int:
        try:
            self._decoder.decode(data)
        except UnicodeDecodeError as exc:
            raise _not_utf8(self._name) from exc
        return self._out.write(data) if self._out is not None else len(data)

    def finish(self) -> None:
        try:
            self._decoder.decode(b"", final=True)
        except UnicodeDecodeError as exc:
            raise _not_utf8(self._name) from exc


def _not_utf8(name: str) -> PackageError:
    return PackageError("bad-text", QT_TRANSLATE_NOOP(
        "Errors", "The text file {name} in the package is not UTF-8 text."), name=name)


def _extract_all(package: OpenPackage, staging: Path, *,
                 progress: Callable[[int, int], None] | None,
                 cancelled: Callable[[], bool] | None) -> dict[str, str]:
    """Verify every file; write media to `staging`; return the small texts by path."""
    manifest = package.manifest
    counted = package.byte_counter(progress)
    text_files = {item.media for item in manifest.items if item.media} \
        if manifest.kind == TEXT_CLASSIFICATION else set()
    texts: dict[str, str] = {}
    budget = TEXT_IN_ROWS_BUDGET
    written = []
    for entry in manifest.files:
        in_row = entry.path in text_files and entry.size <= min(TEXT_IN_ROW_BYTES, budget)
        dest = staging / entry.path
        if in_row:
            buffer = io.BytesIO()
            out = _Utf8Writer(buffer, entry.path)
            size, digest = package.checked.extract(entry.path, out, on_bytes=counted,
                                                   cancelled=cancelled)
        else:
            dest.parent.mkdir(parents=True, exist_ok=True)
            with open(dest, "xb") as fh:
                out = _Utf8Writer(fh, entry.path) if entry.path in text_files else fh
                size, digest = package.checked.extract(entry.path, out, on_bytes=counted,
                                                       cancelled=cancelled)
            written.append(dest)
        if size != entry.size or digest != entry.sha256:
            raise bad_hash(entry.path)
        if isinstance(out, _Utf8Writer):
            out.finish()
        if in_row:
            budget -= size
            texts[entry.path] = buffer.getvalue().decode("utf-8").removeprefix("\ufeff")
    if written:
        _make_durable(staging, written)
    return texts


def _make_durable(staging: Path, paths: list[Path]) -> None:
    """Media on disk before the rows that point at it. One sync() instead of one fsync
    per file where the platform has it: 10,000 fsyncs take minutes on an office HDD."""
    if hasattr(os, "sync"):
        os.sync()
    else:
        for path in paths:
            with open(path, "rb+") as fh:
                os.fsync(fh.fileno())
    for folder in {p.parent for p in paths} | {staging}:
        fsync_dir(folder)


def _item_rows(manifest: Manifest, texts: dict[str, str]) -> list[dict]:
    sha = {f.path: f.sha256 for f in manifest.files}
    return [{"item_key": item.id, "ordinal": n, "media": item.media,
             "text": texts.get(item.media, item.text) if item.media else item.text,
             "warnings": json.dumps(list(item.content_warnings)),
             "duration_ms": item.duration_ms, "sha256": sha.get(item.media)}
            for n, item in enumerate(manifest.items)]


def _card_terms(manifest_text: str) -> str:
    data = json.loads(manifest_text)
    return json.dumps([data.get("transparency"), data.get("pay")], sort_keys=True)


_INSERT_ITEM = ("INSERT INTO item (package_id, item_key, ordinal, media, text, warnings, "
                "duration_ms, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
_ITEM_FIELDS = ("item_key", "ordinal", "media", "text", "warnings", "duration_ms", "sha256")


def _write_new(package: OpenPackage, media_dir: str, texts: dict[str, str]) -> int:
    m = package.manifest
    row = Package.create(
        package_id=m.package_id, version=m.version, kind=m.kind,
        manifest=package.manifest_bytes.decode("utf-8"), signature=package.signature,
        publisher_key=package.publisher.to_text(), media_dir=media_dir,
        item_count=len(m.items), imported_at=time.time())
    # One prepared statement for every row (peewee would build the SQL row by row).
    database.cursor().executemany(_INSERT_ITEM, (
        (row.id, *(r[f] for f in _ITEM_FIELDS)) for r in _item_rows(m, texts)))
    return row.id


def _write_upgrade(package: OpenPackage, existing: Package, media_dir: str,
                   texts: dict[str, str]) -> int:
    m = package.manifest
    new_text = package.manifest_bytes.decode("utf-8")
    terms_changed = _card_terms(new_text) != _card_terms(existing.manifest)
    pk = existing.id
    # Free every ordinal first: (package, ordinal) is unique and items may move.
    database.execute_sql("UPDATE item SET ordinal = -1 - id WHERE package_id = ?", (pk,))
    old = {i.item_key: i.id for i in Item.select(Item.id, Item.item_key)
           .where(Item.package == pk)}
    for r in _item_rows(m, texts):
        if r["item_key"] in old:
            Item.update(**r).where(Item.id == old.pop(r["item_key"])).execute()
        else:
            Item.insert(**r, package=pk).execute()
    if old:
        worked = {a.item_id for a in Annotation.select(Annotation.item)
                  .where(Annotation.item.in_(list(old.values())))}
        Item.delete().where(Item.id.in_([i for i in old.values() if i not in worked])).execute()
    database.execute_sql(
        "UPDATE annotation SET ordinal = (SELECT ordinal FROM item WHERE item.id = "
        "annotation.item_id) WHERE package_id = ?", (pk,))
    annotations.rebuild_progress(pk)
    Package.update(version=m.version, kind=m.kind, manifest=new_text,
                   signature=package.signature, publisher_key=package.publisher.to_text(),
                   media_dir=media_dir, item_count=len(m.items),
                   imported_at=time.time()).where(Package.id == pk).execute()
    if terms_changed:
        Assignment.update(card_acknowledged_at=None).where(Assignment.package == pk).execute()
    return pk


def clean_staging(data_dir: Path) -> None:
    """Remove what an interrupted import left (one Marika per data folder: the lock)."""
    shutil.rmtree(Path(data_dir) / STAGING, ignore_errors=True)


def import_package(path: Path | str, *, data_dir: Path,
                   progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Verify and import one package for the office. Slow: call from a worker thread."""
    data_dir = Path(data_dir)
    trusted = trusted_from_texts(p.public_key for p in Publisher.select())
    if not trusted:
        raise PackageError("no-publishers", QT_TRANSLATE_NOOP(
            "Errors", "No publisher keys are installed in this office yet, so no package "
                      "can be trusted. The supervisor installs them first."))
    clean_staging(data_dir)
    with open_package(path, trusted) as package:
        m = package.manifest
        existing = Package.get_or_none(Package.package_id == m.package_id)
        if existing is not None:
            _refuse_version(m, existing)
        _check_space(data_dir, package.media_bytes)
        staging = data_dir / STAGING / uuid.uuid4().hex
        staging.mkdir(parents=True)
        media_dir = f"{PACKAGES}/{m.package_id}/v{m.version}"
        final = data_dir / media_dir
        placed = False
        try:
            texts = _extract_all(package, staging, progress=progress, cancelled=cancelled)
            if cancelled is not None and cancelled():
                raise archive.refused_cancelled()
            if final.exists():  # left by an import that crashed before its commit
                shutil.rmtree(final)
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging, final)
            placed = True
            with database.atomic():
                pk = (_write_upgrade(package, existing, media_dir, texts)
                      if existing is not None else _write_new(package, media_dir, texts))
        except BaseException:
            if placed:
                shutil.rmtree(final, ignore_errors=True)
            raise
        finally:
            shutil.rmtree(staging, ignore_errors=True)
            shutil.rmtree(data_dir / STAGING, ignore_errors=True)
    if existing is not None and existing.media_dir != media_dir:
        shutil.rmtree(data_dir / existing.media_dir, ignore_errors=True)
    return ImportResult(package_pk=pk, package_id=m.package_id, version=m.version, kind=m.kind,
                        item_count=len(m.items),
                        replaced_version=existing.version if existing else None)
