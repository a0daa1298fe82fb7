"""Annotation values per task kind, validated before they are stored or sealed."""

from __future__ import annotations

from dataclasses import dataclass, field

# The kinds are part of the package format, which the server reads too.
from marika_sync.package.kinds import AUDIO_TRANSCRIPTION, IMAGE_TAG, TEXT_CLASSIFICATION
from marika_sync.tr import QT_TRANSLATE_NOOP

from .errors import MarikaError

DRAFT, DONE, SKIPPED = "draft", "done", "skipped"
STATUSES = (DRAFT, DONE, SKIPPED)

# Skipping is never penalised: these reasons only tell the reviewer why.
SKIP_REASONS = ("unclear", "unreadable", "disturbing")

MAX_TRANSCRIPT_CHARS = 100_000


class InvalidAnnotation(MarikaError):
    pass


@dataclass(frozen=True)
class AnnotationRecord:
    """One profile's work on one item, as the worker sees it (decrypted)."""

    uuid: str
    item_pk: int
    ordinal: int
    status: str
    value: dict = field(default_factory=dict)
    skip_reason: str | None = None
    flagged: bool = False
    flag_note: str = ""
    active_ms: int = 0
    revision: int = 1
    updated_at: float = 0.0
    submitted: bool = False


def validate_value(kind: str, value: dict, *, label_ids: set[str], multi: bool) -> dict:
    """Return a normalised copy of `value` for `kind`, or raise InvalidAnnotation."""
    if not isinstance(value, dict):
        raise InvalidAnnotation(QT_TRANSLATE_NOOP("Errors", "This answer is not valid."))
    if kind in (IMAGE_TAG, TEXT_CLASSIFICATION):
        labels = value.get("labels", [])
        if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
            raise InvalidAnnotation(QT_TRANSLATE_NOOP("Errors", "This answer is not valid."))
        unknown = [x for x in labels if x not in label_ids]
        if unknown:
            raise InvalidAnnotation(QT_TRANSLATE_NOOP(
                "Errors", "The label {label} is not part of this package."), label=unknown[0])
        if not multi and len(labels) > 1:
            raise InvalidAnnotation(QT_TRANSLATE_NOOP(
                "Errors", "Only one label may be chosen for this task."))
        ordered = [x for x in dict.fromkeys(labels)]  # de-duplicate, keep order
        return {"labels": ordered}
    if kind == AUDIO_TRANSCRIPTION:
        transcript = value.get("transcript", "")
        segments = value.get("segments", [])
        if not isinstance(transcript, str) or not isinstance(segments, list):
            raise InvalidAnnotation(QT_TRANSLATE_NOOP("Errors", "This answer is not valid."))
        if len(transcript) > MAX_TRANSCRIPT_CHARS:
            raise InvalidAnnotation(QT_TRANSLATE_NOOP("Errors", "This transcript is too long."))
        clean = []
        for seg in segments:
            try:
                start, end, text = int(seg["start_ms"]), int(seg["end_ms"]), str(seg["text"])
            except (KeyError, TypeError, ValueError) as exc:
                raise InvalidAnnotation(QT_TRANSLATE_NOOP(
                    "Errors", "A segment of this transcript is not valid.")) from exc
            if start < 0 or end < start:
                raise InvalidAnnotation(QT_TRANSLATE_NOOP(
                    "Errors", "A segment of this transcript is not valid."))
            clean.append({"start_ms": start, "end_ms": end, "text": text})
        clean.sort(key=lambda s: (s["start_ms"], s["end_ms"]))
        return {"transcript": transcript, "segments": clean}
    raise InvalidAnnotation(QT_TRANSLATE_NOOP("Errors", "Unknown task kind {kind}."), kind=kind)


def is_empty(kind: str, value: dict) -> bool:
    if kind == AUDIO_TRANSCRIPTION:
        return not value.get("transcript", "").strip() and not value.get("segments")
    return not value.get("labels")
