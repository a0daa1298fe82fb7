"""One worker's pay in every state, for the pay tests (facade and screen).

Package "pay.reviews" (25 MGA an item, a reference wage of 1000 MGA an hour) with ten
items: t000-t005 done and t006 skipped, submitted and delivered; a first statement
accepts t000, t001 and t003, rejects t002 with a reason and accepts the skip t006; a
second review rejects t003 (a reversal: a negative line); t004 and t005 wait for review;
t007 is done but not submitted.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from decimal import Decimal

from .office_data import PASSWORD_A, add_package, assign, text_manifest
from .statement_data import StatementIssuer, deliver_all

REJECT_REASON = "The label does not match the text."
REVERSE_REASON = "Second review: the text is negative."
MINUTE = 60_000


@dataclass
class PayWorld:
    ws: object
    package_pk: int
    issuer: StatementIssuer
    batch_id: str
    delivered_at: float


def pay_manifest(count: int = 10) -> dict:
    data = text_manifest("pay.reviews", count, rate="25", currency="MGA")
    data["title"] = {"en": "Film reviews", "fr": "Critiques de films",
                     "mg": "Tsikera sarimihetsika"}
    data["pay"]["reference_hourly_wage"] = "1000"
    data["pay"]["reference_note"] = {"en": "Legal minimum wage"}
    return data


def pay_world(office, supervisor, *, username: str = "rasoa", password: str = PASSWORD_A,
              language: str = "en") -> PayWorld:
    profile = supervisor.create_profile(username=username, display_name="Rasoa",
                                        password=password, language=language)
    package_pk = add_package(pay_manifest())
    assign(package_pk, profile.id)
    ws = office.login(username=username, password=password)
    ws.acknowledge_card(package_pk)
    items = [ws.item_at(package_pk, n).item_pk for n in range(10)]
    for n in range(6):
        ws.save(item_pk=items[n], value={"labels": ["pos"]}, active_ms=MINUTE)
    ws.skip(item_pk=items[6], reason="unclear", active_ms=MINUTE)
    assert ws.submit(package_pk).item_count == 7
    delivered_at = time.time() - 3600
    (batch_id,) = deliver_all(ws, received_at=delivered_at)
    ws.save(item_pk=items[7], value={"labels": ["neg"]}, active_ms=MINUTE)
    issuer = StatementIssuer(ws)

    def line(key, **kw):
        return {"batch_id": batch_id, "package_id": "pay.reviews", "item_key": key, **kw}

    issuer.issue([line("t000"), line("t001"), line("t003"),
                  line("t002", decision="rejected", reason=REJECT_REASON, amount="0"),
                  line("t006", status="skipped", amount="0")], issued_at=delivered_at + 60)
    issuer.issue([line("t003", decision="rejected", reason=REVERSE_REASON, amount="-25")],
                 issued_at=delivered_at + 120)
    return PayWorld(ws, package_pk, issuer, batch_id, delivered_at)


def expected_totals() -> dict:
    return {"accepted": Decimal(50), "waiting": Decimal(75), "rejected_items": 2,
            "balance": Decimal(50)}
