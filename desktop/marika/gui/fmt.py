"""Formatting for display: money by locale, a package's text in the worker's language,
error messages translated. Money stays Decimal until the last step."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "MGA": "Ar", "KES": "KSh", "GBP": "£"}
NO_MINOR_UNITS = {"MGA"}  # prices in ariary are written without decimals
QT_LOCALES = {"mg": "mg_MG", "fr": "fr_FR", "en": "en_GB"}

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
    return QLocale(QT_LOCALES.get(_language, "en_GB"))


def money(amount: Decimal, currency: str) -> str:
    """`Decimal("0.035"), "EUR"` -> "0,035 €" in French, "€0.035" in English.

    Shows at least two decimals and as many more as the amount has (rates are often
    fractions of a cent), so a rate is never rounded away.
    """
    amount = Decimal(amount)
    exponent = amount.normalize().as_tuple().exponent
    minimum = 0 if currency.upper() in NO_MINOR_UNITS else 2
    decimals = max(minimum, -exponent if isinstance(exponent, int) else minimum)
    decimals = min(decimals, 6)
    symbol = CURRENCY_SYMBOLS.get(currency.upper(), currency)
    # The float only carries digits already fixed by `decimals` to QLocale's formatter.
    return locale().toCurrencyString(float(amount), symbol, decimals)


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
    """A translated sentence for any error: MarikaError's own, or a calm generic one."""
    translated = getattr(exc, "translated", None)
    if callable(translated):
        return translated(QCoreApplication.translate)
    return QCoreApplication.translate(
        "Errors", "Something went wrong. Your saved work is safe. Details are in the log file.")


def duration(ms: int) -> str:
    minutes = int(ms // 60_000)
    if minutes < 60:
        return QCoreApplication.translate("Format", "%n minute(s)", "", minutes)
    hours, minutes = divmod(minutes, 60)
    return QCoreApplication.translate("Format", "%1 h %2 min").replace(
        "%1", str(hours)).replace("%2", f"{minutes:02d}")
