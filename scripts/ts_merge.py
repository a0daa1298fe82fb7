#!/usr/bin/env python3
"""A git merge driver for Qt Linguist .ts files: the union of both sides' messages.

Two branches that each add strings (and their translations) to the same context would
otherwise conflict line by line. Messages are keyed by (context, source, comment); a
message kept on one side and untouched on the other is kept, one removed on a side that
changed nothing else about it is removed, and a finished translation wins over an
unfinished one. Run `scripts/update_translations.py` afterwards to restore lupdate's
own order and layout.

Set up once per clone (the .gitattributes line names the driver):

    git config merge.tsunion.driver "python3 scripts/ts_merge.py %O %A %B"
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type", "") == ""


def _messages(root: ET.Element) -> dict[tuple[str, str, str], ET.Element]:
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[_key(name, message)] = message
    return found


def _same(a: ET.Element | None, b: ET.Element | None) -> bool:
    if a is None or b is None:
        return a is b
    return ET.tostring(a) == ET.tostring(b)


def merge(base: ET.Element, ours: ET.Element, theirs: ET.Element) -> ET.Element:
    old, mine, other = _messages(base), _messages(ours), _messages(theirs)
    result: dict[str, list[ET.Element]] = {}
    order: list[tuple[str, str, str]] = list(mine) + [k for k in other if k not in mine]
    for key in order:
        a, b, o = mine.get(key), other.get(key), old.get(key)
        if a is None:
            chosen = None if o is not None and _same(o, b) else b
        elif b is None:
            chosen = None if o is not None and _same(o, a) else a
        elif _finished(b) and not _finished(a):
            chosen = b
        elif _same(a, o):
            chosen = b
        else:
            chosen = a
        if chosen is not None:
            result.setdefault(key[0], []).append(chosen)
    merged = ET.Element(ours.tag, ours.attrib)
    merged.text = "\n"
    for name in sorted(result):
        context = ET.SubElement(merged, "context")
        ET.SubElement(context, "name").text = name
        for message in result[name]:
            for location in message.findall("location"):
                message.remove(location)
            context.append(message)
    return merged


def _lupdate_escapes(text: re.Match) -> str:
    """Text between tags as lupdate writes it: quotes and no-break spaces as entities."""
    return (text.group(0).replace("'", "&apos;").replace('"', "&quot;")
            .replace("\xa0", "&#xa0;"))


def _read(path: str) -> ET.Element:
    try:
        return ET.parse(path).getroot()  # noqa: S314 - our own repository's files
    except ET.ParseError:
        return ET.Element("TS")


def main(argv: list[str]) -> int:
    base_path, ours_path, theirs_path = argv[1:4]
    ours = _read(ours_path)
    merged = merge(_read(base_path), ours, _read(theirs_path))
    # lupdate's own layout (contexts at the margin, empty elements written open and
    # closed), so that its next run changes only what the merge changed.
    for context in merged:
        ET.indent(context, space="    ")
        context.tail = "\n"
    body = ET.tostring(merged, encoding="unicode", short_empty_elements=False)
    body = re.sub(r">[^<]*<", _lupdate_escapes, body)
    Path(ours_path).write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
        encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
