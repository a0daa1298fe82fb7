"""Numbered migration modules (`mNNNN_name.py` with `VERSION = NNNN`), found in order.

Shared by the desktop store's migrations and the collection server's: both keep plain,
numbered scripts in one package and refuse a gap in the numbers."""

from __future__ import annotations

import importlib
import pkgutil


def numbered_modules(package: str, path) -> list:
    """The migration modules of `package` (its `__path__` is `path`), by VERSION."""
    found = []
    for info in pkgutil.iter_modules(path):
        if info.name.startswith("m") and info.name[1:5].isdigit():
            found.append(importlib.import_module(f"{package}.{info.name}"))
    found.sort(key=lambda m: m.VERSION)
    versions = [m.VERSION for m in found]
    assert versions == list(range(1, len(found) + 1)), f"gap in migrations: {versions}"
    return found
