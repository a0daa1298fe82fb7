"""The client against hostile or broken servers on 127.0.0.1: captive portals, huge and
trickling replies, redirects elsewhere, Retry-After, and lost replies after a stored chunk."""

from __future__ import annotations

import dataclasses
import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from marika_sync.client import ServerClient
from marika_sync.config import ClientConfig
from marika_sync.control import SyncControl, backoff_delay
from marika_sync.errors import SyncFailure
from marika_sync.http import HttpClient, parse_retry_after
from marika_sync.tus import MemoryState, TusUploader

CFG = ClientConfig(connect_timeout=2, read_timeout=1, request_deadline=3, backoff_base=0.01,
                   backoff_cap=0.05, chunk_size=100, max_chunk_size=100, max_attempts=6)


class Fake(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, routes):
        self.routes = routes
        self.log = []
        super().__init__(("127.0.0.1", 0), _Handler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _go(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.server.log.append((self.command, self.path, dict(self.headers), body, time.time()))
        self.server.routes(self, body)

    do_GET = do_POST = do_HEAD = do_PATCH = do_DELETE = _go

    def reply(self, status, body=b"", headers=None, ctype="application/json"):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@pytest.fixture
def fake():
    servers = []

    def make(routes):
        srv = Fake(routes)
        servers.append(srv)
        return srv

    yield make
    for srv in servers:
        srv.shutdown()
        srv.server_close()


def test_probe_counts_captive_portals_and_redirects_as_offline(fake):
    portal = fake(lambda h, b: h.reply(200, b"<html>Log in to Wi-Fi</html>", ctype="text/html"))
    assert not ServerClient(portal.url, config=CFG).probe()
    elsewhere = fake(lambda h, b: h.reply(302, headers={"Location": "http://10.255.0.1/login"}))
    assert not ServerClient(elsewhere.url, config=CFG).probe()
    wrong = fake(lambda h, b: h.reply(200, b'{"service":"marika-collection","nonce":"x"}'))
    assert not ServerClient(wrong.url, config=CFG).probe()

    def honest(h, _b):
        nonce = h.path.split("nonce=")[1]
        h.reply(200, json.dumps({"service": "marika-collection", "nonce": nonce}).encode())
    assert ServerClient(fake(honest).url, config=CFG).probe()
    assert not ServerClient("http://127.0.0.1:9", config=CFG).probe()  # nothing listens


def test_a_10_mb_reply_is_refused(fake):
    def huge(h, _b):
        h.send_response(200)
        h.send_header("Content-Length", str(10 * 1024 * 1024))
        h.end_headers()
        try:
            h.wfile.write(b"\0" * (10 * 1024 * 1024))
        except OSError:
            pass
    with pytest.raises(SyncFailure) as err:
        HttpClient(fake(huge).url, CFG).request("GET", "/v1/info")
    assert err.value.reason == "reply-too-large"

    def undeclared(h, _b):  # no Content-Length: read until close, still capped
        h.send_response(200)
        h.send_header("Connection", "close")
        h.end_headers()
        try:
            for _ in range(200):
                h.wfile.write(b"x" * 65536)
        except OSError:
            pass
        h.close_connection = True
    with pytest.raises(SyncFailure) as err:
        HttpClient(fake(undeclared).url, CFG).request("GET", "/v1/info")
    assert err.value.reason == "reply-too-large"


def test_redirects_only_within_the_same_server(fake):
    def routes(h, _b):
        if h.path == "/a":
            h.reply(302, headers={"Location": "/b"})
        elif h.path == "/away":
            h.reply(307, headers={"Location": "http://127.0.0.2:1/x"})
        else:
            h.reply(200, b"{}")
    srv = fake(routes)
    client = HttpClient(srv.url, CFG)
    assert client.request("GET", "/a").status == 200
    with pytest.raises(SyncFailure) as err:
        client.request("GET", "/away")
    assert err.value.reason == "redirect"
    # A POST is never redirected: the 302 comes back as it is.
    assert client.request("POST", "/a", body=b"x").status == 302


def _raw_server(behaviour):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    stop = threading.Event()

    def run():
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return  # the test closed the listener
            threading.Thread(target=behaviour, args=(conn, stop), daemon=True).start()
    threading.Thread(target=run, daemon=True).start()
    return f"http://127.0.0.1:{listener.getsockname()[1]}", stop, listener


def test_a_trickling_server_is_cut_off_by_the_deadline():
    def trickle(conn, stop):
        try:
            conn.recv(65536)
            for byte in b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + b"x" * 100000:
                if stop.is_set():
                    return
                conn.send(bytes([byte]))
                time.sleep(0.3)  # under the read timeout, so only the deadline helps
        except OSError:
            pass
        finally:
            conn.close()
    url, stop, listener = _raw_server(trickle)
    try:
        started = time.monotonic()
        with pytest.raises(SyncFailure) as err:
            HttpClient(url, CFG).request("GET", "/v1/info")
        assert err.value.reason == "deadline"
        assert time.monotonic() - started < CFG.request_deadline + 1.5
    finally:
        stop.set()
        listener.close()


def test_a_silent_server_times_out():
    def silent(conn, stop):
        stop.wait(10)
        conn.close()
    url, stop, listener = _raw_server(silent)
    try:
        started = time.monotonic()
        with pytest.raises(SyncFailure) as err:
            HttpClient(url, CFG).request("GET", "/v1/info")
        assert err.value.reason == "offline" and err.value.retryable
        assert time.monotonic() - started < CFG.read_timeout + 1
    finally:
        stop.set()
        listener.close()


def test_retry_after_parsing_and_backoff():
    assert parse_retry_after("120") == 120
    assert parse_retry_after("999999") == 3600
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470) == 10
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None
    delays = [backoff_delay(n, base=1, cap=8) for n in range(1, 12) for _ in range(20)]
    assert min(delays) >= 0 and max(delays) <= 8
    assert backoff_delay(1, base=1, cap=8, retry_after=5) >= 5


class FakeTus:
    """A minimal tus server; `on_patch(n, offset, chunk)` may return a status to answer
    instead, or "drop" to store the chunk and then close without answering."""

    def __init__(self, fake, on_patch=None):
        self.data = b""
        self.patches = []
        self.heads = []
        self.on_patch = on_patch or (lambda n, offset, chunk: None)
        self.server = fake(self.route)

    def route(self, h, body):
        if h.command == "POST":
            h.reply(201, headers={"Location": "/files/1"})
        elif h.command == "HEAD":
            self.heads.append(time.time())
            h.reply(200, headers={"Upload-Offset": str(len(self.data)), "Upload-Length": "1"})
        elif h.command == "PATCH":
            offset = int(h.headers["Upload-Offset"])
            self.patches.append((offset, len(body), time.time()))
            action = self.on_patch(len(self.patches), offset, body)
            if isinstance(action, int):
                h.reply(action, headers={"Retry-After": "1"})
                return
            if offset != len(self.data):
                h.reply(409)
                return
            self.data += body
            if action == "drop":  # stored, but the reply is lost
                h.close_connection = True
                h.connection.shutdown(socket.SHUT_RDWR)
                return
            h.reply(204, headers={"Upload-Offset": str(len(self.data))})


def _upload(url, data, control=None):
    uploader = TusUploader(HttpClient(url, CFG), endpoint="/files", control=control)
    return uploader.upload(key="k", data=data, metadata={"batch_id": "b"}, state=MemoryState())


def test_lost_reply_resumes_from_the_servers_offset(fake):
    data = bytes(range(256)) * 4
    tus = FakeTus(fake, on_patch=lambda n, o, c: "drop" if n in (2, 5) else None)
    _upload(tus.server.url, data)
    assert tus.data == data
    # Each chunk was accepted once: after a lost reply the client asked (HEAD) and went on
    # from the stored offset instead of sending the same chunk again.
    assert len(tus.heads) == 2
    offsets = [o for o, _n, _t in tus.patches]
    assert offsets == sorted(set(offsets))


def test_chunks_grow_with_the_link_and_shrink_after_a_failure(fake):
    data = bytes(range(256)) * 8
    tus = FakeTus(fake, on_patch=lambda n, o, c: "drop" if n == 3 else None)
    config = dataclasses.replace(CFG, max_chunk_size=400)
    uploader = TusUploader(HttpClient(tus.server.url, config), endpoint="/files")
    uploader.upload(key="k", data=data, metadata={"batch_id": "b"}, state=MemoryState())
    assert tus.data == data
    sizes = [n for _o, n, _t in tus.patches]
    # 100 first; then sized to the (fast, local) link up to the cap; after the lost
    # reply, small again, then growing.
    assert sizes[:5] == [100, 400, 400, 100, 400], sizes


def test_retry_after_is_honoured(fake):
    data = b"x" * 250
    tus = FakeTus(fake, on_patch=lambda n, o, c: 503 if n == 2 else None)
    _upload(tus.server.url, data)
    assert tus.data == data
    refused_at = tus.patches[1][2]
    assert tus.heads[0] - refused_at >= 1.0  # waited for Retry-After, not the tiny backoff


def test_creation_pointing_to_another_host_is_refused(fake):
    srv = fake(lambda h, b: h.reply(201, headers={"Location": "http://127.0.0.2:9/files/1"}))
    with pytest.raises(SyncFailure) as err:
        _upload(srv.url, b"abc")
    assert not err.value.retryable
    assert [m for m, *_ in srv.log] == ["POST"]


def test_offset_beyond_length_is_not_believed(fake):
    def routes(h, _b):
        if h.command == "POST":
            h.reply(201, headers={"Location": "/files/1", "Upload-Offset": "0"})
        elif h.command == "HEAD":
            h.reply(200, headers={"Upload-Offset": "999999"})
        else:
            h.reply(500)
    with pytest.raises(SyncFailure) as err:
        _upload(fake(routes).url, b"abc")
    assert err.value.reason == "bad-reply"


def test_cancel_stops_between_chunks(fake):
    control = SyncControl()
    tus = FakeTus(fake, on_patch=lambda n, o, c: control.cancel() if n == 2 else None)
    with pytest.raises(SyncFailure) as err:
        _upload(tus.server.url, b"y" * 1000, control=control)
    assert err.value.reason == "cancelled"
    assert len(tus.patches) == 2


def test_pause_blocks_until_resumed(fake):
    control = SyncControl()
    tus = FakeTus(fake)
    control.pause()
    done = threading.Event()
    worker = threading.Thread(target=lambda: (_upload(tus.server.url, b"z" * 300, control),
                                              done.set()), daemon=True)
    worker.start()
    time.sleep(0.7)
    assert not tus.patches and not done.is_set()
    control.resume()
    assert done.wait(5)
    assert tus.data == b"z" * 300
