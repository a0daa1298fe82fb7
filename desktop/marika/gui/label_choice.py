"""The label choice shared by the kinds whose value is `{"labels": [...]}`.

Image tagging and text classification show something different above it, but the
choice below is the same: the package's labels as checkable buttons (their number key
on the button), toggled by a click or the key, one label or several (the manifest's
`choice`), the hint that says which, and the label names again after a live language
switch (`relabel`). A view of such a kind subclasses `LabelChoiceView`, puts `hint` and
`buttons_box` in its layout, calls `take_labels(manifest)` in `show_item` and
`press_label_key(event)` in `handle_key`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from . import manifest_info, style
from .kind_view import KindView

LABEL_COLUMNS = 3


class LabelChoiceView(KindView):
    """A KindView whose value is the chosen labels; see the module text."""

    # let the grid give every label button the same width, whatever its name's length
    # (a long label name then wraps the view no wider than the window)
    even_label_columns = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.buttons_box = QWidget(self)
        self.grid = QGridLayout(self.buttons_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self._labels: list[manifest_info.Label] = []
        self._buttons: dict[str, QPushButton] = {}
        self._chosen: list[str] = []
        self._multi = False

    # ---------------------------------------------------------------- protocol
    def relabel(self, manifest) -> None:
        """The label names again, in the language chosen now (a live switch)."""
        if self._use_labels(manifest):
            self._sync_buttons()

    def take_labels(self, manifest) -> None:
        """The labels and the choice (one or several) of the package shown now."""
        self._multi = manifest_info.is_multi(manifest)
        self._use_labels(manifest)

    def _use_labels(self, manifest) -> bool:
        """The manifest's labels, in the language chosen now; True when they differ from
        the buttons shown, which are then built again."""
        labels = manifest_info.labels(manifest)
        if labels == self._labels:
            return False
        self._labels = labels
        self._build_buttons()
        return True

    def value(self) -> dict:
        order = [label.id for label in self._labels]
        return {"labels": sorted(self._chosen, key=order.index)}

    def set_value(self, value: dict) -> None:
        known = {label.id for label in self._labels}
        self._chosen = [x for x in value.get("labels", []) if x in known]
        if not self._multi:
            self._chosen = self._chosen[:1]
        self._sync_buttons()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self._enable_buttons()

    def press_label_key(self, event: QKeyEvent) -> bool:
        """A label's key toggles it (when labels can change now); True if it was one."""
        typed = event.text()
        for label in self._labels:
            if typed and label.hotkey == typed:
                if self.labels_enabled():
                    self._toggle(label.id)
                return True
        return False

    def label_shortcuts(self) -> list[tuple[str, str]]:
        return [(label.hotkey, label.name) for label in self._labels if label.hotkey]

    def retranslate_hint(self) -> None:
        if self._multi:
            self.hint.setText(self.tr(
                "Choose every label that fits: press its number again to remove it."))
        else:
            self.hint.setText(self.tr("Choose one label with its number key."))

    def labels_enabled(self) -> bool:
        """Whether the worker can change the labels now (a view may add its own reasons)."""
        return not self._read_only

    # ---------------------------------------------------------------- buttons
    def _enable_buttons(self) -> None:
        enabled = self.labels_enabled()
        for button in self._buttons.values():
            button.setEnabled(enabled)

    def _build_buttons(self) -> None:
        for button in self._buttons.values():
            button.deleteLater()
        self._buttons = {}
        for n, label in enumerate(self._labels):
            text = f"{label.hotkey}  {label.name}" if label.hotkey else label.name
            button = QPushButton(text, self.buttons_box)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the view
            button.setToolTip(label.description)
            button.setMinimumHeight(34)
            if self.even_label_columns:
                button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, i=label.id: self._toggle(i))
            self.grid.addWidget(button, n // LABEL_COLUMNS, n % LABEL_COLUMNS)
            self._buttons[label.id] = button

    def _toggle(self, label_id: str) -> None:
        if self._read_only:
            self._sync_buttons()  # a click on a disabled-looking button changes nothing
            return
        if label_id in self._chosen:
            self._chosen.remove(label_id)
        elif self._multi:
            self._chosen.append(label_id)
        else:
            self._chosen = [label_id]
        self._sync_buttons()
        self.valueChanged.emit(self.value())

    def _sync_buttons(self) -> None:
        for label_id, button in self._buttons.items():
            chosen = label_id in self._chosen
            button.setChecked(chosen)
            style.mark_selected(button, chosen)  # the same in every task kind
