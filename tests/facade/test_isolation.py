"""Annotator B, logged in on the same PC, calls every entry point of the facade with
annotator A's ids: nothing of A's comes back and nothing of A's changes.

The entry points are found by introspection, so a method added to `Workspace`,
`SupervisorSession` or `Office` later fails here until it has an isolation case.
"""

from __future__ import annotations

import importlib.util
import time
import uuid as uuidlib
from decimal import Decimal

import pytest

from marika.core.errors import AccessDenied, AuthError, MarikaError
from marika.profiles import Office
from marika.store.db import database
from marika.store.models import Annotation, Item
from marika.supervisor import SupervisorSession
from marika.workspace import Workspace
from marika_sync.crypto import BoxPrivateKey

from .office_data import (
    PASSWORD_A,
    PASSWORD_B,
    add_package,
    assign,
    gold_manifest,
    two_annotators,
)
from .statement_data import store_statement_for

MARKER = "canary-" + uuidlib.uuid4().hex  # nothing but A's own session may ever return it
A_PREF = "a-private-pref-" + uuidlib.uuid4().hex[:8]
SHARED_TABLES = ("package", "item")  # rows B must never change, whoever they belong to


STATEMENT_PAY = "4242.17"  # A's statement total


def public_members(obj) -> set[str]:
    names = {n for n in dir(type(obj)) if not n.startswith("_")}
    return names | {n for n in vars(obj) if not n.startswith("_")}


