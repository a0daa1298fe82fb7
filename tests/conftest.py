"""Shared test set-up: Qt runs offscreen, and each test gets a fresh data folder.

QT_QPA_PLATFORM is set here, before any test module imports PySide6, so GUI tests need
no display (screenshots under Xvfb are a separate, manual step: docs/screenshots/).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_SCALE_FACTOR", "1")
# The guided tour opens by itself on a profile's first item of each kind and takes the
# keyboard; tests that drive the item screen do not expect it (tests/gui/test_tour.py
# turns it back on).
os.environ.setdefault("MARIKA_GUIDED_TOUR", "0")

import pytest  # noqa: E402

# Works around PySide6 6.12 dropping references to None on CPython 3.11 (see
# marika/gui/__init__.py); imports no Qt itself.
import marika.gui  # noqa: E402, F401

FAST_KDF_N = 2**10  # the real scrypt cost is tuned to ~0.3 s; tests log in many times
TEST_PASSWORD = "correct horse 42"


@pytest.fixture(autouse=True)
def cycle_collection(request):
    """Tests with Qt collect cycles on the GUI thread only, as the app does from its first
    TaskManager (marika/gui/collector.py): a collection a worker thread started would
    destroy Qt objects there. A test without Qt runs no event loop, so it gets CPython's
    own collection back, after the garbage is collected here, on the main thread."""
    import gc

    if "qapp" in request.fixturenames:
        request.getfixturevalue("qapp")
        from marika.gui.collector import collect_on_gui_thread

        collect_on_gui_thread()
    elif not gc.isenabled():
        gc.collect()
        gc.enable()
    yield


@pytest.fixture
def data_dir(tmp_path):
    """A fresh, empty data folder (the office is created in it on first open)."""
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def open_office(data_dir):
    """A factory `open_office(path=data_dir) -> Office` with a fast KDF; closes them all."""
    from marika.profiles import Office

    opened = []

    def factory(path=None):
        office = Office.open(path or data_dir, kdf_n=FAST_KDF_N)
        opened.append(office)
        return office

    yield factory
    for office in reversed(opened):
        try:
            office.close()
        except Exception:
            pass


@pytest.fixture
def private_tmpdir(tmp_path, monkeypatch):
    """A temp folder of this test's own, set for the whole process (TMPDIR for SQLite, Qt
    and child processes; tempfile's cached choice for Python). A test that scans "the
    temp files written meanwhile" scans this, not the machine's shared one, where other
    programs' files come and go (one held "987654321" in a Qt plugin)."""
    import tempfile

    path = tmp_path / "tmp"
    path.mkdir()
    monkeypatch.setenv("TMPDIR", str(path))
    monkeypatch.setattr(tempfile, "tempdir", str(path))
    return path
