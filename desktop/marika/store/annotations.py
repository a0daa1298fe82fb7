"""Annotation rows: idempotent upserts, progress counts and the "next to do" query.

The store never sees annotation content in plaintext: `payload` arrives encrypted by the
profile's key (see marika.profiles). Status stays readable so progress can be counted.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from marika_sync.tr import QT_TRANSLATE_NOOP

from ..core.annotation import DONE, SKIPPED
from ..core.errors import MarikaError, StoreError
from .db import database, ensure_space
from .models import Annotation

log = logging.getLogger(__name__)

_UPSERT = """
INSERT INTO annotation (uuid, profile_id, package_id, item_id, ordinal, status, payload,
                        updated_at, revision)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (uuid) DO UPDATE SET
    status = excluded.status,
    payload = excluded.payload,
    updated_at = excluded.updated_at,
    revision = excluded.revision
WHERE annotation.batch_id IS NULL AND annotation.revision = excluded.revision - 1
"""


class ItemSubmitted(MarikaError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Errors", "This item was already submitted and can no longer be changed."))


def upsert(*, uuid: str, profile_id: str, package_pk: int, item_pk: int, ordinal: int,
           status: str, payload: Callable[[int], bytes], now: float | None = None) -> int:
    """Save one annotation in one transaction; returns its revision.

    An upsert by the item's stable UUID, so retrying after a commit that was reported as
    failed (but may have happened) cannot create a second row. `payload(revision)` gives
    the encrypted payload for the revision this save makes: the revision is bound into
    its associated data, so an older payload written back into the row does not open.
    """
    ensure_space()
    now = time.time() if now is None else now
    data = b""
    try:
        with database.atomic():
            found = database.execute_sql(
                "SELECT revision, batch_id FROM annotation WHERE uuid = ?", (uuid,)).fetchone()
            if found is not None and found[1] is not None:
                raise ItemSubmitted()  # sealed into a batch: read-only
            revision = 1 if found is None else found[0] + 1
            data = payload(revision)
            cursor = database.execute_sql(_UPSERT, (uuid, profile_id, package_pk, item_pk,
                                                    ordinal, status, data, now, revision))
            if cursor.rowcount == 0:  # the row changed under us: sealed since
                raise ItemSubmitted()
    except StoreError as exc:
        # The error came at some point of the transaction, perhaps at COMMIT after the
        # change was written. Read back: only a change that is not there is "not saved".
        landed = _read_back(uuid, data, now) if data else 0
        if landed:
            log.warning("a save reported %s but is in the store (revision %s)",
                        exc.english(), landed)
            return landed
        if landed is None:
            exc.saved = None  # could not read back: the outcome is unknown
        # Otherwise it is not in the store: not saved, unless the error was a flush the
        # disk did not confirm (exc.saved is None), which a restart may still bring back.
        raise
    return revision


def _read_back(uuid: str, payload: bytes, now: float) -> int | None:
    """The revision of this very save when it is in the store, 0 when it is not, None
    when the store cannot be read."""
    try:
        row = database.execute_sql(
            "SELECT revision FROM annotation WHERE uuid = ? AND payload = ? AND updated_at = ?",
            (uuid, payload, now)).fetchone()
    except StoreError:
        return None
    return 0 if row is None else row[0]


def get(*, profile_id: str, item_pk: int) -> Annotation | None:
    return (Annotation.select()
            .where((Annotation.profile == profile_id) & (Annotation.item == item_pk))
            .first())


def counts(*, profile_id: str, package_pk: int, since: float | None = None) -> dict[str, int]:
    """Annotations per status; with `since`, only those last saved at or after it.

    Without `since` the counts are kept by triggers (migration 4), so no annotation is
    read. A negative ordinal (an item a newer package version dropped after work on it:
    kept, sealed and paid, but no longer part of the progress) is not counted."""
    if since is None:
        rows = database.execute_sql(
            "SELECT status, n FROM progress_count WHERE profile_id = ? AND package_id = ? "
            "AND n > 0", (profile_id, package_pk)).fetchall()
    else:
        rows = database.execute_sql(
            "SELECT status, COUNT(*) FROM annotation WHERE profile_id = ? AND package_id = ? "
            "AND ordinal >= 0 AND updated_at >= ? GROUP BY status",
            (profile_id, package_pk, since)).fetchall()
    return {status: n for status, n in rows}


def counts_all() -> list[tuple[str, int, str, int]]:
    """(profile_id, package_pk, status, count) for every profile: for the supervisor."""
    return database.execute_sql(
        "SELECT profile_id, package_id, status, n FROM progress_count WHERE n > 0").fetchall()


def rebuild_progress(package_pk: int) -> None:
    """Recount a package's progress after renumbering its annotations in bulk (an upgrade);
    row-by-row triggers cannot follow ordinals that move past each other."""
    from .migrations.m0004_progress import rebuild

    rebuild(database, package_pk)


_RUN = """SELECT last FROM finished_run WHERE profile_id = ? AND package_id = ? AND first <= ?
ORDER BY first DESC LIMIT 1"""


def _first_open(profile_id: str, package_pk: int, start: int) -> int:
    """The first ordinal >= start without a done or skipped annotation (maybe past the end)."""
    row = database.execute_sql(_RUN, (profile_id, package_pk, start)).fetchone()
    return row[0] + 1 if row is not None and row[0] >= start else start


def next_todo(*, profile_id: str, package_pk: int, after: int | None) -> int | None:
    """The next ordinal not done or skipped.

    Searched after `after` (by default from the last item this profile worked on); only
    when nothing is left after it do we wrap around to look for gaps the worker passed
    over earlier. Each search is one index lookup in the runs of finished items
    (migration 4): no done row is read, at any package size.
    """
    if after is None:
        after = database.execute_sql(
            "SELECT MAX(ordinal) FROM annotation WHERE profile_id = ? AND package_id = ?",
            (profile_id, package_pk)).fetchone()[0]
        # Resume at the last item worked on: it may still be an unfinished draft.
        after = -1 if after is None else after - 1
    last = database.execute_sql("SELECT MAX(ordinal) FROM item WHERE package_id = ?",
                                (package_pk,)).fetchone()[0]
    if last is None:
        return None
    found = _first_open(profile_id, package_pk, max(after, -1) + 1)
    if found <= last:
        return found
    if after >= 0:
        found = _first_open(profile_id, package_pk, 0)
        if found <= after:
            return found
    return None


def unsubmitted_finished(*, profile_id: str, package_pk: int) -> list[Annotation]:
    return list(Annotation.select()
                .where((Annotation.profile == profile_id) & (Annotation.package == package_pk)
                       & (Annotation.status.in_([DONE, SKIPPED]))
                       & (Annotation.batch_id.is_null()))
                .order_by(Annotation.ordinal))


def mark_batched(*, profile_id: str, uuids: list[str], batch_id: str) -> None:
    """Lock these annotations into a sealed batch (called inside the sealing transaction)."""
    for start in range(0, len(uuids), 500):
        chunk = uuids[start:start + 500]
        (Annotation.update(batch_id=batch_id)
         .where((Annotation.profile == profile_id) & (Annotation.uuid.in_(chunk))
                & (Annotation.batch_id.is_null()))
         .execute())
