"""The roster: who may log in, read with plain SQL before the store is loaded (a start
shows the log-in page from it), the same answers as the open office, and nothing at all
where the real open must decide."""

import hashlib
import sqlite3

from conftest import TEST_PASSWORD

from marika import roster as facade_roster
from marika.office_lock import held_elsewhere
from marika.store import migrations, roster


def _set_up(open_office):
    office = open_office()
    supervisor, _ = office.setup(username="office", display_name="Office",
                                 password=TEST_PASSWORD, language="fr")
    for name in ("zo", "rasoa"):
        supervisor.create_profile(username=name, display_name=name.title(),
                                  password=TEST_PASSWORD, language="mg")
    office.login(username="rasoa", password=TEST_PASSWORD)
    return office


def test_the_roster_says_what_the_open_office_says(open_office, data_dir):
    office = _set_up(open_office)
    office.close()
    found = roster.peek(data_dir)
    assert found is not None and not found.needs_setup
    assert [p.username for p in found.profiles] == ["office", "rasoa", "zo"]  # by name
    with office.__class__.open(data_dir) as reopened:
        assert list(found.profiles) == reopened.list_profiles()
    assert found.last_username == "rasoa"
    assert found.language_default == "fr"  # the office's, chosen at set-up


def test_a_new_office_has_a_roster_that_asks_for_set_up(open_office, data_dir):
    open_office().close()  # created and migrated, nobody set up yet
    found = roster.peek(data_dir)
    assert found is not None and found.needs_setup and found.profiles == ()


def test_no_store_or_another_schema_gives_no_roster(open_office, data_dir):
    assert roster.peek(data_dir) is None  # a new PC: the real open creates the store
    _set_up(open_office).close()
    path = roster.store_path(data_dir)
    latest = migrations.latest_version()
    for version in (latest - 1, latest + 1):  # an update migrates it; a newer Marika's
        with sqlite3.connect(path) as conn:
            conn.execute(f"PRAGMA user_version = {version}")
        assert roster.peek(data_dir) is None


def test_a_damaged_store_gives_no_roster_and_a_peek_writes_nothing(open_office, data_dir):
    _set_up(open_office).close()
    path = roster.store_path(data_dir)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert roster.peek(data_dir) is not None
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    path.write_bytes(b"not a database, only its name" * 100)
    assert roster.peek(data_dir) is None


def test_a_folder_another_marika_holds_gives_no_roster(open_office, data_dir):
    office = _set_up(open_office)  # open: this process holds the folder's lock
    assert held_elsewhere(data_dir)
    assert facade_roster.peek(data_dir) is None  # the open will say "already open"
    office.close()
    assert not held_elsewhere(data_dir)
    assert facade_roster.peek(data_dir) is not None
    office.__class__.open(data_dir).close()  # the peek let the lock go again
