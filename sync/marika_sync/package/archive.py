"""Reading a task package's zip without trusting it.

Everything the central directory claims is checked before a byte is extracted: member
count (against the count the end record claims), names (no absolute paths, `..`,
backslashes, drive letters, NUL bytes, case-only twins, a name that is both a file and a
folder), no links or other special files, no encryption, known compression only, sizes
and compression ratios within limits.

Members are then read by our own loop, not zipfile's: the local header must agree with
the central directory, the compressed data is inflated with its size capped at what the
header declared (a lying header cannot fill the disk), and it must end exactly there,
with the declared CRC-32. zipfile stops at the declared size and never looks at what
follows, so a member whose stream holds more than its consistent-looking headers say
was accepted; and its inflater let zlib.error out as a traceback.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import stat
import struct
import zipfile
import zlib
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


def _check_name(name: str, original: str | None = None) -> None:
    if original is not None and "\x00" in original:
        # zipfile cuts a name at its first NUL, so the check below would never see it.
        raise PackageError("nul-in-name", QT_TRANSLATE_NOOP(
            "Errors", "The package contains a file with an unsafe name: {name}."),
            name=original.replace("\x00", "\\0")[:200])
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
        del limit  # read_small checked the declared size, and the stream is held to it
        return b"".join(self.chunks(info))

    def chunks(self, info: zipfile.ZipInfo):
        """The member's bytes, inflated by our own loop and held to its headers: the local
        header agrees with the central directory, the data ends exactly at the declared
        sizes, with the declared CRC-32. Raises PackageError with the reason."""
        name = info.filename
        fp = self.zf.fp
        if fp is None or info.header_offset < 0:
            raise damaged(name)
        try:
            yield from self._chunks(fp, info)
        except OSError as exc:  # an offset past the end, a read error
            raise damaged(name) from exc

    def _chunks(self, fp, info: zipfile.ZipInfo):
        name = info.filename
        fp.seek(info.header_offset)
        header = fp.read(_LOCAL_HEADER.size)
        if len(header) < _LOCAL_HEADER.size:
            raise damaged(name)
        (signature, _version, _system, flags, method, _time, _date, crc, compress_size,
         file_size, name_length, extra_length) = _LOCAL_HEADER.unpack(header)
        local_name = fp.read(name_length)
        fp.seek(extra_length, 1)
        encoding = "utf-8" if flags & 0x800 else "cp437"
        if (signature != b"PK\x03\x04" or method != info.compress_type
                or local_name.decode(encoding, "replace") != info.orig_filename
                or (not flags & 0x08 and _ZIP64 not in (compress_size, file_size)
                    and (crc, compress_size, file_size)
                    != (info.CRC, info.compress_size, info.file_size))):
            raise _mismatch("header-mismatch", name)
        inflater = zlib.decompressobj(-15) if method == zipfile.ZIP_DEFLATED else None
        if inflater is None and info.compress_size != info.file_size:
            raise _mismatch("size-mismatch", name)
        left, produced, running_crc = info.compress_size, 0, 0
        position = fp.tell()
        try:
            while left:
                fp.seek(position)  # another member may have been read meanwhile
                raw = fp.read(min(_CHUNK, left))
                position += len(raw)
                if not raw:
                    raise damaged(name)  # the package was cut short
                left -= len(raw)
                if inflater is None:
                    out = raw
                else:
                    # Never more than one byte past the declared size: a bomb stops here.
                    out = inflater.decompress(raw, info.file_size - produced + 1)
                    if inflater.unconsumed_tail:
                        raise _mismatch("size-mismatch", name)
                produced += len(out)
                if produced > info.file_size:
                    raise _mismatch("size-mismatch", name)
                running_crc = zlib.crc32(out, running_crc)
                if out:
                    yield out
            if inflater is not None:
                out = inflater.flush()
                produced += len(out)
                running_crc = zlib.crc32(out, running_crc)
                if not inflater.eof:
                    raise bad_deflate(name)  # the compressed data stops mid-stream
                if inflater.unused_data or produced > info.file_size:
                    raise _mismatch("size-mismatch", name)
                if out:
                    yield out
        except zlib.error as exc:
            raise bad_deflate(name) from exc
        if produced != info.file_size:
            raise _mismatch("size-mismatch", name)
        if running_crc != info.CRC:
            raise PackageError("bad-crc", QT_TRANSLATE_NOOP(
                "Errors", "The file {name} in the package is damaged: its checksum does not "
                          "match."), name=name)

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
        with sink as out:
            for chunk in self.chunks(info):
                size += len(chunk)
                digest.update(chunk)
                out.write(chunk)
                if on_bytes is not None:
                    on_bytes(len(chunk))
                if cancelled is not None and cancelled():
                    raise refused_cancelled()
        return size, digest.hexdigest()


class _NullSink:
    def __enter__(self) -> _NullSink:
        return self

    def __exit__(self, *exc) -> None:
        return None

    def write(self, data: bytes) -> int:
        return len(data)


_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")
_ZIP64 = 0xFFFFFFFF  # a local size that says "see the zip64 extra field"


def _mismatch(reason: str, name: str) -> PackageError:
    return PackageError(reason, QT_TRANSLATE_NOOP(
        "Errors", "The file {name} in the package is not what the package's table of "
                  "contents says (its size or its header differs): it was changed or "
                  "damaged."), name=name[:200])


def bad_deflate(name: str) -> PackageError:
    return PackageError("bad-deflate", QT_TRANSLATE_NOOP(
        "Errors", "The file {name} in the package is damaged: its compressed data cannot "
                  "be unpacked."), name=name[:200])


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
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        # NotImplementedError: a "version needed" zipfile does not know (a flipped byte).
        raise PackageError("not-a-zip", QT_TRANSLATE_NOOP(
            "Errors", "{name} is not a Marika task package, or it is damaged."),
            name=Path(path).name) from exc
    try:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise PackageError("too-many-members", QT_TRANSLATE_NOOP(
                "Errors", "The package contains too many files ({count})."), count=len(infos))
        _check_entry_count(zf, len(infos))
        members: dict[str, zipfile.ZipInfo] = {}
        folded: set[str] = set()
        total = 0
        for info in infos:
            _check_name(info.filename, info.orig_filename)
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
        _check_folders(folded)
    except BaseException:
        zf.close()
        raise
    return CheckedZip(zf, members)


def _check_entry_count(zf: zipfile.ZipFile, found: int) -> None:
    """The end record's count must be the number of entries the directory holds: zipfile
    reads the directory by its size and ignores the count, another reader may not."""
    try:
        zf.fp.seek(0)
        end = zipfile._EndRecData(zf.fp)  # noqa: SLF001 - the record zipfile itself read
    except (OSError, struct.error) as exc:
        raise PackageError("not-a-zip", QT_TRANSLATE_NOOP(
            "Errors", "{name} is not a Marika task package, or it is damaged."),
            name=str(zf.filename)) from exc
    claimed = (end[zipfile._ECD_ENTRIES_TOTAL], end[zipfile._ECD_ENTRIES_THIS_DISK])  # noqa: SLF001
    if claimed != (found, found):
        raise PackageError("bad-directory", QT_TRANSLATE_NOOP(
            "Errors", "The package's table of contents does not match its content ({claimed} "
                      "files listed, {found} found): it was changed or damaged."),
            claimed=claimed[0], found=found)


def _check_folders(names: set[str]) -> None:
    """No name may be both a file and the folder of another (media/x.png and
    media/x.png/y.png): extracting them would fail halfway."""
    for name in sorted(names):
        parts = name.split("/")
        for depth in range(1, len(parts)):
            folder = "/".join(parts[:depth])
            if folder in names:
                raise PackageError("path-conflict", QT_TRANSLATE_NOOP(
                    "Errors", "The package contains {name} both as a file and as a folder."),
                    name=folder[:200])
