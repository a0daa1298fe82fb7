"""Damaged media never stops the worker: the view says "Media unreadable", offers to skip
with the reason "unreadable", and the window stays responsive while decoding."""

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


@pytest.fixture
def tasks(qapp):
    from marika.gui.taskman import TaskManager

    manager = TaskManager()
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

    def longest_gap(self):
        gaps = [b - a for a, b in zip(self.times, self.times[1:], strict=False)]
        return max(gaps, default=0.0)

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
    beat = Heartbeat()
    with qtbot.waitSignal(view.mediaUnreadable, timeout=10_000) as sig:
        started = time.perf_counter()
        view.show_item(item, None, manifest)
        returned = time.perf_counter() - started
    beat.stop()
    # show_item only queued the work; hashing and decoding ran on the I/O pool.
    assert returned < 0.1
    assert beat.longest_gap() < 0.25
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
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)
    assert not view.is_unreadable() and view.canvas.image() is not None


def test_event_loop_keeps_running_while_a_damaged_file_decodes(qtbot, tasks, tmp_path):
    """A 40 MP PNG whose image data stops short (in well-formed chunks, so only the full
    decode finds it) takes a second to fail; the timer keeps firing meanwhile."""
    from PIL import Image

    from marika.gui.image_view import ImageTagView

    good = tmp_path / "big.png"
    Image.new("RGB", (8000, 5000), (90, 120, 30)).save(good, compress_level=1)
    path = png_with_cut_data(good, tmp_path / "cut.png", 0.9)
    view = ImageTagView(box=(1366, 768))
    view.tasks = tasks
    qtbot.addWidget(view)
    beat = Heartbeat()
    started = time.perf_counter()
    with qtbot.waitSignal(view.mediaUnreadable, timeout=20_000):
        view.show_item(make_item(1, path), None, make_manifest())
    took = time.perf_counter() - started
    beat.stop()
    assert view.is_unreadable()
    assert took > 0.1  # the decode really was long enough to matter
    assert len(beat.times) >= took / 0.01 * 0.3
    assert beat.longest_gap() < 0.25


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
    beat = Heartbeat()
    with qtbot.waitSignal(view.mediaUnreadable, timeout=10_000) as sig:
        started = time.perf_counter()
        view.show_item(item, None, manifest)
        returned = time.perf_counter() - started
    beat.stop()
    assert returned < 0.1 and beat.longest_gap() < 0.25
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
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)
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
