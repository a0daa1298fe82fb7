"""The office bundle, built for real and used the way an office uses it.

Building takes about a minute and a quarter of a gigabyte, so these tests run only with
MARIKA_TEST_BUNDLE=1 (never in ./test.sh or CI):

    MARIKA_TEST_BUNDLE=1 .venv/bin/python -m pytest -q -s tests/packaging

The bundle is built once (packaging/build_bundle.py) into build/bundle/marika and
dist/; every test then works on copies or installs in tmp_path, with HOME pointed there.
(No __init__.py here: a test package named `packaging` would hide the PyPI library.)
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import build_bundle  # noqa: E402
import smoke_test  # noqa: E402

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.timeout(900),
    pytest.mark.skipif(os.environ.get("MARIKA_TEST_BUNDLE") != "1",
                       reason="builds the real bundle: set MARIKA_TEST_BUNDLE=1"),
]


@pytest.fixture(scope="module")
def bundle() -> Path:
    started = time.monotonic()
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build_bundle.py")], check=True,
                   cwd=ROOT, timeout=840)
    took = time.monotonic() - started
    size = build_bundle.folder_size(build_bundle.BUNDLE)
    print(f"\nbundle built in {took:.0f} s, {size / 1e6:.0f} MB on disk")  # noqa: T201
    return build_bundle.BUNDLE


def office_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "VIRTUAL_ENV", "MARIKA_DATA_DIR", "XDG_"))}
    home.mkdir(parents=True, exist_ok=True)
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", **extra)
    return env


def install(bundle: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["sh", str(bundle / "install.sh"), *args], env=office_env(home),
                          capture_output=True, text=True, timeout=300, check=False)


def test_the_built_bundle_passes_the_smoke_test(bundle):
    assert smoke_test.smoke_test(bundle) == []


def test_the_archive_matches_its_checksum_and_unpacks_into_a_working_bundle(bundle, tmp_path):
    sums = (build_bundle.DIST / "SHA256SUMS").read_text("utf-8").splitlines()
    version = build_bundle.project()["version"]
    (line,) = [s for s in sums if f"marika-{version}-linux-x86_64.tar." in s]
    digest, name = line.split("  ")
    archive = build_bundle.DIST / name
    assert hashlib.sha256(archive.read_bytes()).hexdigest() == digest
    assert archive.stat().st_size < build_bundle.folder_size(bundle) / 2
    subprocess.run(["tar", "-xf", str(archive), "-C", str(tmp_path)], check=True)
    unpacked = tmp_path / "marika"
    result = subprocess.run([str(unpacked / "marika"), "--self-check"],
                            env=office_env(tmp_path / "home"), capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-check passed" in result.stdout


def test_install_makes_a_launcher_uses_the_users_data_folder_and_uninstalls(bundle, tmp_path):
    home = tmp_path / "home"
    (home / "Desktop").mkdir(parents=True)
    (home / ".local" / "bin").mkdir(parents=True)
    result = install(bundle, home, "--to", str(home / "Marika"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Marika is installed in" in result.stdout
    installed = home / "Marika"
    assert not (installed / "marika-portable").exists()  # data goes to the user's folder
    launcher = (home / ".local" / "share" / "applications" / "marika.desktop").read_text()
    assert f'Exec="{installed}/marika"' in launcher
    icon = next(line for line in launcher.splitlines() if line.startswith("Icon="))
    assert Path(icon.removeprefix("Icon=")).is_file()
    assert os.access(home / "Desktop" / "marika.desktop", os.X_OK)
    verified = subprocess.run(
        [str(home / ".local" / "bin" / "marika"), "package", "verify",
         str(ROOT / "assets" / "demo" / "speech.marika"),
         "--trust", str(ROOT / "assets" / "demo" / "demo-publisher.pub")],
        env=office_env(home), capture_output=True, text=True, timeout=60, check=False)
    assert verified.returncode == 0, verified.stderr
    assert "valid: " in verified.stdout

    db = home / ".local" / "share" / "marika" / "marika.db"  # the user's, not the program's
    _start_until_office_exists(installed / "marika", home, db)
    removed = install(installed, home, "--uninstall", str(installed))
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert not installed.exists()
    assert not (home / ".local" / "share" / "applications" / "marika.desktop").exists()
    assert not (home / "Desktop" / "marika.desktop").exists()
    assert not (home / ".local" / "bin" / "marika").is_symlink()
    assert db.is_file()  # the office's work is never removed with the program


def _start_until_office_exists(program: Path, home: Path, db: Path) -> None:
    """Start the GUI, wait for it to create the office, then close it like a window."""
    process = subprocess.Popen([str(program)], env=office_env(home),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not db.exists() and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.2)
        assert db.exists(), f"no office was created at {db}"
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_portable_keeps_the_data_next_to_the_app_and_an_update_keeps_it(bundle, tmp_path):
    home, stick = tmp_path / "home", tmp_path / "stick" / "Marika"
    result = install(bundle, home, "--portable", str(stick))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Portable Marika is ready" in result.stdout
    assert (stick / "marika-portable").is_file()
    db = stick / "marika-data" / "marika.db"
    _start_until_office_exists(stick / "marika", home, db)
    assert not (home / ".local" / "share" / "marika").exists()  # nothing on the PC
    made = {p.name: hashlib.sha256(p.read_bytes()).digest() for p in db.parent.glob("marika.db*")}

    again = install(bundle, home, "--portable", str(stick))  # e.g. a newer version
    assert again.returncode == 0, again.stdout + again.stderr
    kept = {p.name: hashlib.sha256(p.read_bytes()).digest() for p in db.parent.glob("marika.db*")}
    assert kept == made  # the office's data came along, unchanged
    assert (stick / "marika-portable").is_file()
    assert not list(stick.parent.glob("Marika.*"))  # no half copies left behind

    refused = install(stick, home, "--uninstall", str(stick))
    assert refused.returncode == 1
    assert "holds an office's data" in refused.stderr
    assert db.is_file()


def test_install_refuses_a_system_older_than_the_build(bundle, tmp_path):
    newer = tmp_path / "from-the-future"
    newer.mkdir()
    for name in ("marika", "_internal", "install.sh"):
        (newer / name).symlink_to(bundle / name)
    info = (bundle / "BUILD-INFO.txt").read_text("utf-8")
    (newer / "BUILD-INFO.txt").write_text(
        "".join("glibc=9.99\n" if line.startswith("glibc=") else line + "\n"
                for line in info.splitlines()), "utf-8")
    result = install(newer, tmp_path / "home", "--to", str(tmp_path / "home" / "Marika"))
    assert result.returncode == 1
    assert "needs glibc 9.99 or newer" in result.stdout
    assert not (tmp_path / "home" / "Marika").exists()


def _without_libpulse(tmp_path: Path, command: str) -> subprocess.CompletedProcess:
    """Run `command` where libpulse.so.0 does not exist: a private mount namespace whose
    library folder is an overlay that hides that one file (the real system is untouched)."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("hiding a system library needs root and unshare")
    libdir = Path("/usr/lib/x86_64-linux-gnu")
    if not (libdir / "libpulse.so.0").exists():
        pytest.skip("this system has no libpulse.so.0 to hide")
    upper, work = tmp_path / "upper", tmp_path / "work"
    upper.mkdir(parents=True)
    work.mkdir()
    os.mknod(upper / "libpulse.so.0", 0o600 | 0o020000, os.makedev(0, 0))  # a whiteout
    script = (f"mount --make-rprivate / && mount -t overlay overlay -o lowerdir={libdir},"
              f"upperdir={upper},workdir={work} {libdir} && "
              f"test ! -e {libdir}/libpulse.so.0 && {command}")
    result = subprocess.run(["unshare", "-m", "sh", "-c", script],
                            env=office_env(tmp_path / "home"), capture_output=True,
                            text=True, timeout=120, check=False)
    if "mount" in result.stderr and result.returncode != 0 and "Marika" not in result.stdout:
        pytest.skip(f"overlay mounts are not available here: {result.stderr.strip()}")
    return result


