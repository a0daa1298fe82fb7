"""The office: one data folder on one PC, its profiles, and logging in.

`Office` is the entry point of the facade the GUI calls. Logging in returns a session
bound to one profile and its unwrapped key: an annotator's `Workspace` or a
`SupervisorSession`. Nothing else in the facade takes a profile id from the caller, so
one annotator cannot reach another's work by passing the other's ids.
"""

from __future__ import annotations

import logging
import time
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from marika_sync.tr import QT_TRANSLATE_NOOP

from . import profile_keys
from .core import faults, passwords
from .core.errors import AuthError, MarikaError, StoreError
from .office_lock import DataFolderLock
from .store import db as store_db
from .store import roster
from .store.models import Profile, Setting
from .store.roster import LAST_USERNAME, ProfileSummary

if TYPE_CHECKING:
    from marika_sync.crypto import BoxPublicKey

log = logging.getLogger(__name__)
ANNOTATOR, SUPERVISOR = "annotator", roster.SUPERVISOR
LANGUAGES = ("mg", "fr", "en")

DEFAULT_SETTINGS = {
    "idle_lock_minutes": "10",
    "server_url": "",
    "server_public_key": "",
    "recovery_public_key": "",
    "language_default": roster.DEFAULT_LANGUAGE,
    "seal_every_items": "50",
    "seal_every_hours": "24",
    # "AMOUNT CUR" per hour, e.g. "1250 MGA": shown beside the worker's effective hourly
    # rate (a legal minimum wage, say); "" when the office sets none.
    "reference_hourly_wage": "",
    "office_name": "",  # named on the pay records workers export
}


def _summary(row: Profile) -> ProfileSummary:
    return ProfileSummary(row.id, row.username, row.display_name, row.role, row.language)


class WeakPassword(MarikaError):
    pass


