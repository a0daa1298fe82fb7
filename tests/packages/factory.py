"""Small, real task packages for tests: source folders, keys, and built .marika files."""

from __future__ import annotations

import io
import json
import wave
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from marika_sync.crypto import BoxPrivateKey, SigningKey


@dataclass
class Keys:
    publisher: SigningKey
    results: BoxPrivateKey


def new_keys() -> Keys:
    return Keys(SigningKey.generate(), BoxPrivateKey.generate())


def jpeg_bytes(color=(200, 80, 40), size=(64, 48)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, "JPEG", quality=80)
    return buf.getvalue()


def wav_bytes(seconds: float = 0.5, rate: int = 8000) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"\x00\x10" * int(seconds * rate))
    return buf.getvalue()


def base_fields(kind: str, *, package_id: str = "test.pack", version: int = 1,
                practice: dict | None = None) -> dict:
    fields = {
        "package_id": package_id, "version": version, "kind": kind,
        "title": {"en": "A test package", "fr": "Un paquet de test", "mg": "Fonosana andrana"},
        "instructions": {"en": "Choose what you see.", "mg": "Safidio izay hitanao."},
        "transparency": {"client": "Example Lab", "purpose": {"en": "Tests"},
                         "contact": "data@example.org", "reviewer": "R. Reviewer",
                         "content_warnings": []},
        "pay": {"rate_per_item": "25", "currency": "MGA"},
        "publisher": "Test publisher",
    }
    if kind != "audio_transcription":
        fields["labels"] = [{"id": "cat", "hotkey": "1", "name": {"en": "Cat", "mg": "Saka"}},
                            {"id": "dog", "hotkey": "2", "name": {"en": "Dog", "mg": "Alika"}}]
    if practice is not None:
        fields["practice"] = practice
    return fields


def image_source(root: Path, *, count: int = 3, **kw) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "photos").mkdir(exist_ok=True)
    rows = ["id,media,content_warnings"]
    for n in range(count):
        (root / "photos" / f"p{n}.jpg").write_bytes(jpeg_bytes((40 * n % 255, 90, 150)))
        rows.append(f"img-{n:03d},photos/p{n}.jpg,{'violence' if n == 1 else ''}")
    (root / "items.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (root / "package.json").write_text(json.dumps(base_fields("image_tag", **kw)),
                                       encoding="utf-8")
    return root


def audio_source(root: Path, *, count: int = 2) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    items = []
    for n in range(count):
        (root / f"clip{n}.wav").write_bytes(wav_bytes(0.5 + n * 0.25))
        items.append({"id": f"clip-{n}", "media": f"clip{n}.wav"})
    (root / "items.json").write_text(json.dumps(items), encoding="utf-8")
    fields = base_fields("audio_transcription")
    fields["segments"] = True
    (root / "package.json").write_text(json.dumps(fields), encoding="utf-8")
    return root


def text_source(root: Path, *, texts=("Tsara be!", "Ratsy.", "Très bien."),
                long_text: str | None = None, **kw) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    items = [{"id": f"t{n}", "text": t} for n, t in enumerate(texts)]
    if long_text is not None:
        items.append({"id": "long", "text": long_text})
    (root / "items.json").write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    (root / "package.json").write_text(json.dumps(base_fields("text_classification", **kw)),
                                       encoding="utf-8")
    return root


def build(source: Path, keys: Keys, out: Path) -> Path:
    from marika.packages.build import build_package

    build_package(source, key=keys.publisher, out=out, results_key=keys.results.public)
    return out
