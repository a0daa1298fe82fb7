"""The worker's pay, read for the pay screens: `Workspace.pay_ledger()` and friends.

Reads this profile's own annotations (decrypting only their status and active time),
its outbox and receipts, and its verified statements, and hands them to the pure ledger
(`marika.core.ledger`). Nothing here takes a profile id from the caller: the workspace
binds it, so no call reaches another profile's work, amounts or reasons.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .core import annotation as ann
from .core import ledger, pay_periods
from .core.errors import MarikaError
from .core.ledger import (
    Difference,
    PackageInfo,
    PayItem,
    PaySummary,
    StatementView,
    Work,
)
from .core.pay import parse_amount
from .core.pay_periods import Group, HourlyRate, ReferenceWage
from .store.models import Annotation, Assignment, Item, Package


@dataclass(frozen=True)
class Signer:
    """Whose signature every statement carries: the server key pinned at enrolment."""
    server_url: str
    server_key: str  # "ed25519-pub:…"
    annotator_id: str


@dataclass(frozen=True)
class PayLedger:
    """One consistent reading of the worker's pay (taken on the database thread)."""
    items: tuple[PayItem, ...]  # oldest work first, then items known only from statements
    summary: PaySummary
    statements: tuple[StatementView, ...]  # oldest first, with the running balance
    differences: tuple[Difference, ...]
    packages: Mapping[str, PackageInfo]
    references: Mapping[str, tuple[ReferenceWage, ...]]  # package id -> its references
    office_references: tuple[ReferenceWage, ...] = ()  # set by the supervisor
    signer: Signer | None = None  # None: not enrolled, so no statement can be held
    office: str = ""  # the office's name for exports ("" when none is set)
    profile_name: str = ""

    def groups(self, by: str) -> list[Group]:
        """Totals by "day", "week", "month", "package" or "status"."""
        return pay_periods.group_totals(self.items, by)

    def hourly(self, by: str) -> list[HourlyRate]:
        """Effective hourly rate per "package" or per "day", "week", "month"."""
        if by == "package":
            refs = {k: (*v, *self.office_references) for k, v in self.references.items()}
        else:
            refs = {}
            for r in self.office_references:
                refs.setdefault(r.currency, []).append(r)
            for values in self.references.values():
                for r in values:
                    if r not in refs.setdefault(r.currency, []):
                        refs[r.currency].append(r)
        return pay_periods.hourly_rates(self.items, by, refs)


def office_reference(text: str) -> tuple[ReferenceWage, ...]:
    """The supervisor's `reference_hourly_wage` setting ("1250 MGA") as a reference."""
    parts = (text or "").split()
    amount = parse_amount(parts[0]) if len(parts) == 2 else None
    if amount is None or amount <= 0:
        return ()
    return (ReferenceWage(amount, parts[1].upper(), "office"),)


def _packages(workspace, profile_id: str) -> tuple[dict[str, PackageInfo], dict, set[int]]:
    """Package info by package id for every package this profile worked in or is
    assigned, their reference wages, and the pks of practice packs (never on a
    statement: practice answers never leave the PC)."""
    worked = Annotation.select(Annotation.package).where(Annotation.profile == profile_id)
    assigned = Assignment.select(Assignment.package).where(Assignment.profile == profile_id)
    infos, refs, practice = {}, {}, set()
    for row in Package.select().where(Package.id.in_(worked) | Package.id.in_(assigned)):
        manifest = workspace._versions.get(row).manifest
        if manifest.practice is not None:
            practice.add(row.id)
            continue
        pay = manifest.pay
        infos[row.package_id] = PackageInfo(
            row.package_id, row.version, dict(manifest.title),
            dict(manifest.transparency.client), pay.rate_per_item, pay.currency, row.id)
        if pay.reference_hourly_wage is not None:
            refs[row.package_id] = (ReferenceWage(pay.reference_hourly_wage, pay.currency,
                                                  "package", dict(pay.reference_note)),)
    return infos, refs, practice


def _work(workspace, profile_id: str, infos: dict[str, PackageInfo], practice: set[int]
          ) -> list[Work]:
    from .store import outbox

    received = {r.batch_id: r.received_at for r in outbox.receipts(profile_id)}
    by_pk = {info.package_pk: info for info in infos.values()}
    query = (Annotation
             .select(Annotation.uuid, Annotation.item, Annotation.package, Annotation.status,
                     Annotation.batch_id, Annotation.payload, Annotation.updated_at,
                     Annotation.ordinal, Item.item_key, Annotation.revision)
             .join(Item, on=(Annotation.item == Item.id))
             .where((Annotation.profile == profile_id)
                    & Annotation.status.in_([ann.DONE, ann.SKIPPED]))
             .tuples())
    work = []
    for (uuid, item_pk, package_pk, readable, batch_id, payload, updated, ordinal, key,
         revision) in query:
        info = by_pk.get(package_pk)
        if info is None or package_pk in practice:
            continue
        try:
            data = workspace._open_annotation(uuid, item_pk, revision, payload)
        except MarikaError as exc:
            # One changed row: the rest of the pay is still shown, this item with the
            # cause (LocalStateTampered), never a claim from it.
            work.append(Work(info.package_id, key, readable == ann.DONE, updated, 0,
                             batch_id, received.get(batch_id) if batch_id else None,
                             ordinal, unreadable=exc))
            continue
        status = data.get("status", readable)  # the encrypted copy is the true one
        if status not in (ann.DONE, ann.SKIPPED):
            continue
        work.append(Work(info.package_id, key, status == ann.DONE, updated,
                         max(0, int(data.get("active_ms", 0))), batch_id,
                         received.get(batch_id) if batch_id else None, ordinal))
    return work


def read_ledger(workspace, profile_id: str) -> PayLedger:
    from .store import outbox

    infos, refs, practice = _packages(workspace, profile_id)
    work = _work(workspace, profile_id, infos, practice)
    statements = workspace._verified_statements() if outbox.enrollment(profile_id) else []
    items, differences, views, summary = ledger.compute(work=work, packages=infos,
                                                        statements=statements)
    enrollment = outbox.enrollment(profile_id)
    signer = (Signer(enrollment.server_url, enrollment.server_key, enrollment.annotator_id)
              if enrollment else None)
    office = workspace.office
    return PayLedger(
        tuple(items), summary, tuple(views), tuple(differences),
        infos, refs, office_reference(office.setting("reference_hourly_wage")), signer,
        office.setting("office_name"), workspace.profile.display_name)
