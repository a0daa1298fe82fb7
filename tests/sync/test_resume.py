"""Crashes mid-upload: the client or the server is SIGKILLed, and the next attempt
resumes from the offset the server stored, never from the start or from memory."""

from __future__ import annotations

import time

from marika.store import outbox
from marika.submit import seal_and_enqueue

from .conftest import make_package, make_person, make_work, run_client, save_key
from .test_end_to_end import _enroll

CHUNK = 2048


def _big_batch(server, tmp_path, filler=8000, count=40):
    person = make_person()
    pkg = make_package(items=count)
    _enroll(server, person)
    records = make_work(person, pkg, count, filler=filler)
    [batch_id] = seal_and_enqueue(
        profile_id=person.profile_id, records=records, device_key=person.device_key,
        package_id=pkg.package_id, package_version=pkg.version, results_key=pkg.results.public,
        rate_per_item=pkg.rate, currency=pkg.currency, max_items=count)
    return person, outbox.get_batch(batch_id), save_key(person, tmp_path / "key")


def _progress_lines(proc, *, until_fraction=None, timeout=60, others=None):
    """Read `progress SENT TOTAL` lines; stop early once SENT/TOTAL passes the fraction.
    Other lines go to `others`."""
    seen = []
    deadline = time.monotonic() + timeout
    for line in proc.stdout:
        if others is not None and not line.startswith("progress"):
            others.append(line)
        if line.startswith("progress"):
            _, sent, total = line.split()
            seen.append((int(sent), int(total)))
            if until_fraction is not None and int(sent) >= until_fraction * int(total):
                break
        assert time.monotonic() < deadline, "client too slow"
    return seen


def _server_offset(server):
    rows = server.query("SELECT received, length FROM upload")
    assert len(rows) == 1
    return rows[0]


def test_client_killed_mid_upload_resumes_from_server_offset(server, client_db, tmp_path):
    person, row, keyfile = _big_batch(server, tmp_path)
    assert row.size > 40 * CHUNK
    first = run_client("sync", str(client_db), person.profile_id, str(keyfile),
                       "--chunk", str(CHUNK))
    _progress_lines(first, until_fraction=0.3)
    first.kill()
    first.wait(10)
    received, length = _server_offset(server)
    assert 0 < received < length
    # The upload URL was committed before the first byte went out.
    assert outbox.get_batch(row.batch_id).upload_url

    second = run_client("sync", str(client_db), person.profile_id, str(keyfile),
                        "--chunk", str(CHUNK))
    others = []
    seen = _progress_lines(second, others=others)
    _out, err = second.communicate(timeout=60)
    assert second.returncode == 0, err
    assert "delivered=1" in "".join(others)
    # The restarted client started from the server's offset, not from zero.
    assert seen[0] == (received, length)
    assert outbox.get_batch(row.batch_id).state == outbox.DELIVERED
    stored = server.query(f"SELECT sha256, size FROM batch WHERE batch_id = '{row.batch_id}'")
    assert stored == [(row.sha256, row.size)]
    assert server.query("SELECT COUNT(*) FROM chunk") == [(0,)]


def test_server_killed_mid_upload_resumes_from_stored_offset(server, client_db, tmp_path):
    person, row, keyfile = _big_batch(server, tmp_path)
    client = run_client("sync", str(client_db), person.profile_id, str(keyfile),
                        "--chunk", str(CHUNK), "--attempts", "200")
    before = _progress_lines(client, until_fraction=0.3)
    server.kill()
    received, length = _server_offset(server)  # what survived the kill, read from disk
    assert 0 < received < length
    time.sleep(0.5)  # the client retries against a dead port meanwhile
    server.start()
    others = []
    after = _progress_lines(client, others=others)
    _out, err = client.communicate(timeout=60)
    assert client.returncode == 0, err
    assert "delivered=1" in "".join(others)
    offsets = [sent for sent, _ in before + after]
    assert offsets == sorted(offsets), "progress went backwards: bytes were sent twice"
    assert after[0][0] >= received > 0
    assert outbox.get_batch(row.batch_id).state == outbox.DELIVERED
    assert server.query("SELECT COUNT(*) FROM batch") == [(1,)]
