"""A tus 1.0.0 client (core + creation + creation-with-upload + checksum + termination),
resuming from the server's word.

A new upload is created with its first chunk as the POST's body (creation-with-upload):
a small batch goes in that one request. A server without the extension refuses the body
(400/413/415): the uploader then creates with an empty POST and PATCHes, as it does
after any failed creation-with-upload (a cut link, say), for the rest of its life.

After any error we ask the server for the offset (HEAD) and continue from there, never
from what we think we sent: on a lossy link the common case is a reply lost after the
server stored the chunk. Upload URLs live behind a three-method storage interface (as in
tus-py-client), so the outbox and the USB push each keep them where they belong.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from . import permits
from .config import ClientConfig
from .control import SyncControl, backoff_delay
from .errors import SyncFailure
from .http import HttpClient, Reply, from_our_server
from .tr import QT_TRANSLATE_NOOP

TUS_VERSION = "1.0.0"
OFFSET_TYPE = "application/offset+octet-stream"

_PROTOCOL = QT_TRANSLATE_NOOP("Errors", "The server does not follow the upload protocol.")


class UploadState(Protocol):
    def get_url(self, key: str) -> str | None: ...
    def set_url(self, key: str, url: str) -> None: ...
    def remove_url(self, key: str) -> None: ...


class MemoryState:
    """UploadState in a dict: for tests and one-off uploads."""

    def __init__(self) -> None:
        self.urls: dict[str, str] = {}

    def get_url(self, key: str) -> str | None:
        return self.urls.get(key)

    def set_url(self, key: str, url: str) -> None:
        self.urls[key] = url

    def remove_url(self, key: str) -> None:
        self.urls.pop(key, None)


class _Gone(Exception):
    """The upload resource no longer exists (404/410): create a new one."""


class _NoUploadInCreation(Exception):
    """The server refused a creation that carried bytes: it lacks creation-with-upload."""


_NO_EXTENSION = (400, 411, 413, 415)  # how a server without the extension refuses a body


@dataclass(frozen=True)
class Uploaded:
    """A finished upload: its URL, and the reply that completed it (the creation or the
    last PATCH; None when a HEAD found it complete), whose body may carry more."""

    url: str
    reply: Reply | None


def encode_metadata(metadata: dict[str, str]) -> str:
    return ",".join(f"{k} {base64.b64encode(v.encode()).decode()}"
                    for k, v in sorted(metadata.items()))


def error_code(reply: Reply) -> str:
    """The `error` code of our server's JSON refusals ("" from other servers)."""
    if not reply.header("content-type", "").startswith("application/json"):
        return ""
    try:
        value = json.loads(reply.body)
    except ValueError:
        return ""
    code = value.get("error") if isinstance(value, dict) else None
    return code if isinstance(code, str) else ""


_FINAL_CODES = ("batch-conflict", "bad-batch", "unknown-annotator", "too-large")


def _failure(reply: Reply, config: ClientConfig) -> SyncFailure:
    """Map an unexpected status to a failure; 4xx other than 408/409/423/429/460 is final,
    and so is a refusal of the batch itself (a conflict, a bad signature)."""
    status = reply.status
    retry_after = reply.retry_after(config.retry_after_cap)
    code = error_code(reply)
    if code == "batch-conflict":
        return SyncFailure("batch-conflict", QT_TRANSLATE_NOOP(
            "Errors", "The server already holds a different batch with this id."),
            retryable=False)
    if code in _FINAL_CODES or status == 422:
        return SyncFailure("refused", QT_TRANSLATE_NOOP(
            "Errors", "The server refused this batch. Ask your supervisor to check that "
                      "this profile is enrolled."), retryable=False)
    if status in (408, 409, 423, 425, 429, 460) or status >= 500:
        return SyncFailure(f"http-{status}", QT_TRANSLATE_NOOP(
            "Errors", "The server is busy or had a problem. Sending will be retried later."),
            retry_after=retry_after)
    if status in (401, 403):
        return SyncFailure("refused", QT_TRANSLATE_NOOP(
            "Errors", "The server refused this batch. Ask your supervisor to check that "
                      "this profile is enrolled."), retryable=False)
    if status == 413:
        return SyncFailure("too-large", QT_TRANSLATE_NOOP(
            "Errors", "The server refused this batch because it is too large."),
            retryable=False)
    return SyncFailure(f"http-{status}", _PROTOCOL, retryable=False)


LONG_PAUSE = 300.0  # seconds: a Retry-After beyond this (or the backoff cap) ends the run


