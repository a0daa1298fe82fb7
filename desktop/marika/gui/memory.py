"""Give freed memory back to the PC: on 4 GB PCs the browser and the other annotators'
sessions need what an image switch has finished with.

Measured on the memory benchmark (1,000 photos shown at screen size, glibc 2.36):
- glibc raises its mmap threshold to the size of each large block freed (up to 32 MiB),
  so after the first image every pixel buffer (1-4 MiB: the decode, its conversion, the
  cached image) came from the heap instead of its own mapping, and the holes they left
  stayed resident: the same browsing ended anywhere from 120 to 131 MiB from run to run,
  and `malloc_trim(0)` then gave 2-19 MiB back. A fixed threshold (which stops the raise)
  sends these buffers to mappings returned when freed; with it and the release below the
  same browsing stays at 111 MiB from the 10th image to the 300th.
- The price of that threshold: each buffer is a fresh mapping, and every page of it
  is faulted in on first write. Decoding a 1600x1200 JPEG on a worker thread (CPU per
  decode, median of 50, this machine) to fit 800x800 takes 10.6-11.1 ms with it and
  7.9-8.0 ms without; to fit 1366x768 (the full 1.9 MP is decoded, copied and shrunk)
  28.9-30.3 ms against 14.5-15.2 ms: Pillow's decode 12.8 against 8.9 ms, its copy in
  Qt's byte order 12.4 against 5.3 ms, the shrink 3.9 against 1.9 ms. Tried instead:
  - glibc's own threshold with `release_freed()` after each read-ahead: RSS after
    1,000 images 1.50x and 1.60x of the floor in two runs (1.43x with the fixed one),
    and once `malloc_trim` has run between two decodes their cost is back to the fixed
    threshold's (11.1-11.3 ms against 10.7-11.4 ms at 800x800): trimmed pages are
    faulted in again. Only decodes in a row without a release are cheaper.
  - glibc's threshold with two arenas (M_ARENA_MAX): 1.59x after 1,000 images. With
    the fixed threshold one arena is kept (below).
  - a fixed 32 MiB threshold (every buffer on the heap): 22.5 ms at 1366x768, as the
    fixed threshold also stops glibc raising its trim threshold, so the heap is
    trimmed (and faulted in again) at each free.
  - Pillow's bilinear resize to the screen instead of the copy and Qt's shrink: 16.7 ms
    for the resize alone.
  What is kept: Pillow keeps its last freed image block (`PILLOW_BLOCKS_KEPT`) for the
  next decode, and `release_freed()` drops it with the rest: 24.5-25.8 against
  28.2-30.3 ms at 1366x768 and 9.6-10.1 against 10.4-11.0 ms at 800x800 for decodes
  in a row (read-ahead, back-to-back switching), the same RSS after 1,000 images
  (1.43x in the same run).
- That copy in Qt's byte order (Pillow's `tobytes`, into a fresh mapping every time) is
  gone: the worker draws the decoder's own memory, lent through Pillow's Arrow export
  (`media.images.lent_pixels`), into the QImage it paints. CPU per 1600x1200 decode to
  fit 800x564 on a worker thread (medians of 60, this machine, 2026-12-05): 8.2 ms
  before (hash 0.5, libjpeg 4.0, `tobytes` 2.6-3.0, wrap and shrink 0.4), 5.5 ms after
  (the draw and an in-place conversion to RGB32 0.4 ms). Not counted in these: Qt's
  smooth shrink (800x600 to 752x564) runs on Qt's own thread pool, 2.2-2.5 ms of CPU
  there (its own thread 0.5 ms). Drawn in bands small enough for Qt to keep on one
  thread, the pixels are the same and the CPU 2.7 ms, but 0.8 ms later; Pillow's own
  resize to that size is slower still (bilinear 5.0 ms, box 3.9 ms).
- The same browsing with one heap (M_ARENA_MAX 1) instead of one per thread that
  allocates (the database and image workers, Qt's thread pool...), 300 images,
  2026-12-05: 97.0 and 96.9 MiB against 97.7 and 97.5 MiB; back-to-back switching no
  slower (CPU per switch 13.7-14.0 ms against 14.3-14.7 ms). The image decoded ahead is
  one, no longer two (gui/prefetch.py): 1.6 MiB less, 97.6 against 99.2 MiB.
  `--only memory`, three runs each, before and after in turn: 98.2-98.6 MiB (1.53-1.54x
  the floor) before, 96.0-96.3 MiB (1.50x) after. What is left over the floor's 64 MiB
  (smaps): cryptography's Rust bindings and libcrypto 10 MiB of code, more of Qt's
  libraries and bindings in use 5.6 MiB, the Python heap about 17 MiB live (tracemalloc:
  module code 8 MiB, PySide6's enums 2 MiB) against the floor's, and the three images
  held (the one on screen, the one before, the one ahead: 1.6 MiB each at 752x564,
  the floor holds one). Qt's pixmap cache at 256 KiB instead of 2 MiB: 0.15 MiB less.
- `linecache` keeps the source of every module a logged traceback went through. (PySide6's
  `__feature__` hook, which read every module imported after it into it, 2.6 million
  characters for about 150 modules, is taken out when the GUI package loads.)

`tune_allocator()` runs once when the GUI package is imported (before any image);
`release_freed()` when the read-ahead has finished (the worker is looking at the image):
it costs about 0.6 ms. Their glibc parts do nothing where the C library is not glibc
(Windows' heap returns large blocks by itself); Pillow's kept block applies everywhere.
"""

from __future__ import annotations

import ctypes
import functools
import linecache
import os
import sys

#: mallopt parameter numbers (glibc malloc.h)
_M_MMAP_THRESHOLD = -3
_M_ARENA_MAX = -8
#: blocks this large get their own mapping, returned to the system when freed: glibc's
#: own starting value, now fixed
MMAP_THRESHOLD = 128 * 1024
#: one heap for every thread, not one more per thread that allocates (the database and
#: image workers): what is left free in each is not shared
ARENAS = 1
#: freed Pillow image blocks kept for the next decode, until `release_freed()`
PILLOW_BLOCKS_KEPT = 1

@functools.cache
def _glibc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.gnu_get_libc_version  # noqa: B018 - glibc only (not musl)
        return libc if hasattr(libc, "malloc_trim") else None
    except (OSError, AttributeError):
        return None


def tune_allocator() -> bool:
    """Keep large blocks in mappings of their own and every thread's blocks in one heap
    (before any thread starts), and let Pillow keep its last freed image block for the
    next decode; True where the first two applied (glibc)."""
    _pillow_blocks(PILLOW_BLOCKS_KEPT)
    libc = _glibc()
    if libc is None:
        return False
    return bool(libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)) \
        and bool(libc.mallopt(_M_ARENA_MAX, ARENAS))


def release_freed() -> None:
    """Drop the module sources `linecache` keeps for tracebacks, the image block Pillow
    kept, and return the free pages at the top and inside the heaps to the system."""
    linecache.clearcache()
    pillow = sys.modules.get("PIL.Image")
    if pillow is not None:
        pillow.core.clear_cache()  # the block kept for the next decode
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)


def _pillow_blocks(kept: int) -> None:
    """Pillow reads PILLOW_BLOCKS_MAX when PIL.Image is imported (not importing it here
    keeps it off the start path); where it already is, set it directly."""
    os.environ.setdefault("PILLOW_BLOCKS_MAX", str(kept))
    pillow = sys.modules.get("PIL.Image")
    if pillow is not None:
        pillow.core.set_blocks_max(int(os.environ["PILLOW_BLOCKS_MAX"]))
