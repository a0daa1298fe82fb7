"""A real office for benchmarks: signed packages built and imported the way a supervisor
does it (`write_package`, then `SupervisorSession.import_package`), and an annotator's
`Workspace` from a real log-in. Nothing is inserted behind the facade's back, except
annotation rows used only as "already done" history for next-to-do.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

FAST_KDF_N = 2**10  # log-in cost is not what these benchmarks measure (bench kdf does)
PASSWORD = "benchmark horse 42"

_WORDS = ("tsara", "ratsy", "entana", "fandefasana", "haingana", "kalitao", "vidy",
          "mpivarotra", "tonga", "hividy", "indray", "valiny", "fivarotana", "lafo")


def review_text(n: int, words: int = 80) -> str:
    """About 600 characters of plausible text (a 10,000-text manifest is about 6.6 MB)."""
    return " ".join(_WORDS[(n * 7 + i * 3) % len(_WORDS)] for i in range(words)) + f" #{n}"


def fields(kind: str, *, package_id: str, items: list[dict], results_key,
           version: int = 1) -> dict:
    data = {
        "package_id": package_id, "version": version, "kind": kind,
        "title": {"en": "Benchmark package", "mg": "Fonosana fitsapana"},
        "instructions": {"en": "Choose what you see, then Enter."},
        "transparency": {"client": "Example Lab", "purpose": {"en": "Benchmarks"},
                         "contact": "data@example.org", "reviewer": "R. Reviewer",
                         "content_warnings": []},
        "pay": {"rate_per_item": "25", "currency": "MGA"},
        "publisher": "Benchmark publisher",
        "results_public_key": results_key.public.to_text(),
        "items": items,
    }
    if kind != "audio_transcription":
        data["labels"] = [{"id": "pos", "hotkey": "1", "name": {"en": "Positive"}},
                          {"id": "neg", "hotkey": "2", "name": {"en": "Negative"}},
                          {"id": "neu", "hotkey": "3", "name": {"en": "Neutral"}}]
    else:
        data["labels"] = []
    return data


def jpeg(width: int, height: int, seed: int, quality: int = 88) -> bytes:
    """A photo-like JPEG (smooth gradient plus noise), different for every seed."""
    import numpy as np
    from PIL import Image

    rng = np.random.default_rng(seed)
    small_w, small_h = max(8, width // 8), max(8, height // 8)
    y, x = np.mgrid[0:small_h, 0:small_w].astype(np.float32)
    base = np.stack([255 * x / small_w, 255 * y / small_h,
                     128 + 60 * np.sin(x / (3 + seed % 5)) * np.cos(y / 7)], axis=-1)
    small = np.clip(base + rng.normal(0, 20, base.shape), 0, 255).astype(np.uint8)
    img = Image.fromarray(small).resize((width, height), Image.Resampling.BILINEAR)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


@dataclass
class Office:
    data_dir: Path
    office: object
    supervisor: object
    workspace: object
    publisher: object  # SigningKey
    results: object  # BoxPrivateKey: the data owner's, to read sealed batches back

    def build(self, kind: str, *, package_id: str, items: list[dict],
              media: list[tuple[str, bytes | Path]], out_dir: Path) -> Path:
        from marika.packages.build import write_package

        out = Path(out_dir) / f"{package_id}.marika"
        write_package(fields(kind, package_id=package_id, items=items,
                             results_key=self.results), media, key=self.publisher, out=out)
        return out

    def add(self, kind: str, *, package_id: str, items: list[dict],
            media: list[tuple[str, bytes | Path]], out_dir: Path) -> int:
        """Build, import (the supervisor's real path) and assign; returns the package pk."""
        path = self.build(kind, package_id=package_id, items=items, media=media,
                          out_dir=out_dir)
        result = self.supervisor.import_package(path)
        self.supervisor.assign(package_pk=result.package_pk,
                               profile_id=self.workspace.profile.id)
        self.workspace.acknowledge_card(result.package_pk)
        return result.package_pk

    def open_records(self, data: bytes, package_pk: int) -> list[dict]:
        """The records of a sealed batch, as the data owner reads them."""
        from marika_sync.sealing import open_batch

        return open_batch(data, self.results)

    def close(self) -> None:
        self.office.close()


def open_office(data_dir: Path) -> Office:
    """A new office with a supervisor, one trusted publisher and one annotator."""
    from marika.profiles import Office as MarikaOffice
    from marika_sync.crypto import BoxPrivateKey, SigningKey

    office = MarikaOffice.open(data_dir, kdf_n=FAST_KDF_N)
    supervisor, _ = office.setup(username="office", display_name="Office",
                                 password=PASSWORD, language="en")
    supervisor.create_profile(username="rasoa", display_name="Rasoa", password=PASSWORD,
                              language="en")
    publisher = SigningKey.generate()
    supervisor.install_publisher(name="Bench", public_key_text=publisher.public.to_text())
    workspace = office.login(username="rasoa", password=PASSWORD)
    return Office(Path(data_dir), office, supervisor, workspace, publisher,
                  BoxPrivateKey.generate())


def text_items(count: int, *, files: bool = False) -> tuple[list[dict], list]:
    """`count` text items, inline or as .txt files in the package."""
    if not files:
        return [{"id": f"t{n:06d}", "text": review_text(n)} for n in range(count)], []
    media = [(f"texts/{n:06d}.txt", review_text(n).encode()) for n in range(count)]
    return [{"id": f"t{n:06d}", "media": name} for n, (name, _) in enumerate(media)], media


def image_items(count: int, width: int, height: int) -> tuple[list[dict], list]:
    media = [(f"photos/{n:05d}.jpg", jpeg(width, height, seed=n)) for n in range(count)]
    return [{"id": f"img{n:05d}", "media": name} for n, (name, _) in enumerate(media)], media
