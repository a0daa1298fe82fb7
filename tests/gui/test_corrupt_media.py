"""Damaged media never stops the worker: the view says "Media unreadable", offers to skip
with the reason "unreadable", and the window stays responsive while decoding."""

import threading
import time

import pytest
from media.mediagen import (
    flip_bytes,
    huge_header_jpeg,
    huge_header_png,
    make_item,
    make_manifest,
    png_with_cut_data,
    sha256,
    sine_wav,
    truncate,
    wav_claiming_more,
    write_image,
)
from PySide6.QtCore import QTimer

pytestmark = pytest.mark.gui


class IoRecorder:
    """Wraps `TaskManager.run_io`: each job waits until the GUI thread's event loop has
    run after it was queued (a zero-delay timer opens its gate), and records the thread
    it ran on and when it started and ended. If the GUI thread waited for the job, the
    gate would never open and the job would fail: whatever the load, the verdict is the
    same."""

    def __init__(self, manager):
        self.jobs = []  # (thread, started, ended) of every finished job
        self.stuck = []
        original = manager.run_io

        def run_io(fn, **kw):
            gate = threading.Event()
            QTimer.singleShot(0, gate.set)

            def gated(*args, **kwargs):
                if threading.current_thread() is threading.main_thread() or not gate.wait(120):
                    self.stuck.append(fn)
                    raise RuntimeError("run on the GUI thread, or while it never went back "
                                       "to its event loop")
                started = time.perf_counter()
                try:
                    return fn(*args, **kwargs)
                finally:
                    self.jobs.append((threading.current_thread(), started,
                                      time.perf_counter()))
            return original(gated, **kw)

        manager.run_io = run_io

    def check_off_gui_thread(self):
        assert not self.stuck
        assert self.jobs, "nothing ran on the I/O pool"
        assert all(thread is not threading.main_thread() for thread, _s, _e in self.jobs)


@pytest.fixture
def tasks(qapp):
    from marika.gui.taskman import TaskManager

    manager = TaskManager()
    manager.io = IoRecorder(manager)
    yield manager
    manager.shutdown()


class Heartbeat:
    """A QTimer that records when it fires: gaps show a blocked GUI thread."""

    def __init__(self, interval_ms=10):
        self.times = []
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(lambda: self.times.append(time.perf_counter()))
        self.timer.start()

    def stop(self):
        self.timer.stop()


def _image_case(name, tmp_path):
    """(path, expected sha256 or None) for each kind of damage."""
    big = write_image(tmp_path / "good.jpg", 6000, 4000, seed=3)  # 24 MP: a real decode
    if name.startswith("truncated-"):
        fraction = int(name.split("-")[1]) / 100
        return truncate(big, tmp_path / f"cut{fraction}.jpg", fraction), None
    if name == "flipped":
        return flip_bytes(big, tmp_path / "flipped.jpg"), sha256(big)
    if name == "zero-length":
        path = tmp_path / "empty.jpg"
        path.write_bytes(b"")
        return path, None
    if name == "huge-png-header":
        return huge_header_png(tmp_path / "huge.png"), None
    if name == "huge-jpeg-header":
        return huge_header_jpeg(tmp_path / "huge.jpg"), None
    if name == "not-an-image":
        path = tmp_path / "page.jpg"
        path.write_bytes(b"<html>404</html>" * 50)
        return path, None
    if name == "missing":
        return tmp_path / "nowhere.jpg", None
    raise AssertionError(name)


IMAGE_CASES = ["truncated-10", "truncated-50", "truncated-90", "truncated-99", "flipped",
               "zero-length", "huge-png-header", "huge-jpeg-header", "not-an-image", "missing"]


@pytest.mark.parametrize("case", IMAGE_CASES)
def test_damaged_image_shows_unreadable_and_offers_skip(qtbot, tasks, tmp_path, case):
    from marika.gui.image_view import ImageTagView

    view = ImageTagView(box=(1366, 768))
    view.tasks = tasks
    qtbot.addWidget(view)
    view.resize(900, 560)
    view.show()
    path, digest = _image_case(case, tmp_path)
    item, manifest = make_item(1, path, digest=digest), make_manifest()
    with qtbot.waitSignal(view.mediaUnreadable, timeout=60_000) as sig:
        view.show_item(item, None, manifest)
    # show_item only queued the work; hashing and decoding ran on the I/O pool, after
    # the GUI thread was back in its event loop.
    tasks.io.check_off_gui_thread()
    assert view.is_unreadable()
    assert view.unreadable.isVisible()
    assert view.unreadable.title.text() == "Media unreadable"
    assert sig.args[0] == view.unreadable.reason.text()
    assert path.name in sig.args[0]
    # Nothing to tag on an unreadable item: label keys and buttons do nothing.
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    view.handle_key(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_1, Qt.KeyboardModifier.NoModifier,
                              "1"))
    assert view.value() == {"labels": []}
    assert not any(b.isEnabled() for b in view._buttons.values())
    # One button skips with the reason the item screen records: never a penalty.
    with qtbot.waitSignal(view.skipRequested) as skip:
        view.unreadable.skip_button.click()
    assert skip.args == ["unreadable"]
    # And the next, good item shows normally.
    good = write_image(tmp_path / "next.jpg", 400, 300)
    view.show_item(make_item(2, good, digest=sha256(good)), None, make_manifest())
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=60_000)
    assert not view.is_unreadable() and view.canvas.image() is not None


