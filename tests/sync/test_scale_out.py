"""Scale-out: two `marika-server serve` supervisors, each with its own data folder (as on
two machines) and two workers, share one database and a copy of the server key. An upload
started on one finishes on the other, both give the same receipt, and the same batch
sent to both at once is stored once."""

from __future__ import annotations

import shutil
import threading

from marika_sync import permits
from marika_sync.client import ServerClient
from marika_sync.config import ClientConfig
from marika_sync.server import keys
from marika_sync.tus import MemoryState

from .conftest import ServerProc
from .test_tus_server import TUS, _batch, _create, _enrolled, _patch, _request


def _two_hosts(tmp_path, backend):
    shared = backend or f"sqlite:///{tmp_path / 'shared.db'}"
    first = ServerProc(tmp_path / "host-a", database=shared)
    first.data.mkdir()
    first.start()
    second = ServerProc(tmp_path / "host-b", database=shared)
    second.data.mkdir()
    # The only file a second machine needs: a copy of the signing key.
    shutil.copy(first.data / keys.KEY_FILE, second.data / keys.KEY_FILE)
    second.start()
    return first, second


def test_an_upload_started_on_one_host_finishes_on_the_other(tmp_path, backend):
    first, second = _two_hosts(tmp_path, backend)
    try:
        assert first.key() == second.key()
        device = _enrolled(first)
        batch = _batch(device, n=30)
        location = _create(first, batch, signer=device)[1]["location"]
        half = len(batch.data) // 2
        assert _patch(first, location, 0, batch.data[:half])[0] == 204
        status, headers, _ = _request(second, "HEAD", location, headers=TUS)
        assert status == 200 and headers["upload-offset"] == str(half)
        status, headers, _ = _patch(second, location, half, batch.data[half:])
        assert status == 204 and headers["marika-batch-state"] == "stored"
        receipts = {ServerClient(s.url).receipt(batch.batch_id, batch.sha256)
                    for s in (first, second)}
        assert len(receipts) == 1
    finally:
        first.stop()
        second.stop()


def test_the_same_batch_sent_to_both_hosts_at_once_is_stored_once(tmp_path, backend):
    first, second = _two_hosts(tmp_path, backend)
    try:
        device = _enrolled(second)
        batch = _batch(device, n=60)
        receipts, errors = [], []

        def send(server) -> None:
            try:
                client = ServerClient(server.url, config=ClientConfig(
                    chunk_size=512, max_chunk_size=512, max_attempts=50, backoff_base=0.01,
                    backoff_cap=0.1))
                permit = permits.upload_permit(
                    device_key=device, annotator_id="ann-1", batch_id=batch.batch_id,
                    sha256=batch.sha256, length=len(batch.data))
                client.upload(batch_id=batch.batch_id, data=batch.data, sha256=batch.sha256,
                              annotator_id="ann-1", state=MemoryState(), permit=permit)
                receipts.append(client.receipt(batch.batch_id, batch.sha256))
            except Exception as exc:  # reported below
                errors.append(exc)

        threads = [threading.Thread(target=send, args=(s,)) for s in (first, second)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        assert not errors, errors
        assert len(set(receipts)) == 1 and len(receipts) == 2
        assert first.query("SELECT COUNT(*) FROM batch") == [(1,)]
        assert first.query("SELECT COUNT(*) FROM upload") == [(1,)]
        assert first.query("SELECT COUNT(*) FROM chunk") == [(0,)]
    finally:
        first.stop()
        second.stop()
