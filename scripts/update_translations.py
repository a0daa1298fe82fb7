#!/usr/bin/env python3
"""Refresh the Qt Linguist sources in i18n/ from the code (run after adding UI strings).

Runs pyside6-lupdate over desktop/marika and sync/marika_sync. Existing translations are
kept; strings that left the code are dropped (-no-obsolete) so the files hold only what
ships; new strings arrive marked "unfinished" for the translator, and the check in
tests/i18n fails until they are translated.

    .venv/bin/python scripts/update_translations.py          # all languages
    .venv/bin/python scripts/update_translations.py --ts-dir DIR   # write elsewhere (the test)
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "desktop" / "marika", ROOT / "sync" / "marika_sync")
TS_DIR = ROOT / "i18n"
LANGUAGES = ("mg", "fr", "en")


def find_tool(name: str) -> str:
    """The Qt tool next to this Python (the venv), else on PATH; a clear error if neither."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if found:
        return found
    raise SystemExit(
        f"{name} was not found next to {sys.executable} or on PATH. It comes with the "
        "PySide6 wheels: run scripts/bootstrap.sh, or use the venv's Python.")


def ts_path(ts_dir: Path, code: str) -> Path:
    return ts_dir / f"marika_{code}.ts"


def update(ts_dir: Path = TS_DIR, languages=LANGUAGES, *, quiet: bool = False) -> list[Path]:
    """Merge the strings found in the code into marika_<code>.ts under `ts_dir`."""
    ts_dir.mkdir(parents=True, exist_ok=True)
    outputs = [ts_path(ts_dir, code) for code in languages]
    command = [
        find_tool("pyside6-lupdate"), "-extensions", "py", "-no-obsolete",
        "-locations", "none", "-source-language", "en",
        *(str(path) for path in SOURCES), "-ts", *(str(path) for path in outputs)]
    if quiet:
        command.insert(1, "-silent")
    # No source locations: they churn with every edit and make parallel work conflict.
    result = subprocess.run(command, cwd=ts_dir, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"pyside6-lupdate failed:\n{result.stdout}{result.stderr}")
    if not quiet:
        print(result.stdout.strip())
    return outputs


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ts-dir", type=Path, default=TS_DIR)
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    update(args.ts_dir, quiet=args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
