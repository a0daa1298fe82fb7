"""Recording review decisions from a file (docs/SYNC_PROTOCOL.md §5).

A review file is JSON Lines (one object a line) or CSV with a header, with at least
`batch_id`, `item_key`, `decision` (accepted | rejected) and `reason` (required for a
rejection). An exported CSV with those two columns filled in is a valid review file.
The whole file is applied in one transaction or not at all, so a typo on line 900 does
not leave 899 decisions half-recorded.
"""

from __future__ import annotations

import csv
import io
import json
import time
from dataclasses import dataclass
from pathlib import Path

from .db import BatchCheck, BatchItem, Package, database
from .refusal import Refusal

DECISIONS = ("accepted", "rejected")
MAX_REASON = 500
MAX_FILE = 256 * 1024 * 1024


@dataclass(frozen=True)
class ReviewResult:
    decided: int
    unchanged: int


def _rows(text: str, name: str):
    """(line number, dict) for each non-empty row."""
    stripped = text.lstrip("\ufeff").lstrip()
    if name.endswith(".jsonl") or stripped.startswith("{"):
        for number, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    row = json.loads(line)
                except ValueError as exc:
                    raise Refusal(400, "bad-review", f"line {number}: not JSON") from exc
                if not isinstance(row, dict):
                    raise Refusal(400, "bad-review", f"line {number}: not an object")
                yield number, row
        return
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = {"batch_id", "item_key", "decision"} - set(reader.fieldnames or [])
    if missing:
        raise Refusal(400, "bad-review", f"missing columns: {', '.join(sorted(missing))}")
    for row in reader:
        if any((v or "").strip() for v in row.values() if isinstance(v, str)):
            yield reader.line_num, row


def read_decisions(path: Path) -> list[tuple[str, str, str, str, int]]:
    """[(batch_id, item_key, decision, reason, line)], or Refusal naming the bad line.
    Rows with an empty decision (an export not yet reviewed) are left out."""
    path = Path(path)
    if path.stat().st_size > MAX_FILE:
        raise Refusal(413, "bad-review", "the review file is too large")
    text = path.read_text("utf-8")
    decisions, seen = [], set()
    for number, row in _rows(text, path.name):
        batch_id, item_key = str(row.get("batch_id") or ""), str(row.get("item_key") or "")
        decision = str(row.get("decision") or "").strip().lower()
        reason = str(row.get("reason") or "").strip()
        if not decision:
            continue
        if not batch_id or not item_key:
            raise Refusal(400, "bad-review", f"line {number}: batch_id and item_key needed")
        if decision not in DECISIONS:
            raise Refusal(400, "bad-review", f"line {number}: decision must be accepted or "
                                             f"rejected, not {decision!r}")
        if decision == "rejected" and not reason:
            raise Refusal(400, "bad-review", f"line {number}: a rejection needs a reason")
        if len(reason) > MAX_REASON:
            raise Refusal(400, "bad-review", f"line {number}: reason over {MAX_REASON} chars")
        if (batch_id, item_key) in seen:
            raise Refusal(400, "bad-review", f"line {number}: item decided twice in this file")
        seen.add((batch_id, item_key))
        decisions.append((batch_id, item_key, decision, reason, number))
    return decisions


def record_decisions(decisions, *, now: float | None = None) -> ReviewResult:
    now = time.time() if now is None else now
    decisions = list(decisions)
    decided = unchanged = 0
    p = database.param
    update = (f'UPDATE "{BatchItem._meta.table_name}" SET decision = {p}, reason = {p}, '  # noqa: S608 - our table name, values bound
              f"decided_at = {p}, stated = {p} WHERE batch_id = {p} AND item_key = {p}")
    with database.atomic():
        # The decided batches' items and the registered packages, read once: a review of
        # 5,000 items is 5,000 plain updates, not 15,000 queries.
        batch_ids = sorted({d[0] for d in decisions})
        known = {}
        for start in range(0, len(batch_ids), 200):
            for row in BatchItem.select().where(
                    BatchItem.batch_id.in_(batch_ids[start:start + 200])):
                known[(row.batch_id, row.item_key)] = row
        registered = {(r.package_id, r.version) for r in Package.select(
            Package.package_id, Package.version)}
        refused = {r.batch_id for r in BatchCheck.select(BatchCheck.batch_id).where(
            BatchCheck.outcome == "refused")}
        for batch_id, item_key, decision, reason, *line in decisions:
            where = f"line {line[0]}: " if line else ""
            item = known.get((batch_id, item_key))
            if item is None:
                raise Refusal(404, "bad-review",
                              f"{where}no item {item_key!r} in batch {batch_id}")
            if batch_id in refused:
                raise Refusal(409, "refused-batch",
                              f"{where}batch {batch_id} was refused at export: it is damaged "
                              f"or was not sealed by the annotator it names")
            if (item.package_id, item.package_version) not in registered:
                raise Refusal(409, "unknown-package",
                              f"{where}register package {item.package_id} v{item.package_version} "
                              f"first (marika-server package add)")
            if item.decision == decision and item.reason == reason:
                unchanged += 1
                continue
            database.execute_sql(update, (decision, reason, now, False, batch_id, item_key))
            decided += 1
    return ReviewResult(decided, unchanged)
