"""Crafting malformed and tampered packages from a good one, for the refusal corpus."""

from __future__ import annotations

import json
import stat
import zipfile
from pathlib import Path

from marika_sync.canonical import canonical_json
from marika_sync.errors import PackageError  # noqa: F401 - the tests catch it from here
from marika_sync.package.signing import sign_manifest


def members(path: Path) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(path) as zf:
        return [(info, zf.read(info)) for info in zf.infolist()]


def write(path: Path, entries) -> Path:
    """`entries`: (ZipInfo or name, bytes) pairs, written as given (duplicates included)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names: we mean it
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for info, data in entries:
                zf.writestr(info, data)
    return path


def manifest_of(path: Path) -> dict:
    with zipfile.ZipFile(path) as zf:
        return json.loads(zf.read("manifest.json"))


def resign(path: Path, out: Path, key, change=None) -> Path:
    """Rewrite the package with its manifest changed by `change(dict)` and signed by `key`."""
    data = manifest_of(path)
    if change is not None:
        change(data)
    return raw_manifest(path, out, key, canonical_json(data))


def raw_manifest(path: Path, out: Path, key, manifest_bytes: bytes) -> Path:
    """Rewrite the package with these manifest bytes, signed by `key`."""
    new = {"manifest.json": manifest_bytes,
           "manifest.sig": sign_manifest(manifest_bytes, key)}
    return write(out, [(info, new.get(info.filename, body)) for info, body in members(path)])


def symlink_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


# ---------------------------------------------------------------- lying zip structures

def deflated(entries, name: str):
    """`entries` with member `name` compressed by deflate (the builder stores JPEGs)."""
    import copy

    out = []
    for info, body in entries:
        if getattr(info, "filename", info) == name:
            changed = copy.copy(info)
            changed.compress_type = zipfile.ZIP_DEFLATED
            out.append((changed, body))
        else:
            out.append((info, body))
    return out


def _central_entries(data: bytes):
    """(offset, name) of each central directory record, in order."""
    import struct as _struct

    end = data.rfind(b"PK\x05\x06")
    (cd_size, cd_offset) = _struct.unpack("<2L", data[end + 12: end + 20])
    pos, found = cd_offset, []
    while pos < cd_offset + cd_size:
        name_len, extra_len, comment_len = _struct.unpack("<3H", data[pos + 28: pos + 34])
        found.append((pos, data[pos + 46: pos + 46 + name_len].decode("utf-8", "replace")))
        pos += 46 + name_len + extra_len + comment_len
    return found


def claim_entries(path: Path, out: Path, count: int) -> Path:
    """The end record claims `count` entries; the directory holds what it holds."""
    import struct as _struct

    data = bytearray(path.read_bytes())
    end = data.rfind(b"PK\x05\x06")
    data[end + 8: end + 12] = _struct.pack("<2H", count, count)
    out.write_bytes(bytes(data))
    return out


def hide_nul(path: Path, out: Path, name: str) -> Path:
    """Rename member `name` to `name` + NUL + ".sh" in both headers (zipfile cuts it)."""
    entries = [(name + "\x01sh" if info.filename == name else info, body)
               for info, body in members(path)]
    write(out, entries)
    data = out.read_bytes().replace((name + "\x01sh").encode(), (name + "\x00sh").encode())
    out.write_bytes(data)
    return out


def lie_about_member(path: Path, out: Path, name: str, hidden: bytes) -> Path:
    """Member `name` carries its content followed by `hidden` in its deflate stream, while
    both headers claim the size and CRC-32 of the content alone: consistent lying headers."""
    import struct as _struct
    import zlib as _zlib

    content = dict((i.filename, d) for i, d in members(path))[name]
    write(out, deflated([(info, body + hidden if info.filename == name else body)
                         for info, body in members(path)], name))
    data = bytearray(out.read_bytes())
    crc, size = _zlib.crc32(content), len(content)
    with zipfile.ZipFile(out) as zf:
        local = zf.getinfo(name).header_offset
    data[local + 14: local + 18] = _struct.pack("<L", crc)
    data[local + 22: local + 26] = _struct.pack("<L", size)
    for offset, entry in _central_entries(bytes(data)):
        if entry == name:
            data[offset + 16: offset + 20] = _struct.pack("<L", crc)
            data[offset + 24: offset + 28] = _struct.pack("<L", size)
    out.write_bytes(bytes(data))
    return out


def break_deflate(path: Path, out: Path, name: str) -> Path:
    """Flip the first byte of member `name`'s deflate data that makes zlib itself fail."""
    import zlib as _zlib

    write(out, deflated(members(path), name))
    data = bytearray(out.read_bytes())
    with zipfile.ZipFile(out) as zf:
        info = zf.getinfo(name)
    start = info.header_offset + 30 + len(info.orig_filename.encode()) + len(info.extra)
    stream = bytes(data[start: start + info.compress_size])
    for i in range(len(stream)):
        for bit in (0x80, 0x40, 0x20, 0x10, 0x08, 0x04, 0x02, 0x01):
            bad = bytearray(stream)
            bad[i] ^= bit
            try:
                _zlib.decompressobj(-15).decompress(bytes(bad))
            except _zlib.error:
                data[start + i] ^= bit
                out.write_bytes(bytes(data))
                return out
    raise AssertionError(f"no single flip breaks the deflate data of {name}")
