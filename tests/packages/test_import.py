"""Importing packages: what a worker then sees, upgrades, cancel, 10,000 items, no space."""

from __future__ import annotations

import hashlib
import json
import time
from collections import namedtuple

import pytest
from conftest import TEST_PASSWORD

from marika.core.errors import PackageError
from marika.packages import importer
from marika.packages.build import write_package
from marika.store.models import Assignment, Item, Package
from packages import factory


def _annotator(office, supervisor, package_pk, name="rasoa"):
    profile = supervisor.create_profile(username=name, display_name=name.title(),
                                        password=TEST_PASSWORD, language="en")
    supervisor.assign(package_pk=package_pk, profile_id=profile.id)
    return office.login(username=name, password=TEST_PASSWORD)


def test_imported_package_is_what_the_worker_sees(tmp_path, keys, office, supervisor,
                                                  data_dir):
    path = factory.build(factory.image_source(tmp_path / "src", count=3), keys,
                         tmp_path / "p.marika")
    result = supervisor.import_package(path)
    assert (result.package_id, result.version, result.item_count) == ("test.pack", 1, 3)
    ws = _annotator(office, supervisor, result.package_pk)
    [summary] = ws.packages()
    assert summary.rate_per_item == 25 and summary.currency == "MGA" and summary.left == 3
    item = ws.item_at(result.package_pk, 1)
    assert item.media_path.is_file()
    assert hashlib.sha256(item.media_path.read_bytes()).hexdigest() == item.sha256
    assert item.content_warnings == ("violence",)
    assert ws.manifest(result.package_pk).transparency.client["en"] == "Example Lab"
    assert not (data_dir / importer.STAGING).exists()


def test_text_items_inline_and_as_files(tmp_path, keys, office, supervisor):
    long_text = "Lahatsoratra lava be. " * 6000
    path = factory.build(factory.text_source(tmp_path / "src", long_text=long_text), keys,
                         tmp_path / "t.marika")
    result = supervisor.import_package(path)
    ws = _annotator(office, supervisor, result.package_pk)
    assert ws.item_at(result.package_pk, 0).text == "Tsara be!"
    last = ws.item_at(result.package_pk, 3)
    # A .txt file of the package: read once at import, kept in the item's row.
    assert last.text == long_text and last.text_path is None


def test_large_text_files_stay_files(tmp_path, keys, office, supervisor, monkeypatch):
    monkeypatch.setattr(importer, "TEXT_IN_ROW_BYTES", 1000)
    long_text = "Lahatsoratra lava be. " * 6000
    path = factory.build(factory.text_source(tmp_path / "src", long_text=long_text), keys,
                         tmp_path / "t.marika")
    result = supervisor.import_package(path)
    ws = _annotator(office, supervisor, result.package_pk)
    last = ws.item_at(result.package_pk, 3)
    assert last.text is None and last.text_path.read_text(encoding="utf-8") == long_text


def test_newer_version_keeps_the_work_and_asks_for_the_card_again(tmp_path, keys, office,
                                                                  supervisor):
    v1 = factory.build(factory.image_source(tmp_path / "v1", count=3), keys, tmp_path / "1")
    first = supervisor.import_package(v1)
    ws = _annotator(office, supervisor, first.package_pk)
    ws.acknowledge_card(first.package_pk)
    worked = ws.item_at(first.package_pk, 2)  # img-002, dropped by v2 after work on it
    ws.save(item_pk=worked.item_pk, value={"labels": ["dog"]})
    kept = ws.item_at(first.package_pk, 0)
    ws.save(item_pk=kept.item_pk, value={"labels": ["cat"]})
    old_media = kept.media_path.parent.parent

    src = factory.image_source(tmp_path / "v2", count=2, version=2)
    data = json.loads((src / "package.json").read_text())
    data["pay"]["rate_per_item"] = "30"
    (src / "package.json").write_text(json.dumps(data))
    (src / "photos" / "new.jpg").write_bytes(factory.jpeg_bytes((1, 2, 3)))
    (src / "items.csv").write_text("id,media\nimg-new,photos/new.jpg\nimg-000,photos/p0.jpg\n"
                                   "img-001,photos/p1.jpg\n")
    second = supervisor.import_package(factory.build(src, keys, tmp_path / "2"))
    assert second.package_pk == first.package_pk and second.replaced_version == 1
    assert ws.progress(first.package_pk).total == 3
    [summary] = ws.packages()
    assert summary.version == 2 and summary.rate_per_item == 30
    assert (summary.done, summary.left) == (1, 2)  # the retired item no longer counts
    assert not summary.card_acknowledged  # new terms: read the card again
    moved = ws.item_at(first.package_pk, 1)
    assert moved.item_key == "img-000"
    assert ws.annotation_for(moved.item_pk).value == {"labels": ["cat"]}  # work kept
    assert ws.annotation_for(worked.item_pk).value == {"labels": ["dog"]}  # retired, kept
    assert Item.get_by_id(worked.item_pk).ordinal < 0  # no longer offered
    assert not old_media.exists() and moved.media_path.is_file()


