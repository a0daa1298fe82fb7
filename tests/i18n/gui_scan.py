"""Find user-facing strings in gui/ that the translation tools cannot see.

pyside6-lupdate only extracts literal strings passed straight to `self.tr(...)`,
`QCoreApplication.translate("Context", ...)` or `QT_TRANSLATE_NOOP(...)`. Anything else
reaches the user in English whatever the language: a literal given to setText, a string
passed through a home-made `_tr()` wrapper, an f-string or `+` inside tr(), a sentence glued
from translated fragments, or `other.tr(...)` (lupdate records the variable's name as the
context, while Qt looks the string up under the class name, so it is never found).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

# Qt calls whose string arguments are shown to the user.
TEXT_CALLS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "setTitle", "setLabelText", "setHeaderLabels",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setTabText", "addTab",
    "addAction", "addMenu", "showMessage", "setSuffix", "setPrefix", "setSpecialValueText",
    "setFormat", "setButtonText", "setInformativeText", "setDetailedText", "set_label",
    "show_message", "show_busy", "show_notice", "information", "warning", "critical",
    "question", "getSaveFileName", "getOpenFileName", "getExistingDirectory",
}
TEXT_CLASSES = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QToolButton", "QMenu", "QMessageBox", "QListWidgetItem", "QTableWidgetItem",
    "QTreeWidgetItem", "QCommandLinkButton",
}
# A literal counts as words when it has two letters in a row (not "%1 (%2)", "×", "…"),
# unless it is technical: an address, a file name or a file pattern.
WORDS = re.compile(r"[^\W\d_]{2,}")
TECHNICAL = re.compile(r"^(\w+://\S*|[\w.-]+\.[A-Za-z0-9]{1,5}|\*\.\w+)$")
# Which arguments are shown, where not all are: QImage.setText(key, value) is metadata,
# the file dialogs' third argument is a file name, logging's warning() is not a dialog.
SHOWN_ARGS = {"setText": (0,), "getSaveFileName": (1, 3), "getOpenFileName": (1, 3),
              "getExistingDirectory": (1,)}
DIALOG_ONLY = {"information", "warning", "critical", "question"}  # QMessageBox.<name>


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    problem: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.problem}"


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _is_translate(call: ast.Call) -> bool:
    name = _name(call.func)
    return name in ("tr", "translate", "QT_TRANSLATE_NOOP")


def _source_arg(call: ast.Call) -> ast.expr | None:
    name = _name(call.func)
    index = 0 if name == "tr" else 1
    return call.args[index] if len(call.args) > index else None


def _words(node: ast.expr) -> bool:
    """A literal (or f-string / concatenation with a literal part) holding words."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(WORDS.search(node.value)) and not TECHNICAL.match(node.value.strip())
    if isinstance(node, ast.JoinedStr):
        return any(_words(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return _words(node.left) or _words(node.right)
    return False


def _contains_translation(node: ast.expr) -> bool:
    return any(isinstance(n, ast.Call) and _is_translate(n) for n in ast.walk(node))


def _wrappers(tree: ast.Module) -> set[str]:
    """Functions that pass one of their parameters to translate()/tr() as the source."""
    found = set()
    for func in ast.walk(tree):
        if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        params = {a.arg for a in func.args.args + func.args.kwonlyargs}
        for call in ast.walk(func):
            if isinstance(call, ast.Call) and _is_translate(call):
                source = _source_arg(call)
                if isinstance(source, ast.Name) and source.id in params:
                    found.add(func.name)
    return found


def scan_file(path: Path, root: Path) -> list[Finding]:
    rel = path.relative_to(root).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    wrappers = _wrappers(tree)
    findings = []

    def add(node, problem):
        findings.append(Finding(rel, node.lineno, problem))

    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _name(node.func)
            if _is_translate(node):
                source = _source_arg(node)
                if source is not None and not isinstance(source, ast.Constant) and \
                        _words(source):
                    add(node, f"{name}() gets a built string; lupdate sees only literals")
                if name == "tr" and isinstance(node.func, ast.Attribute) and not (
                        isinstance(node.func.value, ast.Name) and node.func.value.id == "self"):
                    add(node, "tr() called on another object: lupdate and Qt would use "
                              "different contexts; use QCoreApplication.translate(\"Class\", ...)")
            elif name in wrappers and node.args and _words(node.args[0]):
                add(node, f"string passed through {name}(), which lupdate cannot see; "
                          "call QCoreApplication.translate(\"Context\", \"...\") directly")
            elif name in TEXT_CALLS or name in TEXT_CLASSES:
                if name in DIALOG_ONLY and not (
                        isinstance(node.func, ast.Attribute)
                        and _name(node.func.value) == "QMessageBox"):
                    continue
                if name == "setText" and len(node.args) != 1:
                    continue
                shown = SHOWN_ARGS.get(name, range(len(node.args)))
                for index in shown:
                    if index < len(node.args) and _words(node.args[index]):
                        add(node, f"untranslated text given to {name}()")
                        break
        elif isinstance(node, ast.JoinedStr):
            parts = [v for v in node.values
                     if not (isinstance(v, ast.Constant) and not str(v.value).strip())]
            if len(parts) > 1 and any(isinstance(v, ast.FormattedValue)
                                      and _contains_translation(v.value) for v in parts):
                add(node, "an f-string glues a translated fragment to other words")
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            sides = (node.left, node.right)
            if any(_contains_translation(s) for s in sides) and any(
                    _contains_translation(s) or _words(s) for s in sides if s is not None) \
                    and sum(_contains_translation(s) for s in sides) + sum(
                        _words(s) for s in sides) >= 2:
                add(node, "a sentence is concatenated from fragments")
    return findings


def scan(folder: Path, root: Path) -> list[Finding]:
    findings = []
    for path in sorted(folder.rglob("*.py")):
        findings.extend(scan_file(path, root))
    return sorted(set(findings), key=lambda f: (f.path, f.line, f.problem))


# ---------------------------------------------------------------- errors below the GUI
# Command-line tools print English to a terminal; they are not the translated interface.
CLI_MODULES = ("marika/cli.py", "marika/packages/commands.py", "marika_sync/commands.py")


def _error_classes(trees) -> set[str]:
    """Names of MarikaError and every class that inherits from it, by name, anywhere."""
    bases = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {_name(b) for b in node.bases}
    found = {"MarikaError"}
    changed = True
    while changed:
        changed = False
        for name, parents in bases.items():
            if name not in found and parents & found:
                found.add(name)
                changed = True
    return found


def scan_errors(folders, root: Path) -> list[Finding]:
    """A MarikaError raised with a plain English sentence instead of one marked with
    QT_TRANSLATE_NOOP("Errors", ...): lupdate misses it and the GUI shows it in English."""
    paths = [p for folder in folders for p in sorted(folder.rglob("*.py"))
             if not p.as_posix().endswith(CLI_MODULES)]
    trees = {p: ast.parse(p.read_text(encoding="utf-8"), filename=str(p)) for p in paths}
    errors = _error_classes(trees.values())
    findings = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) in errors:
                for arg in node.args:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str) \
                            and " " in arg.value.strip():
                        findings.append(Finding(
                            path.relative_to(root).as_posix(), node.lineno,
                            f"{_name(node.func)}() gets a plain sentence; mark it with "
                            "QT_TRANSLATE_NOOP(\"Errors\", ...)"))
    return findings
