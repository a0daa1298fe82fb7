"""Fewer round trips on a slow link: the real sync client and a real server, watched on
the wire (tests/sync/faultproxy.py).

A small batch travels in the creation itself (tus creation-with-upload) and its signed
receipt comes back in that same reply, with the seq of the annotator's latest statement:
a sync with one small batch and no new statement is one request. New statements are
still fetched in the same sync. A cut in the middle of that body, or of its reply, is
resumed from the server's word and delivers the batch exactly once. An older server that
refuses bodies in a creation gets the plain creation, PATCHes and a fetched receipt.
"""

from __future__ import annotations

import threading
import time

import pytest

from marika.store import outbox
from marika_sync.config import ClientConfig
from marika_sync.receipts import verify_receipt
from marika_sync.runner import run_sync
from marika_sync.sealing import read_batch_metadata

from .conftest import make_package, make_person, make_work, register_package
from .faultproxy import FaultProxy, Faults, resent_after_ack
from .test_bad_network import _assert_delivered_once_and_identical, _batch, _point_at
from .test_end_to_end import _enroll, _submit
from .test_hostile_server import Hostile, _accept

# Default chunk sizes (a small batch fits the first chunk); short waits for the tests.
CONFIG = ClientConfig(connect_timeout=3, read_timeout=8, request_deadline=30,
                      backoff_base=0.2, backoff_cap=1, max_attempts=8)


@pytest.fixture
def backend():
    """SQLite only: the protocol is under test here, not the server's database."""
    return None


def _sync(person):
    return run_sync(store=outbox, profile_id=person.profile_id, device_key=person.device_key,
                    box_key=person.box_key, cipher=person.cipher, config=CONFIG,
                    include_waiting=True)


def _uploads(proxy):
    return [ex for ex in proxy.exchanges if ex.path.startswith("/v1/uploads")
            or ex.path.startswith("/v1/receipts")]


def test_a_small_batch_is_one_request_and_its_receipt_comes_back_in_the_reply(
        server, client_db):
    person, enrollment, row = _batch(server, count=4, filler=800)
    with FaultProxy(server.port, Faults(delay=0.05, seed=1)) as proxy:
        _point_at(person, proxy.url)
        report = _sync(person)
    assert report.delivered == [row.batch_id], report.failed
    # One request: no PATCH, no HEAD, no receipt fetch, no ping, and no statement query
    # (the receipt's reply said there is no statement yet).
    [create] = proxy.exchanges
    assert (create.method, create.path, create.status) == ("POST", "/v1/uploads", 201)
    assert create.reply_headers["marika-statements-seq"] == "0"
    assert report.statements == 0 and "statements" not in report.failed
    assert create.body_length == row.size
    assert create.headers["content-type"] == "application/offset+octet-stream"
    assert create.reply_headers["upload-offset"] == str(row.size)
    assert proxy.stats.connections == 1
    # The receipt kept is the server's own, verified against the pinned key.
    [(stored,)] = server.query(f"SELECT receipt FROM batch WHERE batch_id = '{row.batch_id}'")
    assert bytes(outbox.receipt(row.batch_id).document) == bytes(stored)
    verify_receipt(bytes(stored), server_key=enrollment.server_key,
                   metadata=read_batch_metadata(bytes(row.data)), sha256=row.sha256,
                   size=row.size)
    assert _sync(person).delivered == []  # never again


def test_new_statements_are_fetched_in_the_sync_that_delivers(server, client_db, tmp_path):
    person, pkg = make_person(), make_package("pkg.seq", items=6)
    register_package(server, pkg, tmp_path)
    _enroll(server, person)
    records = make_work(person, pkg, 6, filler=300)
    with FaultProxy(server.port, Faults(delay=0.05, seed=2)) as proxy:
        _point_at(person, proxy.url)
        [first] = _submit(person, pkg, records[:2])
        assert _sync(person).delivered == [first]
        _accept(server, tmp_path, first)  # reviewed: statement 1 is issued
        [second] = _submit(person, pkg, records[2:4])
        seen = len(proxy.exchanges)
        report = _sync(person)
        assert report.delivered == [second] and report.statements == 1, report.failed
        calls = [(ex.method, ex.path.split("?")[0]) for ex in proxy.exchanges[seen:]]
        assert calls[0] == ("POST", "/v1/uploads")
        assert proxy.exchanges[seen].reply_headers["marika-statements-seq"] == "1"
        # One query: the receipt said statement 1 is the latest, so no empty page after it.
        assert calls[1:] == [("POST", "/v1/statements/query")], calls
        # Statement 1 held, and the next receipt says 1 again: no query.
        [third] = _submit(person, pkg, records[4:])
        seen = len(proxy.exchanges)
        report = _sync(person)
        assert report.delivered == [third] and report.statements == 0
        assert [ex.path for ex in proxy.exchanges[seen:]] == ["/v1/uploads"]
    assert len(outbox.statement_rows(person.profile_id)) == 1


