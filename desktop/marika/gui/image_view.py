"""Image tagging: see the image, zoom and pan, toggle labels with the number keys.

The image is decoded on the I/O pool (`gui.prefetch.ImageLoader`), never on the GUI
thread, to the size the canvas shows it at when fitted (at most the screen's size), so
painting it is a copy, not a resize; the item screen may hand over the next items with
`prefetch(items)` so they are decoded while the worker looks at this one. When the
worker zooms in past the decoded resolution, a sharper decode of the same file (at most
`DETAIL_MAX_SIDE` pixels, not cached) replaces it in place.

A file that cannot be decoded (missing, cut short, damaged, too large, bad hash) shows
the "media unreadable" panel and emits `mediaUnreadable`; nothing else stops.
"""

from __future__ import annotations

from PySide6.QtCore import QMetaMethod, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QImage, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from . import fmt
from .image_canvas import PAN_STEP_PX, ZOOM_STEP, ImageCanvas
from .label_choice import LabelChoiceView
from .media_widgets import UnreadablePanel
from .prefetch import ImageLoader, ImageRequest, original_size

#: a sharper decode while zoomed stops here: 3072x2048 is 24 MB as RGB32
DETAIL_MAX_SIDE = 3072
DETAIL_DELAY_MS = 200
#: decode box when no screen is known (the target PCs' screen)
DEFAULT_BOX = (1366, 768)

_PAGE_IMAGE, _PAGE_LOADING, _PAGE_UNREADABLE = range(3)


