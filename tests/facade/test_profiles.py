"""Profiles on a shared PC: passwords, throttling that survives restarts, recovery, lock."""

import pytest

from marika.core.errors import AuthError
from marika.office_lock import OfficeLocked
from marika.profiles import Office, WeakPassword
from marika.supervisor import SupervisorSession
from marika.workspace import Workspace
from marika_sync.crypto import BoxPrivateKey

from .conftest import FAST_KDF, PASSWORD


def test_first_start_creates_supervisor_and_returns_recovery_key_once(office):
    assert office.needs_setup()
    session, recovery = office.setup(username="office", display_name="Office",
                                     password=PASSWORD)
    assert isinstance(session, SupervisorSession)
    assert recovery.startswith("x25519-priv:")
    assert not office.needs_setup()
    # The private half is never stored in the data folder.
    for path in office.data_dir.rglob("*"):
        if path.is_file():
            assert recovery.split(":", 1)[1].encode() not in path.read_bytes()


def test_annotator_login_gives_workspace(office, supervisor):
    supervisor.create_profile(username="rasoa", display_name="Rasoa", password=PASSWORD)
    ws = office.login(username="rasoa", password=PASSWORD)
    assert isinstance(ws, Workspace)
    assert ws.profile.username == "rasoa"


@pytest.mark.parametrize("weak", ["short", "12345678", "111111", "123456", "rasoa123"])
def test_weak_passwords_are_refused(office, supervisor, weak):
    with pytest.raises(WeakPassword):
        supervisor.create_profile(username="rasoa123" if weak == "rasoa123" else "rasoa",
                                  display_name="R", password=weak)


def test_wrong_password_cannot_open_profile(office, supervisor):
    supervisor.create_profile(username="rasoa", display_name="Rasoa", password=PASSWORD)
    with pytest.raises(AuthError, match="Wrong user name or password"):
        office.login(username="rasoa", password=PASSWORD + "x")
    with pytest.raises(AuthError, match="Wrong user name or password"):
        office.login(username="nobody", password=PASSWORD)


def test_throttling_persists_across_restart(tmp_path):
    now = [1_000_000.0]
    data = tmp_path / "data"
    office = Office.open(data, kdf_n=FAST_KDF, clock=lambda: now[0])
    sup, _ = office.setup(username="office", display_name="Office", password=PASSWORD)
    sup.create_profile(username="rasoa", display_name="Rasoa", password=PASSWORD)
    for _ in range(3):
        with pytest.raises(AuthError, match="Wrong"):
            office.login(username="rasoa", password="nope-nope-nope")
    office.close()

    office = Office.open(data, kdf_n=FAST_KDF, clock=lambda: now[0])
    # Even the right password is refused while locked out, after a restart too.
    with pytest.raises(AuthError, match="Too many failed attempts"):
        office.login(username="rasoa", password=PASSWORD)
    now[0] += 31
    assert office.login(username="rasoa", password=PASSWORD).profile.username == "rasoa"
    office.close()


def test_supervisor_resets_password_with_recovery_key(tmp_path):
    office = Office.open(tmp_path / "d", kdf_n=FAST_KDF)
    sup, recovery = office.setup(username="office", display_name="Office", password=PASSWORD)
    rasoa = sup.create_profile(username="rasoa", display_name="Rasoa", password=PASSWORD)
    ws = office.login(username="rasoa", password=PASSWORD)
    ws.set_preference("font_size", 14)

    with pytest.raises(AuthError, match="recovery key does not belong"):
        sup.reset_password(profile_id=rasoa.id,
                           recovery_private_key_text=BoxPrivateKey.generate().to_text(),
                           new_password="a new password 7")
    sup.reset_password(profile_id=rasoa.id, recovery_private_key_text=recovery,
                       new_password="a new password 7")
    with pytest.raises(AuthError):
        office.login(username="rasoa", password=PASSWORD)
    ws = office.login(username="rasoa", password="a new password 7")
    assert ws.preferences() == {"font_size": 14}  # the profile key, and so the data, survived
    office.close()


def test_second_instance_on_same_folder_is_refused(tmp_path):
    first = Office.open(tmp_path / "d", kdf_n=FAST_KDF)
    with pytest.raises(OfficeLocked, match="already open"):
        Office.open(tmp_path / "d", kdf_n=FAST_KDF)
    first.close()
    Office.open(tmp_path / "d", kdf_n=FAST_KDF).close()


def test_default_kdf_is_memory_hard_enough():
    from marika.profile_keys import DEFAULT_KDF_N

    # scrypt's memory is 128 * n * r bytes; 64 MiB already takes ~0.2 s on our target PCs (the
    # timing itself is measured by `python -m benchmarks --only kdf`, never in a unit test).
    assert 128 * DEFAULT_KDF_N * 8 >= 64 * 2**20
