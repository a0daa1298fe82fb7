"""Signed pay statements: issuing them after review, and answering statement queries.

A statement lists an annotator's items decided since their previous statement, each with
the rate of the package *as registered on the server* (never the client's claim), the
decision, its reason and the amount, in Decimal arithmetic serialised as strings. Each
(annotator, package, item) is paid once: the PaidItem primary key refuses a second
payment, whatever batch carries the item again. Lines form a ledger: an item accepted on
one statement and rejected on a later review gets a negative line (a reversal) with the
reason, so the sum of every line is what is owed. Statements are numbered per annotator
and chained by hash, so a client can see a gap.

Sizes: a statement holds at most MAX_LINES lines (more decided items make several
statements), and a reply carries statements up to REPLY_BUDGET bytes, so no reply comes
near the client's 1 MiB limit however many items were decided at once.

Clocks: a query's `created_at` is not checked against the server's clock. A replayed
query only yields statements sealed to the annotator's own box key, and an office PC's
clock is often wrong: refusing on it would stop statements without a word.
"""

from __future__ import annotations

import base64
import hashlib
import json
import time
import uuid
from decimal import Decimal

from peewee import IntegrityError, fn

from .. import crypto, documents
from ..crypto import BoxPublicKey, CryptoError, SigningKey, VerifyKey
from ..errors import DocumentError
from .db import (
    Annotator,
    BatchItem,
    Package,
    PaidItem,
    Payment,
    Statement,
    database,
    serialise,
)
from .refusal import Refusal

PAGE = 50  # statements per reply at most
MAX_LINES = 500  # lines per statement: about 150 KB, 750 KB at worst (500-char reasons)
REPLY_BUDGET = 512 * 1024  # bytes of envelopes per reply; the client accepts 1 MiB


def statement_aad(statement_id: str) -> bytes:
    return b"marika-statement:" + statement_id.encode()


def _rate(package_id: str, version: int) -> tuple[Decimal, str]:
    row = Package.get_or_none((Package.package_id == package_id) & (Package.version == version))
    if row is None:
        raise Refusal(409, "unknown-package",
                      f"package {package_id} v{version} is not registered on this server")
    return Decimal(row.rate_per_item), row.currency


class _Payments:
    """The annotator's paid items (package id, item key) -> batch id, read once per
    statement; new payments are inserted together before the statement is stored, so a
    concurrent issuer paying the same item makes this one roll back and start again."""

    def __init__(self, annotator_id: str, package_ids: set[str]) -> None:
        self.annotator_id = annotator_id
        self.paid = {(r.package_id, r.item_key): r.batch_id for r in PaidItem.select(
            PaidItem.package_id, PaidItem.item_key, PaidItem.batch_id).where(
            (PaidItem.annotator_id == annotator_id)
            & PaidItem.package_id.in_(sorted(package_ids)))}
        self.added: list[dict] = []

    def amount(self, item: BatchItem, rate: Decimal) -> tuple[Decimal, str]:
        """(amount, reason) for one decided item; records or frees its payment."""
        key = (item.package_id, item.item_key)
        paid_by = self.paid.get(key)
        if item.status != "done" or item.decision != "accepted":
            if paid_by == item.batch_id:
                # Paid on an earlier statement, rejected now: the payment is taken back.
                self._free(key)
                return -rate, item.reason
            return Decimal(0), item.reason
        if paid_by is not None and paid_by != item.batch_id:
            return Decimal(0), "duplicate"
        if paid_by is None:
            self.paid[key] = item.batch_id
            self.added.append({"annotator_id": self.annotator_id, "package_id": key[0],
                               "item_key": key[1], "batch_id": item.batch_id})
        return rate, item.reason

    def _free(self, key: tuple[str, str]) -> None:
        del self.paid[key]
        if any(row["package_id"] == key[0] and row["item_key"] == key[1]
               for row in self.added):  # paid and taken back in the same statement
            self.added = [r for r in self.added
                          if (r["package_id"], r["item_key"]) != key]
            return
        PaidItem.delete().where((PaidItem.annotator_id == self.annotator_id)
                                & (PaidItem.package_id == key[0])
                                & (PaidItem.item_key == key[1])).execute()

    def save(self) -> None:
        for start in range(0, len(self.added), 200):
            PaidItem.insert_many(self.added[start:start + 200]).execute()


