"""The one PDF writer (gui/pdf.py): what it writes reads back as text, and a drawing that
fails leaves the file that was there before, with no temporary file beside it."""

from __future__ import annotations

import shutil
import subprocess

import pytest

pytestmark = pytest.mark.gui


def test_pdf_is_written_whole_or_not_at_all(qtbot, tmp_path):
    del qtbot  # a QApplication for the fonts
    from PySide6.QtGui import QPainter

    from marika.gui import pdf

    def draw(writer) -> None:
        painter = QPainter(writer)
        painter.drawText(100, 100, "Rasoa, statement 7")
        painter.end()

    target = tmp_path / "out" / "record.pdf"
    pdf.write(target, draw, title="Record", margins_mm=12, resolution=150)
    first = target.read_bytes()
    assert first.startswith(b"%PDF") and b"%%EOF" in first[-64:]
    assert target.stat().st_mode & 0o777 == 0o644
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert "Rasoa, statement 7" in text

    def broken(writer) -> None:
        draw(writer)
        raise OSError("disk gone")

    with pytest.raises(OSError, match="disk gone"):
        pdf.write(target, broken, title="Record", margins_mm=12)
    assert target.read_bytes() == first
    assert [p.name for p in target.parent.iterdir()] == ["record.pdf"]
