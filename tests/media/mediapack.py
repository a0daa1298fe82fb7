"""Put a small image or audio package straight into a data folder, for end-to-end GUI tests.

Like tests/gui/textpack.py: this inserts the rows an import would create and copies the
media under the package's media folder, so tests can also put damaged media there (as
a failing disk would after a clean import). The manifest is a real v1 manifest.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

from conftest import FAST_KDF_N, TEST_PASSWORD

from marika_sync.crypto import BoxPrivateKey

LABELS = (("cat", "Cat"), ("dog", "Dog"), ("none", "Neither"))


def manifest_dict(kind: str, *, package_id: str, choice: str = "single",
                  segments: bool = False, media: list | None = None) -> dict:
    """`media` is (zip path, size, sha256 or None, duration_ms or None) per item."""
    media = media or []
    files = {path: {"path": path, "size": size, "sha256": digest or "0" * 64}
             for path, size, digest, _ in media}
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
        "results_public_key": BoxPrivateKey.generate().public.to_text(),
        "files": list(files.values()),
        "items": [{"id": f"m{n:04d}", "media": path,
                   **({"duration_ms": duration} if duration else {})}
                  for n, (path, _size, _digest, duration) in enumerate(media)],
    }


def build_office(data_dir: Path, kind: str, media: list[tuple[Path, str | None, int | None]],
                 *, language: str = "en", **manifest_kw) -> int:
    """A data folder with a supervisor, the annotator "rasoa" and one media package.

    `media` is (file, sha256 or None, duration_ms or None) per item, in order.
    Returns the package primary key.
    """
    from marika.profiles import Office
    from marika.store.models import Assignment, Item, Package

    office = Office.open(data_dir, kdf_n=FAST_KDF_N)
    try:
        supervisor, _ = office.setup(username="office", display_name="Office",
                                     password=TEST_PASSWORD, language=language)
        profile = supervisor.create_profile(username="rasoa", display_name="Rasoa",
                                            password=TEST_PASSWORD, language=language)
        entries = [(f"media/{n:04d}{path.suffix.lower() or '.bin'}",
                    path.stat().st_size if path.exists() else 0, digest, duration)
                   for n, (path, digest, duration) in enumerate(media)]
        data = manifest_dict(kind, package_id=f"test-{kind}", media=entries, **manifest_kw)
        media_dir = f"packages/{data['package_id']}"
        (data_dir / media_dir).mkdir(parents=True, exist_ok=True)
        package = Package.create(
            package_id=data["package_id"], version=1, kind=kind, manifest=json.dumps(data),
            signature=b"", publisher_key="test", media_dir=media_dir, item_count=len(media),
            imported_at=time.time())
        (data_dir / media_dir / "media").mkdir(parents=True, exist_ok=True)
        for ordinal, ((path, digest, duration), (name, *_rest)) in enumerate(
                zip(media, entries, strict=True)):
            if path.exists():
                shutil.copyfile(path, data_dir / media_dir / name)
            Item.create(package=package, item_key=f"m{ordinal:04d}", ordinal=ordinal,
                        media=name, duration_ms=duration, sha256=digest)
        Assignment.create(profile=profile.id, package=package, assigned_at=time.time())
        return package.id
    finally:
        office.close()
