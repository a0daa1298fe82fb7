#!/usr/bin/env python3
"""Run the BUILT bundle the way an office would, with no display (QT_QPA_PLATFORM=offscreen).

    .venv/bin/python packaging/smoke_test.py [BUNDLE_DIR]   (default: build/bundle/marika)

Each check runs the bundle's own executables from a scratch folder, with HOME and the
data folder pointed there, so nothing of this machine's Marika is read or written:

- `marika --help` and `marika-server --help` start, `marika-server info` makes its key;
- `marika package verify` accepts a demo package signed by the demo key, and refuses the
  same package with one byte changed (the tools and their crypto are really bundled);
- `marika --self-check` passes: main window and office, translations, a QtMultimedia
  backend reading a clip, image and audio decoders, the demo packages; and again on X11
  under Xvfb when xvfb-run is installed (the platform plugin an office PC uses);
- the office files are there (install.sh, BUILD-INFO.txt, icon) and nothing of WebEngine.

Exit status 0 when every check passed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BUNDLE = ROOT / "build" / "bundle" / "marika"
DEMO = ROOT / "assets" / "demo"
TIMEOUT_S = 120


class SmokeFailure(Exception):
    pass


def bundle_env(scratch: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(scratch / "home"),
               XDG_DATA_HOME=str(scratch / "home" / ".local" / "share"),
               MARIKA_DATA_DIR=str(scratch / "data"))
    (scratch / "home").mkdir(exist_ok=True)
    return env


def run(bundle: Path, scratch: Path, program: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(bundle / program), *args], cwd=scratch, env=bundle_env(scratch),
                          capture_output=True, text=True, timeout=TIMEOUT_S, check=False)


def expect(result: subprocess.CompletedProcess, *, status: int | None = 0,
           says: str = "") -> str:
    output = result.stdout + result.stderr
    if status is not None and result.returncode != status:
        raise SmokeFailure(f"exit status {result.returncode} (wanted {status}):\n{output}")
    if says and says not in output:
        raise SmokeFailure(f"output lacks {says!r}:\n{output}")
    return output


def check_help(bundle: Path, scratch: Path) -> str:
    expect(run(bundle, scratch, "marika", "--help"), says="usage: marika")
    expect(run(bundle, scratch, "marika", "--help"), says="--self-check")
    expect(run(bundle, scratch, "marika-server", "--help"), says="usage: marika-server")
    # The server makes its key and SQLite database: its crypto and store are bundled.
    expect(run(bundle, scratch, "marika-server", "info", "--data", str(scratch / "server")),
           says="fingerprint")
    return "marika --help, marika-server --help, marika-server info"


def check_verify(bundle: Path, scratch: Path) -> str:
    package, key = DEMO / "photos.marika", DEMO / "demo-publisher.pub"
    out = expect(run(bundle, scratch, "marika", "package", "verify", str(package),
                     "--trust", str(key)), says="valid: demo.photos")
    tampered = scratch / "tampered.marika"
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(tampered, "w") as copy:
        for member in source.infolist():
            data = source.read(member)
            if member.filename == "manifest.json":  # one text changed, signature kept
                changed = data.replace(b'"en":"', b'"en":"Not ', 1)
                if changed == data:
                    raise SmokeFailure("the demo package's manifest has no English text")
                data = changed
            copy.writestr(member, data)
    refused = run(bundle, scratch, "marika", "package", "verify", str(tampered),
                  "--trust", str(key))
    if refused.returncode == 0:
        raise SmokeFailure("a package with a changed manifest was accepted")
    expect(refused, status=None, says="bad-signature")
    return out.strip().splitlines()[-1] + "; a changed copy refused"


def check_self_check(bundle: Path, scratch: Path) -> str:
    out = expect(run(bundle, scratch, "marika", "--self-check"), says="self-check passed")
    lines = [line for line in out.splitlines() if line.startswith(("ok", "FAIL"))]
    return "; ".join(line.split(":", 1)[0].split()[-1] for line in lines) + " ok"


def check_x11(bundle: Path, scratch: Path) -> str:
    """The real desktop path: the xcb platform plugin and its libraries, under Xvfb."""
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        return "skipped: xvfb-run is not installed"
    env = bundle_env(scratch)
    env.pop("QT_QPA_PLATFORM")
    result = subprocess.run([xvfb_run, "-a", "-s", "-screen 0 1366x768x24",
                             str(bundle / "marika"), "--self-check"], cwd=scratch, env=env,
                            capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
    expect(result, says="self-check passed")
    expect(result, says="main window built (xcb)")
    return "self-check passed on X11 (xcb) under Xvfb"


def check_contents(bundle: Path, scratch: Path) -> str:
    del scratch
    for name in ("install.sh", "BUILD-INFO.txt", "marika.png", "README.md"):
        if not (bundle / name).is_file():
            raise SmokeFailure(f"{name} is missing from the bundle")
    if not os.access(bundle / "install.sh", os.X_OK):
        raise SmokeFailure("install.sh is not executable")
    heavy = [p.name for p in (bundle / "_internal").rglob("*")
             if "WebEngine" in p.name or "Quick3D" in p.name or "qtvirtualkeyboard" in p.name]
    if heavy:
        raise SmokeFailure(f"unwanted Qt parts bundled: {heavy[:5]}")
    if (bundle / "marika-portable").exists():
        raise SmokeFailure("the bundle is built in portable mode")
    return "office files present, no WebEngine/Quick3D/virtual keyboard"


CHECKS = (("help", check_help), ("verify", check_verify), ("self-check", check_self_check),
          ("x11", check_x11), ("contents", check_contents))


def smoke_test(bundle: Path = DEFAULT_BUNDLE) -> list[str]:
    """Run every check; returns the failures (empty when the bundle works)."""
    failures = []
    if not (bundle / "marika").is_file():
        return [f"no bundle at {bundle}: build it with packaging/build_bundle.py"]
    with tempfile.TemporaryDirectory(prefix="marika-smoke-") as tmp:
        for name, check in CHECKS:
            scratch = Path(tmp) / name
            scratch.mkdir()
            started = time.monotonic()
            try:
                detail = check(bundle, scratch)
                print(f"ok    {name} ({time.monotonic() - started:.1f} s): {detail}")  # noqa: T201
            except (SmokeFailure, OSError, subprocess.TimeoutExpired) as exc:
                failures.append(f"{name}: {exc}")
                print(f"FAIL  {name}: {exc}")  # noqa: T201
            shutil.rmtree(scratch, ignore_errors=True)
    return failures


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    bundle = Path(argv[0]).resolve() if argv else DEFAULT_BUNDLE
    failures = smoke_test(bundle)
    print("smoke test passed" if not failures else f"smoke test failed: {len(failures)}")  # noqa: T201
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
