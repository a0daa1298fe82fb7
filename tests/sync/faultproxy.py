"""A deterministic fault-injecting TCP proxy on 127.0.0.1, for sync tests over a bad link.

`tc netem` does not work on our machines (docs: FACTS.md), so this proxy plays the 2G
link between the client and a real server: a one-way delay and a byte rate (a token
bucket shared by all connections, one per direction, like one radio link), a seeded
share of connections reset mid-transfer (RST through SO_LINGER 0) or stalled for some
seconds, and blackouts on command. It also watches the HTTP going through, so a test can
prove from the wire what the client did: which PATCH offsets it sent, which replies
reached it, and that no chunk the server acknowledged was sent again.

Every fault is planned per request from `Random(seed, connection number, request
number)` (a kept-alive connection meets faults as often per request as new connections
do), so the same run meets the same faults. The proxy only listens on and connects to loopback, and
stops by itself after `lifetime` seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import random
import socket
import struct
import threading
import time
from collections import deque
from dataclasses import dataclass, field

LOOPBACK = "127.0.0.1"
_SLICE = 512  # bytes per write: fine enough for the rate limit and for cutting mid-chunk
_MAX_HEAD = 64 * 1024


@dataclass(frozen=True)
class Faults:
    delay: float = 0.0  # one-way delay in seconds, added in each direction
    rate: int | None = None  # bytes per second in each direction (None: unlimited)
    burst: int = 1600  # token bucket depth in bytes
    reset_share: float = 0.0  # share of connections reset in the middle of a message
    stall_share: float = 0.0  # share of connections that stop forwarding for a while
    stall_seconds: float = 0.0
    seed: int = 0
    lifetime: float = 600.0  # the proxy shuts itself down after this many seconds


@dataclass(frozen=True)
class Plan:
    """What goes wrong on one connection: `fault` is "reset", "stall" or "" (nothing);
    it strikes at `fraction` of the first request ("request") or of its reply ("reply")."""

    fault: str = ""
    where: str = "request"
    fraction: float = 0.0


@dataclass
class Exchange:
    """One HTTP request and its reply as they crossed the proxy. The `*_seq` fields are
    positions in one global order of events, so exchanges of different connections can
    be compared."""

    conn: int
    method: str
    path: str
    headers: dict  # lower-cased names
    sent_seq: int  # the proxy had the request head from the client
    at_server_seq: int | None = None  # the whole request reached the server
    status: int | None = None
    reply_headers: dict = field(default_factory=dict)
    replied_seq: int | None = None  # the server's reply head reached the proxy
    delivered_seq: int | None = None  # the whole reply reached the client

    @property
    def upload_offset(self) -> int | None:
        """Where the bytes of this request go in the upload: a PATCH's Upload-Offset, 0
        for a creation that carries bytes (tus creation-with-upload), else None."""
        if self.carries_upload_bytes and self.method == "POST":
            return 0
        return _int(self.headers.get("upload-offset"))

    @property
    def carries_upload_bytes(self) -> bool:
        """A PATCH, or a creation with a body (tus creation-with-upload)."""
        return self.method == "PATCH" or (
            self.method == "POST" and self.path.startswith("/v1/uploads")
            and self.headers.get("content-type") == "application/offset+octet-stream"
            and self.body_length > 0)

    @property
    def body_length(self) -> int:
        return _int(self.headers.get("content-length")) or 0

    @property
    def reply_offset(self) -> int | None:
        return _int(self.reply_headers.get("upload-offset"))

    @property
    def acknowledged(self) -> bool:
        """The client got the server's whole answer."""
        return self.delivered_seq is not None

    def line(self) -> str:
        """One line for a test's failure message."""
        offset = "" if self.upload_offset is None else f" @{self.upload_offset}+{self.body_length}"
        reached = "reached server" if self.at_server_seq else "cut before the server had it"
        answer = (f"-> {self.status}" + ("" if self.reply_offset is None
                                         else f" offset {self.reply_offset}")
                  + ("" if self.acknowledged else " (reply lost)")) if self.status else ""
        return f"#{self.conn} {self.method} {self.path}{offset}: {reached} {answer}".rstrip()


