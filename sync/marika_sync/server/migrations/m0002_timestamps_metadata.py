"""Timestamps as 8-byte numbers on PostgreSQL, and each upload's tus metadata.

On PostgreSQL `REAL` is 4 bytes: a time near 1.7e9 is rounded to 128 s, so the
compare-and-set that marks an item as stated never matched and every `statements issue`
issued every decided item again. The columns become `DOUBLE PRECISION` (SQLite's `REAL`
is already 8 bytes). Items listed, with the same decision and reason, in their
annotator's latest statement are marked stated, so the next issue does not repeat them.

`upload.metadata` keeps the Upload-Metadata header as sent, for HEAD to echo (tus
creation extension)."""

import json

VERSION = 2

TIMESTAMPS = {
    "enroll_code": ("created_at", "expires_at", "used_at"),
    "annotator": ("enrolled_at",),
    "upload": ("created_at", "completed_at"),
    "batch": ("received_at",),
    "batch_item": ("decided_at",),
    "statement": ("issued_at",),
    "package": ("registered_at",),
}


def _mark_stated_from_latest_statements(db) -> None:
    rows = db.execute_sql(
        'SELECT s."annotator_id", s."document", s."seq" FROM "statement" s '
        'WHERE s."seq" = (SELECT MAX(t."seq") FROM "statement" t '
        'WHERE t."annotator_id" = s."annotator_id")').fetchall()
    for annotator_id, document, seq in rows:
        try:
            body = json.loads(bytes(document))["body"]
            lines = body["items"]
        except (ValueError, KeyError, TypeError):
            continue  # not readable here: leave the items as they are
        for line in lines:
            db.execute_sql(
                'UPDATE "batch_item" SET "stated" = TRUE WHERE "annotator_id" = %s '
                'AND "batch_id" = %s AND "item_key" = %s AND "decision" = %s '
                'AND "reason" = %s AND NOT "stated" AND "decided_at" <= (SELECT "issued_at" '
                'FROM "statement" WHERE "annotator_id" = %s AND "seq" = %s)',
                # compared as stored (4-byte) numbers: a float read back is not the same
                (annotator_id, line.get("batch_id"), line.get("item_key"),
                 line.get("decision"), line.get("reason", ""), annotator_id, seq))


def migrate(db, dialect: str) -> None:
    if dialect == "postgres":
        _mark_stated_from_latest_statements(db)
        for table, columns in TIMESTAMPS.items():
            changes = ", ".join(f'ALTER COLUMN "{c}" TYPE DOUBLE PRECISION' for c in columns)
            db.execute_sql(f'ALTER TABLE "{table}" {changes}')
    db.execute_sql('ALTER TABLE "upload" ADD COLUMN "metadata" TEXT NOT NULL DEFAULT \'\'')
