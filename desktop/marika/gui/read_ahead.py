"""The item screen's read-ahead: the next items and their saved work, read on the serial
database worker while the worker looks at this item, so Page Down and Enter show the next
item with no database round trip between the key and the paint.

Views that can (images) are handed the items read ahead to decode them too
(gui/prefetch.py). The entries stay true: the reads are queued after this item's saves
(what is read is what was saved), a save that lands later replaces its entry, and a
newer item on screen drops an older read.

Entries left from the last read stay until the next read replaces them: an entry is
taken when its item is shown, so what remains was not shown since it was read, and the
only item changed since is the one that was on screen then, which its own read never
holds. Keys pressed faster than the database answers still find the next item (and its
image, decoded since the last read) without a round trip.
"""

from __future__ import annotations

from collections.abc import Callable

from .after_paint import AfterPaint

#: items read ahead (and decoded ahead by views that support it)
PREFETCH = 2


class ReadAhead:
    """ordinal -> (ItemView, AnnotationRecord or None) for the items around the one shown."""

    def __init__(self, tasks, owner) -> None:
        self.tasks, self.owner = tasks, owner
        self._entries: dict[int, tuple] = {}
        self._after_paint = AfterPaint(owner)

    def __contains__(self, ordinal: int) -> bool:
        return ordinal in self._entries

    def clear(self) -> None:
        self._entries = {}

    def take(self, ordinal: int) -> tuple | None:
        """The entry for `ordinal`, removed (it is about to be shown)."""
        return self._entries.pop(ordinal, None)

    def peek(self, ordinal: int) -> tuple | None:
        return self._entries.get(ordinal)

    def ahead_of(self, ordinal: int) -> list:
        """The items held after `ordinal`, nearest first."""
        return [self._entries[n][0] for n in sorted(self._entries) if n > ordinal]

    def read(self, ws, package_pk: int, item, total: int, *,
             still_shown: Callable[[], bool], on_read: Callable[[list], None]) -> None:
        """Read the next items after `item` (and the one before it: Page Up is as common
        as Page Down); `on_read(items ahead)` once they are in, if `still_shown()`."""
        first = item.ordinal + 1
        ordinals = [n for n in (*range(first, first + PREFETCH), first - 2) if 0 <= n < total]
        if not ordinals:
            return

        def load():
            items = [ws.item_at(package_pk, n) for n in ordinals]
            return [(it, ws.annotation_for(it.item_pk)) for it in items]

        def loaded(pairs) -> None:
            if not still_shown():
                return
            self._entries = {it.ordinal: (it, record) for it, record in pairs}
            on_read([it for it, _ in pairs if it.ordinal >= first])

        self.tasks.run_db(load, on_done=loaded, owner=self.owner)

    def follow(self, ws, package_pk: int, shown, total: int, *, view,
               still_shown: Callable[[], bool]) -> None:
        """Once `shown` (just read from the database) is painted and while it is still
        shown, read the items around it, and let a view that can (images) decode the next
        ones ahead: first those still held from the last read, then what the new read
        brings (gui/after_paint.py)."""
        self.take(shown.ordinal)  # read from the database just now: drop ours

        def decode_ahead(items) -> None:
            if items and view is not None:
                view.prefetch(items)

        def start() -> None:
            if not still_shown():
                return  # a newer item is on screen: its own read follows
            decode_ahead(self.ahead_of(shown.ordinal))
            self.read(ws, package_pk, shown, total, still_shown=still_shown,
                      on_read=decode_ahead)

        self._after_paint.call(start)

    def record_saved(self, record) -> None:
        """A save landed (a late retry, say): an item read ahead shows what was saved."""
        for ordinal, (item, _old) in list(self._entries.items()):
            if item.item_pk == record.item_pk:
                self._entries[ordinal] = (item, record)
