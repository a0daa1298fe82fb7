"""A request the server refuses: HTTP status, stable error code, English message.

Messages are for the supervisor's logs and the JSON reply; clients show their own
translated text keyed by the code, never the server's words. `close` marks a refusal
that leaves the request body unread, so the reply says `Connection: close`."""

from __future__ import annotations


class Refusal(Exception):
    def __init__(self, status: int, code: str, message: str = "", *,
                 close: bool = False) -> None:
        self.status = status
        self.code = code
        self.message = message or code
        self.close = close
        super().__init__(f"{status} {code}: {self.message}")
