"""Where the data folder is: an override, portable mode, or the platform's data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_VAR = "MARIKA_DATA_DIR"
PORTABLE_MARKER = "marika-portable"  # a file beside the app that turns portable mode on


def app_dir() -> Path:
    if getattr(sys, "frozen", False):  # a PyInstaller bundle
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent


def platform_data_dir() -> Path:
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "Marika"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Marika"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "marika"


def data_dir(*, explicit: str | None = None, portable: bool = False) -> Path:
    """Order: explicit argument, MARIKA_DATA_DIR, portable mode, the platform folder."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser().resolve()
    if portable or (app_dir() / PORTABLE_MARKER).exists():
        return app_dir() / "marika-data"
    return platform_data_dir()
