"""Where the data folder is (platform folder, portable mode, MARIKA_DATA_DIR), and the
one-instance lock: a clear message for a second Marika, and no stale lock after a crash.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from marika import paths
from marika.cli import build_parser
from marika.gui.main import resolve_data_dir
from marika.office_lock import OfficeLocked
from marika.profiles import Office

FAST_KDF = 2**10


@pytest.fixture
def clean_env(monkeypatch, tmp_path):
    """No override, a home of our own, and a non-frozen app."""
    monkeypatch.delenv(paths.ENV_VAR, raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setattr(sys, "frozen", False, raising=False)
    return tmp_path


def args(*argv: str):
    return build_parser().parse_args(list(argv))


def test_default_is_the_platform_data_folder(clean_env, monkeypatch):
    home = clean_env / "home"
    monkeypatch.setattr(sys, "platform", "linux")
    assert resolve_data_dir(args()) == home / ".local" / "share" / "marika"
    monkeypatch.setenv("XDG_DATA_HOME", str(clean_env / "xdg"))
    assert resolve_data_dir(args()) == clean_env / "xdg" / "marika"


def test_default_on_windows_is_local_app_data(clean_env, monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(clean_env / "Local"))
    assert paths.platform_data_dir() == clean_env / "Local" / "Marika"
    monkeypatch.delenv("LOCALAPPDATA")
    assert paths.platform_data_dir() == clean_env / "home" / "AppData" / "Local" / "Marika"


def bundle(monkeypatch, root: Path) -> Path:
    """Pretend to run as the installed bundle `root/Marika/marika` (PyInstaller)."""
    app = root / "usb" / "Marika"
    app.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app / "marika"))
    return app


def test_portable_flag_keeps_data_next_to_the_app(clean_env, monkeypatch):
    app = bundle(monkeypatch, clean_env)
    assert resolve_data_dir(args("--portable")) == app / "marika-data"
    assert resolve_data_dir(args()) != app / "marika-data"  # not without the flag


def test_portable_marker_file_next_to_the_app(clean_env, monkeypatch):
    app = bundle(monkeypatch, clean_env)
    (app / paths.PORTABLE_MARKER).write_text("")
    assert resolve_data_dir(args()) == app / "marika-data"


def test_environment_variable_overrides_portable_and_platform(clean_env, monkeypatch):
    app = bundle(monkeypatch, clean_env)
    (app / paths.PORTABLE_MARKER).write_text("")
    monkeypatch.setenv(paths.ENV_VAR, str(clean_env / "elsewhere"))
    assert resolve_data_dir(args("--portable")) == clean_env / "elsewhere"
    # ...and --data-dir, typed by the person starting Marika, wins over everything.
    assert resolve_data_dir(args("--data-dir", str(clean_env / "typed"))) == clean_env / "typed"


def test_an_office_opens_in_the_resolved_folder(clean_env, monkeypatch):
    monkeypatch.setenv(paths.ENV_VAR, str(clean_env / "office-data"))
    folder = resolve_data_dir(args())
    with Office.open(folder, kdf_n=FAST_KDF) as office:
        assert office.needs_setup()
    assert (clean_env / "office-data" / "marika.db").is_file()


# ---------------------------------------------------------------- one instance per folder

HOLDER = textwrap.dedent("""
    import sys, time
    from marika.profiles import Office
    office = Office.open(sys.argv[1], kdf_n=1024)
    print("open", flush=True)
    time.sleep(120)
""")


def start_holder(folder: Path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    assert line.strip() == "open", proc.stderr.read()
    return proc


def test_second_instance_gets_a_clear_message(tmp_path):
    folder = tmp_path / "data"
    holder = start_holder(folder)
    try:
        with pytest.raises(OfficeLocked) as caught:
            Office.open(folder, kdf_n=FAST_KDF)
        assert "already open" in str(caught.value) and "Close the other window" in str(
            caught.value)
    finally:
        holder.kill()
        holder.wait(10)


def test_a_killed_instance_leaves_no_lock_that_blocks(tmp_path):
    folder = tmp_path / "data"
    holder = start_holder(folder)
    holder.send_signal(signal.SIGKILL)  # a power cut or a crash: no clean close
    holder.wait(10)
    assert (folder / "marika.lock").exists()  # the file stays; the OS lock does not
    started = time.monotonic()
    with Office.open(folder, kdf_n=FAST_KDF) as office:
        assert office.needs_setup()
    assert time.monotonic() - started < 5


def test_closing_releases_the_lock_for_the_next_start(tmp_path):
    folder = tmp_path / "data"
    Office.open(folder, kdf_n=FAST_KDF).close()
    with Office.open(folder, kdf_n=FAST_KDF):
        with pytest.raises(OfficeLocked):
            Office.open(folder, kdf_n=FAST_KDF)
