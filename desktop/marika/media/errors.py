"""The media errors a worker can meet, each a whole translatable sentence.

Decoders do not detect damage reliably (a JPEG cut in half opens and verifies; a JPEG
with flipped bytes decodes; a WAV cut in half reads half its frames), so the decoders
in this package combine several checks and turn every failure into one of these.
Each error carries a stable `reason` code that tests and logs use; the worker sees only
the translated sentence.
"""

from __future__ import annotations

from pathlib import Path

from marika.core.errors import MediaError
from marika_sync.tr import QT_TRANSLATE_NOOP

MISSING = "missing"
EMPTY = "empty"
BAD_HASH = "bad-hash"
TOO_LARGE = "too-large"
UNKNOWN_FORMAT = "unknown-format"
TRUNCATED = "truncated"
CORRUPTED = "corrupted"
WRONG_DURATION = "wrong-duration"
MISLABELLED = "mislabelled"

_MESSAGES = {
    MISSING: QT_TRANSLATE_NOOP("Errors", "The media file {name} cannot be found."),
    EMPTY: QT_TRANSLATE_NOOP("Errors", "The media file {name} is empty."),
    BAD_HASH: QT_TRANSLATE_NOOP(
        "Errors", "The media file {name} is damaged: it does not match its signed hash."),
    TOO_LARGE: QT_TRANSLATE_NOOP(
        "Errors", "The media file {name} is too large to be shown on this computer."),
    UNKNOWN_FORMAT: QT_TRANSLATE_NOOP(
        "Errors", "The file {name} is not in a media format Marika can read."),
    TRUNCATED: QT_TRANSLATE_NOOP(
        "Errors", "The media file {name} is incomplete: it was cut short."),
    CORRUPTED: QT_TRANSLATE_NOOP(
        "Errors", "The media file {name} is damaged and cannot be read."),
    WRONG_DURATION: QT_TRANSLATE_NOOP(
        "Errors",
        "The recording {name} is {actual} seconds long but should be {expected} seconds: "
        "it is incomplete or damaged."),
    MISLABELLED: QT_TRANSLATE_NOOP(
        "Errors",
        "The media file {name} is not what its name says: it holds {actual} data. Ask the "
        "package's publisher for a corrected package."),
}

# What a file's name promises, by extension (lower case, no dot). A name not listed
# here promises nothing, and is not checked.
EXPECTED_FORMATS = {
    "jpg": "JPEG", "jpeg": "JPEG", "jpe": "JPEG", "jfif": "JPEG", "png": "PNG",
    "webp": "WEBP", "gif": "GIF", "bmp": "BMP", "tif": "TIFF", "tiff": "TIFF",
    "wav": "WAV", "wave": "WAV", "flac": "FLAC", "ogg": "OGG", "oga": "OGG", "mp3": "MP3",
}


def check_label(path: Path, actual: str) -> None:
    """Refuse a file whose content (`actual`, the decoder's format name) is not what its
    extension says: a PNG named .jpg, a WAV named .flac. The decoders read it anyway,
    but the package is wrong and the worker is told so, not shown a silent guess."""
    expected = EXPECTED_FORMATS.get(path.suffix.lower().lstrip("."))
    allowed = {expected, "RF64", "W64"} if expected == "WAV" else {expected}
    if expected is not None and actual.upper() not in allowed:
        raise media_error(MISLABELLED, path, actual=actual.upper())


class DecodeCancelled(Exception):
    """The caller stopped wanting this file; not an error anyone is shown."""


def media_error(reason: str, path: Path | str, **params: object) -> MediaError:
    """A MediaError for `path` with the sentence for `reason`; `err.reason` keeps the code."""
    err = MediaError(_MESSAGES[reason], name=Path(path).name, **params)
    err.reason = reason
    return err
