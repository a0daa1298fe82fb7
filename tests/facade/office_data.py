"""An office with two annotators and packages, for the privacy tests.

Packages are written as the rows an import creates, from manifests the real parser
accepts (`marika_sync.package.manifest`), so the facade reads them exactly as it will read
imported ones; the packages' media files are not needed by anything these tests call.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass

from marika.store.models import Assignment, Item, Package
from marika_sync.canonical import canonical_json
from marika_sync.crypto import BoxPrivateKey
from marika_sync.package.manifest import parse_manifest

PASSWORD_A = "rasoa secret 2026"
PASSWORD_B = "hery secret 2026"
SUPERVISOR_PASSWORD = "office secret 2026"


def _common(package_id: str, kind: str, rate: str, currency: str) -> dict:
    return {
        "format": 1, "package_id": package_id, "version": 1, "kind": kind,
        "title": {"en": f"Package {package_id}"},
        "instructions": {"en": "Do the task."},
        "transparency": {"client": "Example Lab", "purpose": {"en": "Research"},
                         "contact": "data@example.org", "reviewer": "Ny Aina R.",
                         "content_warnings": []},
        "pay": {"rate_per_item": rate, "currency": currency},
        "results_public_key": BoxPrivateKey.generate().public.to_text(),
        "practice": None, "publisher": "Example Lab",
    }


def text_manifest(package_id: str, count: int, *, rate: str = "25",
                  currency: str = "MGA") -> dict:
    data = _common(package_id, "text_classification", rate, currency)
    data["choice"] = "single"
    data["labels"] = [{"id": "pos", "hotkey": "1", "name": {"en": "Positive"}},
                      {"id": "neg", "hotkey": "2", "name": {"en": "Negative"}}]
    data["files"] = []
    data["items"] = [{"id": f"t{n:03d}", "text": f"Review number {n}."} for n in range(count)]
    return data


def audio_manifest(package_id: str, count: int, *, rate: str = "120",
                   currency: str = "MGA") -> dict:
    data = _common(package_id, "audio_transcription", rate, currency)
    data["segments"] = True
    data["labels"] = []
    data["files"] = [{"path": f"media/{n:03d}.wav", "size": 1000 + n,
                      "sha256": hashlib.sha256(str(n).encode()).hexdigest()}
                     for n in range(count)]
    data["items"] = [{"id": f"a{n:03d}", "media": f"media/{n:03d}.wav", "duration_ms": 3000}
                     for n in range(count)]
    return data


def add_package(data: dict) -> int:
    """Insert a package and its items as the importer would; returns its package_pk."""
    manifest = parse_manifest(data)  # refuses a manifest the real importer would refuse
    sizes = {f.path: f for f in manifest.files}
    package = Package.create(
        package_id=manifest.package_id, version=manifest.version, kind=manifest.kind,
        manifest=canonical_json(data).decode(), signature=b"sig", publisher_key="test",
        media_dir=f"packages/{manifest.package_id}-{manifest.version}",
        item_count=len(manifest.items), imported_at=time.time())
    for ordinal, spec in enumerate(manifest.items):
        entry = sizes.get(spec.media)
        Item.create(package=package, item_key=spec.id, ordinal=ordinal, media=spec.media,
                    text=spec.text, warnings=json.dumps(list(spec.content_warnings)),
                    duration_ms=spec.duration_ms, sha256=entry.sha256 if entry else None)
    return package.id


def assign(package_pk: int, *profile_ids: str) -> None:
    for profile_id in profile_ids:
        Assignment.create(profile=profile_id, package=package_pk, assigned_at=time.time())


@dataclass
class TwoAnnotators:
    office: object
    supervisor: object
    recovery: str
    a: object  # ProfileSummary of annotator A (rasoa)
    b: object  # ProfileSummary of annotator B (hery)
    a_text: int  # package_pk assigned to A only
    a_audio: int  # package_pk assigned to A only
    shared: int  # package_pk assigned to both
    b_only: int  # package_pk assigned to B only


def two_annotators(office) -> TwoAnnotators:
    supervisor, recovery = office.setup(username="office", display_name="Office",
                                        password=SUPERVISOR_PASSWORD, language="en")
    a = supervisor.create_profile(username="rasoa", display_name="Rasoa", password=PASSWORD_A,
                                  language="mg")
    b = supervisor.create_profile(username="hery", display_name="Hery", password=PASSWORD_B,
                                  language="fr")
    a_text = add_package(text_manifest("a.reviews", 4, rate="37.13"))
    a_audio = add_package(audio_manifest("a.voices", 3, rate="91.07"))
    shared = add_package(text_manifest("shared.reviews", 4))
    b_only = add_package(text_manifest("b.reviews", 2))
    assign(a_text, a.id)
    assign(a_audio, a.id)
    assign(shared, a.id, b.id)
    assign(b_only, b.id)
    return TwoAnnotators(office, supervisor, recovery, a, b, a_text, a_audio, shared, b_only)


def gold_manifest(package_id: str, count: int) -> dict:
    """A paid practice pack whose gold answer is always "pos"."""
    data = text_manifest(package_id, count, rate="5")
    data["practice"] = {"pass_mark": "0.5", "paid": True}
    for item in data["items"]:
        item["gold"] = {"labels": ["pos"], "explanation": {"en": "It is positive."}}
    return data
