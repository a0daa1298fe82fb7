"""A small, defensive HTTP/1.1 client on the standard library.

The links are slow and the middleboxes hostile (captive portals, proxies that trickle),
so every request has: a connect timeout, a read timeout, a total deadline enforced by a
watchdog that shuts the socket down, a cap on the reply size, and redirects followed
only to the same scheme, host and port. Network failures become retryable
`SyncFailure`s; nothing here logs bodies or headers (they may carry signatures).
"""

from __future__ import annotations

import email.utils
import http.client
import select
import socket
import ssl
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from .config import ClientConfig
from .errors import SyncFailure, offline
from .tr import QT_TRANSLATE_NOOP

REDIRECTS = (301, 302, 303, 307, 308)
_SAFE_TO_FOLLOW = ("GET", "HEAD", "OPTIONS")
_READ_STEP = 16 * 1024


@dataclass(frozen=True)
class Reply:
    status: int
    headers: dict = field(repr=False)  # lower-cased names
    body: bytes = field(repr=False)
    url: str = ""

    def header(self, name: str, default: str | None = None) -> str | None:
        return self.headers.get(name.lower(), default)

    def retry_after(self, cap: float = 3600.0) -> float | None:
        return parse_retry_after(self.header("retry-after"), cap=cap)


def parse_retry_after(value: str | None, *, cap: float = 3600.0,
                      now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date), capped."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), cap)
    try:
        when = email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return max(0.0, min(when - (time.time() if now is None else now), cap))


class _Connection(http.client.HTTPConnection):
    """Separate connect and read timeouts; `abort()` unblocks a read from another thread."""

    def __init__(self, host: str, port: int, *, connect_timeout: float, read_timeout: float):
        super().__init__(host, port, timeout=connect_timeout)
        self._read_timeout = read_timeout

    def connect(self) -> None:
        self.sock = socket.create_connection((self.host, self.port), self.timeout)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.sock.settimeout(self._read_timeout)

    def abort(self) -> None:
        sock = self.sock
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class _TlsConnection(_Connection):
    def __init__(self, host: str, port: int, *, context: ssl.SSLContext, **kw):
        super().__init__(host, port, **kw)
        self._context = context

    def connect(self) -> None:
        super().connect()
        self.sock = self._context.wrap_socket(self.sock, server_hostname=self.host)


def _origin(url: str) -> tuple[str, str, int]:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {url!r}")
    return scheme, parts.hostname.lower(), parts.port or (443 if scheme == "https" else 80)


#: An idle kept-alive connection older than this is closed rather than reused: servers
#: and middleboxes drop idle connections, and on a slow link a stale one costs a timeout.
IDLE_REUSE_S = 20.0
_STALE = (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError,
          ConnectionAbortedError)


