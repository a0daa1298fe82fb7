"""The domain, the facade and sync run headless: importing them never loads Qt; and every
module of both packages is held by the import contracts in pyproject.toml."""

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FACADE_MODULES = [
    "marika.core.annotation", "marika_sync.package.manifest", "marika_sync.crypto",
    "marika.store.models", "marika.profiles", "marika.supervisor", "marika.workspace",
    "marika.sync_session", "marika.practice", "marika.packages.importer",
    "marika.media.images", "marika.media.audio", "marika_sync.sealing", "marika_sync.runner",
    "marika_sync.server.app", "marika.cli", "marika.sync_commands",
]


def _contract(name_start: str) -> dict:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    [contract] = [c for c in config["tool"]["importlinter"]["contracts"]
                  if c["name"].startswith(name_start)]
    return contract


def test_every_desktop_module_is_below_the_gui_contract():
    """A new top-level module of the desktop cannot escape the layer rules."""
    modules = {f"marika.{p.stem}" for p in (ROOT / "desktop" / "marika").iterdir()
               if (p.suffix == ".py" and p.stem != "__init__") or (p / "__init__.py").exists()}
    held = set(_contract("Nothing imports the GUI")["source_modules"])
    qt = set(_contract("Qt stays in the GUI")["source_modules"])
    assert modules - held == {"marika.gui", "marika.cli"}
    assert modules - qt == {"marika.gui"}


def test_the_sync_library_is_forbidden_the_desktop():
    contract = _contract("The sync library never imports the desktop")
    assert contract["source_modules"] == ["marika_sync"]
    assert "marika" in contract["forbidden_modules"]


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
