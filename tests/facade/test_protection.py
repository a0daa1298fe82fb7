"""Protection from harmful content through the facade: the daily limit and break time
(the worker's own choice or the package's suggestion), today's tally, kept private."""

from __future__ import annotations

import time
from decimal import Decimal

from marika.core.protection import DEFAULT_BREAK_MINUTES
from marika.store.models import Profile
from marika_sync.package.manifest import parse_manifest

from .office_data import PASSWORD_A, add_package, assign, text_manifest, two_annotators


def warned_package(env, *, hints=None) -> int:
    data = text_manifest("warned.reviews", 4)
    for item in data["items"]:
        item["content_warnings"] = ["violence"]
    if hints is not None:
        data["protection"] = hints
    pk = add_package(data)
    assign(pk, env.a.id, env.b.id)
    return pk


def test_package_suggests_a_limit_and_the_worker_choice_wins(office):
    env = two_annotators(office)
    pk = warned_package(env, hints={"warned_daily_limit": 3, "break_after_minutes": 15})
    ws = office.login(username="rasoa", password=PASSWORD_A)
    care = ws.protection(pk)
    assert (care.daily_limit, care.break_after_minutes) == (3, 15)
    ws.set_protection(daily_limit=2, break_minutes=None)
    care = ws.protection(pk)
    assert (care.daily_limit, care.break_after_minutes) == (2, 15)
    ws.set_protection(daily_limit=0, break_minutes=30)  # 0: no limit at all
    care = ws.protection(pk)
    assert (care.daily_limit, care.break_after_minutes) == (None, 30)
    assert not care.limit_reached


def test_without_hints_there_is_no_limit_and_a_break_after_20_minutes(office):
    env = two_annotators(office)
    pk = warned_package(env)
    ws = office.login(username="rasoa", password=PASSWORD_A)
    care = ws.protection(pk)
    assert care.daily_limit is None and care.break_after_minutes == DEFAULT_BREAK_MINUTES == 20


def test_the_tally_counts_today_and_starts_again_tomorrow(office):
    env = two_annotators(office)
    pk = warned_package(env, hints={"warned_daily_limit": 2})
    ws = office.login(username="rasoa", password=PASSWORD_A)
    now = time.time()
    ws.note_warned(seen=1, active_ms=60_000, now=now)
    assert not ws.protection(pk, now=now).limit_reached
    ws.note_warned(seen=1, active_ms=19 * 60_000, now=now)
    care = ws.protection(pk, now=now)
    assert care.limit_reached and care.seen_today == 2
    assert care.break_due() and care.sensitive_ms_since_break() == 20 * 60_000
    ws.note_warned(break_taken=True, now=now)
    assert not ws.protection(pk, now=now).break_due()
    tomorrow = ws.protection(pk, now=now + 86_400)
    assert tomorrow.seen_today == 0 and not tomorrow.limit_reached


def test_nobody_else_sees_who_used_protection(office):
    env = two_annotators(office)
    pk = warned_package(env, hints={"warned_daily_limit": 2})
    ws = office.login(username="rasoa", password=PASSWORD_A)
    ws.set_protection(daily_limit=1, break_minutes=10)
    ws.note_warned(seen=1, active_ms=5000)
    blob = Profile.get_by_id(env.a.id).settings
    assert b"warned" not in blob and b"sensitive" not in blob  # encrypted with her key
    other = office.login(username="hery", password="hery secret 2026")
    assert other.protection(pk).seen_today == 0
    rows = env.supervisor.progress_overview()
    fields = {name for row in rows for name in vars(row)}
    assert not any("warn" in f or "protect" in f or "sensitive" in f for f in fields)


def test_manifest_refuses_silly_hints():
    import pytest

    from marika.core.errors import PackageError

    for hints in ({"warned_daily_limit": 0}, {"break_after_minutes": 10_000},
                  {"warned_daily_limit": "5"}):
        data = text_manifest("bad.hints", 1)
        data["protection"] = hints
        with pytest.raises(PackageError):
            parse_manifest(data)


def test_today_pay_counts_done_items_only(office):
    env = two_annotators(office)
    ws = office.login(username="rasoa", password=PASSWORD_A)
    items = [i.item_pk for i in (ws.item_at(env.a_text, n) for n in range(3))]
    ws.save(item_pk=items[0], value={"labels": ["pos"]})
    ws.save(item_pk=items[1], value={"labels": ["neg"]})
    ws.skip(item_pk=items[2], reason="unclear")
    today = ws.today_pay(env.a_text)
    assert today.rate_per_item == Decimal("37.13") and today.currency == "MGA"
    assert today.done_today == 2 and today.earned_today == Decimal("74.26")
    summary = next(p for p in ws.packages() if p.package_pk == env.a_text)
    assert (summary.done, summary.skipped, summary.left) == (2, 1, 1)
    assert summary.earned == Decimal("74.26")  # skipped items are not paid
    assert ws.today_pay(env.a_text, now=time.time() + 86_400).done_today == 0
