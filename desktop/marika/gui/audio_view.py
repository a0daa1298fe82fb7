"""Audio transcription: waveform, playback made for typing, timestamps, segments.

The clip is verified and its envelope computed on the I/O pool
(`marika.media.audio.read_audio`: SHA-256, full decode, length against the manifest);
only then is it given to the player. Every key works while typing in the transcript
(they all use Ctrl, and none is one the item screen reserves), and each button shows
its key. Without a sound device the view says so and everything but listening works.

With `segments: true` in the manifest, the worker cuts the clip into segments (select a
span on the waveform, or press Ctrl+N at the end of a phrase) and types each one's
text; otherwise there is one transcript.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMetaMethod, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from . import fmt, style
from .audio_player import Player
from .kind_view import KindView
from .media_widgets import UnreadablePanel
from .waveform import WaveformWidget

ACTIVITY_EVERY_MS = 5_000
_PAGE_WAVE, _PAGE_LOADING, _PAGE_UNREADABLE = range(3)
CTRL = Qt.KeyboardModifier.ControlModifier


def clock(ms: int) -> str:
    """00:07.3 or 1:02:07.3: minutes and seconds with tenths, as transcribers write them."""
    tenths = max(0, int(ms)) // 100
    seconds, tenth = divmod(tenths, 10)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{seconds:02d}.{tenth}"
    return f"{minutes:02d}:{seconds:02d}.{tenth}"


def wants_segments(manifest) -> bool:
    value = manifest.get("segments") if isinstance(manifest, dict) else \
        getattr(manifest, "segments", False)
    return bool(value)


def load_clip(item):
    """The worker function: all the media checks, then the envelope (no widgets here)."""
    from marika.media.audio import read_audio_cached

    # Checked and decoded once per file; back to it, the envelope comes from the cache.
    return read_audio_cached(item.media_path, sha256=item.sha256,
                             duration_ms=item.duration_ms)


class TranscriptEdit(QPlainTextEdit):
    """The transcript: Enter stays the app's "done, next"; Shift+Enter starts a new line.

    A QPlainTextEdit claims Enter before any shortcut sees it (ShortcutOverride), which
    would make Enter behave differently here than on every other task screen.
    """

    _ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in self._ENTER \
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            event.ignore()  # let the item screen's Enter / Ctrl+Enter action have it
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in self._ENTER and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.insertPlainText("\n")  # a real newline, not Qt's line separator
            return
        super().keyPressEvent(event)


class AudioTranscriptionView(KindView):
    kind = "audio_transcription"

    #: the worker asked to skip this item; the argument is the skip reason ("unreadable")
    skipRequested = Signal(str)  # noqa: N815 - Qt naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = Player(self)
        self.player.positionChanged.connect(self._position_changed)
        self.player.deviceChanged.connect(lambda _has: self._update_device())
        self.player.playingChanged.connect(lambda _on: self._update_controls())
        self.player.failed.connect(self._playback_failed)

        self.device_message = QLabel(self)
        self.device_message.setTextFormat(Qt.TextFormat.PlainText)
        self.device_message.setWordWrap(True)
        self.device_message.setObjectName("noAudioDevice")
        bold = QFont()  # only the weight: the size keeps following Ctrl+=
        bold.setBold(True)
        self.device_message.setFont(bold)
        style.set_colors(self.device_message, fg=style.NOTICE_FG, bg=style.NOTICE_BG)
        self.device_message.setMargin(6)
        self.waveform = WaveformWidget(self)
        self.waveform.seekRequested.connect(self.player.seek)
        self.waveform.selectionChanged.connect(self._selection_changed)
        self.loading = QLabel(self)
        self.loading.setTextFormat(Qt.TextFormat.PlainText)
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unreadable = UnreadablePanel(self)
        self.unreadable.skipRequested.connect(self._skip_clicked)
        self.stack = QStackedWidget(self)
        for page in (self.waveform, self.loading, self.unreadable):
            self.stack.addWidget(page)
        self.time_label = QLabel(self)
        self.time_label.setTextFormat(Qt.TextFormat.PlainText)

        self.play_button = self._button(self.player.toggle)
        self.back_button = self._button(lambda: self.player.jump(-self.player.jump_ms))
        self.forward_button = self._button(lambda: self.player.jump(self.player.jump_ms))
        self.slower_button = self._button(self._slower)
        self.faster_button = self._button(self._faster)
        self.speed_label = QLabel(self)
        self.loop_button = self._button(self._toggle_loop)
        self.loop_button.setCheckable(True)
        self.stamp_button = self._button(self.insert_timestamp)
        self.segment_button = self._button(self.new_segment)
        self.delete_segment_button = self._button(self.delete_segment)
        self.rewind_label = QLabel(self)
        self.rewind_spin = QSpinBox(self)
        self.rewind_spin.setRange(0, 10)
        self.rewind_spin.setValue(self.player.auto_rewind_ms // 1000)
        self.rewind_spin.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.rewind_spin.valueChanged.connect(
            lambda s: setattr(self.player, "auto_rewind_ms", s * 1000))
        self.rewind_label.setBuddy(self.rewind_spin)

        self.editor = TranscriptEdit(self)
        self.editor.setObjectName("transcript")
        self.editor.setTabChangesFocus(True)
        self.editor.textChanged.connect(self._text_changed)
        self.segment_list = QListWidget(self)
        self.segment_list.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.segment_list.currentRowChanged.connect(self._segment_chosen)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.segment_list)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(1, 3)
        self._layout()

        self._item = None
        self._clip = None
        self._error = ""
        self._exc = None
        self._segments_mode = False
        self._segments: list[dict] = []
        self._current: int | None = None
        self._transcript = ""
        self._quiet = False  # set while the view, not the worker, changes the text
        self._last_activity = 0
        self._update_device()
        self._show_mode()
        self.retranslate()

    def _layout(self) -> None:
        # Three short rows rather than two long ones: the view gets about 900 px at
        # 1366x768, and the worker may enlarge the font.
        rows = []
        for widgets in ((self.play_button, self.back_button, self.forward_button, None,
                         self.time_label),
                        (self.slower_button, self.speed_label, self.faster_button,
                         self.loop_button, None),
                        (self.stamp_button, self.segment_button, self.delete_segment_button,
                         None, self.rewind_label, self.rewind_spin)):
            row = QHBoxLayout()
            for widget in widgets:
                if widget is None:
                    row.addStretch(1)
                else:
                    row.addWidget(widget)
            rows.append(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.device_message)
        layout.addWidget(self.stack, 2)
        for row in rows:
            layout.addLayout(row)
        layout.addWidget(self.splitter, 3)

    # ---------------------------------------------------------------- protocol
    def show_item(self, item, value: dict | None, manifest) -> None:
        self._item = item
        self._clip = None
        self._error = ""
        self._exc = None
        item_pk = item.item_pk
        clip = None
        if item.media_path is not None:
            from marika.media.audio import cached_clip

            clip = cached_clip(item.media_path, sha256=item.sha256,
                               duration_ms=item.duration_ms)
            if clip is None:
                # Sent before the widgets below are redone, so the worker reads and
                # decodes meanwhile; its answer is delivered by this thread's event
                # loop, so never before show_item returns.
                self.tasks.run_io(lambda: load_clip(item), owner=self,
                                  on_done=lambda clip: self._loaded(item_pk, clip),
                                  on_error=lambda exc: self._failed(item_pk, exc))
        self.player.release()
        self.waveform.clear()
        self._segments_mode = wants_segments(manifest)
        self._show_mode()
        self.set_value(value or {})
        self.retranslate()
        if item.media_path is None:
            self._failed(item_pk, None)
        elif clip is not None:  # checked and decoded before: no worker, no loading page
            self._loaded(item_pk, clip)
        else:
            self.stack.setCurrentIndex(_PAGE_LOADING)

    def value(self) -> dict:
        if not self._segments_mode:
            return {"transcript": self._transcript, "segments": []}
        segments = [dict(s) for s in self._segments]
        return {"transcript": "\n".join(s["text"] for s in segments if s["text"]),
                "segments": segments}

    def set_value(self, value: dict) -> None:
        self._transcript = str(value.get("transcript", ""))
        self._segments = sorted(
            ({"start_ms": int(s["start_ms"]), "end_ms": int(s["end_ms"]),
              "text": str(s.get("text", ""))} for s in value.get("segments", []) or []),
            key=lambda s: (s["start_ms"], s["end_ms"]))
        if self._current is not None and self._current >= len(self._segments):
            self._current = len(self._segments) - 1 if self._segments else None
        self._refresh_segments()
        self._load_editor()

    def handle_key(self, event: QKeyEvent) -> bool:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if mods == CTRL:
            actions = {
                Qt.Key.Key_Space: self.player.toggle,
                Qt.Key.Key_Left: lambda: self.player.jump(-self.player.jump_ms),
                Qt.Key.Key_Right: lambda: self.player.jump(self.player.jump_ms),
                Qt.Key.Key_Up: self._faster,
                Qt.Key.Key_Down: self._slower,
                Qt.Key.Key_L: self._toggle_loop_key,
                Qt.Key.Key_T: self.insert_timestamp,
                Qt.Key.Key_N: self.new_segment,
            }
            action = actions.get(key)
            if action is not None:
                action()
                return True
            return False
        # Plain Space plays only when the worker is not typing.
        if mods == Qt.KeyboardModifier.NoModifier and key == Qt.Key.Key_Space \
                and not self.editor.hasFocus():
            self.player.toggle()
            return True
        return False

    def shortcuts(self) -> list[tuple[str, str]]:
        keys = [("Ctrl+Space", self.tr("Play or pause")),
                ("Ctrl+←", self.tr("Back %1 seconds").replace("%1", self._jump_s())),
                ("Ctrl+→", self.tr("Forward %1 seconds").replace("%1", self._jump_s())),
                ("Ctrl+↓ / Ctrl+↑", self.tr("Slower / faster")),
                ("Ctrl+L", self.tr("Loop the selected part")),
                ("Ctrl+T", self.tr("Insert the time at the cursor")),
                ("Shift+Enter", self.tr("New line in the transcript"))]
        if self._segments_mode:
            keys.append(("Ctrl+N", self.tr("New segment")))
        return keys

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.editor.setReadOnly(read_only)
        self.stamp_button.setEnabled(not read_only)
        self.segment_button.setEnabled(not read_only)
        self.delete_segment_button.setEnabled(not read_only and self._current is not None)
        self.unreadable.set_read_only(read_only)

    def clear(self) -> None:
        self.player.release()
        self.waveform.clear()
        self._item = None
        self._clip = None
        self.stack.setCurrentIndex(_PAGE_LOADING)

    def focus_target(self) -> QWidget:
        return self.editor

    def retranslate(self) -> None:
        self.device_message.setText(self.tr(
            "No audio device found: you can still see the waveform and type."))
        self.loading.setText(self.tr("Loading the recording…"))
        self.play_button.setText(self.tr("Play / pause (Ctrl+Space)"))
        self.back_button.setText(self.tr("Back %1 s (Ctrl+←)").replace("%1", self._jump_s()))
        self.forward_button.setText(
            self.tr("Forward %1 s (Ctrl+→)").replace("%1", self._jump_s()))
        self.slower_button.setText(self.tr("Slower (Ctrl+↓)"))
        self.faster_button.setText(self.tr("Faster (Ctrl+↑)"))
        self.loop_button.setText(self.tr("Loop selection (Ctrl+L)"))
        self.stamp_button.setText(self.tr("Insert time (Ctrl+T)"))
        self.segment_button.setText(self.tr("New segment (Ctrl+N)"))
        self.delete_segment_button.setText(self.tr("Delete segment"))
        self.rewind_label.setText(self.tr("Rewind on resume (seconds):"))
        self.waveform.setAccessibleName(self.tr("Waveform of the recording"))
        self.editor.setAccessibleName(self.tr("Transcript"))
        self._update_placeholder()
        self._update_speed()
        self._update_time()
        self._refresh_segments()
        if self.is_unreadable():
            self._error = self._error_sentence()  # in the new language
            self.unreadable.set_reason(self._error)

    # ---------------------------------------------------------------- extras
    def is_loading(self) -> bool:
        return self.stack.currentIndex() == _PAGE_LOADING and self._item is not None

    def is_unreadable(self) -> bool:
        return self.stack.currentIndex() == _PAGE_UNREADABLE

    def error_text(self) -> str:
        return self._error

    def insert_timestamp(self) -> None:
        """Write the playhead's time at the text cursor, e.g. "[00:07.3] "."""
        if self._read_only or (self._segments_mode and self._current is None):
            return
        self.editor.insertPlainText(f"[{clock(self.player.position())}] ")
        self.editor.setFocus()

    def new_segment(self) -> None:
        """A segment from the selection, or from the end of the last one to the playhead."""
        if self._read_only or not self._segments_mode or not self.waveform.has_clip():
            return
        span = self.waveform.selection()
        if span is None:
            before = [s["end_ms"] for s in self._segments
                      if s["end_ms"] <= self.player.position()]
            start = max(before, default=0)
            span = (start, self.player.position())
        if span[1] - span[0] < 100:
            return  # too short to hold a word: a slip of the key
        segment = {"start_ms": int(span[0]), "end_ms": int(span[1]), "text": ""}
        self._segments.append(segment)
        self._segments.sort(key=lambda s: (s["start_ms"], s["end_ms"]))
        self._current = self._segments.index(segment)
        self.waveform.set_selection(None)
        self._refresh_segments()
        self._load_editor()
        self.editor.setFocus()
        self.valueChanged.emit(self.value())

    def delete_segment(self) -> None:
        if self._read_only or self._current is None:
            return
        del self._segments[self._current]
        self._current = min(self._current, len(self._segments) - 1) if self._segments else None
        self._refresh_segments()
        self._load_editor()
        self.valueChanged.emit(self.value())

    # ---------------------------------------------------------------- loading results
    def _loaded(self, item_pk: int, clip) -> None:
        if self._item is None or item_pk != self._item.item_pk:
            return
        self._clip = clip
        self.waveform.set_clip(clip.mins, clip.maxs, clip.duration_ms)
        self._refresh_segments()
        self.stack.setCurrentIndex(_PAGE_WAVE)
        self.player.set_source(self._item.media_path, clip.duration_ms)
        self._update_time()

    def _failed(self, item_pk: int, exc: BaseException | None) -> None:
        if self._item is None or item_pk != self._item.item_pk:
            return
        self._exc = exc
        self._error = self._error_sentence()
        self.unreadable.set_reason(self._error)
        self.stack.setCurrentIndex(_PAGE_UNREADABLE)
        self.mediaUnreadable.emit(self._error)

    def _error_sentence(self) -> str:
        if self._exc is not None:
            return fmt.error_text(self._exc)
        return self.tr("This item has no recording.")

    def _skip_clicked(self, reason: str) -> None:
        if self.isSignalConnected(QMetaMethod.fromSignal(self.skipRequested)):
            self.skipRequested.emit(reason)
        else:
            self.mediaUnreadable.emit(self._error)  # the screen's banner offers the skip

    def _playback_failed(self, message: str) -> None:
        del message  # the backend's text is English-only; the sentence below is ours
        self.device_message.setText(self.tr(
            "This recording cannot be played on this computer: you can still see the "
            "waveform and type."))
        self.device_message.show()

    # ---------------------------------------------------------------- playback state
    def _position_changed(self, ms: int) -> None:
        self.waveform.set_position(ms)
        self._update_time()
        if self.player.is_playing() and abs(ms - self._last_activity) >= ACTIVITY_EVERY_MS:
            self._last_activity = ms
            self.activity.emit()  # listening counts as work time

    def _update_placeholder(self) -> None:
        if self._segments_mode and self._current is None:
            self.editor.setPlaceholderText(self.tr(
                "Select a part of the waveform, or play and press Ctrl+N at the end of a "
                "phrase, to start a segment."))
        else:
            self.editor.setPlaceholderText(self.tr("Type what you hear."))

    def _update_time(self) -> None:
        total = self.waveform.duration()
        self.time_label.setText(f"{clock(self.player.position())} / {clock(total)}")

    def _update_device(self) -> None:
        has = self.player.has_device()
        self.device_message.setVisible(not has)
        self._update_controls()

    def _update_controls(self) -> None:
        has = self.player.has_device()
        # Speed is a setting (Ctrl+Up/Down work too), so only playing needs the device.
        for button in (self.play_button, self.loop_button):
            button.setEnabled(has)

    def _faster(self) -> None:
        self.player.faster()
        self._update_speed()

    def _slower(self) -> None:
        self.player.slower()
        self._update_speed()

    def _update_speed(self) -> None:
        speed = fmt.number_locale().toString(self.player.speed(), "f", 2).rstrip("0").rstrip(".,")
        self.speed_label.setText(self.tr("Speed: %1×").replace("%1", speed))

    def _toggle_loop_key(self) -> None:
        self.loop_button.setChecked(not self.loop_button.isChecked())
        self._toggle_loop()

    def _toggle_loop(self) -> None:
        self.player.set_loop(self.loop_button.isChecked(), self.waveform.selection())

    def _selection_changed(self) -> None:
        self.player.set_loop(self.loop_button.isChecked(), self.waveform.selection())

    def _jump_s(self) -> str:
        return str(self.player.jump_ms // 1000)

    # ---------------------------------------------------------------- transcript
    def _show_mode(self) -> None:
        self.segment_list.setVisible(self._segments_mode)
        self.segment_button.setVisible(self._segments_mode)
        self.delete_segment_button.setVisible(self._segments_mode)

    def _load_editor(self) -> None:
        """Put the transcript (or the current segment's text) in the editor, quietly."""
        if self._segments_mode:
            text = self._segments[self._current]["text"] if self._current is not None else ""
            self.editor.setReadOnly(self._read_only or self._current is None)
        else:
            text = self._transcript
            self.editor.setReadOnly(self._read_only)
        self._update_placeholder()
        if self.editor.toPlainText() == text:
            return
        cursor_at = self.editor.textCursor().position()
        self._quiet = True
        try:
            self.editor.setPlainText(text)
        finally:
            self._quiet = False
        # Undo/redo replace the text: keep the cursor where the worker was typing.
        cursor = self.editor.textCursor()
        cursor.setPosition(min(cursor_at, len(text)))
        self.editor.setTextCursor(cursor)

    def _text_changed(self) -> None:
        if self._quiet or self._read_only:
            return
        text = self.editor.toPlainText()
        if self._segments_mode:
            if self._current is None:
                return
            self._segments[self._current]["text"] = text
            self._update_segment_row(self._current)
        else:
            self._transcript = text
        self.valueChanged.emit(self.value())

    def _refresh_segments(self) -> None:
        self.waveform.set_segments([(s["start_ms"], s["end_ms"]) for s in self._segments],
                                   self._current)
        self.segment_list.blockSignals(True)
        try:
            self.segment_list.clear()
            for n in range(len(self._segments)):
                self.segment_list.addItem("")
                self._update_segment_row(n)
            self.segment_list.setCurrentRow(-1 if self._current is None else self._current)
        finally:
            self.segment_list.blockSignals(False)
        self.delete_segment_button.setEnabled(not self._read_only and self._current is not None)

    def _update_segment_row(self, n: int) -> None:
        segment = self._segments[n]
        preview = segment["text"].strip().replace("\n", " ")[:40]
        row = self.tr("%1. %2 – %3").replace("%1", str(n + 1)).replace(
            "%2", clock(segment["start_ms"])).replace("%3", clock(segment["end_ms"]))
        self.segment_list.item(n).setText(f"{row}  {preview}" if preview else row)

    def _segment_chosen(self, row: int) -> None:
        self._current = row if 0 <= row < len(self._segments) else None
        if self._current is not None:
            segment = self._segments[self._current]
            self.player.seek(segment["start_ms"])
            self.waveform.set_selection((segment["start_ms"], segment["end_ms"]))
        self.waveform.set_segments([(s["start_ms"], s["end_ms"]) for s in self._segments],
                                   self._current)
        self.delete_segment_button.setEnabled(not self._read_only and self._current is not None)
        self._load_editor()

    def _button(self, slot) -> QPushButton:
        button = QPushButton(self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the transcript
        button.clicked.connect(slot)
        return button