def screen_box() -> tuple[int, int]:
    """Decode images to the screen's size in device pixels: what the fit can show."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return DEFAULT_BOX
    size: QSize = screen.size() * screen.devicePixelRatio()
    return max(size.width(), 320), max(size.height(), 240)


class ImageTagView(LabelChoiceView):
    kind = "image_tag"

    #: the worker asked to skip this item; the argument is the skip reason ("unreadable").
    #: Optional for the item screen: unconnected, the panel's button re-emits
    #: `mediaUnreadable`, whose banner carries the screen's own skip action.
    skipRequested = Signal(str)  # noqa: N815 - Qt naming

    def __init__(self, parent: QWidget | None = None, *, loader: ImageLoader | None = None,
                 box: tuple[int, int] | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.loader = loader if loader is not None else ImageLoader(parent=self)
        self.box = box or screen_box()
        self.canvas = ImageCanvas(self)
        self.canvas.zoomChanged.connect(self._zoom_changed)
        self.loading = QLabel(self)
        self.loading.setTextFormat(Qt.TextFormat.PlainText)
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unreadable = UnreadablePanel(self)
        self.unreadable.skipRequested.connect(self._skip_clicked)
        self.stack = QStackedWidget(self)
        for page in (self.canvas, self.loading, self.unreadable):
            self.stack.addWidget(page)

        self.zoom_in_button = self._tool_button(lambda: self.canvas.zoom_by(ZOOM_STEP))
        self.zoom_out_button = self._tool_button(lambda: self.canvas.zoom_by(1 / ZOOM_STEP))
        self.fit_button = self._tool_button(self.canvas.fit)
        self.zoom_label = QLabel(self)
        self.zoom_label.setTextFormat(Qt.TextFormat.PlainText)
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            tools.addWidget(widget)
        tools.addWidget(self.zoom_label)
        tools.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addLayout(tools)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons_box)

        self._item = None
        self._request: ImageRequest | None = None
        self._shown_box: tuple[int, int] | None = None  # the largest canvas seen
        self._loading = False  # the item's image is being decoded
        self._error = ""
        self._exc = None
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self._sharpen)
        self.retranslate()

    # ---------------------------------------------------------------- protocol
    def show_item(self, item, value: dict | None, manifest) -> None:
        self.take_labels(manifest)
        self._item = item
        self._error = ""
        self._exc = None
        self.set_value(value or {})
        self.loader.tasks = self.tasks
        self.retranslate()  # before the size is taken: the hint's lines take room
        self._request = ImageRequest.for_item(item, self.decode_box())
        if self._request is None:
            self.canvas.set_image(None)
            self._failed(item.item_pk, None)
            return
        if not self.loader.is_cached(self._request):
            # "Loading" is drawn on the canvas itself: a flip to the loading page and
            # back relaid out the whole screen twice per item (3.6 ms of the GUI thread).
            self._loading = True
            self.canvas.set_image(None)
            if self.stack.currentIndex() != _PAGE_IMAGE:
                self.stack.setCurrentIndex(_PAGE_IMAGE)
            self._enable_buttons()
        item_pk = item.item_pk
        self.loader.load(self._request, lambda image: self._decoded(item_pk, image),
                         lambda exc: self._failed(item_pk, exc))

    def handle_key(self, event: QKeyEvent) -> bool:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods & ~Qt.KeyboardModifier.ShiftModifier:
            return False  # Ctrl/Alt combinations belong to the item screen
        if self.press_label_key(event):
            return True
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.canvas.zoom_by(ZOOM_STEP)
            return True
        if key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.canvas.zoom_by(1 / ZOOM_STEP)
            return True
        if key in (Qt.Key.Key_0, Qt.Key.Key_F):
            self.canvas.fit()
            return True
        pans = {Qt.Key.Key_Left: (-PAN_STEP_PX, 0), Qt.Key.Key_Right: (PAN_STEP_PX, 0),
                Qt.Key.Key_Up: (0, -PAN_STEP_PX), Qt.Key.Key_Down: (0, PAN_STEP_PX)}
        if key in pans and self.canvas.is_zoomed():
            self.canvas.pan_by(*pans[key])
            return True
        return False

    def shortcuts(self) -> list[tuple[str, str]]:
        return [*self.label_shortcuts(),
                ("+", self.tr("Zoom in")), ("-", self.tr("Zoom out")),
                ("0 / F", self.tr("Fit the image to the window")),
                ("← → ↑ ↓", self.tr("Move around a zoomed image")),
                (self.tr("Ctrl+wheel"), self.tr("Zoom at the mouse pointer"))]

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.unreadable.set_read_only(read_only)

    def labels_enabled(self) -> bool:
        return super().labels_enabled() and not self.is_unreadable()  # nothing to tag

    def clear(self) -> None:
        self._detail_timer.stop()
        self.loader.cancel_all()
        self.loader.cache.clear()  # leaving the screen: give the memory back
        self._item = None
        self._request = None
        self._loading = False
        self.canvas.set_image(None)
        self.stack.setCurrentIndex(_PAGE_LOADING)

    def retranslate(self) -> None:
        self.retranslate_hint()
        self.loading.setText(self.tr("Loading the image…"))
        self.canvas.set_placeholder(self.loading.text())
        self.zoom_in_button.setText(self.tr("Zoom in (+)"))
        self.zoom_out_button.setText(self.tr("Zoom out (-)"))
        self.fit_button.setText(self.tr("Fit (0 or F)"))
        self.canvas.setAccessibleName(self.tr("Image to tag"))
        self._update_zoom_label()
        if self.is_unreadable():
            self._error = self._error_sentence()  # in the new language
            self.unreadable.set_reason(self._error)

    # ---------------------------------------------------------------- extras for the screen
    def prefetch(self, items) -> None:
        """Decode the next items (nearest first) ahead; the item screen calls this."""
        self.loader.tasks = self.tasks
        if self.tasks is None:
            return
        box = self.decode_box()
        self.loader.prefetch([ImageRequest.for_item(item, box) for item in items])

    def decode_box(self) -> tuple[int, int]:
        """What images are decoded to fit: the canvas in device pixels once it has been
        painted (laid out for real), the largest it has been (a banner that shrinks it
        a moment does not change the size cached; an image larger than the canvas is
        drawn scaled, a smaller one is decoded again), never more than the screen."""
        if self.canvas.painted():
            ratio = self.canvas.devicePixelRatioF()
            size = self.canvas.size()
            seen = (min(self.box[0], round(size.width() * ratio)),
                    min(self.box[1], round(size.height() * ratio)))
            old = self._shown_box
            self._shown_box = seen if old is None else (max(old[0], seen[0]),
                                                        max(old[1], seen[1]))
        return self._shown_box or self.box

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        image = self.canvas.image()
        if not self.canvas.painted() or self._request is None or self._item is None \
                or image is None or not self.canvas.is_fitted():
            return
        box = self.decode_box()
        target = self.canvas.target_rect()
        if target.width() > image.width() + 1 and target.height() > image.height() + 1 \
                and (self._request.width, self._request.height) != box:
            # The canvas grew past what was decoded (a larger window, F1): decode the
            # image on screen again for it, keeping the smaller one until then.
            request = ImageRequest.for_item(self._item, box)
            item_pk = self._item.item_pk
            self._request = request

            def done(image: QImage) -> None:
                if self._item is not None and self._item.item_pk == item_pk \
                        and self._request == request:
                    self.canvas.replace_image(image)

            self.loader.load(request, done, lambda exc: None)

    def is_loading(self) -> bool:
        return self._item is not None and (
            self._loading or self.stack.currentIndex() == _PAGE_LOADING)

    def is_unreadable(self) -> bool:
        return self.stack.currentIndex() == _PAGE_UNREADABLE

    def error_text(self) -> str:
        return self._error

    # ---------------------------------------------------------------- decoding results
    def _decoded(self, item_pk: int, image: QImage) -> None:
        if self._item is None or item_pk != self._item.item_pk:
            return  # the worker has moved on
        self._loading = False
        self.canvas.set_image(image, original_size(image))
        self.stack.setCurrentIndex(_PAGE_IMAGE)
        self._enable_buttons()

    def _failed(self, item_pk: int, exc: BaseException | None) -> None:
        if self._item is None or item_pk != self._item.item_pk:
            return
        self._loading = False
        self._exc = exc
        self._error = self._error_sentence()
        self.unreadable.set_reason(self._error)
        self.stack.setCurrentIndex(_PAGE_UNREADABLE)
        self._enable_buttons()
        self.mediaUnreadable.emit(self._error)

    def _error_sentence(self) -> str:
        if self._exc is not None:
            return fmt.error_text(self._exc)
        return self.tr("This item has no image file.")

    def _skip_clicked(self, reason: str) -> None:
        if self.isSignalConnected(QMetaMethod.fromSignal(self.skipRequested)):
            self.skipRequested.emit(reason)
        else:
            # The item screen skips from its banner: raise the banner again.
            self.mediaUnreadable.emit(self._error)

    def _zoom_changed(self) -> None:
        self._update_zoom_label()
        if self.canvas.is_zoomed():
            self._detail_timer.start()

    def _sharpen(self) -> None:
        """Zoomed past the decoded resolution: decode the same file larger, once."""
        image, request = self.canvas.image(), self._request
        if image is None or request is None or not self.canvas.is_zoomed():
            return
        full = self.canvas.original_size()
        wanted = min(full.width() * self.canvas.scale(), full.width(), DETAIL_MAX_SIDE)
        if wanted < image.width() * 1.2:
            return  # what we have is sharp enough
        ratio = wanted / full.width()
        box = (max(1, round(full.width() * ratio)), max(1, round(full.height() * ratio)))
        if max(box) > DETAIL_MAX_SIDE:
            shrink = DETAIL_MAX_SIDE / max(box)
            box = (max(1, int(box[0] * shrink)), max(1, int(box[1] * shrink)))
        detail = ImageRequest(request.path, request.sha256, box[0], box[1])
        item_pk = self._item.item_pk

        def done(sharp: QImage) -> None:
            if self._item is not None and self._item.item_pk == item_pk \
                    and sharp.width() > (self.canvas.image() or image).width():
                self.canvas.replace_image(sharp)

        self.loader.load(detail, done, lambda exc: None, cache=False)

    # ---------------------------------------------------------------- tools
    def _tool_button(self, slot) -> QPushButton:
        button = QPushButton(self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        return button

    def _update_zoom_label(self) -> None:
        if self.canvas.image() is None:
            if not self._loading:  # while the next image decodes the last zoom stays:
                self.zoom_label.setText("")  # a new text relays the whole screen out
            return
        percent = round(self.canvas.scale() * 100)
        self.zoom_label.setText(self.tr("Zoom: %1 %").replace("%1", str(percent)))
