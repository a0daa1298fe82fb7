"""How many faults a long fault test injects: a lighter count by default (CI), the full
count on demand.

    MARIKA_FULL_FAULTS=1 .venv/bin/python -m pytest -m slow -s

runs every `slow` test at its full count (1,000 kills, 200 power cuts, 500+ damaged
media files...); each prints its figures. `-m "not slow"` leaves them out altogether.
"""

from __future__ import annotations

import os


def full() -> bool:
    return os.environ.get("MARIKA_FULL_FAULTS", "") not in ("", "0")


def count(light: int, full_count: int) -> int:
    """`full_count` when the full runs are asked for, else `light`."""
    return full_count if full() else light


def report(capsys, text: str) -> None:
    """Print a test's figures even when pytest captures output."""
    with capsys.disabled():
        print(f"\n{text}")
