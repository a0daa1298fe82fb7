"""Undo/redo of one item's values: a plain list of snapshots and a cursor.

The item screen records every value the worker produces; undo and redo move the cursor
and give back the value to show (and autosave). Values are copied on the way in and out,
so a caller mutating a dict cannot rewrite history.
"""

from __future__ import annotations

import copy

DEFAULT_LIMIT = 200


class History:
    """Snapshots of an item's value, oldest first; `current` is the one shown."""

    def __init__(self, initial: dict | None = None, *, limit: int = DEFAULT_LIMIT) -> None:
        if limit < 2:
            raise ValueError("limit must keep at least two states")
        self._limit = limit
        self._states: list[dict] = [copy.deepcopy(initial or {})]
        self._cursor = 0

    @property
    def current(self) -> dict:
        return copy.deepcopy(self._states[self._cursor])

    def record(self, value: dict) -> bool:
        """Push a new state (dropping anything that was undone). False if nothing changed."""
        if value == self._states[self._cursor]:
            return False
        del self._states[self._cursor + 1:]
        self._states.append(copy.deepcopy(value))
        if len(self._states) > self._limit:
            del self._states[0]
        self._cursor = len(self._states) - 1
        return True

    def can_undo(self) -> bool:
        return self._cursor > 0

    def can_redo(self) -> bool:
        return self._cursor < len(self._states) - 1

    def undo(self) -> dict | None:
        """Step back; returns the value to show, or None when there is nothing to undo."""
        if not self.can_undo():
            return None
        self._cursor -= 1
        return self.current

    def redo(self) -> dict | None:
        if not self.can_redo():
            return None
        self._cursor += 1
        return self.current

    def reset(self, initial: dict | None = None) -> None:
        """Start over for another item."""
        self._states = [copy.deepcopy(initial or {})]
        self._cursor = 0
