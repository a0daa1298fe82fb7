"""Attack 4 of issue 10: the log-in throttle against a full disk, a rollback of the file
and the clock, and 6-digit PINs (docs/SECURITY.md, "A colleague with the data folder").

A log-in attempt whose failure cannot be recorded is refused untried; an attempt is
counted before its password is tried. Counters in a file its attacker can roll back
cannot be made to hold, so the weakest secret accepted is set by the offline guessing
cost at the measured KDF cost instead: resetting the counters then buys nothing a copy of
the file does not already give."""

from __future__ import annotations

import sqlite3

import pytest
from store import faults_help
from store.faults_help import fill

from marika import profile_keys
from marika.core import passwords
from marika.core.errors import AuthError, DiskFullError
from marika.profiles import Office, WeakPassword
from marika.store.db import database
from marika.store.models import Profile

from .conftest import FAST_KDF, PASSWORD

small_disk = faults_help.small_disk  # the fixture


def test_full_disk_refuses_log_in_attempts_untried(small_disk, monkeypatch):
    disk = small_disk(24 * 1024 * 1024)
    tried = []
    real_unwrap = profile_keys.unwrap_with_password

    def unwrap(**kw):
        tried.append(kw["password"])
        return real_unwrap(**kw)

    monkeypatch.setattr(profile_keys, "unwrap_with_password", unwrap)
    office = Office.open(disk / "data", kdf_n=FAST_KDF)
    try:
        sup, _ = office.setup(username="office", display_name="Office", password=PASSWORD)
        sup.create_profile(username="rasoa", display_name="Rasoa", password=PASSWORD)
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        filler = fill(disk)
        tried.clear()
        answers = []
        for n in range(8):
            with pytest.raises((AuthError, DiskFullError)) as err:
                office.login(username="rasoa", password=f"wrong guess {n}")
            answers.append(err.value)
        # Not one guess was tried (none could have been counted): no "wrong password"
        # answer, whatever the password.
        assert all(isinstance(a, DiskFullError) for a in answers), answers
        with pytest.raises(DiskFullError):
            office.login(username="rasoa", password=PASSWORD)
        assert tried == []
        filler.unlink()
        assert office.login(username="rasoa", password=PASSWORD).profile.username == "rasoa"
    finally:
        office.close()


def test_an_attempt_is_counted_before_its_password_is_tried(office, supervisor, monkeypatch):
    supervisor.create_profile(username="rasoa", display_name="Rasoa", password=PASSWORD)

    def killed(**_kw):
        raise KeyboardInterrupt  # the app stopped while the key was being derived

    monkeypatch.setattr(profile_keys, "unwrap_with_password", killed)
    with pytest.raises(KeyboardInterrupt):
        office.login(username="rasoa", password="a guess")
    conn = sqlite3.connect(office.data_dir / "marika.db")
    try:
        [(failed,)] = conn.execute("SELECT failed_logins FROM profile WHERE username = 'rasoa'")
    finally:
        conn.close()
    assert failed == 1


@pytest.mark.parametrize("pin", ["482913", "48291375"])
def test_pins_shorter_than_the_offline_cost_allows_are_refused(office, supervisor, pin):
    """6 digits: 10^6 scrypt guesses, 4.6 core-days at 0.4 s each. Refused."""
    assert passwords.offline_core_years(pin) < passwords.MIN_OFFLINE_CORE_YEARS
    with pytest.raises(WeakPassword):
        supervisor.create_profile(username="rasoa", display_name="R", password=pin)


def test_the_weakest_accepted_secrets_cost_ten_core_years(office, supervisor):
    pin = "482913756"
    assert passwords.offline_core_years(pin) >= passwords.MIN_OFFLINE_CORE_YEARS
    assert passwords.offline_core_years("abcdefgh") >= passwords.MIN_OFFLINE_CORE_YEARS
    supervisor.create_profile(username="rasoa", display_name="R", password=pin)
    assert office.login(username="rasoa", password=pin).profile.username == "rasoa"


def test_existing_profiles_with_a_short_pin_still_log_in(office, supervisor):
    """A profile whose 6-digit PIN was set before the rule changed is not locked out."""
    supervisor.create_profile(username="rasoa", display_name="Rasoa", password=PASSWORD)
    ws = office.login(username="rasoa", password=PASSWORD)
    columns = profile_keys.wrap_for_password(profile_id=ws.profile.id, key=ws._key,
                                             password="482913", kdf_n=FAST_KDF)
    Profile.update(**columns).where(Profile.id == ws.profile.id).execute()
    assert office.login(username="rasoa", password="482913").profile.username == "rasoa"
