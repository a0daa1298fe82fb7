"""One Marika per data folder: a second instance gets a clear message, not a corrupt store."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from marika_sync.tr import QT_TRANSLATE_NOOP

from .core.errors import MarikaError


class OfficeLocked(MarikaError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Errors", "Marika is already open on this computer with the same data folder. "
                      "Close the other window first."))


class DataFolderLock:
    """An OS-level exclusive lock on `data_dir/marika.lock`; released when the process dies."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / "marika.lock"
        self._fd: int | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            raise OfficeLocked() from exc
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the lock on every platform
            self._fd = None


def held_elsewhere(data_dir: Path) -> bool:
    """Does another Marika have this data folder open? The lock is taken and let go at
    once: for a look before the real open, which then takes it for as long as it runs."""
    lock = DataFolderLock(data_dir)
    try:
        lock.acquire()
    except OfficeLocked:
        return True
    lock.release()
    return False
