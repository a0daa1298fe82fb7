"""Checking the local state that decides where a profile's work goes, before anything is
sealed or sent (issue 10, docs/SECURITY.md "A colleague with the data folder").

Anyone with the data folder can edit the SQLite file. What decides where work goes is
therefore authenticated with something only the profile's password unlocks:
- the enrolment (server address, pinned server key, annotator id): a seal (HMAC under a
  key derived from the profile key) stored in its row;
- each package version the profile works on (above all the results key its work is
  sealed to): the publisher's signature is checked again the first time the profile uses
  that version, and a seal over the manifest's hash is kept; every later use checks it;
- the outbox: every waiting batch must be signed by this profile's own device key and
  name this profile; a batch marked delivered must have a receipt signed by the pinned
  server key; a batch the profile's items were sealed into must still be there.
A failed check raises LocalStateTampered: a translated sentence for the worker (to pass
on to the supervisor), and nothing is sealed or sent.
"""

from __future__ import annotations

import hashlib

from marika_sync.tr import QT_TRANSLATE_NOOP

from .core.errors import MarikaError, StoreError
from .core.lru import BoundedLRU

ENROLMENT, PACKAGE, PUBLISHER = "enrolment", "package", "publisher"


class LocalStateTampered(MarikaError):
    """Local state that decides where work goes was changed by someone without the
    password. `reason`: "enrolment", "package", "outbox", "annotation", or "publisher"
    (a package signed with a key that is not among the trusted publishers any more)."""

    def __init__(self, reason: str, message: str, **params: object) -> None:
        self.reason = reason
        super().__init__(message, **params)


def _enrolment_changed() -> LocalStateTampered:
    return LocalStateTampered(ENROLMENT, QT_TRANSLATE_NOOP(
        "Errors", "The server settings of your profile on this computer were changed by "
                  "someone else, so Marika sent nothing. Tell your supervisor: they must "
                  "check the server address and key, then you can enrol again."))


def _outbox_changed() -> LocalStateTampered:
    return LocalStateTampered("outbox", QT_TRANSLATE_NOOP(
        "Errors", "The work waiting to be sent from your profile on this computer was "
                  "changed by someone else, so Marika sent nothing. Tell your supervisor."))


def _package_changed(package_id: str) -> LocalStateTampered:
    return LocalStateTampered(PACKAGE, QT_TRANSLATE_NOOP(
        "Errors", "The task package {package} on this computer was changed after it was "
                  "imported, so Marika did not seal or send any work of it. Tell your "
                  "supervisor: they must import the package again."), package=package_id)


def _package_of_changed(package_id: str) -> LocalStateTampered:
    return LocalStateTampered(PACKAGE, QT_TRANSLATE_NOOP(
        "Errors", "The task package {package} on this computer was changed after it was "
                  "imported. Marika will not seal or send any work of it. Import the "
                  "package again from its signed file."), package=package_id)


def _publisher_untrusted(package_id: str) -> LocalStateTampered:
    return LocalStateTampered(PUBLISHER, QT_TRANSLATE_NOOP(
        "Errors", "The task package {package} is signed with a publisher key that this "
                  "computer no longer trusts, so Marika did not seal or send any work of "
                  "it. Tell your supervisor."), package=package_id)


def _publisher_of_untrusted(package_id: str) -> LocalStateTampered:
    return LocalStateTampered(PUBLISHER, QT_TRANSLATE_NOOP(
        "Errors", "The task package {package} is signed with a publisher key that this PC "
                  "no longer trusts: the key was removed from the trusted publishers (or "
                  "the package was signed again with another key after it was imported). "
                  "Workers who had not opened it before cannot submit work of it. If you "
                  "still trust its publisher, install their key again under Trusted "
                  "publishers; if not, import the package again from its signed file."),
        package=package_id)


def _outbox_of_changed(name: str) -> LocalStateTampered:
    return LocalStateTampered("outbox", QT_TRANSLATE_NOOP(
        "Errors", "The work waiting to be sent from the profile {name} on this computer was "
                  "changed by someone else. Marika will not send it; ask {name} to log in "
                  "and check what is waiting."), name=name)


# ---------------------------------------------------------------- an annotation row

