"""Decrypting stored batches for the data owner: JSON Lines or CSV, one row per item.

The server stores batches it cannot read; whoever runs the export brings the results
private key. Batches sealed for another results key are counted and left out; a batch
whose payload does not open for the author and package its signed metadata names
(damaged, or a copy re-signed by someone else) is left out and remembered as refused, so
`review` cannot pay it. Rows carry
the review columns, so the CSV can be filled in and fed back to `marika-server review`.
"""

from __future__ import annotations

import csv
import io
import json
import time
from dataclasses import dataclass
from pathlib import Path

from ..canonical import canonical_json
from ..crypto import BoxPrivateKey
from ..errors import BatchError
from ..fsutil import atomic_write
from ..sealing import open_batch
from .db import Batch, BatchCheck, BatchItem, database

COLUMNS = ["batch_id", "annotator_id", "package_id", "package_version", "item_key",
           "annotation_uuid", "status", "value", "active_ms", "revision", "updated_at",
           "claim", "received_at", "decision", "reason"]


@dataclass(frozen=True)
class ExportResult:
    rows: int
    batches: int
    other_key: int  # batches sealed for another results key
    damaged: int  # refused: damaged, or not sealed by the annotator it names


def export_rows(results_key: BoxPrivateKey, *, package_id: str | None = None):
    """Yield one dict per item; returns counts through the final ExportResult."""
    query = Batch.select().order_by(Batch.received_at, Batch.batch_id)
    if package_id:
        query = query.where(Batch.package_id == package_id)
    public = results_key.public.to_text()
    counts = {"batches": 0, "other_key": 0, "damaged": 0}
    rows = []
    for batch in query.iterator():
        if batch.results_key != public:
            counts["other_key"] += 1
            continue
        try:
            records = open_batch(bytes(batch.data), results_key)
        except BatchError as exc:
            counts["damaged"] += 1
            _record_check(batch.batch_id, "refused", exc.reason)
            continue
        _record_check(batch.batch_id, "opened", "")
        counts["batches"] += 1
        decisions = {i.item_key: i for i in BatchItem.select().where(
            BatchItem.batch_id == batch.batch_id)}
        for rec in records:
            item = decisions.get(rec["item_key"])
            rows.append({
                "batch_id": batch.batch_id, "annotator_id": batch.annotator_id,
                "package_id": batch.package_id, "package_version": batch.package_version,
                "item_key": rec["item_key"], "annotation_uuid": rec.get("annotation_uuid"),
                "status": rec["status"], "value": rec.get("value"),
                "active_ms": rec.get("active_ms"), "revision": rec.get("revision"),
                "updated_at": rec.get("updated_at"), "claim": item.claim if item else "",
                "received_at": batch.received_at,
                "decision": (item.decision or "") if item else "",
                "reason": item.reason if item else ""})
    return rows, ExportResult(len(rows), counts["batches"], counts["other_key"],
                              counts["damaged"])


def _record_check(batch_id: str, outcome: str, reason: str) -> None:
    with database.atomic():
        BatchCheck.delete().where(BatchCheck.batch_id == batch_id).execute()
        BatchCheck.insert(batch_id=batch_id, outcome=outcome, reason=reason[:64],
                          checked_at=time.time()).execute()


def export(results_key: BoxPrivateKey, out: Path, *, fmt: str,
           package_id: str | None = None) -> ExportResult:
    rows, result = export_rows(results_key, package_id=package_id)
    if fmt == "jsonl":
        data = b"".join(canonical_json(row) + b"\n" for row in rows)
    elif fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow(dict(row, value=json.dumps(row["value"], ensure_ascii=False,
                                                       sort_keys=True)))
        data = buf.getvalue().encode("utf-8")
    else:
        raise ValueError(fmt)
    atomic_write(out, data)
    return result
