"""Freed memory goes back to the PC (gui/memory.py)."""

import linecache
import sys

import pytest


def test_release_drops_the_module_sources_pyside_made_linecache_keep():
    import marika.gui  # noqa: F401 - PySide6 reads the source of modules imported after it
    from marika.gui.memory import release_freed

    linecache.getlines(__file__)  # as PySide6's import hook does for every module
    assert linecache.cache
    release_freed()
    assert not linecache.cache


def test_pillow_keeps_one_freed_image_block_for_the_next_decode_until_released():
    from PIL import Image

    from marika.gui.memory import PILLOW_BLOCKS_KEPT, release_freed, tune_allocator

    tune_allocator()
    assert Image.core.get_blocks_max() == PILLOW_BLOCKS_KEPT
    Image.new("RGB", (500, 400)).load()  # decoded, then freed: its block is kept
    reused = Image.core.get_stats()["reused_blocks"]
    Image.new("RGB", (500, 400)).load()
    assert Image.core.get_stats()["reused_blocks"] == reused + 1
    assert Image.core.get_stats()["blocks_cached"] == 1
    release_freed()
    assert Image.core.get_stats()["blocks_cached"] == 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator")
def test_large_blocks_get_mappings_of_their_own_on_glibc():
    import ctypes

    from marika.gui.memory import tune_allocator

    try:
        ctypes.CDLL("libc.so.6").gnu_get_libc_version  # noqa: B018
    except (OSError, AttributeError):
        pytest.skip("not glibc")
    assert tune_allocator()


def test_the_app_style_bounds_qts_pixmap_cache(qapp):
    from PySide6.QtGui import QPixmapCache

    from marika.gui import style

    style.apply(qapp)
    assert QPixmapCache.cacheLimit() == style.PIXMAP_CACHE_KIB < 10_240


ARENAS = """
import ctypes, os, sys, tempfile, threading
if sys.argv[1] == "tuned":
    from marika.gui.memory import tune_allocator
    assert tune_allocator()
def work():
    [bytearray(4000) for _ in range(200)]  # blocks for malloc, not Python's own
threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
libc = ctypes.CDLL("libc.so.6")
libc.fdopen.restype = ctypes.c_void_p
with tempfile.TemporaryFile() as out:
    stream = libc.fdopen(os.dup(out.fileno()), b"w")
    libc.malloc_info(0, ctypes.c_void_p(stream))
    libc.fclose(ctypes.c_void_p(stream))
    out.seek(0)
    print(out.read().count(b"<heap nr="))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator")
def test_threads_share_one_heap_on_glibc():
    """Each thread that allocates would get a heap of its own (what one leaves free the
    others cannot use); tuned, the workers share one."""
    import subprocess

    try:
        import ctypes

        ctypes.CDLL("libc.so.6").gnu_get_libc_version  # noqa: B018
    except (OSError, AttributeError):
        pytest.skip("not glibc")

    def heaps(mode):
        return int(subprocess.run([sys.executable, "-c", ARENAS, mode], check=True,
                                  capture_output=True, text=True, timeout=60).stdout)

    assert heaps("plain") > 1
    assert heaps("tuned") == 1
