"""Checking a receipt before a batch may be called delivered.

A receipt counts only when it is signed by the server key pinned at enrollment and names
exactly our batch: its id, the hash and size of our bytes, our annotator and items.
"""

from __future__ import annotations

from . import documents
from .crypto import VerifyKey
from .errors import DocumentError


def verify_receipt(receipt: bytes, *, server_key: VerifyKey, metadata: dict, sha256: str,
                   size: int) -> dict:
    """The receipt body, or DocumentError when it is not the receipt for this batch."""
    body = documents.verify_document(receipt, documents.RECEIPT, server_key)
    documents.require(body, {"batch_id": str, "sha256": str, "size": int, "annotator_id": str,
                             "package_id": str, "package_version": int, "items": list,
                             "received_at": (int, float)})
    expected_items = [{"item_key": i["item_key"], "status": i["status"]}
                      for i in metadata["items"]]
    if (body["batch_id"] != metadata["batch_id"] or body["sha256"] != sha256
            or body["size"] != size or body["annotator_id"] != metadata["annotator_id"]
            or body["package_id"] != metadata["package_id"]
            or body["package_version"] != metadata["package_version"]
            or body["items"] != expected_items):
        raise DocumentError("receipt-mismatch")
    return body
