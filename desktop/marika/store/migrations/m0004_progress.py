"""Progress kept by the database itself: counts per status, and runs of finished items.

"Next item to do" and the progress counts used to scan every annotation of a package
(about 80 ms at 100,000 items when the only gap left was before the current item). Two
small tables, maintained by triggers on `annotation` so that every writer (upserts,
deletes, cascades) keeps them true, make both a few index lookups:
- `progress_count`: annotations per (profile, package, status), ordinal >= 0 only (a
  negative ordinal is an item a newer package version dropped);
- `finished_run`: maximal runs [first, last] of consecutive ordinals whose annotation is
  done or skipped, per (profile, package). The next item to do after ordinal `o` is
  `o + 1`, or one past the run that covers `o + 1`: no finished row is read.
A bulk renumbering (a package upgrade) rebuilds the package's rows afterwards
(`marika.store.annotations.rebuild_progress`), as this migration does for every package.
"""

# ruff: noqa: S608 - the SQL below is assembled from constants of this module only

VERSION = 4

_KEYS = "profile_id = {r}.profile_id AND package_id = {r}.package_id"


def finished(r: str) -> str:
    return f"({r}.status IN ('done', 'skipped') AND {r}.ordinal >= 0)"


def _finish(r: str, guard: str = "1") -> list[str]:
    """Add ordinal {r}.ordinal to its profile's runs, merging with the neighbours."""
    keys, o = _KEYS.format(r=r), f"{r}.ordinal"
    covered = (f"EXISTS (SELECT 1 FROM finished_run WHERE {keys} AND first <= {o} "
               f"AND last >= {o})")
    return [
        # a run ending just before: extend it to o, or over the run starting just after
        f"""UPDATE finished_run SET last = COALESCE(
                (SELECT last FROM finished_run WHERE {keys} AND first = {o} + 1), {o})
            WHERE {keys} AND last = {o} - 1 AND {guard} AND NOT {covered}""",
        # ... whose run just after is then covered twice: drop it
        f"""DELETE FROM finished_run WHERE {keys} AND first = {o} + 1 AND {guard}
            AND EXISTS (SELECT 1 FROM finished_run WHERE {keys} AND first <= {o}
                        AND last >= {o} + 1)""",
        # no run before: a run just after starts at o now
        f"""UPDATE finished_run SET first = {o}
            WHERE {keys} AND first = {o} + 1 AND {guard} AND NOT {covered}""",
        # alone
        f"""INSERT OR IGNORE INTO finished_run (profile_id, package_id, first, last)
            SELECT {r}.profile_id, {r}.package_id, {o}, {o} WHERE {guard} AND NOT {covered}""",
    ]


def _unfinish(r: str, guard: str = "1") -> list[str]:
    """Remove ordinal {r}.ordinal from its profile's runs, splitting the run around it."""
    keys, o = _KEYS.format(r=r), f"{r}.ordinal"
    return [
        f"""INSERT OR IGNORE INTO finished_run (profile_id, package_id, first, last)
            SELECT profile_id, package_id, {o} + 1, last FROM finished_run
            WHERE {keys} AND first <= {o} AND last > {o} AND {guard}""",
        f"""UPDATE finished_run SET last = {o} - 1
            WHERE {keys} AND first < {o} AND last >= {o} AND {guard}""",
        f"DELETE FROM finished_run WHERE {keys} AND first = {o} AND {guard}",
    ]


def _count(r: str, delta: int) -> str:
    return f"""INSERT INTO progress_count (profile_id, package_id, status, n)
        SELECT {r}.profile_id, {r}.package_id, {r}.status, {delta} WHERE {r}.ordinal >= 0
        ON CONFLICT (profile_id, package_id, status) DO UPDATE SET n = n + excluded.n"""


def _trigger(name: str, event: str, when: str, statements: list[str]) -> str:
    body = ";\n".join(statements)
    return f"CREATE TRIGGER {name} AFTER {event} ON annotation WHEN {when} BEGIN\n{body};\nEND"


_UPDATE = "UPDATE OF status, ordinal, profile_id, package_id"
_CHANGED = ("(OLD.status != NEW.status OR OLD.ordinal != NEW.ordinal "
            "OR OLD.profile_id != NEW.profile_id OR OLD.package_id != NEW.package_id)")

STATEMENTS = [
    """CREATE TABLE progress_count (
        profile_id TEXT NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
        package_id INTEGER NOT NULL REFERENCES package (id) ON DELETE CASCADE,
        status TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (profile_id, package_id, status))""",
    """CREATE TABLE finished_run (
        profile_id TEXT NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
        package_id INTEGER NOT NULL REFERENCES package (id) ON DELETE CASCADE,
        first INTEGER NOT NULL,
        last INTEGER NOT NULL,
        PRIMARY KEY (profile_id, package_id, first))""",
    "CREATE INDEX finished_run_last ON finished_run (profile_id, package_id, last)",
    _trigger("annotation_insert_progress", "INSERT", "1",
             [_count("NEW", 1), *_finish("NEW", finished("NEW"))]),
    _trigger("annotation_delete_progress", "DELETE", "1",
             [_count("OLD", -1), *_unfinish("OLD", finished("OLD"))]),
    _trigger("annotation_update_progress", _UPDATE, _CHANGED,
             [_count("OLD", -1), _count("NEW", 1),
              *_unfinish("OLD", finished("OLD")), *_finish("NEW", finished("NEW"))]),
]

#: Rebuild both tables from the annotations (all packages, or one: `?` is its pk).
REBUILD = [
    "DELETE FROM progress_count WHERE {where}",
    "DELETE FROM finished_run WHERE {where}",
    """INSERT INTO progress_count (profile_id, package_id, status, n)
       SELECT profile_id, package_id, status, COUNT(*) FROM annotation
       WHERE ordinal >= 0 AND {where} GROUP BY profile_id, package_id, status""",
    # gaps and islands: consecutive ordinals share ordinal - row_number()
    """INSERT INTO finished_run (profile_id, package_id, first, last)
       SELECT profile_id, package_id, MIN(ordinal), MAX(ordinal) FROM (
           SELECT profile_id, package_id, ordinal, ordinal - ROW_NUMBER() OVER (
               PARTITION BY profile_id, package_id ORDER BY ordinal) AS island
           FROM annotation
           WHERE status IN ('done', 'skipped') AND ordinal >= 0 AND {where})
       GROUP BY profile_id, package_id, island""",
]


def rebuild(db, package_pk: int | None = None) -> None:
    where, args = ("package_id = ?", (package_pk,)) if package_pk is not None else ("1", ())
    for sql in REBUILD:
        db.execute_sql(sql.format(where=where), args)


def migrate(db) -> None:
    for sql in STATEMENTS:
        db.execute_sql(sql)
    rebuild(db)
