"""The client side of the collection server's endpoints (docs/SYNC_PROTOCOL.md §3).

`ServerClient` speaks HTTP only; it verifies nothing about documents (that is
`receipts`, `statements` and `enroll`), but it does refuse anything that is not the
answer it asked for: a captive portal's page, an oversized reply, a wrong content type.
"""

from __future__ import annotations

import json
import random
import secrets
from collections.abc import Callable

from .config import ClientConfig
from .control import SyncControl, backoff_delay
from .errors import SyncFailure
from .http import HttpClient, Reply, from_our_server
from .tr import QT_TRANSLATE_NOOP
from .tus import TusUploader, UploadState, error_code, pause_is_long

_BAD = QT_TRANSLATE_NOOP("Errors", "The server gave an answer Marika does not understand.")
_ENROLL_MESSAGES = {
    "bad-code": QT_TRANSLATE_NOOP(
        "Errors", "This enrollment code is not valid or has expired. Ask your supervisor "
                  "for a new one."),
    "code-used": QT_TRANSLATE_NOOP(
        "Errors", "This enrollment code was already used. Ask your supervisor for a new one."),
    "annotator-exists": QT_TRANSLATE_NOOP(
        "Errors", "This profile is already enrolled with other keys on the server."),
}


def _json_body(reply: Reply) -> dict:
    if not (reply.header("content-type") or "").startswith("application/json"):
        raise SyncFailure("bad-reply", _BAD)
    try:
        value = json.loads(reply.body)
    except ValueError as exc:
        raise SyncFailure("bad-reply", _BAD) from exc
    if not isinstance(value, dict):
        raise SyncFailure("bad-reply", _BAD)
    return value


def _unexpected(reply: Reply, config: ClientConfig) -> SyncFailure:
    retry_after = reply.retry_after(config.retry_after_cap)
    if reply.status in (408, 425, 429) or reply.status >= 500:
        return SyncFailure(f"http-{reply.status}", QT_TRANSLATE_NOOP(
            "Errors", "The server is busy or had a problem. Sending will be retried later."),
            retry_after=retry_after)
    code = error_code(reply)
    if code == "stale-query":  # an older server still checks the PC's clock
        return SyncFailure("clock", QT_TRANSLATE_NOOP(
            "Errors", "The server refused the request because the date or time of this PC "
                      "looks wrong. Please check the PC's date and time, then send again."),
            retryable=False)
    if code in ("unknown-annotator", "bad-signature"):
        return SyncFailure("not-enrolled", QT_TRANSLATE_NOOP(
            "Errors", "The server does not know this profile. Enroll it again with a new "
                      "code from your supervisor."), retryable=False)
    return SyncFailure(code or f"http-{reply.status}", _BAD, retryable=False)


