"""Sealing completed work into immutable batches, and reading them back.

Layout (docs/SYNC_PROTOCOL.md §1): magic, version, length-prefixed canonical-JSON
metadata, Ed25519 signature over everything before it, then the payload encrypted to the
package's results key. The metadata says who did which items and what they claim; only
the data owner (results private key) can read the annotation content, not the server.
No Qt, no store: pure functions over bytes.
"""

from __future__ import annotations

import hashlib
import json
import lzma
import re
import struct
import uuid
import zlib
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from . import crypto
from .canonical import canonical_json
from .crypto import BoxPrivateKey, BoxPublicKey, CryptoError, SigningKey, VerifyKey
from .errors import BatchError
from .tr import QT_TRANSLATE_NOOP

MAGIC = b"MRKB"
FORMAT_VERSION = 3
LEGACY_FORMAT = 1  # uuid4 batch ids, payload bound to the batch id only
DEFLATE_FORMAT = 2  # format 3 without the LZMA: metadata as plain JSON, payload deflated
FORMATS = (LEGACY_FORMAT, DEFLATE_FORMAT, FORMAT_VERSION)
# Format 3 compresses the signed metadata (its per-item claims were more than half of a
# sealed batch) and the payload with raw LZMA2: a sealed batch is then smaller than zstd -3
# of its records alone. Decoders are bounded, so a crafted batch cannot inflate past the
# limits below (and the metadata's dictionary is small: the server decodes every header).
_META_LZMA = [{"id": lzma.FILTER_LZMA2, "preset": 6, "dict_size": 1 << 20}]
_PAYLOAD_LZMA = [{"id": lzma.FILTER_LZMA2, "preset": 6, "dict_size": 1 << 22}]
_PREFIX = struct.Struct(">4sBI")  # magic, version, metadata length
SIG_SIZE = 64
SIGN_DOMAIN = b"marika-batch-v1\0"
ID_DOMAIN = b"marika-batch-id-v2\0"
PAYLOAD_DOMAIN = b"marika-batch-payload-v2\0"
_BOUND = ("annotator_id", "batch_id", "device_key", "package_id", "package_version",
          "results_key")  # the outer fields the payload is bound to (format 2)
MAX_METADATA = 1024 * 1024
MAX_ITEMS = 5000
MAX_BATCH_BYTES = 64 * 1024 * 1024
MAX_CONTENT_BYTES = 64 * 1024 * 1024  # decompressed: refuses zip bombs
STATUSES = ("done", "skipped")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_META_KEYS = {"annotator_id", "batch_id", "created_at", "currency", "device_key", "format",
              "item_count", "items", "package_id", "package_version", "payload_sha256",
              "payload_size", "rate_per_item", "results_key"}
_META_KEYS_V2 = _META_KEYS | {"id_nonce"}
_HEX32 = re.compile(r"^[0-9a-f]{32}$")


@dataclass(frozen=True)
class WorkRecord:
    """One completed item as submitted."""

    annotation_uuid: str
    item_key: str
    status: str  # "done" | "skipped"
    value: dict  # JSON-able annotation content (labels / transcript / segments / skip reason)
    active_ms: int
    revision: int
    updated_at: float


@dataclass(frozen=True)
class SealedBatch:
    batch_id: str
    data: bytes
    sha256: str  # of the whole file: what receipts name
    metadata: dict


def header_size(data: bytes) -> int | None:
    """Bytes needed before the signature can be checked (prefix + metadata + signature),
    or None while fewer than the prefix have arrived."""
    if len(data) < _PREFIX.size:
        return None
    _magic, _version, meta_len = _PREFIX.unpack_from(data)
    return _PREFIX.size + meta_len + SIG_SIZE


def _money(text: object) -> str:
    try:
        value = Decimal(str(text))
    except InvalidOperation as exc:
        raise BatchError("bad-rate") from exc
    if not value.is_finite() or value < 0:
        raise BatchError("bad-rate")
    return str(text)


