"""Hostile replies through the real runner and outbox, then the healthy server.

A scripted server on 127.0.0.1 stands in front of a real `marika-server`, forwards what
it should and spoils one thing per test: a captive portal's page, truncated JSON, a
10 MB reply, a forged receipt, a redirect elsewhere, 500 and 503 with Retry-After, a
trickle. Each time the sync run returns normally with a translated error, the batch
stays pending, and once the client talks to the healthy server the batch is delivered
exactly once, stored once and each item paid once.

The lower-level checks of each hostile reply (the HTTP client alone) are in
test_client_hygiene.py; this file is about what the whole sync does with them.
"""

from __future__ import annotations

import base64
import hashlib
import http.client
import json
import random
import time
from decimal import Decimal

import pytest

from marika.core.errors import MarikaError
from marika.store import outbox
from marika_sync import documents
from marika_sync.config import ClientConfig
from marika_sync.errors import SyncFailure
from marika_sync.runner import run_sync
from marika_sync.server import keys
from marika_sync.statements import earned, list_statements

from .conftest import make_package, make_person, make_work, register_package
from .test_bad_network import _point_at
from .test_client_hygiene import Fake
from .test_end_to_end import FAST, _enroll, _submit

CHUNK = 1024
HOSTILE = ClientConfig(chunk_size=CHUNK, max_chunk_size=CHUNK, connect_timeout=2,
                       read_timeout=2, request_deadline=3, backoff_base=0.05, backoff_cap=0.2,
                       max_attempts=3)
PORTAL = b"<html><body>Welcome to CafeNet. Log in to continue.</body></html>"
_HOP = ("connection", "content-length", "content-type", "date", "server",
        "transfer-encoding", "keep-alive")


@pytest.fixture
def backend():
    """SQLite only: the hostile replies are under test here, not the server's database."""
    return None


class Hostile:
    """Forwards to the real server, except where `spoil(self, h, body)` decides
    otherwise. Logs (method, path, status, time) of every answer it gives."""

    def __init__(self, server, spoil) -> None:
        self.server, self.spoil = server, spoil
        self.log: list[tuple[str, str, int, float]] = []
        self.patches = 0
        self.fake = Fake(self._route)

    @property
    def url(self) -> str:
        return self.fake.url

    def close(self) -> None:
        self.fake.shutdown()
        self.fake.server_close()

    def _route(self, h, body) -> None:
        if h.command == "PATCH":
            self.patches += 1
        self.spoil(self, h, body)

    def forward(self, h, body) -> tuple[int, dict, bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=30)
        try:
            headers = {k: v for k, v in h.headers.items()
                       if k.lower() not in ("host", "connection", "content-length")}
            conn.request(h.command, h.path, body=body, headers=headers)
            reply = conn.getresponse()
            # Header names are case-insensitive: keep them lower-case, as the server sends.
            return reply.status, {k.lower(): v for k, v in reply.getheaders()}, reply.read()
        finally:
            conn.close()

    def answer(self, h, status, headers=None, body=b"", ctype="application/json") -> None:
        passed = {k: v for k, v in (headers or {}).items() if k.lower() not in _HOP}
        ctype = next((v for k, v in (headers or {}).items() if k.lower() == "content-type"),
                     ctype)
        self.log.append((h.command, h.path.split("?")[0], status, time.monotonic()))
        h.reply(status, body, headers=passed, ctype=ctype)

    def relay(self, h, body, edit=None) -> None:
        status, headers, data = self.forward(h, body)
        if edit is not None:
            data = edit(data)
        self.answer(h, status, headers, data)


# ---------------------------------------------------------------- the spoilers

def captive_portal(hs, h, body):
    hs.answer(h, 200, body=PORTAL, ctype="text/html; charset=utf-8")


def _first_contact(h) -> bool:
    """The request that shows our server is there: the ping, or with work to send (no
    ping then) the upload's creation."""
    return h.path.startswith("/v1/ping") or (h.command == "POST"
                                             and h.path == "/v1/uploads")


def portal_after_the_probe(hs, h, body):
    """The Wi-Fi session ends mid-sync: the first contact got through, nothing after it
    does."""
    if _first_contact(h):
        return hs.relay(h, body)
    hs.answer(h, 200, body=PORTAL, ctype="text/html")


