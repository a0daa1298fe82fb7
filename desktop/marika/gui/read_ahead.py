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

A read that lands once a newer item is on screen (keys pressed in a row, the decodes
taking the CPU) is not thrown away: its items not shown since it was asked for cannot
have changed (only the item on screen is edited, and each shown item was taken), so
they fill the gaps beside newer entries. Thrown away, the next key often found no entry
(a database round trip, about 7 ms on a busy 2-core PC) and no image decoded ahead.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from .after_paint import AfterPaint

#: items read ahead (views that can decode the nearest ones ahead: gui/prefetch.py)
PREFETCH = 2
#: the items last shown that are remembered, for reads that land late
_SHOWN_REMEMBERED = 16


class ReadAhead:
    """ordinal -> (ItemView, AnnotationRecord or None) for the items around the one shown."""

    def __init__(self, tasks, owner) -> None:
        self.tasks, self.owner = tasks, owner
        self._entries: dict[int, tuple] = {}
        self._after_paint = AfterPaint(owner)
        self._shows = 0  # items shown (taken) so far
        self._shown: deque[tuple[int, int]] = deque(maxlen=_SHOWN_REMEMBERED)
        self._generation = 0  # a clear() makes every read in flight stale

    def __contains__(self, ordinal: int) -> bool:
        return ordinal in self._entries

    def clear(self) -> None:
        self._entries = {}
        self._generation += 1

    def take(self, ordinal: int) -> tuple | None:
        """The entry for `ordinal`, removed (it is about to be shown)."""
        self._shows += 1
        self._shown.append((self._shows, ordinal))
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

        generation, shows = self._generation, self._shows

        def loaded(pairs) -> None:
            if still_shown():
                self._entries = {it.ordinal: (it, record) for it, record in pairs}
                on_read([it for it, _ in pairs if it.ordinal >= first])
            elif generation == self._generation and self._landed_late(pairs, shows):
                on_read(self.ahead_of(self._shown[-1][1]))

        self.tasks.run_db(load, on_done=loaded, owner=self.owner)

    def _landed_late(self, pairs, shows: int) -> bool:
        """Keep what a late read holds of items not shown since it was asked for, where
        no newer entry is; False if more items were shown since than are remembered."""
        if not self._shown or self._shown[0][0] > shows + 1:
            return False  # some of the items shown since are forgotten
        shown = {ordinal for n, ordinal in self._shown if n > shows}
        for item, record in pairs:
            if item.ordinal not in shown and item.ordinal not in self._entries:
                self._entries[item.ordinal] = (item, record)
        return True

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
