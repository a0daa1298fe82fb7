"""Pay arithmetic in Decimal: money is never a float."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

MS_PER_HOUR = 3_600_000

# ISO 4217 minor units of the currencies whose count is not 2 (the default). The
# ariary's iraimbilanja is a fifth, but ISO 4217 and the banks write MGA with two
# decimals: 125.50 MGA, never 125.5.
_MINOR_UNITS = {
    "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0,
    "PYG": 0, "RWF": 0, "UGX": 0, "UYI": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0,
    "XPF": 0, "BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
}


def currency_decimals(currency: str) -> int:
    """The currency's own number of decimals (ISO 4217), 2 when not listed."""
    return _MINOR_UNITS.get(currency.upper(), 2)


def in_currency(amount: Decimal, currency: str) -> Decimal:
    """`amount` rounded (half up) to the currency's decimals: what a bank would pay."""
    return Decimal(amount).quantize(Decimal(1).scaleb(-currency_decimals(currency)),
                                    ROUND_HALF_UP)


def parse_amount(text: object) -> Decimal | None:
    """A finite, non-negative Decimal from text, or None."""
    try:
        value = Decimal(str(text).strip().replace(",", "."))
    except InvalidOperation:
        return None
    return value if value.is_finite() and value >= 0 else None


def earned(rate_per_item: Decimal, paid_items: int) -> Decimal:
    return rate_per_item * paid_items


def effective_hourly_rate(total: Decimal, active_ms: int) -> Decimal | None:
    """Pay per hour of active work; None until a minute of work gives a meaningful rate."""
    if active_ms < 60_000:
        return None
    return (total * MS_PER_HOUR / Decimal(active_ms)).quantize(Decimal("0.01"), ROUND_HALF_UP)
