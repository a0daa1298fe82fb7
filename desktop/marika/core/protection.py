"""Protection from harmful content: a daily limit on warned items, and a break after
time spent on them.

Pure arithmetic over the worker's own tally. The tally and the worker's choices live in
the profile's encrypted preferences (marika.workspace), so nobody else, the supervisor
included, can see who used any of it. A package may suggest a limit and a break time;
the worker's own choice always wins.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

DEFAULT_BREAK_MINUTES = 20
MAX_DAILY_LIMIT = 10_000
MAX_BREAK_MINUTES = 240

# Keys in the profile's preferences
LIMIT_KEY = "warned_daily_limit"  # absent: the package's suggestion; 0: no limit
BREAK_KEY = "sensitive_break_minutes"  # absent: the package's, else the default
TALLY_KEY = "warned_tally"  # {"day": "2026-12-04", "seen": n, "ms": n, "ms_at_break": n}


@dataclass(frozen=True)
class Protection:
    own_limit: int | None  # the worker's choice (0 = no limit), None = not chosen
    suggested_limit: int | None  # the package's suggestion
    own_break_minutes: int | None
    suggested_break_minutes: int | None
    seen_today: int  # warned items revealed today
    sensitive_ms_today: int  # active time on revealed warned items today
    sensitive_ms_at_break: int  # sensitive_ms_today when the last break was taken

    @property
    def daily_limit(self) -> int | None:
        """The limit in force: the worker's own, else the package's; None = no limit."""
        limit = self.own_limit if self.own_limit is not None else self.suggested_limit
        return limit or None

    @property
    def break_after_minutes(self) -> int:
        for minutes in (self.own_break_minutes, self.suggested_break_minutes):
            if minutes:
                return minutes
        return DEFAULT_BREAK_MINUTES

    @property
    def limit_reached(self) -> bool:
        return self.daily_limit is not None and self.seen_today >= self.daily_limit

    def sensitive_ms_since_break(self) -> int:
        return max(0, self.sensitive_ms_today - self.sensitive_ms_at_break)

    def break_due(self) -> bool:
        return self.sensitive_ms_since_break() >= self.break_after_minutes * 60_000


def today(now: float | None = None) -> str:
    """The local calendar day: the limit starts again each morning."""
    return time.strftime("%Y-%m-%d", time.localtime(time.time() if now is None else now))


def _whole(value, high: int) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= high:
        return None
    return value


def tally(prefs: dict, day: str) -> dict:
    """Today's tally from the preferences (a new day starts from zero)."""
    raw = prefs.get(TALLY_KEY)
    if not isinstance(raw, dict) or raw.get("day") != day:
        return {"day": day, "seen": 0, "ms": 0, "ms_at_break": 0}
    return {"day": day, **{k: _whole(raw.get(k), 2**40) or 0
                           for k in ("seen", "ms", "ms_at_break")}}


def protection(prefs: dict, *, day: str, suggested_limit: int | None,
               suggested_break_minutes: int | None) -> Protection:
    counts = tally(prefs, day)
    return Protection(
        own_limit=_whole(prefs.get(LIMIT_KEY), MAX_DAILY_LIMIT),
        suggested_limit=suggested_limit,
        own_break_minutes=_whole(prefs.get(BREAK_KEY), MAX_BREAK_MINUTES) or None,
        suggested_break_minutes=suggested_break_minutes,
        seen_today=counts["seen"], sensitive_ms_today=counts["ms"],
        sensitive_ms_at_break=counts["ms_at_break"])


def noted(prefs: dict, *, day: str, seen: int = 0, active_ms: int = 0,
          break_taken: bool = False) -> dict:
    """Today's tally after `seen` more warned items and `active_ms` more time on them."""
    counts = tally(prefs, day)
    counts["seen"] += max(0, int(seen))
    counts["ms"] += max(0, int(active_ms))
    if break_taken:
        counts["ms_at_break"] = counts["ms"]
    return counts
