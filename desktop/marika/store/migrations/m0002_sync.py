"""Sync: enrollment with the collection server, the outbox of sealed batches, receipts
and pay statements.

Batch bytes are kept as a BLOB in the outbox row (they are already encrypted to the
results key and signed): the row, its state and its bytes commit together, so there is
never a row without its file or a file without its row after a crash.
Statements are stored encrypted (profile key, or still sealed to the profile's box key
when they came on a USB stick): only ids, sequence numbers and timestamps are readable.
"""

VERSION = 2

STATEMENTS = [
    # The server key pinned at enrollment verifies every receipt and statement after.
    """CREATE TABLE sync_enrollment (
        profile_id TEXT PRIMARY KEY REFERENCES profile (id) ON DELETE CASCADE,
        annotator_id TEXT NOT NULL,
        server_url TEXT NOT NULL,
        server_key TEXT NOT NULL,
        document BLOB NOT NULL,
        enrolled_at REAL NOT NULL)""",
    """CREATE TABLE outbox_batch (
        batch_id TEXT PRIMARY KEY,
        profile_id TEXT NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
        package_id TEXT NOT NULL,
        package_version INTEGER NOT NULL,
        item_count INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        data BLOB NOT NULL,
        state TEXT NOT NULL DEFAULT 'sealed'
            CHECK (state IN ('sealed', 'uploading', 'delivered')),
        upload_url TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at REAL NOT NULL DEFAULT 0,
        last_error TEXT,
        created_at REAL NOT NULL,
        delivered_at REAL,
        exported_at REAL)""",
    "CREATE INDEX outbox_due ON outbox_batch (profile_id, state, next_attempt_at)",
    # The receipt document is the worker's own proof of delivery: kept as received.
    """CREATE TABLE sync_receipt (
        batch_id TEXT PRIMARY KEY REFERENCES outbox_batch (batch_id) ON DELETE CASCADE,
        profile_id TEXT NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
        sha256 TEXT NOT NULL,
        document BLOB NOT NULL,
        received_at REAL NOT NULL,
        stored_at REAL NOT NULL)""",
    """CREATE TABLE sync_statement (
        statement_id TEXT PRIMARY KEY,
        profile_id TEXT NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        issued_at REAL NOT NULL,
        stored_at REAL NOT NULL,
        form TEXT NOT NULL CHECK (form IN ('profile', 'box')),
        blob BLOB NOT NULL,
        UNIQUE (profile_id, seq))""",
]


def migrate(db) -> None:
    for sql in STATEMENTS:
        db.execute_sql(sql)
