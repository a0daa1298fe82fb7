"""Registering task packages on the server, so it pays the true rate, not the claim.

The server only needs the signed manifest (id, version, pay, results key), never the
media. The package is checked by the same reader the desktop uses (`marika_sync.package.verify`:
zip directory, signature, manifest rules) against the publisher key the operator names
with `--trust`; the media are not read.
"""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path

from ..canonical import canonical_json
from ..crypto import CryptoError, VerifyKey
from ..errors import PackageError
from ..package.manifest import parse_manifest
from ..package.verify import read_verified_manifest
from .db import Package
from .refusal import Refusal

_SIGNATURE_REASONS = {"bad-signature": 403, "unknown-publisher": 403}


def register_manifest(manifest: dict, *, publisher_key: str,
                      now: float | None = None) -> tuple[str, int]:
    """Record a verified manifest's id, version, rate, currency and results key."""
    try:
        parsed = parse_manifest(manifest)
    except PackageError as exc:
        raise Refusal(400, "bad-package", exc.english()) from exc
    package_id, version = parsed.package_id, parsed.version
    rate, currency = parsed.pay.rate_per_item, parsed.pay.currency
    results_key = parsed.results_public_key
    row = Package.get_or_none((Package.package_id == package_id) & (Package.version == version))
    if row is not None:
        if Decimal(row.rate_per_item) != rate or row.results_key != results_key:
            raise Refusal(409, "package-conflict",
                          "this package version is registered with other terms")
        return package_id, version
    Package.create(package_id=package_id, version=version, rate_per_item=str(rate),
                   currency=currency, results_key=results_key,
                   publisher_key=publisher_key, manifest=canonical_json(manifest).decode(),
                   registered_at=time.time() if now is None else now)
    return package_id, version


def add_package(path: Path, *, trust: str) -> tuple[str, int]:
    try:
        trusted = VerifyKey.from_text(trust)
    except CryptoError as exc:
        raise Refusal(400, "bad-key", "--trust needs an ed25519-pub: key") from exc
    try:
        manifest = read_verified_manifest(Path(path), [trusted])
    except PackageError as exc:
        code = "bad-signature" if exc.reason in _SIGNATURE_REASONS else "bad-package"
        raise Refusal(_SIGNATURE_REASONS.get(exc.reason, 400), code, exc.english()) from exc
    return register_manifest(manifest, publisher_key=trusted.to_text())
