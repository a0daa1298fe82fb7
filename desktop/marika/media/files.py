"""Checks every media file gets before a decoder sees it: present, not empty, not huge,
and (when the signed manifest gives one) matching its SHA-256.

The hash is the only reliable check against flipped bytes: a damaged JPEG or WAV
decodes without any error.
"""

from __future__ import annotations

import hashlib
import hmac
import stat
from pathlib import Path

from . import errors

_CHUNK = 1 << 20  # 1 MiB: large enough for HDD throughput, small enough for 4 GB PCs


def check_file(path: Path, *, sha256: str | None, max_bytes: int,
               size: int | None = None) -> int:
    """Return the file's size after the checks above, or raise MediaError. `size`: what
    an earlier `check_file` of this file returned (within `max_bytes`), so the file is
    not looked up again; only the hash is then checked."""
    path = Path(path)
    size = _check_size(path, max_bytes) if size is None else size
    if sha256:
        _check_hash(path, file_sha256(path), sha256)
    return size


def read_checked(path: Path, *, sha256: str | None, max_bytes: int,
                 size: int | None = None) -> bytes:
    """The file's bytes after the same checks as `check_file` (and its `size`), read from
    the disk once: the caller decodes these very bytes, so what is decoded is what was
    hashed."""
    path = Path(path)
    if size is None:
        _check_size(path, max_bytes)
    try:
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as exc:
        raise errors.media_error(errors.CORRUPTED, path) from exc
    if not data:
        raise errors.media_error(errors.EMPTY, path)
    if len(data) > max_bytes:  # grew since the stat
        raise errors.media_error(errors.TOO_LARGE, path)
    if sha256:
        _check_hash(path, hashlib.sha256(data).hexdigest(), sha256)
    return data


def _check_hash(path: Path, actual: str, expected: str) -> None:
    if not hmac.compare_digest(actual, expected.strip().lower()):
        raise errors.media_error(errors.BAD_HASH, path)


def _check_size(path: Path, max_bytes: int) -> int:
    try:
        st = path.stat()
    except FileNotFoundError as exc:
        raise errors.media_error(errors.MISSING, path) from exc
    except OSError as exc:
        raise errors.media_error(errors.CORRUPTED, path) from exc
    if not stat.S_ISREG(st.st_mode):  # what path.is_file() would ask again
        raise errors.media_error(errors.MISSING, path)
    size = st.st_size
    if size == 0:
        raise errors.media_error(errors.EMPTY, path)
    if size > max_bytes:
        raise errors.media_error(errors.TOO_LARGE, path)
    return size


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a file, read in chunks so memory stays flat."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            while chunk := f.read(_CHUNK):
                digest.update(chunk)
    except OSError as exc:
        raise errors.media_error(errors.CORRUPTED, path) from exc
    return digest.hexdigest()
