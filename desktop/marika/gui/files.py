"""Choosing files and folders: Qt's own dialog in the interface language (Malagasy
included, from i18n/qt_mg.ts), starting in the person's documents, never in the
program's folder, then where they last chose something in this session."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_last: list[str] = []  # the folder chosen last in this run


def start_folder() -> str:
    if _last and Path(_last[0]).is_dir():
        return _last[0]
    for where in (QStandardPaths.StandardLocation.DocumentsLocation,
                  QStandardPaths.StandardLocation.HomeLocation):
        path = QStandardPaths.writableLocation(where)
        if path and Path(path).is_dir():
            return path
    return str(Path.home())


def _remember(path: str, *, is_folder: bool = False) -> str:
    if path:
        _last[:] = [path if is_folder else str(Path(path).parent)]
    return path


def open_file(parent: QWidget, title: str, file_filter: str = "") -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, start_folder(), file_filter)
    return _remember(path)


def save_file(parent: QWidget, title: str, name: str, file_filter: str = "") -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path(start_folder()) / name),
                                          file_filter)
    return _remember(path)


def folder(parent: QWidget, title: str) -> str:
    return _remember(QFileDialog.getExistingDirectory(parent, title, start_folder()),
                     is_folder=True)
