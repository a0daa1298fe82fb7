"""The real client and the real server over a simulated 2G link (tests/sync/faultproxy.py):
64 kbit/s, 600 ms each way, a fifth of the connections reset mid-transfer, stalls, and a
20-second outage in the middle. The batch must arrive byte-identical and exactly once,
and the wire log must show that no chunk the client had been told was stored went again.

Sizes are kept small for CI (docs: FACTS.md: 1 MiB over this link takes about 330 s).
"""

from __future__ import annotations

import hashlib
import random
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from marika.store import outbox
from marika.submit import seal_and_enqueue
from marika_sync.config import ClientConfig
from marika_sync.runner import run_sync

from .conftest import make_package, make_person, make_work
from .faultproxy import FaultProxy, Faults, resent_after_ack
from .test_end_to_end import _enroll

LINK = dict(delay=0.6, rate=8000, reset_share=0.2, stall_share=0.1, stall_seconds=8.0)
# Small chunks and short timeouts keep the run inside a few minutes; the read timeout
# still covers one chunk's round trip (about 2 s here) with room to spare.
# Fixed chunks (no growth to the link's rate): the faults planned per request then strike
# a known share of a known number of requests.
CONFIG = ClientConfig(chunk_size=4096, max_chunk_size=4096, connect_timeout=3, read_timeout=6,
                      request_deadline=30, backoff_base=0.5, backoff_cap=4, max_attempts=8)
RUNS = 30  # sync runs before giving up: each one retries 8 times in a row itself


@pytest.fixture
def backend():
    """SQLite only: the link is under test here, not the server's database."""
    return None


def _batch(server, *, count, filler):
    person, pkg = make_person(), make_package(items=count)
    enrollment = _enroll(server, person)
    records = make_work(person, pkg, count, filler=filler)
    [batch_id] = seal_and_enqueue(
        profile_id=person.profile_id, records=records, device_key=person.device_key,
        package_id=pkg.package_id, package_version=pkg.version, results_key=pkg.results.public,
        rate_per_item=pkg.rate, currency=pkg.currency, max_items=count)
    return person, enrollment, outbox.get_batch(batch_id)


def _point_at(person, url):
    """The profile's enrollment, with the server reached through `url` (the proxy)."""
    row = outbox.enrollment(person.profile_id)
    outbox.save_enrollment(profile_id=row.profile_id, annotator_id=row.annotator_id,
                           server_url=url, server_key=row.server_key,
                           document=bytes(row.document), now=row.enrolled_at)


def _sync_until_delivered(person, batch_id, *, runs, on_progress=None, seed=0):
    """Run the real sync again and again, as the app's outbox timer would, until the
    batch is delivered, at most `runs` times (a count, not a time: a loaded machine
    makes the runs slower, not more). Every run must return normally."""
    reports, rng = [], random.Random(seed)
    for _ in range(runs):
        reports.append(run_sync(store=outbox, profile_id=person.profile_id,
                                device_key=person.device_key,
                                box_key=person.box_key, cipher=person.cipher,
                                progress=on_progress, config=CONFIG, include_waiting=True,
                                rng=rng))
        if outbox.get_batch(batch_id).state == outbox.DELIVERED:
            return reports
        time.sleep(1)
    raise AssertionError(f"not delivered in {runs} runs: {[r.failed for r in reports]}")


def _assert_delivered_once_and_identical(server, row, reports):
    assert sum(r.delivered.count(row.batch_id) for r in reports) == 1
    assert outbox.receipt(row.batch_id) is not None
    [(data, sha256)] = server.query("SELECT data, sha256 FROM batch")
    assert bytes(data) == bytes(row.data)
    assert hashlib.sha256(bytes(data)).hexdigest() == sha256 == row.sha256
    # One upload resource all along: every retry resumed it, none started over.
    assert server.query("SELECT COUNT(*) FROM upload") == [(1,)]


def _assert_the_wire_shows_resumes_from_the_server(proxy, row):
    exchanges = proxy.exchanges
    # No PATCH started below an offset the client had already been told about.
    log = proxy.log()
    assert resent_after_ack(exchanges) == [], log
    # After every PATCH or creation with bytes that did not come back as a whole 2xx (cut,
    # stalled, lost reply), the client's next request asked the server (HEAD, or a plain
    # creation) instead of sending more bytes from memory.
    for before, after in zip(exchanges, exchanges[1:], strict=False):
        if before.carries_upload_bytes and not (before.acknowledged
                                                and before.status in (200, 201, 204)):
            assert not after.carries_upload_bytes, f"{before.line()} then {after.line()}\n{log}"
    # As the server saw them, the chunks it stored tile the batch exactly once.
    end = 0
    for offset, length, status, stored_to in proxy.server_chunks():
        # 201: a creation's bytes; 200: the completing PATCH, with the receipt
        if status in (200, 201, 204) and stored_to == offset + length:
            assert offset == end, log
            end += length
    assert end == row.size, log
    assert proxy.stats.bytes_up > row.size


