"""Crashes mid-upload: the client or the server is SIGKILLed, and the next attempt
resumes from the offset the server stored, never from the start or from memory."""

from __future__ import annotations

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


def _progress_lines(proc, *, until_paused=False, others=None):
    """Read `progress SENT TOTAL` lines, to the end or (`until_paused`) until the client
    started with --pause-at says `paused`. Other lines go to `others`. No wall-clock
    budget: a loaded machine is slow, not wrong (the pytest timeout catches a hang)."""
    seen = []
    for line in proc.stdout:
        if line.startswith("progress"):
            _, sent, total = line.split()
            seen.append((int(sent), int(total)))
        elif until_paused and line.startswith("paused"):
            return seen
        elif others is not None:
            others.append(line)
    assert not until_paused, "the client ended before it reached its pause point"
    return seen


def _resume(proc):
    proc.stdin.write("go\n")
    proc.stdin.flush()


def _server_offset(server):
    rows = server.query("SELECT received, length FROM upload")
    assert len(rows) == 1
    return rows[0]


def test_client_killed_mid_upload_resumes_from_server_offset(server, client_db, tmp_path):
    person, row, keyfile = _big_batch(server, tmp_path)
    assert row.size > 40 * CHUNK
    # The client stops itself between two chunks once 30% is acknowledged, so the kill
    # finds no request in flight: what the server stored cannot change after we read it.
    first = run_client("sync", str(client_db), person.profile_id, str(keyfile),
                       "--chunk", str(CHUNK), "--pause-at", "0.3")
    before = _progress_lines(first, until_paused=True)
    first.kill()
    first.wait(10)
    received, length = _server_offset(server)
    assert 0 < received < length
    assert (received, length) == before[-1]  # every acknowledged byte was stored
    # The upload URL was committed before the first byte went out.
    assert outbox.get_batch(row.batch_id).upload_url

    second = run_client("sync", str(client_db), person.profile_id, str(keyfile),
                        "--chunk", str(CHUNK))
    others = []
    seen = _progress_lines(second, others=others)
    _out, err = second.communicate()  # a hang is caught by the pytest timeout
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
    # The client waits between two chunks at 30% while the server is killed; it then
    # goes on against a dead port (retrying, up to 200 attempts) until the server is back.
    client = run_client("sync", str(client_db), person.profile_id, str(keyfile),
                        "--chunk", str(CHUNK), "--attempts", "200", "--pause-at", "0.3")
    before = _progress_lines(client, until_paused=True)
    server.kill()
    received, length = _server_offset(server)  # what survived the kill, read from disk
    assert 0 < received < length
    assert (received, length) == before[-1]
    _resume(client)
    server.start()
    others = []
    after = _progress_lines(client, others=others)
    _out, err = client.communicate()  # a hang is caught by the pytest timeout
    assert client.returncode == 0, err
    assert "delivered=1" in "".join(others)
    offsets = [sent for sent, _ in before + after]
    assert offsets == sorted(offsets), "progress went backwards: bytes were sent twice"
    assert after[0][0] >= received > 0
    assert outbox.get_batch(row.batch_id).state == outbox.DELIVERED
    assert server.query("SELECT COUNT(*) FROM batch") == [(1,)]