class Office:
    """One open data folder. Use `Office.open(path)`; call `close()` when done."""

    def __init__(self, data_dir: Path, *, kdf_n: int = profile_keys.DEFAULT_KDF_N,
                 clock=time.time) -> None:
        self.data_dir = Path(data_dir)
        self.kdf_n = kdf_n
        self.clock = clock
        self._lock = DataFolderLock(self.data_dir)

    @classmethod
    def open(cls, data_dir: Path | str, **kwargs) -> Office:
        office = cls(Path(data_dir), **kwargs)
        try:
            office._lock.acquire()
        except OSError as exc:  # a read-only or full disk: the sentence of its cause
            found = faults.cause(exc)
            if found is None:
                raise
            raise found from exc
        try:
            store_db.open_database(roster.store_path(office.data_dir))
        except BaseException:
            office._lock.release()
            raise
        return office

    def close(self) -> None:
        try:
            store_db.close_database()
        finally:
            self._lock.release()  # whatever happened, the folder is not left locked

    def __enter__(self) -> Office:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------ settings
    def setting(self, key: str) -> str:
        value = roster.setting(store_db.database.connection(), key)
        return value if value is not None else DEFAULT_SETTINGS.get(key, "")

    def _set_setting(self, key: str, value: str) -> None:
        Setting.insert(key=key, value=str(value)).on_conflict_replace().execute()

    def recovery_public_key(self) -> BoxPublicKey | None:
        from marika_sync.crypto import BoxPublicKey

        text = self.setting("recovery_public_key")
        return BoxPublicKey.from_text(text) if text else None

    # ------------------------------------------------------------ profiles
    def needs_setup(self) -> bool:
        return roster.needs_setup(store_db.database.connection())

    def list_profiles(self) -> list[ProfileSummary]:
        """The profiles, by display name: the same query the start's roster makes."""
        return roster.profiles(store_db.database.connection())

    def password_problems(self, password: str, username: str = "") -> list[str]:
        return passwords.password_problems(password, username=username)

    def setup(self, *, username: str, display_name: str, password: str, language: str = "mg",
              recovery_public_key_text: str | None = None):
        """First start: create the office's supervisor and its recovery key.

        Returns (session, recovery_private_key_text). The private text is None when the
        office brought its own recovery public key; otherwise it is shown once, for the
        supervisor to save offline (a USB stick), and never stored here.
        """
        if not self.needs_setup():
            raise AuthError(QT_TRANSLATE_NOOP("Errors", "This office is already set up."))
        from marika_sync.crypto import BoxPrivateKey, BoxPublicKey

        recovery_private = None
        if recovery_public_key_text:
            public = BoxPublicKey.from_text(recovery_public_key_text)
        else:
            private = BoxPrivateKey.generate()
            public, recovery_private = private.public, private.to_text()
        self._set_setting("recovery_public_key", public.to_text())
        self._set_setting("language_default", language)
        self._create_profile(username=username, display_name=display_name, password=password,
                             role=SUPERVISOR, language=language)
        return self.login(username=username, password=password), recovery_private

    def _create_profile(self, *, username: str, display_name: str, password: str,
                        role: str = ANNOTATOR, language: str = "mg") -> ProfileSummary:
        # Private: anyone at the start screen holds the Office, so only a logged-in
        # supervisor (SupervisorSession.create_profile) may reach this.
        if role not in (ANNOTATOR, SUPERVISOR):
            raise ValueError(role)
        username = username.strip()
        if not username or Profile.select().where(Profile.username == username).exists():
            raise AuthError(QT_TRANSLATE_NOOP(
                "Errors", "The user name {name} is empty or already taken."), name=username)
        problems = self.password_problems(password, username)
        if problems:
            raise WeakPassword(problems[0])
        profile_id = str(uuid.uuid4())
        _key, columns = profile_keys.new_profile_secrets(
            profile_id=profile_id, password=password,
            recovery_public=self.recovery_public_key(), kdf_n=self.kdf_n)
        store_db.ensure_space()
        row = Profile.create(id=profile_id, username=username,
                             display_name=display_name.strip() or username, role=role,
                             language=language, created_at=self.clock(), **columns)
        return _summary(row)

    # ------------------------------------------------------------ logging in
    def login(self, *, username: str, password: str):
        row, key = self._unlock(username, password)
        try:
            self._set_setting(LAST_USERNAME, row.username)
        except StoreError as exc:  # a convenience: a full disk must not keep anyone out
            log.warning("the last user name was not kept: %s", exc.english())
        return self._session(row, key)

    def last_username(self) -> str:
        """Who last logged in on this PC: the start screen offers that profile first.
        (User names are listed on the start screen anyway; nothing else is kept.)"""
        return self.setting(LAST_USERNAME)

    def change_password(self, *, username: str, current_password: str,
                        new_password: str) -> None:
        """The person sets a password of their own (after a first password the supervisor
        chose, or after a reset). Needs the current one; a wrong one counts as a failed
        log-in. The profile key stays the same, so all the work stays readable."""
        row, key = self._unlock(username, current_password)
        problems = self.password_problems(new_password, row.username)
        if problems:
            raise WeakPassword(problems[0])
        columns = profile_keys.wrap_for_password(profile_id=row.id, key=key,
                                                 password=new_password, kdf_n=self.kdf_n)
        Profile.update(**columns).where(Profile.id == row.id).execute()

    def _unlock(self, username: str, password: str) -> tuple[Profile, bytes]:
        """The profile row and its unwrapped key, or AuthError (throttled, counted)."""
        row = Profile.get_or_none(Profile.username == username.strip())
        if row is None:
            raise AuthError(QT_TRANSLATE_NOOP("Errors", "Wrong user name or password."))
        now = self.clock()
        locked_until = row.locked_until
        if locked_until > now + passwords.MAX_DELAY_S:
            # Further away than the longest lock-out: the clock was set back. Count the
            # longest one from now (stored), so a wrong clock cannot lock anyone for days.
            locked_until = now + passwords.MAX_DELAY_S
            Profile.update(locked_until=locked_until).where(Profile.id == row.id).execute()
        if locked_until > now:
            raise AuthError(QT_TRANSLATE_NOOP(
                "Errors", "Too many failed attempts. Try again in {seconds} seconds."),
                seconds=int(locked_until - now) + 1)
        # The attempt is counted as failed before the password is tried: an attempt whose
        # failure cannot be recorded (a full disk) is refused untried, and stopping the
        # app while the key is derived leaves it counted.
        failures = row.failed_logins + 1
        store_db.ensure_space()
        (Profile.update(failed_logins=failures,
                        locked_until=now + passwords.lockout_seconds(failures))
         .where(Profile.id == row.id).execute())
        key = profile_keys.unwrap_with_password(
            profile_id=row.id, kdf=row.kdf, wrapped_key=row.wrapped_key, password=password)
        if key is None:
            raise AuthError(QT_TRANSLATE_NOOP("Errors", "Wrong user name or password."))
        try:
            Profile.update(failed_logins=0, locked_until=0).where(Profile.id == row.id).execute()
        except StoreError:
            pass  # counted one too many, at worst: the person is in
        return row, key

    def _session(self, row: Profile, key: bytes):
        if row.role == SUPERVISOR:
            from .supervisor import SupervisorSession

            return SupervisorSession(self, row.id, key)
        from .workspace import Workspace

        return Workspace(self, row.id, key)

    def reset_password(self, *, profile_id: str, recovery_private_key_text: str,
                       new_password: str) -> None:
        """Set a new password with the office recovery key; all the profile's work is kept."""
        row = Profile.get_or_none(Profile.id == profile_id)
        if row is None or row.recovery_wrapped_key is None:
            raise AuthError(QT_TRANSLATE_NOOP(
                "Errors", "This profile cannot be recovered with a recovery key."))
        problems = self.password_problems(new_password, row.username)
        if problems:
            raise WeakPassword(problems[0])
        from marika_sync.crypto import BoxPrivateKey

        try:
            key = profile_keys.unwrap_with_recovery(
                profile_id=row.id, recovery_wrapped_key=row.recovery_wrapped_key,
                recovery_private=BoxPrivateKey.from_text(recovery_private_key_text))
        except Exception as exc:  # wrong key file, malformed text: one clear message
            raise AuthError(QT_TRANSLATE_NOOP(
                "Errors", "This recovery key does not belong to this office.")) from exc
        columns = profile_keys.wrap_for_password(profile_id=row.id, key=key,
                                                 password=new_password, kdf_n=self.kdf_n)
        Profile.update(failed_logins=0, locked_until=0, **columns).where(
            Profile.id == row.id).execute()
