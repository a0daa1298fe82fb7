"""One small function per user action that needs the facade and a confirmation.

Each runs the facade call on the serial database worker and reports back through
callbacks on the GUI thread; none of them touches the store directly.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from marika.core.errors import MarikaError
from marika_sync.tr import QT_TRANSLATE_NOOP


def submit_package(parent: QWidget, *, tasks, workspace, package_pk: int, finished: int,
                   on_done: Callable[[object], None],
                   on_error: Callable[[BaseException], None]) -> bool:
    """Ask, then seal every finished item of the package. Returns False if not asked."""
    submit = getattr(workspace, "submit", None)
    if submit is None:
        on_error(MarikaError(QT_TRANSLATE_NOOP(
            "Errors", "Submitting is not available in this version of Marika yet.")))
        return False
    if finished <= 0:
        QMessageBox.information(
            parent, QCoreApplication.translate("Actions", "Submit"),
            QCoreApplication.translate(
                "Actions", "There is nothing to submit yet: finish or skip some items first."))
        return False
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Actions", "Submit"),
        QCoreApplication.translate(
            "Actions", "Submit %n finished item(s)? Submitted items can still be seen but no "
            "longer changed.", "", finished),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    tasks.run_db(lambda: submit(package_pk), on_done=on_done, on_error=on_error)
    return True
