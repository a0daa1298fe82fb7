"""Reading Qt Linguist .ts files for the translation checks (no Qt needed)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

# {name} (core errors), %1..%9 (QString-style arguments), %n (the plural count).
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%[1-9n]")
# An & that marks a keyboard mnemonic (not "&&", the escaped ampersand).
MNEMONIC = re.compile(r"(?<!&)&(?=[^\W_])")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # "" (finished), "unfinished", "obsolete" or "vanished"
    forms: tuple[str, ...]  # the translation, or its numerus forms

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    def describe(self) -> str:
        return f"[{self.context}] {self.source!r}"


def read(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
                kind = "unfinished"
            else:
                kind = translation.get("type", "")
                if numerus:
                    forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                else:
                    forms = (translation.text or "",)
            messages.append(Message(name, message.findtext("source") or "",
                                    message.findtext("comment") or "", numerus, kind, forms))
    return messages


def placeholders(text: str) -> Counter:
    return Counter(PLACEHOLDER.findall(text))


def _formats(form: str, source: str) -> bool:
    """Errors are filled with str.format(**params) (core/errors.py): the translation must
    take the same names without a stray brace."""
    names = re.findall(r"\{([A-Za-z_][A-Za-z0-9_]*)\}", source)
    if not names:
        return True
    try:
        form.format(**dict.fromkeys(names, "x"))
    except (KeyError, IndexError, ValueError):
        return False
    return True


def problems(messages: list[Message], *, numerus_forms: int,
             require_all: bool) -> list[str]:
    """Why these messages would show the user English or a broken sentence.

    `require_all`: every message needs a finished translation (mg, fr); otherwise only
    plural messages do (en, whose source is already English)."""
    found = []
    for m in messages:
        if m.kind in ("obsolete", "vanished"):
            continue  # not in the code any more (the merge step reports needed ones)
        needed = require_all or m.numerus
        if not needed:
            continue
        if m.kind == "unfinished" or not any(m.forms):
            found.append(f"{m.describe()}: not translated (or marked unfinished)")
            continue
        if m.numerus and len(m.forms) != numerus_forms:
            found.append(f"{m.describe()}: has {len(m.forms)} plural forms, "
                         f"needs {numerus_forms}")
            continue
        for form in m.forms:
            if not form.strip():
                found.append(f"{m.describe()}: a plural form is empty")
            elif placeholders(form) != placeholders(m.source):
                found.append(f"{m.describe()}: placeholders {sorted(placeholders(form))} "
                             f"in {form!r} differ from the source's "
                             f"{sorted(placeholders(m.source))}")
            elif not _formats(form, m.source):
                found.append(f"{m.describe()}: {form!r} breaks str.format (a stray brace?)")
            elif bool(MNEMONIC.search(form)) != bool(MNEMONIC.search(m.source)):
                found.append(f"{m.describe()}: {form!r} must keep (or not add) the & "
                             "that marks the Alt+letter key")
    return found
