"""A small least-recently-used map with a bound, safe to share between threads.

The desktop keeps a few answers that are costly to work out and never change for their
key (a signature check, a decoded clip's envelope, an imported package version). Each
keeps at most `size` of them; the one used longest ago goes first.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class BoundedLRU(Generic[K, V]):
    """At most `size` entries; a `get` that finds its key, or a `put`, makes that entry
    the most recently used, and a `put` past the bound drops the least recently used."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._entries: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: K, *, touch: bool = True) -> V | None:
        """The value kept for `key`, or None; `touch=False` looks without using it."""
        with self._lock:
            value = self._entries.get(key)
            if value is not None and touch:
                self._entries.move_to_end(key)
            return value

    def put(self, key: K, value: V) -> None:
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self._size:
                self._entries.popitem(last=False)

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)
