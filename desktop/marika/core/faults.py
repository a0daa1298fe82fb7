"""The real cause of a failed disk or database operation, as an error the user can act on.

SQLite and the operating system say what went wrong through error codes: SQLITE_FULL,
SQLITE_IOERR_FSYNC, ENOSPC, EROFS... `cause()` reads them off an exception (sqlite3's
own, peewee's wrapper around it, or an OSError, also when chained) and returns the
matching StoreError subclass, whose sentence names what to do. The store raises these
in place of the raw error; every other place that shows an error (the GUI, the
`marika` commands) asks `cause()` for anything that is not already a MarikaError, so a
full disk reads the same wherever it is met.
"""

from __future__ import annotations

import errno
import sqlite3

from .errors import (
    DamagedStore,
    DiskFullError,
    DiskIOError,
    MarikaError,
    ReadOnlyFolder,
    StoreError,
    StoreLocked,
)

# SQLite primary result codes (https://sqlite.org/rescode.html)
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 11, 13, 14
_SQLITE_NOTADB = 26
# Extended codes of a failed flush: the data was written, its durability not confirmed.
_UNCONFIRMED = {10 | (4 << 8), 10 | (13 << 8)}  # SQLITE_IOERR_FSYNC, _DIR_FSYNC

_BY_SQLITE = {
    _SQLITE_FULL: DiskFullError,
    _SQLITE_IOERR: DiskIOError,
    _SQLITE_READONLY: ReadOnlyFolder,
    _SQLITE_PERM: ReadOnlyFolder,
    _SQLITE_BUSY: StoreLocked,
    _SQLITE_LOCKED: StoreLocked,
    _SQLITE_CORRUPT: DamagedStore,
    _SQLITE_NOTADB: DamagedStore,
}
_BY_ERRNO = {
    errno.ENOSPC: DiskFullError,
    errno.EDQUOT: DiskFullError,
    errno.EIO: DiskIOError,
    errno.EROFS: ReadOnlyFolder,
    errno.EACCES: ReadOnlyFolder,
    errno.EPERM: ReadOnlyFolder,
}


def _chain(exc: BaseException):
    """The exception, what it wraps (peewee keeps sqlite3's as its first argument), and
    its causes, each once."""
    seen: set[int] = set()
    todo = [exc]
    while todo:
        current = todo.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        wrapped = current.args[0] if current.args else None
        if isinstance(wrapped, BaseException):
            todo.append(wrapped)
        todo.extend((current.__cause__, current.__context__))


def _from_sqlite(exc: sqlite3.Error) -> StoreError | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:  # before Python 3.11: only the text is known
        text = str(exc).lower()
        code = next((c for words, c in (("disk is full", _SQLITE_FULL),
                                        ("disk i/o error", _SQLITE_IOERR),
                                        ("readonly database", _SQLITE_READONLY),
                                        ("database is locked", _SQLITE_BUSY),
                                        ("malformed", _SQLITE_CORRUPT),
                                        ("not a database", _SQLITE_NOTADB)) if words in text),
                    None)
        if code is None:
            return None
    kind = _BY_SQLITE.get(code & 0xFF)
    if kind is DiskIOError:
        return DiskIOError(unconfirmed=code in _UNCONFIRMED)
    return kind() if kind else None


def cause(exc: BaseException) -> StoreError | None:
    """The error to show for `exc`, or None when it is not a disk or database fault.

    A MarikaError already saying a StoreError's sentence is returned as it is."""
    for current in _chain(exc):
        if isinstance(current, StoreError):
            return current
        if isinstance(current, MarikaError):
            return None  # already a sentence of its own: keep it
        if isinstance(current, sqlite3.Error):
            found = _from_sqlite(current)
            if found is not None:
                return found
        elif isinstance(current, OSError) and current.errno in _BY_ERRNO:
            return _BY_ERRNO[current.errno]()
    return None


def as_marika_error(exc: BaseException) -> BaseException:
    """`exc` itself when it is a MarikaError; its cause as one when it is a disk or
    database fault; otherwise `exc` unchanged (shown as the generic sentence)."""
    if isinstance(exc, MarikaError):
        return exc
    found = cause(exc)
    return exc if found is None else found
