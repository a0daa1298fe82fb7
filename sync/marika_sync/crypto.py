"""The few cryptographic constructions Marika uses, all from `cryptography`.

- Signatures: Ed25519 (package manifests, sealed batches, server receipts, statements).
- Symmetric encryption: ChaCha20-Poly1305 AEAD (fast on old CPUs without AES-NI).
- Public-key encryption ("sealed box"): ephemeral X25519 + HKDF-SHA256 + ChaCha20-Poly1305,
  the ECIES pattern also used by HPKE's base mode.
- Password-based key derivation: scrypt, with parameters stored beside the wrapped key.
- Message authentication: HMAC-SHA256 under a key derived with HKDF-SHA256 (local state
  that decides where work goes, authenticated with a key only the password unlocks).

Keys travel as text: `<kind>:<base64 of the raw 32 bytes>`, e.g. `ed25519-pub:...`.
Nothing here logs or prints key material.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import hmac as _hmac
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

KEY_SIZE = 32
NONCE_SIZE = 12


class CryptoError(Exception):
    """Decryption or verification failed: wrong key, tampered data, or malformed input."""


# ---------------------------------------------------------------- key text format

def encode_key(kind: str, raw: bytes) -> str:
    return f"{kind}:{base64.b64encode(raw).decode('ascii')}"


def decode_key(text: str, kind: str) -> bytes:
    prefix, sep, body = text.strip().partition(":")
    if not sep or prefix != kind:
        raise CryptoError(f"expected a {kind} key")
    try:
        raw = base64.b64decode(body, validate=True)
    except ValueError as exc:
        raise CryptoError(f"malformed {kind} key") from exc
    if len(raw) != KEY_SIZE:
        raise CryptoError(f"malformed {kind} key")
    return raw


# ---------------------------------------------------------------- signatures

@dataclass(frozen=True)
class SigningKey:
    """An Ed25519 private key."""

    raw: bytes

    @classmethod
    def generate(cls) -> SigningKey:
        key = Ed25519PrivateKey.generate()
        return cls(key.private_bytes_raw())

    @classmethod
    def from_text(cls, text: str) -> SigningKey:
        return cls(decode_key(text, "ed25519-priv"))

    def to_text(self) -> str:
        return encode_key("ed25519-priv", self.raw)

    def sign(self, message: bytes) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.raw).sign(message)

    @property
    def public(self) -> VerifyKey:
        pub = Ed25519PrivateKey.from_private_bytes(self.raw).public_key()
        return VerifyKey(pub.public_bytes_raw())

    def __repr__(self) -> str:  # never show secrets in logs or tracebacks
        return "SigningKey(<secret>)"


@dataclass(frozen=True)
class VerifyKey:
    """An Ed25519 public key."""

    raw: bytes

    @classmethod
    def from_text(cls, text: str) -> VerifyKey:
        return cls(decode_key(text, "ed25519-pub"))

    def to_text(self) -> str:
        return encode_key("ed25519-pub", self.raw)

    @property
    def fingerprint(self) -> str:
        """Short, human-comparable id (first 16 hex digits of SHA-256)."""
        return hashlib.sha256(self.raw).hexdigest()[:16]

    def verify(self, signature: bytes, message: bytes) -> None:
        try:
            Ed25519PublicKey.from_public_bytes(self.raw).verify(signature, message)
        except (InvalidSignature, ValueError) as exc:
            raise CryptoError("bad signature") from exc


# ---------------------------------------------------------------- symmetric AEAD

def random_key() -> bytes:
    return os.urandom(KEY_SIZE)


def aead_encrypt(key: bytes, plaintext: bytes, aad: bytes = b"") -> bytes:
    """Return nonce || ciphertext+tag. A fresh random nonce each call."""
    nonce = os.urandom(NONCE_SIZE)
    return nonce + ChaCha20Poly1305(key).encrypt(nonce, plaintext, aad)


def aead_decrypt(key: bytes, blob: bytes, aad: bytes = b"") -> bytes:
    if len(blob) < NONCE_SIZE + 16:
        raise CryptoError("ciphertext too short")
    try:
        return ChaCha20Poly1305(key).decrypt(blob[:NONCE_SIZE], blob[NONCE_SIZE:], aad)
    except InvalidTag as exc:
        raise CryptoError("decryption failed") from exc


# ---------------------------------------------------------------- public-key encryption

@dataclass(frozen=True)
class BoxPrivateKey:
    """An X25519 private key (e.g. a package's results key, the office recovery key)."""

    raw: bytes

    @classmethod
    def generate(cls) -> BoxPrivateKey:
        key = X25519PrivateKey.generate()
        return cls(key.private_bytes_raw())

    @classmethod
    def from_text(cls, text: str) -> BoxPrivateKey:
        return cls(decode_key(text, "x25519-priv"))

    def to_text(self) -> str:
        return encode_key("x25519-priv", self.raw)

    @property
    def public(self) -> BoxPublicKey:
        pub = X25519PrivateKey.from_private_bytes(self.raw).public_key()
        return BoxPublicKey(pub.public_bytes_raw())

    def __repr__(self) -> str:
        return "BoxPrivateKey(<secret>)"


@dataclass(frozen=True)
class BoxPublicKey:
    raw: bytes

    @classmethod
    def from_text(cls, text: str) -> BoxPublicKey:
        return cls(decode_key(text, "x25519-pub"))

    def to_text(self) -> str:
        return encode_key("x25519-pub", self.raw)

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()[:16]


_BOX_INFO = b"marika-box-v1"


def _box_key(shared: bytes, eph_pub: bytes, recipient_pub: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_SIZE, salt=None,
                info=_BOX_INFO + eph_pub + recipient_pub).derive(shared)


def box_encrypt(recipient: BoxPublicKey, plaintext: bytes, aad: bytes = b"") -> bytes:
    """Encrypt to `recipient`: eph_pub(32) || nonce || ciphertext+tag."""
    eph = X25519PrivateKey.generate()
    eph_pub = eph.public_key().public_bytes_raw()
    shared = eph.exchange(X25519PublicKey.from_public_bytes(recipient.raw))
    return eph_pub + aead_encrypt(_box_key(shared, eph_pub, recipient.raw), plaintext, aad)


def box_decrypt(key: BoxPrivateKey, blob: bytes, aad: bytes = b"") -> bytes:
    if len(blob) < KEY_SIZE + NONCE_SIZE + 16:
        raise CryptoError("ciphertext too short")
    eph_pub = blob[:KEY_SIZE]
    try:
        shared = X25519PrivateKey.from_private_bytes(key.raw).exchange(
            X25519PublicKey.from_public_bytes(eph_pub))
    except ValueError as exc:
        raise CryptoError("decryption failed") from exc
    return aead_decrypt(_box_key(shared, eph_pub, key.public.raw), blob[KEY_SIZE:], aad)


# ---------------------------------------------------------------- passwords

@dataclass(frozen=True)
class KdfParams:
    """scrypt parameters, stored beside each password-wrapped key."""

    salt: bytes
    n: int = 2**16
    r: int = 8
    p: int = 1

    @classmethod
    def fresh(cls, n: int = 2**16, r: int = 8, p: int = 1) -> KdfParams:
        return cls(salt=os.urandom(16), n=n, r=r, p=p)

    def to_dict(self) -> dict:
        return {"alg": "scrypt", "salt": base64.b64encode(self.salt).decode(), "n": self.n,
                "r": self.r, "p": self.p}

    @classmethod
    def from_dict(cls, data: dict) -> KdfParams:
        if data.get("alg") != "scrypt":
            raise CryptoError("unknown key derivation")
        return cls(salt=base64.b64decode(data["salt"]), n=int(data["n"]), r=int(data["r"]),
                   p=int(data["p"]))


def derive_key(password: str, params: KdfParams) -> bytes:
    return Scrypt(salt=params.salt, length=KEY_SIZE, n=params.n, r=params.r,
                  p=params.p).derive(password.encode("utf-8"))


# ---------------------------------------------------------------- message authentication

def subkey(key: bytes, purpose: bytes) -> bytes:
    """A key for one purpose, derived from `key` (HKDF-SHA256, `purpose` as info)."""
    return HKDF(algorithm=hashes.SHA256(), length=KEY_SIZE, salt=None,
                info=b"marika-subkey-v1\0" + purpose).derive(key)


def mac(key: bytes, message: bytes) -> bytes:
    """HMAC-SHA256 of `message` (32 bytes)."""
    h = _hmac.HMAC(key, hashes.SHA256())
    h.update(message)
    return h.finalize()


def mac_ok(key: bytes, message: bytes, tag: bytes | None) -> bool:
    """True when `tag` is the HMAC-SHA256 of `message` (checked in constant time)."""
    if not tag:
        return False
    h = _hmac.HMAC(key, hashes.SHA256())
    h.update(message)
    try:
        h.verify(bytes(tag))
    except InvalidSignature:
        return False
    return True


# ---------------------------------------------------------------- hashing helpers

def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def constant_time_equal(a: bytes, b: bytes) -> bool:
    return hmac.compare_digest(a, b)