def _mark_stated(items: list[BatchItem]) -> None:
    """Mark these lines stated, unless the item was decided otherwise meanwhile (the
    decision and reason are compared, not the `decided_at` float: an exact float match
    is fragile, and schema 1 kept it as a 4-byte real on PostgreSQL)."""
    p = database.param
    sql = (f'UPDATE "{BatchItem._meta.table_name}" SET stated = {p} '  # noqa: S608 - bound values
           f"WHERE batch_id = {p} AND item_key = {p} AND decision = {p} AND reason = {p}")
    for item in items:  # plain SQL: building 5,000 peewee queries takes seconds
        database.execute_sql(sql, (True, item.batch_id, item.item_key, item.decision,
                                   item.reason))


def _issue_one(annotator_id: str, key: SigningKey, now: float) -> int | None:
    with database.atomic():
        serialise(f"statements:{annotator_id}")  # one issuer per annotator, all processes
        items = list(BatchItem.select().where(
            (BatchItem.annotator_id == annotator_id) & (BatchItem.stated == False)  # noqa: E712
            & BatchItem.decision.is_null(False))
            .order_by(BatchItem.package_id, BatchItem.batch_id, BatchItem.item_key)
            .limit(MAX_LINES))
        paid_out = list(Payment.select().where((Payment.annotator_id == annotator_id)
                                               & (Payment.stated == False))  # noqa: E712
                        .order_by(Payment.paid_at, Payment.payment_id))
        if not items and not paid_out:
            return None
        last = (Statement.select().where(Statement.annotator_id == annotator_id)
                .order_by(Statement.seq.desc()).first())
        seq = 1 if last is None else last.seq + 1
        payments = _Payments(annotator_id, {item.package_id for item in items})
        rates: dict[tuple[str, int], tuple[Decimal, str]] = {}
        lines, totals = [], {}
        for item in items:
            version = (item.package_id, item.package_version)
            if version not in rates:
                rates[version] = _rate(*version)
            rate, currency = rates[version]
            amount, reason = payments.amount(item, rate)
            totals[currency] = totals.get(currency, Decimal(0)) + amount
            lines.append({"batch_id": item.batch_id, "package_id": item.package_id,
                          "package_version": item.package_version, "item_key": item.item_key,
                          "status": item.status, "decision": item.decision, "reason": reason,
                          "rate": str(rate), "currency": currency, "amount": str(amount)})
        payments.save()  # a payment made meanwhile by another issuer: IntegrityError, retry
        statement_id = str(uuid.uuid4())
        body = {"statement_id": statement_id, "annotator_id": annotator_id, "seq": seq,
                "prev_sha256": last.sha256 if last else "", "issued_at": now,
                "totals": {c: str(v) for c, v in sorted(totals.items())}, "items": lines}
        if paid_out:
            body["payments"] = [{"payment_id": r.payment_id, "currency": r.currency,
                                 "amount": r.amount, "paid_at": r.paid_at,
                                 "reference": r.reference} for r in paid_out]
        document = documents.sign_document(key, documents.STATEMENT, body)
        # The (annotator, seq) key makes a concurrent issuer fail here and roll back.
        Statement.insert(annotator_id=annotator_id, seq=seq, statement_id=statement_id,
                         document=document, sha256=hashlib.sha256(document).hexdigest(),
                         issued_at=now).execute()
        _mark_stated(items)
        if paid_out:
            (Payment.update(stated=True)
             .where(Payment.payment_id.in_([r.payment_id for r in paid_out])).execute())
        return seq


