"""`marika package build` then `verify` round-trips; verify fails on tampered copies."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile

import pytest

from marika.core.errors import PackageError
from marika.packages.build import build_package
from marika_sync.package.verify import verify_package
from packages import factory


def _cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "marika.cli", *args], capture_output=True,
                          text=True, timeout=120, cwd=cwd, check=False)


def test_cli_keys_build_verify_round_trip(tmp_path):
    src = factory.image_source(tmp_path / "src", count=4)
    assert _cli("keys", "new", "--out", str(tmp_path / "pub")).returncode == 0
    assert _cli("keys", "new", "--box", "--out", str(tmp_path / "res")).returncode == 0
    assert (tmp_path / "pub.key").stat().st_mode & 0o077 == 0  # the secret is private
    assert (tmp_path / "pub.key").read_text().startswith("ed25519-priv:")
    assert (tmp_path / "res.pub").read_text().startswith("x25519-pub:")
    out = tmp_path / "pack.marika"
    built = _cli("package", "build", str(src), "--key", str(tmp_path / "pub.key"),
                 "--results-key", str(tmp_path / "res.pub"), "--out", str(out))
    assert built.returncode == 0, built.stderr
    ok = _cli("package", "verify", str(out), "--trust", str(tmp_path / "pub.pub"))
    assert ok.returncode == 0, ok.stderr
    assert "4 items" in ok.stdout
    # a key that did not sign it
    assert _cli("keys", "new", "--out", str(tmp_path / "other")).returncode == 0
    bad = _cli("package", "verify", str(out), "--trust", str(tmp_path / "other.pub"))
    assert bad.returncode != 0
    assert "unknown-publisher" in bad.stderr
    # a media file changed after signing
    tampered = tmp_path / "tampered.marika"
    _rewrite(out, tampered, lambda name, data: data[:-3] + b"xyz" if name.endswith(".jpg")
             else data)
    bad = _cli("package", "verify", str(tampered), "--trust", str(tmp_path / "pub.pub"))
    assert bad.returncode != 0 and "bad-hash" in bad.stderr
    # keys are never overwritten by accident
    assert _cli("keys", "new", "--out", str(tmp_path / "pub")).returncode != 0


def _rewrite(src, dst, transform):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info, transform(info.filename, zin.read(info)))


@pytest.mark.parametrize("make", [factory.image_source, factory.audio_source,
                                  factory.text_source])
def test_build_then_verify_every_kind(tmp_path, keys, make):
    src = make(tmp_path / "src")
    out = factory.build(src, keys, tmp_path / "p.marika")
    manifest = verify_package(out, [keys.publisher.public])
    assert manifest.results_public_key == keys.results.public.to_text()
    assert manifest.items and all(item.id for item in manifest.items)
    if manifest.kind == "audio_transcription":  # measured from the files
        assert [item.duration_ms for item in manifest.items] == [500, 750]
    with zipfile.ZipFile(out) as zf:  # every member is listed with its size and hash
        names = set(zf.namelist()) - {"manifest.json", "manifest.sig"}
    assert names == {f.path for f in manifest.files}


def test_every_tampered_member_fails_verify(tmp_path, keys):
    out = factory.build(factory.image_source(tmp_path / "src", count=3), keys,
                        tmp_path / "p.marika")
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
    for name in names:
        copy = tmp_path / f"t-{name.replace('/', '_')}.marika"

        def flip(member, data, target=name):
            if member != target:
                return data
            middle = len(data) // 2
            return data[:middle] + bytes([data[middle] ^ 0x01]) + data[middle + 1:]

        _rewrite(out, copy, flip)
        with pytest.raises(PackageError) as err:
            verify_package(copy, [keys.publisher.public])
        assert err.value.reason in ("bad-hash", "bad-signature", "bad-signature-file"), name


def test_long_texts_travel_as_files_and_builder_checks_the_source(tmp_path, keys):
    long_text = "Lahatsoratra lava be. " * 6000  # > 100,000 characters
    src = factory.text_source(tmp_path / "src", long_text=long_text)
    manifest = verify_package(factory.build(src, keys, tmp_path / "p.marika"),
                              [keys.publisher.public])
    long_item = next(i for i in manifest.items if i.id == "long")
    assert long_item.text is None and long_item.media.endswith(".txt")
    # a mistake in the source is reported at build time, naming the field
    data = json.loads((src / "package.json").read_text())
    data["pay"]["rate_per_item"] = "-3"
    (src / "package.json").write_text(json.dumps(data))
    with pytest.raises(PackageError) as err:
        build_package(src, key=keys.publisher, out=tmp_path / "q.marika",
                      results_key=keys.results.public)
    assert "pay.rate_per_item" in err.value.english()
    assert not (tmp_path / "q.marika").exists()


def test_media_outside_the_source_folder_is_refused(tmp_path, keys):
    src = factory.image_source(tmp_path / "src", count=1)
    (tmp_path / "secret.jpg").write_bytes(factory.jpeg_bytes())
    (src / "items.csv").write_text("id,media\nx,../secret.jpg\n")
    with pytest.raises(PackageError) as err:
        build_package(src, key=keys.publisher, out=tmp_path / "p.marika",
                      results_key=keys.results.public)
    assert err.value.reason == "bad-source"


def test_practice_gold_from_csv(tmp_path, keys):
    src = factory.image_source(tmp_path / "src", count=2,
                               practice={"pass_mark": "0.5", "paid": True})
    (src / "items.csv").write_text(
        "id,media,gold,explanation,explanation_mg\n"
        "a,photos/p0.jpg,cat,Whiskers mean a cat.,Misy volombava ny saka.\n"
        "b,photos/p1.jpg,dog,,\n", encoding="utf-8")
    manifest = verify_package(factory.build(src, keys, tmp_path / "p.marika"),
                              [keys.publisher.public])
    first = manifest.items[0]
    assert tuple(first.gold["labels"]) == ("cat",)
    assert first.gold["explanation"]["mg"] == "Misy volombava ny saka."
    assert manifest.practice.paid and str(manifest.practice.pass_mark) == "0.5"


def test_builds_are_reproducible_and_readable_by_others(tmp_path, keys):
    src = factory.image_source(tmp_path / "src")
    one = factory.build(src, keys, tmp_path / "one.marika")
    two = factory.build(src, keys, tmp_path / "two.marika")
    assert one.read_bytes() == two.read_bytes()  # Ed25519 signatures are deterministic
    assert one.stat().st_mode & 0o044 == 0o044
