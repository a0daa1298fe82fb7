"""Playback for transcription: play/pause, jumps, speed, auto-rewind, looping a span.

Many office PCs (and CI) have no sound device. Then `QMediaDevices.audioOutputs()` is
empty, and a QMediaPlayer would "play" silently on a clock without any error: the
worker would think the clip is silent. So the device is checked explicitly, no player
is created without one, and `has_device()` lets the view say so plainly. The playhead
still exists without a device (clicking the waveform moves it), so timestamps and
segments work the same way.

A transcriber's foot pedal habit: on resume, playback starts a little earlier
(`auto_rewind_ms`), so the last words are heard again before typing on.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer

SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0)
JUMP_MS = 3_000
AUTO_REWIND_MS = 2_000


def audio_outputs() -> list:
    """The sound outputs of this PC (a function, so tests can pretend to have none or one)."""
    return list(QMediaDevices.audioOutputs())


class Player(QObject):
    positionChanged = Signal(int)  # noqa: N815 - milliseconds
    playingChanged = Signal(bool)  # noqa: N815
    deviceChanged = Signal(bool)  # noqa: N815 - True when a sound output exists
    failed = Signal(str)  # the backend could not play the file (its own message)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.jump_ms = JUMP_MS
        self.auto_rewind_ms = AUTO_REWIND_MS
        self._player: QMediaPlayer | None = None
        self._output: QAudioOutput | None = None
        self._source: Path | None = None
        self._duration = 0
        self._position = 0
        self._speed = 1.0
        self._paused_once = False
        self._loop = False
        self._span: tuple[int, int] | None = None
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._outputs_changed)
        self._has_device = bool(audio_outputs())

    # ---------------------------------------------------------------- device
    def has_device(self) -> bool:
        return self._has_device

    def _outputs_changed(self) -> None:
        had, self._has_device = self._has_device, bool(audio_outputs())
        if had == self._has_device:
            if self._output is not None:
                self._output.setDevice(QMediaDevices.defaultAudioOutput())
            return
        if not self._has_device:
            self.pause()
        elif self._source is not None:
            self._ensure_player()  # a headset was plugged in: playback works now
        self.deviceChanged.emit(self._has_device)

    def _ensure_player(self) -> QMediaPlayer | None:
        if self._player is None and self._has_device:
            self._output = QAudioOutput(self)
            self._player = QMediaPlayer(self)
            self._player.setAudioOutput(self._output)
            # Qt >= 6.10 with FFmpeg: slower or faster speech keeps its pitch.
            if hasattr(self._player, "setPitchCompensation"):
                self._player.setPitchCompensation(True)
            self._player.positionChanged.connect(self._player_position)
            self._player.playbackStateChanged.connect(
                lambda state: self.playingChanged.emit(
                    state == QMediaPlayer.PlaybackState.PlayingState))
            self._player.mediaStatusChanged.connect(self._status)
            self._player.errorOccurred.connect(
                lambda _error, text: self.failed.emit(text) if text else None)
            self._player.setPlaybackRate(self._speed)
            if self._source is not None:
                self._player.setSource(QUrl.fromLocalFile(str(self._source)))
                self._player.setPosition(self._position)
        return self._player

    # ---------------------------------------------------------------- source
    def set_source(self, path: Path | None, duration_ms: int = 0) -> None:
        self._source = Path(path) if path is not None else None
        self._duration = max(0, int(duration_ms))
        self._position = 0
        self._paused_once = False
        self._span = None
        if self._player is not None:
            self._player.stop()
            self._player.setSource(QUrl.fromLocalFile(str(path)) if path else QUrl())
        elif path is not None:
            self._ensure_player()
        self.positionChanged.emit(0)

    def release(self) -> None:
        """Stop and let the backend close the file (leaving the item)."""
        self.set_source(None)

    # ---------------------------------------------------------------- transport
    def is_playing(self) -> bool:
        return self._player is not None and \
            self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def play(self) -> None:
        player = self._ensure_player()
        if player is None or self._source is None:
            return
        if self._paused_once and self.auto_rewind_ms > 0:
            self.seek(self._position - self.auto_rewind_ms)
        if self._loop and self._span is not None:
            start, end = self._span
            if not start <= self._position < end:
                self.seek(start)
        player.play()

    def pause(self) -> None:
        if self.is_playing():
            self._player.pause()
            self._paused_once = True

    def toggle(self) -> None:
        if self.is_playing():
            self.pause()
        else:
            self.play()

    def position(self) -> int:
        return self._position

    def seek(self, ms: int) -> None:
        limit = self._duration or max(ms, 0)
        self._position = min(max(0, int(ms)), limit)
        if self._player is not None:
            self._player.setPosition(self._position)
        self.positionChanged.emit(self._position)

    def jump(self, delta_ms: int) -> None:
        self.seek(self._position + delta_ms)

    # ---------------------------------------------------------------- speed
    def speed(self) -> float:
        return self._speed

    def set_speed(self, speed: float) -> None:
        self._speed = min(max(float(speed), SPEEDS[0]), SPEEDS[-1])
        if self._player is not None:
            self._player.setPlaybackRate(self._speed)

    def faster(self) -> None:
        self.set_speed(next((s for s in SPEEDS if s > self._speed + 1e-6), SPEEDS[-1]))

    def slower(self) -> None:
        self.set_speed(next((s for s in reversed(SPEEDS) if s < self._speed - 1e-6),
                            SPEEDS[0]))

    # ---------------------------------------------------------------- loop
    def set_loop(self, on: bool, span: tuple[int, int] | None) -> None:
        """Loop `span` (or the whole clip when None) while `on`."""
        self._loop = bool(on)
        self._span = span

    def is_looping(self) -> bool:
        return self._loop

    def _player_position(self, ms: int) -> None:
        self._position = ms
        if self._loop and self.is_playing():
            start, end = self._span or (0, self._duration)
            if end > start and ms >= end:
                self.seek(start)
                return
        self.positionChanged.emit(ms)

    def _status(self, status) -> None:
        if status == QMediaPlayer.MediaStatus.EndOfMedia and self._loop:
            start = self._span[0] if self._span else 0
            self.seek(start)
            self._player.play()
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            self.failed.emit(self._player.errorString())
