"""`pip install ./sync` in a fresh virtualenv gives a working `marika-server` and no Qt:
the server and the sync library are a distribution of their own (ADR 10)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _index_reachable(python: Path) -> bool:
    probe = subprocess.run([str(python), "-m", "pip", "index", "versions", "starlette"],
                           check=False, capture_output=True, text=True, timeout=180)
    return probe.returncode == 0 and "starlette" in probe.stdout


@pytest.mark.slow
def test_pip_install_of_the_server_brings_no_pyside6(tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    if not _index_reachable(python):
        pytest.skip("pip cannot reach a package index")
    source = tmp_path / "sync"  # a copy: building never writes into the checkout
    shutil.copytree(ROOT / "sync", source, ignore=shutil.ignore_patterns(
        "__pycache__", "*.egg-info", "build"))
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(source)], check=True,
                   timeout=900)
    listed = subprocess.run([str(python), "-m", "pip", "list", "--format=freeze"],
                            check=True, capture_output=True, text=True).stdout.lower()
    assert "marika-sync==" in listed
    assert "pyside6" not in listed and "shiboken6" not in listed
    check = subprocess.run([str(python), "-c", (
        "import importlib.util as u\n"
        "assert u.find_spec('PySide6') is None\n"
        "assert u.find_spec('marika') is None\n"
        "import marika_sync.server.app, marika_sync.runner\n"
        "print('ok')")], check=False, capture_output=True, text=True, timeout=120)
    assert check.stdout.strip() == "ok", check.stderr

    # The installed command serves.
    data = tmp_path / "data"
    proc = subprocess.Popen([str(venv / "bin" / "marika-server"), "serve", "--data", str(data),
                             "--port", "0", "--workers", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not (data / "server.url").exists():
            assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read()
            time.sleep(0.1)
        url = (data / "server.url").read_text()
        while True:
            try:
                with urllib.request.urlopen(f"{url}/v1/ping?nonce=x", timeout=5) as reply:
                    assert reply.status == 200
                    break
            except OSError:
                assert time.monotonic() < deadline
                time.sleep(0.2)
    finally:
        proc.terminate()
        proc.wait(30)
