"""Reading a task package's zip without trusting it.

Everything the central directory claims is checked before a byte is extracted: member
count, names (no absolute paths, `..`, backslashes, drive letters or case-only twins),
no links or other special files, no encryption, known compression only, sizes and
compression ratios within limits. Extraction then streams each member with its size
capped at what the header declared, so a lying header cannot fill the disk.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import stat
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import PackageError
from ..tr import QT_TRANSLATE_NOOP
from .manifest import MAX_ITEMS

MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
MAX_MEMBERS = MAX_ITEMS + 100
MAX_MEMBER_BYTES = 512 * 1024 * 1024
MAX_TOTAL_BYTES = 16 * 1024 * 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
MAX_SIGNATURE_BYTES = 4096
MAX_RATIO = 100  # uncompressed / compressed; text compresses ~5:1, media ~1:1
RATIO_FREE_BYTES = 1024 * 1024  # small members may compress better (e.g. empty lines)
_CHUNK = 1024 * 1024
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}(/[A-Za-z0-9][A-Za-z0-9._-]{0,127}){0,3}$")


def refuse_unsafe_path(name: str) -> PackageError:
    return PackageError("unsafe-path", QT_TRANSLATE_NOOP(
        "Errors", "The package contains a file with an unsafe name: {name}."), name=name[:200])


def _check_name(name: str) -> None:
    parts = name.replace("\\", "/").split("/")
    if (name.startswith(("/", "\\")) or "\\" in name or ".." in parts
            or re.match(r"^[A-Za-z]:", name) or "\x00" in name):
        raise refuse_unsafe_path(name)
    if not _NAME_RE.match(name):
        raise PackageError("bad-member", QT_TRANSLATE_NOOP(
            "Errors", "The package contains a file Marika does not expect: {name}."),
            name=name[:200])


def _check_kind(info: zipfile.ZipInfo) -> None:
    mode = info.external_attr >> 16
    file_type = stat.S_IFMT(mode)  # 0 when the zip tool recorded no Unix file type
    if info.is_dir() or (file_type and file_type != stat.S_IFREG):
        if stat.S_ISLNK(mode):
            raise PackageError("link", QT_TRANSLATE_NOOP(
                "Errors", "The package contains a link ({name}), which is not allowed."),
                name=info.filename[:200])
        raise PackageError("bad-member", QT_TRANSLATE_NOOP(
            "Errors", "The package contains a file Marika does not expect: {name}."),
            name=info.filename[:200])
    if info.flag_bits & 0x1:
        raise PackageError("bad-member", QT_TRANSLATE_NOOP(
            "Errors", "The package contains an encrypted file ({name})."), name=info.filename)
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise PackageError("bad-member", QT_TRANSLATE_NOOP(
            "Errors", "The package uses a compression Marika does not read ({name})."),
            name=info.filename)


def _check_size(info: zipfile.ZipInfo) -> None:
    if info.file_size > MAX_MEMBER_BYTES:
        raise PackageError("too-large", QT_TRANSLATE_NOOP(
            "Errors", "The file {name} in the package is too large."), name=info.filename)
    if info.file_size > RATIO_FREE_BYTES and \
            info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise PackageError("zip-bomb", QT_TRANSLATE_NOOP(
            "Errors", "The file {name} in the package is compressed suspiciously well "
                      "(a \"zip bomb\"); the package is refused."), name=info.filename)


@dataclass
class CheckedZip:
    """An open package zip whose directory passed the checks. Use as a context manager."""

    zf: zipfile.ZipFile
    members: dict[str, zipfile.ZipInfo]

    def __enter__(self) -> CheckedZip:
        return self

    def __exit__(self, *exc) -> None:
        self.zf.close()

    @property
    def total_bytes(self) -> int:
        return sum(info.file_size for info in self.members.values())

    def read_small(self, name: str, limit: int) -> bytes | None:
        info = self.members.get(name)
        if info is None:
            return None
        if info.file_size > limit:
            raise PackageError("too-large", QT_TRANSLATE_NOOP(
                "Errors", "The file {name} in the package is too large."), name=name)
        return self._read_all(info, limit)

    def _read_all(self, info: zipfile.ZipInfo, limit: int) -> bytes:
        try:
            with self.zf.open(info) as fh:
                data = fh.read(limit + 1)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise damaged(info.filename) from exc
        if len(data) != info.file_size:
            raise damaged(info.filename)
        return data

    def extract(self, name: str, dest: Path | BinaryIO | None, *,
                on_bytes: Callable[[int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> tuple[int, str]:
        """Stream one member to `dest` (a new file, or an open binary writer; or only hash
        it when None); return (size, sha256).

        Reads at most the declared size plus one byte, so a member longer than its
        header says is caught, not written.
        """
        info = self.members[name]
        digest, size = hashlib.sha256(), 0
        if dest is None:
            sink = _NullSink()
        elif hasattr(dest, "write"):
            sink = contextlib.nullcontext(dest)
        else:
            sink = open(dest, "xb")  # noqa: SIM115 - closed by the with below
        try:
            with self.zf.open(info) as src, sink as out:
                while chunk := src.read(min(_CHUNK, info.file_size + 1 - size)):
                    size += len(chunk)
                    if size > info.file_size:
                        raise damaged(name)
                    digest.update(chunk)
                    out.write(chunk)
                    if on_bytes is not None:
                        on_bytes(len(chunk))
                    if cancelled is not None and cancelled():
                        raise refused_cancelled()
                    if size == info.file_size:
                        break
        except (zipfile.BadZipFile, EOFError, ValueError) as exc:
            raise damaged(name) from exc
        if size != info.file_size:
            raise damaged(name)
        return size, digest.hexdigest()


class _NullSink:
    def __enter__(self) -> _NullSink:
        return self

    def __exit__(self, *exc) -> None:
        return None

    def write(self, data: bytes) -> int:
        return len(data)


def damaged(name: str) -> PackageError:
    return PackageError("damaged", QT_TRANSLATE_NOOP(
        "Errors", "The file {name} in the package is damaged (the package may have been "
                  "cut short while copying)."), name=name[:200])


def refused_cancelled() -> PackageError:
    return PackageError("cancelled", QT_TRANSLATE_NOOP(
        "Errors", "The import was cancelled. Nothing was changed."))


def open_checked(path: Path) -> CheckedZip:
    """Open `path` as a package zip and check its directory; raise PackageError."""
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise PackageError("not-found", QT_TRANSLATE_NOOP(
            "Errors", "The file {name} was not found."), name=Path(path).name) from exc
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise PackageError("not-a-zip", QT_TRANSLATE_NOOP(
            "Errors", "{name} is not a Marika task package, or it is damaged."),
            name=Path(path).name) from exc
    try:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise PackageError("too-many-members", QT_TRANSLATE_NOOP(
                "Errors", "The package contains too many files ({count})."), count=len(infos))
        members: dict[str, zipfile.ZipInfo] = {}
        folded: set[str] = set()
        total = 0
        for info in infos:
            _check_name(info.filename)
            _check_kind(info)
            if info.filename in members or info.filename.lower() in folded:
                raise PackageError("duplicate-name", QT_TRANSLATE_NOOP(
                    "Errors", "The package contains the file {name} twice."),
                    name=info.filename)
            _check_size(info)
            total += info.file_size
            if total > MAX_TOTAL_BYTES:
                raise PackageError("too-large", QT_TRANSLATE_NOOP(
                    "Errors", "The package is too large to import."))
            members[info.filename] = info
            folded.add(info.filename.lower())
    except BaseException:
        zf.close()
        raise
    return CheckedZip(zf, members)
