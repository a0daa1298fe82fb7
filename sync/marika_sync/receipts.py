"""Checking a receipt before a batch may be called delivered.

A receipt counts only when it is signed by the server key pinned at enrollment and names
exactly our batch: its id, the hash and size of our bytes, our annotator and items.
"""

from __future__ import annotations

import hashlib

from . import documents
from .canonical import canonical_json
from .crypto import VerifyKey
from .errors import DocumentError


def items_digest(items: list[dict]) -> str:
    """What a receipt names of a batch's items: SHA-256 of the canonical JSON of their
    [{item_key, status}] in the batch's order. A receipt used to list them (20 KB for 500
    items, sent down a slow link after every batch); the digest names exactly as much."""
    listed = [{"item_key": i["item_key"], "status": i["status"]} for i in items]
    return hashlib.sha256(canonical_json(listed)).hexdigest()


def verify_receipt(receipt: bytes, *, server_key: VerifyKey, metadata: dict, sha256: str,
                   size: int) -> dict:
    """The receipt body, or DocumentError when it is not the receipt for this batch."""
    body = documents.verify_document(receipt, documents.RECEIPT, server_key)
    documents.require(body, {"batch_id": str, "sha256": str, "size": int, "annotator_id": str,
                             "package_id": str, "package_version": int,
                             "received_at": (int, float)})
    if "items_sha256" in body:
        items_match = body["items_sha256"] == items_digest(metadata["items"])
    else:  # a receipt from a server before the digest: the items listed
        items_match = body.get("items") == [{"item_key": i["item_key"], "status": i["status"]}
                                            for i in metadata["items"]]
    if (body["batch_id"] != metadata["batch_id"] or body["sha256"] != sha256
            or body["size"] != size or body["annotator_id"] != metadata["annotator_id"]
            or body["package_id"] != metadata["package_id"]
            or body["package_version"] != metadata["package_version"]
            or not items_match):
        raise DocumentError("receipt-mismatch")
    return body
