"""Pay arithmetic in Decimal: money is never a float."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

MS_PER_HOUR = 3_600_000


def earned(rate_per_item: Decimal, paid_items: int) -> Decimal:
    return rate_per_item * paid_items


def effective_hourly_rate(total: Decimal, active_ms: int) -> Decimal | None:
    """Pay per hour of active work; None until a minute of work gives a meaningful rate."""
    if active_ms < 60_000:
        return None
    return (total * MS_PER_HOUR / Decimal(active_ms)).quantize(Decimal("0.01"), ROUND_HALF_UP)
