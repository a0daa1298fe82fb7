"""Qt's own file dialog speaks the interface language (Malagasy from i18n/qt_mg.ts, the
gaps of Qt's French from qt_fr.ts) and starts in the person's documents, never in the
program's folder."""

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QTreeView

from marika.gui import files, i18n

pytestmark = pytest.mark.gui
ENGLISH = {"&Look in:", "Look in:", "Files of &type:", "Files of type:", "File &name:",
           "Folder", "Name", "Size", "Type", "Date Modified", "&Open", "Cancel"}


def shown_texts(dialog) -> set[str]:
    texts = {w.text() for w in dialog.findChildren(QLabel)}
    texts |= {w.text() for w in dialog.findChildren(QAbstractButton)}
    for view in dialog.findChildren(QTreeView):
        model = view.model()
        texts |= {model.headerData(c, Qt.Orientation.Horizontal)
                  for c in range(model.columnCount())}
        root = view.rootIndex()
        texts |= {model.index(r, 2, root).data() for r in range(model.rowCount(root))}
    return {t for t in texts if t}


@pytest.mark.parametrize("lang", ["mg", "fr"])
def test_the_file_dialog_speaks_the_interface_language(qtbot, tmp_path, lang):
    (tmp_path / "a folder").mkdir()
    i18n.switch_language(lang)
    try:
        dialog = QFileDialog(None, "x", str(tmp_path), "Task packages (*.marika)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: any(v.model().rowCount(v.rootIndex())
                                    for v in dialog.findChildren(QTreeView)))
        same = {"Type"} if lang == "fr" else set()  # the same word in French
        english = shown_texts(dialog) & (ENGLISH - same)
        assert not english, english
    finally:
        i18n.switch_language("en")


def test_file_dialogs_start_in_the_documents_not_the_program_folder(qtbot, monkeypatch,
                                                                    tmp_path):
    monkeypatch.setattr(files, "_last", [])
    seen = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(
        lambda parent, title, folder, flt: (seen.append(folder), (str(tmp_path / "p.marika"),
                                                                   ""))[1]))
    path = files.open_file(None, "Import", "*.marika")
    assert seen[0] != os.getcwd() and os.path.isdir(seen[0])
    assert path.endswith("p.marika")
    files.open_file(None, "Import", "*.marika")
    assert seen[1] == str(tmp_path)  # then where the person chose last
