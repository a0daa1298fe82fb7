"""Import a package while the disk fails (tests/packages/test_import_faults.py).

Run as `python import_fault_child.py DATA_DIR PACKAGE ARM_FILE PASSWORD` with the shim
preloaded: the supervisor logs in, ARM_FILE is created (writes under the data folder's
staging area now fail), and the import runs. Prints the error as JSON.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from marika.core.errors import MarikaError
from marika.profiles import Office

FAST_KDF_N = 2**10  # as tests/conftest.py


def main(data_dir: Path, package: Path, arm: Path, password: str) -> dict:
    with Office.open(data_dir, kdf_n=FAST_KDF_N) as office:
        supervisor = office.login(username="office", password=password)
        arm.touch()
        try:
            supervisor.import_package(package)
        except MarikaError as exc:
            return {"error": type(exc).__name__, "en": exc.english()}
        finally:
            arm.unlink()
    return {"error": None}


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]),
                          sys.argv[4])))
