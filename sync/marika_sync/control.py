"""Pausing, cancelling and progress for sync work running in a worker thread.

The GUI owns a `SyncControl` and flips it from its thread; the worker checks it between
chunks and sleeps through it, so a pause or cancel takes effect within one chunk (about
ten seconds at 2G rates) and nothing is lost: the next run resumes from the server's
offset. Progress goes out through a plain callback; the GUI turns it into a queued signal.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from .errors import cancelled


@dataclass(frozen=True)
class Progress:
    batch_id: str
    sent: int
    total: int
    batch_index: int = 0
    batch_count: int = 1
    phase: str = "upload"  # "probe" | "upload" | "receipt" | "statements" | "done"

    @property
    def left(self) -> int:
        return max(0, self.total - self.sent)


ProgressCallback = Callable[[Progress], None]


class SyncControl:
    """Thread-safe pause / resume / cancel flags."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self._running = threading.Event()
        self._running.set()

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    def cancel(self) -> None:
        self._cancel.set()
        self._running.set()  # wake a paused worker so it can stop

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def checkpoint(self) -> None:
        """Block while paused; raise SyncFailure("cancelled") once cancelled."""
        while not self._running.wait(0.5):
            pass
        if self._cancel.is_set():
            raise cancelled()

    def sleep(self, seconds: float) -> None:
        """Sleep, but wake at once on cancel (and raise)."""
        if seconds > 0 and self._cancel.wait(seconds):
            raise cancelled()
        self.checkpoint()


def backoff_delay(attempt: int, *, base: float, cap: float, retry_after: float | None = None,
                  rng: random.Random | None = None) -> float:
    """Exponential backoff with full jitter; never shorter than the server's Retry-After.

    Full jitter spreads the retries of the office's PCs after a shared outage, so they do
    not all hammer the link at the same second."""
    rng = rng or random
    delay = rng.uniform(0, min(cap, base * (2 ** max(0, attempt - 1))))
    if retry_after is not None:
        delay = max(delay, retry_after + rng.uniform(0, 1))
    return delay


def next_attempt_at(attempts: int, *, now: float | None = None, base: float = 30.0,
                    cap: float = 6 * 3600.0, retry_after: float | None = None) -> float:
    """When the outbox should try a batch again after `attempts` failed runs."""
    now = time.time() if now is None else now
    return now + backoff_delay(attempts, base=base, cap=cap, retry_after=retry_after)
