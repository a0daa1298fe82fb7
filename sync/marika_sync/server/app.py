"""The HTTP front of the collection server: an ASGI application on Starlette.

Routing and HTTP hygiene only. Bodies must declare their length, stay under a cap and
arrive within a deadline; every refusal is a JSON `{"error", "message"}` on a connection
that stays usable (a refusal that leaves a body unread says `Connection: close`). The
work is done by the modules behind it, each call inside one database connection, on a
worker thread (peewee is synchronous), so the event loop only moves bytes.

Served by uvicorn (`serve.py`), one process or several sharing one database.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import os
import re
import time
from collections.abc import Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import anyio
import anyio.to_thread
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Route

from .. import permits
from ..canonical import canonical_json
from ..crypto import SigningKey
from . import enrollment, statements, uploads
from .batches import existing_receipt
from .db import connection
from .refusal import Refusal

log = logging.getLogger("marika_sync.server")

TUS_VERSION = "1.0.0"
TUS_EXTENSIONS = "creation,creation-with-upload,checksum,termination"
OFFSET_TYPE = "application/offset+octet-stream"
# A client that sends `Marika-Receipt: inline` gets the signed receipt as the body of the
# reply that completes its upload (PATCH 200, or creation 201), instead of asking for it.
RECEIPT_HEADER, INLINE = "marika-receipt", "inline"
CHECKSUMS = {"sha1": "sha1", "sha256": "sha256"}
MAX_JSON_BODY = 256 * 1024
PROTOCOL = 1
_NONCE = re.compile(r"^[0-9A-Za-z_-]{1,64}$")
_COMMON = {"Tus-Resumable": TUS_VERSION, "Cache-Control": "no-store"}


@dataclass
class ServerConfig:
    key: SigningKey
    max_size: int = 64 * 1024 * 1024  # Tus-Max-Size: the largest batch accepted
    max_chunk: int = 1024 * 1024  # the largest PATCH body
    body_timeout: float = 60.0  # seconds for a whole request body to arrive
    db_threads: int = 16  # requests doing database work at once, per process
    max_requests: int = 256  # requests in progress per process; beyond: 503 busy at once
    public_url: str = ""  # prefix for Location; empty: relative paths

    ENV = {"max_size": "MARIKA_SERVER_MAX_SIZE", "max_chunk": "MARIKA_SERVER_MAX_CHUNK",
           "body_timeout": "MARIKA_SERVER_BODY_TIMEOUT",
           "db_threads": "MARIKA_SERVER_DB_THREADS", "public_url": "MARIKA_SERVER_PUBLIC_URL",
           "max_requests": "MARIKA_SERVER_MAX_REQUESTS"}

    def to_environ(self) -> dict[str, str]:
        """The settings as environment variables, for worker processes."""
        return {name: str(getattr(self, field)) for field, name in self.ENV.items()}

    @classmethod
    def from_environ(cls, key: SigningKey, environ=os.environ) -> ServerConfig:
        config = cls(key=key)
        for field, name in cls.ENV.items():
            if environ.get(name):
                kind = type(getattr(config, field))
                setattr(config, field, kind(environ[name]))
        return config


# ---------------------------------------------------------------- plumbing

def _reply(status: int, body: bytes = b"", headers: dict | None = None,
           media_type: str | None = None) -> Response:
    return Response(body, status_code=status, headers={**_COMMON, **(headers or {})},
                    media_type=media_type)


def _json(status: int, obj: dict, headers: dict | None = None) -> Response:
    return _reply(status, canonical_json(obj), headers, "application/json")


async def _in_db(fn: Callable, *args, **kw):
    """Run `fn` on a worker thread inside one database connection."""
    def call():
        with connection():
            return fn(*args, **kw)
    return await anyio.to_thread.run_sync(call)


async def read_body(request: Request, limit: int) -> bytes:
    """The whole body, which must declare its length, fit `limit` and arrive in time."""
    if request.headers.get("transfer-encoding"):
        raise Refusal(411, "length-required", "send Content-Length, not chunked", close=True)
    length = request.headers.get("content-length")
    if length is None or not length.isdigit():
        raise Refusal(411, "length-required", "Content-Length is required", close=True)
    expected = int(length)
    if expected > limit:  # do not read a body we refuse
        raise Refusal(413, "too-large", "request body too large", close=True)
    config: ServerConfig = request.app.state.config
    data = bytearray()
    try:
        with anyio.fail_after(config.body_timeout):
            async for piece in request.stream():
                data += piece
    except TimeoutError as exc:
        raise Refusal(408, "body-timeout", "the body did not arrive in time",
                      close=True) from exc
    except ClientDisconnect as exc:
        raise Refusal(400, "truncated", "the body ended early", close=True) from exc
    if len(data) != expected:
        raise Refusal(400, "truncated", "the body ended early", close=True)
    return bytes(data)


def _declares_length(request: Request) -> bool:
    """A Content-Length other than 0 (or empty) is sent."""
    return request.headers.get("content-length", "0") not in ("", "0")


async def _no_body(request: Request) -> None:
    """Requests that carry no body (DELETE): a declared length is refused (read_body with
    a limit of 0); Transfer-Encoding alone is not looked at, the body is not read."""
    if _declares_length(request):
        await read_body(request, 0)


def _config(request: Request) -> ServerConfig:
    return request.app.state.config


# ---------------------------------------------------------------- routes

async def ping(request: Request) -> Response:
    nonce = request.query_params.get("nonce", "")
    if not _NONCE.match(nonce):
        raise Refusal(400, "bad-nonce", "nonce must be 1-64 url-safe characters")
    return _json(200, {"service": "marika-collection", "nonce": nonce, "time": time.time()})


async def info(request: Request) -> Response:
    cfg = _config(request)
    return _json(200, {"service": "marika-collection", "protocol": PROTOCOL,
                       "time": time.time(), "server_key": cfg.key.public.to_text(),
                       "max_size": cfg.max_size, "max_chunk": cfg.max_chunk})


async def enroll(request: Request) -> Response:
    body = await read_body(request, MAX_JSON_BODY)
    reply = await _in_db(enrollment.enroll, body, key=_config(request).key)
    return _reply(200, reply, media_type="application/json")


async def statements_query(request: Request) -> Response:
    after = request.query_params.get("after", "")
    body = await read_body(request, MAX_JSON_BODY)
    answer = await _in_db(statements.answer_query, body,
                          after=int(after) if after.isdigit() else None)
    return _json(200, answer)


async def receipt(request: Request) -> Response:
    sha256 = (request.headers.get("marika-batch-sha256") or "").lower()
    found = await _in_db(existing_receipt, request.path_params["batch_id"], sha256)
    if found is None:
        raise Refusal(404, "not-received", "this batch has not been received")
    return _reply(200, found, media_type="application/json")


def _tus_version(request: Request) -> None:
    if request.headers.get("tus-resumable") != TUS_VERSION:
        raise Refusal(412, "tus-version", "Tus-Resumable: 1.0.0 is required")


async def uploads_root(request: Request) -> Response:
    cfg = _config(request)
    if request.method == "OPTIONS":
        return _reply(204, headers={
            "Tus-Version": TUS_VERSION, "Tus-Extension": TUS_EXTENSIONS,
            "Tus-Max-Size": str(cfg.max_size), "Tus-Checksum-Algorithm": ",".join(CHECKSUMS)})
    _tus_version(request)
    length = request.headers.get("upload-length", "")
    if request.headers.get("upload-defer-length") or not length.isdigit():
        raise Refusal(400, "bad-length", "Upload-Length is required")
    raw_meta = request.headers.get("upload-metadata", "")
    meta = parse_metadata(raw_meta)
    # creation-with-upload: the body, if any, is the upload's first bytes (at offset 0)
    chunk = await _read_chunk(request) if _has_body(request) else None
    with_seq = _inline(request)
    info, existed = await _in_db(
        uploads.create, batch_id=meta.get("batch_id", ""),
        sha256=meta.get("sha256", "").lower(), annotator_id=meta.get("annotator_id", ""),
        length=int(length), max_size=cfg.max_size, metadata=raw_meta,
        permit=uploads.permit_from(request.headers.get(permits.HEADER)), with_seq=with_seq)
    if chunk is not None and info.offset == 0 and not info.complete:
        try:
            info = await _in_db(uploads.append, info.upload_id, 0, chunk, key=cfg.key,
                                with_seq=with_seq)
        except Refusal as exc:
            if exc.code != "offset-mismatch":
                raise
            info = await _in_db(uploads.head, info.upload_id)  # another writer was first
    headers = {"Location": f"{cfg.public_url}/v1/uploads/{info.upload_id}"}
    if existed or chunk is not None:
        headers["Upload-Offset"] = str(info.offset)
    return _accepted(request, 201, info, headers)


def _has_body(request: Request) -> bool:
    """A creation sent with its first bytes: a length, or chunked (then refused 411)."""
    return _declares_length(request) or bool(request.headers.get("transfer-encoding"))


def _inline(request: Request) -> bool:
    """The client asked for the receipt as the body of the reply that completes it."""
    return request.headers.get(RECEIPT_HEADER) == INLINE


def _accepted(request: Request, status: int, info: uploads.UploadInfo,
              headers: dict) -> Response:
    """The answer to a creation or PATCH: with the receipt as its body when the upload is
    complete and the client asked for it inline (a PATCH then answers 200, not 204), and
    the seq of the annotator's latest statement (`Marika-Statements-Seq`)."""
    inline = info.receipt is not None and _inline(request)
    if info.stored_now or inline:  # inline: a receipt found again is stored all the same
        headers["Marika-Batch-State"] = "stored"
    if inline:
        if info.statements_seq is not None:  # the client then asks for statements only
            headers["Marika-Statements-Seq"] = str(info.statements_seq)  # when it lacks one
        return _reply(200 if status == 204 else status, info.receipt, headers,
                      "application/json")
    return _reply(status, headers=headers)