# How many earlier revisions a row that does not open is tried against (about 15 us each),
# bounded so that a revision column set to a huge number cannot stall the pay screen.
OLDER_COPY_SEARCH = 4096


def annotation_changed(cipher, aad_at, revision: int, payload: bytes) -> LocalStateTampered:
    """The error for an annotation row whose payload does not open at its `revision`
    (`aad_at(revision)` gives the associated data the row's payload is bound to), with
    its cause as far as the profile's key can tell: the payload of an earlier revision of
    this very row (an older copy put back), else one that is not this item's answer at
    all (its bytes edited, or copied from another item or another profile's row)."""
    from marika_sync.crypto import CryptoError

    for earlier in range(revision - 1, max(0, revision - OLDER_COPY_SEARCH), -1):
        try:
            cipher.decrypt(aad_at(earlier), payload)
        except CryptoError:
            continue
        return LocalStateTampered("annotation", QT_TRANSLATE_NOOP(
            "Errors", "Your saved answer for one item on this computer was changed by "
                      "someone else (an older copy was put back), so Marika will not "
                      "use it. Tell your supervisor."))
    return LocalStateTampered("annotation", QT_TRANSLATE_NOOP(
        "Errors", "Your saved answer for one item on this computer was changed by someone "
                  "else: what is saved there is not your answer to this item (it was "
                  "edited, or copied from another item or another profile), so Marika "
                  "will not use it. Tell your supervisor."))


# ---------------------------------------------------------------- the enrolment

def enrolment_fields(row) -> dict:
    return {"profile_id": row.profile_id, "annotator_id": row.annotator_id,
            "server_url": row.server_url, "server_key": row.server_key}


def seal_enrolment(cipher, *, profile_id: str, annotator_id: str, server_url: str,
                   server_key: str) -> bytes:
    return cipher.seal(ENROLMENT, {"profile_id": profile_id, "annotator_id": annotator_id,
                                   "server_url": server_url, "server_key": server_key})


def check_enrolment(cipher, profile_id: str, *, adopt_unsealed: bool = False):
    """The profile's enrolment row if its seal holds (None when not enrolled), else
    LocalStateTampered. `adopt_unsealed`: an enrolment from before seals existed is
    sealed as it is now (once per profile; the caller remembers it did)."""
    from .store import outbox

    row = outbox.enrollment(profile_id)
    if row is None:
        return None
    if row.profile_id != profile_id or row.annotator_id != profile_id:
        raise _enrolment_changed()
    if row.seal is None and adopt_unsealed:
        outbox.seal_enrollment(profile_id, cipher.seal(ENROLMENT, enrolment_fields(row)))
        return outbox.enrollment(profile_id)
    if not cipher.is_sealed(ENROLMENT, enrolment_fields(row), row.seal):
        raise _enrolment_changed()
    return row


class SealingStore:
    """The outbox module as the sync library's store, with each enrolment it saves
    sealed under the profile's key (marika_sync.storage.SyncStore)."""

    def __init__(self, cipher) -> None:
        from .store import outbox

        self._outbox = outbox
        self._cipher = cipher

    def __getattr__(self, name: str):
        return getattr(self._outbox, name)

    def save_enrollment(self, *, profile_id: str, annotator_id: str, server_url: str,
                        server_key: str, document: bytes, now: float | None = None) -> None:
        self._outbox.save_enrollment(
            profile_id=profile_id, annotator_id=annotator_id, server_url=server_url,
            server_key=server_key, document=document, now=now,
            seal=seal_enrolment(self._cipher, profile_id=profile_id,
                                annotator_id=annotator_id, server_url=server_url,
                                server_key=server_key))


# ---------------------------------------------------------------- package versions

def _package_fields(row, manifest_text: str) -> dict:
    return {"package_pk": row.id, "package_id": row.package_id, "version": row.version,
            "manifest_sha256": hashlib.sha256(manifest_text.encode("utf-8")).hexdigest(),
            "publisher_key": row.publisher_key,
            "signature_sha256": hashlib.sha256(bytes(row.signature or b"")).hexdigest()}


HOLDS, UNTRUSTED, CHANGED = "holds", "untrusted", "changed"

