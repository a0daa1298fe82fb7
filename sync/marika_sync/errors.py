"""Errors of the sync layer. Each carries a stable `reason` code (tests, logs, the server's
JSON `error` field) and an English sentence marked for translation."""

from __future__ import annotations

from marika.core.errors import MarikaError, SyncError
from marika.core.tr import QT_TRANSLATE_NOOP


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
