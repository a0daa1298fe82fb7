"""Per-profile keys: encryption at rest for one annotator's work, pay and statements.

Each profile has a random 256-bit key. It never reaches disk in the clear: it is stored
wrapped (AEAD) by a key derived from the password with scrypt (about 0.4 s on our target
PCs, which makes guessing slow), and wrapped a second time to the office's recovery
public key (X25519 sealed box) so a supervisor holding the offline recovery private key
can set a new password without losing work. The profile key also encrypts the profile's
device keys: an Ed25519 key that signs sealed batches and an X25519 key that statements
are encrypted to when they travel on a USB stick.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from marika_sync.canonical import canonical_json

if TYPE_CHECKING:
    from marika_sync.crypto import BoxPrivateKey, BoxPublicKey, SigningKey

# The form of every encrypted JSON blob (sorted keys, real characters); one encoder made
# once, instead of json.dumps building one for each autosave.
_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)

DEFAULT_KDF_N = 2**17  # 128 MiB of scrypt memory: about 0.4 s on a 2-core office PC


def _crypto():
    """marika_sync.crypto (the cryptography package: about 30 ms and several MiB at
    start), imported when first used: the log-in screen only lists profiles and shows
    without it; log-in runs on the database worker, which imports it there."""
    from marika_sync import crypto

    return crypto


class ProfileCipher:
    """AEAD with one profile's key. The AAD binds each blob to its row and purpose, so a
    ciphertext copied into another row or another profile does not decrypt."""

    def __init__(self, key: bytes) -> None:
        self._key = key
        self._mac_key = _crypto().subkey(key, b"local-state-mac")

    def seal(self, purpose: str, fields: dict) -> bytes:
        """A MAC over `fields` (canonical JSON) for `purpose`: local state that decides
        where work goes (the enrolment, a package's manifest) is stored with one, so an
        edit of the data folder by someone without the password is seen."""
        return _crypto().mac(self._mac_key, _sealed_message(purpose, fields))

    def is_sealed(self, purpose: str, fields: dict, tag: bytes | None) -> bool:
        return _crypto().mac_ok(self._mac_key, _sealed_message(purpose, fields), tag)

    def encrypt(self, aad: bytes, data: bytes) -> bytes:
        return _crypto().aead_encrypt(self._key, data, aad)

    def decrypt(self, aad: bytes, blob: bytes) -> bytes:
        return _crypto().aead_decrypt(self._key, blob, aad)

    def encrypt_json(self, aad: bytes, obj: object) -> bytes:
        return self.encrypt(aad, _JSON.encode(obj).encode())

    def decrypt_json(self, aad: bytes, blob: bytes) -> object:
        return json.loads(self.decrypt(aad, blob))

    def __repr__(self) -> str:
        return "ProfileCipher(<secret>)"


def _sealed_message(purpose: str, fields: dict) -> bytes:
    return canonical_json({"purpose": purpose, "fields": fields})


@dataclass(frozen=True)
class DeviceKeys:
    signing: SigningKey
    box: BoxPrivateKey


def _aad(purpose: str, profile_id: str) -> bytes:
    return f"marika:{purpose}:{profile_id}".encode()


def new_profile_secrets(*, profile_id: str, password: str, recovery_public: BoxPublicKey | None,
                        kdf_n: int = DEFAULT_KDF_N) -> tuple[bytes, dict]:
    """Return (profile key, column values) for a new profile."""
    crypto = _crypto()
    key = crypto.random_key()
    columns = wrap_for_password(profile_id=profile_id, key=key, password=password, kdf_n=kdf_n)
    columns["recovery_wrapped_key"] = (
        crypto.box_encrypt(recovery_public, key, _aad("recovery", profile_id))
        if recovery_public else None)
    device = DeviceKeys(crypto.SigningKey.generate(), crypto.BoxPrivateKey.generate())
    columns["device_key"] = ProfileCipher(key).encrypt_json(
        _aad("device", profile_id), {"sign": device.signing.to_text(), "box": device.box.to_text()})
    columns["device_public"] = device.signing.public.to_text()
    return key, columns


def wrap_for_password(*, profile_id: str, key: bytes, password: str,
                      kdf_n: int = DEFAULT_KDF_N) -> dict:
    crypto = _crypto()
    params = crypto.KdfParams.fresh(n=kdf_n)
    wrapping = crypto.derive_key(password, params)
    return {"kdf": json.dumps(params.to_dict()),
            "wrapped_key": crypto.aead_encrypt(wrapping, key, _aad("password", profile_id))}


def unwrap_with_password(*, profile_id: str, kdf: str, wrapped_key: bytes,
                         password: str) -> bytes | None:
    """The profile key, or None when the password is wrong."""
    crypto = _crypto()
    params = crypto.KdfParams.from_dict(json.loads(kdf))
    try:
        return crypto.aead_decrypt(crypto.derive_key(password, params), wrapped_key,
                                   _aad("password", profile_id))
    except crypto.CryptoError:
        return None


def unwrap_with_recovery(*, profile_id: str, recovery_wrapped_key: bytes,
                         recovery_private: BoxPrivateKey) -> bytes:
    return _crypto().box_decrypt(recovery_private, recovery_wrapped_key,
                                 _aad("recovery", profile_id))


def device_keys(*, profile_id: str, key: bytes, device_key_blob: bytes) -> DeviceKeys:
    data = ProfileCipher(key).decrypt_json(_aad("device", profile_id), device_key_blob)
    crypto = _crypto()
    return DeviceKeys(crypto.SigningKey.from_text(data["sign"]),
                      crypto.BoxPrivateKey.from_text(data["box"]))
