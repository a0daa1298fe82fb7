"""Client settings in one place, tuned for 2G/3G links (docs/SYNC_PROTOCOL.md §7)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ClientConfig:
    connect_timeout: float = 15.0
    read_timeout: float = 30.0
    # A server that trickles one byte every few seconds never trips the read timeout;
    # this total limit per request cuts it off.
    request_deadline: float = 120.0
    max_reply_bytes: int = 1024 * 1024  # a 10 MB reply is refused
    max_redirects: int = 3
    # 32 KiB takes about 4 s at 64 kbit/s: small enough that a dropped link loses little.
    # The first chunk of a run has this size; each next one is sized to carry about
    # chunk_seconds of the link rate measured so far (at most max_chunk_size, the
    # server's limit), so a clean slow link is not paying a round trip per 32 KiB; a
    # failure starts again from chunk_size.
    chunk_size: int = 32 * 1024
    chunk_seconds: float = 20.0
    max_chunk_size: int = 1024 * 1024
    checksum: str = "sha1"  # every tus server supports sha1; "sha256" also works with ours
    max_attempts: int = 8  # per batch and per run; the outbox remembers when to try again
    backoff_base: float = 2.0
    backoff_cap: float = 300.0
    retry_after_cap: float = 3600.0
    user_agent: str = "marika-sync/1"
    ca_file: str | None = None  # extra CA bundle for https servers with a private CA