def _cut_when(proxy, condition, seconds=1.5):
    """Black the link out once `condition(proxy)` holds (watched from a thread)."""
    done = threading.Event()

    def watch():
        deadline = time.monotonic() + 120  # only a hang's guard
        while not done.is_set() and time.monotonic() < deadline:
            if condition(proxy):
                proxy.blackout(seconds)
                return
            time.sleep(0.005)
    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    return done, thread


def _creation_body_half_sent(size):
    return lambda proxy: proxy.stats.bytes_up > size // 2


def _creation_answered(proxy):
    """The server's 201 for the creation has reached the proxy (not yet the client)."""
    return any(ex.method == "POST" and ex.status == 201 for ex in proxy.exchanges)


@pytest.mark.parametrize("where", ["body", "reply"])
def test_a_cut_in_a_creation_with_upload_resumes_and_delivers_once(
        where, server, client_db):
    person, _enrollment, row = _batch(server, count=8, filler=2000)
    assert row.size < CONFIG.chunk_size  # the whole batch rides in the creation
    # 600 ms each way at 64 kbit/s: the cut lands while the body (or the reply) is on
    # the way, whatever the machine's load, since the link itself is that slow.
    with FaultProxy(server.port, Faults(delay=0.6, rate=8000, seed=3)) as proxy:
        _point_at(person, proxy.url)
        condition = (_creation_body_half_sent(row.size) if where == "body"
                     else _creation_answered)
        stop, watcher = _cut_when(proxy, condition)
        reports = []
        for _ in range(5):  # runs, as the outbox timer would make them
            reports.append(_sync(person))
            if outbox.get_batch(row.batch_id).state == outbox.DELIVERED:
                break
        stop.set()
        watcher.join(5)
    log = proxy.log()
    assert proxy.stats.blackouts == 1 and proxy.stats.blacked_out_connections == 1, log
    _assert_delivered_once_and_identical(server, row, reports)
    assert resent_after_ack(proxy.exchanges) == [], log
    first, *rest = _uploads(proxy)
    assert first.method == "POST" and first.body_length == row.size, log
    assert first.acknowledged is False, log  # the cut struck this very exchange
    # After the cut the client never sends the creation's body twice: a plain creation
    # asks the server where the upload stands, then it goes on from the server's word.
    assert rest[0].method == "POST" and rest[0].body_length == 0, log
    if where == "body":
        # The server never had the whole body: nothing of it was kept, all went again.
        assert rest[0].reply_headers.get("upload-offset") in (None, "0"), log
        assert [ex.method for ex in rest[1:]] == ["PATCH"], log
        assert rest[1].upload_offset == 0 and rest[1].body_length == row.size, log
    else:
        # The server had stored it: the plain creation says so, with the receipt.
        assert rest[0].reply_headers["upload-offset"] == str(row.size), log
        assert rest[0].reply_headers["marika-batch-state"] == "stored", log
        assert len(rest) == 1, log


def _older_server(hs, h, body):
    """A server from before creation-with-upload and inline receipts: a body in a
    creation is refused unread (413, connection closed), as it used to be, and the
    request header asking for the receipt inline is not understood."""
    if h.command == "POST" and h.path == "/v1/uploads" and body:
        h.close_connection = True
        return hs.answer(h, 413, {"Connection": "close"},
                         b'{"error":"too-large","message":"request body too large"}')
    del h.headers["Marika-Receipt"]
    hs.relay(h, body)


def test_an_older_server_gets_the_plain_creation_patches_and_a_fetched_receipt(
        server, client_db):
    person, _enrollment, row = _batch(server, count=8, filler=2000)
    older = Hostile(server, _older_server)
    try:
        _point_at(person, older.url)
        report = _sync(person)
        again = _sync(person)
    finally:
        older.close()
    assert report.delivered == [row.batch_id], report.failed
    calls = [(method, path.split("/")[2], status) for method, path, status, _t in older.log]
    assert calls[:4] == [("POST", "uploads", 413), ("POST", "uploads", 201),
                         ("PATCH", "uploads", 204), ("GET", "receipts", 200)], calls
    assert outbox.receipt(row.batch_id) is not None
    assert again.delivered == []
    assert server.query("SELECT COUNT(*) FROM batch") == [(1,)]
