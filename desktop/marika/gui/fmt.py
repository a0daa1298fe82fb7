"""Formatting for display: numbers, money and dates by locale, a package's text in the
worker's language, error messages translated. Money stays Decimal until the last step."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from marika.core import faults
from marika.core.pay import currency_decimals

CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "MGA": "Ar", "KES": "KSh", "GBP": "£"}
NO_MINOR_UNITS = {"MGA"}  # whole ariary amounts are written without decimals
QT_LOCALES = {"mg": "mg_MG", "fr": "fr_FR", "en": "en_GB"}
# CLDR's Malagasy data (and so Qt's) writes numbers the English way, "Ar1,235.50", while
# offices, banks and the State in Madagascar write "1 235,50 Ar", as CLDR's French of
# Madagascar does. Numbers and money in Malagasy therefore use fr_MG's separators and
# currency layout; month and day names stay Malagasy. (Listed in i18n/TERMINOLOGY.md
# for review by native speakers.)
NUMBER_LOCALES = {"mg": "fr_MG"}

_language = "en"
_reading: tuple[str, ...] = ()  # other languages the logged-in worker reads


def set_reading_languages(codes) -> None:
    """Languages the worker reads besides the interface one (their profile's languages):
    package texts fall back to these before en/fr/mg."""
    global _reading  # noqa: PLW0603 - one process, one logged-in worker
    _reading = tuple(c for c in codes or () if c)


def set_language(code: str) -> None:
    """The interface language (mg, fr, en): picks package texts and number formats."""
    global _language  # noqa: PLW0603 - one process, one interface language
    _language = code or "en"


def language() -> str:
    return _language


def locale() -> QLocale:
    """The interface language's locale: month and day names, date and time order."""
    return QLocale(QT_LOCALES.get(_language, "en_GB"))


def number_locale() -> QLocale:
    """Decimal comma or point, digit grouping and currency layout of the language."""
    return QLocale(NUMBER_LOCALES.get(_language) or QT_LOCALES.get(_language, "en_GB"))


def number(value, decimals: int | None = None) -> str:
    """1234.5 -> "1 234,5" in French and Malagasy, "1,234.5" in English.

    Integers are written without decimals; other values with `decimals`, or as many as
    they have (at most 6)."""
    if isinstance(value, int) and decimals is None:
        return number_locale().toString(value)
    value = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    if decimals is None:
        exponent = value.normalize().as_tuple().exponent
        decimals = min(6, -exponent) if isinstance(exponent, int) and exponent < 0 else 0
    return number_locale().toString(float(value), "f", decimals)


def _qdate(value) -> QDate:
    if isinstance(value, QDate):
        return value
    if isinstance(value, dt.datetime):
        value = value.astimezone() if value.tzinfo else value
        return QDate(value.year, value.month, value.day)
    if isinstance(value, dt.date):
        return QDate(value.year, value.month, value.day)
    return QDateTime.fromSecsSinceEpoch(int(value)).date()  # seconds since the epoch


def _qdatetime(value) -> QDateTime:
    if isinstance(value, QDateTime):
        return value
    if isinstance(value, dt.datetime):
        value = value.astimezone() if value.tzinfo else value
        return QDateTime(QDate(value.year, value.month, value.day),
                         QTime(value.hour, value.minute, value.second))
    if isinstance(value, dt.date):
        return QDateTime(_qdate(value), QTime(0, 0))
    return QDateTime.fromSecsSinceEpoch(int(value))  # local time of this computer


def date(value, *, long: bool = False) -> str:
    """A date (datetime.date/datetime, QDate, or epoch seconds) in the language's order:
    01/12/2026 in French and English, 2026-12-01 in Malagasy; `long`: "1 décembre 2026",
    "1 December 2026", "1 Desambra 2026" (with the day's name)."""
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return locale().toString(_qdate(value), kind)


def date_time(value) -> str:
    """A moment (datetime, QDateTime or epoch seconds, shown in local time): short date
    and 24-hour time, "01/12/2026 14:05"."""
    return locale().toString(_qdatetime(value), QLocale.FormatType.ShortFormat)


def money(amount: Decimal, currency: str) -> str:
    """`Decimal("0.035"), "EUR"` -> "0,035 €" in French and Malagasy, "€0.035" in English.

    The currency's own decimals (ISO 4217: two for the ariary too, so 125.50 MGA is
    "125,50 Ar", never "Ar125.5"), and as many more as the amount has (rates are often
    fractions of a cent), so a rate is never rounded away. Whole ariary amounts are
    written without decimals, as offices and banks in Madagascar write them.
    """
    amount = Decimal(amount)
    if amount < 0:  # a reversal: "-Ar25", "-25 Ar", never the accounting "(Ar25)"
        return number_locale().negativeSign() + money(-amount, currency)
    exponent = amount.normalize().as_tuple().exponent
    own = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    if own == 0 and currency.upper() in NO_MINOR_UNITS:
        decimals = 0
    else:
        decimals = min(max(currency_decimals(currency), own), 6)
    symbol = CURRENCY_SYMBOLS.get(currency.upper(), currency)
    # The float only carries digits already fixed by `decimals` to QLocale's formatter.
    return number_locale().toCurrencyString(float(amount), symbol, decimals)


def pick(texts, fallback: str = "") -> str:
    """A package text in the interface language: a dict lang->text, or a plain string.

    Missing in that language: a language the worker reads, then English, French,
    Malagasy, then any language the package has."""
    if isinstance(texts, str):
        return texts
    if not texts:
        return fallback
    for code in (_language, *_reading, "en", "fr", "mg"):
        if texts.get(code):
            return texts[code]
    return next(iter(texts.values()), fallback)


def error_text(exc: BaseException) -> str:
    """A translated sentence for any error: MarikaError's own, the sentence of its real
    cause for a disk or database fault (core.faults), or a calm generic one."""
    exc = faults.as_marika_error(exc)
    translated = getattr(exc, "translated", None)
    if callable(translated):
        return translated(QCoreApplication.translate)
    return QCoreApplication.translate(
        "Errors", "Something went wrong. Your saved work is safe. Details are in the log file.")


def percent(share) -> str:
    """A share from 0 to 1 as a percentage in the language's number format: "80 %"."""
    return QCoreApplication.translate("Format", "%1 %").replace(
        "%1", number(Decimal(str(share)) * 100))


def duration(ms: int) -> str:
    minutes = int(ms // 60_000)
    if 0 < ms < 60_000:  # "0 minutes" would say no time was counted
        return QCoreApplication.translate("Format", "less than a minute")
    if minutes < 60:
        return QCoreApplication.translate("Format", "%n minute(s)", "", minutes)
    hours, minutes = divmod(minutes, 60)
    return QCoreApplication.translate("Format", "%1 h %2 min").replace(
        "%1", str(hours)).replace("%2", f"{minutes:02d}")
