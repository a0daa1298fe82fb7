"""The waveform of a clip: envelope, playhead, selectable span, and the segments.

The envelope (min/max per column) was computed on the I/O pool by
`marika.media.audio.read_audio`; here it is only folded to the pixel width on resize
(numpy on ~4,000 values) and drawn as one vertical line per pixel column. Nothing is
decoded on the GUI thread.

Mouse: a click moves the playhead (`seekRequested`); a drag selects a span
(`selectionChanged`), e.g. to loop it or to make a segment of it.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from marika.media.audio import fold_envelope

DRAG_THRESHOLD_PX = 4


class WaveformWidget(QWidget):
    seekRequested = Signal(int)  # noqa: N815 - milliseconds
    selectionChanged = Signal()  # noqa: N815 - read selection()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(70)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self._mins = np.zeros(0, np.float32)
        self._maxs = np.zeros(0, np.float32)
        self._duration = 0
        self._position = 0
        self._selection: tuple[int, int] | None = None
        self._segments: list[tuple[int, int]] = []
        self._current_segment: int | None = None
        self._lines: list[QLineF] = []
        self._press_x: float | None = None
        self._dragging = False

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(600, 120)

    # ---------------------------------------------------------------- content
    def set_clip(self, mins: np.ndarray, maxs: np.ndarray, duration_ms: int) -> None:
        self._mins, self._maxs = mins, maxs
        self._duration = max(0, int(duration_ms))
        self._position = 0
        self._selection = None
        self._rebuild()
        self.update()

    def clear(self) -> None:
        self.set_clip(np.zeros(0, np.float32), np.zeros(0, np.float32), 0)
        self._segments, self._current_segment = [], None

    def duration(self) -> int:
        return self._duration

    def has_clip(self) -> bool:
        return self._duration > 0

    def set_position(self, ms: int) -> None:
        ms = min(max(0, int(ms)), self._duration)
        if ms != self._position:
            old_x, self._position = self._x(self._position), ms
            new_x = self._x(ms)
            # Repaint only the strip between the old and new playhead: cheap at 20 Hz.
            left, right = min(old_x, new_x) - 2, max(old_x, new_x) + 2
            self.update(int(left), 0, int(right - left) + 1, self.height())

    def position(self) -> int:
        return self._position

    def selection(self) -> tuple[int, int] | None:
        return self._selection

    def set_selection(self, span: tuple[int, int] | None) -> None:
        if span is not None:
            start, end = sorted((int(span[0]), int(span[1])))
            start, end = max(0, start), min(self._duration, end)
            span = (start, end) if end > start else None
        if span != self._selection:
            self._selection = span
            self.update()
            self.selectionChanged.emit()

    def set_segments(self, spans: list[tuple[int, int]], current: int | None) -> None:
        self._segments, self._current_segment = list(spans), current
        self.update()

    # ---------------------------------------------------------------- geometry
    def _x(self, ms: int) -> float:
        return ms * self.width() / self._duration if self._duration else 0.0

    def ms_at(self, x: float) -> int:
        if not self._duration or self.width() <= 0:
            return 0
        return int(min(max(0.0, x), self.width()) * self._duration / self.width())

    def _rebuild(self) -> None:
        """Fold the envelope to the pixel width and keep the lines for painting."""
        width, height = self.width(), self.height()
        mins, maxs = fold_envelope(self._mins, self._maxs, width)
        if len(mins) == 0:
            self._lines = []
            return
        mid, half = height / 2, height / 2 - 2
        step = width / len(mins)  # 1 px per column, wider for very short clips
        xs = (np.arange(len(mins)) + 0.5) * step
        tops = mid - np.clip(maxs, -1, 1) * half
        bottoms = mid - np.clip(mins, -1, 1) * half
        bottoms = np.maximum(bottoms, tops + 1)  # silence still shows as a thin line
        self._lines = [QLineF(x, t, x, b) for x, t, b in zip(xs.tolist(), tops.tolist(),
                                                             bottoms.tolist(), strict=True)]

    # ---------------------------------------------------------------- painting
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setClipRect(event.rect())
        pal = self.palette()
        height = self.height()
        for n, (start, end) in enumerate(self._segments):
            colour = pal.color(QPalette.ColorRole.AlternateBase)
            if n == self._current_segment:
                colour = QColor(pal.color(QPalette.ColorRole.Highlight))
                colour.setAlpha(50)
            painter.fillRect(QRectF(self._x(start), 0, self._x(end) - self._x(start), height),
                             colour)
        if self._selection is not None:
            colour = QColor(pal.color(QPalette.ColorRole.Highlight))
            colour.setAlpha(90)
            start, end = self._selection
            painter.fillRect(QRectF(self._x(start), 0, self._x(end) - self._x(start), height),
                             colour)
        played_x = self._x(self._position)
        if self._lines:
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
            painter.drawLines(self._lines)
            # The part already heard, in the text colour: the worker sees where they are.
            painter.save()
            painter.setClipRect(QRectF(0, 0, played_x, height), Qt.ClipOperation.IntersectClip)
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Text), 1))
            painter.drawLines(self._lines)
            painter.restore()
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2))
        painter.drawLine(QPointF(played_x, 0), QPointF(played_x, height))
        painter.end()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._rebuild()

    # ---------------------------------------------------------------- mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self._duration:
            self._press_x = event.position().x()
            self._dragging = False
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._press_x is None:
            return
        x = event.position().x()
        if self._dragging or abs(x - self._press_x) >= DRAG_THRESHOLD_PX:
            self._dragging = True
            self.set_selection((self.ms_at(self._press_x), self.ms_at(x)))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._press_x is None:
            return
        if not self._dragging:
            self.set_selection(None)  # a plain click drops the selection and seeks
            self.seekRequested.emit(self.ms_at(event.position().x()))
        self._press_x = None
        self._dragging = False
        event.accept()
