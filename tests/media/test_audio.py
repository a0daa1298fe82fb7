"""Audio clips are fully decoded and checked; the envelope matches the signal."""

import numpy as np
import pytest
import soundfile as sf

from marika.core.errors import MediaError
from marika.media import errors
from marika.media.audio import fold_envelope, read_audio

from .mediagen import flip_bytes, sha256, sine_wav, truncate, wav_claiming_more


def test_sine_envelope(tmp_path):
    path = sine_wav(tmp_path / "s.wav", seconds=3.0, amplitude=0.5)
    clip = read_audio(path, sha256=sha256(path), duration_ms=3000)
    assert clip.duration_ms == 3000 and clip.samplerate == 16_000 and clip.channels == 1
    # Each column spans about a third of a 440 Hz period: the peaks reach ±0.5, no more.
    assert clip.maxs.max() == pytest.approx(0.5, abs=0.01)
    assert clip.mins.min() == pytest.approx(-0.5, abs=0.01)
    mins, maxs = fold_envelope(clip.mins, clip.maxs, 900)
    assert len(mins) == len(maxs) == 900
    # Folded to a pixel width, every column holds at least a full period: a flat band.
    assert np.allclose(maxs, 0.5, atol=0.01) and np.allclose(mins, -0.5, atol=0.01)


def test_envelope_follows_loudness(tmp_path):
    sr = 8000
    t = np.arange(sr * 2) / sr
    ramp = np.sin(2 * np.pi * 200 * t) * (t / 2.0)  # grows from silence to full scale
    path = tmp_path / "ramp.wav"
    sf.write(path, ramp, sr)
    clip = read_audio(path)
    _, maxs = fold_envelope(clip.mins, clip.maxs, 10)
    assert list(maxs) == sorted(maxs)
    assert maxs[0] < 0.11 and maxs[-1] > 0.95


def test_stereo_and_flac(tmp_path):
    path = sine_wav(tmp_path / "s.flac", seconds=1.0, channels=2)
    clip = read_audio(path, duration_ms=1000)
    assert clip.channels == 2 and clip.maxs.max() == pytest.approx(0.5, abs=0.01)


def test_short_clip_has_fewer_columns_than_frames(tmp_path):
    path = tmp_path / "tiny.wav"
    sf.write(path, np.array([0.0, 0.5, -0.5], dtype=np.float32), 8000)
    clip = read_audio(path)
    assert len(clip.mins) == 3


def _expect(path, reason, **kw):
    with pytest.raises(MediaError) as info:
        read_audio(path, **kw)
    assert info.value.reason == reason
    assert path.name in info.value.english()
    return info.value


@pytest.mark.parametrize("fraction", [0.01, 0.3, 0.5, 0.9])
def test_truncated_wav_is_caught_by_its_header(tmp_path, fraction):
    good = sine_wav(tmp_path / "good.wav")
    bad = truncate(good, tmp_path / "cut.wav", fraction)
    # The fact this guards against: libsndfile reads what is there without complaint.
    with sf.SoundFile(bad) as f:
        assert 0 < len(f.read()) < 48_000
    assert "cut short" in _expect(bad, errors.TRUNCATED).english()


def test_wav_header_claiming_more_data_than_it_holds(tmp_path):
    good = sine_wav(tmp_path / "good.wav")
    _expect(wav_claiming_more(good, tmp_path / "liar.wav"), errors.TRUNCATED)


def test_shorter_than_the_manifest_says(tmp_path):
    # A well-formed file that is simply too short (re-encoded, or the wrong clip).
    path = sine_wav(tmp_path / "short.flac", seconds=1.5)
    err = _expect(path, errors.WRONG_DURATION, duration_ms=3000)
    assert "1.5" in err.english() and "3.0" in err.english()


def test_small_duration_differences_are_tolerated(tmp_path):
    path = sine_wav(tmp_path / "s.wav", seconds=3.0)
    read_audio(path, duration_ms=3100)


def test_flipped_bytes_fail_the_hash(tmp_path):
    good = sine_wav(tmp_path / "good.wav")
    digest = sha256(good)
    bad = flip_bytes(good, tmp_path / "flipped.wav")
    read_audio(bad)  # decodes silently without the hash
    assert "signed hash" in _expect(bad, errors.BAD_HASH, sha256=digest).english()


def test_zero_length(tmp_path):
    path = tmp_path / "empty.wav"
    path.write_bytes(b"")
    _expect(path, errors.EMPTY)


