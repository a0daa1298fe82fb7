"""What the screens read from a package manifest, in one place.

The manifest object comes from `marika_sync.package.manifest` (the packages engineer's); the GUI
reads it only through these functions, so a renamed field is fixed here once. Package
texts (title, labels, instructions, card) are either plain strings or dicts lang->text;
`fmt.pick` chooses the worker's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from marika_sync.package.manifest import WARNING_NAMES

from . import fmt


@dataclass(frozen=True)
class Label:
    id: str
    hotkey: str
    name: str
    description: str


def _get(obj, *names, default=None):
    for name in names:
        if obj is None:
            return default
        obj = obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)
    return default if obj is None else obj


def labels(manifest) -> list[Label]:
    result = []
    for n, label in enumerate(_get(manifest, "labels", default=()) or ()):
        hotkey = str(_get(label, "hotkey", default="") or (str(n + 1) if n < 9 else ""))
        result.append(Label(
            id=str(_get(label, "id")),
            hotkey=hotkey,
            name=fmt.pick(_get(label, "name", default=None) or _get(label, "text", default=None)
                          or _get(label, "title", default=None), str(_get(label, "id"))),
            description=fmt.pick(_get(label, "description", default=""))))
    return result


def is_multi(manifest) -> bool:
    return _get(manifest, "choice", default="single") == "multi"


def title(manifest, fallback: str = "") -> str:
    return fmt.pick(_get(manifest, "title", default=None), fallback)


def instructions(manifest) -> str:
    return fmt.pick(_get(manifest, "instructions", default=""))


def rate(manifest) -> tuple[Decimal, str]:
    return (Decimal(str(_get(manifest, "pay", "rate_per_item", default="0"))),
            str(_get(manifest, "pay", "currency", default="")))


def content_warnings(manifest) -> list[str]:
    """Every warning the package declares, named in the interface language."""
    warnings = (_get(manifest, "content_warnings", default=None)
                or _get(manifest, "transparency", "content_warnings", default=()))
    return warning_names(warnings or ())


def warning_names(codes) -> list[str]:
    return [QCoreApplication.translate("ContentWarnings", WARNING_NAMES[code])
            if code in WARNING_NAMES else fmt.pick(code) for code in codes]


def card(manifest) -> dict[str, str]:
    """The transparency card: client, purpose, contact, reviewer (plain strings)."""
    card = _get(manifest, "transparency", default=None) or _get(manifest, "card", default=None)
    return {key: fmt.pick(_get(card, key, default="")) for key in
            ("client", "purpose", "contact", "reviewer")}
