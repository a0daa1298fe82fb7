"""Give a logged-in annotator pay statements the way a sync run does: statements signed
by a collection server key pinned at enrollment, sealed to the profile's box key, then
opened, verified and stored by `marika_sync.statements.accept_envelope`."""

from __future__ import annotations

import base64
import hashlib
import time
import uuid
from decimal import Decimal

from marika.store import outbox
from marika_sync import crypto, documents, statements
from marika_sync.crypto import SigningKey


class StatementIssuer:
    """The statement-issuing half of a collection server, for one enrolled profile."""

    def __init__(self, ws, *, url: str = "http://127.0.0.1:9") -> None:
        self.ws = ws
        self.key = SigningKey.generate()
        self.profile_id = ws.profile.id
        self.seq = 0
        self.prev = ""
        outbox.save_enrollment(profile_id=self.profile_id, annotator_id=self.profile_id,
                               server_url=url, server_key=self.key.public.to_text(),
                               document=b"{}")

    def issue(self, lines: list[dict], *, issued_at: float | None = None,
              totals: dict | None = None, payments: list | None = None,
              seq: int | None = None) -> dict:
        """Sign, seal and store one statement; each line needs package_id and item_key,
        the rest has defaults (an accepted done item at rate "25" MGA)."""
        self.seq = self.seq + 1 if seq is None else seq
        full, sums = [], {}
        for given in lines:
            line = {"batch_id": "", "package_version": 1, "status": "done",
                    "decision": "accepted", "reason": "", "rate": "25", "currency": "MGA",
                    "amount": given.get("rate", "25"), **given}
            sums[line["currency"]] = sums.get(line["currency"], Decimal(0)) + Decimal(
                line["amount"])
            full.append(line)
        statement_id = str(uuid.uuid4())
        body = {"statement_id": statement_id, "annotator_id": self.profile_id,
                "seq": self.seq, "prev_sha256": self.prev,
                "issued_at": time.time() if issued_at is None else issued_at,
                "totals": totals or {c: str(v) for c, v in sums.items()}, "items": full}
        if payments is not None:
            body["payments"] = payments
        document = documents.sign_document(self.key, documents.STATEMENT, body)
        self.prev = hashlib.sha256(document).hexdigest()
        box = self.ws._device().box  # the profile's own device box key
        sealed = crypto.box_encrypt(box.public, document,
                                    statements.statement_aad(statement_id))
        envelope = {"annotator_id": self.profile_id, "seq": self.seq,
                    "statement_id": statement_id, "issued_at": body["issued_at"],
                    "box": base64.b64encode(sealed).decode()}
        statements.accept_envelope(envelope, store=outbox, profile_id=self.profile_id,
                                   annotator_id=self.profile_id, server_key=self.key.public,
                                   box_key=box, cipher=self.ws._cipher)
        return body


def deliver_all(ws, *, received_at: float | None = None) -> list[str]:
    """Mark every batch of `ws` delivered, as a verified receipt would; returns their ids."""
    ids = [b.batch_id for b in ws.sync().outbox()]
    for batch_id in ids:
        outbox.mark_delivered(batch_id=batch_id, receipt=b"{}",
                              received_at=time.time() if received_at is None else received_at)
    return ids


def store_statement_for(ws, *, amount: str, reason: str, currency: str = "MGA") -> Decimal:
    """Store one statement for `ws` with one paid line of `amount`; returns the total."""
    StatementIssuer(ws).issue([{"batch_id": str(uuid.uuid4()), "package_id": "a.reviews",
                           "item_key": "t000", "reason": reason, "rate": amount,
                           "currency": currency, "amount": amount}])
    return Decimal(amount)
