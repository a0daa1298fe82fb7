"""Running the ASGI application under uvicorn, in one process or several.

The listening socket is bound here, once, so `--port 0` works and its real port is known
before any worker starts; uvicorn's supervisor hands it to each worker process. Workers
get their settings through the environment (they are started fresh, not forked) and
share nothing but the database and the server key. A worker dies with its supervisor
(Linux), so a `kill -9` of `marika-server serve` never leaves workers holding the port.

Limits and timeouts, all explicit (docs/SERVER_GUIDE.md):
- request bodies: Tus-Max-Size for a whole batch, `max_chunk` per PATCH, 256 KiB for
  JSON, and `body_timeout` for a body to arrive;
- headers: 16 KiB (`h11_max_incomplete_event_size`);
- idle keep-alive connections: `KEEP_ALIVE` seconds; open connections per worker:
  `max_connections` (beyond it uvicorn answers 503 at once);
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

from uvicorn.protocols.http.h11_impl import H11Protocol

from .app import ServerConfig

KEEP_ALIVE = 30
SHUTDOWN_GRACE = 10
MAX_HEADER_BYTES = 16 * 1024
BACKLOG = 2048
APP = "marika_sync.server.app:app_from_environment"
_PR_SET_PDEATHSIG = 1


class H11HalfClose(H11Protocol):
    """uvicorn's h11 protocol, answering a client that half-closed its side (sent all it
    will send, still reading) instead of dropping the request in flight. A body cut short
    that way gets the body-timeout refusal; the connection closes after the answer."""

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
        APP, factory=True, workers=workers, http=H11HalfClose, loop="asyncio", lifespan="on",
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