def snapshot_of(profile_id: str) -> dict[str, list]:
    """Every row that holds `profile_id` in any column, plus the shared package tables."""
    tables = [r[0] for r in database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    found = {}
    for table in tables:
        rows = database.execute_sql(f'SELECT * FROM "{table}"').fetchall()  # noqa: S608
        if table not in SHARED_TABLES:
            rows = [r for r in rows if profile_id in r]
        found[table] = sorted(rows, key=repr)
    return found


def items_of(package_pk: int) -> list[int]:
    return [i.id for i in Item.select().where(Item.package == package_pk).order_by(Item.ordinal)]


@pytest.fixture
def world(office):
    """A has done work in her own packages and in the shared one; B is logged in."""
    env = two_annotators(office)
    ws_a = office.login(username="rasoa", password=PASSWORD_A)
    text_items, audio_items = items_of(env.a_text), items_of(env.a_audio)
    shared_items = items_of(env.shared)
    ws_a.save(item_pk=text_items[0], value={"labels": ["pos"]}, flagged=True,
              flag_note=f"note {MARKER}", active_ms=4321)
    ws_a.save(item_pk=text_items[1], value={"labels": ["neg"]})
    ws_a.skip(item_pk=text_items[2], reason="disturbing")
    ws_a.save(item_pk=audio_items[0], value={
        "transcript": f"Salama {MARKER}",
        "segments": [{"start_ms": 0, "end_ms": 900, "text": MARKER}]})
    ws_a.save(item_pk=shared_items[0], value={"labels": ["pos"]}, flag_note=MARKER)
    ws_a.save(item_pk=shared_items[1], value={"labels": ["neg"]}, status="draft")
    ws_a.set_preference("note", A_PREF)
    ws_a.acknowledge_card(env.a_text)
    submitted = ws_a.submit(env.a_text)
    assert submitted.item_count == 3  # two done and one skipped are now in A's outbox
    env.a_practice = add_package(gold_manifest("a.practice", 2))
    assign(env.a_practice, env.a.id)
    for item_pk in items_of(env.a_practice):
        ws_a.save(item_pk=item_pk, value={"labels": ["pos"]})
    assert ws_a.practice.finish(env.a_practice).scored == 2  # an encrypted attempt record
    store_statement_for(ws_a, amount=STATEMENT_PAY, reason=MARKER)
    env.a_usb = office.data_dir.parent / "usb-a"
    assert ws_a.sync().export_for_usb(env.a_usb) == 1
    env.ws_a = ws_a
    env.ws_b = office.login(username="hery", password=PASSWORD_B)
    env.a_private = (env.a_text, env.a_audio, env.a_practice)
    env.a_items = text_items + audio_items + items_of(env.a_practice)
    env.shared_items = shared_items
    env.a_uuids = [a.uuid for a in Annotation.select().where(Annotation.profile == env.a.id)]
    return env


def assert_denied(call) -> None:
    with pytest.raises(AccessDenied):
        call()


def no_marker(value) -> None:
    text = repr(value)
    assert MARKER not in text and A_PREF not in text


# ---------------------------------------------------------------- Workspace cases
# Each takes (B's workspace, the world) and asserts what B gets; the caller checks
# that A's rows did not change.

def case_profile(ws, w):
    assert ws.profile.id == w.b.id


def case_language(ws, w):
    assert ws.language == "fr"  # B's own, not A's "mg"


def case_set_language(ws, w):
    ws.set_language("en")
    assert w.ws_a.language == "mg"


def case_clock_problem(ws, w):
    # Compares the clock with the newest stamp on the PC; says nothing of A's work.
    assert ws.clock_problem() is None


def case_preferences(ws, w):
    assert ws.preferences() == {}


def case_set_preference(ws, w):
    ws.set_preference("note", "B's own")
    assert ws.preferences() == {"note": "B's own"}
    assert w.ws_a.preferences() == {"note": A_PREF}


def case_packages(ws, w):
    mine = {p.package_pk: p for p in ws.packages()}
    assert set(mine) == {w.shared, w.b_only}  # A's own packages are not even listed
    shared = mine[w.shared]
    assert (shared.done, shared.skipped, shared.left) == (0, 0, 4)
    assert shared.earned == 0 and not shared.card_acknowledged


def case_manifest(ws, w):
    for pk in (*w.a_private, 999_999):
        assert_denied(lambda pk=pk: ws.manifest(pk))


def case_acknowledge_card(ws, w):
    for pk in w.a_private:
        assert_denied(lambda pk=pk: ws.acknowledge_card(pk))


def case_item_at(ws, w):
    for pk in w.a_private:
        assert_denied(lambda pk=pk: ws.item_at(pk, 0))
    assert ws.item_at(w.shared, 0).item_pk == w.shared_items[0]  # shared media: allowed


def case_annotation_for(ws, w):
    for item_pk in w.a_items:
        assert_denied(lambda i=item_pk: ws.annotation_for(i))
    for item_pk in w.shared_items:
        assert ws.annotation_for(item_pk) is None  # A's answer on a shared item stays A's


def case_save(ws, w):
    for item_pk in w.a_items:
        assert_denied(lambda i=item_pk: ws.save(item_pk=i, value={"labels": ["neg"]}))
    record = ws.save(item_pk=w.shared_items[0], value={"labels": ["neg"]})
    assert record.uuid not in w.a_uuids and record.flag_note == ""


def case_skip(ws, w):
    for item_pk in w.a_items:
        assert_denied(lambda i=item_pk: ws.skip(item_pk=i, reason="unclear"))
    assert ws.skip(item_pk=w.shared_items[1], reason="unclear").uuid not in w.a_uuids


def case_next_todo(ws, w):
    for pk in w.a_private:
        assert_denied(lambda pk=pk: ws.next_todo(pk))
    assert ws.next_todo(w.shared) == 0  # A's done items are not B's


def case_progress(ws, w):
    for pk in w.a_private:
        assert_denied(lambda pk=pk: ws.progress(pk))
    assert ws.progress(w.shared).done == 0


def case_submit(ws, w):
    for pk in w.a_private:
        assert_denied(lambda pk=pk: ws.submit(pk))
    assert ws.submit(w.shared).item_count == 0  # A's finished shared item is not B's to send


def case_sync(ws, w):
    sync = ws.sync()
    check_covered(sync, SYNC_CASES, "SyncSession")
    for name, case in SYNC_CASES.items():
        before = snapshot_of(w.a.id)
        no_marker(case(sync, w))
        assert snapshot_of(w.a.id) == before, f"sync().{name} changed A's rows"


def case_practice(ws, w):
    practice = ws.practice
    check_covered(practice, PRACTICE_CASES, "PracticeRecords")
    for name, case in PRACTICE_CASES.items():
        before = snapshot_of(w.a.id)
        no_marker(case(practice, w))
        assert snapshot_of(w.a.id) == before, f"practice.{name} changed A's rows"


def case_pay_ledger(ws, w):
    ledger = ws.pay_ledger()
    assert ledger.items == () and ledger.statements == () and ledger.differences == ()
    assert ledger.signer is None and ledger.summary.splits == ()
    assert set(ledger.packages) == {"shared.reviews", "b.reviews"}  # B's own packages
    no_marker(ledger)
    assert STATEMENT_PAY not in repr(ledger)


def case_pay_items(ws, w):
    assert ws.pay_items() == []


def case_pay_summary(ws, w):
    summary = ws.pay_summary()
    assert (summary.items, summary.statements, summary.balance) == (0, 0, {})
    assert STATEMENT_PAY not in repr(summary)


def case_today_pay(ws, w):
    for pk in w.a_private:
        assert_denied(lambda pk=pk: ws.today_pay(pk))
    assert ws.today_pay(w.shared).done_today == 0  # A's done shared item is not B's


def case_protection(ws, w):
    for pk in w.a_private:
        assert_denied(lambda pk=pk: ws.protection(pk))
    assert ws.protection(w.shared).seen_today == 0


def case_set_protection(ws, w):
    ws.set_protection(daily_limit=3, break_minutes=None)
    assert ws.protection(w.shared).daily_limit == 3
    assert w.ws_a.preferences() == {"note": A_PREF}


def case_note_warned(ws, w):
    ws.note_warned(seen=2, active_ms=1000)
    assert ws.protection(w.shared).seen_today == 2
    assert w.ws_a.protection(w.shared).seen_today == 0


def case_role(ws, w):
    assert ws.role == "annotator"


def case_office(ws, w):
    # The office object only offers what the start screen offers anyone (checked by
    # test_office_entry_points_give_nothing_of_a); it cannot create profiles.
    assert not hasattr(ws.office, "create_profile")


WORKSPACE_CASES = {name[5:]: fn for name, fn in dict(globals()).items()
                   if name.startswith("case_")}


def check_covered(obj, cases: dict, label: str) -> None:
    missing = public_members(obj) - set(cases)
    assert not missing, (f"{label} has new public members {sorted(missing)}: add an "
                         "isolation case for each to tests/facade/test_isolation.py")
    gone = set(cases) - public_members(obj)
    assert not gone, f"{label} no longer has {sorted(gone)}: remove their cases"


# ---------------------------------------------------------------- B's sync session
# Called by case_sync with B's SyncSession (ws.sync()) and the world; A has a batch in
# her outbox, an enrollment and a statement.

def sync_status(s, w):
    status = s.status()
    assert (status.enrolled, status.pending, status.delivered, status.statements) == (
        False, 0, 0, 0)
    return status


def sync_outbox(s, w):
    assert s.outbox() == []


def sync_receipts(s, w):
    assert s.receipts() == []


def sync_statements(s, w):
    assert s.statements() == []


def sync_seal_due(s, w):
    # Far in the future every grace period is over: only B's own work may be sealed.
    result = s.seal_due(now=time.time() + 10**7)
    assert result.items == 0  # B did nothing; A's finished shared item is not B's


def sync_enroll(s, w):
    with pytest.raises(MarikaError):
        s.enroll("123-456")  # the office has no server: refused before any network


def sync_enroll_by_usb(s, w):
    folder = w.office.data_dir.parent / "usb-b-enrol"
    try:
        s.enroll_by_usb(folder, "123-456")
    except MarikaError:
        return None  # refused before writing anything: nothing of A's either way
    written = b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())
    assert w.a.id.encode() not in written  # a request for B alone
    return None


