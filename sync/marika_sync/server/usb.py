"""Processing a USB folder directly on the server machine (no network at all).

Does what `marika sync push` does over HTTP: stores each batch once and writes its
receipt, answers enrollment requests, and writes statements encrypted to each annotator's
box key. Running it twice changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from ..crypto import SigningKey
from ..usbfolder import UsbFolder
from . import enrollment, statements
from .batches import accept_batch
from .refusal import Refusal


@dataclass
class UsbResult:
    receipts: int = 0
    enrolled: int = 0
    statements: int = 0
    refused: list[str] = field(default_factory=list)  # file names with the reason


def process_enrollments(usb: UsbFolder, *, key: SigningKey, result: UsbResult) -> None:
    for annotator_id, path in usb.enroll_requests():
        try:
            reply = enrollment.enroll(usb.read(path), key=key)
        except (Refusal, ValueError, OSError) as exc:
            result.refused.append(f"{path.name}: {getattr(exc, 'code', exc)}")
            continue
        if usb.write_if_changed(usb.enroll_reply_path(annotator_id), reply):
            result.enrolled += 1


def process_folder(usb: UsbFolder, *, key: SigningKey) -> UsbResult:
    usb.ensure()
    result = UsbResult()
    process_enrollments(usb, key=key, result=result)
    for batch_id, path in usb.batches():
        try:
            receipt = accept_batch(usb.read(path, limit=64 * 1024 * 1024), key=key)
        except (Refusal, ValueError, OSError) as exc:
            result.refused.append(f"{path.name}: {getattr(exc, 'code', exc)}")
            continue
        if usb.write_if_changed(usb.receipt_path(batch_id), receipt):
            result.receipts += 1
    for annotator_id, path in usb.queries():
        after = 0
        while True:
            try:
                page = statements.answer_query(usb.read(path), after=after)["statements"]
            except (Refusal, ValueError, OSError) as exc:
                result.refused.append(f"{path.name}: {getattr(exc, 'code', exc)}")
                break
            if not page:
                break
            for env in page:
                after = max(after, env["seq"])
                if env["annotator_id"] != annotator_id:
                    continue
                target = usb.statement_path(annotator_id, env["seq"])
                if not target.exists():  # envelopes are re-encrypted each time: keep one
                    usb.write(target, json.dumps(env, sort_keys=True).encode())
                    result.statements += 1
    return result
