"""Audio transcription inside the real app (no sound device, as in CI): type, insert a
timestamp, Enter saves; a truncated clip is skipped as unreadable."""

import pytest
from media.mediagen import sha256, sine_wav, truncate
from media.mediapack import build_office
from PySide6.QtCore import Qt

from gui.appdriver import log_in, on_db, press, start_app, type_text, wait_saved

pytestmark = pytest.mark.gui
K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def office(data_dir, tmp_path, monkeypatch):
    from marika.gui import audio_player

    monkeypatch.setattr(audio_player, "audio_outputs", lambda: [])
    good = sine_wav(tmp_path / "a.wav", seconds=8.0)
    whole = sine_wav(tmp_path / "b.wav", seconds=8.0, freq=220)
    cut = truncate(whole, tmp_path / "b-cut.wav", 0.5)
    media = [(good, sha256(good), 8000), (cut, None, 8000)]
    return data_dir, build_office(data_dir, "audio_transcription", media)


def test_transcribe_without_a_sound_device(qtbot, office):
    data_dir, package_pk = office
    window = start_app(qtbot, data_dir)
    log_in(qtbot, window)
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.card)
    qtbot.waitUntil(lambda: "Example Lab" in window.card.values["client"].text())
    press(qtbot, K.Key_Return)
    items = window.items
    qtbot.waitUntil(lambda: items.item is not None and items.item.ordinal == 0,
                    timeout=10_000)
    view = items.view
    assert type(view).__name__ == "AudioTranscriptionView"
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)
    assert view.device_message.isVisible()
    assert "No audio device found" in view.device_message.text()
    qtbot.waitUntil(view.editor.hasFocus)  # the transcript gets the focus
    press(qtbot, K.Key_Return)  # nothing typed yet: the hint speaks of typing, not choosing
    assert "Type what you hear first" in items.banner.text()
    assert items.item.ordinal == 0

    type_text(qtbot, "Salama ")
    press(qtbot, K.Key_Right, CTRL)  # forward 3 s, through the item screen
    press(qtbot, K.Key_T, CTRL)  # timestamp at the cursor
    type_text(qtbot, "tompoko")
    assert view.value()["transcript"] == "Salama [00:03.0] tompoko"
    press(qtbot, K.Key_Return)  # done, next

    qtbot.waitUntil(lambda: items.item is not None and items.item.ordinal == 1,
                    timeout=10_000)
    qtbot.waitUntil(view.is_unreadable, timeout=10_000)
    assert "cut short" in view.error_text()
    qtbot.waitUntil(items.banner.action_button.isVisible)
    items.banner.action_button.click()
    wait_saved(qtbot, window)

    ws = window.session

    def read():
        return [ws.annotation_for(ws.item_at(package_pk, n).item_pk) for n in range(2)]

    first, second = on_db(qtbot, window, read)
    assert first.status == "done"
    assert first.value == {"transcript": "Salama [00:03.0] tompoko", "segments": []}
    assert (second.status, second.skip_reason) == ("skipped", "unreadable")
