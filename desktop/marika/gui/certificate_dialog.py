"""The worker's practice certificates and attempts, and the practice line of the home
screen (time spent, paid or not, the certificate).

Everything comes from `workspace.practice` (encrypted in the profile) on the database
worker; only the logged-in worker sees it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from . import fmt
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
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.close_button = QPushButton(self)
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(900, 420)
        self.retranslate()
        tasks.run_db(lambda: (workspace.profile.display_name, workspace.practice.attempts()),
                     on_done=self._loaded, owner=self)

    def _loaded(self, result) -> None:
        self.name, self.attempts = result
        self.retranslate()

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
        self.close_button.setText(self.tr("Close (Esc)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
