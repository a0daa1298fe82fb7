"""An index for "what was saved since": the item screen's total for today runs after
every save, and without it counted by walking every annotation of the package, so the
cost of a save grew with the package."""

VERSION = 6

STATEMENTS = [
    "CREATE INDEX annotation_recent ON annotation (profile_id, package_id, updated_at)",
]


def migrate(db) -> None:
    for sql in STATEMENTS:
        db.execute_sql(sql)
