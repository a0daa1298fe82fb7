"""`marika --self-check`, from the source tree (fast; the bundle's run is test_bundle.py).

The check is what an installer relies on to say "this PC can run Marika", so it must
pass on a working installation and name the broken part on a broken one.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parents[2] / "assets" / "demo"

pytestmark = pytest.mark.gui


def test_self_check_passes_and_reports_each_part(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "MARIKA_DATA_DIR"}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_DATA_HOME=str(tmp_path / "share"))
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from marika.cli import main; "
                               "sys.exit(main(['--self-check']))"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    for part in ("translations: mg, fr, en; Qt's own: fr", "window: main window built (offscreen)",
                 "multimedia: backend loaded", "media: JPEG 64x48 decoded, WAV 500 ms",
                 f"demo: {len(list(DEMO.glob('*.marika')))} demo package(s)"):
        assert f"ok    {part}" in result.stdout
    assert result.stdout.rstrip().endswith("self-check passed")
    assert not (tmp_path / "share" / "marika").exists()  # no office made for the user


def test_a_missing_translation_is_named(qapp, tmp_path, monkeypatch):
    from marika.gui import i18n, self_check

    for code in ("mg", "en"):  # French is the one left out of this "bundle"
        (tmp_path / f"marika_{code}.qm").write_bytes(i18n.qm_path(code).read_bytes())
    monkeypatch.setattr(i18n, "QM_DIR", tmp_path)
    with pytest.raises(self_check.CheckFailed, match="the fr translation is missing"):
        self_check.check_translations()


def test_a_clip_the_media_backend_cannot_read_fails_the_check(qapp, tmp_path):
    from marika.gui import self_check

    clip = tmp_path / "check.wav"
    clip.write_bytes(b"RIFF" + bytes(range(256)) * 8)  # looks like a WAV, is not one
    with pytest.raises(self_check.CheckFailed, match="clip"):
        self_check.check_multimedia(clip)