@dataclass
class Stats:
    connections: int = 0
    resets: int = 0  # connections actually cut by a planned reset
    stalls: int = 0  # planned stalls that actually happened
    blackouts: int = 0
    blacked_out_connections: int = 0  # connections lost to a blackout
    bytes_up: int = 0  # forwarded to the server
    bytes_down: int = 0  # forwarded to the client


def _int(value: str | None) -> int | None:
    return int(value) if value is not None and value.strip().isdigit() else None


def resent_after_ack(exchanges: list[Exchange]) -> list[Exchange]:
    """Requests carrying upload bytes (PATCH, a creation with a body) that started below
    an offset the client had already been told.

    An offset counts as told once a reply carrying `Upload-Offset` (PATCH 204 or 200,
    HEAD, creation) reached the client whole. A client that resumes from the server's word
    never sends such a PATCH: this list is then empty."""
    events = []
    for ex in exchanges:
        events.append((ex.sent_seq, "send", ex))
        if ex.delivered_seq is not None and ex.reply_offset is not None:
            events.append((ex.delivered_seq, "ack", ex))
    told, bad = 0, []
    for _seq, kind, ex in sorted(events, key=lambda e: e[0]):
        if kind == "ack" and 200 <= (ex.status or 0) < 300:
            told = max(told, ex.reply_offset)
        elif kind == "send" and ex.carries_upload_bytes and (ex.upload_offset or 0) < told:
            bad.append(ex)
    return bad


class _Bucket:
    """A token bucket: at most `rate` bytes per second, bursts of at most `burst`."""

    def __init__(self, rate: int | None, burst: int) -> None:
        self.rate, self.burst = rate, max(burst, _SLICE)
        self.tokens, self.stamp = float(self.burst), time.monotonic()

    async def take(self, n: int) -> None:
        if not self.rate:
            return
        while True:
            now = time.monotonic()
            self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
            self.stamp = now
            if self.tokens >= n:
                self.tokens -= n
                return
            await asyncio.sleep((n - self.tokens) / self.rate)


class _Messages:
    """Finds HTTP message boundaries in one direction of a connection, as bytes arrive.

    Only what the proxy needs: start line, headers, Content-Length bodies (HEAD, 1xx,
    204 and 304 replies have none). Anything else (chunked bodies, garbage) stops the
    watching for that direction; the bytes are still forwarded."""

    def __init__(self, replies: bool, methods: deque | None = None) -> None:
        self.replies, self.methods = replies, methods
        self.head = bytearray()
        self.position = 0  # stream offset of the next byte fed
        self.body_left = 0
        self.broken = False

    def feed(self, data: bytes) -> list[tuple[int, int | None, str, dict]]:
        """Messages whose head completed in `data`: (start, end or None, start line,
        headers). `end` is the stream offset just past the body."""
        found, view = [], memoryview(data)
        while view and not self.broken:
            if self.body_left:
                step = min(self.body_left, len(view))
                self.body_left -= step
                self.position += step
                view = view[step:]
                continue
            start = self.position - len(self.head)
            self.head += view
            self.position += len(view)
            view = memoryview(b"")
            cut = self.head.find(b"\r\n\r\n")
            if cut < 0:
                self.broken = len(self.head) > _MAX_HEAD
                break
            rest = bytes(self.head[cut + 4:])
            self.position -= len(rest)
            line, headers = _parse_head(bytes(self.head[:cut]))
            self.head = bytearray()
            length = self._body_length(line, headers)
            if length is None:
                self.broken = True
                found.append((start, None, line, headers))
                break
            head_end = start + cut + 4
            found.append((start, head_end + length, line, headers))
            self.body_left = length
            view = memoryview(rest)
        return found

    def _body_length(self, line: str, headers: dict) -> int | None:
        if "transfer-encoding" in headers:
            return None
        if self.replies:
            status = _int(line.split(" ")[1] if " " in line else "") or 0
            method = self.methods[0] if self.methods else ""
            if 100 <= status < 200:
                return 0
            if self.methods:
                self.methods.popleft()
            if method == "HEAD" or status in (204, 304):
                return 0
        value = headers.get("content-length")
        if value is None:
            return None if self.replies else 0
        return _int(value)


