"""The spec's filter rules (packaging/bundle_filter.py) on the venv's real Qt files.

Fast, so it runs with the rest of the suite: the libraries' dependencies are read with
objdump from the installed PySide6, as PyInstaller collects them.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import bundle_filter  # noqa: E402

PySide6 = pytest.importorskip("PySide6")
QT_DIR = Path(PySide6.__file__).resolve().parent / "Qt"
PLUGINS = ("platforms/libqxcb.so", "platforms/libqoffscreen.so", "platforms/libqvnc.so",
           "multimedia/libffmpegmediaplugin.so",
           "platforminputcontexts/libqtvirtualkeyboardplugin.so",
           "platformthemes/libqgtk3.so", "imageformats/libqjpeg.so",
           "imageformats/libqtga.so")

pytestmark = pytest.mark.skipif(shutil.which("objdump") is None,
                                reason="objdump (binutils) reads the dependencies")


def qt_toc() -> list[tuple]:
    toc = [("PySide6/QtWidgets.abi3.so",
            str(QT_DIR.parent / "QtWidgets.abi3.so"), "BINARY")]
    for plugin in PLUGINS:
        path = QT_DIR / "plugins" / plugin
        if path.is_file():
            toc.append((f"PySide6/Qt/plugins/{plugin}", str(path), "BINARY"))
    for lib in sorted((QT_DIR / "lib").glob("lib*.so.*")):
        toc.append((f"PySide6/Qt/lib/{lib.name}", str(lib), "BINARY"))
    return toc


def names(toc: list[tuple]) -> set[str]:
    return {Path(entry[0]).name for entry in toc}


def test_unused_plugins_and_what_only_they_linked_are_left_out():
    toc = qt_toc()
    if not (QT_DIR / "plugins/multimedia/libffmpegmediaplugin.so").is_file():
        pytest.skip("this PySide6 has no FFmpeg media plugin")
    kept = names(bundle_filter.filter_binaries(toc))
    assert {"libqxcb.so", "libqoffscreen.so", "libffmpegmediaplugin.so",
            "libqjpeg.so"} <= kept
    assert not kept & {"libqvnc.so", "libqtvirtualkeyboardplugin.so", "libqgtk3.so",
                       "libqtga.so"}
    # what the kept parts link stays, Quick and QML too (the FFmpeg plugin links them)
    assert {"libQt6Core.so.6", "libQt6Widgets.so.6", "libQt6XcbQpa.so.6",
            "libQt6Multimedia.so.6", "libQt6Quick.so.6", "libQt6Qml.so.6",
            "libavcodec.so.63"} & names(toc) <= kept
    # only the virtual keyboard plugin linked these
    assert not kept & {"libQt6VirtualKeyboard.so.6", "libQt6VirtualKeyboardQml.so.6"}
    # Qt's modules never used here are not linked by anything kept
    assert "libQt6Quick3D.so.6" not in kept
    assert "libQt6WebEngineCore.so.6" not in kept


def test_pulseaudio_comes_from_the_system_and_libraries_loaded_at_run_time_stay():
    toc = [("libpulse.so.0", "/usr/lib/x86_64-linux-gnu/libpulse.so.0", "BINARY"),
           ("libpulsecommon-16.1.so", "/usr/lib/x86_64-linux-gnu/libpulsecommon-16.1.so",
            "BINARY"),
           ("libpython3.11.so.1.0", sys.executable, "BINARY"),
           ("libssl.so.3", "/usr/lib/x86_64-linux-gnu/libssl.so.3", "BINARY")]
    kept = names(bundle_filter.filter_binaries(toc))
    assert kept == {"libpython3.11.so.1.0", "libssl.so.3"}


def test_links_to_dropped_libraries_and_other_qt_translations_go():
    toc = qt_toc()
    binaries = bundle_filter.filter_binaries(toc)
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6VirtualKeyboard.so.6", "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6",
         "SYMLINK"),
        ("PySide6/Qt/translations/qtbase_fr.qm", "/x/qtbase_fr.qm", "DATA"),
        ("PySide6/Qt/translations/qtbase_de.qm", "/x/qtbase_de.qm", "DATA"),
        ("PySide6/Qt/translations/qtmultimedia_en.qm", "/x/qtmultimedia_en.qm", "DATA"),
        ("marika/i18n/marika_mg.qm", "/x/marika_mg.qm", "DATA"),
    ]
    kept = {entry[0] for entry in bundle_filter.filter_datas(datas, kept_binaries=binaries)}
    assert kept == {"libQt6Core.so.6", "PySide6/Qt/translations/qtbase_fr.qm",
                    "PySide6/Qt/translations/qtmultimedia_en.qm", "marika/i18n/marika_mg.qm"}
