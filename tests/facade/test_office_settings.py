"""Office settings the supervisor changes: checked before they are stored, so a typo
cannot turn the idle lock off or point every annotator at a wrong server."""

import pytest

from marika.supervisor import SettingError
from marika_sync.crypto import SigningKey


def test_settings_are_read_with_their_defaults(supervisor):
    settings = supervisor.office_settings()
    assert settings["idle_lock_minutes"] == "10"
    assert settings["server_url"] == "" and settings["server_public_key"] == ""


@pytest.mark.parametrize(("key", "value"), [
    ("idle_lock_minutes", "0"), ("idle_lock_minutes", "soon"), ("idle_lock_minutes", "999"),
    ("server_url", "collect.example.org"), ("server_url", "ftp://collect.example.org"),
    ("server_url", "https://"), ("server_public_key", "x25519-pub:abc"),
    ("server_public_key", "hello"), ("seal_every_items", "-1"), ("language_default", "de"),
])
def test_bad_values_are_refused_and_nothing_changes(supervisor, key, value):
    before = supervisor.office_settings()
    with pytest.raises(SettingError):
        supervisor.set_office_setting(key, value)
    assert supervisor.office_settings() == before


def test_good_values_are_stored_tidied(supervisor):
    server_key = SigningKey.generate().public.to_text()
    supervisor.set_office_setting("idle_lock_minutes", " 5 ")
    supervisor.set_office_setting("server_url", "https://collect.example.org/marika")
    supervisor.set_office_setting("server_public_key", f"  {server_key}\n")
    settings = supervisor.office_settings()
    assert settings["idle_lock_minutes"] == "5"
    assert settings["server_url"] == "https://collect.example.org/marika"
    assert settings["server_public_key"] == server_key
    supervisor.set_office_setting("server_url", "")  # cleared: USB sticks only
    assert supervisor.office_settings()["server_url"] == ""
