"""The image surface of the tagging view: fit, zoom around a point, pan.

Geometry is kept in *original* image pixels (the image was decoded smaller, to the
screen), so swapping in a sharper decode while zoomed keeps the same view. `scale` is
screen pixels per original pixel; `center` is the original-pixel point at the middle
of the widget. Painting only draws the decoded QImage into a rectangle: no decoding and
no resizing of pixel data on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QPalette, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

ZOOM_STEP = 1.25
#: zooming in stops at this many screen pixels per original pixel
MAX_PIXEL_ZOOM = 8.0
PAN_STEP_PX = 80


class ImageCanvas(QWidget):
    zoomChanged = Signal()  # noqa: N815 - Qt naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 150)
        self.setBackgroundRole(QPalette.ColorRole.Dark)
        self.setAutoFillBackground(True)
        self._image: QImage | None = None
        self._original = QSize(0, 0)
        self._fit = True
        self._scale = 1.0
        self._center = QPointF(0, 0)
        self._drag_from: QPointF | None = None
        self._painted = False
        self._placeholder = ""  # shown while there is no image (gui/image_view.py)

    # ---------------------------------------------------------------- content
    def set_image(self, image: QImage | None, original: tuple[int, int] | None = None) -> None:
        """Show a new image, fitted to the widget."""
        self._image = image
        if image is None:
            self._original = QSize(0, 0)
        else:
            w, h = original or (image.width(), image.height())
            self._original = QSize(w, h)
        self.fit()

    def replace_image(self, image: QImage) -> None:
        """A sharper decode of the same image: keep zoom and position."""
        self._image = image
        self.update()

    def image(self) -> QImage | None:
        return self._image

    def original_size(self) -> QSize:
        return self._original

    def set_placeholder(self, text: str) -> None:
        """Plain text in the middle of the canvas while it has no image ("Loading...")."""
        if text != self._placeholder:
            self._placeholder = text
            if self._image is None:
                self.update()

    def painted(self) -> bool:
        """An image was painted: the canvas has its real size (gui/image_view.py)."""
        return self._painted

    # ---------------------------------------------------------------- geometry
    def fit_scale(self) -> float:
        if self._original.isEmpty():
            return 1.0
        return min(self.width() / self._original.width(),
                   self.height() / self._original.height())

    def scale(self) -> float:
        return self.fit_scale() if self._fit else self._scale

    def is_fitted(self) -> bool:
        return self._fit

    def is_zoomed(self) -> bool:
        """Zoomed in past the fit: the arrows and dragging pan."""
        return not self._fit and self._scale > self.fit_scale() * 1.001

    def center(self) -> QPointF:
        if self._fit:
            return QPointF(self._original.width() / 2, self._original.height() / 2)
        return QPointF(self._center)

    def fit(self) -> None:
        self._fit = True
        self._center = QPointF(self._original.width() / 2, self._original.height() / 2)
        self.update()
        self.zoomChanged.emit()

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom keeping the original-pixel point under `anchor` (widget coords) in place."""
        if self._image is None:
            return
        old = self.scale()
        fit = self.fit_scale()
        new = min(max(old * factor, fit), max(fit, MAX_PIXEL_ZOOM))
        if abs(new - fit) < 1e-6 and factor < 1:
            self.fit()
            return
        anchor = anchor if anchor is not None else QPointF(self.width() / 2, self.height() / 2)
        point = self.to_image(anchor)
        self._fit = False
        self._scale = new
        # Keep `point` under `anchor`: solve anchor = mid + (point - center) * new.
        mid = QPointF(self.width() / 2, self.height() / 2)
        self._center = point - (anchor - mid) / new
        self._clamp()
        self.update()
        self.zoomChanged.emit()

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the view by (dx, dy) screen pixels (positive: see more to the right/below)."""
        if not self.is_zoomed():
            return
        self._center += QPointF(dx, dy) / self._scale
        self._clamp()
        self.update()

    def to_image(self, point: QPointF) -> QPointF:
        mid = QPointF(self.width() / 2, self.height() / 2)
        return self.center() + (point - mid) / self.scale()

    def target_rect(self) -> QRectF:
        """Where the whole image lands on the widget."""
        s = self.scale()
        c = self.center()
        return QRectF(self.width() / 2 - c.x() * s, self.height() / 2 - c.y() * s,
                      self._original.width() * s, self._original.height() * s)

    def _clamp(self) -> None:
        """Never pan the image out of sight: its edge stops at the widget's middle."""
        w, h = self._original.width(), self._original.height()
        half_w = self.width() / 2 / self._scale
        half_h = self.height() / 2 / self._scale
        x = self._center.x()
        y = self._center.y()
        x = w / 2 if w <= 2 * half_w else min(max(x, half_w), w - half_w)
        y = h / 2 if h <= 2 * half_h else min(max(y, half_h), h - half_h)
        self._center = QPointF(x, y)

    # ---------------------------------------------------------------- Qt events
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        del event
        if self._image is None or self._image.isNull():
            if self._placeholder:
                painter = QPainter(self)
                painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
                painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._placeholder)
                painter.end()
            return
        self._painted = True
        painter = QPainter(self)
        target = self.target_rect()
        image = self._image
        ratio = image.devicePixelRatio()
        if abs(target.width() * ratio - image.width()) <= 1 \
                and abs(target.height() * ratio - image.height()) <= 1:
            # Decoded to this size (gui/image_view.py): a copy, no resize on every paint.
            painter.drawImage(QPoint(round(target.left()), round(target.top())), image)
        else:
            # Smooth when shrinking or mildly enlarging; crisp pixels when zoomed far in.
            decoded_per_screen = image.width() / max(1.0, target.width())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform,
                                  decoded_per_screen > 0.25)
            painter.drawImage(target, image, QRectF(image.rect()))
        painter.end()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if not self._fit:
            self._scale = max(self._scale, self.fit_scale())
            self._clamp()
        # A fitted scale depends on our size: the first image is set while this page is
        # still hidden at its old size, so tell the zoom label once the real size is known.
        self.zoomChanged.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(ZOOM_STEP ** steps, event.position())
            event.accept()
            return
        if self.is_zoomed():
            self.pan_by(-event.angleDelta().x(), -event.angleDelta().y())
            event.accept()
            return
        event.ignore()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self.is_zoomed():
            self._drag_from = event.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._drag_from is not None:
            delta = event.position() - self._drag_from
            self._drag_from = event.position()
            self.pan_by(-delta.x(), -delta.y())  # the image follows the hand
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._drag_from is not None:
            self._drag_from = None
            self.unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        # Double-click toggles between the fit and a close look at that point.
        if self.is_zoomed():
            self.fit()
        else:
            self.zoom_by(2.0, event.position())
        event.accept()
