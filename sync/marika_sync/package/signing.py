"""The manifest signature file: who signed the exact bytes of manifest.json.

`manifest.sig` is a small JSON object naming the signer's Ed25519 public key and the
signature. Naming the key lets the importer say "signed by a publisher this office has
not installed" apart from "the manifest was changed after signing".
"""

from __future__ import annotations

import base64
import binascii
import json

from ..canonical import canonical_json
from ..crypto import CryptoError, SigningKey, VerifyKey
from ..errors import PackageError
from ..tr import QT_TRANSLATE_NOOP

SIGNATURE_FORMAT = 1


def sign_manifest(manifest_bytes: bytes, key: SigningKey) -> bytes:
    return canonical_json({
        "format": SIGNATURE_FORMAT,
        "key": key.public.to_text(),
        "signature": base64.b64encode(key.sign(manifest_bytes)).decode("ascii"),
    })


def _bad_signature_file() -> PackageError:
    return PackageError("bad-signature-file", QT_TRANSLATE_NOOP(
        "Errors", "The package's signature file is damaged or not in a known format."))


def signer_of(signature_file: bytes) -> tuple[VerifyKey, bytes]:
    """Parse `manifest.sig` into (the key it names, the raw signature)."""
    try:
        data = json.loads(signature_file.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _bad_signature_file() from exc
    if not isinstance(data, dict) or data.get("format") != SIGNATURE_FORMAT \
            or not isinstance(data.get("key"), str) \
            or not isinstance(data.get("signature"), str):
        raise _bad_signature_file()
    try:
        key = VerifyKey.from_text(data["key"])
        signature = base64.b64decode(data["signature"], validate=True)
    except (CryptoError, binascii.Error, ValueError) as exc:
        raise _bad_signature_file() from exc
    if len(signature) != 64:
        raise _bad_signature_file()
    return key, signature


def check_signature(manifest_bytes: bytes, signature_file: bytes | None,
                    trusted: list[VerifyKey]) -> VerifyKey:
    """Return the trusted key that signed `manifest_bytes`, or raise PackageError."""
    if signature_file is None:
        raise PackageError("no-signature", QT_TRANSLATE_NOOP(
            "Errors", "The package is not signed. Marika only accepts signed packages."))
    key, signature = signer_of(signature_file)
    if key.to_text() not in {k.to_text() for k in trusted}:
        raise PackageError("unknown-publisher", QT_TRANSLATE_NOOP(
            "Errors", "The package is signed by a publisher this office has not installed "
                      "(key {fingerprint}). Ask your supervisor to install the publisher's "
                      "key if you trust them."), fingerprint=key.fingerprint)
    try:
        key.verify(signature, manifest_bytes)
    except CryptoError as exc:
        raise PackageError("bad-signature", QT_TRANSLATE_NOOP(
            "Errors", "The package's signature does not match its content: it was changed "
                      "after it was signed, or damaged.")) from exc
    return key
