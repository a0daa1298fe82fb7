"""Put a small image or audio package straight into a data folder, for end-to-end GUI tests.

Like tests/gui/textpack.py: until the package importer lands, this inserts the rows an
import would create, copies the media under the package's media folder, and lets the
facade parse our small manifest.
"""

from __future__ import annotations

import json
import shutil
import time
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

from conftest import FAST_KDF_N, TEST_PASSWORD

LABELS = (("cat", "Cat"), ("dog", "Dog"), ("none", "Neither"))


def manifest_dict(kind: str, *, package_id: str, choice: str = "single",
                  segments: bool = False) -> dict:
    return {
        "format": 1, "package_id": package_id, "version": 1, "kind": kind,
        "title": {"en": f"Test {kind}"}, "choice": choice, "segments": segments,
        "labels": [{"id": i, "hotkey": str(n), "name": {"en": name}}
                   for n, (i, name) in enumerate(LABELS, start=1)]
        if kind == "image_tag" else [],
        "instructions": {"en": "Test instructions."},
        "transparency": {"client": "Example Lab", "purpose": "Tests", "contact": "a@b.org",
                         "reviewer": "R.", "content_warnings": []},
        "pay": {"rate_per_item": "0.01", "currency": "EUR"},
    }


def parse(text: str):
    data = json.loads(text)
    ns = SimpleNamespace
    return ns(package_id=data["package_id"], kind=data["kind"], title=data["title"],
              choice=data["choice"], segments=data["segments"],
              labels=[ns(**label) for label in data["labels"]],
              instructions=data["instructions"], transparency=ns(**data["transparency"]),
              pay=ns(rate_per_item=Decimal(data["pay"]["rate_per_item"]),
                     currency=data["pay"]["currency"]),
              practice=None, items=[])


def use_parser(monkeypatch) -> None:
    try:
        import marika.core.manifest  # noqa: F401 - the real parser, once it exists
    except ImportError:
        from marika import workspace

        monkeypatch.setattr(workspace, "_parse_manifest", parse)


def build_office(data_dir: Path, kind: str, media: list[tuple[Path, str | None, int | None]],
                 **manifest_kw) -> int:
    """A data folder with a supervisor, the annotator "rasoa" and one media package.

    `media` is (file, sha256 or None, duration_ms or None) per item, in order.
    Returns the package primary key.
    """
    from marika.profiles import Office
    from marika.store.models import Assignment, Item, Package

    office = Office.open(data_dir, kdf_n=FAST_KDF_N)
    try:
        supervisor, _ = office.setup(username="office", display_name="Office",
                                     password=TEST_PASSWORD, language="en")
        profile = supervisor.create_profile(username="rasoa", display_name="Rasoa",
                                            password=TEST_PASSWORD, language="en")
        data = manifest_dict(kind, package_id=f"test-{kind}", **manifest_kw)
        media_dir = f"packages/{data['package_id']}"
        (data_dir / media_dir).mkdir(parents=True, exist_ok=True)
        package = Package.create(
            package_id=data["package_id"], version=1, kind=kind, manifest=json.dumps(data),
            signature=b"", publisher_key="test", media_dir=media_dir, item_count=len(media),
            imported_at=time.time())
        for ordinal, (path, digest, duration) in enumerate(media):
            name = f"{ordinal:04d}{path.suffix}"
            if path.exists():
                shutil.copyfile(path, data_dir / media_dir / name)
            Item.create(package=package, item_key=f"m{ordinal:04d}", ordinal=ordinal,
                        media=name, duration_ms=duration, sha256=digest)
        Assignment.create(profile=profile.id, package=package, assigned_at=time.time())
        return package.id
    finally:
        office.close()