def _parse_head(raw: bytes) -> tuple[str, dict]:
    lines = raw.decode("latin-1").split("\r\n")
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return lines[0], headers


class _Conn:
    def __init__(self, proxy: FaultProxy, number: int, client_reader, client_writer) -> None:
        self.proxy, self.number = proxy, number
        self.client_reader, self.client_writer = client_reader, client_writer
        self.server_reader = self.server_writer = None
        self.requests = 0  # requests seen on this connection (clients keep it alive)
        self.plan = self._roll(0)
        self.methods: deque = deque()
        self.pending: deque = deque()  # exchanges waiting for their reply head
        self.frozen = False  # caught by a blackout: forwards nothing, dies when it ends
        self.closed = False
        self.strike_at: int | None = None  # stream offset (in `plan.where`'s direction)
        self.struck = False  # the planned fault has happened
        self.was_reset = False
        self.client_gone = False

    # ---------------------------------------------------------------- faults
    def _roll(self, request: int) -> Plan:
        """The plan for the `request`-th request on this connection (and its reply): a
        kept-alive connection meets faults as often per request as new ones do."""
        seed = self.proxy.faults.seed * 1_000_003 + self.number
        rng = random.Random(seed if request == 0 else seed * 7_919 + request)
        roll, faults = rng.random(), self.proxy.faults
        fault = ("reset" if roll < faults.reset_share else
                 "stall" if roll < faults.reset_share + faults.stall_share else "")
        return Plan(fault, rng.choice(("request", "reply")), rng.uniform(0.05, 0.95))

    def abort(self) -> None:
        """Reset both sides (RST, not FIN): what a dropped radio link looks like."""
        if self.closed:
            return
        self.closed = True
        for writer in (self.client_writer, self.server_writer):
            if writer is None:
                continue
            sock = writer.get_extra_info("socket")
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.transport.abort()

    def _plan_strike(self, direction: str, start: int, end: int | None) -> None:
        if self.plan.fault and self.strike_at is None and self.plan.where == direction:
            if end is not None and end > start:
                self.strike_at = start + max(1, int(self.plan.fraction * (end - start)))

    # ---------------------------------------------------------------- watching HTTP
    def watch_request(self, parser: _Messages, data: bytes, marks: list) -> None:
        for start, end, line, headers in parser.feed(data):
            method, _, rest = line.partition(" ")
            ex = Exchange(self.number, method, rest.rsplit(" ", 1)[0], headers,
                          self.proxy.next_seq())
            self.proxy.exchanges.append(ex)
            self.methods.append(method)
            self.pending.append(ex)
            if self.requests and not self.struck:  # the last one's reply came whole
                self.plan, self.strike_at = self._roll(self.requests), None
            self.requests += 1
            self._plan_strike("request", start, end)
            if end is not None:
                marks.append((end, ex, "at_server_seq"))

    def watch_reply(self, parser: _Messages, data: bytes, marks: list) -> None:
        for start, end, line, headers in parser.feed(data):
            status = _int(line.split(" ")[1] if " " in line else "")
            if status is not None and 100 <= status < 200:
                continue
            if not self.pending:
                continue
            ex = self.pending.popleft()
            ex.status, ex.reply_headers, ex.replied_seq = status, headers, self.proxy.next_seq()
            self._plan_strike("reply", start, end)
            if end is not None:
                marks.append((end, ex, "delivered_seq"))

    # ---------------------------------------------------------------- pumping
    async def run(self) -> None:
        proxy = self.proxy
        try:
            if proxy.blacked_out():
                self.frozen = True
                if proxy.refusing:
                    proxy.stats.blacked_out_connections += 1
                    return  # reset at once
                await proxy.link_back.wait()
                return
            try:
                self.server_reader, self.server_writer = await asyncio.open_connection(
                    LOOPBACK, proxy.upstream_port)
            except OSError:
                return
            up, down = asyncio.Queue(), asyncio.Queue()
            up_marks, down_marks = [], []
            up_parser, down_parser = _Messages(False), _Messages(True, self.methods)
            await asyncio.gather(
                self._read(self.client_reader, up,
                           lambda d: self.watch_request(up_parser, d, up_marks),
                           on_end=self._client_gone),
                self._send(up, self.server_writer, "request", proxy.up_bucket, up_marks),
                self._read(self.server_reader, down,
                           lambda d: self.watch_reply(down_parser, d, down_marks)),
                self._send(down, self.client_writer, "reply", proxy.down_bucket, down_marks))
        except (OSError, asyncio.IncompleteReadError):
            pass
        finally:
            if self.frozen or self.was_reset:
                self.abort()
            else:
                self._close()
            proxy.live.discard(self)

    def _close(self) -> None:
        if not self.closed:
            self.closed = True
            for writer in (self.client_writer, self.server_writer):
                if writer is not None:
                    writer.close()

    def _client_gone(self) -> None:
        # Our clients never half-close before reading the whole reply: an end of stream
        # from the client means it gave up (a timeout). A reply written after that
        # reaches no one, so it must not count as acknowledged.
        self.client_gone = True

    async def _read(self, reader, queue: asyncio.Queue, watch, on_end=None) -> None:
        try:
            while not self.closed:
                data = await reader.read(16 * 1024)
                if not data:
                    break
                watch(data)
                queue.put_nowait((time.monotonic(), data))
        except OSError:
            pass
        finally:
            if on_end is not None:
                on_end()
            queue.put_nowait(None)

    async def _send(self, queue: asyncio.Queue, writer, direction: str, bucket: _Bucket,
                    marks: list) -> None:
        proxy, sent = self.proxy, 0
        while True:
            item = await queue.get()
            if item is None or self.closed:
                if not self.closed and writer.can_write_eof():
                    with contextlib.suppress(OSError):
                        writer.write_eof()  # half-close: the other side may still answer
                return
            arrived, data = item
            wait = arrived + proxy.faults.delay - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            view = memoryview(data)
            while view:
                if self.closed:
                    return
                if self.frozen:  # the link is down: these bytes are lost
                    view = view[len(view):]
                    continue
                step = min(_SLICE, len(view))
                strike = self.strike_at if self.plan.where == direction else None
                if strike is not None and not self.struck and sent < strike:
                    step = min(step, strike - sent)
                await bucket.take(step)
                if self.closed:
                    return
                writer.write(bytes(view[:step]))
                await writer.drain()
                sent += step
                view = view[step:]
                if direction == "request":
                    proxy.stats.bytes_up += step
                else:
                    proxy.stats.bytes_down += step
                while marks and marks[0][0] <= sent:
                    _end, ex, attr = marks.pop(0)
                    if attr == "delivered_seq" and self.client_gone:
                        continue
                    setattr(ex, attr, proxy.next_seq())
                if strike is not None and not self.struck and sent >= strike:
                    self.struck = True
                    if self.plan.fault == "reset":
                        proxy.stats.resets += 1
                        self.was_reset = True
                        self.abort()
                        return
                    proxy.stats.stalls += 1
                    await asyncio.sleep(proxy.faults.stall_seconds)  # then it goes on


