"""The server under uvicorn with stock HTTP clients: a stock tus client (tuspy) uploads a
real sealed batch, keep-alive survives refusals (httpx), a short body gets a clean
error, and every refusal is JSON."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import socket
import time

import httpx
import pytest
from tusclient import client as tus_client

from marika_sync import permits
from marika_sync.server.app import parse_metadata
from marika_sync.tus import encode_metadata

from .test_tus_server import TUS, _batch, _create, _enrolled, _patch, _request


def test_stock_tus_client_uploads_a_sealed_batch(server):
    device = _enrolled(server)
    batch = _batch(device, n=40)
    metadata = {"batch_id": batch.batch_id, "sha256": batch.sha256, "annotator_id": "ann-1"}
    permit = permits.upload_permit(device_key=device, annotator_id="ann-1",
                                   batch_id=batch.batch_id, sha256=batch.sha256,
                                   length=len(batch.data))
    tus = tus_client.TusClient(f"{server.url}/v1/uploads",
                               headers={permits.HEADER: permits.to_header(permit)})
    uploader = tus.uploader(file_stream=io.BytesIO(batch.data), chunk_size=700,
                            metadata=metadata, upload_checksum=True)
    uploader.upload()
    assert uploader.offset == len(batch.data)
    stored = server.query("SELECT sha256, size FROM batch")
    assert stored == [(batch.sha256, len(batch.data))]
    # HEAD echoes the metadata given at creation (tus creation extension).
    status, headers, _ = _request(server, "HEAD", uploader.url.split(str(server.port), 1)[1],
                                  headers=TUS)
    assert status == 200 and headers["upload-offset"] == str(len(batch.data))
    assert parse_metadata(headers["upload-metadata"]) == metadata
    assert headers["cache-control"] == "no-store"


def test_head_echoes_metadata_and_zero_length_is_a_valid_upload(server):
    device = _enrolled(server)
    batch = _batch(device)
    meta = encode_metadata({"batch_id": batch.batch_id, "sha256": batch.sha256,
                            "annotator_id": "ann-1"})
    permit = permits.upload_permit(device_key=device, annotator_id="ann-1",
                                   batch_id=batch.batch_id, sha256=batch.sha256, length=0)
    status, headers, _ = _request(server, "POST", "/v1/uploads", headers={
        **TUS, "Upload-Length": "0", "Upload-Metadata": meta,
        permits.HEADER: permits.to_header(permit)})
    assert status == 201
    status, head, _ = _request(server, "HEAD", headers["location"], headers=TUS)
    assert status == 200 and head["upload-offset"] == "0" and head["upload-length"] == "0"
    assert head["upload-metadata"] == meta
    # An empty upload can never be a batch: its (empty) last PATCH is refused as one.
    status, _, body = _patch(server, headers["location"], 0, b"")
    assert status == 422 and json.loads(body)["error"] == "bad-batch"


def test_every_refusal_is_json(server):
    device = _enrolled(server)
    batch = _batch(device)
    location = _create(server, batch, signer=device)[1]["location"]
    replies = [
        _request(server, "GET", "/v1/nothing"),
        _request(server, "PUT", "/v1/ping"),
        _request(server, "GET", "/v1/ping?nonce=<x>"),
        _request(server, "POST", "/v1/uploads", headers={"Upload-Length": "1"}),
        _create(server, batch, annotator_id="stranger"),
        _patch(server, location, 0, batch.data[:10], ctype="text/plain"),
        _patch(server, location, 0, batch.data[:10], digest="AAAA"),
        _request(server, "POST", "/v1/enroll", body=b"x" * (300 * 1024)),
        _request(server, "POST", "/v1/statements/query", body=b"{}"),
    ]
    for status, headers, body in replies:
        assert 400 <= status < 500, (status, body)
        assert headers["content-type"] == "application/json", (status, headers)
        reply = json.loads(body)
        assert set(reply) == {"error", "message"} and reply["error"]


def test_200_keep_alive_requests_after_refusals_all_get_answers(server):
    device = _enrolled(server)
    batch = _batch(device)
    location = _create(server, batch, signer=device)[1]["location"]
    bad_patch = {**TUS, "Content-Type": "text/plain", "Upload-Offset": "0"}
    connections = set()

    def remember(response):
        sock = response.extensions["network_stream"].get_extra_info("socket")
        connections.add(sock.getsockname())  # the client's port: one per connection

    answered = 0
    with httpx.Client(base_url=server.url, timeout=10,
                      limits=httpx.Limits(max_connections=1, max_keepalive_connections=1),
                      event_hooks={"response": [remember]}) as http:
        for n in range(200):
            kind = n % 5
            if kind == 0:
                reply = http.get("/v1/nothing")
            elif kind == 1:
                reply = http.patch(location, content=batch.data[:100], headers=bad_patch)
            elif kind == 2:
                reply = http.head(location, headers=TUS)
            elif kind == 3:  # a creation with bytes (creation-with-upload), refused
                reply = http.post("/v1/uploads", content=batch.data[:100], headers={
                    **TUS, "Upload-Length": "5" if n % 2 else "",
                    "Content-Type": "application/offset+octet-stream"})
            else:
                reply = http.get("/v1/ping", params={"nonce": "n"})
            assert reply.status_code in (200, 400, 404, 415), reply.text
            answered += 1
    assert answered == 200
    assert len(connections) == 1  # every request went over the one kept-alive connection


def _raw(server, head: bytes, body: bytes, *, half_close: bool) -> bytes:
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
        sock.sendall(head + body)
        if half_close:
            sock.shutdown(socket.SHUT_WR)
        chunks = []
        while True:
            try:
                piece = sock.recv(65536)
            except TimeoutError:
                break
            if not piece:
                break
            chunks.append(piece)
        return b"".join(chunks)


@pytest.mark.parametrize("half_close", [False, True])
def test_patch_body_shorter_than_its_length_gets_a_clean_error(server_factory, half_close):
    server = server_factory(serve_args=("--body-timeout", "1"))
    device = _enrolled(server)
    batch = _batch(device)
    location = _create(server, batch, signer=device)[1]["location"]
    chunk = batch.data[:200]
    digest = base64.b64encode(hashlib.sha1(chunk).digest()).decode()
    head = (f"PATCH {location} HTTP/1.1\r\nHost: x\r\nTus-Resumable: 1.0.0\r\n"
            f"Content-Type: application/offset+octet-stream\r\nUpload-Offset: 0\r\n"
            f"Upload-Checksum: sha1 {digest}\r\nContent-Length: {len(chunk)}\r\n\r\n").encode()
    started = time.monotonic()
    reply = _raw(server, head, chunk[:50], half_close=half_close)
    assert time.monotonic() - started < 20
    status_line, _, rest = reply.partition(b"\r\n")
    assert status_line == b"HTTP/1.1 408 Request Timeout", reply
    headers, _, body = rest.partition(b"\r\n\r\n")
    assert b"connection: close" in headers.lower()
    assert json.loads(body)["error"] == "body-timeout"
    # Nothing was stored, the upload is intact, and the log holds no traceback.
    assert _request(server, "HEAD", location, headers=TUS)[1]["upload-offset"] == "0"
    assert "Traceback" not in server.log_text()


def test_over_the_request_limit_the_answer_is_a_json_busy_at_once(server_factory):
    server = server_factory(workers=1, serve_args=("--max-requests", "1",
                                                   "--body-timeout", "5"))
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as held:
        # One request in progress: its body has not all arrived.
        held.sendall(b"POST /v1/enroll HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{")
        deadline = time.monotonic() + 20
        while True:
            status, headers, body = _request(server, "GET", "/v1/ping?nonce=b")
            if status == 503 or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        assert status == 503 and headers["content-type"] == "application/json"
        assert json.loads(body)["error"] == "busy" and headers["retry-after"] == "5"
    # The held request ends (its body never comes: the body timeout); then the server
    # answers again.
    deadline = time.monotonic() + 60
    while _request(server, "GET", "/v1/ping?nonce=b")[0] != 200:
        assert time.monotonic() < deadline
        time.sleep(0.05)


def _reply(raw: bytes) -> tuple[bytes, dict, bytes]:
    status_line, _, rest = raw.partition(b"\r\n")
    head, _, body = rest.partition(b"\r\n\r\n")
    headers = dict(line.decode().lower().split(": ", 1) for line in head.split(b"\r\n"))
    return status_line, headers, body


@pytest.mark.parametrize("request_bytes", [
    b"GARBAGE\r\n\r\n",  # no request line h11 can read
    b"GET /v1/ping HTTP/1.1\r\nHost x\r\n\r\n",  # a header without its colon
    # 16 KiB of headers without their end: h11 stops waiting for the rest
    b"GET /v1/ping?nonce=a HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 20_000,
], ids=["request-line", "header", "headers-over-16k"])
def test_a_request_http_cannot_frame_gets_a_json_400(server, request_bytes):
    status_line, headers, body = _reply(_raw(server, request_bytes, b"", half_close=False))
    assert status_line == b"HTTP/1.1 400 Bad Request"
    assert headers["content-type"] == "application/json" and headers["connection"] == "close"
    assert json.loads(body)["error"] == "bad-request"
    assert set(json.loads(body)) == {"error", "message"}
    assert _request(server, "GET", "/v1/ping?nonce=a")[0] == 200  # the server goes on


def test_over_max_connections_the_answer_is_a_json_busy_at_once(server_factory):
    """uvicorn counts open connections with the one asking, so a limit of 2 serves one
    other connection; the third is refused at once, in JSON like every refusal."""
    server = server_factory(workers=1, serve_args=("--max-connections", "2"))
    ping = b"GET /v1/ping?nonce=a HTTP/1.1\r\nHost: x\r\n\r\n"
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as held:
        held.sendall(ping)  # answered, and kept alive: one open connection
        assert held.recv(65536).startswith(b"HTTP/1.1 200")
        status, headers, body = _request(server, "GET", "/v1/ping?nonce=b")
        assert status == 503 and headers["content-type"] == "application/json"
        assert json.loads(body)["error"] == "busy" and headers["retry-after"] == "5"
        assert headers["connection"] == "close"
    deadline = time.monotonic() + 60  # the held connection closed: answered again
    while _request(server, "GET", "/v1/ping?nonce=c")[0] != 200:
        assert time.monotonic() < deadline
        time.sleep(0.05)


def test_headers_over_16_kib_that_arrive_at_once_get_a_json_431(server):
    """h11 bounds only headers still incomplete; a whole header block over the limit in
    one read is refused in front of the application."""
    big = b"GET /v1/ping?nonce=a HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 20_000 + b"\r\n\r\n"
    status_line, headers, body = _reply(_raw(server, big, b"", half_close=False))
    assert status_line == b"HTTP/1.1 431 Request Header Fields Too Large"
    assert headers["content-type"] == "application/json" and headers["connection"] == "close"
    assert json.loads(body)["error"] == "headers-too-large"
    small = b"GET /v1/ping?nonce=a HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 8_000 + b"\r\n\r\n"
    assert _raw(server, small, b"", half_close=True).startswith(b"HTTP/1.1 200 OK")
