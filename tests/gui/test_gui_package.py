"""What importing the GUI package does to the interpreter before any window exists
(marika/gui/__init__.py), checked in a fresh interpreter as the `marika` command is."""

import subprocess
import sys

import pytest

pytestmark = pytest.mark.gui


def _fresh(code: str) -> list[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120).stdout.split()


def test_no_collection_runs_before_the_collector_is_on_the_gui_thread():
    """Automatic collection is off from the GUI package's import on, before PySide6 loads:
    the start-up makes no collection of its own, and none can start on a worker thread
    before the first TaskManager puts the collector's timer up (gui/collector.py)."""
    out = _fresh("import gc; runs = lambda: sum(g['collections'] for g in gc.get_stats()); "
                 "import marika.gui; before = runs(); import PySide6.QtWidgets; "
                 "print(gc.isenabled(), runs() - before)")
    assert out == ["False", "0"]


def test_modules_imported_after_pyside6_are_not_read_for_its_feature_hook():
    """PySide6's `__feature__` hook read every later module's source into linecache; with
    it taken out, PySide6's own import still loads Qt classes on first use."""
    out = _fresh("import linecache, marika.gui, PySide6.QtWidgets, builtins; "
                 "import wave, colorsys; "
                 "from PySide6.QtWidgets import QProxyStyle; from PySide6.QtCore import Qt; "
                 "print(any(f.endswith(('wave.py', 'colorsys.py')) for f in linecache.cache),"
                 " QProxyStyle.__name__, Qt.AlignmentFlag.AlignLeft.name, "
                 "builtins.__import__ is builtins.__orig_import__)")
    assert out == ["False", "QProxyStyle", "AlignLeft", "True"]
