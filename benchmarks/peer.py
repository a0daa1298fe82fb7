"""labelme as the peer: where its interpreter is, and benchmarks/labelme_probe.py run in it.

labelme is never a dependency of Marika (it pulls PyQt5 and onnxruntime, about 725 MB):
it lives in a virtualenv of its own, found in this order:
  1. `python -m benchmarks --labelme PYTHON` (the parent passes it on as the variable below),
  2. the environment variable MARIKA_BENCH_LABELME=/path/to/python,
  3. `.venv-labelme/` at the repository root (`scripts/bootstrap.sh --labelme` makes it).
With none of them, the labelme rows are left out. One that is given but cannot run
labelme is an error with labelme's own words, never a silent omission.

Each labelme process gets a HOME of its own in the run's temporary folder, so its
settings, config file and log neither come from nor go to the user's home.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from .common import until_painted

ENV = "MARIKA_BENCH_LABELME"
ROOT = Path(__file__).resolve().parents[1]
PROBE = Path(__file__).with_name("labelme_probe.py")


def python() -> str | None:
    """labelme's interpreter, or None when none is configured or made."""
    chosen = os.environ.get(ENV, "").strip()
    if chosen:
        return chosen
    for candidate in (ROOT / ".venv-labelme" / "bin" / "python",
                      ROOT / ".venv-labelme" / "Scripts" / "python.exe"):
        if candidate.exists():
            return str(candidate)
    return None


class Labelme:
    """labelme's own entry point, driven by the probe in labelme's interpreter."""

    def __init__(self, interpreter: str, tmp: Path) -> None:
        self.python = interpreter
        self.home = Path(tmp) / "labelme-home"
        self.home.mkdir(parents=True, exist_ok=True)
        self.log = self.home / "stderr.txt"

    @classmethod
    def found(cls, tmp: Path) -> Labelme | None:
        interpreter = python()
        return cls(interpreter, tmp) if interpreter else None

    def command(self, *args: str) -> list[str]:
        # -I: neither this folder nor PYTHONPATH (the parent's marika) is on its path
        return [self.python, "-I", str(PROBE), *args]

    def env(self) -> dict:
        env = dict(os.environ)
        for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
            env.pop(name, None)
        env["HOME"] = str(self.home)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return env

    def stderr_tail(self, lines: int = 12) -> str:
        try:
            text = self.log.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        kept = [line for line in text.splitlines() if "| DEBUG" not in line]
        return "\n".join(kept[-lines:])

    def failed(self, what: str, detail: str) -> RuntimeError:
        return RuntimeError(f"labelme ({self.python}) {what}: {detail}\n{self.stderr_tail()}")

    def start(self) -> tuple[float, float]:
        """Seconds from the process start to labelme's window painted, and its RSS."""
        with open(self.log, "w", encoding="utf-8") as err:
            try:
                took, rss, code = until_painted(self.command("start"), self.env(), stderr=err)
            except OSError as exc:
                raise self.failed("could not start", str(exc)) from exc
        if took is None:
            raise self.failed("never painted its window", f"exit {code}")
        return took, rss

    def _run(self, *args: str, expect: str, timeout: float) -> list[str]:
        with open(self.log, "w", encoding="utf-8") as err:
            try:
                proc = subprocess.run(self.command(*args), env=self.env(), stdout=subprocess.PIPE,
                                      stderr=err, text=True, timeout=timeout, check=False)
            except (OSError, subprocess.TimeoutExpired) as exc:
                raise self.failed(f"{args[0]} did not finish", str(exc)) from exc
        for line in proc.stdout.splitlines():
            if line.startswith(expect + " ") or line == expect:
                return line.split()[1:]
        raise self.failed(f"{args[0]} gave no result", f"exit {proc.returncode}")

    def next_image(self, folder: Path, count: int, box: tuple[int, int]) -> list[float]:
        """Seconds from each press of labelme's Next Image key (D) to the image painted,
        browsing the first `count` images of `folder` in a window of size `box`."""
        got = self._run("next", str(folder), str(count), str(box[0]), str(box[1]),
                        expect="next", timeout=600)
        return [float(x) / 1000 for x in got]

    def memory(self, folder: Path, count: int) -> float:
        """labelme's resident MiB after showing the first `count` images of `folder`."""
        return float(self._run("memory", str(folder), str(count), expect="rss",
                               timeout=3600)[0])