def _run(server, tmp_path, *, count, filler, seed, outage=None, runs):
    person, _enrollment, row = _batch(server, count=count, filler=filler)
    proxy = FaultProxy(server.port, Faults(**LINK, seed=seed)).start()
    try:
        _point_at(person, proxy.url)
        outage_started = []

        def on_progress(p):
            if (outage and p.phase == "upload" and p.total and not outage_started
                    and p.sent >= p.total // 2):
                outage_started.append(time.monotonic())
                proxy.blackout(outage)

        started = time.monotonic()
        reports = _sync_until_delivered(person, row.batch_id, runs=runs,
                                        on_progress=on_progress, seed=seed)
        elapsed = time.monotonic() - started
    finally:
        proxy.stop()
    return person, row, proxy, reports, elapsed, outage_started


@pytest.mark.slow
def test_100_kib_over_2g_with_resets_stalls_and_an_outage(server, client_db, tmp_path):
    person, row, proxy, reports, elapsed, outage = _run(
        server, tmp_path, count=24, filler=8800, seed=11, outage=20.0, runs=RUNS)
    assert 90 * 1024 < row.size < 130 * 1024
    assert outage, "the outage never started"
    _assert_delivered_once_and_identical(server, row, reports)
    _assert_the_wire_shows_resumes_from_the_server(proxy, row)
    stats = proxy.stats
    assert stats.blackouts == 1 and stats.blacked_out_connections >= 1
    assert stats.resets >= 3 and stats.stalls >= 1, stats
    # The outage really was sat through: delivery came after it ended.
    assert elapsed > 20 + row.size / LINK["rate"]


def test_small_batch_over_2g_with_resets_and_stalls(server, client_db, tmp_path):
    person, row, proxy, reports, elapsed, _ = _run(
        server, tmp_path, count=8, filler=5000, seed=7, runs=RUNS)
    assert 16 * 1024 < row.size < 40 * 1024
    _assert_delivered_once_and_identical(server, row, reports)
    _assert_the_wire_shows_resumes_from_the_server(proxy, row)
    assert proxy.stats.resets >= 2 and proxy.stats.stalls >= 1, proxy.log()


# ---------------------------------------------------------------- the proxy itself

class _Bytes(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        body = b"x" * 8000
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def _fetch(port, errors=None):
    """The body's length, or None when the fetch failed (its error goes to `errors`)."""
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", "/", headers={"Connection": "close"})
        return len(conn.getresponse().read())
    except (OSError, http.client.HTTPException) as exc:
        if errors is not None:
            errors.append(exc)
        return None
    finally:
        conn.close()


def _wait_for(condition, limit=60.0):
    deadline = time.monotonic() + limit  # only a hang's guard: the verdict is the condition
    while not condition():
        assert time.monotonic() < deadline
        time.sleep(0.01)


def test_the_proxy_delays_throttles_and_resets_deterministically():
    upstream = ThreadingHTTPServer(("127.0.0.1", 0), _Bytes)
    threading.Thread(target=upstream.serve_forever, daemon=True).start()
    try:
        with FaultProxy(upstream.server_address[1], Faults(delay=0.3, rate=4000)) as proxy:
            started = time.monotonic()
            assert _fetch(proxy.port) == 8000
            # 8000 bytes at 4000 B/s after a 1600-byte burst, plus 0.3 s each way.
            assert time.monotonic() - started > 1.6 + 0.6
        patterns = []
        for _ in range(2):
            with FaultProxy(upstream.server_address[1],
                            Faults(reset_share=0.5, seed=42)) as proxy:
                patterns.append([_fetch(proxy.port) for _ in range(8)])
        assert patterns[0] == patterns[1]
        assert None in patterns[0] and 8000 in patterns[0]
        with FaultProxy(upstream.server_address[1]) as proxy:
            for refuse in (True, False):
                # Long enough for a starved test to fetch inside it (the refused case).
                proxy.blackout(3.0 if refuse else 1.0, refuse=refuse)
                _wait_for(lambda: not proxy.link_back.is_set())  # the blackout began
                errors = []
                assert _fetch(proxy.port, errors) is None  # nothing gets through
                # Refused at once: the link is still down. Dropped: held until the link
                # came back, then reset (not left to the fetch's own 10 s timeout).
                assert proxy.link_back.is_set() is not refuse
                assert not isinstance(errors[0], TimeoutError), errors
                _wait_for(proxy.link_back.is_set)
                assert _fetch(proxy.port) == 8000
            assert proxy.stats.blackouts == 2 and proxy.stats.blacked_out_connections == 2
    finally:
        upstream.shutdown()
        upstream.server_close()