class ServerClient:
    def __init__(self, base_url: str, *, config: ClientConfig | None = None,
                 control: SyncControl | None = None, rng: random.Random | None = None,
                 http: HttpClient | None = None) -> None:
        """`http`: an HttpClient to share (its kept-alive connection with it), used when
        it is for the same address and settings; else a new one."""
        self.config = config or ClientConfig()
        if http is None or http.base_url != base_url.rstrip("/") + "/" \
                or http.config != self.config:
            http = HttpClient(base_url, self.config)
        self.http = http
        self.control = control or SyncControl()
        self.rng = rng or random.Random()
        self.tus = TusUploader(self.http, config=self.config, control=self.control, rng=self.rng)
        # The seq of the annotator's latest statement, as the last reply carrying a
        # receipt said (None: not said): with it held, the statement query is skipped.
        self.statements_seq: int | None = None

    def _retrying(self, call: Callable[[], object]):
        """Run `call`, retrying retryable failures with backoff, up to max_attempts."""
        attempt = 0
        while True:
            self.control.checkpoint()
            try:
                return call()
            except SyncFailure as exc:
                attempt += 1
                if (not exc.retryable or attempt >= self.config.max_attempts
                        or pause_is_long(exc, self.config)):
                    raise
                self.control.sleep(backoff_delay(
                    attempt, base=self.config.backoff_base, cap=self.config.backoff_cap,
                    retry_after=exc.retry_after, rng=self.rng))

    def _request(self, method: str, path: str, **kw) -> Reply:
        return from_our_server(self.http, self.http.request(method, path, **kw))

    # ------------------------------------------------------------ endpoints
    def probe(self) -> bool:
        """True only when our server answers with our nonce: a captive portal's HTML 200,
        a redirect to a log-in page or a dead link all count as offline."""
        nonce = secrets.token_urlsafe(12)
        try:
            reply = self.http.request("GET", f"/v1/ping?nonce={nonce}")
            if reply.status != 200:
                return False
            body = _json_body(reply)
        except SyncFailure:
            return False
        return body.get("service") == "marika-collection" and body.get("nonce") == nonce

    def info(self) -> dict:
        def call():
            reply = self._request("GET", "/v1/info")
            if reply.status != 200:
                raise _unexpected(reply, self.config)
            return _json_body(reply)
        return self._retrying(call)

    def enroll(self, request: bytes) -> bytes:
        def call():
            reply = self._request("POST", "/v1/enroll", body=request,
                                  headers={"Content-Type": "application/json"})
            if reply.status == 200:
                return reply.body
            code = error_code(reply)
            if code in _ENROLL_MESSAGES:
                raise SyncFailure(code, _ENROLL_MESSAGES[code], retryable=False)
            raise _unexpected(reply, self.config)
        return self._retrying(call)

    def receipt(self, batch_id: str, sha256: str) -> bytes | None:
        """The stored receipt, or None when the server has not stored this batch."""
        def call():
            reply = self._request("GET", f"/v1/receipts/{batch_id}",
                                  headers={"Marika-Batch-Sha256": sha256})
            if reply.status == 200:
                return reply.body
            if reply.status == 404 and error_code(reply) == "not-received":
                return None
            if reply.status == 409:
                raise SyncFailure("batch-conflict", QT_TRANSLATE_NOOP(
                    "Errors", "The server already holds a different batch with this id."),
                    retryable=False)
            raise _unexpected(reply, self.config)
        return self._retrying(call)

    def statements(self, query: bytes, *, after: int | None = None) -> list[dict]:
        """One page of statement envelopes after the query's seq (or `after`)."""
        def call():
            path = "/v1/statements/query" + (f"?after={int(after)}" if after else "")
            reply = self._request("POST", path, body=query,
                                  headers={"Content-Type": "application/json"})
            if reply.status != 200:
                raise _unexpected(reply, self.config)
            page = _json_body(reply).get("statements")
            if not isinstance(page, list) or not all(isinstance(e, dict) for e in page):
                raise SyncFailure("bad-reply", _BAD)
            return page
        return self._retrying(call)

    def upload(self, *, batch_id: str, data: bytes, sha256: str, annotator_id: str,
               state: UploadState, permit: bytes | None = None,
               progress: Callable[[int, int], None] | None = None) -> bytes | None:
        """Upload one batch and return its receipt, unverified (the caller verifies it),
        or None when the server says it has not stored the batch. `permit` is its upload
        permit (marika_sync.permits), which the server needs to create or resume the
        upload. Our server puts the receipt in the reply that completes the upload when
        asked (`Marika-Receipt: inline`); otherwise it is fetched (`receipt`)."""
        done = self.tus.upload(key=batch_id, data=data, state=state, progress=progress,
                               metadata={"batch_id": batch_id, "sha256": sha256,
                                         "annotator_id": annotator_id,
                                         "filename": f"{batch_id}.mkb"}, permit=permit,
                               headers={RECEIPT_HEADER: INLINE})
        receipt = _inline_receipt(done.reply)
        if receipt is None:
            return self.receipt(batch_id, sha256)
        seq = done.reply.header(STATEMENTS_HEADER) or ""
        self.statements_seq = int(seq) if seq.isdigit() else None
        return receipt


RECEIPT_HEADER, INLINE = "Marika-Receipt", "inline"
STATEMENTS_HEADER = "Marika-Statements-Seq"


def _inline_receipt(reply: Reply | None) -> bytes | None:
    """The receipt in the body of the reply that completed an upload (an older server's
    204 has none)."""
    if reply is None or reply.status not in (200, 201) or not reply.body:
        return None
    if not (reply.header("content-type") or "").startswith("application/json"):
        raise SyncFailure("bad-reply", _BAD)
    return reply.body
