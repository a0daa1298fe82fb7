"""The supervisor's integrity check of imported packages (issue 10): an unchanged package
is verified once, not at every refresh; an edited one is still seen at once; a package
whose publisher's key was removed is shown as that, not as "changed"."""

from __future__ import annotations

import json

import pytest
from conftest import TEST_PASSWORD

from marika.local_trust import LocalStateTampered
from marika.store.models import Package
from marika_sync.crypto import SigningKey
from marika_sync.package import signing
from packages import factory


@pytest.fixture
def verifications(monkeypatch):
    """How many times a package signature is verified (the Ed25519 check itself)."""
    calls = []
    real = signing.check_signature

    def counted(*args, **kw):
        calls.append(args[0])
        return real(*args, **kw)

    monkeypatch.setattr(signing, "check_signature", counted)
    return calls


def _import(tmp_path, keys, supervisor, name="src", **kw) -> int:
    path = factory.build(factory.image_source(tmp_path / name, **kw), keys,
                         tmp_path / f"{name}.marika")
    return supervisor.import_package(path).package_pk


def test_an_unchanged_package_is_verified_once_and_an_edit_is_still_seen(
        tmp_path, keys, supervisor, verifications):
    pk = _import(tmp_path, keys, supervisor)
    verifications.clear()
    assert supervisor.integrity_problems() == []
    for _refresh in range(3):
        assert supervisor.integrity_problems() == []
    assert len(verifications) <= 1  # the import may have verified these very bytes
    # An edit is another content: verified again, and refused.
    signed = Package.get_by_id(pk).manifest
    manifest = json.loads(signed)
    manifest["results_public_key"] = SigningKey.generate().public.to_text()
    Package.update(manifest=json.dumps(manifest)).where(Package.id == pk).execute()
    verifications.clear()
    [problem] = supervisor.integrity_problems()
    assert problem.reason == "package" and "changed after it was imported" in problem.english()
    assert len(verifications) == 1
    [again] = supervisor.integrity_problems()  # the refusal is remembered too, not lost
    assert again.reason == "package" and len(verifications) == 1
    # Put back as it was signed: it holds again, without a new verification.
    Package.update(manifest=signed).where(Package.id == pk).execute()
    assert supervisor.integrity_problems() == [] and len(verifications) == 1


def test_a_removed_publisher_key_is_shown_as_that_and_an_install_mends_it(
        tmp_path, keys, office, supervisor):
    pk = _import(tmp_path, keys, supervisor)
    profile = supervisor.create_profile(username="rasoa", display_name="Rasoa",
                                        password=TEST_PASSWORD, language="en")
    supervisor.assign(package_pk=pk, profile_id=profile.id)
    key_text = keys.publisher.public.to_text()
    supervisor.remove_publisher(public_key_text=key_text)
    [problem] = supervisor.integrity_problems()
    assert problem.reason == "publisher"
    text = problem.english()
    assert "no longer trusts" in text and "install their key again" in text
    assert "changed after it was imported" not in text
    # The worker's first use of it is refused with the same cause, and nothing is sealed.
    ws = office.login(username="rasoa", password=TEST_PASSWORD)
    label = ws.manifest(pk).labels[0].id
    ws.save(item_pk=ws.item_at(pk, 0).item_pk, value={"labels": [label]})
    with pytest.raises(LocalStateTampered) as err:
        ws.submit(pk)
    assert err.value.reason == "publisher" and "no longer trusts" in err.value.english()
    # The supervisor installs the key again: nothing to show, and the worker's work seals.
    supervisor.install_publisher(name="Test publisher", public_key_text=key_text)
    assert supervisor.integrity_problems() == []
    ws = office.login(username="rasoa", password=TEST_PASSWORD)
    assert ws.submit(pk).item_count == 1


def test_a_package_edited_and_its_key_removed_is_shown_as_changed(tmp_path, keys, supervisor):
    """The signature no longer holds over the stored manifest: that is a change, whether
    its key is still installed or not."""
    pk = _import(tmp_path, keys, supervisor)
    manifest = json.loads(Package.get_by_id(pk).manifest)
    manifest["pay"]["rate_per_item"] = "1"
    Package.update(manifest=json.dumps(manifest)).where(Package.id == pk).execute()
    supervisor.remove_publisher(public_key_text=keys.publisher.public.to_text())
    assert [p.reason for p in supervisor.integrity_problems()] == ["package"]
