"""Password/PIN strength rules and log-in throttling policy (pure functions)."""

from __future__ import annotations

from marika_sync.tr import QT_TRANSLATE_NOOP

MIN_PASSWORD_LENGTH = 8
# The weakest secret accepted must cost a thief of the data folder at least this much
# offline guessing at the KDF cost measured on the office PCs (`python -m benchmarks
# --only kdf`: scrypt n=2^17, 0.40-0.52 s per guess on one core of the 2-core target PC);
# docs/SECURITY.md states the figures.
KDF_SECONDS_PER_GUESS = 0.40
MIN_OFFLINE_CORE_YEARS = 10
_YEAR_S = 365.25 * 86400
MIN_GUESSES = MIN_OFFLINE_CORE_YEARS * _YEAR_S / KDF_SECONDS_PER_GUESS  # about 7.9e8
# 10^9 PINs: 12.7 core-years to try them all (6 digits: 4.6 days). The shortest password,
# 8 lower-case letters, is 26^8 (about 2e11): far above, so length alone rules there.
MIN_PIN_LENGTH = 9
FREE_ATTEMPTS = 3
BASE_DELAY_S = 30
MAX_DELAY_S = 15 * 60

_COMMON = {
    "password", "password1", "12345678", "123456789", "1234567890", "azerty123", "qwerty123",
    "motdepasse", "iloveyou", "marika123", "admin123", "welcome1", "tenimiafina",
    "000000", "111111", "123456", "654321", "123123", "121212", "112233",
}


def password_problems(password: str, *, username: str = "") -> list[str]:
    """English source sentences (marked for translation) for each rule broken."""
    problems: list[str] = []
    if password.isdigit():  # a PIN
        if len(password) < MIN_PIN_LENGTH:
            problems.append(QT_TRANSLATE_NOOP("Errors", "A PIN needs at least 9 digits."))
        sequences = ("01234567890", "09876543210")
        if len(set(password)) <= 2 or any(password in seq for seq in sequences):
            problems.append(QT_TRANSLATE_NOOP(
                "Errors", "This PIN is too easy to guess: avoid repeated or consecutive digits."))
    elif len(password) < MIN_PASSWORD_LENGTH:
        problems.append(QT_TRANSLATE_NOOP("Errors", "A password needs at least 8 characters."))
    if password.lower() in _COMMON:
        problems.append(QT_TRANSLATE_NOOP("Errors", "This password is too common."))
    if username and password.lower() == username.lower():
        problems.append(QT_TRANSLATE_NOOP(
            "Errors", "The password must not be the same as the user name."))
    return list(dict.fromkeys(problems))


def guess_space(password: str) -> float:
    """How many secrets of this length and these kinds of characters there are: an
    upper bound of the guesses an offline attacker needs (a PIN's is exact)."""
    if password.isdigit():
        return 10.0 ** len(password)
    alphabet = (26 * any(c.islower() for c in password)
                + 26 * any(c.isupper() for c in password)
                + 10 * any(c.isdigit() for c in password)
                + 33 * any(not c.isalnum() for c in password)
                + 100 * any(not c.isascii() for c in password))
    return float(max(alphabet, 1)) ** len(password)


def offline_core_years(password: str) -> float:
    """Core-years to try every secret of `password`'s kind at the measured KDF cost."""
    return guess_space(password) * KDF_SECONDS_PER_GUESS / _YEAR_S


def lockout_seconds(failed_attempts: int) -> float:
    """How long to refuse log-ins after this many consecutive failures."""
    if failed_attempts < FREE_ATTEMPTS:
        return 0.0
    return float(min(MAX_DELAY_S, BASE_DELAY_S * 2 ** (failed_attempts - FREE_ATTEMPTS)))
