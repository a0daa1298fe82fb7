"""The one way Marika writes a PDF (the pay records, the practice certificate).

Qt's own QPdfWriter (no new dependency), an A4 portrait page, the title and creator in
the file's properties, and an atomic write: the PDF is drawn into a temporary file
beside the target, which is flushed to disk and then put in its place, so a reader
sees the old file or the new one, never half of one. Callers draw their pages with a
function given the writer; anything long runs off the GUI thread (TaskManager.run_io).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

from marika_sync.fsutil import atomic_file


def write(path: Path | str, draw: Callable[[QPdfWriter], None], *, title: str,
          margins_mm: float, resolution: int | None = None, mode: int = 0o644) -> None:
    """Write the PDF that `draw(writer)` paints to `path`, atomically."""
    with atomic_file(path, mode=mode) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setTitle(title)
        writer.setCreator("Marika")
        if resolution is not None:
            writer.setResolution(resolution)
        margins = QMarginsF(margins_mm, margins_mm, margins_mm, margins_mm)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait, margins,
                                         QPageLayout.Unit.Millimeter))
        draw(writer)
        del writer  # finishes and closes the file
