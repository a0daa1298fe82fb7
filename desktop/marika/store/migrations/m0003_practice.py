"""Practice packs: each profile's attempts and certificates, in one encrypted record.

One row per profile, the whole history encrypted with the profile key: not even the
number of attempts or which packs were practised is readable without the password
(a supervisor must not learn who failed a practice pack, or how often).
"""

VERSION = 3

STATEMENTS = [
    """CREATE TABLE practice_record (
        profile_id TEXT PRIMARY KEY REFERENCES profile (id) ON DELETE CASCADE,
        blob BLOB NOT NULL,
        updated_at REAL NOT NULL)""",
]


def migrate(db) -> None:
    for sql in STATEMENTS:
        db.execute_sql(sql)
