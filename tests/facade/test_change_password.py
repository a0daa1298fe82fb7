"""A person replaces the first password the supervisor gave them (or a reset one) by one
of their own; the work stays readable, and guessing through this door is throttled too."""

import pytest

from marika.core.errors import AuthError
from marika.profiles import Office, WeakPassword

from .conftest import FAST_KDF, PASSWORD

NEW = "my own secret 2026"


@pytest.fixture
def rasoa(office, supervisor):
    supervisor.create_profile(username="rasoa", display_name="Rasoa", password=PASSWORD)
    office.login(username="rasoa", password=PASSWORD).set_preference("font_size", 13)
    return office


def test_own_password_replaces_the_first_one_and_keeps_the_work(rasoa):
    rasoa.change_password(username="rasoa", current_password=PASSWORD, new_password=NEW)
    with pytest.raises(AuthError):
        rasoa.login(username="rasoa", password=PASSWORD)
    assert rasoa.login(username="rasoa", password=NEW).preferences() == {"font_size": 13}


def test_a_weak_new_password_changes_nothing(rasoa):
    with pytest.raises(WeakPassword):
        rasoa.change_password(username="rasoa", current_password=PASSWORD,
                              new_password="123456")
    assert rasoa.login(username="rasoa", password=PASSWORD).profile.username == "rasoa"


def test_wrong_current_passwords_are_throttled_like_log_ins(tmp_path):
    now = [5_000_000.0]
    office = Office.open(tmp_path / "d", kdf_n=FAST_KDF, clock=lambda: now[0])
    try:
        sup, _ = office.setup(username="office", display_name="Office", password=PASSWORD)
        sup.create_profile(username="rasoa", display_name="Rasoa", password=PASSWORD)
        for n in range(3):
            with pytest.raises(AuthError, match="Wrong"):
                office.change_password(username="rasoa", current_password=f"guess {n} x",
                                       new_password=NEW)
        with pytest.raises(AuthError, match="Too many failed attempts"):
            office.change_password(username="rasoa", current_password=PASSWORD,
                                   new_password=NEW)
        with pytest.raises(AuthError, match="Too many failed attempts"):
            office.login(username="rasoa", password=PASSWORD)
    finally:
        office.close()


def test_a_clock_set_back_cannot_lock_a_profile_for_days(tmp_path):
    now = [5_000_000.0]
    office = Office.open(tmp_path / "d", kdf_n=FAST_KDF, clock=lambda: now[0])
    try:
        sup, _ = office.setup(username="office", display_name="Office", password=PASSWORD)
        sup.create_profile(username="rasoa", display_name="Rasoa", password=PASSWORD)
        for n in range(3):
            with pytest.raises(AuthError):
                office.login(username="rasoa", password=f"guess {n} x")
        now[0] -= 30 * 24 * 3600  # someone sets the PC's clock a month back
        with pytest.raises(AuthError, match=r"Try again in 900 seconds|Try again in 901 sec"):
            office.login(username="rasoa", password=PASSWORD)
        now[0] += 15 * 60 + 1
        assert office.login(username="rasoa", password=PASSWORD).profile.username == "rasoa"
    finally:
        office.close()
