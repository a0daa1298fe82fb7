"""docs/SERVER_GUIDE.md is true: every `sh` block runs, in order, in a temporary folder.

The guide's commands run as written, with three things replaced by test ones:
`/srv/...` by folders under tmp_path, its ports (8765, 8766) by free ones, and its
PostgreSQL address by a fresh test database (the PostgreSQL blocks are skipped when
MARIKA_TEST_POSTGRES_URL is not set). Between blocks the test does what people would:
it puts a package and keys where the guide expects them, an annotator enrols and uploads
a batch once the server runs, and the reviewer accepts the exported items.
"""

from __future__ import annotations

import csv
import glob
import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from marika_sync import permits
from marika_sync.client import ServerClient
from marika_sync.crypto import BoxPrivateKey, SigningKey
from marika_sync.sealing import WorkRecord, seal_batch
from marika_sync.tus import MemoryState

from .conftest import PG_ENV, ServerProc, TaskPackage, _drop_pg_database, _fresh_pg_database
from .test_tus_server import _enrolled

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "SERVER_GUIDE.md"
GUIDE_PG = "postgresql://marika@127.0.0.1:5432/marika"


def sh_blocks(text: str) -> list[str]:
    return re.findall(r"^```sh\n(.*?)^```", text, flags=re.S | re.M)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _pg_bin() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump"))
    return str(Path(found[-1]).parent) if found else None


def _index_reachable() -> bool:
    probe = subprocess.run([sys.executable, "-m", "pip", "index", "versions", "starlette"],
                           check=False, capture_output=True, text=True, timeout=180)
    return probe.returncode == 0


def _upload_a_batch(url: str, port: int, data: Path, database: str | None,
                    pkg: TaskPackage) -> None:
    server = ServerProc(data, database=database, port=port)
    device = _enrolled(server, "ann-guide")
    records = [WorkRecord(f"u{i}", f"item-{i:04d}", "done", {"labels": ["cat"]}, 1, 1, 1.0)
               for i in range(3)]
    batch = seal_batch(records=records, annotator_id="ann-guide", device_key=device,
                       package_id=pkg.package_id, package_version=pkg.version,
                       results_key=pkg.results.public, rate_per_item=pkg.rate,
                       currency=pkg.currency, now=1.0)
    client = ServerClient(url)
    client.upload(batch_id=batch.batch_id, data=batch.data, sha256=batch.sha256,
                  annotator_id="ann-guide", state=MemoryState(),
                  permit=permits.upload_permit(device_key=device, annotator_id="ann-guide",
                                               batch_id=batch.batch_id, sha256=batch.sha256,
                                               length=len(batch.data)))
    assert client.receipt(batch.batch_id, batch.sha256)


def _accept_everything(path: Path) -> None:
    rows = list(csv.DictReader(path.open(newline="")))
    assert rows, "the export holds the uploaded batch's items"
    for row in rows:
        row["decision"], row["reason"] = "accepted", ""
    with path.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


@pytest.mark.slow
def test_every_command_of_the_server_guide_runs(tmp_path):
    if not _index_reachable():
        pytest.skip("pip cannot reach a package index (the guide installs the server)")
    blocks = sh_blocks(GUIDE.read_text("utf-8"))
    assert len(blocks) >= 10
    pg_base = os.environ.get(PG_ENV)
    work = tmp_path / "work"
    work.mkdir()
    shutil.copytree(ROOT / "sync", work / "sync", ignore=shutil.ignore_patterns(
        "__pycache__", "*.egg-info", "build"))
    pkg = TaskPackage("pkg.cats", 1, "12.5", "MGA", BoxPrivateKey.generate(),
                      SigningKey.generate(), item_count=5)
    pkg.write_zip(work / "cats.marika")
    (work / "publisher.pub").write_text(pkg.publisher.public.to_text() + "\n")
    (work / "results.key").write_text(pkg.results.to_text() + "\n")
    srv = tmp_path / "srv"
    ports = {"8765": str(_free_port()), "8766": str(_free_port())}
    pg_url = pg_name = None
    if pg_base:
        pg_url, pg_name = _fresh_pg_database(pg_base)
    env = {**os.environ, "HOME": str(tmp_path)}
    if _pg_bin():
        env["PATH"] = f"{_pg_bin()}:{env['PATH']}"
    env.pop("MARIKA_SERVER_DATA", None)
    env.pop("MARIKA_SERVER_DATABASE", None)
    pids = work / "pids"
    outputs = []
    try:
        for block in blocks:
            if GUIDE_PG in block and not pg_url:
                continue  # the PostgreSQL blocks need a test database
            script = block.replace("/srv/", f"{srv}/").replace(GUIDE_PG, pg_url or GUIDE_PG)
            for guide_port, port in ports.items():
                script = script.replace(guide_port, port)
            # Remember the servers the guide starts in the background, to stop them.
            script = re.sub(r"&\n", f"&\necho $! >> {pids}\n", script)
            (srv / "backups").mkdir(parents=True, exist_ok=True)
            venv_bin = work / "marika-server-env" / "bin"
            run_env = {**env, "PATH": f"{venv_bin}:{env['PATH']}"}
            # Files, not pipes: a server started in the background keeps its output open.
            out, err = work / "block.out", work / "block.err"
            with out.open("w") as stdout, err.open("w") as stderr:
                code = subprocess.run(["bash", "-euo", "pipefail", "-c", script], cwd=work,
                                      env=run_env, stdout=stdout, stderr=stderr, check=False,
                                      timeout=900).returncode
            assert code == 0, f"{script}\n{out.read_text()}\n{err.read_text()}"
            outputs.append(out.read_text())
            if "serve --data" in block and GUIDE_PG not in block:
                port = int(ports["8765"])
                _upload_a_batch(f"http://127.0.0.1:{port}", port, srv / "marika", None, pkg)
            if "export --data" in block:
                _accept_everything(work / "export.csv")
    finally:
        if pids.exists():
            for pid in pids.read_text().split():
                subprocess.run(["kill", pid], check=False)
        if pg_name:
            _drop_pg_database(pg_base, pg_name)
    text = "".join(outputs)
    assert "registered pkg.cats version 1" in text
    assert "decisions recorded: 3" in text and "statements issued: 1" in text
    assert "statements issued: 0" in text  # issuing again issues nothing
    assert (work / "server.pub").read_text().startswith("ed25519-pub:")
    assert (srv / "backups" / "today" / "server.db").stat().st_size > 0
    if pg_url and _pg_bin():
        assert (srv / "backups" / "today" / "marika.dump").stat().st_size > 0
