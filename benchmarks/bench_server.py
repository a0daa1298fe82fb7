"""The collection server under load, on PostgreSQL, with 1 and with 4 worker processes in
the same run; and a stock HTTP client's keep-alive after refusals.

- upload: N concurrent clients (threads running the real sync client, `ServerClient`:
  tus creation, PATCH, then the receipt), each an enrolled annotator sending one sealed
  batch, against a real `marika-server serve --workers W --database postgresql://...`.
  Reported per worker count: milliseconds per stored batch (the inverse of uploads per
  second) and the p95 latency of one whole upload. The floor is the same server answering
  the same number of bare requests (GET /v1/ping) from the same N clients: what HTTP and
  the process cost before any batch work.
- scaling: milliseconds per batch with 4 workers against 1 worker.
- keepalive: 200 requests in a row with httpx over one kept-alive connection, four in
  five of them refused (404, 415, 400): every one must get its answer.

PostgreSQL comes from MARIKA_TEST_POSTGRES_URL or (not at --tiny) from
scripts/start_test_postgres.sh; each server gets a fresh database. Without PostgreSQL the
group runs on SQLite and says so in the notes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

from .common import Row, p95, pick

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"
PG_ENV = "MARIKA_TEST_POSTGRES_URL"


def _postgres(scale: str) -> str | None:
    if os.environ.get(PG_ENV):
        return os.environ[PG_ENV]
    if scale == "tiny":  # the smoke test never installs PostgreSQL
        return None
    try:
        out = subprocess.run([str(ROOT / "scripts" / "start_test_postgres.sh")],
                             capture_output=True, text=True, timeout=300, check=True)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip().splitlines()[-1] or None


def _fresh_database(base: str | None) -> tuple[str | None, str | None]:
    if not base:
        return None, None
    import psycopg

    name = f"marika_bench_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{base.rpartition('/')[0]}/{name}", name


def _drop_database(base: str | None, name: str | None) -> None:
    if base and name:
        import psycopg

        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _together(count: int, work) -> tuple[float, list[float]]:
    """Run `work(n)` on `count` threads released at once: (wall seconds, latencies)."""
    latencies = [0.0] * count
    errors: list[BaseException] = []
    gate = threading.Barrier(count + 1)

    def client(n: int) -> None:
        gate.wait()
        start = time.perf_counter()
        try:
            work(n)
        except BaseException as exc:  # reported after the run
            errors.append(exc)
        latencies[n] = time.perf_counter() - start

    threads = [threading.Thread(target=client, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    gate.wait()
    start = time.perf_counter()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - start
    if errors:
        raise RuntimeError(f"{len(errors)} of {count} clients failed: {errors[0]!r}")
    return wall, latencies


def _load(tmp: Path, *, workers: int, clients: int, database: str | None) -> dict:
    sys.path.insert(0, str(TESTS))
    from sync.conftest import ServerProc

    from marika_sync import permits
    from marika_sync.client import ServerClient
    from marika_sync.config import ClientConfig
    from marika_sync.crypto import BoxPrivateKey, SigningKey
    from marika_sync.enroll import make_enroll_request
    from marika_sync.sealing import WorkRecord, seal_batch
    from marika_sync.tus import MemoryState

    config = ClientConfig(connect_timeout=30, read_timeout=60, request_deadline=120,
                          max_attempts=20, backoff_base=0.05, backoff_cap=0.5)
    server = ServerProc(tmp / f"server-{workers}", database=database, workers=workers,
                        serve_args=("--max-connections", "4000"))
    server.data.mkdir(parents=True)
    server.start(timeout=120)
    try:
        codes = server.cli("codes", "new", "--count", str(clients)).stdout.split()[-clients:]
        results = BoxPrivateKey.generate().public
        batches = []
        for n in range(clients):
            annotator, device = f"bench-{n:04d}", SigningKey.generate()
            ServerClient(server.url, config=config).enroll(make_enroll_request(
                code=codes[n], annotator_id=annotator, device_key=device,
                box_key=BoxPrivateKey.generate()))
            records = [WorkRecord(f"u{n}-{i}", f"item-{i:04d}", "done",
                                  {"labels": ["cat"], "note": "x" * 200}, 1500, 1, 1.0)
                       for i in range(20)]
            batches.append((annotator, device, seal_batch(
                records=records, annotator_id=annotator, device_key=device,
                package_id="bench", package_version=1, results_key=results,
                rate_per_item="1", currency="MGA", now=1.0)))

        def ping(n: int) -> None:
            client = ServerClient(server.url, config=config)
            # A fixed floor: the three requests an upload took before creation-with-upload
            # (creation, PATCH, receipt; ADR 13), kept so that figures compare across
            # commits. An upload of this batch is one request now.
            for _ in range(3):
                client.http.request("GET", f"/v1/ping?nonce=b{n}")

        def upload(n: int) -> None:
            annotator, device, batch = batches[n]
            client = ServerClient(server.url, config=config)
            assert client.upload(batch_id=batch.batch_id, data=batch.data, sha256=batch.sha256,
                                 annotator_id=annotator, state=MemoryState(),
                                 permit=permits.upload_permit(
                                     device_key=device, annotator_id=annotator,
                                     batch_id=batch.batch_id, sha256=batch.sha256,
                                     length=len(batch.data)))

        ping_wall, ping_lat = _together(clients, ping)
        wall, lat = _together(clients, upload)
        [(stored,)] = server.query("SELECT COUNT(*) FROM batch")
        assert stored == clients, (stored, clients)
        return {"wall": wall, "p95": p95(lat), "ping_wall": ping_wall,
                "ping_p95": p95(ping_lat), "bytes": sum(len(b.data) for _, _, b in batches)}
    finally:
        server.stop()


def upload_load(scale: str) -> list[Row]:
    clients = pick(scale, 8, 200, 200)
    base = _postgres(scale)
    where = "PostgreSQL" if base else "SQLite (no PostgreSQL here)"
    figures = {}
    with tempfile.TemporaryDirectory() as name:
        for workers in (1, 4):
            url, db_name = _fresh_database(base)
            try:
                figures[workers] = _load(Path(name), workers=workers, clients=clients,
                                         database=url)
            finally:
                _drop_database(base, db_name)
    rows = []
    for workers, f in figures.items():
        per_batch = f["wall"] * 1000 / clients
        rows.append(Row(
            f"server_ms_per_upload@{clients}_clients_{workers}_worker", per_batch,
            f["ping_wall"] * 1000 / clients, "ms", 20.0,
            floor_name=f"{clients} clients x 3 bare pings on the same server",
            note=f"{clients / f['wall']:.0f} uploads/s on {where}, {workers} worker(s), "
                 f"{f['bytes'] // clients} B a batch"))
        rows.append(Row(
            f"server_upload_p95@{clients}_clients_{workers}_worker", f["p95"] * 1000,
            f["ping_p95"] * 1000, "ms", 20.0,
            floor_name="p95 of 3 bare pings per client, same concurrency",
            note=f"one creation with the batch, receipt in its reply, {where}"))
    rows.append(Row(
        f"server_scaling_4_vs_1_worker@{clients}_clients", figures[4]["wall"] * 1000 / clients,
        figures[1]["wall"] * 1000 / clients, "ms", 1.1,
        floor_name="ms per upload with 1 worker",
        note=f"{os.cpu_count()} cores shared with the {clients} client threads"))
    return rows


def keepalive(scale: str) -> list[Row]:
    import httpx

    sys.path.insert(0, str(TESTS))
    from sync.conftest import ServerProc

    total = 200
    with tempfile.TemporaryDirectory() as name:
        server = ServerProc(Path(name) / "server", workers=2)
        server.data.mkdir(parents=True)
        server.start(timeout=120)
        answered, connections = 0, set()
        tus = {"Tus-Resumable": "1.0.0"}
        try:
            with httpx.Client(base_url=server.url, timeout=10, limits=httpx.Limits(
                    max_connections=1, max_keepalive_connections=1)) as http:
                for n in range(total):
                    kind = n % 5
                    try:
                        if kind == 0:
                            reply = http.get("/v1/nothing")
                        elif kind == 1:
                            reply = http.patch(f"/v1/uploads/{'0' * 32}", content=b"x" * 100,
                                               headers={**tus, "Content-Type": "text/plain",
                                                        "Upload-Offset": "0"})
                        elif kind == 2:
                            reply = http.post("/v1/uploads",
                                              headers={**tus, "Upload-Length": "5"})
                        elif kind == 3:
                            reply = http.get("/v1/ping", params={"nonce": "<bad>"})
                        else:
                            reply = http.get("/v1/ping", params={"nonce": "ok"})
                        stream = reply.extensions["network_stream"]
                        connections.add(stream.get_extra_info("socket").getsockname())
                        answered += 1
                    except httpx.HTTPError:
                        continue
        finally:
            server.stop()
    return [Row(f"keepalive_sent_per_answered@{total}_after_refusals", float(total),
                float(max(answered, 1)), "requests", 1.0,
                floor_name="requests answered",
                note=f"httpx, one kept-alive connection ({len(connections)} used), "
                     f"4 in 5 requests refused; answered {answered} of {total}")]


GROUPS = {"server_load": upload_load, "keepalive": keepalive}
