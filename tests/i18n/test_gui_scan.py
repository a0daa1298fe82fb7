"""The scanner behind test_no_gui_string_escapes_the_translation_tools finds what it must."""

from __future__ import annotations

import textwrap

from i18n import gui_scan


def findings(tmp_path, code: str) -> list[str]:
    path = tmp_path / "screen.py"
    path.write_text(textwrap.dedent(code), encoding="utf-8")
    return [f.problem for f in gui_scan.scan_file(path, tmp_path)]


def test_flags_each_way_a_string_escapes_lupdate(tmp_path):
    problems = findings(tmp_path, '''
        from PySide6.QtCore import QCoreApplication

        def _tr(text, n=-1):
            return QCoreApplication.translate("Screen", text, "", n)

        class Screen:
            def build(self, label, window, name, count):
                label.setText("Hard-coded English")
                QMessageBox.warning(self, "Oops", "Something failed")
                label.setText(self.tr(f"Hello {name}"))
                label.setText(_tr("Through a wrapper"))
                label.setText(window.tr("Wrong context"))
                label.setText(self.tr("Saved") + " " + self.tr("just now"))
                label.setText(f"{self.tr('Items')}: {count}")
    ''')
    assert sum("untranslated text given to setText" in p for p in problems) == 1
    assert sum("untranslated text given to warning" in p for p in problems) == 1
    assert any("gets a built string" in p for p in problems)
    assert any("passed through _tr()" in p for p in problems)
    assert any("another object" in p for p in problems)
    assert any("concatenated" in p for p in problems)
    assert any("f-string glues" in p for p in problems)


def test_leaves_translated_and_technical_strings_alone(tmp_path):
    assert findings(tmp_path, '''
        import logging
        log = logging.getLogger(__name__)

        class Screen:
            def build(self, label, edit, image, key):
                label.setText(self.tr("Who is working?"))
                label.setText(QCoreApplication.translate("Screen", "%n item(s)", "", 3))
                label.setText(self.tr("Item %1 of %2").replace("%1", "1"))
                label.setText("")
                label.setText("%1 (%2)")
                edit.setPlaceholderText("https://…")
                image.setText("original", "640x480")
                log.warning("sync failed: %s", key)
                QFileDialog.getSaveFileName(self, self.tr("Save"), "marika-recovery-key.txt")
    ''') == []


def test_translation_problems_are_each_reported():
    from i18n.tsfile import Message, problems

    def msg(source, *forms, numerus=False, kind=""):
        return Message("Errors", source, "", numerus, kind, tuple(forms))

    found = problems([
        msg("The file {name} is empty.", "Foana ny rakitra {anarana}."),
        msg("Item %1 of %2", "Singa %1"),
        msg("The file {name} is empty.", "Foana ny rakitra {name}}."),
        msg("&Language", "Fiteny"),
        msg("Saved", "", kind="unfinished"),
        msg("%n item(s)", "%n élément", numerus=True),
        msg("Fine {name}", "Tsara {name}"),
    ], numerus_forms=2, require_all=True)
    assert len(found) == 6, found


def test_finds_error_sentences_not_marked_for_translation(tmp_path):
    (tmp_path / "errors.py").write_text(textwrap.dedent('''
        class MarikaError(Exception): ...
        class PackageError(MarikaError): ...
        class BadZip(PackageError): ...
    '''), encoding="utf-8")
    (tmp_path / "use.py").write_text(textwrap.dedent('''
        def check(n):
            raise BadZip("bad-zip", "The package is damaged.")
        def fine(n):
            raise PackageError("bad-hash", QT_TRANSLATE_NOOP("Errors", "The file {name} is bad."),
                               name=n)
        def builtin():
            raise ValueError("not for the user")
    '''), encoding="utf-8")
    found = gui_scan.scan_errors([tmp_path], tmp_path)
    assert [(f.path, f.line) for f in found] == [("use.py", 3)]
