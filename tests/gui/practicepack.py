"""Practice packs (gold answers) straight into a data folder, for facade and GUI tests.

The manifests pass the real `marika.core.manifest.parse_manifest`; the rows are the ones
an import writes (package, items, assignments), as tests/gui/textpack.py does.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

from conftest import FAST_KDF_N, TEST_PASSWORD

LABELS = (("pos", {"en": "Positive", "fr": "Positif", "mg": "Tsara"}),
          ("neg", {"en": "Negative", "fr": "Négatif", "mg": "Ratsy"}),
          ("neu", {"en": "Neutral", "fr": "Neutre", "mg": "Tsy miandany"}))

# (text, gold label, explanation in English)
REVIEWS = [
    ("Tsara be ny entana, haingana ny fandefasana.", "pos",
     "Praise for the goods and the delivery: positive."),
    ("Ratsy ny kalitao, tapaka ilay izy.", "neg", "Bad quality and broken: negative."),
    ("Tonga ny entana.", "neu", "Only says the parcel came: neutral."),
    ("Mahafinaritra! Hividy indray aho.", "pos", "Delighted and will buy again: positive."),
    ("Tsy nahazo valiny aho.", "neg", "Got no answer: a complaint, so negative."),
]


def _results_key() -> str:
    from marika.crypto import BoxPrivateKey

    return BoxPrivateKey.generate().public.to_text()


def _common(kind: str, package_id: str, title: str, *, pass_mark: str, paid: bool) -> dict:
    return {
        "format": 1, "package_id": package_id, "version": 1, "kind": kind,
        "title": {"en": title, "fr": f"{title} (fr)"}, "choice": "single",
        "instructions": {"en": f"Practice: {title}.", "fr": f"Entraînement : {title}."},
        "transparency": {"client": "Example Training Centre", "purpose": "Onboarding",
                         "contact": "trainer@example.org", "reviewer": "Ny Aina R.",
                         "content_warnings": []},
        "pay": {"rate_per_item": "0.02", "currency": "EUR"},
        "results_public_key": _results_key(),
        "practice": {"pass_mark": pass_mark, "paid": paid},
        "publisher": "Example Training Centre",
    }


def text_pack(*, package_id="practice-reviews", pass_mark="0.6", paid=True,
              reviews=REVIEWS, choice="single") -> tuple[dict, dict]:
    """(manifest, media files) of a text-classification practice pack."""
    data = _common("text_classification", package_id, "Practice reviews",
                   pass_mark=pass_mark, paid=paid)
    data["choice"] = choice
    data["labels"] = [{"id": i, "hotkey": str(n), "name": name}
                      for n, (i, name) in enumerate(LABELS, start=1)]
    data["files"] = []
    data["items"] = [{"id": f"t{n:04d}", "text": text,
                      "gold": {"labels": gold if isinstance(gold, list) else [gold],
                               "explanation": {"en": why, "fr": f"(fr) {why}"}}}
                     for n, (text, gold, why) in enumerate(reviews)]
    return data, {}


def plain_pack(*, package_id="plain-reviews") -> tuple[dict, dict]:
    """The same texts as an ordinary (paid, sealed, no gold) package."""
    data, media = text_pack(package_id=package_id)
    data["practice"] = None
    data["title"] = {"en": "Ordinary reviews"}
    for item in data["items"]:
        del item["gold"]
    return data, media


def image_pack(*, package_id="practice-shapes", count=2, pass_mark="0.5",
               paid=False) -> tuple[dict, dict]:
    """(manifest, media files) of an image-tagging practice pack of small PNGs."""
    import io

    from PIL import Image

    data = _common("image_tag", package_id, "Practice shapes", pass_mark=pass_mark, paid=paid)
    data["labels"] = [{"id": "red", "hotkey": "1", "name": {"en": "Red"}},
                      {"id": "blue", "hotkey": "2", "name": {"en": "Blue"}}]
    media, files, items = {}, [], []
    for n in range(count):
        colour = "red" if n % 2 == 0 else "blue"
        buffer = io.BytesIO()
        Image.new("RGB", (64, 48), colour).save(buffer, "PNG")
        path = f"media/{n:04d}.png"
        media[path] = buffer.getvalue()
        files.append({"path": path, "size": len(media[path]),
                      "sha256": hashlib.sha256(media[path]).hexdigest()})
        items.append({"id": f"i{n:04d}", "media": path,
                      "gold": {"labels": [colour], "explanation": {"en": f"It is {colour}."}}})
    data["files"], data["items"] = files, items
    return data, media


def build_office(data_dir: Path, packs, *, annotators=("rasoa",)) -> list[int]:
    """A data folder with a supervisor, annotators and these packs assigned to all.

    `packs` is a list of (manifest, media) as `text_pack` / `image_pack` return.
    The manifests must pass the real parser. Returns the packages' primary keys.
    """
    from marika.core.manifest import parse_manifest
    from marika.profiles import Office
    from marika.store.models import Assignment, Item, Package

    office = Office.open(data_dir, kdf_n=FAST_KDF_N)
    try:
        supervisor, _ = office.setup(username="office", display_name="Office",
                                     password=TEST_PASSWORD, language="en")
        profiles = [supervisor.create_profile(username=name, display_name=name.title(),
                                              password=TEST_PASSWORD, language="en")
                    for name in annotators]
        keys = []
        for data, media in packs:
            manifest = parse_manifest(data)
            media_dir = f"packages/{manifest.package_id}"
            for path, content in media.items():
                target = data_dir / media_dir / path
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(content)
            package = Package.create(
                package_id=manifest.package_id, version=manifest.version, kind=manifest.kind,
                manifest=json.dumps(data), signature=b"", publisher_key="test",
                media_dir=media_dir, item_count=len(manifest.items), imported_at=time.time())
            digests = {f.path: f.sha256 for f in manifest.files}
            for ordinal, item in enumerate(manifest.items):
                Item.create(package=package, item_key=item.id, ordinal=ordinal,
                            media=item.media, text=item.text, duration_ms=item.duration_ms,
                            sha256=digests.get(item.media), warnings="[]")
            for profile in profiles:
                Assignment.create(profile=profile.id, package=package, assigned_at=time.time())
            keys.append(package.id)
        return keys
    finally:
        office.close()
