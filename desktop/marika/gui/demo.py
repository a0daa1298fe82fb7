"""`marika --demo`: one command opens an office ready to work on the bundled packages.

On an empty demo data folder this creates the supervisor `office` and the annotators
`rasoa` and `hery` (password of each: DEMO_PASSWORD, as documented in the README),
trusts `assets/demo/demo-publisher.pub`, imports every `assets/demo/*.marika` and
assigns them to both annotators. `prepare` runs on the database worker and only calls
the facade; it reports progress through the task handle and never touches a widget.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import marika
from marika import paths

DEMO_PASSWORD = "demo-pass-2026"  # noqa: S105 - the documented demo password
SUPERVISOR = ("office", "Office supervisor")
ANNOTATORS = (("rasoa", "Rasoa"), ("hery", "Hery"))


@dataclass
class DemoResult:
    created: bool = False
    imported: list[str] = field(default_factory=list)
    problems: list[BaseException] = field(default_factory=list)


def demo_data_dir() -> Path:
    """The demo office lives beside the real one, never inside it."""
    base = paths.platform_data_dir()
    return base.with_name(base.name + "-demo")


def assets_dir() -> Path | None:
    package_dir = Path(marika.__file__).resolve().parent
    for candidate in (package_dir / "demo", package_dir.parents[1] / "assets" / "demo"):
        if candidate.is_dir():
            return candidate
    return None


def prepare(office, task, *, language: str = "en", assets: Path | None = None,
            password: str = DEMO_PASSWORD) -> DemoResult:
    """Set up the demo office if it is empty. Call on the database worker."""
    result = DemoResult()
    assets = assets if assets is not None else assets_dir()
    if office.needs_setup():
        supervisor, _recovery = office.setup(username=SUPERVISOR[0],
                                             display_name=SUPERVISOR[1],
                                             password=password, language=language)
        for username, name in ANNOTATORS:
            supervisor.create_profile(username=username, display_name=name,
                                      password=password, language=language)
        result.created = True
    else:
        supervisor = office.login(username=SUPERVISOR[0], password=password)
    if assets is None or supervisor.packages():
        return result  # already imported (or nothing to import)
    publisher = assets / "demo-publisher.pub"
    if publisher.exists():
        supervisor.install_publisher(name="Marika demo publisher",
                                     public_key_text=publisher.read_text().strip())
    files = sorted(assets.glob("*.marika"))
    for n, path in enumerate(files):
        if task.cancelled():
            break
        task.progress(n, len(files))
        try:
            supervisor.import_package(path, cancelled=task.cancelled)
        except Exception as exc:  # one bad demo file must not stop the others
            result.problems.append(exc)
            continue
        result.imported.append(path.name)
    task.progress(len(files), len(files))
    profiles = {p.username: p for p in supervisor.profiles()}
    for package in supervisor.packages():
        for username, _name in ANNOTATORS:
            if username in profiles:
                supervisor.assign(package_pk=package[0], profile_id=profiles[username].id)
    return result