class HttpClient:
    """Requests to one server (one origin). Thread-safe. Connections are kept alive and
    reused: on a 600 ms link a new TCP (and TLS) handshake per request costs one or two
    round trips each. A reused connection found closed by the other end before any reply
    is retried once on a new one; any other failure closes the connection."""

    def __init__(self, base_url: str, config: ClientConfig | None = None) -> None:
        self.base_url = base_url.rstrip("/") + "/"
        self.config = config or ClientConfig()
        self.origin = _origin(self.base_url)
        self._context = None
        if self.origin[0] == "https":
            self._context = ssl.create_default_context(cafile=self.config.ca_file)
        self._idle: list[tuple[float, _Connection]] = []  # (idle since, connection)
        self._lock = threading.Lock()
        # connections opened so far (tests and the benchmark read it), and replies that
        # came from our server (not a portal's page or a redirect): see refuse_middlebox
        self.connections_opened = 0
        self.answered = 0

    def close(self) -> None:
        """Close the idle connections (those in use close when their request ends)."""
        with self._lock:
            idle, self._idle = self._idle, []
        for _since, conn in idle:
            conn.close()

    def _take(self, host: str, port: int) -> tuple[_Connection, bool]:
        """An idle connection to (host, port) if a fresh one is kept, else a new one."""
        now = time.monotonic()
        with self._lock:
            while self._idle:
                since, conn = self._idle.pop()
                if now - since <= IDLE_REUSE_S and (conn.host, conn.port) == (host, port) \
                        and _still_open(conn):
                    return conn, True
                conn.close()
        cfg = self.config
        kw = {"connect_timeout": cfg.connect_timeout, "read_timeout": cfg.read_timeout}
        conn = (_TlsConnection(host, port, context=self._context, **kw) if self._context
                else _Connection(host, port, **kw))
        self.connections_opened += 1
        return conn, False

    def _keep(self, conn: _Connection) -> None:
        with self._lock:
            self._idle.append((time.monotonic(), conn))

    def url(self, path: str) -> str:
        return urljoin(self.base_url, path.lstrip("/")) if not _is_absolute(path) else path

    def same_origin(self, url: str) -> bool:
        try:
            return _origin(url) == self.origin
        except ValueError:
            return False

    def request(self, method: str, path: str, *, headers: dict | None = None,
                body: bytes = b"") -> Reply:
        url = self.url(path)
        for _ in range(self.config.max_redirects + 1):
            if not self.same_origin(url):
                raise SyncFailure("redirect", _ELSEWHERE)
            reply = self._once(method, url, headers or {}, body)
            if reply.status not in REDIRECTS or method not in _SAFE_TO_FOLLOW:
                return reply
            location = reply.header("location")
            if not location:
                return reply
            url = urljoin(url, location)
        raise SyncFailure("redirect", QT_TRANSLATE_NOOP(
            "Errors", "The server sent too many redirects."))

    def _once(self, method: str, url: str, headers: dict, body: bytes) -> Reply:
        _scheme, host, port = _origin(url)
        conn, reused = self._take(host, port)
        try:
            return self._exchange(conn, method, url, headers, body, reused=reused)
        except _StaleConnection:
            # A kept connection failed before any reply to a GET or HEAD (it was closed
            # under us): once more, on a new connection. Other methods are never sent
            # twice here: the caller asks the server what it holds first (tus HEAD).
            self.close()  # the other idle ones are as old: as likely stale
            conn, _ = self._take(host, port)
            return self._exchange(conn, method, url, headers, body, reused=False)

    def _exchange(self, conn: _Connection, method: str, url: str, headers: dict,
                  body: bytes, *, reused: bool) -> Reply:
        cfg = self.config
        parts = urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        expired = threading.Event()
        keep = False

        def watchdog() -> None:
            expired.set()
            conn.abort()

        timer = threading.Timer(cfg.request_deadline, watchdog)
        timer.daemon = True
        timer.start()
        replied = False
        try:
            send = {"User-Agent": cfg.user_agent, **headers}
            if body or method in ("POST", "PATCH", "PUT"):
                send["Content-Length"] = str(len(body))
            conn.request(method, target, body=body or None, headers=send)
            resp = conn.getresponse()
            replied = True
            # HEAD has no body, but the response must be read to end for the connection
            # to carry the next request.
            data = resp.read() if method == "HEAD" else self._read_capped(resp)
            reply_headers = {k.lower(): v for k, v in resp.getheaders()}
            keep = not resp.will_close and not expired.is_set()
            return Reply(resp.status, reply_headers, data, url)
        except SyncFailure:
            raise
        except (OSError, http.client.HTTPException, ValueError) as exc:
            if expired.is_set():
                raise SyncFailure("deadline", QT_TRANSLATE_NOOP(
                    "Errors", "The server answers too slowly. Sending will be retried later."),
                ) from exc
            if reused and not replied and method in _SAFE_TO_FOLLOW \
                    and isinstance(exc, _STALE):
                raise _StaleConnection() from exc
            raise offline() from exc
        finally:
            timer.cancel()
            if keep:
                self._keep(conn)
            else:
                conn.close()

    def _read_capped(self, resp: http.client.HTTPResponse) -> bytes:
        cap = self.config.max_reply_bytes
        length = resp.getheader("Content-Length")
        declared = None
        if length is not None:
            try:
                declared = int(length)
            except ValueError as exc:
                raise SyncFailure("bad-reply", _BAD_REPLY) from exc
            if declared > cap or declared < 0:
                raise _too_large()
        chunks, total = [], 0
        while True:
            piece = resp.read(_READ_STEP)
            if not piece:
                break
            total += len(piece)
            if total > cap:
                raise _too_large()
            chunks.append(piece)
        if declared is not None and total != declared:
            # http.client returns what arrived when the connection closes early: a reply
            # cut short is never taken for the whole answer.
            raise SyncFailure("truncated", QT_TRANSLATE_NOOP(
                "Errors", "The server's answer was cut short on the way. Sending will be "
                          "retried later."))
        return b"".join(chunks)


def _still_open(conn: _Connection) -> bool:
    """An idle connection the server has not closed: nothing is readable on it (a closed
    one reads as end of file; a server sends nothing unasked on an idle connection)."""
    sock = conn.sock
    if sock is None:
        return False
    try:
        readable, _, _ = select.select([sock], [], [], 0)
    except (OSError, ValueError):
        return False
    return not readable


class _StaleConnection(Exception):
    """A reused connection was closed by the server before it replied."""


_BAD_REPLY = QT_TRANSLATE_NOOP("Errors", "The server gave an answer Marika does not understand.")
_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Errors", "The network sent us to another site (a log-in page?). "
              "Connect to the Internet and try again.")


def from_our_server(client: HttpClient, reply: Reply) -> Reply:
    """`refuse_middlebox`, counting the replies that pass as answers of our server."""
    refuse_middlebox(reply)
    client.answered += 1
    return reply


def refuse_middlebox(reply: Reply) -> Reply:
    """Raise when something other than our server answered: a captive portal's HTML page
    in a success reply, or a redirect we did not follow (POST, PATCH, or another host).

    Either means the link is not really up, so it is a retryable "offline" kind of
    failure, not a protocol error the user should report."""
    if reply.status in REDIRECTS:
        raise SyncFailure("redirect", _ELSEWHERE)
    content_type = (reply.header("content-type") or "").lower()
    if 200 <= reply.status < 300 and content_type.startswith(("text/html", "application/xhtml")):
        raise SyncFailure("portal", _ELSEWHERE)
    return reply


def _too_large() -> SyncFailure:
    return SyncFailure("reply-too-large", QT_TRANSLATE_NOOP(
        "Errors", "The server sent an answer that is far too large; it was refused."))


def _is_absolute(path: str) -> bool:
    return "://" in path.split("?", 1)[0]
