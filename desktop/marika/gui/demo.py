"""`marika --demo`: one command opens an office ready to work on the bundled packages.

On an empty demo data folder this creates the supervisor `office` and the annotators
`rasoa` and `hery` (password of each: DEMO_PASSWORD, as documented in the README),
trusts `assets/demo/demo-publisher.pub`, imports every `assets/demo/*.marika` and
assigns them to both annotators. `prepare` runs on the database worker and only calls
the facade; it reports progress through the task handle and never touches a widget.

A later start imports nothing: once every bundled package is in, a small marker file
in the data folder names the bundle, so the start does not even log in (one scrypt
derivation less on a slow PC). A start that was interrupted half-way, or a newer
bundle (scripts/build_demo.py signs every build with a new key), imports what is missing;
packages already there are refused by the importer before any media is read.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path

import marika
from marika import paths
from marika.core.errors import AuthError, MarikaError, PackageError
from marika_sync.fsutil import atomic_write
from marika_sync.tr import QT_TRANSLATE_NOOP

DEMO_PASSWORD = "demo-pass-2026"  # noqa: S105 - the documented demo password
SUPERVISOR = ("office", "Office supervisor")
ANNOTATORS = (("rasoa", "Rasoa"), ("hery", "Hery"))
PUBLISHER_FILE = "demo-publisher.pub"
PUBLISHER_NAME = "Marika demo publisher"
MARKER_FILE = "demo-bundle.txt"
#: Importer refusals that are not problems here: the office already has the package, or
#: the start was cancelled (the window closed) and the next start carries on.
NOT_A_PROBLEM = ("same-version", "older-version", "cancelled")

log = logging.getLogger(__name__)


class DemoError(MarikaError):
    pass


@dataclass
class DemoResult:
    created: bool = False
    imported: list[str] = field(default_factory=list)
    problems: list[BaseException] = field(default_factory=list)


def demo_data_dir(*, portable: bool = False) -> Path:
    """The demo office lives beside the real one, never inside it (on the stick too,
    in portable mode)."""
    base = paths.data_dir(portable=portable)
    return base.with_name(base.name + "-demo")


def assets_dir() -> Path | None:
    """The bundled demo packages: inside the installed package, else the source tree's."""
    package_dir = Path(marika.__file__).resolve().parent
    for candidate in (package_dir / "demo", package_dir.parents[1] / "assets" / "demo"):
        if any(candidate.glob("*.marika")):
            return candidate
    return None


def bundle_fingerprint(assets: Path, files: list[Path]) -> str:
    """Names the bundle: its publisher key (new for every build) and its files."""
    digest = hashlib.sha256()
    publisher = assets / PUBLISHER_FILE
    if publisher.is_file():
        digest.update(publisher.read_bytes().strip())
    for path in files:
        digest.update(f"\n{path.name}\t{path.stat().st_size}".encode())
    return digest.hexdigest()


def prepare(office, task, *, language: str = "en", assets: Path | None = None,
            password: str = DEMO_PASSWORD) -> DemoResult:
    """Set up the demo office and import what it lacks. Call on the database worker."""
    result = DemoResult()
    assets = assets if assets is not None else assets_dir()
    files = sorted(assets.glob("*.marika")) if assets is not None else []
    marker = Path(office.data_dir) / MARKER_FILE
    fingerprint = bundle_fingerprint(assets, files) if files else ""
    if office.needs_setup():
        supervisor, _recovery = office.setup(
            username=SUPERVISOR[0], display_name=SUPERVISOR[1], password=password,
            language=language)
        result.created = True
    elif not files or (_marker_text(marker) == fingerprint and _has_annotators(office)):
        return result  # already imported (or nothing to import): no log-in needed
    else:
        try:
            supervisor = office.login(username=SUPERVISOR[0], password=password)
        except AuthError:
            log.info("demo: the supervisor's password was changed; importing nothing")
            return result  # someone has made this office their own: leave it alone
    _add_missing_annotators(supervisor, language=language, password=password)
    if not files:
        result.problems.append(DemoError(QT_TRANSLATE_NOOP(
            "Errors", "The demo packages were not found next to Marika, so the demo "
                      "office has no packages to work on.")))
        return result
    publisher = assets / PUBLISHER_FILE
    if publisher.is_file():
        _trust_only_this_demo_key(supervisor, publisher.read_text().strip())
    _import_all(supervisor, task, files, result)
    if not result.problems and not task.cancelled():
        atomic_write(marker, (fingerprint + "\n").encode(), mode=0o644)
    return result


def _trust_only_this_demo_key(supervisor, key_text: str) -> None:
    """Trust the bundle's key and forget earlier demo keys: every demo build has a new
    key and throws its private half away, so an old one will never sign anything again
    and would only pile up in the supervisor's list of trusted publishers."""
    supervisor.install_publisher(name=PUBLISHER_NAME, public_key_text=key_text)
    for name, old_key in supervisor.publishers():
        if name == PUBLISHER_NAME and old_key != key_text:
            supervisor.remove_publisher(public_key_text=old_key)


def _add_missing_annotators(supervisor, *, language: str, password: str) -> None:
    """Both demo annotators, also when an earlier start was closed half-way through."""
    existing = {p.username for p in supervisor.profiles()}
    for username, name in ANNOTATORS:
        if username not in existing:
            supervisor.create_profile(username=username, display_name=name,
                                      password=password, language=language)


def _import_all(supervisor, task, files: list[Path], result: DemoResult) -> None:
    annotators = [p.id for p in supervisor.profiles()
                  if p.username in {name for name, _ in ANNOTATORS}]
    for n, path in enumerate(files):
        if task.cancelled():
            break
        task.progress(n, len(files))
        try:
            supervisor.import_package(path, cancelled=task.cancelled)
        except PackageError as exc:
            if exc.reason not in NOT_A_PROBLEM:
                result.problems.append(exc)
            continue
        except Exception as exc:  # one bad demo file must not stop the others
            log.exception("demo: importing %s failed", path.name)
            result.problems.append(exc)
            continue
        result.imported.append(path.name)
    task.progress(len(files), len(files))
    # Every package, not only this start's: one imported by a start that was closed
    # before it could assign is refused as already there, yet must reach the annotators.
    for package in supervisor.packages():
        for profile_id in annotators:
            supervisor.assign(package_pk=package[0], profile_id=profile_id)


def _has_annotators(office) -> bool:
    usernames = {p.username for p in office.list_profiles()}
    return all(username in usernames for username, _name in ANNOTATORS)


def _marker_text(marker: Path) -> str:
    try:
        return marker.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return ""
