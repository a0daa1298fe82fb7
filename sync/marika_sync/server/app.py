"""The HTTP front of the collection server, on the standard library's ThreadingHTTPServer.

Routing and HTTP hygiene only: bodies must declare their length and stay under a cap,
sockets time out, and every refusal is a JSON `{"error", "message"}`. The work is done
by the modules behind it, each inside one database connection per request.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import re
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from ..canonical import canonical_json
from ..crypto import SigningKey
from . import enrollment, statements, uploads
from .batches import existing_receipt
from .db import connection
from .refusal import Refusal

log = logging.getLogger("marika_sync.server")

TUS_VERSION = "1.0.0"
TUS_EXTENSIONS = "creation,checksum,termination"
CHECKSUMS = {"sha1": "sha1", "sha256": "sha256"}
MAX_JSON_BODY = 256 * 1024
_UPLOAD = re.compile(r"^/v1/uploads/([0-9a-f]{32})$")
_RECEIPT = re.compile(r"^/v1/receipts/([0-9A-Za-z._:-]{1,64})$")
_NONCE = re.compile(r"^[0-9A-Za-z_-]{1,64}$")


@dataclass
class ServerConfig:
    key: SigningKey
    max_size: int = 64 * 1024 * 1024
    max_chunk: int = 1024 * 1024
    public_url: str = ""  # prefix for Location; empty: relative paths


class Handler(BaseHTTPRequestHandler):
    server_version = "marika-server/1"
    protocol_version = "HTTP/1.1"
    timeout = 60  # per socket operation: a stalled client frees its thread

    # ------------------------------------------------------------ plumbing
    @property
    def config(self) -> ServerConfig:
        return self.server.config  # type: ignore[attr-defined]

    def log_message(self, fmt: str, *args) -> None:  # paths and codes only, never bodies
        log.info("%s %s", self.address_string(), fmt % args)

    def _send(self, status: int, body: bytes = b"", headers: dict | None = None,
              content_type: str | None = None) -> None:
        self.send_response(status)
        self.send_header("Tus-Resumable", TUS_VERSION)
        self.send_header("Cache-Control", "no-store")
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body and self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, status: int, obj: dict, headers: dict | None = None) -> None:
        self._send(status, canonical_json(obj), headers, "application/json")

    def _body(self, limit: int) -> bytes:
        length = self.headers.get("Content-Length")
        if self.headers.get("Transfer-Encoding"):
            raise Refusal(411, "length-required", "send Content-Length, not chunked")
        if length is None or not length.isdigit():
            raise Refusal(411, "length-required", "Content-Length is required")
        if int(length) > limit:
            self.close_connection = True  # do not read a body we refuse
            raise Refusal(413, "too-large", "request body too large")
        data = self.rfile.read(int(length))
        if len(data) != int(length):
            raise Refusal(400, "truncated", "the body ended early")
        return data

    def _query(self) -> dict[str, str]:
        query = self.path.partition("?")[2]
        return dict(p.partition("=")[::2] for p in query.split("&") if p)

    def _dispatch(self, method: str) -> None:
        if method == "POST" and self.headers.get("X-HTTP-Method-Override"):
            method = self.headers["X-HTTP-Method-Override"].upper()
        path = self.path.split("?", 1)[0]
        try:
            with connection():
                self._route(method, path)
        except Refusal as exc:
            self.close_connection = True  # the body may be unread: do not reuse the socket
            self._json(exc.status, {"error": exc.code, "message": exc.message},
                       {"Tus-Version": TUS_VERSION} if exc.status == 412 else None)
        except Exception:
            log.exception("request failed: %s %s", method, path)
            self._json(500, {"error": "internal", "message": "internal error"})

    do_GET = lambda self: self._dispatch("GET")  # noqa: E731
    do_HEAD = lambda self: self._dispatch("HEAD")  # noqa: E731
    do_POST = lambda self: self._dispatch("POST")  # noqa: E731
    do_PATCH = lambda self: self._dispatch("PATCH")  # noqa: E731
    do_DELETE = lambda self: self._dispatch("DELETE")  # noqa: E731
    do_OPTIONS = lambda self: self._dispatch("OPTIONS")  # noqa: E731

    # ------------------------------------------------------------ routes
    def _route(self, method: str, path: str) -> None:
        if path.startswith("/v1/uploads"):
            return self._tus(method, path)
        if method == "GET" and path == "/v1/ping":
            nonce = self._query().get("nonce", "")
            if not _NONCE.match(nonce):
                raise Refusal(400, "bad-nonce", "nonce must be 1-64 url-safe characters")
            return self._json(200, {"service": "marika-collection", "nonce": nonce,
                                    "time": time.time()})
        if method == "GET" and path == "/v1/info":
            return self._json(200, {
                "service": "marika-collection", "protocol": 1, "time": time.time(),
                "server_key": self.config.key.public.to_text(),
                "max_size": self.config.max_size, "max_chunk": self.config.max_chunk})
        if method == "POST" and path == "/v1/enroll":
            reply = enrollment.enroll(self._body(MAX_JSON_BODY), key=self.config.key)
            return self._send(200, reply, content_type="application/json")
        if method == "POST" and path == "/v1/statements/query":
            after = self._query().get("after", "")
            return self._json(200, statements.answer_query(
                self._body(MAX_JSON_BODY), after=int(after) if after.isdigit() else None))
        match = _RECEIPT.match(path)
        if method == "GET" and match:
            sha256 = (self.headers.get("Marika-Batch-Sha256") or "").lower()
            receipt = existing_receipt(match.group(1), sha256)
            if receipt is None:
                raise Refusal(404, "not-received", "this batch has not been received")
            return self._send(200, receipt, content_type="application/json")
        raise Refusal(404, "not-found", "no such endpoint")

    def _tus(self, method: str, path: str) -> None:
        cfg = self.config
        if method == "OPTIONS":
            return self._send(204, headers={
                "Tus-Version": TUS_VERSION, "Tus-Extension": TUS_EXTENSIONS,
                "Tus-Max-Size": str(cfg.max_size),
                "Tus-Checksum-Algorithm": ",".join(CHECKSUMS)})
        if self.headers.get("Tus-Resumable") != TUS_VERSION:
            raise Refusal(412, "tus-version", "Tus-Resumable: 1.0.0 is required")
        if path == "/v1/uploads" and method == "POST":
            return self._create()
        match = _UPLOAD.match(path)
        if not match:
            raise Refusal(404, "not-found", "no such upload")
        upload_id = match.group(1)
        if method == "HEAD":
            info = uploads.head(upload_id)
            return self._send(200, headers={"Upload-Offset": str(info.offset),
                                            "Upload-Length": str(info.length)})
        if method == "PATCH":
            return self._patch(upload_id)
        if method == "DELETE":
            uploads.terminate(upload_id)
            return self._send(204)
        raise Refusal(405, "method", "method not allowed")

    def _create(self) -> None:
        length = self.headers.get("Upload-Length", "")
        if self.headers.get("Upload-Defer-Length") or not length.isdigit():
            raise Refusal(400, "bad-length", "Upload-Length is required")
        meta = parse_metadata(self.headers.get("Upload-Metadata", ""))
        if self.headers.get("Content-Length", "0") not in ("", "0"):
            self._body(0)  # creation-with-upload is not offered
        info, existed = uploads.create(
            batch_id=meta.get("batch_id", ""), sha256=meta.get("sha256", "").lower(),
            annotator_id=meta.get("annotator_id", ""), length=int(length),
            max_size=self.config.max_size)
        headers = {"Location": f"{self.config.public_url}/v1/uploads/{info.upload_id}"}
        if existed:
            headers["Upload-Offset"] = str(info.offset)
        self._send(201, headers=headers)

    def _patch(self, upload_id: str) -> None:
        if self.headers.get("Content-Type") != "application/offset+octet-stream":
            raise Refusal(415, "content-type", "use application/offset+octet-stream")
        offset = self.headers.get("Upload-Offset", "")
        if not offset.isdigit():
            raise Refusal(400, "bad-offset", "Upload-Offset is required")
        checksum = self.headers.get("Upload-Checksum")
        algo = digest = None
        if checksum:
            algo, _, encoded = checksum.partition(" ")
            if algo not in CHECKSUMS:
                raise Refusal(400, "bad-checksum-algorithm", "use sha1 or sha256")
            try:
                digest = base64.b64decode(encoded.strip(), validate=True)
            except (binascii.Error, ValueError) as exc:
                raise Refusal(400, "bad-checksum", "malformed Upload-Checksum") from exc
        chunk = self._body(self.config.max_chunk)
        if algo is not None:
            if hashlib.new(CHECKSUMS[algo], chunk).digest() != digest:
                raise Refusal(460, "checksum-mismatch", "Upload-Checksum does not match")
        info, stored = uploads.append(upload_id, int(offset), chunk, key=self.config.key)
        headers = {"Upload-Offset": str(info.offset)}
        if stored:
            headers["Marika-Batch-State"] = "stored"
        self._send(204, headers=headers)


def parse_metadata(header: str) -> dict[str, str]:
    out = {}
    for raw in header.split(","):
        pair = raw.strip()
        if not pair:
            continue
        key, _, value = pair.partition(" ")
        try:
            out[key] = base64.b64decode(value.strip(), validate=True).decode("utf-8")
        except (binascii.Error, ValueError) as exc:
            raise Refusal(400, "bad-metadata", "Upload-Metadata is malformed") from exc
    return out


class CollectionServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(self, address: tuple[str, int], config: ServerConfig) -> None:
        self.config = config
        super().__init__(address, Handler)

