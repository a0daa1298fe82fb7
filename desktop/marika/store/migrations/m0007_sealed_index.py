"""The index of annotations by batch holds only annotations sealed into one.

Every annotation not yet sealed had an entry with a NULL batch in it, so the first save
of every item wrote, and flushed, one more 4 KiB page to the WAL for nothing: no query
looks annotations up by a NULL batch (the "not sealed yet" filters go by profile and
package). Lookups by batch (`batch_id = ?`, `batch_id IS NOT NULL`) use the partial
index as they used the whole one; the entry is made when an annotation is sealed.
"""

VERSION = 7

STATEMENTS = [
    "DROP INDEX annotation_batch",
    "CREATE INDEX annotation_batch ON annotation (batch_id) WHERE batch_id IS NOT NULL",
]


def migrate(db) -> None:
    for sql in STATEMENTS:
        db.execute_sql(sql)
