"""Submitting work: seal completed items into batches and put them in the outbox.

Sealing happens before the transaction (it is pure and slow-ish), then the outbox row and
the annotations' `batch_id` are written in one transaction: either the items are
submitted and their batch waits in the outbox, or nothing changed.
"""

from __future__ import annotations

import time

from marika_sync.crypto import BoxPublicKey, SigningKey
from marika_sync.sealing import MAX_ITEMS, WorkRecord, seal_batch

from .store import outbox

DEFAULT_MAX_ITEMS = 500  # about 50-500 KiB sealed: a few minutes at 2G rates


def seal_and_enqueue(*, profile_id: str, records: list[WorkRecord], device_key: SigningKey,
                     package_id: str, package_version: int, results_key: BoxPublicKey,
                     rate_per_item: str, currency: str, now: float | None = None,
                     max_items: int = DEFAULT_MAX_ITEMS) -> list[str]:
    """Seal `records` (done or skipped items of one package) into batches of at most
    `max_items`, enqueue them and mark their annotations submitted. Returns batch ids.
    The annotator id is the profile id."""
    now = time.time() if now is None else now
    size = max(1, min(max_items, MAX_ITEMS))
    batch_ids = []
    for start in range(0, len(records), size):
        part = records[start:start + size]
        sealed = seal_batch(records=part, annotator_id=profile_id, device_key=device_key,
                            package_id=package_id, package_version=package_version,
                            results_key=results_key, rate_per_item=rate_per_item,
                            currency=currency, now=now)
        outbox.enqueue(profile_id=profile_id, batch_id=sealed.batch_id, package_id=package_id,
                       package_version=package_version, item_count=len(part),
                       sha256=sealed.sha256, data=sealed.data,
                       annotation_uuids=[r.annotation_uuid for r in part], now=now)
        batch_ids.append(sealed.batch_id)
    return batch_ids
