"""The desktop's errors. Every error shown to a user is a `MarikaError` (defined in the
sync library, which the server shares): an English source sentence marked for
translation, plus named parameters filled in after translation."""

from __future__ import annotations

from marika_sync.errors import (  # noqa: F401 - re-exported: the desktop's errors share the base
    ERRORS_CONTEXT,
    MarikaError,
    PackageError,
    SyncError,
)
from marika_sync.tr import QT_TRANSLATE_NOOP


class StoreError(MarikaError):
    """The local store could not do what was asked; data on disk is unchanged.

    `saved` tells a failed save's outcome: False when the change is known not to be on
    the disk, None when the disk did not confirm it (it may appear after a restart)."""

    saved: bool | None = False


# The causes below each name what the worker or the supervisor should do. They come from
# core.faults.cause(), which reads them off SQLite's and the system's error codes; the
# store, the packages, sync, the USB transfer and the commands all show these sentences.


class DiskFullError(StoreError):
    """The disk has no room left (SQLITE_FULL, ENOSPC, EDQUOT)."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Errors", "The disk is full. Free some space on it (delete or move files you "
                      "no longer need), then try again. Work saved earlier is safe."))


class LowDiskSpace(DiskFullError):
    """Refused before writing: less free space than the store keeps in reserve."""

    def __init__(self, *, free_bytes: int, needed_bytes: int) -> None:
        mib = 1024 * 1024
        StoreError.__init__(self, QT_TRANSLATE_NOOP(
            "Errors", "The disk is almost full: {free_mb} MB free, and Marika keeps "
                      "{needed_mb} MB free so that saving can never half-fail. Your saved "
                      "work is safe. Free some space (delete or move files you no longer "
                      "need), then try again."),
            free_mb=max(0, free_bytes) // mib, needed_mb=-(-needed_bytes // mib))


class DiskIOError(StoreError):
    """The disk reported a read or write error (SQLITE_IOERR, EIO)."""

    def __init__(self, *, unconfirmed: bool = False) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Errors", "The disk reported a read or write error. The disk or USB stick may "
                      "be failing: ask your supervisor to copy the Marika data folder to "
                      "another disk soon. Work saved earlier is kept."))
        # A failed flush (fsync): the change was written but not confirmed durable.
        self.saved = None if unconfirmed else False


class ReadOnlyFolder(StoreError):
    """Writing is not allowed (SQLITE_READONLY, SQLITE_PERM, EROFS, EACCES, EPERM)."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Errors", "Marika may not write in its data folder: the folder or the disk is "
                      "read-only. Ask your supervisor to make it writable again (or to "
                      "move the data folder), then try again."))


class StoreLocked(StoreError):
    """Another connection kept the store locked past the wait (SQLITE_BUSY, _LOCKED)."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Errors", "Another program (or another copy of Marika) kept the data locked. "
                      "Close it, then try again. Nothing was lost."))


class DamagedStore(StoreError):
    """The store's file is damaged or is not a database (SQLITE_CORRUPT, SQLITE_NOTADB)."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Errors", "Marika's data file is damaged. Do not delete anything: close "
                      "Marika and ask your supervisor to restore the data folder from a "
                      "backup copy."))


class AccessDenied(MarikaError):
    """An action touched something that does not belong to the logged-in profile."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "This belongs to another profile and cannot be opened.")
        )


class AuthError(MarikaError):
    """Log-in failed: wrong password, throttled, or unknown profile."""


class MediaError(MarikaError):
    """A media file could not be decoded; the item can be skipped as unreadable."""
