"""Password/PIN strength rules and log-in throttling policy (pure functions)."""

from __future__ import annotations

from marika_sync.tr import QT_TRANSLATE_NOOP

MIN_PASSWORD_LENGTH = 8
MIN_PIN_LENGTH = 6
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
            problems.append(QT_TRANSLATE_NOOP("Errors", "A PIN needs at least 6 digits."))
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


def lockout_seconds(failed_attempts: int) -> float:
    """How long to refuse log-ins after this many consecutive failures."""
    if failed_attempts < FREE_ATTEMPTS:
        return 0.0
    return float(min(MAX_DELAY_S, BASE_DELAY_S * 2 ** (failed_attempts - FREE_ATTEMPTS)))
