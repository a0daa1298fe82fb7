"""Canonical JSON: the one byte form of a value that is signed or hashed.

Sorted keys, no whitespace, UTF-8 without escaping non-ASCII, and no NaN/Infinity, so
the same value always gives the same bytes on every machine and Python version.
"""

from __future__ import annotations

import json


def canonical_json(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")
