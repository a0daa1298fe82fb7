"""Autosave: every change goes to the serial database worker; "Saved" only after commit.

Each save is a whole-state upsert by the item's stable UUID, so while one save is in
flight, newer changes to the same item replace each other in the queue (an HDD is not
hammered by fast clicking) and a retry after a failure is always safe: a commit reported
as failed may have happened, and upserting it again changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from marika.core.errors import MarikaError, StoreError

# UNCONFIRMED: the save failed at the disk's flush (fsync): it was written, but the disk
# did not confirm it, so it may or may not be there after a restart. Never "not saved"
# for a change that may be on the disk; the retry makes it sure either way.
SAVING, SAVED, FAILED, UNCONFIRMED = "saving", "saved", "failed", "unconfirmed"
RETRY_MS = 5_000


def _retryable(exc: BaseException) -> bool:
    """Store and OS failures may pass (disk freed, lock released); a refusal will not."""
    return isinstance(exc, StoreError) or not isinstance(exc, MarikaError)


class Saver(QObject):
    stateChanged = Signal(str)  # noqa: N815 - SAVING, SAVED or FAILED
    recordSaved = Signal(object)  # noqa: N815 - the AnnotationRecord the commit returned
    saveFailed = Signal(object)  # noqa: N815 - the exception

    def __init__(self, tasks, workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.workspace = workspace
        self._queue: dict[int, dict] = {}
        self._in_flight: int | None = None
        self._idle_callbacks: list = []
        self._state = SAVED
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._next)

    @property
    def state(self) -> str:
        return self._state

    def pending(self) -> bool:
        return self._in_flight is not None or bool(self._queue)

    def when_idle(self, callback) -> None:
        """Call `callback` once every queued save has been tried (committed or failed):
        a query that depends on the saves, such as "next item to do", must run after
        them, or it sees the item just finished as still to do."""
        if not self.pending():
            callback()
        else:
            self._idle_callbacks.append(callback)

    def _run_idle_callbacks(self) -> None:
        callbacks, self._idle_callbacks = self._idle_callbacks, []
        for callback in callbacks:
            callback()

    def save(self, item_pk: int, **fields) -> None:
        """Queue the whole state of one item: value, status, active_ms, flag, skip_reason."""
        self._queue.pop(item_pk, None)
        self._queue[item_pk] = fields  # re-inserted last: saves keep the worker's order
        self._set_state(SAVING)
        if self._in_flight is None:
            self._retry.stop()
            self._next()

    def retry(self) -> None:
        self._retry.stop()
        if self._in_flight is None and self._queue:
            self._set_state(SAVING)
            self._next()

    def _next(self) -> None:
        if self._in_flight is not None or not self._queue:
            return
        item_pk = next(iter(self._queue))
        fields = self._queue.pop(item_pk)
        self._in_flight = item_pk
        workspace = self.workspace
        self.tasks.run_db(lambda: workspace.save(item_pk=item_pk, **fields),
                          on_done=self._done,
                          on_error=lambda exc: self._failed(item_pk, fields, exc),
                          owner=self)

    def _done(self, record) -> None:
        self._in_flight = None
        self.recordSaved.emit(record)
        if self._queue:
            self._next()
        else:
            self._set_state(SAVED)
            self._run_idle_callbacks()

    def _failed(self, item_pk: int, fields: dict, exc: BaseException) -> None:
        self._in_flight = None
        if _retryable(exc):
            # Keep it unless a newer state of the same item is already waiting.
            self._queue = {item_pk: fields, **self._queue} if item_pk not in self._queue \
                else self._queue
            self._retry.start()
        self._set_state(UNCONFIRMED if getattr(exc, "saved", False) is None else FAILED)
        self.saveFailed.emit(exc)
        if not _retryable(exc) and self._queue:
            self._next()
        elif self._in_flight is None:
            self._run_idle_callbacks()  # the banner says it failed; the worker goes on

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.stateChanged.emit(state)