def derive_batch_id(device_key: VerifyKey, nonce: bytes) -> str:
    """A format-2 batch id: SHA-256 of the device key and a nonce, as a UUID of version 8
    (so it can never be mistaken for a format-1 uuid4)."""
    value = int.from_bytes(hashlib.sha256(ID_DOMAIN + device_key.raw + nonce).digest()[:16],
                           "big")
    value = (value & ~(0xC000 << 48)) | (0x8000 << 48)  # RFC 4122 variant
    value = (value & ~(0xF000 << 64)) | (8 << 76)  # version 8
    return str(uuid.UUID(int=value))


def payload_aad(metadata: dict) -> bytes:
    """The associated data of a batch's payload: its author and package (format 2)."""
    if metadata["format"] == LEGACY_FORMAT:
        return metadata["batch_id"].encode()
    return PAYLOAD_DOMAIN + canonical_json({k: metadata[k] for k in _BOUND})


def seal_batch(*, records: list[WorkRecord], annotator_id: str, device_key: SigningKey,
               package_id: str, package_version: int, results_key: BoxPublicKey,
               rate_per_item: str, currency: str, now: float) -> SealedBatch:
    """Seal `records` into one signed, encrypted batch."""
    if not records or len(records) > MAX_ITEMS:
        raise BatchError("bad-items")
    keys = [r.item_key for r in records]
    if len(set(keys)) != len(keys):
        raise BatchError("duplicate-item")
    rate = _money(rate_per_item)
    for record in records:
        if record.status not in STATUSES:
            raise BatchError("bad-status")
    nonce = uuid.uuid4().bytes  # 16 random bytes
    batch_id = derive_batch_id(device_key.public, nonce)
    metadata = {
        "format": FORMAT_VERSION, "batch_id": batch_id, "id_nonce": nonce.hex(),
        "annotator_id": annotator_id,
        "device_key": device_key.public.to_text(), "package_id": package_id,
        "package_version": int(package_version), "results_key": results_key.to_text(),
        "rate_per_item": rate, "currency": currency, "created_at": float(now),
        "item_count": len(records),
        "items": [{"item_key": r.item_key, "status": r.status,
                   "claim": rate if r.status == "done" else "0"} for r in records]}
    # The inner author: the same fields as the outer metadata, inside the encryption.
    content = {**{k: metadata[k] for k in _BOUND}, "records": [
        {"annotation_uuid": r.annotation_uuid, "item_key": r.item_key, "status": r.status,
         "value": r.value, "active_ms": int(r.active_ms), "revision": int(r.revision),
         "updated_at": float(r.updated_at)} for r in records]}
    compressed = lzma.compress(canonical_json(content), format=lzma.FORMAT_RAW,
                               filters=_PAYLOAD_LZMA)
    payload = crypto.box_encrypt(results_key, compressed, payload_aad(metadata))
    metadata["payload_sha256"] = hashlib.sha256(payload).hexdigest()
    metadata["payload_size"] = len(payload)
    if len(canonical_json(metadata)) > MAX_METADATA:
        raise BatchError("too-large")
    head = batch_head(FORMAT_VERSION, metadata)
    data = head + device_key.sign(SIGN_DOMAIN + head) + payload
    if len(data) > MAX_BATCH_BYTES:
        raise BatchError("too-large")
    return SealedBatch(batch_id, data, hashlib.sha256(data).hexdigest(), metadata)


def batch_head(version: int, metadata: dict, *, meta_json: bytes | None = None) -> bytes:
    """The part of a batch its signature covers: prefix and metadata (canonical JSON, or
    `meta_json` as given; LZMA-compressed from format 3)."""
    meta_bytes = canonical_json(metadata) if meta_json is None else meta_json
    if version >= FORMAT_VERSION:
        meta_bytes = lzma.compress(meta_bytes, format=lzma.FORMAT_RAW, filters=_META_LZMA)
    return _PREFIX.pack(MAGIC, version, len(meta_bytes)) + meta_bytes


