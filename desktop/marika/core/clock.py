"""The PC's clock may be wrong: ten years off, or set back during the day.

Office PCs lose their time with a flat CMOS battery, and people set them by hand. So in
Marika a time stamp only orders and schedules; it never decides whether work counts,
and a stamp in the future is not taken for "just now":
- automatic sealing waits a grace period after an item's last save, unless that save is
  stamped later than now (the clock was set back since): that work is not in progress;
- a batch waiting for its next attempt further ahead than any backoff is due now;
- item order is the package's ordinals, never a time;
- active time is measured on the monotonic clock (core/timing.py), which a clock
  change does not move;
- when the clock is behind work already saved on this PC, the worker is told to have
  the date checked (ClockBehind).
"""

from __future__ import annotations

import time

from marika_sync.tr import QT_TRANSLATE_NOOP

from .errors import MarikaError

# A stamp this far past "now" was written while the clock ran ahead.
FUTURE_SLACK_S = 15 * 60
# Behind the newest saved work by more than this: tell the worker.
BEHIND_WARNING_S = 3600


def from_the_future(stamp: float, now: float) -> bool:
    return stamp > now + FUTURE_SLACK_S


class ClockBehind(MarikaError):
    """This PC's clock is earlier than work saved on it: it was set back."""

    def __init__(self, *, now: float) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Errors", "This computer's clock says {date}, which is earlier than work already "
                      "saved on it. Your work is safe, but ask your supervisor to set the "
                      "date and time right."),
            date=time.strftime("%Y-%m-%d", time.localtime(now)))


def behind(newest_stamp: float | None, now: float) -> ClockBehind | None:
    """ClockBehind when `now` is well before the newest stamp saved on this PC."""
    if newest_stamp is not None and now < newest_stamp - BEHIND_WARNING_S:
        return ClockBehind(now=now)
    return None
