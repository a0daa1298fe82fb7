"""Enrolling a profile's device with the collection server: online, or by USB stick.

The request carries the profile's Ed25519 device key and X25519 box key, signed by the
device key. The server's signed answer is checked (our keys, our id, and the server key
the office entered beforehand: enrolment never trusts the key a server presents on first
use) and that key is pinned: every receipt and statement after is verified against it.
The annotator id is the profile id.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from . import documents
from .client import ServerClient
from .config import ClientConfig
from .crypto import BoxPrivateKey, CryptoError, SigningKey, VerifyKey
from .errors import DocumentError, SyncFailure
from .storage import SyncStore
from .tr import QT_TRANSLATE_NOOP
from .usbfolder import UsbFolder


@dataclass(frozen=True)
class Enrollment:
    annotator_id: str
    server_url: str
    server_key: VerifyKey


def make_enroll_request(*, code: str, annotator_id: str, device_key: SigningKey,
                        box_key: BoxPrivateKey, display_name: str = "",
                        now: float | None = None) -> bytes:
    return documents.sign_document(device_key, documents.ENROLL_REQUEST, {
        "code": code.strip(), "annotator_id": annotator_id,
        "device_key": device_key.public.to_text(), "box_key": box_key.public.to_text(),
        "display_name": display_name, "created_at": time.time() if now is None else now})


def _wrong_server() -> SyncFailure:
    return SyncFailure("wrong-server", QT_TRANSLATE_NOOP(
        "Errors", "This server's key is not the one this office expects. Check the server "
                  "address with your supervisor."), retryable=False)


def _no_server_key() -> SyncFailure:
    return SyncFailure("no-server-key", QT_TRANSLATE_NOOP(
        "Errors", "The office has not entered its collection server's key yet, so this "
                  "profile cannot enrol. Ask your supervisor to enter it (marika-server "
                  "info shows it on the server)."), retryable=False)


def require_pin(expected_server_key: str | None, expected_fingerprint: str | None) -> None:
    """Enrolment never trusts on first use: the office must know the server's key."""
    if not (expected_server_key or "").strip() and not (expected_fingerprint or "").strip():
        raise _no_server_key()


def verify_enrollment(reply: bytes, *, annotator_id: str, device_key: SigningKey,
                      box_key: BoxPrivateKey, expected_server_key: str | None = None,
                      expected_fingerprint: str | None = None) -> VerifyKey:
    """The server key named (and used to sign) by an enrollment reply for our keys."""
    try:
        body, signer, _sig = documents.parse_document(reply, documents.ENROLLMENT)
        server_key = VerifyKey.from_text(str(body.get("server_key", "")))
        documents.verify_document(reply, documents.ENROLLMENT, server_key)
    except (DocumentError, CryptoError) as exc:
        raise SyncFailure("bad-enrollment", QT_TRANSLATE_NOOP(
            "Errors", "The server's answer to the enrollment is not valid."),
            retryable=False) from exc
    if (body.get("annotator_id") != annotator_id
            or body.get("device_key") != device_key.public.to_text()
            or body.get("box_key") != box_key.public.to_text()):
        raise SyncFailure("bad-enrollment", QT_TRANSLATE_NOOP(
            "Errors", "The server's answer to the enrollment is not valid."), retryable=False)
    if expected_server_key and VerifyKey.from_text(expected_server_key) != server_key:
        raise _wrong_server()
    if expected_fingerprint and expected_fingerprint.strip().lower() != server_key.fingerprint:
        raise _wrong_server()
    return server_key


def enroll_online(*, store: SyncStore, profile_id: str, server_url: str, code: str,
                  device_key: SigningKey, box_key: BoxPrivateKey, display_name: str = "",
                  expected_server_key: str | None = None,
                  expected_fingerprint: str | None = None,
                  config: ClientConfig | None = None) -> Enrollment:
    """Enroll this profile with `code`; pins and stores the server key. Safe to retry.
    Needs the server key (or its fingerprint) the office expects: SyncFailure
    "no-server-key" before anything is sent otherwise."""
    require_pin(expected_server_key, expected_fingerprint)
    client = ServerClient(server_url, config=config)
    request = make_enroll_request(code=code, annotator_id=profile_id, device_key=device_key,
                                  box_key=box_key, display_name=display_name)
    reply = client.enroll(request)
    server_key = verify_enrollment(reply, annotator_id=profile_id, device_key=device_key,
                                   box_key=box_key, expected_server_key=expected_server_key,
                                   expected_fingerprint=expected_fingerprint)
    store.save_enrollment(profile_id=profile_id, annotator_id=profile_id,
                           server_url=server_url, server_key=server_key.to_text(),
                           document=reply)
    return Enrollment(profile_id, server_url, server_key)


def write_enroll_request(*, folder: Path, profile_id: str, code: str, device_key: SigningKey,
                         box_key: BoxPrivateKey, display_name: str = "",
                         server_url: str = "") -> Path:
    """Offline enrollment, step 1: the request goes on the stick."""
    usb = UsbFolder(folder).ensure()
    path = usb.enroll_path(profile_id)
    usb.write(path, make_enroll_request(code=code, annotator_id=profile_id,
                                        device_key=device_key, box_key=box_key,
                                        display_name=display_name))
    if server_url and not usb.server():
        usb.write_json(usb.root / "server.json", {"url": server_url})
    return path


def import_enroll_reply(*, store: SyncStore, folder: Path, profile_id: str, device_key: SigningKey,
                        box_key: BoxPrivateKey, server_url: str = "",
                        expected_server_key: str | None = None,
                        expected_fingerprint: str | None = None) -> Enrollment | None:
    """Offline enrollment, step 2: the server's reply comes back on the stick (None while
    it is not there yet)."""
    usb = UsbFolder(folder)
    path = usb.enroll_reply_path(profile_id)
    if not path.is_file():
        return None
    require_pin(expected_server_key, expected_fingerprint)
    reply = usb.read(path)
    server_key = verify_enrollment(reply, annotator_id=profile_id, device_key=device_key,
                                   box_key=box_key, expected_server_key=expected_server_key,
                                   expected_fingerprint=expected_fingerprint)
    url = server_url or str(usb.server().get("url", ""))
    store.save_enrollment(profile_id=profile_id, annotator_id=profile_id, server_url=url,
                           server_key=server_key.to_text(), document=reply)
    return Enrollment(profile_id, url, server_key)