def record_payment(*, annotator_id: str, amount: str, currency: str, reference: str = "",
                   now: float | None = None) -> str:
    """Record money paid to an annotator (it goes on their next statement); its id."""
    if Annotator.get_or_none(Annotator.annotator_id == annotator_id) is None:
        raise Refusal(404, "unknown-annotator", f"no annotator {annotator_id!r}")
    try:
        value = Decimal(str(amount).strip())
    except ArithmeticError as exc:
        raise Refusal(400, "bad-amount", f"not an amount: {amount!r}") from exc
    if not value.is_finite() or value <= 0:
        raise Refusal(400, "bad-amount", "a payment is a positive amount")
    currency = currency.strip().upper()
    if len(currency) != 3 or not currency.isalpha():
        raise Refusal(400, "bad-currency", "the currency is an ISO 4217 code, e.g. MGA")
    payment_id = str(uuid.uuid4())
    Payment.create(payment_id=payment_id, annotator_id=annotator_id, currency=currency,
                   amount=str(value), paid_at=time.time() if now is None else now,
                   reference=reference.strip()[:200])
    return payment_id


def issue_statements(*, key: SigningKey, now: float | None = None) -> dict[str, int]:
    """Issue statements for every annotator with newly decided items (one per MAX_LINES
    items) or new payments: {annotator: the last seq issued}."""
    now = time.time() if now is None else now
    pending = sorted({r.annotator_id for r in BatchItem.select(BatchItem.annotator_id).where(
        (BatchItem.stated == False) & BatchItem.decision.is_null(False))  # noqa: E712
        .group_by(BatchItem.annotator_id)} | {r.annotator_id for r in Payment.select(
            Payment.annotator_id).where(Payment.stated == False)})  # noqa: E712
    issued = {}
    for annotator_id in pending:
        while (seq := _issue_retrying(annotator_id, key, now)) is not None:
            issued[annotator_id] = seq
    return issued


def _issue_retrying(annotator_id: str, key: SigningKey, now: float) -> int | None:
    for _ in range(5):  # lost a race with another issuer: try again on fresh data
        try:
            return _issue_one(annotator_id, key, now)
        except IntegrityError:
            continue
    raise Refusal(503, "busy", "could not issue a statement, try again")


def envelope(row: Statement, box_key: BoxPublicKey) -> dict:
    """A statement encrypted to the annotator's box key, for HTTP or a USB stick."""
    sealed = crypto.box_encrypt(box_key, bytes(row.document), statement_aad(row.statement_id))
    return {"annotator_id": row.annotator_id, "seq": row.seq, "statement_id": row.statement_id,
            "issued_at": row.issued_at, "box": base64.b64encode(sealed).decode("ascii")}


def answer_query(query: bytes, *, after: int | None = None,
                 budget: int = REPLY_BUDGET) -> dict:
    """Statements after the query's `after` (or a later `after` for the next page),
    encrypted, for a query signed by the annotator's registered device key: at most PAGE
    of them and `budget` bytes (always at least one, which MAX_LINES keeps small)."""
    try:
        body, _signer, _sig = documents.parse_document(query, documents.STATEMENT_QUERY)
        documents.require(body, {"annotator_id": str, "after": int,
                                 "created_at": (int, float)})
    except DocumentError as exc:
        raise Refusal(400, "bad-request", "malformed statement query") from exc
    annotator = Annotator.get_or_none(Annotator.annotator_id == body["annotator_id"])
    if annotator is None:
        raise Refusal(403, "unknown-annotator", "this annotator is not enrolled")
    try:
        documents.verify_document(query, documents.STATEMENT_QUERY,
                                  VerifyKey.from_text(annotator.device_key))
    except (DocumentError, CryptoError) as exc:
        raise Refusal(403, "bad-signature", "the query is not signed by this annotator") from exc
    box = BoxPublicKey.from_text(annotator.box_key)
    rows = (Statement.select().where((Statement.annotator_id == annotator.annotator_id)
                                     & (Statement.seq > max(body["after"], after or 0)))
            .order_by(Statement.seq).limit(PAGE))
    page, size = [], 0
    for row in rows.iterator():
        sealed = envelope(row, box)
        length = len(json.dumps(sealed)) + 2
        if page and size + length > budget:
            break  # the rest comes with the next page (?after=)
        page.append(sealed)
        size += length
    return {"statements": page}


def latest_seq(annotator_id: str) -> int:
    return (Statement.select(fn.MAX(Statement.seq))
            .where(Statement.annotator_id == annotator_id).scalar() or 0)