# Signature checks already made, by what was checked: the manifest's SHA-256, the
# signature and the key. The answer is a function of those alone, so an unchanged package
# is hashed, not verified again, at each refresh of the supervisor's check; an edited
# manifest has another digest and is verified (and refused) afresh.
_VERIFIED: BoundedLRU[tuple[bytes, bytes, str], bool] = BoundedLRU(4096)


def _signed(manifest: bytes, signature: bytes, key) -> bool:
    """The publisher's signature file `signature` holds over `manifest` under `key`."""
    from marika_sync.errors import PackageError
    from marika_sync.package.signing import check_signature

    memo = (hashlib.sha256(manifest).digest(), signature, key.to_text())
    known = _VERIFIED.get(memo)
    if known is not None:
        return known
    try:
        check_signature(manifest, signature, [key])
        holds = True
    except PackageError:
        holds = False
    _VERIFIED.put(memo, holds)
    return holds


def _signature_state(publisher_key: str | None, signature: bytes | None, manifest: bytes,
                     trusted: frozenset[str] | None = None) -> str:
    """Of a package row's `manifest` (its UTF-8 bytes), `signature` and `publisher_key`,
    with `trusted` the office's publisher keys (None: looked up). HOLDS: the publisher's
    signature holds over the stored manifest, and the key is one the office installed.
    CHANGED: it does not hold (the manifest, the signature or the key in the row was
    edited). UNTRUSTED: it holds, but under a key that is not among the trusted
    publishers (removed, or the package signed again with another key). Rows that name
    no real publisher key (test rows) have nothing to check: that is the first-use trust
    SECURITY.md states."""
    from marika_sync.crypto import CryptoError, VerifyKey

    from .store.models import Publisher

    try:
        key = VerifyKey.from_text(publisher_key or "")
    except CryptoError:
        return HOLDS
    if not _signed(manifest, bytes(signature or b""), key):
        return CHANGED
    if trusted is None:
        installed = Publisher.select().where(Publisher.public_key == publisher_key).exists()
    else:
        installed = publisher_key in trusted
    return HOLDS if installed else UNTRUSTED


def stored_package_holds(row) -> bool:
    """The publisher's signature still holds over the manifest stored in `row`, by a
    publisher the office trusts (the importer lets the same version be imported again to
    repair it when it does not)."""
    return _signature_state(row.publisher_key, row.signature,
                            row.manifest.encode("utf-8")) == HOLDS


def check_package(cipher, profile_id: str, row, manifest_text: str) -> None:
    """The package version in `row` is the one this profile sealed when it first used it
    (or, at that first use, its publisher's signature holds); else LocalStateTampered."""
    from .store.db import database

    fields = _package_fields(row, manifest_text)
    found = database.execute_sql(
        "SELECT version, seal FROM package_seal WHERE profile_id = ? AND package_id = ?",
        (profile_id, row.id)).fetchone()
    if found is not None and found[0] == row.version:
        if not cipher.is_sealed(PACKAGE, fields, found[1]):
            raise _package_changed(row.package_id)
        return
    if found is not None and found[0] > row.version:
        raise _package_changed(row.package_id)  # an older version put back
    state = _signature_state(row.publisher_key, row.signature, manifest_text.encode("utf-8"))
    if state == UNTRUSTED:
        raise _publisher_untrusted(row.package_id)
    if state == CHANGED:
        raise _package_changed(row.package_id)
    try:
        database.execute_sql(
            "INSERT INTO package_seal (profile_id, package_id, version, seal) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (profile_id, package_id) DO UPDATE SET "
            "version = excluded.version, seal = excluded.seal",
            (profile_id, row.id, row.version, cipher.seal(PACKAGE, fields)))
    except StoreError:
        pass  # a full or read-only disk: reading goes on, the seal is made at a later use


# ---------------------------------------------------------------- the outbox