def test_a_pc_without_libpulse_is_told_which_package_to_install(bundle, tmp_path):
    checked = _without_libpulse(tmp_path, f"sh {bundle}/install.sh --check")
    assert checked.returncode == 2, checked.stdout + checked.stderr
    assert "libpulse.so.0  (package: libpulse0)" in checked.stdout
    assert "sudo apt-get install libpulse0" in checked.stdout

    self_check = _without_libpulse(tmp_path / "again", f"{bundle}/marika --self-check")
    assert self_check.returncode == 1
    assert "FAIL  multimedia" in self_check.stdout
    assert "libpulse0" in self_check.stdout
    assert "ok    window" in self_check.stdout  # the rest of the app still works


def test_a_stick_that_cannot_run_programs_is_refused_with_the_reason(bundle, tmp_path):
    """A FAT32 stick is mounted without execute permission; a noexec tmpfs is the same."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("mounting a noexec folder needs root and unshare")
    stick = tmp_path / "stick"
    stick.mkdir()
    script = (f"mount --make-rprivate / && mount -t tmpfs -o size=400m,noexec tmpfs {stick}"
              f" && sh {bundle}/install.sh --portable {stick}/Marika")
    result = subprocess.run(["unshare", "-m", "sh", "-c", script],
                            env=office_env(tmp_path / "home"), capture_output=True,
                            text=True, timeout=300, check=False)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "allow programs to run" in result.stdout
    assert "Portable Marika is ready" not in result.stdout
