"""Read an audio clip and compute its waveform envelope, with the checks decoders skip.

A WAV cut in half reads half its frames without any error, and a WAV whose header
claims more data than the file holds is silently shortened by libsndfile. So, besides
the SHA-256 from the signed manifest, we
- walk the RIFF chunks ourselves and refuse a data chunk longer than the file,
- decode every frame (streamed in blocks, so a long clip's samples never sit in memory
  whole) from the very bytes that were hashed: the file is read from the disk once,
- compare the frames actually decoded with the manifest's `duration_ms`,
- refuse samples that are not numbers (NaN, infinities: a float WAV can hold them) or are
  absurdly loud (1e30 drew a waveform of ±6e29), and a file whose content is not what
  its name says (a FLAC named .wav).

The envelope is min/max per column over a fixed number of columns; the waveform widget
folds it to its pixel width with `fold_envelope` (min of mins is exact), so resizing
the window never re-reads the file.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf

from marika.core.lru import BoundedLRU

from . import errors
from .files import check_file, read_checked

#: Longer than any micro-task clip; a header claiming more is crafted or broken.
MAX_DURATION_S = 3 * 3600
MAX_FILE_BYTES = 1024 * 1024 * 1024
# Up to this size the file is read once and hashed and decoded from memory (a 10-minute
# FLAC is about 15 MB); a larger one is hashed, then streamed from the disk again.
IN_MEMORY_BYTES = 64 * 1024 * 1024
#: Columns of the stored envelope: more than any screen is wide, about 32 KB as float32.
ENVELOPE_COLUMNS = 4096
#: The decoded length may differ from the manifest's by this much (encoder padding).
DURATION_TOLERANCE_MS = 250
DURATION_TOLERANCE_RATIO = 0.01
#: Float audio may go a little over full scale (1.0); past +24 dB it is damage, not sound.
MAX_SAMPLE = 16.0
_BLOCK_FRAMES = 1 << 16


@dataclass(frozen=True)
class AudioClip:
    """What the audio view needs: timing and the envelope, never the samples."""

    samplerate: int
    channels: int
    frames: int
    mins: np.ndarray  # float32, -1..1, one value per envelope column
    maxs: np.ndarray

    @property
    def duration_ms(self) -> int:
        return round(self.frames * 1000 / self.samplerate) if self.samplerate else 0


def read_audio(path: Path | str, *, sha256: str | None = None,
               duration_ms: int | None = None, columns: int = ENVELOPE_COLUMNS,
               cancelled=None) -> AudioClip:
    """Fully decode `path` and return its envelope, or raise MediaError.

    `cancelled` is an optional callable polled between blocks, so a clip the worker has
    moved past stops decoding early (it then raises `errors.DecodeCancelled`).
    """
    path = Path(path)
    source = _checked_source(path, sha256)
    try:
        with sf.SoundFile(source) as f:
            errors.check_label(path, f.format)
            samplerate, channels, header_frames = f.samplerate, f.channels, f.frames
            if samplerate <= 0 or channels <= 0:
                raise errors.media_error(errors.CORRUPTED, path)
            if header_frames > MAX_DURATION_S * samplerate:
                raise errors.media_error(errors.TOO_LARGE, path)
            mins, maxs, frames = _envelope(f, header_frames, columns, cancelled, path)
    except sf.LibsndfileError as exc:
        reason = errors.UNKNOWN_FORMAT if "recognised" in str(exc).lower() \
            else errors.CORRUPTED
        raise errors.media_error(reason, path) from exc
    except (RuntimeError, ValueError, EOFError) as exc:
        raise errors.media_error(errors.CORRUPTED, path) from exc
    if frames == 0:
        raise errors.media_error(errors.EMPTY, path)
    if frames < header_frames:
        raise errors.media_error(errors.TRUNCATED, path)
    clip = AudioClip(samplerate=samplerate, channels=channels, frames=frames,
                     mins=mins, maxs=maxs)
    if duration_ms is not None:
        check_duration(path, actual_ms=clip.duration_ms, expected_ms=int(duration_ms))
    return clip


# Envelopes kept by the signed SHA-256 of their file: about 32 KB each.
CLIP_CACHE_SIZE = 32
_clips: BoundedLRU[tuple, tuple[tuple, AudioClip]] = BoundedLRU(CLIP_CACHE_SIZE)


def read_audio_cached(path: Path | str, *, sha256: str | None, duration_ms: int | None = None,
                      columns: int = ENVELOPE_COLUMNS, cancelled=None) -> AudioClip:
    """`read_audio`, remembered by the file's signed SHA-256: going back to a clip shows
    its waveform without decoding it again. A hit needs the very file that was checked,
    unchanged since (same path, size, modification time and inode); anything else, or no
    hash to key on, reads and checks the file again."""
    path = Path(path)
    try:
        st = path.stat()
    except OSError:
        st = None
    if not sha256 or st is None:
        return read_audio(path, sha256=sha256, duration_ms=duration_ms, columns=columns,
                          cancelled=cancelled)
    key, seen = _clip_key(path, st, sha256, duration_ms, columns)
    hit = _clips.get(key)
    if hit is not None and hit[0] == seen:
        return hit[1]
    clip = read_audio(path, sha256=sha256, duration_ms=duration_ms, columns=columns,
                      cancelled=cancelled)
    _clips.put(key, (seen, clip))
    return clip


def _clip_key(path: Path, st, sha256: str, duration_ms, columns: int) -> tuple[tuple, tuple]:
    return ((sha256.strip().lower(), duration_ms, columns),
            (str(path), st.st_size, st.st_mtime_ns, st.st_ino))


def cached_clip(path: Path | str, *, sha256: str | None, duration_ms: int | None = None,
                columns: int = ENVELOPE_COLUMNS) -> AudioClip | None:
    """The clip `read_audio_cached` already checked for this very file, or None; only a
    stat() of the file, so the GUI may ask before sending a worker."""
    if not sha256:
        return None
    try:
        st = Path(path).stat()
    except OSError:
        return None
    key, seen = _clip_key(Path(path), st, sha256, duration_ms, columns)
    hit = _clips.get(key, touch=False)
    return hit[1] if hit is not None and hit[0] == seen else None


def check_duration(path: Path | str, *, actual_ms: int, expected_ms: int) -> None:
    """Refuse a clip whose decoded length is not the one the manifest promised."""
    tolerance = max(DURATION_TOLERANCE_MS, expected_ms * DURATION_TOLERANCE_RATIO)
    if abs(actual_ms - expected_ms) > tolerance:
        raise errors.media_error(errors.WRONG_DURATION, path,
                                 actual=f"{actual_ms / 1000:.1f}",
                                 expected=f"{expected_ms / 1000:.1f}")


def fold_envelope(mins: np.ndarray, maxs: np.ndarray, width: int):
    """Min/max per pixel column for a widget `width` pixels wide (exact: min of mins)."""
    n = len(mins)
    if n == 0 or width <= 0:
        return np.zeros(0, np.float32), np.zeros(0, np.float32)
    if width >= n:
        return mins.copy(), maxs.copy()
    starts = (np.arange(width) * n) // width
    return np.minimum.reduceat(mins, starts), np.maximum.reduceat(maxs, starts)


def _envelope(f: sf.SoundFile, header_frames: int, columns: int, cancelled, path: Path):
    """Stream every frame once, keeping only min/max per column."""
    total = max(1, header_frames)
    columns = max(1, min(columns, total))
    mins = np.full(columns, np.inf, dtype=np.float32)
    maxs = np.full(columns, -np.inf, dtype=np.float32)
    done = 0
    # One buffer for every block: soundfile otherwise copies each block into a new
    # 256 KB array, and with the fixed mmap threshold (gui/memory.py) each of those is
    # a fresh mapping to fault in and unmap: +20 % CPU on a 10-minute clip.
    buffer = np.empty((min(_BLOCK_FRAMES, total), f.channels), dtype=np.float32)
    for block in f.blocks(out=buffer, dtype="float32", always_2d=True):
        if cancelled is not None and cancelled():
            raise errors.DecodeCancelled(path)
        n = len(block)
        if n == 0:
            break
        # The columns this block touches and the frame where each starts (column c
        # starts at frame ceil(c * total / columns)); frames past the header's count
        # (should not happen) go to the last column.
        first = min(done * columns // total, columns - 1)
        last = min((done + n - 1) * columns // total, columns - 1)
        cols = np.arange(first, last + 1, dtype=np.int64)
        starts = np.maximum(-(-cols * total // columns) - done, 0)
        starts[0] = 0
        # Reduce along time first (a few columns per block), then across channels: an
        # axis=1 min over every frame is ten times slower on stereo.
        lo = np.minimum.reduceat(block, starts, axis=0).min(axis=1)
        hi = np.maximum.reduceat(block, starts, axis=0).max(axis=1)
        # min/max carry any NaN or infinity through, so checking them checks every sample
        if not (np.isfinite(lo).all() and np.isfinite(hi).all()) \
                or max(-float(lo.min()), float(hi.max())) > MAX_SAMPLE:
            raise errors.media_error(errors.CORRUPTED, path)
        np.minimum.at(mins, cols, lo)
        np.maximum.at(maxs, cols, hi)
        done += n
    mins[~np.isfinite(mins)] = 0.0
    maxs[~np.isfinite(maxs)] = 0.0
    # Drawn within full scale: a loud clip shows clipped, never off the widget.
    return np.clip(mins, -1.0, 1.0), np.clip(maxs, -1.0, 1.0), done


def _checked_source(path: Path, sha256: str | None) -> io.BytesIO | Path:
    """The file checked (size, signed hash, WAV chunks) and ready for the decoder: its
    bytes in memory when small enough, read from the disk once; otherwise the path.
    The file is looked up (stat) once."""
    size = check_file(path, sha256=None, max_bytes=MAX_FILE_BYTES)
    if size <= IN_MEMORY_BYTES:
        source = io.BytesIO(read_checked(path, sha256=sha256, max_bytes=IN_MEMORY_BYTES,
                                         size=size))
        _check_riff(source, len(source.getbuffer()), path)
        source.seek(0)
        return source
    check_file(path, sha256=sha256, max_bytes=MAX_FILE_BYTES, size=size)
    try:
        with open(path, "rb") as f:
            _check_riff(f, size, path)
    except OSError as exc:
        raise errors.media_error(errors.CORRUPTED, path) from exc
    return path


def _check_riff(f, size: int, path: Path) -> None:
    """For WAV files: a data chunk claiming more bytes than the file holds is truncation.

    libsndfile quietly shortens such a file to what is there, so this is the only
    place the damage shows when the manifest gives no duration. `f` is the file (or its
    bytes) opened for binary reading, `size` its length.
    """
    head = f.read(12)
    if len(head) < 12 or head[:4] not in (b"RIFF", b"RF64") or head[8:12] != b"WAVE":
        return
    pos = 12
    while pos + 8 <= size:
        f.seek(pos)
        chunk_id, chunk_size = struct.unpack("<4sI", f.read(8))
        if chunk_id == b"data":
            # RF64 stores the real size elsewhere (0xFFFFFFFF here): leave it to
            # the duration check.
            if chunk_size != 0xFFFFFFFF and pos + 8 + chunk_size > size:
                raise errors.media_error(errors.TRUNCATED, path)
            return
        pos += 8 + chunk_size + (chunk_size & 1)  # chunks are word-aligned
