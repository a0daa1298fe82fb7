"""Registering task packages on the server, so it pays the true rate, not the claim.

The server only needs the signed manifest (id, version, pay, results key), never the
media. The package's signature is checked against a publisher key the operator names
with `--trust`. When the desktop's package verifier (`marika.packages`) offers
`read_verified_manifest(path, trusted)`, it is used; otherwise a minimal check reads
`manifest.json` and its Ed25519 signature `manifest.sig` (raw or base64) from the zip.
"""

from __future__ import annotations

import base64
import binascii
import importlib
import json
import time
import zipfile
from decimal import Decimal, InvalidOperation
from pathlib import Path

from marika.core.canonical import canonical_json
from marika.crypto import BoxPublicKey, CryptoError, VerifyKey

from .db import Package
from .refusal import Refusal

MAX_MANIFEST = 64 * 1024 * 1024


def _verified_by_desktop(path: Path, trusted: VerifyKey) -> dict | None:
    try:
        module = importlib.import_module("marika.packages.verify")
    except ImportError:
        return None
    reader = getattr(module, "read_verified_manifest", None)
    if reader is None:
        return None
    manifest = reader(path, [trusted])
    return manifest if isinstance(manifest, dict) else json.loads(manifest)


def _member(zf: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_MANIFEST:
        raise Refusal(400, "bad-package", f"{name} is too large")
    with zf.open(info) as fh:
        return fh.read(MAX_MANIFEST + 1)[:MAX_MANIFEST]


def _verified_minimal(path: Path, trusted: VerifyKey) -> dict:
    try:
        with zipfile.ZipFile(path) as zf:
            manifest_bytes = _member(zf, "manifest.json")
            sig = _member(zf, "manifest.sig")
    except (OSError, zipfile.BadZipFile) as exc:
        raise Refusal(400, "bad-package", "not a task package") from exc
    if manifest_bytes is None or sig is None:
        raise Refusal(400, "bad-package", "the package has no signed manifest")
    if len(sig) != 64:
        try:
            sig = base64.b64decode(sig.strip(), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise Refusal(400, "bad-package", "malformed signature") from exc
    try:
        trusted.verify(sig, manifest_bytes)
    except CryptoError as exc:
        raise Refusal(403, "bad-signature", "the manifest is not signed by that key") from exc
    try:
        return json.loads(manifest_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise Refusal(400, "bad-package", "the manifest is not JSON") from exc


def _field(manifest: dict, *paths: str):
    for path in paths:
        value = manifest
        for part in path.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if value not in (None, ""):
            return value
    return None


def register_manifest(manifest: dict, *, publisher_key: str,
                      now: float | None = None) -> tuple[str, int]:
    """Record a verified manifest's id, version, rate, currency and results key."""
    package_id = _field(manifest, "package_id", "id")
    version = _field(manifest, "version")
    rate = _field(manifest, "pay.rate_per_item", "rate_per_item")
    currency = _field(manifest, "pay.currency", "currency")
    results_key = _field(manifest, "results_key", "results.public_key", "results.key")
    if not isinstance(package_id, str) or type(version) is not int:
        raise Refusal(400, "bad-package", "the manifest has no id or version")
    try:
        rate_value = Decimal(str(rate))
        BoxPublicKey.from_text(str(results_key))
    except (InvalidOperation, CryptoError) as exc:
        raise Refusal(400, "bad-package", "the manifest's pay or results key is invalid") from exc
    if not rate_value.is_finite() or rate_value < 0 or not isinstance(currency, str):
        raise Refusal(400, "bad-package", "the manifest's pay is invalid")
    row = Package.get_or_none((Package.package_id == package_id) & (Package.version == version))
    if row is not None:
        if Decimal(row.rate_per_item) != rate_value or row.results_key != results_key:
            raise Refusal(409, "package-conflict",
                          "this package version is registered with other terms")
        return package_id, version
    Package.create(package_id=package_id, version=version, rate_per_item=str(rate),
                   currency=currency, results_key=str(results_key),
                   publisher_key=publisher_key, manifest=canonical_json(manifest).decode(),
                   registered_at=time.time() if now is None else now)
    return package_id, version


def add_package(path: Path, *, trust: str) -> tuple[str, int]:
    try:
        trusted = VerifyKey.from_text(trust)
    except CryptoError as exc:
        raise Refusal(400, "bad-key", "--trust needs an ed25519-pub: key") from exc
    manifest = _verified_by_desktop(Path(path), trusted)
    if manifest is None:
        manifest = _verified_minimal(Path(path), trusted)
    return register_manifest(manifest, publisher_key=trusted.to_text())
