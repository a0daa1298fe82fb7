"""Every byte of a small package flipped, one at a time: each flip that changes what was
signed is refused with a reason, and no flip ever ends in a traceback.

One package holds a deflated manifest, its signature and one deflated audio clip, the
other a stored JPEG, so the flips land in zip headers, the central directory, deflate
streams, stored data and signed bytes. A
flip the reader accepts must have changed nothing that was signed (a date, a "made by"
byte): the test reads every member back and compares it with the original. Before, 160
of 21,295 such flips escaped as a raw zlib.error traceback.
"""

from __future__ import annotations

import zipfile
from collections import Counter

import pytest
from faultcount import report

from marika.cli import main
from marika_sync.package import archive
from marika_sync.package.verify import verify_package
from packages import craft, factory


def small_audio_package(tmp_path, keys):
    source = tmp_path / "src"
    source.mkdir()
    (source / "clip.wav").write_bytes(factory.wav_bytes(0.05))
    (source / "items.json").write_text('[{"id": "c0", "media": "clip.wav"}]')
    fields = factory.base_fields("audio_transcription")
    import json

    (source / "package.json").write_text(json.dumps(fields))
    return factory.build(source, keys, tmp_path / "small.marika")


def small_image_package(tmp_path, keys):
    return factory.build(factory.image_source(tmp_path / "src", count=1), keys,
                         tmp_path / "small.marika")


def contents(path) -> dict[str, bytes]:
    with archive.open_checked(path) as checked:
        return {name: b"".join(checked.chunks(info))
                for name, info in checked.members.items()}


@pytest.mark.parametrize(("make", "media_compression"), [
    (small_audio_package, zipfile.ZIP_DEFLATED), (small_image_package, zipfile.ZIP_STORED)],
    ids=["deflated-wav", "stored-jpeg"])
def test_every_single_byte_flip_is_refused_with_a_reason_or_harmless(
        tmp_path, keys, capsys, make, media_compression):
    good = make(tmp_path, keys)
    original = good.read_bytes()
    with zipfile.ZipFile(good) as zf:
        assert {i.compress_type for i in zf.infolist() if i.filename.startswith("media/")} \
            == {media_compression}
    expected = contents(good)
    trusted = [keys.publisher.public]
    outcomes, tracebacks, changed = Counter(), [], []
    bad = tmp_path / "flipped.marika"
    for position in range(len(original)):
        data = bytearray(original)
        data[position] ^= 0xFF
        bad.write_bytes(bytes(data))
        try:
            verify_package(bad, trusted)
        except craft.PackageError as exc:
            assert exc.english() and "{" not in exc.english()
            outcomes[exc.reason] += 1
            continue
        except Exception as exc:  # noqa: BLE001 - what the test is looking for
            tracebacks.append(f"byte {position}: {type(exc).__name__}: {exc}")
            continue
        outcomes["accepted"] += 1
        if contents(bad) != expected:
            changed.append(position)
    kind = "deflated" if media_compression == zipfile.ZIP_DEFLATED else "stored"
    report(capsys, f"byte flips ({kind} media): "
                   f"{len(original)} positions; "
                   + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())))
    assert tracebacks == [], tracebacks
    assert changed == [], "a flip changed signed content and was accepted"
    assert outcomes["accepted"] < len(original) / 10  # only metadata bytes
    assert outcomes["bad-deflate"] and outcomes["bad-crc"]


def test_marika_package_verify_names_a_deflate_error(tmp_path, keys, capsys):
    good = factory.build(factory.image_source(tmp_path / "src", count=2), keys,
                         tmp_path / "good.marika")
    first = next(n for n in zipfile.ZipFile(good).namelist() if n.startswith("media/"))
    bad = craft.break_deflate(good, tmp_path / "bad.marika", first)
    pub = tmp_path / "publisher.pub"
    pub.write_text(keys.publisher.public.to_text())
    assert main(["package", "verify", str(bad), "--trust", str(pub)]) == 1
    err = capsys.readouterr().err
    assert err.strip() == (f"invalid (bad-deflate): The file {first} in the package is "
                           "damaged: its compressed data cannot be unpacked.")
