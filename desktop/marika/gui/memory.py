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
- PySide6 reads the source of every module imported after it (to look for
  `__feature__`), and `linecache` keeps it: 2.6 million characters for about 150
  modules. Only a traceback reads it again.

`tune_allocator()` runs once when the GUI package is imported (before any image);
`release_freed()` when the read-ahead has finished (the worker is looking at the image):
it costs about 0.6 ms. Both do nothing where the C library is not glibc (Windows' heap
returns large blocks by itself).
"""

from __future__ import annotations

import ctypes
import functools
import linecache
import sys

#: mallopt parameter numbers (glibc malloc.h)
_M_MMAP_THRESHOLD = -3
#: blocks this large get their own mapping, returned to the system when freed: glibc's
#: own starting value, now fixed
MMAP_THRESHOLD = 128 * 1024

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
    """Keep large blocks in mappings of their own; True where it applied (glibc)."""
    libc = _glibc()
    if libc is None:
        return False
    return bool(libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD))


def release_freed() -> None:
    """Drop the module sources PySide6 made `linecache` keep, and return the free pages
    at the top and inside the heaps to the system."""
    linecache.clearcache()
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)
