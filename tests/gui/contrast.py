"""WCAG contrast measured on rendered widgets (used by test_contrast and screenshots).

Each visible, enabled label and button with text is grabbed as the screen draws it; its
background is the most common colour of the picture and its text colour the one that
stands out most from it. The ratio must be 4.5:1 (3:1 for large text: 18 pt, or 14 pt
bold). Disabled controls are exempt, as in WCAG.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QColor, QFontInfo
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


def luminance(color: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF()))


def ratio(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def needed(widget: QWidget) -> float:
    info = QFontInfo(widget.font())
    large = info.pointSizeF() >= 18 or (info.bold() and info.pointSizeF() >= 14)
    return 3.0 if large else 4.5


def rendered_contrast(widget: QWidget) -> float:
    image = widget.grab().toImage()
    counts: Counter = Counter()
    for y in range(0, image.height()):
        for x in range(0, image.width()):
            counts[image.pixel(x, y)] += 1
    if not counts:
        return 21.0
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    return max(ratio(background, QColor.fromRgb(rgb)) for rgb in counts)


def has_text(widget: QWidget) -> bool:
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
    return bool(text.strip())


def problems(root: QWidget) -> list[str]:
    """Texts under `root` (as shown now) whose rendered contrast is below WCAG AA."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, (QLabel, QAbstractButton)) or not has_text(widget):
            continue
        if not widget.isVisible() or not widget.isEnabled() or widget.width() < 4:
            continue
        if not widget.visibleRegion().boundingRect().isValid():
            continue
        got, want = rendered_contrast(widget), needed(widget)
        if got < want:
            found.append(f"{type(widget).__name__} {widget.text()[:50]!r}: {got:.2f} < {want}")
    return found