def check_outbox(profile_id: str, *, device_public, server_key=None) -> None:
    """Every batch of this profile in the outbox is its own, signed by its device key;
    every one marked delivered has the server's receipt; no batch its items were sealed
    into is missing. Else LocalStateTampered."""
    from marika_sync.errors import BatchError, DocumentError
    from marika_sync.receipts import verify_receipt
    from marika_sync.sealing import read_batch_metadata, verify_header

    from .store import outbox
    from .store.db import database

    rows = outbox.OutboxBatch.select().where(outbox.OutboxBatch.profile_id == profile_id)
    held = set()
    for row in rows:
        data = bytes(row.data)
        delivered = row.state == outbox.DELIVERED
        try:
            # Waiting batches in full; a delivered one by its header and its receipt,
            # which names the hash of the whole batch.
            meta = (verify_header if delivered else read_batch_metadata)(
                data, expected_device=device_public)
        except BatchError as exc:
            raise _outbox_changed() from exc
        if meta["annotator_id"] != profile_id or meta["batch_id"] != row.batch_id or (
                not delivered and hashlib.sha256(data).hexdigest() != row.sha256):
            raise _outbox_changed()
        if delivered:
            receipt = outbox.receipt(row.batch_id)
            if receipt is None or server_key is None:
                raise _outbox_changed()
            try:
                verify_receipt(bytes(receipt.document), server_key=server_key, metadata=meta,
                               sha256=row.sha256, size=len(data))
            except DocumentError as exc:
                raise _outbox_changed() from exc
        held.add(row.batch_id)
    sealed_into = {b for (b,) in database.execute_sql(
        "SELECT DISTINCT batch_id FROM annotation WHERE profile_id = ? AND batch_id IS NOT "
        "NULL", (profile_id,)).fetchall()}
    if sealed_into - held:
        raise _outbox_changed()


# ---------------------------------------------------------------- the supervisor's view

_PACKAGES = "SELECT package_id, publisher_key, signature, manifest FROM package ORDER BY id"
_PACKAGES_AS_STORED = ("SELECT package_id, publisher_key, signature, CAST(manifest AS BLOB) "
                       "FROM package ORDER BY id")


def office_problems() -> list[LocalStateTampered]:
    """What the supervisor can check without the workers' passwords: packages whose
    publisher's signature no longer holds over the stored manifest, or holds under a key
    the office no longer trusts, and waiting batches not signed by their profile's device
    key (the public half is in the profile row). Each package's signature is verified
    once per content (`_signed`), so a refresh costs a read and a hash of each manifest,
    read as its stored UTF-8 bytes (no decoding to text and encoding back)."""
    from marika_sync.crypto import CryptoError, VerifyKey
    from marika_sync.errors import BatchError
    from marika_sync.sealing import read_batch_metadata

    from .store import outbox
    from .store.db import database
    from .store.models import Profile, Publisher

    found: list[LocalStateTampered] = []
    trusted = frozenset(key for (key,) in Publisher.select(Publisher.public_key).tuples())
    (encoding,) = database.execute_sql("PRAGMA encoding").fetchone()
    # The text as stored is UTF-8, the bytes the publisher signed; a store made in
    # another encoding (never by Marika) is read as text and encoded.
    rows = database.execute_sql(_PACKAGES_AS_STORED if encoding == "UTF-8" else _PACKAGES)
    for package_id, publisher_key, signature, text in rows:  # one manifest at a time
        data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
        state = _signature_state(publisher_key, signature, data, trusted)
        if state == UNTRUSTED:
            found.append(_publisher_of_untrusted(package_id))
        elif state == CHANGED:
            found.append(_package_of_changed(package_id))
    profiles = {p.id: p for p in Profile.select(Profile.id, Profile.display_name,
                                                Profile.device_public)}
    reported = set()
    for row in outbox.undelivered():
        owner = profiles.get(row.profile_id)
        if owner is not None and not owner.device_public:
            continue  # a profile from before device keys: nothing to check it against
        try:
            if owner is None:
                raise BatchError("no-profile")
            meta = read_batch_metadata(bytes(row.data),
                                       expected_device=VerifyKey.from_text(owner.device_public))
            if meta["annotator_id"] != row.profile_id or meta["batch_id"] != row.batch_id:
                raise BatchError("not-its-own")
        except (BatchError, CryptoError):
            if row.profile_id not in reported:
                reported.add(row.profile_id)
                found.append(_outbox_of_changed(owner.display_name if owner else "?"))
    return found
