"""The PySide6 GUI. Nothing outside this package imports it (see docs/CONVENTIONS.md).

Importing this package works around a reference-counting bug measured with PySide6
6.12.0 on CPython 3.11: every Qt method returning void (setText, update, processEvents,
...) drops one reference to None without taking it, so after a few thousand calls
CPython aborts with "Fatal Python error: none_dealloc: deallocating None". CPython 3.12+
makes None immortal (PEP 683), which hides the bug; on 3.11 we do the same by giving
None a reference count no program can exhaust. None is never deallocated in a healthy
interpreter, so this changes nothing else.

Automatic cycle collection stops here, before PySide6 loads: the app collects on its GUI
thread only, from a timer (`gui.collector`). Stopping it this early also spares the
start-up about 40 collections (5 ms of CPU, measured; each scans everything imported so
far) that freed 332 objects, all of them still freed by the collector's first round.

PySide6's `__feature__` import hook is taken out again once PySide6 has put it in
(`_without_feature_hook`).

It also sets the C allocator up to give freed image buffers back (`gui.memory`), before
the first image is decoded.

True and False get the same pin: emitting a signal with a bool argument to a Python slot
(QAction.triggered, QAbstractButton.clicked) drops one reference to the bool each time,
measured: a few hundred shortcut presses in one test session ended in "Fatal Python
error: bool_dealloc: deallocating True or False".
"""

import gc
import sys

gc.disable()  # collections belong to the GUI thread's timer (gui/collector.py)


def _pin_none() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    for immortal in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(immortal))  # ob_refcnt comes first
        if refcount.value < 1 << 40:
            refcount.value += 1 << 40


def _without_feature_hook() -> None:
    """PySide6 replaces `__import__` with a hook for its opt-in `from __feature__ import
    snake_case, true_property`, which Marika never uses. The hook reads the source of
    every module imported after PySide6 to look for that line, and `linecache` keeps it:
    measured at start, 7 ms and 4.6 MiB for the 74 modules the log-in screen needs, and
    more with every screen after it. The import PySide6 wrapped (`__orig_import__`, its
    own, which loads Qt classes on first use) is put back; where PySide6 has no such hook
    nothing changes."""
    import builtins

    import shiboken6  # noqa: F401 - loading it installs the hook

    hook = getattr(builtins, "__feature_import__", None)
    wrapped = getattr(builtins, "__orig_import__", None)
    if hook is not None and wrapped is not None and builtins.__import__ is hook:
        builtins.__import__ = wrapped


_pin_none()
_without_feature_hook()

from .memory import tune_allocator  # noqa: E402 - after the pin, as documented

tune_allocator()
