"""Switching the interface language without a restart (the hook the Language menu calls).

Compiled translations are looked for as `marika/i18n/marika_<code>.qm` (built from the
`.ts` sources under i18n/ by the translations engineer's script). Whether or not a file
exists, every widget gets a LanguageChange event, so texts that come from packages
(titles, labels, instructions in the worker's language) switch too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from . import fmt

QM_DIR = Path(__file__).resolve().parent.parent / "i18n"
LANGUAGES = ("mg", "fr", "en")

_installed: list[QTranslator] = []


def qm_path(code: str) -> Path:
    return QM_DIR / f"marika_{code}.qm"


def qt_qm_path(code: str) -> Path:
    """Our translation of Qt's own strings, for a language Qt has none of."""
    return QM_DIR / f"qt_{code}.qm"


def switch_language(code: str) -> None:
    app = QApplication.instance()
    if code not in LANGUAGES or app is None:
        return
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    fmt.set_language(code)
    QLocale.setDefault(fmt.locale())
    qt_own = QTranslator(app)  # Qt's own buttons and dialogs: Qt ships French, not Malagasy
    if qt_own.load(QLocale(fmt.QT_LOCALES[code]), "qtbase", "_",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    # i18n/qt_<code>.ts: all of it for Malagasy, the gaps Qt's French leaves (the file
    # dialog's "Look in:"). Installed after Qt's, so it is asked first.
    ours_for_qt = QTranslator(app)
    if qt_qm_path(code).exists() and ours_for_qt.load(str(qt_qm_path(code))):
        app.installTranslator(ours_for_qt)
        _installed.append(ours_for_qt)
    ours = QTranslator(app)
    if qm_path(code).exists() and ours.load(str(qm_path(code))):
        app.installTranslator(ours)
        _installed.append(ours)
    if not _installed:  # no translator changed: tell the widgets ourselves
        for widget in app.allWidgets():
            QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
