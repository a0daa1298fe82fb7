"""Errors of the sync layer. Each carries a stable `reason` code (tests, logs, the server's
JSON `error` field) and an English sentence marked for translation.

The base, `MarikaError`, is shared by the desktop: errors are values the user can act
on, an English source sentence marked for translation plus named parameters filled in
after translation. Placeholders use Python's `{name}` syntax so the sentence stays whole
in every language (translators may move them); the i18n check verifies that each
translation keeps exactly the same placeholders.
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


class SyncError(MarikaError):
    """A sync step failed; the batch stays pending and will be retried."""


class BatchError(MarikaError):
    """A sealed batch is malformed, tampered with, or cannot be opened with this key."""

    def __init__(self, reason: str, message: str | None = None, **params: object) -> None:
        self.reason = reason
        super().__init__(message or QT_TRANSLATE_NOOP(
            "Errors", "This batch file is damaged or was changed after it was sealed."),
            **params)


class DocumentError(MarikaError):
    """A signed document (receipt, statement, request) is malformed or not genuine."""

    def __init__(self, reason: str, message: str | None = None, **params: object) -> None:
        self.reason = reason
        super().__init__(message or QT_TRANSLATE_NOOP(
            "Errors", "A document from the server is damaged or not genuine."), **params)


class SyncFailure(SyncError):
    """One sync step failed. `retryable` says whether trying again later may help."""

    def __init__(self, reason: str, message: str, *, retryable: bool = True,
                 retry_after: float | None = None, **params: object) -> None:
        self.reason = reason
        self.retryable = retryable
        self.retry_after = retry_after
        super().__init__(message, **params)


def offline() -> SyncFailure:
    return SyncFailure("offline", QT_TRANSLATE_NOOP(
        "Errors", "The server cannot be reached. Your work is kept and will be sent later."))


def cancelled() -> SyncFailure:
    return SyncFailure("cancelled", QT_TRANSLATE_NOOP("Errors", "Sending was stopped."),
                       retryable=False)
