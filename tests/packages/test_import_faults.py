"""A disk that fills or fails while a package is imported: the supervisor reads the
cause's sentence (not "Something went wrong"), and the office is as before.

The writes into the staging folder fail through the LD_PRELOAD shim of the store's
fault tests (tests/store/fault_shim.c), in a child process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FAST_KDF_N, TEST_PASSWORD
from store.faults_help import build_shim
from store.test_faults import FULL_EN, IO_EN

from marika.profiles import Office
from packages import factory

CHILD = Path(__file__).with_name("import_fault_child.py")


@pytest.mark.parametrize(("errno", "kind", "english"), [
    (28, "DiskFullError", FULL_EN), (5, "DiskIOError", IO_EN)])
def test_import_on_a_failing_disk_names_the_cause(tmp_path, keys, errno, kind, english):
    data_dir = tmp_path / "data"
    with Office.open(data_dir, kdf_n=FAST_KDF_N) as office:
        supervisor, _recovery = office.setup(username="office", display_name="Office",
                                             password=TEST_PASSWORD, language="en")
        supervisor.install_publisher(name="Test publisher",
                                     public_key_text=keys.publisher.public.to_text())
    package = factory.build(factory.image_source(tmp_path / "src", count=3), keys,
                            tmp_path / "p.marika")
    env = dict(os.environ, LD_PRELOAD=str(build_shim(tmp_path)),
               FAULT_PATH=str(data_dir / "staging"), FAULT_OPS="write",
               FAULT_ERRNO=str(errno), FAULT_ARM=str(tmp_path / "armed"))
    done = subprocess.run([sys.executable, str(CHILD), str(data_dir), str(package),
                           str(tmp_path / "armed"), TEST_PASSWORD], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert json.loads(done.stdout) == {"error": kind, "en": english}
    with Office.open(data_dir, kdf_n=FAST_KDF_N) as office:
        supervisor = office.login(username="office", password=TEST_PASSWORD)
        assert supervisor.packages() == []
    assert not (data_dir / "staging").exists()
    assert not [p for p in (data_dir / "packages").glob("*/*")]
