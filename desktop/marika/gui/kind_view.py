"""The view protocol: what every task-kind view (text, image, audio) implements.

The item screen (`gui/item_screen.py`) owns everything common to all kinds: autosave,
undo/redo, skip, flag, navigation, active time, content-warning reveal, the progress
counter and the instructions panel. A *kind view* only shows one item and edits its
value. It is a `QWidget` subclass of `KindView` below, registered by kind in
`gui/views.py` (imported lazily, so a missing view module only disables its kind):

    image_tag            -> marika.gui.image_view.ImageTagView
    audio_transcription  -> marika.gui.audio_view.AudioTranscriptionView
    text_classification  -> marika.gui.text_view.TextClassificationView

Image tagging and text classification share their label choice (the label buttons,
their keys, one or several, the names again after a language switch) through
`gui/label_choice.py`'s `LabelChoiceView`, a KindView of its own.

The constructor takes only an optional parent; one instance is reused for every item
of a package (show_item is called again for each item).

Contract, for whoever writes a view (image_tag and audio_transcription are the media
engineer's; text_classification is `gui/text_view.py`, a worked example):

1. `show_item(item, value, manifest)` — show `item` (a `marika.workspace.ItemView`) with
   the saved `value` (a dict in the format of `marika.core.annotation`, or None when
   nothing was saved yet) and the package `manifest` (labels, choice, ...). It must
   return quickly: load or decode media in the background through the one task helper,
   `self.tasks` (a `gui.taskman.TaskManager`, set by the item screen before the first
   `show_item`): `self.tasks.run_io(fn, on_done=..., on_error=...)`. Callbacks arrive on
   the GUI thread; a callback for an item that is no longer shown must be ignored
   (compare `item.item_pk` with the one shown now). Never touch widgets from `fn`.
   `show_item` must NOT emit `valueChanged`.
2. `value() -> dict` — the current value, in the `marika.core.annotation` format:
   image_tag / text_classification `{"labels": [...]}`, audio_transcription
   `{"transcript": str, "segments": [{"start_ms", "end_ms", "text"}]}`.
3. `set_value(value: dict)` — show another value for the same item (undo/redo). Must NOT
   emit `valueChanged` and must not reload media.
4. `valueChanged(dict)` signal — emitted after every change the *user* makes, with the
   new value. The item screen records it for undo and autosaves it through the serial
   database worker; views never save.
5. `mediaUnreadable(str)` signal — the media could not be decoded (bad hash, truncated,
   decoder error); the argument is a translated sentence for the worker. The item screen
   then offers "skip: media unreadable" (never a penalty).
5b. `activity()` signal — optional: emit it while the worker is engaged without touching
   keys or mouse (audio playing), so active time keeps counting (idle > 1 min is not
   counted otherwise). Key presses, clicks and wheel events are counted for you.
6. `handle_key(event: QKeyEvent) -> bool` — called by the item screen for every key press
   inside it *before* the focused child sees it. Return True if the view used the key
   (e.g. number keys toggling labels from the manifest's hotkeys). Return False for keys a
   text field should receive: an audio view whose transcript editor has focus must leave
   plain keys alone. The item screen's own shortcuts (below) are QActions and fire first;
   do not reuse them.
7. `shortcuts() -> list[tuple[str, str]]` — (key as shown, translated description) for
   the keys this view handles, e.g. [("1", "Positive"), ("Space", "Play / pause")]. The
   item screen lists them in the help panel; show them on your own buttons too.
8. `set_read_only(bool)` — submitted items are shown but cannot change: disable editing,
   keep scrolling/playback.
9. `clear()` — the item screen is leaving the item (going home, logging out): stop
   playback, drop large buffers, cancel background work for it.
10. `retranslate()` — re-set every visible string; `KindView.changeEvent` calls it on
   `QEvent.LanguageChange`. All strings go through `self.tr(...)` as whole sentences.
11. `focus_target() -> QWidget` — the widget that should get keyboard focus when an item
   is shown (default: the view itself).
12. `prefetch(items)` — optional: the item screen passes the next items (ItemView,
   nearest first) after showing one, so media can be decoded ahead (default: nothing).

Rules: task text is always plain text (QPlainTextEdit read-only, or QLabel with
`Qt.PlainText`) — never rich text, so a package cannot draw fake buttons or fake pay.
Never give an attribute the name of a Qt virtual method (`self.done = QPushButton()` on
a QDialog makes Qt call the button when the dialog closes: a segfault).
Do not set style sheets on widgets (a style sheet freezes the widget's font); take every
colour, scale and spacing from `gui/style.py` (one visual system, WCAG AA checked by
tests/gui/test_contrast.py), mark a chosen label with `style.mark_selected()` (the same
in every kind), and use `item_parts.bold()`. Do not hard-code font sizes:
inherit the widget font (the worker changes it with Ctrl+= / Ctrl+-); scale from
`self.font().pointSizeF()` if you need a bigger heading.
Fit 1366x768 with the instructions panel open (the view gets about 900x560 px).

Keys the item screen reserves (do not use them in a view): Enter and Ctrl+Enter (done,
next), PgUp / PgDown (previous / next item), Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z (undo/redo),
Ctrl+K (skip), Ctrl+F (flag), Ctrl+R (show or hide again warned content), F1
(instructions), Ctrl+= / Ctrl+- (font size), Esc (home), Ctrl+Shift+S (submit), Shift+F1
(guided tour), Ctrl+Shift+T (trainer mode, practice packs), Ctrl+E (send and receive, as
on the home screen).
Free for views: digits 1-9 and 0, letters without modifiers (unless typing), Space, arrows,
Ctrl+Space, Ctrl+arrows, Tab.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget


class KindView(QWidget):
    """Base class of every task-kind view. Subclasses override the methods below."""

    valueChanged = Signal(dict)  # noqa: N815 - Qt naming
    mediaUnreadable = Signal(str)  # noqa: N815 - Qt naming
    activity = Signal()

    #: the task kind this view shows (a value of marika.core.annotation.KINDS)
    kind: str = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = None  # gui.taskman.TaskManager, set by the item screen
        self._read_only = False

    # ---------------------------------------------------------------- required
    def show_item(self, item, value: dict | None, manifest) -> None:
        raise NotImplementedError

    def value(self) -> dict:
        raise NotImplementedError

    def set_value(self, value: dict) -> None:
        raise NotImplementedError

    # ---------------------------------------------------------------- optional
    def handle_key(self, event: QKeyEvent) -> bool:
        del event
        return False

    def shortcuts(self) -> list[tuple[str, str]]:
        return []

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only

    def is_read_only(self) -> bool:
        return self._read_only

    def clear(self) -> None:
        pass

    def retranslate(self) -> None:
        pass

    def focus_target(self) -> QWidget:
        return self

    def prefetch(self, items) -> None:
        del items

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
