"""Practice packs (gold answers) straight into a data folder, for facade and GUI tests.

The manifests pass the real `marika_sync.package.manifest.parse_manifest`; the packs are signed
by a trainer key, built and imported by marika.packages like any other package.
"""

from __future__ import annotations

import hashlib
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
    from marika_sync.crypto import BoxPrivateKey

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


def audio_pack(*, package_id="practice-greetings", transcripts=(
        "Manao ahoana ianao, Rakoto?", "Misaotra betsaka tompoko."),
        pass_mark="0.5", paid=False) -> tuple[dict, dict]:
    """(manifest, media files) of an audio practice pack of short tones."""
    import io

    import numpy as np
    import soundfile

    data = _common("audio_transcription", package_id, "Practice greetings",
                   pass_mark=pass_mark, paid=paid)
    data["labels"] = []
    media, items = {}, []
    for n, transcript in enumerate(transcripts):
        t = np.arange(8_000) / 8_000
        buffer = io.BytesIO()
        soundfile.write(buffer, 0.3 * np.sin(2 * np.pi * (220 + 110 * n) * t), 8_000,
                        format="WAV")
        path = f"media/{n:04d}.wav"
        media[path] = buffer.getvalue()
        items.append({"id": f"a{n:04d}", "media": path, "duration_ms": 1_000,
                      "gold": {"transcript": transcript,
                               "explanation": {"en": "Write every word you hear."}}})
    data["items"] = items
    return data, media


def build_office(data_dir: Path, packs, *, annotators=("rasoa",),
                 language: str = "en") -> list[int]:
    """A data folder with a supervisor, annotators and these packs assigned to all.

    `packs` is a list of (manifest, media) as `text_pack` / `image_pack` return. Each is
    built into a signed .marika by the real builder and imported by the real importer,
    as a trainer's practice pack would be. Returns the packages' primary keys.
    """
    from marika.packages.build import write_package
    from marika.profiles import Office
    from marika_sync.crypto import SigningKey

    trainer = SigningKey.generate()
    office = Office.open(data_dir, kdf_n=FAST_KDF_N)
    try:
        supervisor, _ = office.setup(username="office", display_name="Office",
                                     password=TEST_PASSWORD, language=language)
        profiles = [supervisor.create_profile(username=name, display_name=name.title(),
                                              password=TEST_PASSWORD, language=language)
                    for name in annotators]
        supervisor.install_publisher(name="Example Training Centre",
                                     public_key_text=trainer.public.to_text())
        keys = []
        for data, media in packs:
            fields = {k: v for k, v in data.items() if k not in ("format", "files")}
            out = data_dir.parent / f"{data['package_id']}.marika"
            write_package(fields, sorted(media.items()), key=trainer, out=out)
            result = supervisor.import_package(out)
            for profile in profiles:
                supervisor.assign(package_pk=result.package_pk, profile_id=profile.id)
            keys.append(result.package_pk)
        return keys
    finally:
        office.close()
