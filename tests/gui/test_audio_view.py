"""The audio transcription view: works without a sound device, keys work while typing,
timestamps and segments; with a (pretend) device, playback controls drive the player."""

import pytest
from media.mediagen import make_item, make_manifest, sha256, sine_wav
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def no_device(monkeypatch):
    from marika.gui import audio_player

    monkeypatch.setattr(audio_player, "audio_outputs", lambda: [])


def make_view(qtbot, tasks):
    from marika.gui.audio_view import AudioTranscriptionView

    view = AudioTranscriptionView()
    view.tasks = tasks
    view.resize(900, 560)
    qtbot.addWidget(view)
    view.show()
    return view


@pytest.fixture
def view(qtbot, tasks, no_device):
    return make_view(qtbot, tasks)


def key(view, qt_key, mods=Qt.KeyboardModifier.NoModifier, text=""):
    return view.handle_key(QKeyEvent(QEvent.Type.KeyPress, qt_key, mods, text))


def show(qtbot, view, tmp_path, *, seconds=3.0, value=None, segments=False, pk=1):
    path = sine_wav(tmp_path / f"clip{pk}.wav", seconds=seconds)
    item = make_item(pk, path, kind="audio_transcription", digest=sha256(path),
                     duration_ms=int(seconds * 1000))
    view.show_item(item, value, make_manifest(segments=segments))
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)
    assert not view.is_unreadable(), view.error_text()
    return item


def test_no_device_is_said_plainly_and_typing_works(qtbot, view, tmp_path):
    show(qtbot, view, tmp_path)
    assert view.device_message.isVisible()
    assert view.device_message.text() == (
        "No audio device found: you can still see the waveform and type.")
    assert not view.play_button.isEnabled()
    # The waveform is there.
    assert view.waveform.isVisible() and view.waveform.duration() == 3000
    # Typing works and is reported to the item screen.
    emitted = []
    view.valueChanged.connect(emitted.append)
    view.editor.setFocus()
    qtbot.keyClicks(view.editor, "Manao ahoana")
    assert emitted[-1] == {"transcript": "Manao ahoana", "segments": []}
    assert view.value()["transcript"] == "Manao ahoana"


