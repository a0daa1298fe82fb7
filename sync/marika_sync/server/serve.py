"""Running the ASGI application under uvicorn, in one process or several.

The listening socket is bound here, once, so `--port 0` works and its real port is known
before any worker starts; uvicorn's supervisor hands it to each worker process. Workers
get their settings through the environment (they are started fresh, not forked) and
share nothing but the database and the server key. A worker dies with its supervisor
(Linux), so a `kill -9` of `marika-server serve` never leaves workers holding the port.

Limits and timeouts, all explicit (docs/SERVER_GUIDE.md):
- request bodies: Tus-Max-Size for a whole batch, `max_chunk` per PATCH, 256 KiB for
  JSON, and `body_timeout` for a body to arrive;
- headers: 16 KiB (a JSON 431 beyond it: h11 refuses headers that arrive slower than
  that as a request it cannot frame, a JSON 400 `bad-request`, and MarikaH11 checks
  those that arrived whole in one read);
- idle keep-alive connections: `KEEP_ALIVE` seconds; open connections per worker:
  `max_connections` (beyond it a JSON 503 `busy` at once, with Retry-After);
- graceful shutdown: `SHUTDOWN_GRACE` seconds for requests in flight.
Slow-header (slowloris) protection and TLS belong to the reverse proxy in front.
"""

from __future__ import annotations

import ctypes
import logging
import multiprocessing
import os
import signal
import socket
import sys
from collections.abc import Callable
from pathlib import Path

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from ..canonical import canonical_json
from .app import ServerConfig, busy, refused

KEEP_ALIVE = 30
SHUTDOWN_GRACE = 10
MAX_HEADER_BYTES = 16 * 1024
BACKLOG = 2048
APP = "marika_sync.server.app:app_from_environment"
_PR_SET_PDEATHSIG = 1


class MarikaH11(H11Protocol):
    """uvicorn's h11 protocol, changed where uvicorn itself answers, so that every refusal
    is JSON like the application's (`{"error", "message"}`):
    - a request h11 cannot frame (a malformed request line or header, headers still
      incomplete past MAX_HEADER_BYTES) gets a JSON 400 `bad-request`, not uvicorn's text;
    - headers over MAX_HEADER_BYTES that arrived whole (h11 bounds only an incomplete
      buffer, and one read can bring up to 256 KiB) get a JSON 431 `headers-too-large`;
    - beyond `max_connections` open connections, a JSON 503 `busy` with Retry-After, not
      uvicorn's text 503: uvicorn's own check (`limit_concurrency`) is turned off and
      the same check runs in front of the application (`_front`);
    - a client that half-closed its side (sent all it will send, still reading) gets its
      answer instead of the request in flight being dropped. A body cut short that way
      gets the body-timeout refusal; the connection closes after the answer."""

    def __init__(self, *args, **kw) -> None:
        super().__init__(*args, **kw)
        self.max_connections, self.limit_concurrency = self.limit_concurrency, None
        self._app, self.app = self.app, self._front

    async def _front(self, scope, receive, send) -> None:
        """The limits checked before the application runs. Connections are counted as
        uvicorn counts them: this connection is among the server's `connections`, and
        this request's task, started by now, among its `tasks`."""
        limit = self.max_connections
        if sum(len(name) + len(value) for name, value in scope["headers"]) > \
                MAX_HEADER_BYTES:
            reply = refused(431, "headers-too-large", "request headers over 16 KiB",
                            close=True)
        elif limit is not None and (len(self.connections) >= limit
                                    or len(self.tasks) - 1 >= limit):
            self.logger.warning("Exceeded concurrency limit.")
            reply = busy("too many connections, try again", close=True)
        else:
            await self._app(scope, receive, send)
            return
        await reply(scope, receive, send)

    def send_400_response(self, msg: str) -> None:
        body = canonical_json({"error": "bad-request", "message": "the request is not "
                               "valid HTTP/1.1, or its headers are over 16 KiB"})
        headers = [(b"content-type", b"application/json"),
                   (b"content-length", str(len(body)).encode()), (b"connection", b"close")]
        for event in (h11.Response(status_code=400, headers=headers, reason=b"Bad Request"),
                      h11.Data(data=body), h11.EndOfMessage()):
            self.transport.write(self.conn.send(event))
        self.transport.close()

    def eof_received(self) -> bool | None:
        if self.cycle is None or self.cycle.response_complete:
            return None  # idle: close now
        self.cycle.keep_alive = False
        return True  # keep the transport open to write the answer


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(BACKLOG)
    sock.set_inheritable(True)
    return sock


def die_with_supervisor() -> None:
    """In a worker process: ask Linux to kill us when our supervisor dies."""
    if multiprocessing.parent_process() is None or not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the supervisor died before we asked
        os.kill(os.getpid(), signal.SIGKILL)


def serve(*, data: Path, database: str | None, key_file: str | None, sock: socket.socket,
          config: ServerConfig, workers: int, max_connections: int,
          announce: Callable[[str], None]) -> int:
    """Serve on `sock` until SIGTERM or SIGINT. `announce` gets the URL once bound."""
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    os.environ.update({"MARIKA_SERVER_DATA": str(Path(data).resolve()),
                       "MARIKA_SERVER_DATABASE": database or "",
                       "MARIKA_SERVER_KEY_FILE": key_file or "", **config.to_environ()})
    uconfig = uvicorn.Config(
        APP, factory=True, workers=workers, http=MarikaH11, loop="asyncio", lifespan="on",
        interface="asgi3", timeout_keep_alive=KEEP_ALIVE,
        timeout_graceful_shutdown=SHUTDOWN_GRACE, limit_concurrency=max_connections,
        h11_max_incomplete_event_size=MAX_HEADER_BYTES, access_log=False,
        log_level=logging.WARNING, server_header=False, date_header=True)
    host, port = sock.getsockname()[:2]
    announce(f"http://{host if ':' not in host else f'[{host}]'}:{port}")
    if workers <= 1:
        uvicorn.Server(uconfig).run(sockets=[sock])
    else:
        Multiprocess(uconfig, sockets=[sock]).run()
    return 0