def sync_check(s, w):
    assert not s.check().enrolled


def sync_send(s, w):
    with pytest.raises(MarikaError):
        s.send()  # not enrolled; and A's batches are never B's to send


def sync_export_for_usb(s, w):
    folder = w.office.data_dir.parent / "usb-b"
    assert s.export_for_usb(folder) == 0
    a_batches = [b.batch_id for b in w.ws_a.sync().outbox()]
    names = " ".join(str(p) for p in folder.rglob("*"))
    assert a_batches and not any(b in names for b in a_batches)


def sync_import_from_usb(s, w):
    result = s.import_from_usb(w.a_usb)  # A's stick, found by B
    assert not any(tuple(result)), result  # nothing delivered, opened, refused, enrolled


def sync_config(s, w):
    return None  # B's own network settings


SYNC_CASES = {name[5:]: fn for name, fn in dict(globals()).items() if name.startswith("sync_")}


# ---------------------------------------------------------------- B's practice records

def practice_verdicts(p, w):
    assert_denied(lambda: p.verdicts(w.a_practice))


def practice_status(p, w):
    assert_denied(lambda: p.status(w.a_practice))


def practice_overview(p, w):
    assert p.overview() == []


def practice_attempts(p, w):
    assert p.attempts() == []


def practice_certificates(p, w):
    assert p.certificates() == []


