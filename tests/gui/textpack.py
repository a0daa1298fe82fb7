"""Build a small text-classification package straight into a data folder, for GUI tests.

This inserts the rows an import would create (fast, and independent of the importer,
which has tests of its own), with a real v1 manifest that `marika_sync.package.manifest` accepts.
"""

from __future__ import annotations

import json
import time

from conftest import FAST_KDF_N, TEST_PASSWORD

TEXTS = ["Tsara be ny entana, haingana ny fandefasana.",
         "Ratsy ny kalitao, tapaka ilay izy.",
         "Tonga ny entana.",
         "Mahafinaritra! Hividy indray aho.",
         "Tsy nahazo valiny aho."]

LABELS = (("pos", "Positive"), ("neg", "Negative"), ("neu", "Neutral"))
LABELS_FR = {"pos": "Positif", "neg": "Négatif", "neu": "Neutre"}
LABELS_MG = {"pos": "Tsara", "neg": "Ratsy", "neu": "Tsy miandany"}
INSTRUCTIONS_FR = "Lisez l'avis. Est-il positif, négatif ou neutre ?"


def manifest_dict(*, package_id="reviews-mg", title="Shop reviews", choice="single",
                  rate="0.035", currency="EUR", warnings=(), texts=TEXTS, warned=(),
                  protection=None):
    extra = {"protection": protection} if protection is not None else {}
    return {**extra,
        "format": 1, "package_id": package_id, "version": 1, "kind": "text_classification",
        "title": {"en": title, "fr": "Avis de magasins", "mg": "Hevitry momba ny fivarotana"},
        "choice": choice,
        "labels": [{"id": i, "hotkey": str(n),
                    "name": {"en": name, "fr": LABELS_FR[i], "mg": LABELS_MG[i]}}
                   for n, (i, name) in enumerate(LABELS, start=1)],
        "instructions": {"en": "Read the review. Is it positive, negative or neutral?\n"
                               "Use 1, 2 or 3, then Enter.", "fr": INSTRUCTIONS_FR},
        "transparency": {"client": "Example Research Lab", "purpose": "Training a sentiment "
                         "model for Malagasy shop reviews", "contact": "data@example.org",
                         "reviewer": "Ny Aina R.", "content_warnings": list(warnings)},
        "pay": {"rate_per_item": rate, "currency": currency},
        "results_public_key": _results_key(),
        "files": [],
        "items": [{"id": f"t{n:04d}", "text": text,
                   "content_warnings": ["violence"] if n in warned else []}
                  for n, text in enumerate(texts)],
    }


def _results_key() -> str:
    from marika_sync.crypto import BoxPrivateKey

    return BoxPrivateKey.generate().public.to_text()


def build_office(data_dir, texts, *, annotators=("rasoa",), warned=(), language="en",
                 **manifest_kw):
    """A data folder with a supervisor, annotators and one text package assigned to them.

    `texts` are the items' texts; ordinals in `warned` carry a content warning.
    Returns the package primary key.
    """
    from marika.profiles import Office
    from marika.store.models import Assignment, Item, Package

    office = Office.open(data_dir, kdf_n=FAST_KDF_N)
    try:
        supervisor, _ = office.setup(username="office", display_name="Office",
                                     password=TEST_PASSWORD, language=language)
        profiles = [supervisor.create_profile(username=name, display_name=name.title(),
                                              password=TEST_PASSWORD, language=language)
                    for name in annotators]
        data = manifest_dict(texts=texts, warned=warned, **manifest_kw)
        package = Package.create(
            package_id=data["package_id"], version=1, kind=data["kind"],
            manifest=json.dumps(data), signature=b"", publisher_key="test",
            media_dir=f"packages/{data['package_id']}", item_count=len(texts),
            imported_at=time.time())
        for ordinal, text in enumerate(texts):
            Item.create(package=package, item_key=f"t{ordinal:04d}", ordinal=ordinal,
                        text=text, warnings=json.dumps(["violence"] if ordinal in warned
                                                       else []))
        for profile in profiles:
            Assignment.create(profile=profile.id, package=package, assigned_at=time.time())
        return package.id
    finally:
        office.close()
