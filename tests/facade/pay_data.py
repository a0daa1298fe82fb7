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
from pathlib import Path

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


def busy_world(office, supervisor, *, password: str, language: str) -> PayWorld:
    """A fuller month for screenshots: 60 items done over ten days, two statements with
    rejections and a reversal, work waiting for review and work not yet submitted."""
    from marika.store.models import Annotation

    profile = supervisor.create_profile(username="rasoa", display_name="Rasoa Ny Aina",
                                        password=password, language=language)
    data = pay_manifest(70)
    data["pay"]["reference_note"] = {"en": "Legal minimum wage", "fr": "Salaire minimum légal",
                                     "mg": "Karama farafahakeliny ara-dalàna"}
    package_pk = add_package(data)
    assign(package_pk, profile.id)
    ws = office.login(username="rasoa", password=password)
    ws.acknowledge_card(package_pk)
    items = [ws.item_at(package_pk, n).item_pk for n in range(70)]
    for n in range(60):
        if n % 19 == 7:
            ws.skip(item_pk=items[n], reason="unclear", active_ms=20_000)
        else:
            ws.save(item_pk=items[n], value={"labels": ["pos"]},
                    active_ms=45_000 + (n * 7919) % 50_000)
    now = time.time()
    for n in range(60):  # spread the work over the last ten days
        (Annotation.update(updated_at=now - (9 - n // 6) * 86400 - 3600)
         .where(Annotation.item == items[n]).execute())
    ws.submit(package_pk)
    (batch_id,) = deliver_all(ws, received_at=now - 2 * 86400)
    for n in range(60, 63):
        ws.save(item_pk=items[n], value={"labels": ["neg"]}, active_ms=50_000)
    issuer = StatementIssuer(ws, url="https://collect.example.org")
    reasons = {3: REJECT_REASON, 22: "Tsy mifanaraka amin'ny lahatsoratra ny marika.",
               31: "La catégorie ne correspond pas au texte."}

    def line(n, **kw):
        skipped = n % 19 == 7
        base = {"batch_id": batch_id, "package_id": "pay.reviews", "item_key": f"t{n:03d}"}
        if skipped:
            base.update(status="skipped", amount="0")
        if n in reasons:
            base.update(decision="rejected", reason=reasons[n], amount="0")
        return {**base, **kw}

    issuer.issue([line(n) for n in range(30) if n != 10] + [line(10, rate="20", amount="20")],
                 issued_at=now - 36 * 3600)
    issuer.issue([line(n) for n in range(30, 48)]
                 + [line(5, decision="rejected", reason=REVERSE_REASON, amount="-25")],
                 issued_at=now - 12 * 3600,
                 payments=[{"payment_id": "p-1", "currency": "MGA", "amount": "500",
                            "paid_at": now - 13 * 3600, "reference": "MVola 034 55 123 45"}])
    return PayWorld(ws, package_pk, issuer, batch_id, now - 2 * 86400)


def put_answer_of(data_dir, *, source: str, into: str) -> None:
    """What a colleague with the data folder can do: sqlite3 puts item `source`'s saved
    answer (its encrypted payload) in item `into`'s row, which then no longer opens."""
    import sqlite3

    conn = sqlite3.connect(Path(data_dir) / "marika.db", timeout=30)
    try:
        with conn:
            row = ("SELECT annotation.{0} FROM annotation JOIN item ON item.id = "
                   "annotation.item_id WHERE item.item_key = ?")
            (payload,) = conn.execute(row.format("payload"), (source,)).fetchone()
            (uuid,) = conn.execute(row.format("uuid"), (into,)).fetchone()
            conn.execute("UPDATE annotation SET payload = ? WHERE uuid = ?", (payload, uuid))
    finally:
        conn.close()