def practice_earned(p, w):
    assert_denied(lambda: p.earned(w.a_practice))


def practice_note_trainer_mode(p, w):
    assert_denied(lambda: p.note_trainer_mode(w.a_practice))


def practice_finish(p, w):
    assert_denied(lambda: p.finish(w.a_practice))


def practice_retry(p, w):
    assert_denied(lambda: p.retry(w.a_practice))


PRACTICE_CASES = {name[9:]: fn for name, fn in dict(globals()).items()
                  if name.startswith("practice_")}


def test_every_workspace_entry_point_is_covered(world):
    assert isinstance(world.ws_b, Workspace)
    missing = public_members(world.ws_b) - set(WORKSPACE_CASES)
    assert not missing, (f"Workspace has new public members {sorted(missing)}: add an "
                         "isolation case for each to tests/facade/test_isolation.py")


@pytest.mark.parametrize("name", sorted(WORKSPACE_CASES))
def test_b_gets_and_changes_nothing_of_a(world, name):
    assert name in public_members(world.ws_b), f"{name} is gone: remove its case"
    before = snapshot_of(world.a.id)
    WORKSPACE_CASES[name](world.ws_b, world)
    assert snapshot_of(world.a.id) == before
    assert world.ws_a.annotation_for(world.a_items[0]).flag_note == f"note {MARKER}"


def test_everything_b_can_read_holds_nothing_of_a(world):
    ws, seen = world.ws_b, []
    seen += [ws.profile, ws.language, ws.preferences(), ws.packages()]
    for pk in (world.shared, world.b_only):
        seen += [ws.manifest(pk), ws.progress(pk), ws.next_todo(pk)]
        seen += [ws.item_at(pk, n) for n in range(ws.progress(pk).total)]
    seen += [ws.annotation_for(i) for i in world.shared_items]
    no_marker(seen)


def test_a_package_reassigned_to_b_shows_none_of_as_work(world):
    world.supervisor.assign(package_pk=world.a_text, profile_id=world.b.id)
    ws = world.ws_b
    summary = next(p for p in ws.packages() if p.package_pk == world.a_text)
    assert (summary.done, summary.skipped, summary.earned) == (0, 0, 0)
    for item_pk in items_of(world.a_text):
        assert ws.annotation_for(item_pk) is None
    # B may do the items too, but A's sealed answers stay A's and stay sealed.
    before = snapshot_of(world.a.id)
    ws.save(item_pk=world.a_items[0], value={"labels": ["neg"]})
    assert ws.submit(world.a_text).item_count == 1
    assert snapshot_of(world.a.id) == before


def test_bs_key_opens_none_of_as_rows(world):
    """Even reaching past the facade: B's profile key decrypts none of A's blobs."""
    from marika_sync.crypto import CryptoError

    for row in Annotation.select().where(Annotation.profile == world.a.id):
        with pytest.raises(CryptoError):
            world.ws_b._cipher.decrypt(world.ws_b._aad("annotation", row.uuid, row.item_id),
                                       bytes(row.payload))
        with pytest.raises(CryptoError):  # nor with A's row's own AAD
            world.ws_b._cipher.decrypt(world.ws_a._aad("annotation", row.uuid, row.item_id),
                                       bytes(row.payload))
        with pytest.raises(CryptoError):  # nor with the one that binds the revision
            world.ws_b._cipher.decrypt(
                world.ws_a._annotation_aad(row.uuid, row.item_id, row.revision),
                bytes(row.payload))


