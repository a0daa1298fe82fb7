"""What the spec leaves out of the bundle, and why (measured with PySide6 6.12, Linux).

PyInstaller's Qt hooks collect every plugin and translation of each Qt module used, and
then every library those plugins link. Excluding Python modules changes nothing (the
weight comes in through plugins), so the spec filters the collected lists instead:

1. plugins an office PC never loads (framebuffer/EGL kiosks, VNC, the virtual keyboard,
   the GTK theme, rare image formats);
2. Qt's own translations except French and English (Qt ships no Malagasy);
3. libraries that must come from the system: PulseAudio's client (it talks to the
   system's sound server and reads its configuration);
4. then, libraries that nothing left in the bundle links any more ("unreferenced"):
   dropping the GTK theme alone takes cairo, pango, gdk-pixbuf and atk with it.

Never strip Qt or FFmpeg libraries: `strip` made the FFmpeg media plugin fail to load
("No QtMultimedia backends found"). The smoke test checks that a backend loads.
This module is plain Python (no PyInstaller import) so its rules are tested quickly.
"""

from __future__ import annotations

import fnmatch
import posixpath
import re
import subprocess
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

QT = "PySide6/Qt/"

DROPPED_PLUGINS = (
    "platforms/libqeglfs.so", "platforms/libqlinuxfb.so", "platforms/libqminimalegl.so",
    "platforms/libqvnc.so", "platforms/libqvkkhrdisplay.so",  # kiosk and remote platforms
    "egldeviceintegrations/*",  # only used by eglfs
    "generic/*",  # evdev/tuio input without a window system
    "platforminputcontexts/libqtvirtualkeyboardplugin.so",  # on-screen keyboard (QML)
    "platformthemes/libqgtk3.so",  # would mix the bundle's cairo/pango with the system's GTK
    "imageformats/libqicns.so", "imageformats/libqtga.so", "imageformats/libqwbmp.so",
)

#: Qt's own dialog translations that Marika's languages can use (mg falls back to these).
KEPT_QT_TRANSLATIONS = re.compile(r"^(qt|qtbase|qtmultimedia)_(fr|en)\.qm$")

#: Libraries the target system must provide (install.sh checks them and names the package).
SYSTEM_LIBRARIES = ("libpulse.so.*", "libpulsecommon-*.so", "libpulse-simple.so.*")

#: Libraries that the rule "unreferenced" may drop: plain shared libraries in the bundle's
#: top folder or Qt's lib folder. Python extension modules, plugins and data-folder
#: libraries loaded by cffi (soundfile's libsndfile) are always kept.
_COLLECTABLE = re.compile(r"^(lib[^/]*\.so[.0-9]*|" + re.escape(QT) + r"lib/lib[^/]*\.so[.0-9]*)$")
#: Loaded without being linked (by the bootloader, or dlopen()ed by Qt/Python).
_ALWAYS_KEPT = ("libpython*", "libssl.so*", "libcrypto.so*", "libQt6FFmpegStub-*")


def _matches(name: str, patterns: Iterable[str]) -> bool:
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in patterns)


def is_dropped_plugin(dest: str) -> bool:
    prefix = QT + "plugins/"
    return dest.startswith(prefix) and _matches(dest[len(prefix):], DROPPED_PLUGINS)


def is_dropped_translation(dest: str) -> bool:
    prefix = QT + "translations/"
    if not dest.startswith(prefix):
        return False
    return not KEPT_QT_TRANSLATIONS.match(dest[len(prefix):])


def is_system_library(dest: str) -> bool:
    return "/" not in dest and _matches(dest, SYSTEM_LIBRARIES)


def filter_datas(datas: list[tuple], *, kept_binaries: list[tuple]) -> list[tuple]:
    """Drop Qt's other translations, and the links PyInstaller makes to libraries that
    `filter_binaries` dropped (they would dangle)."""
    kept = [entry for entry in datas if not is_dropped_translation(entry[0])]
    present = {entry[0] for entry in kept_binaries}
    present |= {entry[0] for entry in kept if entry[2] != "SYMLINK"}
    return [entry for entry in kept
            if entry[2] != "SYMLINK" or _link_target(entry) in present]


def _link_target(entry: tuple) -> str:
    dest, target = entry[0], entry[1]  # a SYMLINK's source is its target, relative to it
    return posixpath.normpath(posixpath.join(posixpath.dirname(dest), target))


def needed_libraries(path: str) -> set[str]:
    """The DT_NEEDED names of an ELF file, read with objdump (which PyInstaller needs too)."""
    result = subprocess.run(["objdump", "-p", path], capture_output=True, text=True,
                            check=False)
    return {line.split()[1] for line in result.stdout.splitlines()
            if line.strip().startswith("NEEDED")}


def filter_binaries(binaries: list[tuple],
                    needed: Callable[[str], set[str]] = needed_libraries) -> list[tuple]:
    """Drop the plugins and system libraries above, then every collectable library that
    no kept binary links (directly or through other kept libraries)."""
    kept = [entry for entry in binaries
            if not is_dropped_plugin(entry[0]) and not is_system_library(entry[0])]
    by_soname: dict[str, list[tuple]] = {}
    roots = []
    for entry in kept:
        dest = entry[0]
        name = PurePosixPath(dest).name
        if _COLLECTABLE.match(dest) and not _matches(name, _ALWAYS_KEPT):
            by_soname.setdefault(name, []).append(entry)
        else:
            roots.append(entry)
    reached: set[str] = set()
    todo = [entry[1] for entry in roots]
    while todo:
        for soname in needed(todo.pop()):
            if soname in reached or soname not in by_soname:
                continue
            reached.add(soname)
            todo.extend(entry[1] for entry in by_soname[soname])
    return [entry for entry in kept
            if entry in roots or PurePosixPath(entry[0]).name in reached]
