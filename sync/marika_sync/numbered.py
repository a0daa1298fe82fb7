"""Numbered migration modules (`mNNNN_name.py` with `VERSION = NNNN`), found in order.

Shared by the desktop store's migrations and the collection server's: both keep plain,
numbered scripts in one package and refuse a gap in the numbers."""

from __future__ import annotations

import importlib
import pkgutil


def numbered_names(path) -> list[str]:
    """The migration module names in the package folder(s) `path`, by their number,
    without importing them."""
    found = sorted((int(info.name[1:5]), info.name) for info in pkgutil.iter_modules(path)
                   if info.name.startswith("m") and info.name[1:5].isdigit())
    numbers = [number for number, _name in found]
    assert numbers == list(range(1, len(found) + 1)), f"gap in migrations: {numbers}"
    return [name for _number, name in found]


def numbered_modules(package: str, names: list[str], *, after: int = 0) -> list:
    """The migration modules of `package` numbered above `after`, in order, of `names`
    (its `numbered_names`, so a caller that also needs their count lists the folder
    once). Only those are imported: a store already at the latest version imports none
    of its migrations when it opens."""
    found = [importlib.import_module(f"{package}.{name}") for name in names[after:]]
    versions = [module.VERSION for module in found]
    assert versions == list(range(after + 1, after + len(found) + 1)), \
        f"migrations numbered apart from their VERSION: {versions}"
    return found