def test_b_cannot_read_as_statements(world):
    """Statements are stored per profile under the profile key (marika_sync.statements)."""
    from marika.store import outbox
    from marika_sync import statements

    mine = statements.list_statements(store=outbox, profile_id=world.a.id,
                                      cipher=world.ws_a._cipher,
                                      box_key=world.ws_a._device().box)
    assert statements.earned(mine) == {"MGA": Decimal(STATEMENT_PAY)}  # A reads her own
    before = snapshot_of(world.a.id)
    # B's keys with A's profile id: nothing opens, nothing is dropped.
    assert statements.list_statements(store=outbox, profile_id=world.a.id,
                                      cipher=world.ws_b._cipher,
                                      box_key=world.ws_b._device().box) == []
    assert snapshot_of(world.a.id) == before
    row = outbox.statement_rows(world.a.id)[0]
    assert MARKER.encode() not in bytes(row.blob)
    assert STATEMENT_PAY.encode() not in bytes(row.blob)


# ---------------------------------------------------------------- the supervisor

def sup_profile(s, w):
    return s.profile


def sup_profiles(s, w):
    return s.profiles()


def sup_create_profile(s, w):
    return s.create_profile(username="noro", display_name="Noro", password="noro pass 2026")


def sup_install_publisher(s, w):
    from marika_sync.crypto import SigningKey

    return s.install_publisher(name="Lab", public_key_text=SigningKey.generate().public.to_text())


def sup_publishers(s, w):
    return s.publishers()


def sup_remove_publisher(s, w):
    return s.remove_publisher(public_key_text="ed25519-pub:none")


def sup_import_package(s, w):
    if importlib.util.find_spec("marika.packages.importer") is None:
        return None  # the importer has not landed yet; nothing to call
    bogus = w.office.data_dir.parent / "not-a-package.marika"
    bogus.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(MarikaError):
        s.import_package(bogus)
    return None


def sup_packages(s, w):
    return s.packages()


def sup_assign(s, w):
    with pytest.raises(AuthError):
        s.assign(package_pk=w.a_text, profile_id=s.profile.id)  # not to a supervisor
    return s.assign(package_pk=w.b_only, profile_id=w.b.id)


def sup_unassign(s, w):
    return s.unassign(package_pk=w.b_only, profile_id=w.b.id)


def sup_progress_overview(s, w):
    rows = s.progress_overview()
    a_text = next(r for r in rows if r.profile.id == w.a.id and r.package_pk == w.a_text)
    assert (a_text.done, a_text.skipped, a_text.left) == (2, 1, 1)  # counts, and only counts
    return rows


def sup_integrity_problems(s, w):
    problems = s.integrity_problems()
    assert problems == []  # nothing was changed behind anyone's back here
    return problems


def sup_office_settings(s, w):
    settings = s.office_settings()
    assert "recovery_public_key" not in settings  # set once, at set-up, never changed
    return settings


def sup_set_office_setting(s, w):
    with pytest.raises(KeyError):
        s.set_office_setting("recovery_public_key", "x25519-pub:attacker")
    return s.set_office_setting("idle_lock_minutes", "5")


def sup_reset_password(s, w):
    with pytest.raises(AuthError):
        s.reset_password(profile_id=w.a.id, new_password="a brand new pass 1",
                         recovery_private_key_text=BoxPrivateKey.generate().to_text())


def sup_role(s, w):
    return s.role


def sup_office(s, w):
    return s.office.data_dir


SUPERVISOR_CASES = {name[4:]: fn for name, fn in dict(globals()).items()
                    if name.startswith("sup_")}


def test_every_supervisor_entry_point_is_covered(world):
    missing = public_members(world.supervisor) - set(SUPERVISOR_CASES)
    assert not missing, (f"SupervisorSession has new public members {sorted(missing)}: add "
                         "a case to tests/facade/test_isolation.py")
    assert isinstance(world.supervisor, SupervisorSession)