def _receipt_reply(hs, h, body):
    """Forward `h`; (status, headers, data) when the answer carries a receipt: the reply
    that completed the upload (PATCH or creation, asked with `Marika-Receipt: inline`)
    or a `GET /v1/receipts/...`. Otherwise the answer is relayed as it is, and None."""
    status, headers, data = hs.forward(h, body)
    if status in (200, 201) and data and (h.path.startswith("/v1/receipts/")
                                          or h.command in ("PATCH", "POST")
                                          and h.path.startswith("/v1/uploads")):
        return status, headers, data
    hs.answer(h, status, headers, data)
    return None


def _on_receipts(change):
    def spoil(hs, h, body):
        found = _receipt_reply(hs, h, body)
        if found is not None:
            status, headers, data = found
            hs.answer(h, status, headers, change(hs, data))
    return spoil


def _resign(hs, data, edit_body):
    doc = json.loads(data)
    body = edit_body(doc["body"])
    return documents.sign_document(keys.load_or_create(hs.server.data), documents.RECEIPT, body)


truncated_json = _on_receipts(lambda hs, data: data[: len(data) // 2])
wrong_hash = _on_receipts(lambda hs, data: _resign(
    hs, data, lambda b: {**b, "sha256": hashlib.sha256(b"another batch").hexdigest()}))


def _flip_signature(hs, data):
    doc = json.loads(data)
    sig = bytearray(base64.b64decode(doc["sig"]))
    sig[0] ^= 0x01
    return json.dumps({**doc, "sig": base64.b64encode(bytes(sig)).decode()}).encode()


bad_signature = _on_receipts(_flip_signature)


def huge_reply(hs, h, body):
    found = _receipt_reply(hs, h, body)
    if found is None:
        return
    hs.log.append((h.command, h.path, found[0], time.monotonic()))
    h.send_response(found[0])
    h.send_header("Content-Type", "application/json")
    h.send_header("Content-Length", str(10 * 1024 * 1024))
    h.end_headers()
    try:
        for _ in range(160):
            h.wfile.write(b" " * 65536)
    except OSError:
        pass  # the client hung up early, as it should


def redirect_elsewhere(hs, h, body):
    if _first_contact(h):
        return hs.relay(h, body)
    hs.answer(h, 307, {"Location": "http://127.0.0.2:1" + h.path})


def _failing_patches(status, retry_after=None):
    """The first PATCH goes through; every later one is answered `status`."""
    def spoil(hs, h, body):
        if h.command == "PATCH" and hs.patches > 1:
            return hs.answer(h, status, {"Retry-After": retry_after} if retry_after else {},
                             b'{"error":"internal","message":"internal error"}')
        hs.relay(h, body)
    return spoil


def trickle(hs, h, body):
    """Later PATCHes are stored by the real server, but the answer comes one byte a
    second: slower than any useful reply, yet never silent long enough for the read
    timeout. Only the total deadline per request cuts it off."""
    if h.command != "PATCH" or hs.patches < 2:
        return hs.relay(h, body)
    status, headers, _data = hs.forward(h, body)
    hs.log.append((h.command, h.path, status, time.monotonic()))
    head = (f"HTTP/1.1 {status} No Content\r\nUpload-Offset: {headers['upload-offset']}\r\n"
            f"Tus-Resumable: 1.0.0\r\nContent-Length: 0\r\n\r\n").encode()
    try:
        for byte in head:
            h.wfile.write(bytes([byte]))
            time.sleep(1.0)
    except OSError:
        pass
    h.close_connection = True


def cut_short(hs, h, body):
    """A reply carrying the receipt ends after 120 bytes although its Content-Length says
    more (attack 8 of issue 10): never taken for the whole answer."""
    found = _receipt_reply(hs, h, body)
    if found is None:
        return
    status, headers, data = found
    assert len(data) > 120
    hs.log.append((h.command, h.path, status, time.monotonic()))
    offset = f"Upload-Offset: {headers['upload-offset']}\r\n" if "upload-offset" in headers else ""
    h.wfile.write(f"HTTP/1.1 {status} OK\r\nContent-Type: application/json\r\n{offset}"
                  f"Content-Length: {len(data)}\r\n\r\n".encode() + data[:120])
    h.wfile.flush()
    h.close_connection = True


CASES = {
    # name: (spoiler, reason in the report, did the real server store the batch?)
    "captive-portal": (captive_portal, "offline", False),
    "portal-after-probe": (portal_after_the_probe, "portal", False),
    "truncated-json": (truncated_json, "bad-receipt", True),
    "cut-short": (cut_short, "truncated", True),
    "10-mb-reply": (huge_reply, "reply-too-large", True),
    "receipt-wrong-hash": (wrong_hash, "bad-receipt", True),
    "receipt-bad-signature": (bad_signature, "bad-receipt", True),
    "redirect-elsewhere": (redirect_elsewhere, "redirect", False),
    "500": (_failing_patches(500), "http-500", False),
    "503-retry-after": (_failing_patches(503, "1"), "http-503", False),
    "trickle": (trickle, "deadline", False),
}


# ---------------------------------------------------------------- the scene

class _Recording(random.Random):
    """The runner's random source, remembering the jitter ranges it was asked for."""

    def __init__(self) -> None:
        super().__init__(7)
        self.ranges: list[tuple[float, float]] = []

    def uniform(self, a, b):
        self.ranges.append((a, b))
        return super().uniform(a, b)


def _scene(server, tmp_path, name):
    person, pkg = make_person(), make_package(f"pkg.{name}", rate="12.5", items=6)
    register_package(server, pkg, tmp_path)
    _enroll(server, person)
    records = make_work(person, pkg, 6, filler=1500)
    [batch_id] = _submit(person, pkg, records)
    row = outbox.get_batch(batch_id)
    assert row.size > 3 * CHUNK  # several PATCHes, so some go through before trouble
    return person, pkg, records, row


def _run(person, config, rng=None, progress=None):
    return run_sync(store=outbox, profile_id=person.profile_id, device_key=person.device_key,
                    box_key=person.box_key, cipher=person.cipher, config=config,
                    include_waiting=True, rng=rng, progress=progress)


def _translated(err) -> str:
    """The error as the GUI would show it, through a stand-in translator that marks
    what it was asked to translate."""
    asked = []

    def translate(context, source):
        asked.append((context, source))
        return f"[{source}]"
    text = err.translated(translate)
    assert asked == [("Errors", err.message)]
    return text


def _stored(server, batch_id):
    return server.query(f"SELECT COUNT(*) FROM batch WHERE batch_id = '{batch_id}'")[0][0]


def _accept(server, tmp_path, batch_id):
    rows = server.query(f"SELECT item_key FROM batch_item WHERE batch_id = '{batch_id}'")
    path = tmp_path / "review.jsonl"
    path.write_text("".join(json.dumps({"batch_id": batch_id, "item_key": key,
                                        "decision": "accepted"}) + "\n" for (key,) in rows))
    server.cli("review", str(path))


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_reply_keeps_the_batch_then_the_healthy_server_gets_it_once(
        name, server, client_db, tmp_path):
    spoil, reason, stored_anyway = CASES[name]
    person, pkg, records, row = _scene(server, tmp_path, name)
    hostile = Hostile(server, spoil)
    rng = _Recording()
    try:
        _point_at(person, hostile.url)
        started = time.time()
        report = _run(person, HOSTILE, rng=rng)  # must return, whatever came back
    finally:
        hostile.close()

    # The batch is still waiting, and the user is told why, in their language.
    assert report.delivered == []
    assert outbox.get_batch(row.batch_id).state != outbox.DELIVERED
    assert outbox.receipt(row.batch_id) is None
    assert report.pending == 1 == outbox.counts(person.profile_id).pending
    key = "" if reason == "offline" else row.batch_id
    assert report.failed[key] == reason, report.failed
    err = report.errors[key]
    assert isinstance(err, SyncFailure) and isinstance(err, MarikaError)
    assert _translated(err) == f"[{err.message}]" and err.message.endswith(".")
    if key:
        after = outbox.get_batch(row.batch_id)
        assert after.last_error == reason and after.attempts == 1
        assert after.next_attempt_at > started
    assert _stored(server, row.batch_id) == (1 if stored_anyway else 0)
    _check_retries(name, hostile.log, rng, err)
    if reason == "bad-receipt":
        # The spoiled receipt came in the reply that completed the upload, and was refused
        # there just as a fetched one would be: the client never asked for another.
        uploads = [(method, status) for method, path, status, _t in hostile.log
                   if path.startswith(("/v1/uploads", "/v1/receipts/"))]
        assert uploads[-1] == ("PATCH", 200), hostile.log
        assert not any(path.startswith("/v1/receipts/") for _m, path, *_ in hostile.log)

    # The healthy server: delivered exactly once, one copy, each item paid once.
    _point_at(person, server.url)
    progress = []
    healthy = _run(person, FAST, progress=progress.append)
    assert healthy.delivered == [row.batch_id], healthy.failed
    assert outbox.get_batch(row.batch_id).state == outbox.DELIVERED
    [(sha256, size)] = server.query(
        f"SELECT sha256, size FROM batch WHERE batch_id = '{row.batch_id}'")
    assert (sha256, size) == (row.sha256, row.size)
    assert server.query("SELECT COUNT(*) FROM upload") == [(1,)]
    sent = [p.sent for p in progress if p.phase == "upload"]
    if stored_anyway:
        assert sent == [row.size]  # the server had it all: not one byte again
    elif name in ("500", "503-retry-after", "trickle"):
        assert sent[0] >= CHUNK  # resumed from the server's offset, not from zero

    _accept(server, tmp_path, row.batch_id)
    assert _run(person, FAST).statements == 1
    done = sum(1 for r in records if r.status == "done")
    paid = server.query(
        f"SELECT COUNT(*) FROM paid_item WHERE annotator_id = '{person.profile_id}'")
    assert paid == [(done,)]
    statements = list_statements(store=outbox, profile_id=person.profile_id, cipher=person.cipher,
                                 box_key=person.box_key)
    assert earned(statements) == {pkg.currency: Decimal(pkg.rate) * done}
    assert _run(person, FAST).delivered == []  # nothing is ever sent twice


def _check_retries(name, log, rng, err):
    """After each refused PATCH the client asked for the offset (HEAD) before sending
    again, waited with exponential backoff and full jitter, and honoured Retry-After."""
    if name not in ("500", "503-retry-after"):
        return
    patches = [i for i, (method, _p, status, _t) in enumerate(log)
               if method == "PATCH" and status >= 500]
    assert len(patches) == HOSTILE.max_attempts
    for i in patches[:-1]:
        assert log[i + 1][0] == "HEAD", log
    if name == "500":
        # Full jitter between 0 and base * 2^(n-1), capped: one draw per retry.
        bounds = [min(HOSTILE.backoff_cap, HOSTILE.backoff_base * 2 ** n)
                  for n in range(HOSTILE.max_attempts - 1)]
        assert rng.ranges == [(0, b) for b in bounds]
    else:
        gaps = [log[i + 1][3] - log[i][3] for i in patches[:-1]]
        assert all(gap >= 1.0 for gap in gaps), gaps  # Retry-After: 1, not the 0.2 s cap
        assert err.retry_after == 1


def test_a_long_retry_after_ends_the_run_and_the_outbox_waits(server, client_db, tmp_path):
    """Retry-After: 3600 must not hold the worker (and the sending screen) for an hour:
    the run ends at once and the outbox schedules the next try after that hour."""
    person, _pkg, _records, row = _scene(server, tmp_path, "long-pause")
    hostile = Hostile(server, _failing_patches(503, "3600"))
    try:
        _point_at(person, hostile.url)
        started = time.time()
        report = _run(person, HOSTILE)
        took = time.time() - started
    finally:
        hostile.close()
    assert report.failed == {row.batch_id: "http-503"}
    assert took < 10
    assert outbox.get_batch(row.batch_id).next_attempt_at >= started + 3600
    # Due batches only (no "send now"): nothing is tried before the hour is up.
    again = run_sync(store=outbox, profile_id=person.profile_id, device_key=person.device_key,
                     box_key=person.box_key, cipher=person.cipher, config=HOSTILE)
    assert again.delivered == [] and row.batch_id not in again.failed


def test_the_outbox_backs_off_exponentially_across_runs(server, client_db, tmp_path,
                                                        monkeypatch):
    """Between runs, each failed attempt doubles the outbox's wait (30 s, 60 s, 120 s
    ...), drawn with full jitter so an office's PCs do not all retry at once."""
    from marika_sync import control

    person, _pkg, _records, row = _scene(server, tmp_path, "between-runs")
    outbox_rng = _Recording()
    monkeypatch.setattr(control, "random", outbox_rng)  # the outbox's draws only
    hostile = Hostile(server, _failing_patches(500))
    try:
        _point_at(person, hostile.url)
        waits = []
        for _ in range(3):
            before = time.time()
            _run(person, HOSTILE, rng=random.Random(1))  # "send now", past the backoff
            waits.append(outbox.get_batch(row.batch_id).next_attempt_at - before)
    finally:
        hostile.close()
    assert outbox_rng.ranges == [(0, 30.0), (0, 60.0), (0, 120.0)]
    assert outbox.get_batch(row.batch_id).attempts == 3
    assert all(0 <= wait <= bound + 5 for wait, bound in zip(waits, (30, 60, 120),
                                                              strict=True)), waits