def test_event_loop_keeps_running_while_a_damaged_file_decodes(qtbot, tasks, tmp_path):
    """A 40 MP PNG whose image data stops short (in well-formed chunks, so only the full
    decode finds it) takes a second to fail; the timer keeps firing meanwhile.

    Counted, not timed: the heartbeats that fired while the decode ran. A decode holding
    the GUI thread (or the GIL) all along lets none through, on a loaded machine or not."""
    from PIL import Image

    from marika.gui.image_view import ImageTagView

    good = tmp_path / "big.png"
    Image.new("RGB", (8000, 5000), (90, 120, 30)).save(good, compress_level=1)
    path = png_with_cut_data(good, tmp_path / "cut.png", 0.9)
    view = ImageTagView(box=(1366, 768))
    view.tasks = tasks
    qtbot.addWidget(view)
    beat = Heartbeat()
    with qtbot.waitSignal(view.mediaUnreadable, timeout=120_000):
        view.show_item(make_item(1, path), None, make_manifest())
    beat.stop()
    assert view.is_unreadable()
    tasks.io.check_off_gui_thread()
    [(_thread, started, ended)] = tasks.io.jobs
    during = [t for t in beat.times if started < t < ended]
    assert len(during) >= 5, f"{len(during)} heartbeats in a {ended - started:.2f} s decode"


def _audio_case(name, tmp_path):
    """(path, sha256, duration_ms) for each kind of damage."""
    good = sine_wav(tmp_path / "good.wav", seconds=4.0)
    if name.startswith("truncated-"):
        fraction = int(name.split("-")[1]) / 100
        return truncate(good, tmp_path / f"cut{fraction}.wav", fraction), None, 4000
    if name == "claims-more-than-it-holds":
        return wav_claiming_more(good, tmp_path / "liar.wav"), None, None
    if name == "flipped":
        return flip_bytes(good, tmp_path / "flipped.wav"), sha256(good), 4000
    if name == "zero-length":
        path = tmp_path / "empty.wav"
        path.write_bytes(b"")
        return path, None, 4000
    if name == "shorter-than-manifest":
        return sine_wav(tmp_path / "short.flac", seconds=2.0), None, 4000
    if name == "not-audio":
        path = tmp_path / "clip.wav"
        path.write_bytes(b"<html>404</html>" * 50)
        return path, None, None
    if name == "missing":
        return tmp_path / "nowhere.wav", None, None
    raise AssertionError(name)


AUDIO_CASES = ["truncated-1", "truncated-50", "truncated-90", "claims-more-than-it-holds",
               "flipped", "zero-length", "shorter-than-manifest", "not-audio", "missing"]


@pytest.mark.parametrize("case", AUDIO_CASES)
def test_damaged_audio_shows_unreadable_and_offers_skip(qtbot, tasks, tmp_path, case,
                                                        monkeypatch):
    from marika.gui import audio_player
    from marika.gui.audio_view import AudioTranscriptionView

    monkeypatch.setattr(audio_player, "audio_outputs", lambda: [])
    view = AudioTranscriptionView()
    view.tasks = tasks
    qtbot.addWidget(view)
    view.resize(900, 560)
    view.show()
    path, digest, duration = _audio_case(case, tmp_path)
    item = make_item(1, path, kind="audio_transcription", digest=digest, duration_ms=duration)
    manifest = make_manifest()
    with qtbot.waitSignal(view.mediaUnreadable, timeout=60_000) as sig:
        view.show_item(item, None, manifest)
    tasks.io.check_off_gui_thread()
    assert view.is_unreadable() and view.unreadable.isVisible()
    assert view.unreadable.title.text() == "Media unreadable"
    assert path.name in sig.args[0]
    with qtbot.waitSignal(view.skipRequested) as skip:
        view.unreadable.skip_button.click()
    assert skip.args == ["unreadable"]
    # Nothing else stopped: the next item loads normally.
    good = sine_wav(tmp_path / "next.wav", seconds=1.0)
    view.show_item(make_item(2, good, kind="audio_transcription", digest=sha256(good),
                             duration_ms=1000), None, manifest)
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=60_000)
    assert not view.is_unreadable() and view.waveform.duration() == 1000


def test_skip_button_without_a_listener_raises_the_screen_banner_again(qtbot, tasks, tmp_path):
    """The item screen skips from its own banner; the panel's button brings it back."""
    from marika.gui.image_view import ImageTagView

    view = ImageTagView(box=(640, 480))
    view.tasks = tasks
    qtbot.addWidget(view)
    path = tmp_path / "empty.jpg"
    path.write_bytes(b"")
    messages = []
    view.mediaUnreadable.connect(messages.append)
    view.show_item(make_item(1, path), None, make_manifest())
    qtbot.waitUntil(lambda: len(messages) == 1)
    view.unreadable.skip_button.click()
    assert len(messages) == 2 and messages[0] == messages[1]


def test_unreadable_reason_follows_a_language_change(qtbot, tasks, tmp_path):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from marika.gui.image_view import ImageTagView

    view = ImageTagView(box=(640, 480))
    view.tasks = tasks
    qtbot.addWidget(view)
    path = tmp_path / "empty.jpg"
    path.write_bytes(b"")
    with qtbot.waitSignal(view.mediaUnreadable):
        view.show_item(make_item(1, path), None, make_manifest())
    assert view.unreadable.reason.text() == "The media file empty.jpg is empty."

    class French(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            if context == "Errors" and source == "The media file {name} is empty.":
                return "Le fichier {name} est vide."
            return None

        def isEmpty(self):  # noqa: N802 - Qt override
            return False

    translator = French()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: view.unreadable.reason.text() == "Le fichier empty.jpg est vide.")
    finally:
        QCoreApplication.removeTranslator(translator)
