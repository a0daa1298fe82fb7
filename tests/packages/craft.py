"""Crafting malformed and tampered packages from a good one, for the refusal corpus."""

from __future__ import annotations

import json
import stat
import zipfile
from pathlib import Path

from marika_sync.canonical import canonical_json
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
