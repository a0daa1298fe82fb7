"""Test media made on the spot (Pillow, numpy, soundfile): nothing is downloaded."""

from __future__ import annotations

import hashlib
import io
import struct
import zlib
from pathlib import Path

import numpy as np
import soundfile as sf
from PIL import Image


def photo_array(width: int, height: int, seed: int = 0) -> np.ndarray:
    """A smooth gradient with some noise: compresses like a photo, not like flat colour."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:height, 0:width].astype(np.float32)
    r = 255 * x / max(1, width - 1)
    g = 255 * y / max(1, height - 1)
    b = 128 + 60 * np.sin(x / 37.0) * np.cos(y / 23.0)
    img = np.stack([r, g, b], axis=-1) + rng.normal(0, 8, (height, width, 3))
    return np.clip(img, 0, 255).astype(np.uint8)


def photo(width: int, height: int, seed: int = 0) -> Image.Image:
    """A photo-like image; big ones are upscaled from a small one (fast to make)."""
    scale = max(1, max(width, height) // 1000)
    small = Image.fromarray(photo_array(max(1, width // scale), max(1, height // scale), seed))
    return small if scale == 1 else small.resize((width, height), Image.Resampling.BILINEAR)


def write_image(path: Path, width: int = 800, height: int = 600, fmt: str = "JPEG",
                seed: int = 0, **save) -> Path:
    if fmt == "PNG":
        save.setdefault("compress_level", 1)  # tests need the file, not a small one
    im = photo(width, height, seed)
    if fmt == "GIF":
        im = im.quantize(method=Image.Quantize.FASTOCTREE)  # Pillow's default is slow
    im.save(path, fmt, **save)
    return path


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def truncate(src: Path, dst: Path, fraction: float) -> Path:
    data = Path(src).read_bytes()
    dst.write_bytes(data[: int(len(data) * fraction)])
    return dst


def flip_bytes(src: Path, dst: Path, count: int = 50, seed: int = 1) -> Path:
    """Flip bytes in the middle of the data (not the header), as a bad disk or cable does."""
    data = bytearray(Path(src).read_bytes())
    rng = np.random.default_rng(seed)
    for i in rng.integers(len(data) // 4, len(data) - 16, count):
        data[i] ^= 0xFF
    dst.write_bytes(bytes(data))
    return dst


def huge_header_png(path: Path, width: int = 100_000, height: int = 100_000) -> Path:
    """A valid PNG header announcing a gigantic image, with a few bytes of data."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(
            ">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
                     + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b""))
    return path


def png_with_cut_data(src: Path, dst: Path, fraction: float) -> Path:
    """A PNG whose image data stops at `fraction`, in well-formed chunks (right lengths
    and CRCs, closing IEND): only the full decode finds the damage, late."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(
            ">I", zlib.crc32(kind + body))

    data = Path(src).read_bytes()
    pos, header, idat = 8, b"", b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos: pos + 4])
        kind, body = data[pos + 4: pos + 8], data[pos + 8: pos + 8 + length]
        if kind == b"IDAT":
            idat += body
        elif kind != b"IEND":
            header += chunk(kind, body)
        pos += 12 + length
    dst.write_bytes(data[:8] + header + chunk(b"IDAT", idat[: int(len(idat) * fraction)])
                    + chunk(b"IEND", b""))
    return dst


def huge_header_jpeg(path: Path, width: int = 60_000, height: int = 60_000) -> Path:
    """A small real JPEG whose SOF marker is rewritten to claim a gigantic size."""
    buf = io.BytesIO()
    Image.fromarray(photo_array(64, 48)).save(buf, "JPEG")
    data = bytearray(buf.getvalue())
    sof = data.index(b"\xff\xc0")
    data[sof + 5: sof + 9] = struct.pack(">HH", height, width)
    path.write_bytes(bytes(data))
    return path


def sine_wav(path: Path, *, seconds: float = 3.0, freq: float = 440.0, amplitude: float = 0.5,
             samplerate: int = 16_000, channels: int = 1, subtype: str = "PCM_16") -> Path:
    t = np.arange(int(seconds * samplerate)) / samplerate
    x = amplitude * np.sin(2 * np.pi * freq * t)
    if channels > 1:
        x = np.stack([x] * channels, axis=1)
    sf.write(path, x, samplerate, subtype=subtype)
    return path


def wav_claiming_more(src: Path, dst: Path, extra_bytes: int = 64_000) -> Path:
    """A WAV whose data chunk header claims more bytes than the file holds."""
    data = bytearray(Path(src).read_bytes())
    pos = data.index(b"data")
    (size,) = struct.unpack("<I", data[pos + 4: pos + 8])
    data[pos + 4: pos + 8] = struct.pack("<I", size + extra_bytes)
    riff = struct.unpack("<I", data[4:8])[0]
    data[4:8] = struct.pack("<I", riff + extra_bytes)
    dst.write_bytes(bytes(data))
    return dst


def make_item(pk: int, path: Path | None, *, kind: str = "image_tag", digest: str | None = None,
              duration_ms: int | None = None):
    """An item as the workspace hands it to a view."""
    from marika.workspace import ItemView

    return ItemView(item_pk=pk, package_pk=1, ordinal=pk, item_key=f"item-{pk}", kind=kind,
                    media_path=path, text=None, text_path=None, content_warnings=(),
                    duration_ms=duration_ms, sha256=digest)


def make_manifest(labels=("cat", "dog", "bird"), *, choice: str = "single",
                  segments: bool = False):
    """A stand-in for the package manifest with the fields the media views read."""
    from types import SimpleNamespace

    return SimpleNamespace(
        labels=[SimpleNamespace(id=x, name={"en": x.title(), "fr": x}, hotkey=None)
                for x in labels],
        choice=choice, segments=segments, instructions="", title="Test")
