"""One visual system: the palette, type scale, spacing, selection and focus styles of
every screen and task kind, in one place.

Colours go through the palette, never a style sheet (a style sheet freezes the font size
the worker changes with Ctrl+=). Every text colour here meets WCAG AA on the background
it is drawn on (4.5:1, 3:1 for large text) and a chosen label is marked the same way in
every task kind; tests/gui/test_contrast.py measures it on the rendered screens. The
keyboard focus is a ring of FOCUS_WIDTH px drawn by `MarikaStyle`, on top of Fusion.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette, QPen, QPixmapCache
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QWidget

# ---------------------------------------------------------------- palette
TEXT = "#1b1b1b"  # body text: 15.9:1 on WINDOW
WINDOW = "#f4f4f4"
BASE = "#ffffff"  # text fields, lists, tables
ALTERNATE = "#eef1f4"
BUTTON = "#e6e6e6"
MUTED = "#4d4d4d"  # secondary text: 7.9:1 on WINDOW
PLACEHOLDER = "#5f5f5f"  # 6.2:1 on BASE
SELECTED_BG, SELECTED_FG = "#1b5e20", "#ffffff"  # a chosen label, a selected row: 7.9:1
FOCUS = "#0b57d0"  # the focus ring: 5.7:1 against WINDOW, 6.6:1 against BASE
FOCUS_WIDTH = 3
LINK = "#0b57d0"

ERROR = "#a50e0e"  # error text on WINDOW/BASE: 6.9:1
SAVED = "#1b5e20"  # "Saved": 7.4:1 on WINDOW
WARNING = "#7a3e00"  # content warnings named on the card: 8.4:1
BANNER = {  # kind -> (text, background)
    "error": ("#611a15", "#fdecea"),
    "info": ("#0d3c61", "#e8f4fd"),
    "ok": ("#1e4620", "#edf7ed"),
}
NOTICE_FG, NOTICE_BG = "#5c3b00", "#fff4d6"  # a standing notice (no sound device)
COVER_BG = "#f4f1ea"  # the content-warning cover
TOUR_FG, TOUR_BG = TEXT, "#fffdf5"
TRAINER_FG, TRAINER_BG = "#3e2723", "#fff8e1"
RIGHT_FG, RIGHT_BG = "#1e4620", "#e6f4ea"
WRONG_FG, WRONG_BG = "#611a15", "#fdecea"
SKIPPED_BG = "#f1f1f1"

# ---------------------------------------------------------------- type scale
HEADING = 1.4  # a screen's heading, times the window's text size
SUBHEADING = 1.3  # the content-warning cover
SECTION = 1.2  # panel titles, practice verdicts
TRAINER = 3.0  # trainer mode's answer, read from the back of a room
BODY_TEXT = 1.15  # the item's own text (text classification)

# ---------------------------------------------------------------- spacing
SCREEN_MARGINS = (16, 10, 16, 10)  # left, top, right, bottom
ITEM_MARGINS = (10, 6, 10, 6)
GAP = 12  # between header parts
MAIN_BUTTON_HEIGHT = 34  # Done / Open / a label button


def color(name: str) -> QColor:
    return QColor(name)


def palette() -> QPalette:
    """Fusion's light palette with Marika's colours (the same on every PC)."""
    p = QPalette()
    roles = QPalette.ColorRole
    for role, value in ((roles.Window, WINDOW), (roles.WindowText, TEXT), (roles.Base, BASE),
                        (roles.AlternateBase, ALTERNATE), (roles.Text, TEXT),
                        (roles.Button, BUTTON), (roles.ButtonText, TEXT),
                        (roles.ToolTipBase, BASE), (roles.ToolTipText, TEXT),
                        (roles.PlaceholderText, PLACEHOLDER), (roles.Highlight, SELECTED_BG),
                        (roles.HighlightedText, SELECTED_FG), (roles.Link, LINK),
                        (roles.BrightText, BASE)):
        p.setColor(role, QColor(value))
    # Disabled controls stay readable (WCAG exempts them, but people still read them).
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(disabled, role, QColor("#6b6b6b"))
    return p


class MarikaStyle(QProxyStyle):
    """Fusion, with a keyboard-focus ring of FOCUS_WIDTH px instead of a 1-px outline."""

    RING = frozenset({
        QStyle.PrimitiveElement.PE_PanelButtonCommand,
        QStyle.PrimitiveElement.PE_FrameLineEdit,
        QStyle.PrimitiveElement.PE_FrameFocusRect,
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorRadioButton,
    })

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802
        super().drawPrimitive(element, option, painter, widget)
        if element in self.RING and option.state & QStyle.StateFlag.State_HasFocus:
            painter.save()
            pen = QPen(QColor(FOCUS), FOCUS_WIDTH)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            half = FOCUS_WIDTH // 2
            painter.drawRect(option.rect.adjusted(half, half, -half - 1, -half - 1))
            painter.restore()


#: Qt's pixmap cache, in KiB (Qt's default is 10,240). Fusion caches each button's look by
#: its palette, and a label marked again gets a new palette (mark_selected: Qt resolves
#: a palette set on a widget into a new one), so over a working day the cache fills
#: with looks never drawn again: on the 8-hour soak (benchmarks/bench_soak.py) each
#: label press left about 24 KiB behind until Qt's bound. What is on screen needs far
#: less: a full repaint of the item screen took the same 2.4-3.8 ms with a 256 KiB cache
#: as with 10 MiB.
PIXMAP_CACHE_KIB = 2048


def apply(app: QApplication) -> None:
    """Use Marika's style and palette in this application (once; idempotent)."""
    if not isinstance(app.style(), MarikaStyle):
        style = MarikaStyle("Fusion")
        app.setStyle(style)
    app.setPalette(palette())
    QPixmapCache.setCacheLimit(PIXMAP_CACHE_KIB)


def set_colors(widget: QWidget, *, fg: str | None = None, bg: str | None = None) -> None:
    """Colours through the palette, never a style sheet: a style sheet freezes the font
    size of the widget and its children, and the worker changes it with Ctrl+=."""
    pal = widget.palette()
    if fg:
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText,
                     QPalette.ColorRole.Text):
            pal.setColor(role, QColor(fg))
    if bg:
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Button):
            pal.setColor(role, QColor(bg))
        widget.setAutoFillBackground(True)
    widget.setPalette(pal)


def mark_selected(button: QWidget, selected: bool) -> None:
    """A chosen label, the same in every task kind: white bold text on dark green."""
    font = QFont()  # only the weight: the size keeps following Ctrl+=
    font.setBold(selected)
    button.setFont(font)
    if selected:
        set_colors(button, fg=SELECTED_FG, bg=SELECTED_BG)
    else:
        button.setPalette(QPalette())
        button.setAutoFillBackground(False)
