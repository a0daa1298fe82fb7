"""The worker's practice certificates and attempts, and the practice line of the home
screen (time spent, paid or not, the certificate).

Everything comes from `workspace.practice` (encrypted in the profile) on the database
worker; only the logged-in worker sees it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QPainter, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from . import files, fmt, pdf
from .item_parts import heading, plain_label
from .practice_feedback import PrivateDialog, percent, when


def result_text(attempt) -> str:
    if attempt.is_certificate:
        return QCoreApplication.translate("Certificates", "Passed: certificate")
    if attempt.passed:
        return QCoreApplication.translate("Certificates",
                                          "Passed in trainer mode: no certificate")
    return QCoreApplication.translate("Certificates", "Not passed")


def status_line(status) -> str:
    """One sentence per practice pack for the home screen."""
    title = fmt.pick(status.title, status.package_id)
    time_spent = fmt.duration(status.active_ms)
    if status.paid:
        paid = QCoreApplication.translate(
            "Certificates", "“%1”: %2 of practice, paid at the package's rate.")
    else:
        paid = QCoreApplication.translate("Certificates", "“%1”: %2 of practice (not paid).")
    paid = paid.replace("%1", title).replace("%2", time_spent)
    certificate, last = status.certificate, status.last
    if certificate is not None:
        more = QCoreApplication.translate("Certificates", "Certificate: %1 on %2.").replace(
            "%1", percent(certificate.score.share)).replace("%2", when(certificate.finished_at))
    elif last is not None and status.finished:
        more = QCoreApplication.translate(
            "Certificates", "Last attempt: %1, not passed; you may try again.").replace(
            "%1", percent(last.score.share))
    elif last is not None:
        more = QCoreApplication.translate(
            "Certificates", "Attempt %1 in progress; the best so far: %2.").replace(
            "%1", str(status.attempt_number)).replace(
            "%2", percent(max(a.score.share for a in status.attempts)))
    else:
        more = QCoreApplication.translate("Certificates", "No attempt finished yet.")
    return QCoreApplication.translate(
        "Certificates", "%1 %2", "a practice pack's time, then its certificate").replace(
        "%1", paid).replace("%2", more)


class PracticeInfo(QWidget):
    """The home screen's practice lines; hidden when no practice pack is assigned."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = plain_label(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        self.statuses: list = []
        self.hide()

    def load(self, tasks, workspace) -> None:
        tasks.run_db(workspace.practice.overview, on_done=self._loaded, owner=self)

    def _loaded(self, statuses) -> None:
        self.statuses = list(statuses)
        self.retranslate()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def retranslate(self) -> None:
        self.label.setText("\n".join(status_line(s) for s in self.statuses))
        self.setVisible(bool(self.statuses))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CertificateDialog(PrivateDialog):
    """Every finished practice attempt, newest first; certificates say so. Esc closes."""

    COLUMNS = 6

    def __init__(self, tasks, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attempts: list = []
        self.name = ""
        self.title_label = heading(self, 1.3)
        self.empty = plain_label(self)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # Names and results wrap onto two lines instead of "De… he…".
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.table.horizontalHeader()
        for column in range(self.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (0, self.COLUMNS - 1):  # the pack's name and the result share the rest
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda *_a: self._update_buttons())
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_selected)
        self.close_button = QPushButton(self)
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        self.saved_to = plain_label(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_to, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(1100, 480)
        self.retranslate()
        tasks.run_db(lambda: (workspace.profile.display_name, workspace.practice.attempts()),
                     on_done=self._loaded, owner=self)

    def _loaded(self, result) -> None:
        self.name, self.attempts = result
        self.retranslate()

    def selected(self):
        row = self.table.currentRow()
        return self.attempts[row] if 0 <= row < len(self.attempts) else None

    def _update_buttons(self) -> None:
        attempt = self.selected()
        self.save_button.setEnabled(attempt is not None and attempt.is_certificate)

    def certificate_text(self, attempt) -> str:
        """The certificate as plain sentences, in the interface language."""
        return "\n\n".join([
            self.tr("Practice certificate"),
            self.tr("%1 passed the practice pack “%2” (version %3).")
            .replace("%1", self.name).replace("%2", fmt.pick(attempt.title, attempt.package_id))
            .replace("%3", str(attempt.version)),
            self.tr("Score: %1 of %2 right (%3). Pass mark: %4.")
            .replace("%1", str(attempt.right)).replace("%2", str(attempt.scored))
            .replace("%3", percent(attempt.score.share)).replace("%4", percent(attempt.pass_mark)),
            self.tr("Date: %1. Attempt %2.").replace("%1", when(attempt.finished_at))
            .replace("%2", str(attempt.number)),
            self.tr("Kept in the worker's own profile by Marika; it can be printed from this "
                    "PDF file.")])

    def save_selected(self) -> None:
        """Save the selected certificate as a PDF (to print, or to show an employer)."""
        attempt = self.selected()
        if attempt is None or not attempt.is_certificate:
            return
        name = f"certificate-{attempt.package_id}-{attempt.number}.pdf"
        path = files.save_file(self, self.tr("Save the certificate"), name,
                               self.tr("PDF files (*.pdf)"))
        if not path:
            return
        write_pdf(path, self.certificate_text(attempt))
        self.saved_to.setText(self.tr("Saved to %1").replace("%1", path))

    def rows(self) -> list[list[str]]:
        return [[self.table.item(r, c).text() for c in range(self.COLUMNS)]
                for r in range(self.table.rowCount())]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Practice certificates"))
        self.title_label.setText(self.tr("Certificates and practice attempts of %1")
                                 .replace("%1", self.name) if self.name
                                 else self.tr("Certificates and practice attempts"))
        self.empty.setText(self.tr("No practice attempt is finished yet."))
        self.empty.setVisible(not self.attempts)
        self.table.setHorizontalHeaderLabels([
            self.tr("Practice pack"), self.tr("Date"), self.tr("Attempt"), self.tr("Score"),
            self.tr("Pass mark"), self.tr("Result")])
        self.table.setRowCount(len(self.attempts))
        for row, a in enumerate(self.attempts):
            cells = [self.tr("%1 (version %2)").replace("%1", fmt.pick(a.title, a.package_id))
                     .replace("%2", str(a.version)),
                     when(a.finished_at), str(a.number),
                     self.tr("%1 of %2 (%3)").replace("%1", str(a.right))
                     .replace("%2", str(a.scored)).replace("%3", percent(a.score.share)),
                     percent(a.pass_mark), result_text(a)]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        if self.attempts and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self.save_button.setText(self.tr("Save as PDF to print…"))
        self.close_button.setText(self.tr("Close (Esc)"))
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def write_pdf(path: str, text: str) -> None:
    """A one-page A4 PDF of plain text (no markup from a package can reach it), written
    atomically by `gui/pdf.py`."""
    def draw(writer: QPdfWriter) -> None:
        document = QTextDocument()
        # Laid out for the page's resolution: laid out for the screen, 14 pt came out
        # as small print on paper.
        document.documentLayout().setPaintDevice(writer)
        font = document.defaultFont()
        font.setPointSizeF(14)
        document.setDefaultFont(font)
        document.setPlainText(text)
        document.setTextWidth(writer.width())
        painter = QPainter(writer)
        try:
            document.drawContents(painter)
        finally:
            painter.end()

    pdf.write(path, draw, title=text.split("\n", 1)[0], margins_mm=20)
