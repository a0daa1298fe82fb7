"""What the office supervisor can do: profiles, trusted keys, packages, assignments.

The supervisor sees progress counts, never the content of anyone's work nor their pay:
this session holds only the supervisor's own key, and annotations and pay are encrypted
with each annotator's key.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from marika_sync.crypto import CryptoError, VerifyKey
from marika_sync.tr import QT_TRANSLATE_NOOP

from .core import faults
from .core.errors import AuthError, MarikaError
from .profiles import (
    ANNOTATOR,
    DEFAULT_SETTINGS,
    LANGUAGES,
    Office,
    ProfileSummary,
    _summary,
)
from .store import annotations
from .store.models import Assignment, Package, Profile, Publisher

OFFICE_SETTINGS = tuple(k for k in DEFAULT_SETTINGS if k != "recovery_public_key")
IDLE_LOCK_RANGE = (1, 240)  # minutes; "never lock" is not offered on a shared PC


class SettingError(MarikaError):
    """An office setting was refused; the stored value is unchanged."""


def _whole_number(value: str, low: int, high: int) -> bool:
    return value.isdigit() and low <= int(value) <= high


def _checked_wage(value: str) -> str:
    """ "1250 MGA" (or "MGA 1250", "1250,50 mga") as "1250 MGA"."""
    from .core.pay import parse_amount

    parts = value.replace("\u00a0", " ").split()
    if len(parts) == 2 and parts[0].isalpha():
        parts.reverse()
    amount = parse_amount(parts[0]) if len(parts) == 2 else None
    if amount is None or amount <= 0 or not re.fullmatch(r"[A-Za-z]{3}", parts[1]):
        raise SettingError(QT_TRANSLATE_NOOP(
            "Errors", "Please type an hourly wage and its currency, for example 1250 MGA."))
    return f"{amount} {parts[1].upper()}"


def _checked_setting(key: str, value: str) -> str:
    """The value to store for `key`, or SettingError with a sentence the supervisor reads."""
    value = str(value).strip()
    if key == "idle_lock_minutes" and not _whole_number(value, *IDLE_LOCK_RANGE):
        raise SettingError(QT_TRANSLATE_NOOP(
            "Errors", "The idle lock time must be a whole number of minutes from {low} to "
                      "{high}."), low=IDLE_LOCK_RANGE[0], high=IDLE_LOCK_RANGE[1])
    if key == "server_url" and value:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise SettingError(QT_TRANSLATE_NOOP(
                "Errors", "The server address must start with https:// (or http://) and "
                          "name a server, for example https://collect.example.org."))
    if key == "server_public_key" and value:
        try:
            value = VerifyKey.from_text(value).to_text()
        except (CryptoError, ValueError) as exc:
            raise SettingError(QT_TRANSLATE_NOOP(
                "Errors", "This is not a server public key. It starts with ed25519-pub:."),
            ) from exc
    if key in ("seal_every_items", "seal_every_hours") and not _whole_number(
            value, 0, 100_000):
        raise SettingError(QT_TRANSLATE_NOOP(
            "Errors", "Please type a whole number (0 turns this rule off)."))
    if key == "reference_hourly_wage" and value:
        value = _checked_wage(value)
    if key == "office_name" and len(value) > 120:
        raise SettingError(QT_TRANSLATE_NOOP(
            "Errors", "The office name can be at most {high} characters long."), high=120)
    if key == "language_default" and value not in LANGUAGES:
        raise SettingError(QT_TRANSLATE_NOOP("Errors", "This language is not available."))
    return value


@dataclass(frozen=True)
class ProgressRow:
    profile: ProfileSummary
    package_pk: int
    package_id: str
    done: int
    skipped: int
    left: int
    title: dict = field(default_factory=dict)  # language -> the package's title


def _title(manifest_text: str) -> dict:
    """The package's title as published: what the office calls the package, not its id."""
    try:
        title = json.loads(manifest_text).get("title")
    except (ValueError, AttributeError):
        return {}
    return {"en": title} if isinstance(title, str) else dict(title or {})


