"""The first schema: office settings, profiles, publishers, packages, items, annotations."""

VERSION = 1

STATEMENTS = [
    """CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL)""",
    # Secrets in a profile row are wrapped or encrypted; username and role are not secret.
    """CREATE TABLE profile (
        id TEXT PRIMARY KEY,
        username TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('annotator', 'supervisor')),
        language TEXT NOT NULL DEFAULT '',
        kdf TEXT NOT NULL,
        wrapped_key BLOB NOT NULL,
        recovery_wrapped_key BLOB,
        device_key BLOB,
        device_public TEXT,
        settings BLOB,
        failed_logins INTEGER NOT NULL DEFAULT 0,
        locked_until REAL NOT NULL DEFAULT 0,
        created_at REAL NOT NULL)""",
    """CREATE TABLE publisher (
        public_key TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        installed_at REAL NOT NULL)""",
    """CREATE TABLE package (
        id INTEGER PRIMARY KEY,
        package_id TEXT NOT NULL UNIQUE,
        version INTEGER NOT NULL,
        kind TEXT NOT NULL,
        manifest TEXT NOT NULL,
        signature BLOB NOT NULL,
        publisher_key TEXT NOT NULL,
        media_dir TEXT NOT NULL,
        item_count INTEGER NOT NULL,
        imported_at REAL NOT NULL)""",
    """CREATE TABLE item (
        id INTEGER PRIMARY KEY,
        package_id INTEGER NOT NULL REFERENCES package (id) ON DELETE CASCADE,
        item_key TEXT NOT NULL,
        ordinal INTEGER NOT NULL,
        media TEXT,
        text TEXT,
        warnings TEXT NOT NULL DEFAULT '[]',
        duration_ms INTEGER,
        sha256 TEXT,
        UNIQUE (package_id, item_key),
        UNIQUE (package_id, ordinal))""",
    """CREATE TABLE assignment (
        profile_id TEXT NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
        package_id INTEGER NOT NULL REFERENCES package (id) ON DELETE CASCADE,
        assigned_at REAL NOT NULL,
        card_acknowledged_at REAL,
        PRIMARY KEY (profile_id, package_id))""",
    # payload is the AEAD-encrypted annotation (value, skip reason, flag, active time).
    # status stays readable so the supervisor can count progress without seeing content.
    """CREATE TABLE annotation (
        uuid TEXT PRIMARY KEY,
        profile_id TEXT NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
        package_id INTEGER NOT NULL REFERENCES package (id) ON DELETE CASCADE,
        item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'done', 'skipped')),
        batch_id TEXT,
        revision INTEGER NOT NULL DEFAULT 1,
        payload BLOB NOT NULL,
        updated_at REAL NOT NULL,
        UNIQUE (profile_id, item_id))""",
    "CREATE INDEX annotation_progress ON annotation (profile_id, package_id, ordinal)",
    "CREATE INDEX annotation_batch ON annotation (batch_id)",
]


def migrate(db) -> None:
    for sql in STATEMENTS:
        db.execute_sql(sql)
