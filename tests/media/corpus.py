"""A corpus of damaged media, generated on the spot: JPEG, PNG, WAV, FLAC and Ogg Vorbis.

Each case is a file and what the decoders must do with it: refuse it with a MediaError
(with one of the allowed reasons), or, for an intact file, decode it. The damage is the
kind offices meet: files cut short while copying (at many points, down to the last
byte), a header overwritten, a file of one format under another's name, a float WAV
holding NaN, infinities or absurd values, bytes flipped on a bad disk (caught by the
signed hash). `cases(folder, limit)` writes the files; `limit` takes an even spread of
the full list (the CI run), None takes all of it (`pytest -m slow`).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import soundfile as sf
from PIL import Image

from . import mediagen

CUT_FRACTIONS = (0.02, 0.05, 0.1, 0.25, 0.33, 0.4, 0.5, 0.6, 0.67, 0.75, 0.8, 0.9, 0.95,
                 0.98, 0.99, 0.999)
CUT_BYTES = (1, 2, 3, 5, 8, 16, 64, 200)  # cut this many bytes off the end
REFUSED_AS_DAMAGED = frozenset({"truncated", "corrupted", "empty", "unknown-format",
                                "wrong-duration"})


@dataclass
class Case:
    name: str
    path: Path
    kind: str  # "image" or "audio"
    reasons: frozenset[str]  # the MediaError reasons allowed; empty: must decode
    sha256: str | None = None
    duration_ms: int | None = None
    extra: dict = field(default_factory=dict)


# ------------------------------------------------------------------ intact sources
def _image_sources() -> dict[str, tuple[str, bytes]]:
    """name -> (extension, bytes) of small intact images in several modes."""
    out = {}
    photo = mediagen.photo(320, 240, seed=5)
    for name, im, fmt, ext, save in (
            ("jpeg-rgb", photo, "JPEG", "jpg", {"quality": 85}),
            ("jpeg-progressive", photo, "JPEG", "jpg", {"progressive": True}),
            ("jpeg-grey", photo.convert("L"), "JPEG", "jpeg", {}),
            ("png-rgb", photo, "PNG", "png", {}),
            ("png-rgba", photo.convert("RGBA"), "PNG", "png", {}),
            ("png-palette", photo.quantize(64, method=Image.Quantize.FASTOCTREE), "PNG", "png",
             {}),
            ("png-grey16", Image.fromarray(np.asarray(photo.convert("L"), np.uint16) * 257),
             "PNG", "png", {})):
        buf = io.BytesIO()
        im.save(buf, fmt, **save)
        out[name] = (ext, buf.getvalue())
    return out


def _audio_sources() -> dict[str, tuple[str, bytes, int]]:
    """name -> (extension, bytes, duration_ms) of short intact clips."""
    rate, seconds = 16_000, 1.5
    t = np.arange(int(rate * seconds)) / rate
    tone = (0.4 * np.sin(2 * np.pi * 330 * t)).astype(np.float32)
    out = {}
    for name, fmt, subtype, ext, data in (
            ("wav-pcm16", "WAV", "PCM_16", "wav", tone),
            ("wav-float", "WAV", "FLOAT", "wav", tone),
            ("wav-stereo", "WAV", "PCM_24", "wav", np.stack([tone, -tone], axis=1)),
            ("flac", "FLAC", "PCM_16", "flac", tone),
            ("ogg", "OGG", "VORBIS", "ogg", tone)):
        buf = io.BytesIO()
        sf.write(buf, data, rate, format=fmt, subtype=subtype)
        out[name] = (ext, buf.getvalue(), int(seconds * 1000))
    return out


def _float_wav(values: np.ndarray, rate: int = 16_000) -> bytes:
    buf = io.BytesIO()
    sf.write(buf, values.astype(np.float32), rate, format="WAV", subtype="FLOAT")
    return buf.getvalue()


# ------------------------------------------------------------------ damage
def _cuts(data: bytes) -> Iterator[tuple[str, bytes]]:
    for fraction in CUT_FRACTIONS:
        yield f"cut{int(fraction * 100)}pc", data[: int(len(data) * fraction)]
    for n in CUT_BYTES:
        yield f"cut-last{n}", data[:-n]


def _header_damage(data: bytes) -> Iterator[tuple[str, bytes]]:
    yield "zero-length", b""
    yield "magic-only", data[:8]
    yield "header-zeroed", b"\0" * 64 + data[64:]
    yield "header-garbage", bytes(range(200, 256)) * 2 + data[112:]


def _builders(folder: Path) -> Iterator[Callable[[], Case]]:
    """One builder per case, so a limited run writes only the files it uses."""
    images, clips = _image_sources(), _audio_sources()

    def make(name, ext, data, kind, reasons, **extra):
        def build() -> Case:
            path = folder / f"{name}.{ext}"
            path.write_bytes(data)
            return Case(name, path, kind, frozenset(reasons), **extra)
        return build

    damaged = REFUSED_AS_DAMAGED

    def common(src, ext, data, kind, **extra):
        """Intact, cut, header damage and flipped bytes (against the signed hash)."""
        yield make(f"{src}-intact", ext, data, kind, (), **extra)
        for how, cut in _cuts(data):
            yield make(f"{src}-{how}", ext, cut, kind, damaged)
            if extra:  # the same cut, with the duration the signed manifest gives
                yield make(f"{src}-{how}-dur", ext, cut, kind, damaged, **extra)
        for how, bad in _header_damage(data):
            yield make(f"{src}-{how}", ext, bad, kind, damaged)
        flipped = bytearray(data)
        for i in range(len(data) // 3, len(data) - 8, max(1, len(data) // 40)):
            flipped[i] ^= 0x5A
        yield make(f"{src}-flipped", ext, bytes(flipped), kind, {"bad-hash"},
                   sha256=_sha(data))

    for src, (ext, data) in images.items():
        yield from common(src, ext, data, "image")
        other = "png" if ext != "png" else "jpg"
        yield make(f"{src}-named-{other}", other, data, "image", {"mislabelled"})
    for src, (ext, data, ms) in clips.items():
        yield from common(src, ext, data, "audio", duration_ms=ms)
        for other in {"wav", "flac", "ogg"} - {ext}:
            yield make(f"{src}-named-{other}", other, data, "audio", {"mislabelled"})
        yield make(f"{src}-named-jpg", "jpg", data, "image", {"unknown-format"})
    rng = np.random.default_rng(7)
    tone = (0.3 * np.sin(np.arange(24_000) / 7)).astype(np.float32)
    for bad_name, bad_value in (("nan", np.nan), ("inf", np.inf), ("minus-inf", -np.inf),
                                ("1e30", 1e30), ("minus-1e30", -1e30), ("1e6", 1e6)):
        for n, count in enumerate((1, 7, 500)):
            values = tone.copy()
            values[rng.integers(0, len(values), count)] = bad_value
            yield make(f"wav-float-{bad_name}-{n}", "wav", _float_wav(values), "audio",
                       {"corrupted"})
            stereo = np.stack([tone, values], axis=1)
            yield make(f"wav-float-stereo-{bad_name}-{n}", "wav", _float_wav(stereo),
                       "audio", {"corrupted"})
    loud = tone * 1.5  # over full scale but finite and sane: decodes, drawn clipped
    yield make("wav-float-over-full-scale", "wav", _float_wav(loud), "audio", ())


def _sha(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def count() -> int:
    return sum(1 for _ in _builders(Path("/nonexistent")))


def cases(folder: Path, limit: int | None = None) -> list[Case]:
    """Write the corpus (or an even spread of `limit` cases of it) into `folder`."""
    builders = list(_builders(folder))
    if limit is not None and limit < len(builders):
        step = len(builders) / limit
        builders = [builders[int(i * step)] for i in range(limit)]
    return [build() for build in builders]
