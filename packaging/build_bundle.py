#!/usr/bin/env python3
"""Build the office bundle: build/bundle/marika/ and dist/marika-<version>-linux-x86_64.tar.*

    .venv/bin/python packaging/build_bundle.py [--clean] [--no-archive] [--format auto|gz|zst]

1. installs the `packaging` extra of pyproject.toml (PyInstaller) into this venv if missing;
2. compiles the translations if they are missing or older than their sources;
3. runs PyInstaller on packaging/marika.spec (one folder, `marika` and `marika-server`);
4. strips libpython and Python's own extension modules only (stripping Qt or FFmpeg
   breaks the media plugin), adds install.sh, the icon, README.md and BUILD-INFO.txt
   (version, the glibc the bundle needs, sizes);
5. writes the archive and SHA256SUMS into dist/ (.tar.zst when the `zstandard` module is
   installed, else .tar.gz, which any Linux opens without extra tools).

Build on the oldest Linux the offices run: the bundle needs the glibc it was built on.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
BUNDLE_PARENT = ROOT / "build" / "bundle"
BUNDLE = BUNDLE_PARENT / "marika"
WORK = ROOT / "build" / "pyinstaller"
DIST = ROOT / "dist"
ICON = ROOT / "assets" / "icons" / "marika.png"
PYTHON_STRIPPABLE = ("libpython*.so*", "python3*/lib-dynload/*.so")


def log(message: str) -> None:
    print(f"[bundle] {message}", flush=True)  # noqa: T201 - a build tool's progress


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]


def ensure_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    requirements = project()["optional-dependencies"]["packaging"]
    log(f"installing the packaging extra: {' '.join(requirements)}")
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", *requirements], check=True)


def ensure_translations() -> None:
    script = ROOT / "scripts" / "build_translations.py"
    if script.is_file():  # rebuilds only what is missing or older than its .ts
        subprocess.run([sys.executable, str(script)], check=True)
    if not list((ROOT / "desktop" / "marika" / "i18n").glob("marika_*.qm")):
        raise SystemExit("No compiled translations (desktop/marika/i18n/*.qm): "
                         "the bundle would speak English only.")


def run_pyinstaller(*, clean: bool) -> None:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--workpath", str(WORK), "--distpath", str(BUNDLE_PARENT),
               str(PACKAGING / "marika.spec")]
    if clean:
        command.insert(3, "--clean")
    subprocess.run(command, check=True, cwd=ROOT)


def strip_python_libraries(bundle: Path) -> int:
    """Strip debug symbols from CPython's own libraries; returns the bytes saved."""
    strip = shutil.which("strip")
    if strip is None:
        return 0
    internal = bundle / "_internal"
    saved = 0
    for pattern in PYTHON_STRIPPABLE:
        for path in internal.glob(pattern):
            if path.is_symlink() or not path.is_file():
                continue
            before = path.stat().st_size
            subprocess.run([strip, "--strip-unneeded", str(path)], check=True)
            saved += before - path.stat().st_size
    return saved


def elf_files(bundle: Path):
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    yield path


def glibc_needed(bundle: Path) -> str:
    """The newest GLIBC_x.y symbol version any file of the bundle asks for."""
    versions = set()
    for path in elf_files(bundle):
        out = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True,
                             check=False).stdout
        versions.update(re.findall(r"GLIBC_(\d+\.\d+(?:\.\d+)?)", out))
    if not versions:
        return ""
    return max(versions, key=lambda v: tuple(int(part) for part in v.split(".")))


def folder_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def add_office_files(bundle: Path, *, version: str, build_seconds: float) -> dict:
    shutil.copy2(PACKAGING / "install.sh", bundle / "install.sh")
    (bundle / "install.sh").chmod(0o755)
    shutil.copy2(PACKAGING / "README.md", bundle / "README.md")
    if ICON.is_file():
        shutil.copy2(ICON, bundle / "marika.png")
    import PySide6

    info = {
        "name": "marika",
        "version": version,
        "platform": f"linux-{platform.machine()}",
        "glibc": glibc_needed(bundle),
        "built_on": platform.freedesktop_os_release().get("PRETTY_NAME", platform.platform()),
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "build_seconds": f"{build_seconds:.0f}",
    }
    info["size_bytes"] = str(folder_size(bundle))
    text = "".join(f"{key}={value}\n" for key, value in info.items())
    (bundle / "BUILD-INFO.txt").write_text(text, "utf-8")
    return info


def write_archive(bundle: Path, *, version: str, fmt: str) -> Path:
    if fmt == "auto":
        fmt = "zst" if importlib.util.find_spec("zstandard") else "gz"
    DIST.mkdir(exist_ok=True)
    name = f"marika-{version}-linux-{platform.machine()}.tar.{fmt}"
    final = DIST / name
    partial = DIST / (name + ".part")  # a half-written archive never has the final name
    if fmt == "gz":
        with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
            tar.add(bundle, arcname=bundle.name)
    else:
        import zstandard

        with partial.open("wb") as raw, \
                zstandard.ZstdCompressor(level=10, threads=-1).stream_writer(raw) as packed, \
                tarfile.open(fileobj=packed, mode="w|") as tar:
            tar.add(bundle, arcname=bundle.name)
    os.replace(partial, final)
    write_checksums(DIST)
    return final


def write_checksums(folder: Path) -> None:
    lines = []
    for path in sorted(folder.glob("marika-*.tar.*")):
        if path.name.endswith(".part"):
            continue
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        lines.append(f"{digest.hexdigest()}  {path.name}\n")  # the `sha256sum -c` format
    (folder / "SHA256SUMS").write_text("".join(lines), "utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="rebuild PyInstaller's cache")
    parser.add_argument("--no-archive", action="store_true", help="only the folder")
    parser.add_argument("--format", choices=("auto", "gz", "zst"), default="auto")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        raise SystemExit("Only the Linux bundle is built so far (see packaging/README.md).")
    if shutil.which("objdump") is None:  # PyInstaller and bundle_filter read ELF with it
        raise SystemExit("objdump is missing: install binutils (apt-get install binutils).")
    version = project()["version"]
    started = time.monotonic()
    ensure_pyinstaller()
    ensure_translations()
    run_pyinstaller(clean=args.clean)
    saved = strip_python_libraries(BUNDLE)
    built = time.monotonic() - started
    info = add_office_files(BUNDLE, version=version, build_seconds=built)
    log(f"{BUNDLE}: {int(info['size_bytes']) / 1e6:.0f} MB in {built:.0f} s "
        f"(stripping Python's libraries saved {saved / 1e6:.0f} MB); "
        f"needs glibc {info['glibc'] or '?'}")
    if not args.no_archive:
        archive = write_archive(BUNDLE, version=version, fmt=args.format)
        log(f"{archive}: {archive.stat().st_size / 1e6:.0f} MB; checksums in "
            f"{DIST / 'SHA256SUMS'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