class SupervisorSession:
    role = "supervisor"

    def __init__(self, office: Office, profile_id: str, key: bytes) -> None:
        self.office = office
        self._profile_id = profile_id
        self._key = key

    @property
    def profile(self) -> ProfileSummary:
        return _summary(Profile.get_by_id(self._profile_id))

    def create_profile(self, *, username: str, display_name: str, password: str,
                       role: str = ANNOTATOR, language: str = "mg") -> ProfileSummary:
        return self.office._create_profile(username=username, display_name=display_name,
                                           password=password, role=role, language=language)

    def profiles(self) -> list[ProfileSummary]:
        return self.office.list_profiles()

    # ------------------------------------------------------------ trusted publishers
    def install_publisher(self, *, name: str, public_key_text: str) -> str:
        try:
            key = VerifyKey.from_text(public_key_text)
        except CryptoError as exc:  # malformed or the wrong kind of key: say which
            raise MarikaError(QT_TRANSLATE_NOOP(
                "Errors", "This is not a publisher's public key. Paste the whole text of the "
                          "publisher's .pub file: one line starting with ed25519-pub:."
            )) from exc
        Publisher.insert(public_key=key.to_text(), name=name.strip() or key.fingerprint,
                         installed_at=time.time()).on_conflict_replace().execute()
        return key.fingerprint

    def publishers(self) -> list[tuple[str, str]]:
        return [(p.name, p.public_key) for p in Publisher.select().order_by(Publisher.name)]

    def remove_publisher(self, *, public_key_text: str) -> None:
        Publisher.delete().where(Publisher.public_key == public_key_text.strip()).execute()

    # ------------------------------------------------------------ packages
    def import_package(self, path: Path | str, *, progress=None, cancelled=None):
        """Verify and import a package for everyone in the office (slow: call from a worker)."""
        from .packages.importer import import_package

        try:
            return import_package(Path(path), data_dir=self.office.data_dir,
                                  progress=progress, cancelled=cancelled)
        except OSError as exc:  # the disk filled or failed while extracting: say which
            found = faults.cause(exc)
            if found is None:
                raise
            raise found from exc

    def packages(self) -> list[tuple[int, str, int, str, int]]:
        return [(p.id, p.package_id, p.version, p.kind, p.item_count)
                for p in Package.select().order_by(Package.package_id)]

    def assign(self, *, package_pk: int, profile_id: str) -> None:
        target = Profile.get_or_none(Profile.id == profile_id)
        if target is None or target.role != ANNOTATOR:
            raise AuthError(QT_TRANSLATE_NOOP(
                "Errors", "Packages can only be assigned to annotators."))
        (Assignment.insert(profile=profile_id, package=package_pk, assigned_at=time.time())
         .on_conflict_ignore().execute())

    def unassign(self, *, package_pk: int, profile_id: str) -> None:
        Assignment.delete().where((Assignment.profile == profile_id)
                                  & (Assignment.package == package_pk)).execute()

    def progress_overview(self) -> list[ProgressRow]:
        """Counts per annotator and package: how much is done, never what or for how much."""
        counts: dict[tuple[str, int], dict[str, int]] = {}
        for profile_id, package_pk, status, n in annotations.counts_all():
            counts.setdefault((profile_id, package_pk), {})[status] = n
        # Each manifest once (one can be megabytes for 10,000 items), not once per row.
        titles = {p.id: _title(p.manifest)
                  for p in Package.select(Package.id, Package.manifest)}
        rows = []
        query = (Assignment.select(Assignment, Profile, Package.id, Package.package_id,
                                   Package.item_count).join(Profile)
                 .switch(Assignment).join(Package)
                 .order_by(Profile.display_name, Package.package_id))
        for a in query:
            c = counts.get((a.profile.id, a.package.id), {})
            done, skipped = c.get("done", 0), c.get("skipped", 0)
            rows.append(ProgressRow(_summary(a.profile), a.package.id, a.package.package_id,
                                    done, skipped, a.package.item_count - done - skipped,
                                    title=titles.get(a.package.id, {})))
        return rows

    # ------------------------------------------------------------ office settings
    def integrity_problems(self) -> list:
        """What someone changed in the data folder that decides where work goes, as far
        as the supervisor can check it without the workers' passwords (packages whose
        publisher's signature no longer holds, waiting batches not signed by their
        profile's device key): a list of errors with a translated sentence each. The
        workers' own sessions check the rest before anything is sealed or sent."""
        from .local_trust import office_problems

        return office_problems()

    def office_settings(self) -> dict[str, str]:
        """Every office setting the supervisor may change, with its current value."""
        return {key: self.office.setting(key) for key in OFFICE_SETTINGS}

    def set_office_setting(self, key: str, value: str) -> None:
        if key not in OFFICE_SETTINGS:
            raise KeyError(key)
        self.office._set_setting(key, _checked_setting(key, value))

    def reset_password(self, *, profile_id: str, recovery_private_key_text: str,
                       new_password: str) -> None:
        self.office.reset_password(profile_id=profile_id,
                                   recovery_private_key_text=recovery_private_key_text,
                                   new_password=new_password)
