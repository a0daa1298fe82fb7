"""The builder names a mistake where the trainer can fix it, and what it builds verifies.

Before, a CSV mistake read "the field items[0].media is wrong", a duplicate id or a
semicolon CSV "items[N].id is wrong", a missing folder "has no package.json"; and 10 MB
of one letter built into a package its own verify refused as a zip bomb.
"""

from __future__ import annotations

import json
import zipfile

import pytest

from marika.cli import main
from marika.core.errors import MarikaError, PackageError
from marika.packages.build import build_package
from marika_sync.package.verify import verify_package
from packages import factory


def build(source, keys, tmp_path):
    return build_package(source, key=keys.publisher, out=tmp_path / "out.marika",
                         results_key=keys.results.public)


def refused(source, keys, tmp_path) -> str:
    with pytest.raises(PackageError) as err:
        build(source, keys, tmp_path)
    assert not (tmp_path / "out.marika").exists()
    return err.value.english()


def rewrite_csv(source, change):
    lines = (source / "items.csv").read_text(encoding="utf-8").splitlines()
    change(lines)
    (source / "items.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_csv_mistake_names_its_line_and_column(tmp_path, keys):
    source = factory.image_source(tmp_path / "src", count=4)
    rewrite_csv(source, lambda lines: lines.__setitem__(3, "img-002,photos/p2.jpg,gore"))
    assert refused(source, keys, tmp_path) == (
        "items.csv, line 4, column content_warnings: the value is wrong.")


def test_a_duplicate_id_names_both_lines(tmp_path, keys):
    source = factory.image_source(tmp_path / "src", count=4)
    rewrite_csv(source, lambda lines: lines.__setitem__(4, "img-001,photos/p3.jpg,"))
    assert refused(source, keys, tmp_path) == (
        "items.csv: the item id img-001 is used twice, on lines 3 and 5.")


def test_a_semicolon_csv_is_named(tmp_path, keys):
    source = factory.image_source(tmp_path / "src", count=2)
    rewrite_csv(source, lambda lines: lines.__setitem__(
        slice(None), [line.replace(",", ";") for line in lines]))
    assert refused(source, keys, tmp_path) == (
        'items.csv separates its columns with semicolons. Marika needs commas: save it '
        'again as "CSV (comma delimited)".')


def test_an_items_json_mistake_names_the_item(tmp_path, keys):
    source = factory.audio_source(tmp_path / "src", count=2)
    items = json.loads((source / "items.json").read_text())
    items[1]["duration_ms"] = -5
    (source / "items.json").write_text(json.dumps(items))
    assert refused(source, keys, tmp_path) == (
        "items.json, item number 2: the field duration_ms is wrong.")


def test_a_missing_source_folder_is_named(tmp_path, keys):
    missing = tmp_path / "no-such-folder"
    assert refused(missing, keys, tmp_path) == f"The source folder {missing} does not exist."


def test_ten_megabytes_of_one_letter_build_into_a_package_that_verifies(tmp_path, keys):
    source = factory.text_source(tmp_path / "src", long_text="a" * (10 * 1024 * 1024))
    manifest = build(source, keys, tmp_path)
    package = tmp_path / "out.marika"
    assert verify_package(package, [keys.publisher.public]).package_id == manifest.package_id
    with zipfile.ZipFile(package) as zf:
        text = next(i for i in zf.infolist() if i.filename.endswith(".txt"))
        assert text.compress_type == zipfile.ZIP_STORED  # deflate would look like a bomb
        assert zf.getinfo("manifest.json").compress_type == zipfile.ZIP_DEFLATED


def test_marika_sync_push_of_a_missing_folder_says_so(tmp_path, capsys):
    missing = tmp_path / "stick"
    assert main(["sync", "push", str(missing)]) == 1
    assert capsys.readouterr().err.strip() == (
        f"The folder {missing} holds no Marika transfer. Choose the folder you exported to.")
    assert not missing.exists()  # not created by the attempt


def test_a_malformed_publisher_key_gets_its_own_message(supervisor, keys):
    for text in ("hello", "ed25519-pub:AAAA", keys.results.public.to_text(), ""):
        with pytest.raises(MarikaError) as err:
            supervisor.install_publisher(name="Client", public_key_text=text)
        assert err.value.english() == (
            "This is not a publisher's public key. Paste the whole text of the publisher's "
            ".pub file: one line starting with ed25519-pub:.")
    assert len(supervisor.publishers()) == 1  # only the one the fixture installed
