"""Checking a task package: the zip directory, the signature, the manifest, every file.

Order matters: the signature is checked over the raw manifest bytes before the manifest
is parsed, and the manifest is checked before any media member is read. `open_package`
does everything that needs no media bytes (fast, used by the server and before import);
`verify_package` also streams every media file through SHA-256 (the CLI's `verify`).
The importer does that same streaming while extracting, so media is read only once.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..crypto import VerifyKey
from ..errors import PackageError
from ..tr import QT_TRANSLATE_NOOP
from . import archive
from .manifest import Manifest, parse_manifest
from .signing import check_signature


@dataclass
class OpenPackage:
    """A package whose directory, signature and manifest passed; media not yet hashed."""

    checked: archive.CheckedZip
    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes
    publisher: VerifyKey

    def __enter__(self) -> OpenPackage:
        return self

    def __exit__(self, *exc) -> None:
        self.checked.zf.close()

    @property
    def media_bytes(self) -> int:
        return sum(f.size for f in self.manifest.files)

    def byte_counter(self, progress: Callable[[int, int], None] | None):
        """An `on_bytes` callback that reports (bytes so far, all media bytes)."""
        total, done = self.media_bytes, 0

        def counted(n: int) -> None:
            nonlocal done
            done += n
            if progress is not None:
                progress(done, total)

        return counted


def _manifest_json(data: bytes) -> object:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PackageError("bad-manifest", QT_TRANSLATE_NOOP(
            "Errors", "The package's manifest is not readable.")) from exc


def _check_members(checked: archive.CheckedZip, manifest: Manifest) -> None:
    listed = {f.path: f for f in manifest.files}
    for name, info in checked.members.items():
        if name in (archive.MANIFEST_NAME, archive.SIGNATURE_NAME):
            continue
        entry = listed.get(name)
        if entry is None:
            raise PackageError("unexpected-member", QT_TRANSLATE_NOOP(
                "Errors", "The package contains a file its manifest does not list: {name}."),
                name=name)
        if info.file_size != entry.size:
            raise PackageError("bad-size", QT_TRANSLATE_NOOP(
                "Errors", "The file {name} in the package does not have its signed size."),
                name=name)
    missing = [path for path in listed if path not in checked.members]
    if missing:
        raise PackageError("missing-file", QT_TRANSLATE_NOOP(
            "Errors", "The file {name} listed in the package is missing."), name=missing[0])


def open_package(path: Path | str, trusted: Iterable[VerifyKey]) -> OpenPackage:
    """Check everything but the media bytes; the caller closes the result."""
    checked = archive.open_checked(Path(path))
    try:
        manifest_bytes = checked.read_small(archive.MANIFEST_NAME, archive.MAX_MANIFEST_BYTES)
        if manifest_bytes is None:
            raise PackageError("no-manifest", QT_TRANSLATE_NOOP(
                "Errors", "{name} is not a Marika task package (it has no manifest)."),
                name=Path(path).name)
        signature = checked.read_small(archive.SIGNATURE_NAME, archive.MAX_SIGNATURE_BYTES)
        publisher = check_signature(manifest_bytes, signature, list(trusted))
        manifest = parse_manifest(_manifest_json(manifest_bytes))
        _check_members(checked, manifest)
    except BaseException:
        checked.zf.close()
        raise
    return OpenPackage(checked, manifest, manifest_bytes, signature or b"", publisher)


def bad_hash(name: str) -> PackageError:
    return PackageError("bad-hash", QT_TRANSLATE_NOOP(
        "Errors", "The file {name} in the package does not match its signed hash: it was "
                  "changed or damaged."), name=name)


def verify_package(path: Path | str, trusted: Iterable[VerifyKey], *,
                   progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> Manifest:
    """Check the whole package, hashing every media file; return its manifest."""
    with open_package(path, trusted) as package:
        counted = package.byte_counter(progress)
        for entry in package.manifest.files:
            size, digest = package.checked.extract(entry.path, None, on_bytes=counted,
                                                   cancelled=cancelled)
            if size != entry.size or digest != entry.sha256:
                raise bad_hash(entry.path)
        return package.manifest


def read_verified_manifest(path: Path | str, trusted: Iterable[VerifyKey]) -> dict:
    """The signed manifest as a dict (for the collection server, which needs no media)."""
    with open_package(path, trusted) as package:
        return json.loads(package.manifest_bytes.decode("utf-8"))


def trusted_from_texts(texts: Iterable[str]) -> list[VerifyKey]:
    keys = []
    for text in texts:
        try:
            keys.append(VerifyKey.from_text(text))
        except Exception:  # noqa: BLE001, S112 - a malformed stored key trusts nothing
            continue
    return keys

