#!/usr/bin/env python3
"""Compile i18n/marika_<code>.ts into desktop/marika/i18n/marika_<code>.qm.

Also i18n/qt_<code>.ts (our translation of Qt's own buttons and dialogs, for languages
Qt ships none of: Malagasy) into qt_<code>.qm. Called by scripts/bootstrap.sh and before
bundling. A .qm is rebuilt only when its .ts is newer, so running it again is instant.
Unfinished translations are left out by lrelease; the interface shows English for them.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from update_translations import LANGUAGES, TS_DIR, find_tool, ts_path  # noqa: E402

QM_DIR = Path(__file__).resolve().parent.parent / "desktop" / "marika" / "i18n"


def build(ts_dir: Path = TS_DIR, qm_dir: Path = QM_DIR, *, force: bool = False,
          quiet: bool = False) -> list[Path]:
    qm_dir.mkdir(parents=True, exist_ok=True)
    built = []
    lrelease = None
    sources = [ts_path(ts_dir, code) for code in LANGUAGES]
    for source in sources:
        if not source.exists():
            raise SystemExit(f"{source} is missing: run scripts/update_translations.py.")
    sources += sorted(ts_dir.glob("qt_*.ts"))
    for source in sources:
        target = qm_dir / f"{source.stem}.qm"
        if not force and target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        lrelease = lrelease or find_tool("pyside6-lrelease")
        # lrelease writes in place; a temp name and os.replace keep a running app's file whole.
        partial = target.with_suffix(".qm.part")
        result = subprocess.run([lrelease, "-silent", str(source), "-qm", str(partial)],
                                capture_output=True, text=True, check=False)
        if result.returncode != 0 or not partial.exists():
            partial.unlink(missing_ok=True)
            raise SystemExit(f"pyside6-lrelease failed on {source}:\n"
                             f"{result.stdout}{result.stderr}")
        partial.replace(target)
        built.append(target)
    if not quiet:
        print(f"translations: {len(built)} built, {len(sources) - len(built)} up to date "
              f"in {qm_dir}")
    return built


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rebuild even if up to date")
    parser.add_argument("--ts-dir", type=Path, default=TS_DIR)
    parser.add_argument("--qm-dir", type=Path, default=QM_DIR)
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    build(args.ts_dir, args.qm_dir, force=args.force, quiet=args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
