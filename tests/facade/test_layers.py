"""The domain, the facade and sync run headless: importing them never loads Qt."""

import subprocess
import sys

FACADE_MODULES = [
    "marika.core.annotation", "marika.core.manifest", "marika.crypto", "marika.store.models",
    "marika.profiles", "marika.supervisor", "marika.workspace", "marika.packages.importer",
    "marika.media.images", "marika.media.audio", "marika_sync.sealing", "marika_sync.runner",
    "marika_sync.server.app", "marika.cli",
]


def test_facade_and_sync_do_not_load_pyside6():
    code = (
        "import importlib, sys\n"
        f"for name in {FACADE_MODULES!r}:\n"
        "    try:\n"
        "        importlib.import_module(name)\n"
        "    except ModuleNotFoundError as exc:\n"
        "        if exc.name != name:\n"
        "            raise\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "assert not loaded, loaded\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