class FaultProxy:
    """Listen on 127.0.0.1 (a free port), forward to 127.0.0.1:`upstream_port`.

    Use as a context manager, or `start()` / `stop()`. Its state (`exchanges`, `stats`)
    is written by the proxy's own thread; read it once the traffic is over."""

    def __init__(self, upstream_port: int, faults: Faults | None = None) -> None:
        self.upstream_port = int(upstream_port)
        self.faults = faults or Faults()
        self.exchanges: list[Exchange] = []
        self.stats = Stats()
        self.live: set[_Conn] = set()
        self.port = 0
        self._seq = itertools.count(1)
        self._numbers = itertools.count(0)
        self._blackout_until = 0.0
        self._refusing = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._stopping: asyncio.Event | None = None
        self.up_bucket = _Bucket(self.faults.rate, self.faults.burst)
        self.down_bucket = _Bucket(self.faults.rate, self.faults.burst)
        self.link_back: asyncio.Event | None = None

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    def server_chunks(self) -> list[tuple[int, int, int | None, int | None]]:
        """(Upload-Offset, length, status, Upload-Offset answered) of every request with
        upload bytes (PATCH, a creation with a body) the server received whole, in the
        order it received them; status None when its answer never came back."""
        whole = [ex for ex in self.exchanges
                 if ex.carries_upload_bytes and ex.at_server_seq is not None]
        return [(ex.upload_offset, ex.body_length, ex.status, ex.reply_offset)
                for ex in sorted(whole, key=lambda ex: ex.at_server_seq)]

    def log(self) -> str:
        """The HTTP seen on the wire, one exchange a line, and the fault counts."""
        return "\n".join([str(self.stats), *(ex.line() for ex in self.exchanges)])

    def next_seq(self) -> int:
        return next(self._seq)

    def blacked_out(self) -> bool:
        return time.monotonic() < self._blackout_until

    @property
    def refusing(self) -> bool:
        return self._refusing and self.blacked_out()

    # ---------------------------------------------------------------- control
    def start(self) -> FaultProxy:
        self._thread = threading.Thread(target=self._main, name="faultproxy", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the fault proxy did not start")
        return self

    def stop(self) -> None:
        if self._loop is not None and self._stopping is not None:
            with contextlib.suppress(RuntimeError):  # the loop may have ended by itself
                self._loop.call_soon_threadsafe(self._stopping.set)
        if self._thread is not None:
            self._thread.join(10)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def blackout(self, seconds: float, *, refuse: bool = False) -> None:
        """No link for `seconds`. By default everything is dropped: live connections
        freeze and are reset when the link comes back, new ones are accepted (the radio
        still says "connected") and get no byte through. With `refuse`, every
        connection is reset at once instead. Safe to call from any thread."""
        self._loop.call_soon_threadsafe(self._start_blackout, float(seconds), refuse)

    def _start_blackout(self, seconds: float, refuse: bool) -> None:
        self.stats.blackouts += 1
        self._blackout_until = time.monotonic() + seconds
        self._refusing = refuse
        self.link_back.clear()
        for conn in list(self.live):
            conn.frozen = True
            if refuse:
                self.stats.blacked_out_connections += 1
                conn.abort()
        self._loop.call_later(seconds, self._end_blackout)

    def _end_blackout(self) -> None:
        if self.blacked_out():
            return  # a later blackout extended it
        self.link_back.set()
        for conn in list(self.live):
            if conn.frozen and not conn.closed:
                self.stats.blacked_out_connections += 1
                conn.abort()

    # ---------------------------------------------------------------- the loop
    def _main(self) -> None:
        asyncio.run(self._serve())

    async def _serve(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stopping = asyncio.Event()
        self.link_back = asyncio.Event()
        self.link_back.set()
        server = await asyncio.start_server(self._accept, LOOPBACK, 0)
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        try:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), self.faults.lifetime)
        finally:
            server.close()
            for conn in list(self.live):
                conn.abort()
            await asyncio.sleep(0)

    async def _accept(self, reader, writer) -> None:
        self.stats.connections += 1
        conn = _Conn(self, next(self._numbers), reader, writer)
        self.live.add(conn)
        try:
            await conn.run()
        except asyncio.CancelledError:
            conn.abort()  # the proxy is stopping; a cancelled callback would only log noise