@pytest.mark.parametrize("name", sorted(SUPERVISOR_CASES))
def test_supervisor_never_gets_content_or_pay(world, name):
    assert name in public_members(world.supervisor), f"{name} is gone: remove its case"
    before = {t: rows for t, rows in snapshot_of(world.a.id).items() if t != "assignment"}
    returned = SUPERVISOR_CASES[name](world.supervisor, world)
    text = repr(returned)
    no_marker(returned)
    for pay in ("37.13", "74.26", "91.07"):  # A's rates and her earned total
        assert pay not in text
    after = {t: rows for t, rows in snapshot_of(world.a.id).items() if t != "assignment"}
    assert after == before


# ---------------------------------------------------------------- the office itself

def office_open(o, w):
    from marika.office_lock import OfficeLocked

    with pytest.raises(OfficeLocked):
        Office.open(o.data_dir)


def office_close(o, w):
    return None  # ends everyone's session; covered by the canary and lock tests


def office_needs_setup(o, w):
    return o.needs_setup()


def office_setup(o, w):
    with pytest.raises(AuthError):
        o.setup(username="evil", display_name="Evil", password="evil pass 2026")


def office_list_profiles(o, w):
    profiles = o.list_profiles()
    assert all(set(vars(p)) == {"id", "username", "display_name", "role", "language"}
               for p in profiles)
    return profiles


def office_password_problems(o, w):
    return o.password_problems("short")


def office_login(o, w):
    with pytest.raises(AuthError):
        o.login(username="rasoa", password=PASSWORD_B)


def office_change_password(o, w):
    with pytest.raises(AuthError):  # B does not know A's password
        o.change_password(username="rasoa", current_password=PASSWORD_B,
                          new_password="taken over 2026")


def office_reset_password(o, w):
    with pytest.raises(AuthError):
        o.reset_password(profile_id=w.a.id, new_password="a brand new pass 1",
                         recovery_private_key_text=BoxPrivateKey.generate().to_text())


def office_setting(o, w):
    return [o.setting(k) for k in ("idle_lock_minutes", "server_url", "recovery_public_key")]


def office_last_username(o, w):
    assert o.last_username() == "hery"  # B logged in last; nothing else is kept


def office_recovery_public_key(o, w):
    return o.recovery_public_key()


def office_data_dir(o, w):
    return o.data_dir


def office_kdf_n(o, w):
    return o.kdf_n


def office_clock(o, w):
    return None


OFFICE_CASES = {name[7:]: fn for name, fn in dict(globals()).items()
                if name.startswith("office_")}


def test_office_entry_points_give_nothing_of_a(world):
    """The Office is what anyone at the start screen holds, before logging in."""
    office = world.office
    missing = public_members(office) - set(OFFICE_CASES)
    assert not missing, (f"Office has new public members {sorted(missing)}: add a case to "
                         "tests/facade/test_isolation.py")
    for name, case in OFFICE_CASES.items():
        before = snapshot_of(world.a.id)
        no_marker(case(office, world))
        after = snapshot_of(world.a.id)
        if name in ("login", "change_password"):  # a wrong guess counts: that is throttling
            before.pop("profile"), after.pop("profile")
        assert after == before, name
    assert office.login(username="rasoa", password=PASSWORD_A).profile.id == world.a.id


def test_editing_as_status_in_the_data_folder_changes_nothing_she_sends(world):
    """B opens marika.db with any SQLite tool and marks A's draft as done."""
    import sqlite3

    draft = world.shared_items[1]  # A saved it as a draft
    path = world.office.data_dir / "marika.db"
    conn = sqlite3.connect(path, timeout=10)
    with conn:
        changed = conn.execute("UPDATE annotation SET status = 'done' WHERE profile_id = ? "
                               "AND item_id = ?", (world.a.id, draft)).rowcount
    conn.close()
    assert changed == 1
    assert world.ws_a.annotation_for(draft).status == "draft"  # the encrypted copy wins
    result = world.ws_a.submit(world.shared)
    assert result.item_count == 1  # only the item A really finished
    assert not world.ws_a.annotation_for(draft).submitted
