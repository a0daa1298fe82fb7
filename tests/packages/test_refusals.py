"""A corpus of malformed and tampered packages: each is refused with its own reason and
leaves the store and the data folder as they were (nothing outside a staging folder)."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from marika.core.errors import PackageError
from marika.packages import importer
from marika.store.models import Item, Package
from marika_sync.crypto import SigningKey
from marika_sync.package import archive
from packages import craft, factory


def _snapshot(data_dir: Path) -> tuple:
    files = sorted(str(p.relative_to(data_dir)) for p in data_dir.rglob("*")
                   if not p.name.startswith("marika.db") and p.name != "office.lock")
    return files, Package.select().count(), Item.select().count()


@pytest.fixture
def good(tmp_path, keys):
    return factory.build(factory.image_source(tmp_path / "src", count=3), keys,
                         tmp_path / "good.marika")


def _flip_member(name):
    def case(good, out, keys):
        return craft.write(out, [(info, _flipped(data) if info.filename == name else data)
                                 for info, data in craft.members(good)])
    return case


def _flipped(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + bytes([data[middle] ^ 0x20]) + data[middle + 1:]


def _first_media(good):
    return next(n for n in zipfile.ZipFile(good).namelist() if n.startswith("media/"))


def _case_flip_each_media(good, out, keys):  # every media file, one byte each
    return _flip_member(_first_media(good))(good, out, keys)


def _case_file_and_folder(good, out, keys):
    """media/x.jpg and media/x.jpg/y.jpg, both listed and signed: extraction would fail
    halfway (FileExistsError) after verify passed."""
    first = _first_media(good)
    body = dict((i.filename, d) for i, d in craft.members(good))[first]
    inner = f"{first}/y.jpg"

    def add(data):
        data["files"].append({"path": inner, "size": len(body),
                              "sha256": hashlib.sha256(body).hexdigest()})
        data["items"].append({**data["items"][0], "id": "inner", "media": inner})

    resigned = craft.resign(good, out.with_suffix(".tmp"), keys.publisher, add)
    craft.write(out, [*craft.members(resigned), (inner, body)])
    resigned.unlink()
    return out


def _raw(out: Path, data: bytes) -> Path:
    out.write_bytes(data)
    return out


def _set(path_, value):
    def change(data):
        target = data
        for part in path_[:-1]:
            target = target[part]
        target[path_[-1]] = value
    return change


CASES = {
    # signatures and the manifest
    "flipped-manifest": (_flip_member("manifest.json"), "bad-signature"),
    "flipped-signature": (_flip_member("manifest.sig"), ("bad-signature", "bad-signature-file")),
    "flipped-media": (_case_flip_each_media, "bad-hash"),
    "resigned-unknown-key": (lambda g, o, k: craft.resign(
        g, o, SigningKey.generate(), _set(["pay", "rate_per_item"], "1000")),
        "unknown-publisher"),
    "changed-not-resigned": (lambda g, o, k: craft.write(o, [
        (i, d.replace(b'"25"', b'"99"') if i.filename == "manifest.json" else d)
        for i, d in craft.members(g)]), "bad-signature"),
    "no-signature": (lambda g, o, k: craft.write(o, [
        (i, d) for i, d in craft.members(g) if i.filename != "manifest.sig"]), "no-signature"),
    "garbage-signature": (lambda g, o, k: craft.write(o, [
        (i, b"\x00" * 64 if i.filename == "manifest.sig" else d)
        for i, d in craft.members(g)]), "bad-signature-file"),
    "no-manifest": (lambda g, o, k: craft.write(o, [
        (i, d) for i, d in craft.members(g) if i.filename != "manifest.json"]), "no-manifest"),
    "manifest-not-json": (lambda g, o, k: craft.raw_manifest(g, o, k.publisher,
                                                             b"{not json"), "bad-manifest"),
    "manifest-wrong-types": (lambda g, o, k: craft.resign(
        g, o, k.publisher, _set(["version"], "1")), "bad-manifest"),
    "manifest-version-bool": (lambda g, o, k: craft.resign(
        g, o, k.publisher, _set(["version"], True)), "bad-manifest"),
    "rate-as-float": (lambda g, o, k: craft.resign(
        g, o, k.publisher, _set(["pay", "rate_per_item"], 0.1)), "bad-manifest"),
    "negative-rate": (lambda g, o, k: craft.resign(
        g, o, k.publisher, _set(["pay", "rate_per_item"], "-1")), "bad-manifest"),
    "unknown-format": (lambda g, o, k: craft.resign(
        g, o, k.publisher, _set(["format"], 2)), "unknown-format"),
    "unknown-kind": (lambda g, o, k: craft.resign(
        g, o, k.publisher, _set(["kind"], "video_tag")), "unknown-kind"),
    "no-items": (lambda g, o, k: craft.resign(
        g, o, k.publisher, lambda d: (d.update(items=[], files=[]))), "no-items"),
    "item-without-file": (lambda g, o, k: craft.resign(
        g, o, k.publisher, lambda d: d["items"][0].update(media="media/nope.jpg")),
        "bad-manifest"),
    "traversal-in-manifest": (lambda g, o, k: craft.resign(
        g, o, k.publisher, lambda d: d["files"][0].update(path="../evil.jpg")),
        "bad-manifest"),
    "wrong-size": (lambda g, o, k: craft.resign(
        g, o, k.publisher, lambda d: d["files"][0].update(size=d["files"][0]["size"] + 1)),
        "bad-size"),
    "wrong-hash-resigned": (lambda g, o, k: craft.resign(
        g, o, k.publisher, lambda d: d["files"][0].update(
            sha256=hashlib.sha256(b"other").hexdigest())), "bad-hash"),
    "missing-file": (lambda g, o, k: craft.write(o, [
        (i, d) for i, d in craft.members(g) if i.filename != _first_media(g)]),
        "missing-file"),
    "unlisted-member": (lambda g, o, k: craft.write(
        o, [*craft.members(g), ("media/extra.jpg", b"x")]), "unexpected-member"),
    # the zip itself
    "path-traversal": (lambda g, o, k: craft.write(
        o, [*craft.members(g), ("../evil.sh", b"rm -rf ~")]), "unsafe-path"),
    "absolute-path": (lambda g, o, k: craft.write(
        o, [*craft.members(g), ("/etc/cron.d/evil", b"x")]), "unsafe-path"),
    "backslash-path": (lambda g, o, k: craft.write(
        o, [*craft.members(g), ("..\\evil.bat", b"x")]), "unsafe-path"),
    "drive-letter": (lambda g, o, k: craft.write(
        o, [*craft.members(g), ("C:/evil.bat", b"x")]), "unsafe-path"),
    "symlink": (lambda g, o, k: craft.write(
        o, [*craft.members(g), (craft.symlink_info("media/link.jpg"), b"/etc/passwd")]),
        "link"),
    "directory-entry": (lambda g, o, k: craft.write(
        o, [*craft.members(g), ("media/sub/", b"")]), "bad-member"),
    "duplicate-name": (lambda g, o, k: craft.write(
        o, [*craft.members(g), (_first_media(g), b"second copy")]), "duplicate-name"),
    "case-twin": (lambda g, o, k: craft.write(
        o, [*craft.members(g), (_first_media(g).upper().replace("MEDIA", "media"), b"x")]),
        "duplicate-name"),
    "zip-bomb": (lambda g, o, k: craft.write(
        o, [*craft.members(g), ("media/bomb.jpg", b"\x00" * (40 * 1024 * 1024))]),
        "zip-bomb"),
    "truncated-half": (lambda g, o, k: _raw(o, g.read_bytes()[:len(g.read_bytes()) // 2]),
                       "not-a-zip"),
    "truncated-tail": (lambda g, o, k: _raw(o, g.read_bytes()[:-30]), "not-a-zip"),
    "empty-file": (lambda g, o, k: _raw(o, b""), "not-a-zip"),
    "not-a-zip": (lambda g, o, k: _raw(o, b"<html>captive portal</html>"), "not-a-zip"),
    # lying zip structures (issue 12): each passed, or crashed, before
    "entry-count-lie": (lambda g, o, k: craft.claim_entries(g, o, 1_005), "bad-directory"),
    "nul-in-name": (lambda g, o, k: craft.hide_nul(g, o, _first_media(g)), "nul-in-name"),
    "file-and-folder": (_case_file_and_folder, "path-conflict"),
    "consistent-lying-size-and-crc": (lambda g, o, k: craft.lie_about_member(
        g, o, _first_media(g), b"#!/bin/sh\nhidden payload\n" * 20), "size-mismatch"),
    "deflate-error": (lambda g, o, k: craft.break_deflate(g, o, _first_media(g)),
                      "bad-deflate"),
}


def test_the_corpus_is_large_enough():
    assert len(CASES) >= 40


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_bad_package_is_refused_with_its_reason(name, good, tmp_path, keys, supervisor,
                                                     data_dir):
    make, expected = CASES[name]
    bad = make(good, tmp_path / f"{name}.marika", keys)
    before = _snapshot(data_dir)
    with pytest.raises(PackageError) as err:
        supervisor.import_package(bad)
    expected = expected if isinstance(expected, tuple) else (expected,)
    assert err.value.reason in expected, (name, err.value.reason, err.value.english())
    assert err.value.english() and "{" not in err.value.english()  # a whole sentence
    assert _snapshot(data_dir) == before
    assert not (data_dir / importer.STAGING).exists()


def test_too_many_members_and_oversized_members(good, tmp_path, supervisor, data_dir,
                                                 monkeypatch):
    before = _snapshot(data_dir)
    monkeypatch.setattr(archive, "MAX_MEMBERS", 3)
    with pytest.raises(PackageError) as err:
        supervisor.import_package(good)
    assert err.value.reason == "too-many-members"
    monkeypatch.setattr(archive, "MAX_MEMBERS", 1000)
    monkeypatch.setattr(archive, "MAX_MEMBER_BYTES", 100)
    with pytest.raises(PackageError) as err:
        supervisor.import_package(good)
    assert err.value.reason == "too-large"
    assert _snapshot(data_dir) == before


def test_older_and_same_versions_are_refused(tmp_path, keys, supervisor, data_dir):
    v2 = factory.build(factory.image_source(tmp_path / "v2", version=2), keys, tmp_path / "2")
    v1 = factory.build(factory.image_source(tmp_path / "v1", version=1), keys, tmp_path / "1")
    supervisor.import_package(v2)
    before = _snapshot(data_dir)
    for path, reason in ((v1, "older-version"), (v2, "same-version")):
        with pytest.raises(PackageError) as err:
            supervisor.import_package(path)
        assert err.value.reason == reason
        assert "2" in err.value.english()
    assert _snapshot(data_dir) == before


def test_the_same_version_again_repairs_a_copy_edited_after_import(tmp_path, keys, supervisor,
                                                                   data_dir):
    """Issue 10: a stored manifest edited after import (its publisher's signature no
    longer holds) is replaced by importing the same signed file again; the package keeps
    its row, its items and its media."""
    import json

    path = factory.build(factory.image_source(tmp_path / "v1", version=1), keys, tmp_path / "1")
    pk = supervisor.import_package(path).package_pk
    signed = Package.get_by_id(pk).manifest
    manifest = json.loads(signed)
    manifest["results_public_key"] = SigningKey.generate().public.to_text()
    Package.update(manifest=json.dumps(manifest)).where(Package.id == pk).execute()
    assert [p.reason for p in supervisor.integrity_problems()] == ["package"]
    before = _snapshot(data_dir)
    result = supervisor.import_package(path)
    assert (result.package_pk, result.replaced_version) == (pk, 1)
    assert Package.get_by_id(pk).manifest == signed
    assert supervisor.integrity_problems() == []
    assert _snapshot(data_dir) == before
    with pytest.raises(PackageError) as err:  # once repaired, the same version is refused
        supervisor.import_package(path)
    assert err.value.reason == "same-version"


def test_text_file_that_is_not_utf8(tmp_path, keys, supervisor, data_dir):
    from marika.packages.build import write_package

    fields = factory.base_fields("text_classification")
    fields["results_public_key"] = keys.results.public.to_text()
    fields["items"] = [{"id": "t", "media": "media/t.txt"}]
    bad = write_package(fields, [("media/t.txt", b"caf\xe9 latin-1")], key=keys.publisher,
                        out=tmp_path / "t.marika") and tmp_path / "t.marika"
    before = _snapshot(data_dir)
    with pytest.raises(PackageError) as err:
        supervisor.import_package(bad)
    assert err.value.reason == "bad-text"
    assert _snapshot(data_dir) == before


def test_nothing_is_trusted_before_a_publisher_is_installed(good, office, data_dir):
    from conftest import TEST_PASSWORD

    session, _ = office.setup(username="office", display_name="Office",
                              password=TEST_PASSWORD, language="en")
    with pytest.raises(PackageError) as err:
        session.import_package(good)
    assert err.value.reason == "no-publishers"
