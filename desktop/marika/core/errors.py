"""Errors are values the user can act on: an English source sentence marked for
translation, plus named parameters filled in after translation.

Placeholders use Python's `{name}` syntax so the sentence stays whole in every
language (translators may move them); the i18n check verifies that each translation
keeps exactly the same placeholders.
"""

from __future__ import annotations

from .tr import QT_TRANSLATE_NOOP

ERRORS_CONTEXT = "Errors"


class MarikaError(Exception):
    """Base of every error shown to a user. `message` is the English source text."""

    context = ERRORS_CONTEXT

    def __init__(self, message: str, **params: object) -> None:
        self.message = message
        self.params = params
        super().__init__(self.english())

    def english(self) -> str:
        try:
            return self.message.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.message

    def translated(self, translate) -> str:
        """Format with `translate(context, source)`; falls back to English on a bad translation."""
        text = translate(self.context, self.message)
        try:
            return text.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.english()


class PackageError(MarikaError):
    """A task package was refused. `reason` is a stable code tests and logs can use."""

    def __init__(self, reason: str, message: str, **params: object) -> None:
        self.reason = reason
        super().__init__(message, **params)


class StoreError(MarikaError):
    """The local store could not do what was asked; data on disk is unchanged."""


class DiskFullError(StoreError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The disk is almost full. Your saved work is safe, but no new work can be "
                "saved until some space is freed.",
            )
        )


class AccessDenied(MarikaError):
    """An action touched something that does not belong to the logged-in profile."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "This belongs to another profile and cannot be opened.")
        )


class AuthError(MarikaError):
    """Log-in failed: wrong password, throttled, or unknown profile."""


class MediaError(MarikaError):
    """A media file could not be decoded; the item can be skipped as unreadable."""


class SyncError(MarikaError):
    """A sync step failed; the batch stays pending and will be retried."""
