"""Give a logged-in annotator a pay statement the way a sync run does: a statement signed
by a collection server key pinned at enrollment, sealed to the profile's box key, then
opened, verified and stored by `marika_sync.statements.accept_envelope`."""

from __future__ import annotations

import base64
import time
import uuid
from decimal import Decimal

from marika import crypto
from marika.crypto import SigningKey
from marika.store import outbox
from marika_sync import documents, statements


def store_statement_for(ws, *, amount: str, reason: str, currency: str = "MGA") -> Decimal:
    """Store one statement for `ws` with one paid line of `amount`; returns the total."""
    server_key = SigningKey.generate()
    profile_id = ws.profile.id
    outbox.save_enrollment(profile_id=profile_id, annotator_id=profile_id,
                           server_url="http://127.0.0.1:9", server_key=server_key.public.to_text(),
                           document=b"{}")
    statement_id = str(uuid.uuid4())
    body = {
        "statement_id": statement_id, "annotator_id": profile_id, "seq": 1,
        "prev_sha256": "", "issued_at": time.time(), "totals": {currency: amount},
        "items": [{"batch_id": str(uuid.uuid4()), "package_id": "a.reviews",
                   "package_version": 1, "item_key": "t000", "status": "done",
                   "decision": "accepted", "reason": reason, "rate": amount,
                   "currency": currency, "amount": amount}],
    }
    document = documents.sign_document(server_key, documents.STATEMENT, body)
    box = ws._device().box  # the profile's own device box key (unwrapped by its password)
    sealed = crypto.box_encrypt(box.public, document, statements.statement_aad(statement_id))
    envelope = {"annotator_id": profile_id, "seq": 1, "statement_id": statement_id,
                "issued_at": body["issued_at"], "box": base64.b64encode(sealed).decode()}
    statements.accept_envelope(envelope, profile_id=profile_id, annotator_id=profile_id,
                               server_key=server_key.public, box_key=box, cipher=ws._cipher)
    return Decimal(amount)