def test_cancel_changes_nothing(tmp_path, keys, supervisor, data_dir):
    path = factory.build(factory.image_source(tmp_path / "src", count=5), keys,
                         tmp_path / "p.marika")
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(PackageError) as err:
        supervisor.import_package(path, cancelled=cancelled)
    assert err.value.reason == "cancelled"
    assert Package.select().count() == 0 and Item.select().count() == 0
    assert not (data_dir / "packages").exists() or not any((data_dir / "packages").iterdir())
    assert not (data_dir / importer.STAGING).exists()


def test_ten_thousand_items_with_progress(tmp_path, keys, supervisor):
    fields = factory.base_fields("text_classification", package_id="big.pack")
    fields["results_public_key"] = keys.results.public.to_text()
    count = 10_000
    media = [(f"media/{n:05d}.txt", f"Texte numéro {n}. Tsara ve?".encode()) for n in
             range(count)]
    fields["items"] = [{"id": f"t{n:05d}", "media": name} for n, (name, _) in enumerate(media)]
    path = tmp_path / "big.marika"
    write_package(fields, media, key=keys.publisher, out=path)
    seen = []
    started = time.monotonic()
    result = supervisor.import_package(path, progress=lambda done, total: seen.append(
        (done, total)))
    print(f"10,000 items imported in {time.monotonic() - started:.1f} s")
    assert result.item_count == count == Item.select().count()
    assert seen[-1][0] == seen[-1][1] and len(seen) >= count
    assert all(a[0] <= b[0] for a, b in zip(seen, seen[1:], strict=False))


def test_not_enough_space_is_refused_before_anything_is_written(tmp_path, keys, supervisor,
                                                               data_dir, monkeypatch):
    path = factory.build(factory.image_source(tmp_path / "src"), keys, tmp_path / "p.marika")
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(importer.shutil, "disk_usage", lambda _p: usage(10**9, 10**9, 10**6))
    with pytest.raises(PackageError) as err:
        supervisor.import_package(path)
    assert err.value.reason == "disk-full"
    assert Package.select().count() == 0 and Assignment.select().count() == 0


@pytest.mark.parametrize("in_row", [True, False])
def test_a_text_file_that_is_not_utf8_is_refused(tmp_path, keys, supervisor, data_dir,
                                                 monkeypatch, in_row):
    if not in_row:
        monkeypatch.setattr(importer, "TEXT_IN_ROW_BYTES", 4)
    fields = factory.base_fields("text_classification")
    fields["results_public_key"] = keys.results.public.to_text()
    fields["items"] = [{"id": "good", "media": "media/1.txt"},
                       {"id": "bad", "media": "media/2.txt"}]
    path = tmp_path / "bad.marika"
    write_package(fields, [("media/1.txt", b"Tsara be!"),
                           ("media/2.txt", b"caf\xe9 latin-1")], key=keys.publisher, out=path)
    with pytest.raises(PackageError) as refused:
        supervisor.import_package(path)
    assert refused.value.reason == "bad-text" and refused.value.params["name"] == "media/2.txt"
    assert Package.select().count() == 0 and Item.select().count() == 0
    assert not list((data_dir / importer.PACKAGES).rglob("*.txt"))
