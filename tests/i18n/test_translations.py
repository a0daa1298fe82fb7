"""Every string a user can see has a finished Malagasy and French translation.

The check runs lupdate on the code as it is now (into a copy of i18n/), so a string
added anywhere (a widget's self.tr, QCoreApplication.translate, or an error marked with
QT_TRANSLATE_NOOP in core/sync) fails here until it is translated in i18n/*.ts. The
failure lists each string: run scripts/update_translations.py, translate them (Qt
Linguist, or by hand in the .ts), and run this again.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from i18n import gui_scan, tsfile

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "i18n"
sys.path.insert(0, str(ROOT / "scripts"))
import update_translations  # noqa: E402

# Qt's plural rules (QLocale/qtranslator): French 2 forms (n <= 1 is singular), English
# 2, Malagasy 2 (Qt treats it like English, n != 1: unlike CLDR, 0 is plural).
NUMERUS_FORMS = {"mg": 2, "fr": 2, "en": 2}
FULLY_TRANSLATED = ("mg", "fr")


@pytest.fixture(scope="module")
def merged(tmp_path_factory):
    """The committed .ts files merged with the strings in today's code (as lupdate would)."""
    folder = tmp_path_factory.mktemp("ts")
    for code in update_translations.LANGUAGES:
        shutil.copy(update_translations.ts_path(I18N, code), folder)
    update_translations.update(folder, quiet=True)
    return {code: tsfile.read(update_translations.ts_path(folder, code))
            for code in update_translations.LANGUAGES}


def _report(title: str, lines: list[str]) -> str:
    shown = "\n  ".join(lines[:80])
    more = f"\n  ... and {len(lines) - 80} more" if len(lines) > 80 else ""
    return (f"{title} ({len(lines)}):\n  {shown}{more}\n"
            "Fix: .venv/bin/python scripts/update_translations.py, then translate these in "
            "i18n/marika_<code>.ts (Qt Linguist: .venv/bin/pyside6-linguist).")


def test_the_code_has_strings_to_translate(merged):
    """Guards the check itself: lupdate found the GUI's, core's and sync's strings."""
    contexts = {m.context for m in merged["fr"]}
    assert {"Errors", "MainWindow", "StartScreen", "ItemScreen"} <= contexts
    assert len(merged["fr"]) > 200


@pytest.mark.parametrize("code", FULLY_TRANSLATED)
def test_every_string_has_a_finished_translation(merged, code):
    problems = tsfile.problems(merged[code], numerus_forms=NUMERUS_FORMS[code],
                               require_all=True)
    assert not problems, _report(f"Strings not ready in marika_{code}.ts", problems)


def test_english_has_its_plural_forms(merged):
    problems = tsfile.problems(merged["en"], numerus_forms=NUMERUS_FORMS["en"],
                               require_all=False)
    assert not problems, _report("Plural strings not ready in marika_en.ts", problems)


@pytest.mark.parametrize("code", update_translations.LANGUAGES)
def test_committed_file_is_up_to_date(merged, code):
    """No string the code still uses is kept as obsolete, and every string is in the file
    as committed (so a translator working from the file sees them all)."""
    committed = {m.key: m for m in tsfile.read(update_translations.ts_path(I18N, code))}
    stale = [m.describe() for m in merged[code]
             if m.key in committed and committed[m.key].kind in ("obsolete", "vanished")]
    assert not stale, _report(f"Marked obsolete in marika_{code}.ts but still used", stale)


def test_no_gui_string_escapes_the_translation_tools():
    findings = gui_scan.scan(ROOT / "desktop" / "marika" / "gui", ROOT)
    assert not findings, (
        f"User-facing strings lupdate cannot extract ({len(findings)}):\n  "
        + "\n  ".join(map(str, findings)))


def test_errors_below_the_gui_are_marked_for_translation():
    findings = gui_scan.scan_errors(
        [ROOT / "desktop" / "marika", ROOT / "sync" / "marika_sync"], ROOT)
    assert not findings, (
        f"Error sentences lupdate cannot extract ({len(findings)}):\n  "
        + "\n  ".join(map(str, findings)))


@pytest.mark.parametrize("code", update_translations.LANGUAGES)
def test_committed_files_compile(tmp_path, code):
    lrelease = update_translations.find_tool("pyside6-lrelease")
    target = tmp_path / f"marika_{code}.qm"
    result = subprocess.run([lrelease, str(update_translations.ts_path(I18N, code)),
                             "-qm", str(target)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert target.stat().st_size > 100
    if code in FULLY_TRANSLATED:
        assert "0 unfinished" in result.stdout, result.stdout
        assert "untranslated" not in result.stdout, result.stdout


@pytest.mark.parametrize("code", ["mg", "fr"])
def test_qt_own_strings_are_complete_and_compile(tmp_path, code):
    """Qt ships no Malagasy: i18n/qt_mg.ts translates its buttons and dialogs; qt_fr.ts
    fills the gaps of Qt's own French (the file dialog's "Look in:")."""
    source = I18N / f"qt_{code}.ts"
    messages = tsfile.read(source)
    expected = {"QPlatformTheme", "QFileDialog", "QLineEdit"} if code == "mg" else {
        "QFileDialog", "QAbstractFileIconProvider"}
    assert expected <= {m.context for m in messages}
    problems = tsfile.problems(messages, numerus_forms=NUMERUS_FORMS[code], require_all=True)
    assert not problems, _report(f"Strings not ready in qt_{code}.ts", problems)
    lrelease = update_translations.find_tool("pyside6-lrelease")
    result = subprocess.run([lrelease, str(source), "-qm", str(tmp_path / f"qt_{code}.qm")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "0 unfinished" in result.stdout, result.stdout