def pause_is_long(exc: SyncFailure, config: ClientConfig) -> bool:
    """A long Retry-After ends this run instead of holding the worker (and the
    "sending" screen) for up to an hour; the outbox then waits it out
    (`next_attempt_at` honours it)."""
    return (exc.retry_after is not None
            and exc.retry_after > max(config.backoff_cap, LONG_PAUSE))


def _int_header(reply: Reply, name: str) -> int:
    value = reply.header(name)
    if value is None or not value.isdigit():
        raise SyncFailure("bad-reply", _PROTOCOL)
    return int(value)


class TusUploader:
    def __init__(self, http: HttpClient, *, endpoint: str = "/v1/uploads",
                 config: ClientConfig | None = None, control: SyncControl | None = None,
                 rng: random.Random | None = None) -> None:
        self.http = http
        self.endpoint = endpoint
        self.config = config or http.config
        self.control = control or SyncControl()
        self.rng = rng or random.Random()
        self._round_trip: float | None = None  # the shortest body-less request so far
        # False once the server refused a body in a creation (or one failed): plain
        # creation and PATCH from then on.
        self.creation_with_upload = True

    def _headers(self, **extra: str) -> dict:
        return {"Tus-Resumable": TUS_VERSION, **extra}

    def _chunk_headers(self, chunk: bytes) -> dict:
        algo = self.config.checksum
        digest = base64.b64encode(hashlib.new(algo, chunk).digest()).decode()
        return {"Content-Type": OFFSET_TYPE, "Upload-Checksum": f"{algo} {digest}"}

    def _request(self, method: str, url: str, **kw) -> Reply:
        started = time.monotonic()
        reply = from_our_server(self.http, self.http.request(method, url, **kw))
        if not kw.get("body"):  # a request without a body: about one round trip
            took = time.monotonic() - started
            self._round_trip = took if self._round_trip is None else min(self._round_trip, took)
        return reply

    def _next_chunk(self, sent: int, took: float) -> int:
        """The next chunk's size: about `chunk_seconds` of the rate this chunk measured
        (its time less one round trip), within [chunk_size, max_chunk_size]."""
        cfg = self.config
        transfer = max(took - (self._round_trip or 0.0), took / 4, 1e-3)
        wanted = int(sent / transfer * cfg.chunk_seconds)
        return max(cfg.chunk_size, min(cfg.max_chunk_size, wanted))

    # ------------------------------------------------------------ the three requests
    def create(self, length: int, metadata: dict[str, str], permit: bytes | None = None,
               *, chunk: bytes | None = None,
               headers: dict | None = None) -> tuple[str, int, Reply]:
        """POST; returns (absolute upload URL, offset, reply). Offset 0 unless the server
        says it holds more: the bytes of `chunk` it took (creation-with-upload: the first
        bytes of the upload, sent as the body), or part of this upload from before (our
        server does, for a known batch). `permit`: the upload permit our server needs
        (sent as `Marika-Permit`); `headers`: more headers to send."""
        send = {"Upload-Length": str(length), "Upload-Metadata": encode_metadata(metadata),
                **({permits.HEADER: permits.to_header(permit)} if permit else {}),
                **(headers or {}), **(self._chunk_headers(chunk) if chunk is not None else {})}
        reply = self._request("POST", self.endpoint, headers=self._headers(**send),
                              body=chunk or b"")
        if chunk is not None and reply.status in _NO_EXTENSION:
            raise _NoUploadInCreation()
        if reply.status != 201:
            raise _failure(reply, self.config)
        location = reply.header("location")
        if not location:
            raise SyncFailure("bad-reply", _PROTOCOL)
        url = self.http.url(location) if location.startswith("/") else location
        if not self.http.same_origin(url):  # never send our bytes to another host
            raise SyncFailure("bad-reply", _PROTOCOL, retryable=False)
        if chunk is not None:  # the server must say how much of the body it took
            offset = _int_header(reply, "upload-offset")
        else:
            value = reply.header("upload-offset")
            offset = int(value) if value and value.isdigit() else 0
        if offset > length:
            raise SyncFailure("bad-reply", _PROTOCOL)
        return url, offset, reply

    def offset(self, url: str, length: int) -> int:
        reply = self._request("HEAD", url, headers=self._headers(
            **{"Cache-Control": "no-store"}))
        if reply.status in (404, 410):
            raise _Gone()
        if reply.status not in (200, 204):
            raise _failure(reply, self.config)
        offset = _int_header(reply, "upload-offset")
        if offset > length:
            raise SyncFailure("bad-reply", _PROTOCOL)
        return offset

    def patch(self, url: str, offset: int, chunk: bytes,
              headers: dict | None = None) -> tuple[int, Reply]:
        reply = self._request("PATCH", url, body=chunk, headers=self._headers(
            **(headers or {}), **self._chunk_headers(chunk), **{"Upload-Offset": str(offset)}))
        if reply.status in (404, 410):
            raise _Gone()
        if reply.status not in (200, 204):
            raise _failure(reply, self.config)
        new_offset = _int_header(reply, "upload-offset")
        if not offset < new_offset <= offset + len(chunk):
            raise SyncFailure("bad-reply", _PROTOCOL)
        return new_offset, reply

    def terminate(self, url: str, permit: bytes | None = None) -> None:
        """DELETE; `permit`: a delete permit for the upload's id (our server needs one)."""
        extra = {permits.HEADER: permits.to_header(permit)} if permit else {}
        reply = self._request("DELETE", url, headers=self._headers(**extra))
        if reply.status not in (204, 404, 410):
            raise _failure(reply, self.config)

    # ------------------------------------------------------------ the loop
    def _size(self, chunk_size: int, offset: int, total: int) -> int:
        """The next chunk: `chunk_size`, or the whole rest when what would be left after
        it is under half a chunk (a runt last chunk would cost a round trip of its own)."""
        rest = total - offset
        if rest - chunk_size < chunk_size // 2:
            return min(rest, max(chunk_size, self.config.max_chunk_size))
        return chunk_size

    def upload(self, *, key: str, data: bytes, metadata: dict[str, str], state: UploadState,
               progress: Callable[[int, int], None] | None = None,
               permit: bytes | None = None, headers: dict | None = None) -> Uploaded:
        """Upload `data` until the server holds all of it.

        A new upload carries its first chunk in the creation. Retries retryable failures
        up to `max_attempts` times in a row with backoff; any progress resets the count.
        `headers` go with the creation and every PATCH. Raises SyncFailure otherwise."""
        total, chunk_size = len(data), max(1, self.config.chunk_size)
        url, offset, attempt = state.get_url(key), None, 0
        done: Reply | None = None  # the reply that said the upload is complete
        if url is not None and not self.http.same_origin(url):
            # Saved under another server address (the office changed it): we never send
            # bytes there, and creating again finds the same upload on our server.
            state.remove_url(key)
            url = None
        while True:
            self.control.checkpoint()
            try:
                if url is None:
                    first = (data[:self._size(chunk_size, 0, total)]
                             if self.creation_with_upload and total else None)
                    started = time.monotonic()
                    try:
                        url, offset, done = self.create(total, metadata, permit, chunk=first,
                                                        headers=headers)
                    except _NoUploadInCreation:
                        self.creation_with_upload = False
                        continue  # at once, as a plain creation: not a failed attempt
                    except SyncFailure as exc:
                        if first is not None and exc.retryable:
                            # Never twice: an old server may cut us off mid-body instead
                            # of answering (and our server found a cut creation in HEAD).
                            self.creation_with_upload = False
                        raise
                    state.set_url(key, url)  # stored before any PATCH is sent
                    if first is not None and 0 < offset <= len(first):
                        chunk_size = self._next_chunk(offset, time.monotonic() - started)
                        attempt = 0
                if offset is None:
                    offset, done = self.offset(url, total), None
                if progress:
                    progress(offset, total)
                while offset < total:
                    self.control.checkpoint()
                    started = time.monotonic()
                    sent = offset
                    offset, done = self.patch(
                        url, offset, data[offset:offset + self._size(chunk_size, offset, total)],
                        headers)
                    chunk_size = self._next_chunk(offset - sent, time.monotonic() - started)
                    attempt = 0
                    if progress:
                        progress(offset, total)
                return Uploaded(url, done)
            except _Gone:
                state.remove_url(key)
                url = offset = None
                attempt += 1
                if attempt >= self.config.max_attempts:
                    raise SyncFailure("gone", _PROTOCOL) from None
            except SyncFailure as exc:
                chunk_size = max(1, self.config.chunk_size)  # small again on a bad link
                if exc.reason in ("refused", "batch-conflict"):
                    state.remove_url(key)  # the server dropped that upload
                if not exc.retryable:
                    raise
                attempt += 1
                offset = None  # whatever happened, ask the server before sending more
                if attempt >= self.config.max_attempts or pause_is_long(exc, self.config):
                    raise
                self.control.sleep(backoff_delay(
                    attempt, base=self.config.backoff_base, cap=self.config.backoff_cap,
                    retry_after=exc.retry_after, rng=self.rng))
