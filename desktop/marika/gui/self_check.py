"""`marika --self-check`: can this installation run Marika? Answered without a user.

An office installs the bundle on a PC that may lack a system library, or a build may
have left a plugin out: a missing FFmpeg media plugin only shows when a transcriber opens
a clip, a missing translation only when someone picks Malagasy. This check does each of
those once, on a throwaway data folder, and prints one line per check (English, like the
other command-line tools: it is read by whoever installs, not by annotators):

- the main window is built and opens a real office (store, migrations, keys);
- every compiled translation loads and is not empty;
- a QtMultimedia backend loads and reads a short WAV clip;
- Qt writes a JPEG (image plugins) that Pillow decodes, and soundfile decodes the clip;
- the demo packages are found.

Exit status 0 only when every check passed. Used by packaging/smoke_test.py.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import wave
from argparse import Namespace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QLibraryInfo, QLocale, QTranslator, QUrl
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

TIMEOUT_S = 60.0  # opening an office derives keys; an old PC under load is slow


class CheckFailed(Exception):
    pass


def _wait_for(condition, timeout_s: float = TIMEOUT_S) -> bool:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)
    return True


def _write_wav(path: Path, *, ms: int = 500, rate: int = 16_000) -> None:
    frames = rate * ms // 1000
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        # a quiet square wave: real samples, so decoders cannot shortcut silence
        out.writeframes(b"".join((800 if (i // 40) % 2 else -800).to_bytes(2, "little",
                                                                          signed=True)
                                 for i in range(frames)))


def check_translations() -> str:
    from .i18n import LANGUAGES, qm_path

    for code in LANGUAGES:
        translator = QTranslator()
        path = qm_path(code)
        if not path.is_file() or not translator.load(str(path)) or translator.isEmpty():
            raise CheckFailed(f"the {code} translation is missing or empty: {path}")
    qt_own = QTranslator()  # Qt's own buttons and dialogs in French (Qt has no Malagasy)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not qt_own.load(QLocale(QLocale.Language.French), "qtbase", "_", qt_dir):
        raise CheckFailed(f"Qt's own French translation is missing from {qt_dir}")
    return ", ".join(LANGUAGES) + "; Qt's own: fr"


def check_window(data_dir: Path) -> str:
    from . import main

    errors: list[BaseException] = []

    def opener(path):
        from marika.profiles import Office

        try:
            return Office.open(path)
        except BaseException as exc:
            errors.append(exc)
            raise

    args = Namespace(data_dir=str(data_dir), demo=False, portable=False, lang="en")
    window, _tasks = main.build(args, office_opener=opener)
    try:
        if not _wait_for(lambda: errors or window.office is not None):
            raise CheckFailed("the data folder did not open in time")
        if errors:
            raise CheckFailed(f"the data folder did not open: {errors[0]!r}")
        needs_setup = window.office.needs_setup()
    finally:
        window.close()  # shuts the workers down and closes the office
    platform = QApplication.platformName()
    return f"main window built ({platform}), office opened (new office: {needs_setup})"


def check_multimedia(clip: Path) -> str:
    try:
        from PySide6.QtMultimedia import QMediaDevices, QMediaPlayer
    except ImportError as exc:  # on Linux, most often the system's PulseAudio client
        raise CheckFailed(f"QtMultimedia cannot be loaded ({exc}); libpulse.so.0 comes "
                          "with the system package libpulse0") from exc
    player = QMediaPlayer()
    if not player.isAvailable():
        raise CheckFailed("no QtMultimedia backend (is the FFmpeg media plugin bundled, "
                          "and libpulse.so.0 installed?)")
    player.setSource(QUrl.fromLocalFile(str(clip)))
    status = QMediaPlayer.MediaStatus
    if not _wait_for(lambda: player.mediaStatus() in (status.LoadedMedia, status.InvalidMedia),
                     10.0):
        raise CheckFailed(f"the test clip did not load (status {player.mediaStatus()})")
    if player.mediaStatus() != status.LoadedMedia or abs(player.duration() - 500) > 50:
        raise CheckFailed(f"the test clip was not read: {player.errorString()!r}, "
                          f"duration {player.duration()} ms")
    outputs = len(QMediaDevices.audioOutputs())
    sound = f"{outputs} sound output(s)" if outputs else "no sound output on this PC"
    return f"backend loaded, a 500 ms clip read; {sound}"


def check_media_decoders(folder: Path, clip: Path) -> str:
    from marika.media.audio import read_audio
    from marika.media.images import decode_image

    photo = folder / "check.jpg"
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor(200, 120, 40))
    if not image.save(str(photo), "JPG"):
        raise CheckFailed("Qt could not write a JPEG (image format plugins missing?)")
    decoded = decode_image(photo, max_size=(32, 32))
    audio = read_audio(clip)
    return (f"JPEG {decoded.original_width}x{decoded.original_height} decoded, "
            f"WAV {audio.duration_ms} ms decoded")


def check_demo() -> str:
    from .demo import assets_dir

    folder = assets_dir()
    if folder is None:
        raise CheckFailed("no demo packages found")
    count = len(list(folder.glob("*.marika")))
    return f"{count} demo package(s) in {folder}"


def run(args) -> int:
    del args  # the check always uses a throwaway data folder, never the office's
    if not (os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY")
            or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # e.g. checked over ssh: no screen
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Marika")
    failures = 0
    with tempfile.TemporaryDirectory(prefix="marika-self-check-") as tmp:
        folder = Path(tmp)
        clip = folder / "check.wav"
        _write_wav(clip)
        checks = [
            ("translations", check_translations),
            ("window", lambda: check_window(folder / "data")),
            ("multimedia", lambda: check_multimedia(clip)),
            ("media", lambda: check_media_decoders(folder, clip)),
            ("demo", check_demo),
        ]
        for name, check in checks:
            try:
                print(f"ok    {name}: {check()}")  # noqa: T201 - the tool's output
            except Exception as exc:  # every failure is reported, then the next check runs
                failures += 1
                detail = str(exc) if isinstance(exc, CheckFailed) else repr(exc)
                print(f"FAIL  {name}: {detail}")  # noqa: T201
    print("self-check passed" if not failures else f"self-check failed: {failures} problem(s)")
    return 0 if not failures else 1