def test_header_only_wav_is_empty(tmp_path):
    path = tmp_path / "nothing.wav"
    sf.write(path, np.zeros(0, dtype=np.float32), 16_000)
    _expect(path, errors.EMPTY)


def test_not_audio(tmp_path):
    path = tmp_path / "clip.wav"
    path.write_bytes(b"<html>Not found</html>\n" * 40)
    _expect(path, errors.UNKNOWN_FORMAT)


def test_missing(tmp_path):
    _expect(tmp_path / "gone.wav", errors.MISSING)


def test_cancelled_decode_stops(tmp_path):
    path = sine_wav(tmp_path / "s.wav", seconds=10)
    with pytest.raises(errors.DecodeCancelled):
        read_audio(path, cancelled=lambda: True)


def test_a_clip_checked_once_is_not_decoded_again_until_its_file_changes(tmp_path,
                                                                          monkeypatch):
    import os

    from marika.media import audio

    path = sine_wav(tmp_path / "c.flac", seconds=2.0)
    digest = sha256(path)
    decoded = []
    real = audio.read_audio
    monkeypatch.setattr(audio, "read_audio", lambda *a, **k: decoded.append(1) or real(*a, **k))
    assert audio.cached_clip(path, sha256=digest, duration_ms=2000) is None
    first = audio.read_audio_cached(path, sha256=digest, duration_ms=2000)
    assert audio.read_audio_cached(path, sha256=digest, duration_ms=2000) is first
    assert audio.cached_clip(path, sha256=digest, duration_ms=2000) is first
    assert len(decoded) == 1
    # The same name with other bytes (same size): checked again, and refused.
    flip_bytes(path, tmp_path / "x.flac")
    os.replace(tmp_path / "x.flac", path)
    assert audio.cached_clip(path, sha256=digest, duration_ms=2000) is None
    with pytest.raises(MediaError) as refused:
        audio.read_audio_cached(path, sha256=digest, duration_ms=2000)
    assert refused.value.reason == errors.BAD_HASH and len(decoded) == 2


def _calls_on(monkeypatch, owner, name: str, path) -> list:
    """The calls of `owner.name` (a function whose first argument is a path) on `path`,
    counted from now on."""
    calls = []
    real = getattr(owner, name)

    def counting(file, *args, **kwargs):
        if str(file) == str(path):
            calls.append(file)
        return real(file, *args, **kwargs)

    monkeypatch.setattr(owner, name, counting)
    return calls


def test_a_clip_is_read_from_the_disk_once(tmp_path, monkeypatch):
    import builtins

    path = sine_wav(tmp_path / "once.wav", seconds=2.0)
    digest = sha256(path)
    opened = _calls_on(monkeypatch, builtins, "open", path)
    clip = read_audio(path, sha256=digest, duration_ms=2000)
    assert clip.duration_ms == 2000 and len(opened) == 1


def test_a_clip_too_large_for_memory_gets_every_check_from_the_disk(tmp_path, monkeypatch):
    from marika.media import audio

    monkeypatch.setattr(audio, "IN_MEMORY_BYTES", 0)
    good = sine_wav(tmp_path / "good.wav", seconds=3.0)
    assert read_audio(good, sha256=sha256(good), duration_ms=3000).duration_ms == 3000
    _expect(flip_bytes(good, tmp_path / "flipped.wav"), errors.BAD_HASH, sha256=sha256(good))
    _expect(truncate(good, tmp_path / "cut.wav", 0.5), errors.TRUNCATED)
    _expect(wav_claiming_more(good, tmp_path / "liar.wav"), errors.TRUNCATED)


@pytest.mark.parametrize("in_memory", [True, False])
def test_a_clip_is_looked_up_on_the_disk_once(tmp_path, monkeypatch, in_memory):
    """One stat per clip read, whether it is decoded from memory or streamed."""
    from pathlib import Path

    from marika.media import audio

    if not in_memory:
        monkeypatch.setattr(audio, "IN_MEMORY_BYTES", 0)
    path = sine_wav(tmp_path / "looked.wav", seconds=2.0)
    digest = sha256(path)
    looked = _calls_on(monkeypatch, Path, "stat", path)
    clip = read_audio(path, sha256=digest, duration_ms=2000)
    assert clip.duration_ms == 2000 and len(looked) == 1


def test_a_folder_where_the_clip_should_be_is_missing(tmp_path):
    (tmp_path / "clip.wav").mkdir()
    _expect(tmp_path / "clip.wav", errors.MISSING)