def test_timestamp_is_inserted_at_the_cursor_without_a_device(qtbot, view, tmp_path):
    show(qtbot, view, tmp_path)
    view.editor.setFocus()
    qtbot.keyClicks(view.editor, "ab")
    cursor = view.editor.textCursor()
    cursor.setPosition(1)
    view.editor.setTextCursor(cursor)
    # Click the waveform at 40 %: the playhead moves even with no sound.
    wave = view.waveform
    qtbot.mouseClick(wave, Qt.MouseButton.LeftButton, pos=QPoint(int(wave.width() * 0.4),
                                                                 wave.height() // 2))
    assert view.player.position() == pytest.approx(1200, abs=30)
    assert key(view, Qt.Key.Key_T, CTRL)
    text = view.value()["transcript"]
    assert text.startswith("a[00:01.") and text.endswith("] b")


def test_jump_keys_move_the_playhead_without_a_device(qtbot, view, tmp_path):
    show(qtbot, view, tmp_path, seconds=10)
    assert key(view, Qt.Key.Key_Right, CTRL)
    assert view.player.position() == 3000
    assert view.waveform.position() == 3000
    assert "00:03.0 / 00:10.0" == view.time_label.text()
    assert key(view, Qt.Key.Key_Left, CTRL)
    assert key(view, Qt.Key.Key_Left, CTRL)
    assert view.player.position() == 0


def test_plain_keys_are_left_to_the_editor(qtbot, view, tmp_path):
    show(qtbot, view, tmp_path)
    view.editor.setFocus()
    qtbot.waitUntil(view.editor.hasFocus)
    assert not key(view, Qt.Key.Key_Space, text=" ")
    assert not key(view, Qt.Key.Key_1, text="1")
    assert not key(view, Qt.Key.Key_Left)


def test_every_button_shows_its_key(qtbot, view, tmp_path):
    show(qtbot, view, tmp_path, segments=True)
    for button, shown in [(view.play_button, "Ctrl+Space"), (view.back_button, "Ctrl+←"),
                          (view.forward_button, "Ctrl+→"), (view.slower_button, "Ctrl+↓"),
                          (view.faster_button, "Ctrl+↑"), (view.loop_button, "Ctrl+L"),
                          (view.stamp_button, "Ctrl+T"), (view.segment_button, "Ctrl+N")]:
        assert shown in button.text()
    keys = [k for k, _ in view.shortcuts()]
    assert "Ctrl+Space" in keys and "Ctrl+N" in keys


def test_speed_buttons_work_without_a_device(qtbot, view, tmp_path):
    show(qtbot, view, tmp_path)
    assert not view.play_button.isEnabled()  # playing needs the device...
    assert view.slower_button.isEnabled() and view.faster_button.isEnabled()  # speed not
    view.faster_button.click()
    assert view.player.speed() > 1.0 and "1.25" in view.speed_label.text()


def test_speed_keys(qtbot, view, tmp_path):
    show(qtbot, view, tmp_path)
    for _ in range(10):
        key(view, Qt.Key.Key_Down, CTRL)
    assert view.player.speed() == 0.5
    assert "0.5" in view.speed_label.text()
    for _ in range(10):
        key(view, Qt.Key.Key_Up, CTRL)
    assert view.player.speed() == 2.0


def test_set_value_and_show_item_do_not_emit(qtbot, view, tmp_path):
    emitted = []
    view.valueChanged.connect(emitted.append)
    show(qtbot, view, tmp_path, value={"transcript": "saved text", "segments": []})
    assert view.editor.toPlainText() == "saved text"
    view.set_value({"transcript": "undone", "segments": []})
    assert view.editor.toPlainText() == "undone"
    assert emitted == []


def test_read_only_transcript(qtbot, view, tmp_path):
    show(qtbot, view, tmp_path, value={"transcript": "sealed", "segments": []})
    view.set_read_only(True)
    view.editor.setFocus()
    qtbot.keyClicks(view.editor, "more")
    key(view, Qt.Key.Key_T, CTRL)
    assert view.value()["transcript"] == "sealed"


def test_segments_from_a_selection_and_from_the_playhead(qtbot, view, tmp_path):
    show(qtbot, view, tmp_path, seconds=10, segments=True)
    assert view.segment_list.isVisible()
    assert view.editor.isReadOnly()  # no segment yet: nothing to type into
    view.waveform.set_selection((1000, 2500))
    with qtbot.waitSignal(view.valueChanged):
        assert key(view, Qt.Key.Key_N, CTRL)
    view.editor.setFocus()
    qtbot.keyClicks(view.editor, "first")
    # No selection: the next segment runs from the end of the last one to the playhead.
    view.player.seek(4000)
    key(view, Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(view.editor, "second")
    value = view.value()
    assert value["segments"] == [
        {"start_ms": 1000, "end_ms": 2500, "text": "first"},
        {"start_ms": 2500, "end_ms": 4000, "text": "second"}]
    assert value["transcript"] == "first\nsecond"
    assert view.segment_list.count() == 2
    # Choosing a segment shows its text and selects its span on the waveform.
    view.segment_list.setCurrentRow(0)
    assert view.editor.toPlainText() == "first"
    assert view.waveform.selection() == (1000, 2500)
    assert view.player.position() == 1000
    view.delete_segment_button.click()
    assert [s["text"] for s in view.value()["segments"]] == ["second"]


def test_segments_are_restored(qtbot, view, tmp_path):
    saved = {"transcript": "x", "segments": [{"start_ms": 0, "end_ms": 900, "text": "x"}]}
    show(qtbot, view, tmp_path, value=saved, segments=True)
    assert view.segment_list.count() == 1
    view.segment_list.setCurrentRow(0)
    assert view.editor.toPlainText() == "x"


def test_drag_selects_a_span(qtbot, view, tmp_path):
    show(qtbot, view, tmp_path, seconds=10)
    wave = view.waveform
    y = wave.height() // 2
    qtbot.mousePress(wave, Qt.MouseButton.LeftButton, pos=QPoint(int(wave.width() * 0.2), y))
    qtbot.mouseMove(wave, QPoint(int(wave.width() * 0.5), y))
    qtbot.mouseRelease(wave, Qt.MouseButton.LeftButton, pos=QPoint(int(wave.width() * 0.5), y))
    start, end = wave.selection()
    assert start == pytest.approx(2000, abs=30) and end == pytest.approx(5000, abs=30)


def test_waveform_draws_the_envelope(qtbot, view, tmp_path):
    from PySide6.QtGui import QColor

    show(qtbot, view, tmp_path, seconds=3)
    image = view.waveform.grab().toImage()
    mid = image.height() // 2
    x = image.width() // 2
    background = QColor(image.pixel(x, 1))
    # A full-scale-ish sine (0.5) fills the middle half of the height, not the edges.
    assert QColor(image.pixel(x, mid)) != background
    assert QColor(image.pixel(x, mid - image.height() // 5)) != background


def test_retranslates(qtbot, view, tmp_path):
    from PySide6.QtCore import QCoreApplication, QTranslator

    class Upper(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return source.upper() if context == "AudioTranscriptionView" else None

        def isEmpty(self):  # noqa: N802 - Qt override
            return False

    translator = Upper()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: view.device_message.text().startswith("NO AUDIO DEVICE"))
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: view.device_message.text().startswith("No audio device"))


# ---------------------------------------------------------------- with a pretend device
# Without a sound card, a QMediaPlayer "plays" silently on a clock (measured), so the
# transport can be tested for real in CI once the view believes a device exists.

@pytest.fixture
def device_view(qtbot, tasks, monkeypatch):
    from marika.gui import audio_player

    monkeypatch.setattr(audio_player, "audio_outputs", lambda: ["pretend"])
    return make_view(qtbot, tasks)


def test_play_pause_and_auto_rewind(qtbot, device_view, tmp_path):
    view = device_view
    show(qtbot, view, tmp_path, seconds=10)
    assert not view.device_message.isVisible() and view.play_button.isEnabled()
    assert key(view, Qt.Key.Key_Space, CTRL)
    qtbot.waitUntil(lambda: view.player.position() >= 2500, timeout=10_000)
    key(view, Qt.Key.Key_Space, CTRL)
    assert not view.player.is_playing()
    paused_at = view.player.position()
    view.rewind_spin.setValue(2)
    key(view, Qt.Key.Key_Space, CTRL)  # resume: starts 2 s earlier
    assert view.player.position() == pytest.approx(paused_at - 2000, abs=150)
    key(view, Qt.Key.Key_Space, CTRL)


def test_loop_a_selection(qtbot, device_view, tmp_path):
    view = device_view
    show(qtbot, view, tmp_path, seconds=10)
    view.waveform.set_selection((1000, 1600))
    assert key(view, Qt.Key.Key_L, CTRL)
    assert view.loop_button.isChecked()
    positions = []
    view.player.positionChanged.connect(positions.append)
    view.player.play()
    qtbot.wait(1800)
    view.player.pause()
    assert positions and max(positions) < 1800  # never ran past the span
    assert sum(1 for a, b in zip(positions, positions[1:], strict=False) if b < a) >= 1


def test_speed_reaches_the_player(qtbot, device_view, tmp_path):
    view = device_view
    show(qtbot, view, tmp_path)
    key(view, Qt.Key.Key_Up, CTRL)
    assert view.player._player.playbackRate() == pytest.approx(1.25)


def test_shift_enter_starts_a_new_line(qtbot, view, tmp_path):
    show(qtbot, view, tmp_path)
    view.editor.setFocus()
    qtbot.keyClicks(view.editor, "one")
    qtbot.keyClick(view.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(view.editor, "two")
    assert view.value()["transcript"] == "one\ntwo"
