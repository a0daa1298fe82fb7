"""Seals on the local state that decides where work goes (issue 10, docs/SECURITY.md).

A seal is an HMAC-SHA256 under a key derived from the profile key, which only the
profile's password (or the office recovery key) unlocks:
- `sync_enrollment.seal` over the profile's server address, pinned server key and
  annotator id. Enrolments made before this migration have none: they are sealed as they
  are at the profile's first sync after the upgrade (and only then).
- `package_seal`: each profile's seal over the package version it works on (manifest
  hash, publisher key, signature hash), made the first time the profile uses that
  version, after the publisher's signature was checked again.
"""

VERSION = 5

STATEMENTS = [
    "ALTER TABLE sync_enrollment ADD COLUMN seal BLOB",
    """CREATE TABLE package_seal (
        profile_id TEXT NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
        package_id INTEGER NOT NULL REFERENCES package (id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        seal BLOB NOT NULL,
        PRIMARY KEY (profile_id, package_id))""",
]


def migrate(db) -> None:
    for sql in STATEMENTS:
        db.execute_sql(sql)
