"""Text classification: read a text, choose one or several labels with number keys.

The task text is ALWAYS plain text (a read-only QPlainTextEdit): a package cannot draw
fake buttons or fake pay with markup. Qt lays out each paragraph in its own direction,
so right-to-left and mixed scripts read correctly, and RTL paragraphs end on the right.

Large texts never freeze the window: the file is read and cut into paragraphs of at most
`MAX_PARAGRAPH` characters on the I/O pool (Qt lays out a single 1 MB line in over a
minute, but 4,000-character paragraphs in milliseconds), then inserted `CHUNK` characters
per event-loop turn, with a progress line, so a 10 MB text appears in about a second and
keys keep working meanwhile.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from . import style
from .item_parts import HEADING_SCALE
from .label_choice import LabelChoiceView

MAX_PARAGRAPH = 4_000
CHUNK = 100_000
MAX_TEXT_BYTES = 64 * 1024 * 1024
TEXT_SCALE = style.BODY_TEXT
RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def prepare_text(text: str) -> str:
    """Break paragraphs longer than MAX_PARAGRAPH at a space (display only; pure Python)."""
    if len(text) <= MAX_PARAGRAPH and "\r" not in text:
        return text
    out = []
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        rest = paragraph
        while len(rest) > MAX_PARAGRAPH:
            cut = rest.rfind(" ", MAX_PARAGRAPH // 2, MAX_PARAGRAPH)
            cut = MAX_PARAGRAPH if cut <= 0 else cut + 1
            out.append(rest[:cut])
            rest = rest[cut:]
        out.append(rest)
    return "\n".join(out)


def read_text_file(path) -> str:
    with open(path, "rb") as fh:
        data = fh.read(MAX_TEXT_BYTES + 1)
    text = data[:MAX_TEXT_BYTES].decode("utf-8", errors="replace")
    return prepare_text(text.removeprefix("\ufeff"))


class TextClassificationView(LabelChoiceView):
    kind = "text_classification"
    even_label_columns = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.text.setUndoRedoEnabled(False)
        self.text.setObjectName("taskText")
        font = self.text.font()  # reading comfort: the task text a little larger than the UI
        font.setPointSizeF(font.pointSizeF() * TEXT_SCALE)
        self.text.setFont(font)
        self.text.setProperty(HEADING_SCALE, TEXT_SCALE)
        self.loading = QLabel(self)
        self.loading.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.loading)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons_box)
        self._item_pk: int | None = None
        self._pending = ""
        self._pos = 0
        self._feeder = QTimer(self)
        self._feeder.setInterval(0)
        self._feeder.timeout.connect(self._feed)
        self.retranslate()

    # ---------------------------------------------------------------- protocol
    def show_item(self, item, value: dict | None, manifest) -> None:
        self.take_labels(manifest)
        self._item_pk = item.item_pk
        self.set_value(value or {})
        self._start_text(item)
        self.retranslate()

    def handle_key(self, event: QKeyEvent) -> bool:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods != Qt.KeyboardModifier.NoModifier:
            return False
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            bar = self.text.verticalScrollBar()
            step = bar.singleStep() * 3
            bar.setValue(bar.value() + (step if key == Qt.Key.Key_Down else -step))
            return True
        return self.press_label_key(event)

    def shortcuts(self) -> list[tuple[str, str]]:
        return [*self.label_shortcuts(), ("↑ ↓", self.tr("Scroll the text"))]

    def clear(self) -> None:
        self._feeder.stop()
        self._pending = ""
        self._item_pk = None
        self.text.clear()

    def focus_target(self) -> QWidget:
        return self

    def retranslate(self) -> None:
        self.retranslate_hint()
        self.text.setAccessibleName(self.tr("Text to classify"))

    def is_loading(self) -> bool:
        return self._feeder.isActive() or self.loading.isVisible()

    # ---------------------------------------------------------------- text
    def _start_text(self, item) -> None:
        self._feeder.stop()
        self.text.clear()
        self._pending, self._pos = "", 0
        item_pk = item.item_pk
        if item.text is not None and len(item.text) <= CHUNK:
            text = prepare_text(item.text)
            self._set_alignment(bool(RTL.search(text)))
            self.text.setPlainText(text)
            self.loading.hide()
            return
        self.loading.setText(self.tr("Loading the text…"))
        self.loading.show()
        source = item.text
        path = item.text_path

        def load() -> tuple[str, bool]:
            text = prepare_text(source) if source is not None else read_text_file(path)
            return text, bool(RTL.search(text))

        self.tasks.run_io(load, owner=self, on_done=lambda text: self._loaded(item_pk, text),
                          on_error=lambda exc: self._load_failed(item_pk, exc))

    def _loaded(self, item_pk: int, result: tuple[str, bool]) -> None:
        if item_pk != self._item_pk:
            return  # the worker has moved on to another item
        text, has_rtl = result
        self._set_alignment(has_rtl)
        self._pending, self._pos = text, 0
        self._feeder.start()

    def _set_alignment(self, has_rtl: bool) -> None:
        """Right-to-left paragraphs end on the right.

        Each paragraph already takes its direction from its first strong letter, but
        QPlainTextEdit aligns every line left. Justified text lets Qt end each RTL
        paragraph on the right (LTR ones stay left), so it is used when RTL text is present.
        """
        option = self.text.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        option.setAlignment(Qt.AlignmentFlag.AlignJustify if has_rtl
                            else Qt.AlignmentFlag.AlignLeft)
        self.text.document().setDefaultTextOption(option)

    def _load_failed(self, item_pk: int, exc: BaseException) -> None:
        del exc
        if item_pk != self._item_pk:
            return
        self.loading.hide()
        self.mediaUnreadable.emit(self.tr("This text could not be read from the disk."))

    def _feed(self) -> None:
        if self._pos >= len(self._pending):
            self._feeder.stop()
            self._pending = ""
            self.loading.hide()
            self.text.moveCursor(QTextCursor.MoveOperation.Start)
            return
        cursor = QTextCursor(self.text.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(self._pending[self._pos:self._pos + CHUNK])
        self._pos += CHUNK
        percent = min(100, self._pos * 100 // max(1, len(self._pending)))
        self.loading.setText(self.tr("Loading the text… %1 %").replace("%1", str(percent)))