def unverified_metadata(data: bytes) -> dict:
    """A batch's metadata as written, without checking its signature (tools and tests:
    never trust it)."""
    return _split(data)[1]


def _split(data: bytes) -> tuple[bytes, dict, bytes, bytes]:
    """(signed head, metadata, signature, payload) after structural checks only."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise BatchError("not-a-batch")
    data = bytes(data)
    if len(data) > MAX_BATCH_BYTES:
        raise BatchError("too-large")
    if len(data) < _PREFIX.size or data[:4] != MAGIC:
        raise BatchError("not-a-batch")
    _magic, version, meta_len = _PREFIX.unpack_from(data)
    if version not in FORMATS:
        raise BatchError("unsupported-version")
    if not 2 <= meta_len <= MAX_METADATA or len(data) < _PREFIX.size + meta_len + SIG_SIZE:
        raise BatchError("truncated")
    end = _PREFIX.size + meta_len
    meta_json = data[_PREFIX.size:end]
    if version >= FORMAT_VERSION:
        meta_json = _unpack(meta_json, _META_LZMA, MAX_METADATA, "bad-metadata")
    try:
        metadata = json.loads(meta_json.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BatchError("bad-metadata") from exc
    if not isinstance(metadata, dict) or canonical_json(metadata) != meta_json:
        raise BatchError("bad-metadata")  # one byte form only: no second reading of it
    if type(metadata.get("format")) is not int or metadata["format"] != version:
        raise BatchError("bad-metadata")
    return data[:end], metadata, data[end:end + SIG_SIZE], data[end + SIG_SIZE:]


def _check_metadata(meta: dict) -> None:
    legacy = meta.get("format") == LEGACY_FORMAT
    if set(meta) != (_META_KEYS if legacy else _META_KEYS_V2):
        raise BatchError("bad-metadata")
    strings = ("annotator_id", "batch_id", "currency", "device_key", "package_id",
               "rate_per_item", "results_key", "payload_sha256")
    if not all(isinstance(meta[k], str) and meta[k] for k in strings):
        raise BatchError("bad-metadata")
    ints = ("package_version", "item_count", "payload_size")
    if not all(type(meta[k]) is int and meta[k] >= 0 for k in ints):
        raise BatchError("bad-metadata")
    if not isinstance(meta["created_at"], (int, float)) or not _HEX64.match(
            meta["payload_sha256"]):
        raise BatchError("bad-metadata")
    try:
        batch_uuid = uuid.UUID(meta["batch_id"])
    except ValueError as exc:
        raise BatchError("bad-metadata") from exc
    if str(batch_uuid) != meta["batch_id"]:
        raise BatchError("bad-metadata")
    if legacy:
        if batch_uuid.version != 4:  # never a format-2 id taken by a format-1 copy
            raise BatchError("bad-batch-id")
    elif not isinstance(meta["id_nonce"], str) or not _HEX32.match(meta["id_nonce"]):
        raise BatchError("bad-metadata")
    _money(meta["rate_per_item"])
    items = meta["items"]
    if (not isinstance(items, list) or not 1 <= len(items) <= MAX_ITEMS
            or len(items) != meta["item_count"]):
        raise BatchError("bad-items")
    seen = set()
    for item in items:
        if (not isinstance(item, dict) or set(item) != {"item_key", "status", "claim"}
                or not isinstance(item["item_key"], str) or not item["item_key"]
                or item["status"] not in STATUSES or not isinstance(item["claim"], str)):
            raise BatchError("bad-items")
        _money(item["claim"])
        seen.add(item["item_key"])
    if len(seen) != len(items):
        raise BatchError("duplicate-item")


def verify_header(head_bytes: bytes, *, expected_device: VerifyKey | None = None) -> dict:
    """Check a batch's prefix, metadata and signature (no payload); return the metadata.

    Used by the server to refuse a forged upload as soon as its header has arrived."""
    head, metadata, signature, _payload = _split(head_bytes)
    _check_metadata(metadata)
    try:
        device = VerifyKey.from_text(metadata["device_key"])
        BoxPublicKey.from_text(metadata["results_key"])
    except CryptoError as exc:
        raise BatchError("bad-metadata") from exc
    if expected_device is not None and not crypto.constant_time_equal(
            device.raw, expected_device.raw):
        raise BatchError("unknown-device")
    if (metadata["format"] != LEGACY_FORMAT and metadata["batch_id"] != derive_batch_id(
            device, bytes.fromhex(metadata["id_nonce"]))):
        raise BatchError("bad-batch-id")  # an id taken from another device's batch
    try:
        device.verify(signature, SIGN_DOMAIN + head)
    except CryptoError as exc:
        raise BatchError("bad-signature") from exc
    return metadata


def read_batch_metadata(data: bytes, *, expected_device: VerifyKey | None = None) -> dict:
    """Verify structure, device signature and payload hash; return the signed metadata.
    No decryption: anyone carrying the batch (server, USB push) may call this."""
    metadata = verify_header(data, expected_device=expected_device)
    _head, _meta, _sig, payload = _split(data)
    if len(payload) != metadata["payload_size"]:
        raise BatchError("truncated")
    if hashlib.sha256(payload).hexdigest() != metadata["payload_sha256"]:
        raise BatchError("bad-payload")
    return metadata


def _unpack(compressed: bytes, filters: list, limit: int, reason: str) -> bytes:
    """Raw LZMA2 `compressed`, decoded to at most `limit` bytes, whole, nothing after it."""
    decoder = lzma.LZMADecompressor(format=lzma.FORMAT_RAW, filters=filters)
    try:
        out = decoder.decompress(compressed, limit + 1)
    except lzma.LZMAError as exc:
        raise BatchError(reason) from exc
    if len(out) > limit or not decoder.eof or decoder.unused_data:
        raise BatchError(reason)
    return out


def _inflate(compressed: bytes) -> bytes:
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(compressed, MAX_CONTENT_BYTES + 1)
    except zlib.error as exc:
        raise BatchError("bad-payload") from exc
    if len(out) > MAX_CONTENT_BYTES or inflater.unconsumed_tail or not inflater.eof:
        raise BatchError("bad-payload")
    return out


def open_batch(data: bytes, results_private: BoxPrivateKey) -> list[dict]:
    """Decrypt a batch's records (data owner only), after checking everything else."""
    metadata = read_batch_metadata(data)
    if metadata["results_key"] != results_private.public.to_text():
        raise BatchError("wrong-key", QT_TRANSLATE_NOOP(
            "Errors", "This batch was sealed for another results key."))
    _head, _meta, _sig, payload = _split(data)
    try:
        compressed = crypto.box_decrypt(results_private, payload, payload_aad(metadata))
    except CryptoError as exc:
        # Damaged, or lifted from another author's batch: the associated data (format 2)
        # names the author and package the payload was sealed for.
        raise BatchError("bad-payload") from exc
    plain = (_unpack(compressed, _PAYLOAD_LZMA, MAX_CONTENT_BYTES, "bad-payload")
             if metadata["format"] >= FORMAT_VERSION else _inflate(compressed))
    try:
        content = json.loads(plain.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BatchError("bad-payload") from exc
    if (not isinstance(content, dict) or content.get("batch_id") != metadata["batch_id"]
            or not isinstance(content.get("records"), list)):
        raise BatchError("bad-payload")
    if metadata["format"] != LEGACY_FORMAT and any(
            content.get(k) != metadata[k] for k in _BOUND):
        raise BatchError("author-mismatch")  # the inner author is not the outer one
    records = content["records"]
    signed = [(i["item_key"], i["status"]) for i in metadata["items"]]
    try:
        found = [(r["item_key"], r["status"]) for r in records]
    except (TypeError, KeyError) as exc:
        raise BatchError("bad-payload") from exc
    if found != signed:  # the content must be exactly the items the signature names
        raise BatchError("bad-payload")
    return records
