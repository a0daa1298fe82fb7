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


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_certificate_prints_at_a_readable_size(qtbot, tmp_path):
    """The certificate is meant to be printed: its 14 pt text must be about 14 pt on the
    page (laid out for the screen's resolution it came out about 1.3 pt high)."""
    del qtbot
    import re

    from marika.gui import certificate_dialog

    target = tmp_path / "certificate.pdf"
    certificate_dialog.write_pdf(str(target), "Practice certificate\n\nRasoa passed the "
                                 "practice pack “Film reviews” (version 1).")
    boxes = subprocess.run(["pdftotext", "-bbox", str(target), "-"], capture_output=True,
                           text=True, check=True).stdout
    words = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)<', boxes)
    assert "Rasoa" in [w for _, _, w in words]
    heights = [float(y1) - float(y0) for y0, y1, _ in words]
    assert min(heights) > 12  # points; a 14 pt line is about 16 pt high
