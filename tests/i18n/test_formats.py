"""Numbers, money and dates follow the interface language (gui/fmt.py)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from marika.gui import fmt

SPACES = "\u00a0\u202f "  # no-break and narrow no-break spaces group digits in French


def plain(text: str) -> str:
    """The text with every kind of space as a plain one (fonts draw them alike)."""
    return "".join(" " if c in SPACES else c for c in text)


@pytest.fixture
def language():
    def use(code):
        fmt.set_language(code)

    yield use
    fmt.set_language("en")


def test_french_writes_decimal_commas_and_groups_with_spaces(language):
    language("fr")
    assert plain(fmt.money(Decimal("1234.5"), "EUR")) == "1 234,50 €"
    assert plain(fmt.money(Decimal("0.035"), "EUR")) == "0,035 €"  # a rate is never rounded
    assert plain(fmt.money(Decimal("15000"), "MGA")) == "15 000 Ar"  # ariary: no decimals
    assert plain(fmt.money(Decimal("125.5"), "MGA")) == "125,50 Ar"  # ...unless it has some
    assert plain(fmt.number(1234567)) == "1 234 567"
    assert fmt.number(Decimal("2.5")) == "2,5"
    assert fmt.number(1.25, 1) in ("1,2", "1,3")


def test_english_writes_decimal_points_and_groups_with_commas(language):
    language("en")
    assert fmt.money(Decimal("1234.5"), "EUR") == "€1,234.50"
    assert fmt.money(Decimal("0.035"), "USD") == "$0.035"
    assert fmt.money(Decimal("125.5"), "MGA") == "Ar125.50"
    assert fmt.money(Decimal("-25"), "MGA") == "-Ar25"  # a reversal
    assert fmt.number(1234567) == "1,234,567"
    assert fmt.number(Decimal("2.5")) == "2.5"


def test_malagasy_writes_numbers_as_offices_in_madagascar_do(language):
    language("mg")
    assert plain(fmt.money(Decimal("15000"), "MGA")) == "15 000 Ar"
    assert plain(fmt.money(Decimal("1234.5"), "EUR")) == "1 234,50 €"
    assert fmt.number(Decimal("0.5")) == "0,5"


def test_dates_use_the_language_order_and_month_names(language):
    day = dt.date(2026, 12, 1)
    language("fr")
    assert fmt.date(day) == "01/12/2026"
    assert fmt.date(day, long=True) == "mardi 1 décembre 2026"
    assert fmt.date_time(dt.datetime(2026, 12, 1, 14, 5)) == "01/12/2026 14:05"
    language("en")
    assert fmt.date(day, long=True) == "Tuesday, 1 December 2026"
    language("mg")
    assert fmt.date(day) == "2026-12-01"  # CLDR's Malagasy short date: year first
    assert "Desambra" in fmt.date(day, long=True)


def test_epoch_seconds_are_shown_in_local_time(language):
    language("fr")
    moment = dt.datetime(2026, 12, 1, 14, 5).timestamp()  # local time of this computer
    assert fmt.date_time(moment) == "01/12/2026 14:05"
    assert fmt.date(moment) == "01/12/2026"
