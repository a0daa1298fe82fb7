"""Active time on an item: time between inputs, not counting idle gaps.

Workers are paid by the piece, and the effective hourly rate is pay divided by active
time; counting a lunch break as work would flatter the rate and hide slow tasks. So
every input calls `touch(now)`; the time since the previous input counts only when it is
at most `idle_after_ms` (one minute). The first input after an idle gap restarts the
clock without counting the gap. Times are monotonic seconds (`time.monotonic()`).
"""

from __future__ import annotations

IDLE_AFTER_MS = 60_000


class ActiveTimer:
    def __init__(self, *, already_ms: int = 0, idle_after_ms: int = IDLE_AFTER_MS) -> None:
        self._idle_after_ms = idle_after_ms
        self._counted_ms = max(0, int(already_ms))
        self._last: float | None = None

    def start(self, now: float) -> None:
        """The item is shown: showing counts as the first input."""
        self._last = now

    def touch(self, now: float) -> None:
        """Any input (key, click, scroll, playback tick)."""
        if self._last is not None:
            gap_ms = (now - self._last) * 1000
            if 0 < gap_ms <= self._idle_after_ms:
                self._counted_ms += int(gap_ms)
        self._last = now

    def pause(self, now: float) -> None:
        """The item is left (or the window hidden): count up to now, then stop."""
        self.touch(now)
        self._last = None

    def elapsed_ms(self, now: float) -> int:
        """Counted active time, including the running gap if it is not idle yet."""
        total = self._counted_ms
        if self._last is not None:
            gap_ms = (now - self._last) * 1000
            if 0 < gap_ms <= self._idle_after_ms:
                total += int(gap_ms)
        return total

    def is_idle(self, now: float) -> bool:
        return self._last is None or (now - self._last) * 1000 > self._idle_after_ms


class SessionClock:
    """Active time across items in one sitting, for break suggestions."""

    def __init__(self, *, suggest_after_ms: int = 50 * 60_000,
                 idle_after_ms: int = IDLE_AFTER_MS, break_ms: int = 5 * 60_000) -> None:
        self._timer = ActiveTimer(idle_after_ms=idle_after_ms)
        self._suggest_after_ms = suggest_after_ms
        self._break_ms = break_ms
        self._since_break_start = 0
        self._last_input: float | None = None

    def touch(self, now: float) -> None:
        # A pause of `break_ms` or more is a break taken: start counting again.
        if self._last_input is not None and (now - self._last_input) * 1000 >= self._break_ms:
            self._since_break_start = self._timer.elapsed_ms(self._last_input)
        if self._last_input is None:
            self._timer.start(now)
        self._timer.touch(now)
        self._last_input = now

    def worked_since_break_ms(self, now: float) -> int:
        return self._timer.elapsed_ms(now) - self._since_break_start

    def should_suggest_break(self, now: float) -> bool:
        return self.worked_since_break_ms(now) >= self._suggest_after_ms

    def break_taken(self, now: float) -> None:
        """The worker took (or dismissed) the suggested break: count from now."""
        self._since_break_start = self._timer.elapsed_ms(now)
