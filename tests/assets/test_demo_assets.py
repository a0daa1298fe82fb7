"""The bundled demo packages: signed by the bundled key, readable, and true to their sources.

`marika --demo` imports assets/demo/*.marika; they are built from assets/demo-src/ by
scripts/build_demo.py. If someone edits a source folder and forgets to rebuild, or the
builder changes what it writes, these tests say which package and which item.
"""

from __future__ import annotations

import csv
import hashlib
import json
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from marika.media.audio import read_audio
from marika.media.images import decode_image
from marika_sync.crypto import VerifyKey
from marika_sync.package.verify import verify_package

ROOT = Path(__file__).resolve().parents[2]
ASSETS = ROOT / "assets"
DEMO = ASSETS / "demo"
SOURCES = ASSETS / "demo-src"
LANGUAGES = {"mg", "fr", "en"}
PACKAGES = sorted(DEMO.glob("*.marika"))
BUDGET_BYTES = 6 * 1024 * 1024


def _publisher() -> VerifyKey:
    return VerifyKey.from_text((DEMO / "demo-publisher.pub").read_text())


def _manifest(path: Path):
    return verify_package(path, [_publisher()])


def _source_items(folder: Path) -> list[dict]:
    """The source folder's items, read the plain way (not with the builder's reader)."""
    if (folder / "items.json").is_file():
        return json.loads((folder / "items.json").read_text(encoding="utf-8"))
    with open(folder / "items.csv", encoding="utf-8-sig", newline="") as fh:
        return [{k: v for k, v in row.items() if v} for row in csv.DictReader(fh)]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_there_is_one_package_per_source_folder():
    folders = sorted(p.parent.name for p in SOURCES.glob("*/package.json"))
    assert folders and sorted(p.stem for p in PACKAGES) == folders


@pytest.mark.parametrize("path", PACKAGES, ids=lambda p: p.stem)
def test_each_package_verifies_against_the_bundled_publisher_key(path):
    manifest = _manifest(path)
    assert manifest.items
    # and no other key: a package signed by some other key is refused
    from marika.core.errors import PackageError
    from marika_sync.crypto import SigningKey

    with pytest.raises(PackageError):
        verify_package(path, [SigningKey.generate().public])


def test_the_demo_covers_all_three_kinds_and_a_practice_pack():
    manifests = [_manifest(p) for p in PACKAGES]
    assert {m.kind for m in manifests} == {"image_tag", "audio_transcription",
                                           "text_classification"}
    assert any(m.practice is not None for m in manifests)
    assert any(m.segments for m in manifests)
    assert any(w for m in manifests for item in m.items for w in item.content_warnings)


@pytest.mark.parametrize("path", PACKAGES, ids=lambda p: p.stem)
def test_each_package_says_it_is_demo_content_in_three_languages(path):
    m = _manifest(path)
    card = m.transparency
    for texts in (m.title, m.instructions, card.client, card.purpose, card.contact,
                  card.reviewer):
        assert set(texts) >= LANGUAGES, texts
        assert all(t.strip() for t in texts.values())
    assert "demo" in card.client["en"].lower() and "not a real client" in card.client["en"]
    assert m.pay.currency == "MGA" and m.pay.rate_per_item > 0
    for label in m.labels:
        assert set(label.name) >= LANGUAGES, label.id
    if m.practice is not None:
        assert m.practice.pass_mark == Decimal("0.8") and m.practice.paid
        for item in m.items:
            assert item.gold is not None and set(item.gold["explanation"]) >= LANGUAGES
    else:
        assert all(item.gold is None for item in m.items)  # normal packs carry no answers


@pytest.mark.parametrize("path", PACKAGES, ids=lambda p: p.stem)
def test_every_image_decodes_and_every_clip_reads(path, tmp_path):
    m = _manifest(path)
    files = {f.path: f for f in m.files}
    with zipfile.ZipFile(path) as zf:
        for item in m.items:
            if item.media is None:
                continue
            target = tmp_path / item.media
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(zf.read(item.media))
            sha = files[item.media].sha256
            if m.kind == "image_tag":
                image = decode_image(target, max_size=(1366, 768), sha256=sha)
                assert image.width > 100 and image.height > 100, item.id
                assert max(image.original_width, image.original_height) <= 1600, item.id
            elif m.kind == "audio_transcription":
                clip = read_audio(target, sha256=sha, duration_ms=item.duration_ms)
                assert 2000 <= clip.duration_ms <= 6500, item.id  # short clips, 2-6 s
                assert float(clip.maxs.max()) > 0.1, f"{item.id} is silent"
            else:
                assert target.read_text(encoding="utf-8").strip(), item.id


@pytest.mark.parametrize("path", PACKAGES, ids=lambda p: p.stem)
def test_the_built_package_matches_its_source_folder(path):
    folder = SOURCES / path.stem
    m = _manifest(path)
    described = json.loads((folder / "package.json").read_text(encoding="utf-8"))
    assert (m.package_id, m.version, m.kind) == (described["package_id"],
                                                 described["version"], described["kind"])
    assert dict(m.title) == described["title"]
    assert dict(m.instructions) == described["instructions"]
    assert dict(m.transparency.purpose) == described["transparency"]["purpose"]
    assert str(m.pay.rate_per_item) == described["pay"]["rate_per_item"]
    assert [label.id for label in m.labels] == [x["id"] for x in described.get("labels", [])]
    hashes = {f.path: f.sha256 for f in m.files}
    source = _source_items(folder)
    assert [item.id for item in m.items] == [s["id"] for s in source]
    for item, src in zip(m.items, source, strict=True):
        if "media" in src:
            assert hashes[item.media] == _sha256(folder / src["media"]), \
                f"{path.name}: {item.id} differs from {src['media']}; run scripts/build_demo.py"
        else:
            assert item.text == src["text"], item.id
        warnings = src.get("content_warnings", [])
        if isinstance(warnings, str):
            warnings = warnings.split(";")
        assert list(item.content_warnings) == warnings, item.id
        if "gold" in src:
            assert list(item.gold["labels"]) == src["gold"].split(";"), item.id


def test_the_assets_are_small_and_hold_no_private_key():
    files = [p for p in ASSETS.rglob("*") if p.is_file()]
    assert sum(p.stat().st_size for p in files) < BUDGET_BYTES
    for path in files:
        data = path.read_bytes()
        assert b"ed25519-priv:" not in data and b"x25519-priv:" not in data, path


def test_every_photo_and_clip_is_credited():
    credits = (SOURCES / "CREDITS.md").read_text(encoding="utf-8")
    for path in (SOURCES / "photos").rglob("*"):
        if path.suffix in (".jpg", ".png"):
            assert f"`{path.name}`" in credits, path.name
    assert "espeak" in credits.lower()