async def upload(request: Request) -> Response:
    if request.method == "OPTIONS":
        return await uploads_root(request)
    _tus_version(request)
    upload_id = request.path_params["upload_id"]
    if request.method == "HEAD":
        info = await _in_db(uploads.head, upload_id)
        headers = {"Upload-Offset": str(info.offset), "Upload-Length": str(info.length)}
        if info.metadata:
            headers["Upload-Metadata"] = info.metadata
        return _reply(200, headers=headers)
    if request.method == "DELETE":
        await _no_body(request)
        await _in_db(uploads.terminate, upload_id,
                     permit=uploads.permit_from(request.headers.get(permits.HEADER)))
        return _reply(204)
    return await _patch(request, upload_id)


async def _read_chunk(request: Request) -> bytes:
    """The body of a PATCH or of a creation-with-upload: upload bytes, checked against
    their Upload-Checksum when one is sent. Read whole first: the connection stays usable."""
    chunk = await read_body(request, _config(request).max_chunk)
    if request.headers.get("content-type") != OFFSET_TYPE:
        raise Refusal(415, "content-type", "use application/offset+octet-stream")
    checksum = request.headers.get("upload-checksum")
    if checksum:
        algo, _, encoded = checksum.partition(" ")
        if algo not in CHECKSUMS:
            raise Refusal(400, "bad-checksum-algorithm", "use sha1 or sha256")
        try:
            digest = base64.b64decode(encoded.strip(), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise Refusal(400, "bad-checksum", "malformed Upload-Checksum") from exc
        if hashlib.new(CHECKSUMS[algo], chunk).digest() != digest:
            raise Refusal(460, "checksum-mismatch", "Upload-Checksum does not match")
    return chunk


async def _patch(request: Request, upload_id: str) -> Response:
    chunk = await _read_chunk(request)
    offset = request.headers.get("upload-offset", "")
    if not offset.isdigit():
        raise Refusal(400, "bad-offset", "Upload-Offset is required")
    info = await _in_db(uploads.append, upload_id, int(offset), chunk,
                        key=_config(request).key, with_seq=_inline(request))
    return _accepted(request, 204, info, {"Upload-Offset": str(info.offset)})


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


# ---------------------------------------------------------------- errors

async def _refused(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, Refusal)
    # exc.close: a body may be left unread, so `refused` says Connection: close
    return refused(exc.status, exc.code, exc.message, close=exc.close,
                   headers={"Tus-Version": TUS_VERSION} if exc.status == 412 else None)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    code = {404: "not-found", 405: "method"}.get(exc.status_code, "bad-request")
    return _json(exc.status_code, {"error": code, "message": str(exc.detail).lower()},
                 dict(exc.headers or {}))


async def _internal(request: Request, exc: Exception) -> Response:
    # Starlette re-raises after this reply, and uvicorn logs the traceback once.
    return _json(500, {"error": "internal", "message": "internal error"},
                 {"Connection": "close"})


class MethodOverride:
    """`X-HTTP-Method-Override` on a POST (tus clients behind proxies that allow only
    GET and POST)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http" and scope["method"] == "POST":
            for name, value in scope["headers"]:
                if name == b"x-http-method-override":
                    scope = {**scope, "method": value.decode("latin-1").upper()}
                    break
        await self.app(scope, receive, send)


BUSY_RETRY_AFTER = 5  # seconds


def refused(status: int, code: str, message: str, *, close: bool,
            headers: dict | None = None) -> Response:
    """A refusal's JSON reply where no route raises a Refusal: in a middleware, or in
    front of the application (serve.MarikaH11)."""
    headers = {**(headers or {}), **({"Connection": "close"} if close else {})}
    return _json(status, {"error": code, "message": message}, headers)


def busy(message: str, *, close: bool) -> Response:
    """The JSON 503 `busy` with Retry-After: over `--max-requests` (Overload) and over
    `--max-connections` (serve.MarikaH11). The sync client waits and tries again."""
    return refused(503, "busy", message, close=close,
                   headers={"Retry-After": str(BUSY_RETRY_AFTER)})


class Overload:
    """At most `limit` requests in progress in this process. Beyond it, an immediate JSON
    503 `busy` with Retry-After (the sync client waits and tries again), instead of a
    queue that grows until every request times out."""

    def __init__(self, app, limit: int) -> None:
        self.app, self.limit, self.active = app, limit, 0

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.active >= self.limit:
            unread = any(name == b"content-length" and value not in (b"", b"0")
                         for name, value in scope["headers"])  # its body stays unread
            await busy("the server is busy, try again", close=unread)(scope, receive, send)
            return
        self.active += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.active -= 1


def create_app(config: ServerConfig) -> Starlette:
    upload_path = "/v1/uploads/{upload_id:str}"
    app = Starlette(
        routes=[
            Route("/v1/ping", ping, methods=["GET"]),
            Route("/v1/info", info, methods=["GET"]),
            Route("/v1/enroll", enroll, methods=["POST"]),
            Route("/v1/statements/query", statements_query, methods=["POST"]),
            Route("/v1/receipts/{batch_id:str}", receipt, methods=["GET"]),
            Route("/v1/uploads", uploads_root, methods=["POST", "OPTIONS"]),
            Route(upload_path, upload, methods=["HEAD", "PATCH", "DELETE", "OPTIONS"]),
        ],
        exception_handlers={Refusal: _refused, HTTPException: _http_error,
                            Exception: _internal},
        middleware=[Middleware(Overload, limit=config.max_requests),
                    Middleware(MethodOverride)],
        lifespan=_lifespan,
    )
    app.state.config = config
    return app


UPLOAD_EXPIRY = 30 * 86400  # an unfinished upload untouched for a month is dropped
HOUSEKEEPING_EVERY = 3600


async def _housekeeping() -> None:
    while True:
        await anyio.sleep(HOUSEKEEPING_EVERY)
        try:  # idempotent: every process may run it
            await _in_db(uploads.expire, time.time() - UPLOAD_EXPIRY)
        except Exception:  # a busy database now is not a reason to stop serving
            log.exception("expiring old uploads failed")


@asynccontextmanager
async def _lifespan(app: Starlette):
    config: ServerConfig = app.state.config
    anyio.to_thread.current_default_thread_limiter().total_tokens = config.db_threads
    async with anyio.create_task_group() as tasks:
        tasks.start_soon(_housekeeping)
        yield
        tasks.cancel_scope.cancel()


def app_from_environment() -> Starlette:
    """The application of one worker process, configured by `serve.py` through the
    environment (MARIKA_SERVER_DATA, MARIKA_SERVER_DATABASE and ServerConfig.ENV)."""
    from . import keys
    from .db import open_database
    from .serve import die_with_supervisor

    die_with_supervisor()
    data = Path(os.environ["MARIKA_SERVER_DATA"])
    key = keys.load_or_create(data, key_file=os.environ.get("MARIKA_SERVER_KEY_FILE"))
    config = ServerConfig.from_environ(key)
    open_database(data_dir=data, url=os.environ.get("MARIKA_SERVER_DATABASE") or None,
                  pool_size=config.db_threads)
    return create_app(config)
