"""Helpers of the disk fault tests: the LD_PRELOAD shim, a small tmpfs, translations."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHIM_SOURCE = Path(__file__).with_name("fault_shim.c")


def build_shim(folder: Path) -> Path:
    """Compile fault_shim.c into `folder` (skips the test where there is no compiler)."""
    compiler = shutil.which("gcc") or shutil.which("cc")
    if compiler is None or not Path("/proc/self/fd").is_dir():
        pytest.skip("the LD_PRELOAD fault shim needs a C compiler and Linux's /proc")
    target = folder / "fault_shim.so"
    subprocess.run([compiler, "-shared", "-fPIC", "-O2", "-o", str(target), str(SHIM_SOURCE),
                    "-ldl"], check=True, capture_output=True)
    return target


def mount_tmpfs(mount_point: Path, size: int) -> None:
    """A small disk of its own (needs root: skips otherwise)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mount_point.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs",
                             str(mount_point)], check=False, capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")


def remount(mount_point: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(mount_point)], check=True,
                   capture_output=True)


def unmount(mount_point: Path) -> None:
    done = subprocess.run(["umount", str(mount_point)], check=False, capture_output=True,
                          text=True)
    if done.returncode != 0:
        # Busy: a closed office still holds a file there (on Windows such a file could not
        # be moved or deleted either). Name the files this process holds open there.
        held = []
        for fd in Path("/proc/self/fd").iterdir():
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith(str(mount_point)):
                held.append(target)
        subprocess.run(["umount", "-l", str(mount_point)], check=False)
        pytest.fail(f"the small disk could not be unmounted: {done.stderr.strip()}; "
                    f"files still open: {held}")


def translator(language: str):
    """translate(context, source) from i18n/marika_<language>.ts, as the app's .qm does."""
    from i18n.tsfile import read

    table = {(m.context, m.source): m.forms[0] for m in read(ROOT / "i18n"
                                                             / f"marika_{language}.ts")
             if m.kind == "" and m.forms and not m.numerus}

    def translate(context: str, source: str) -> str:
        return table.get((context, source), source)

    return translate


def shown(exc, language: str) -> str:
    """The sentence a worker with this interface language reads for `exc`."""
    return exc.translated(translator(language))


@pytest.fixture
def small_disk(tmp_path):
    """A factory `small_disk(size) -> mount point` of small tmpfs disks (root only),
    unmounted after the test (read-write again first, in case a test left one read-only)."""
    from marika.store import db as store_db

    mounts = []

    def make(size: int) -> Path:
        mount_point = tmp_path / f"disk{len(mounts)}"
        mount_tmpfs(mount_point, size)
        mounts.append(mount_point)
        return mount_point

    yield make
    store_db.close_database()
    for mount_point in mounts:
        remount(mount_point, "rw")
        unmount(mount_point)


def fill(disk: Path, *, leave: int = 0) -> Path:
    """Another program fills `disk` up to `leave` bytes of free space."""
    filler = disk / "somebody-elses-video.bin"
    with open(filler, "ab") as out:
        while True:
            room = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize - leave
            if room <= 0:
                break
            try:
                out.write(b"\0" * min(room, 1 << 20))
                out.flush()
            except OSError:  # ENOSPC: full to the last byte
                break
    return filler
