"""`marika --demo`: demo profiles, the trusted demo publisher, packages imported and assigned."""

from types import SimpleNamespace

import pytest

from gui.appdriver import start_app


class FakeTask:
    def __init__(self):
        self.progress_calls = []

    def cancelled(self):
        return False

    def progress(self, done, total=None):
        self.progress_calls.append((done, total))


class FakeSupervisor:
    def __init__(self):
        self.publishers, self.imported, self.assigned, self._packages = [], [], [], []

    def create_profile(self, **kw):
        pass

    def install_publisher(self, *, name, public_key_text):
        self.publishers.append(public_key_text)

    def import_package(self, path, *, cancelled=None, progress=None):
        if path.name == "broken.marika":
            raise ValueError("bad package")
        self.imported.append(path.name)
        self._packages.append((len(self._packages) + 1, path.stem, 1, "image_tag", 3))

    def packages(self):
        return list(self._packages)

    def profiles(self):
        return [SimpleNamespace(username=u, id=f"id-{u}") for u in ("office", "rasoa", "hery")]

    def assign(self, *, package_pk, profile_id):
        self.assigned.append((package_pk, profile_id))


class FakeOffice:
    def __init__(self):
        self.supervisor = FakeSupervisor()
        self.setups = []

    def needs_setup(self):
        return not self.setups

    def setup(self, **kw):
        self.setups.append(kw)
        return self.supervisor, "x25519-priv:..."

    def login(self, *, username, password):
        return self.supervisor


def test_demo_imports_every_package_and_assigns_it_to_both_annotators(tmp_path):
    from marika.gui import demo

    (tmp_path / "demo-publisher.pub").write_text("ed25519-pub:KEY\n")
    for name in ("a-images.marika", "b-audio.marika", "broken.marika"):
        (tmp_path / name).write_bytes(b"zip")
    office, task = FakeOffice(), FakeTask()
    result = demo.prepare(office, task, assets=tmp_path)
    sup = office.supervisor
    assert office.setups[0]["username"] == "office"
    assert office.setups[0]["password"] == demo.DEMO_PASSWORD
    assert sup.publishers == ["ed25519-pub:KEY"]
    assert sup.imported == ["a-images.marika", "b-audio.marika"]
    assert len(result.problems) == 1  # the broken one is reported, the others imported
    assert sorted(sup.assigned) == [(1, "id-hery"), (1, "id-rasoa"),
                                    (2, "id-hery"), (2, "id-rasoa")]
    assert task.progress_calls[-1] == (3, 3)
    # A second start finds the packages there and imports nothing again.
    again = demo.prepare(office, FakeTask(), assets=tmp_path)
    assert again.imported == [] and not again.created


@pytest.mark.gui
def test_demo_start_is_ready_to_log_in(qtbot, data_dir, tmp_path):
    from marika.gui import demo

    assets = tmp_path / "assets"
    assets.mkdir()
    window = start_app(qtbot, data_dir, demo=True, demo_assets=assets)
    page = window.start.login_page
    qtbot.waitUntil(lambda: page.profiles.count() == 3, timeout=20_000)
    names = {page.profiles.item(n).data(256) for n in range(3)}
    assert names == {"office", "rasoa", "hery"}
    assert demo.DEMO_PASSWORD == "demo-pass-2026"  # as the README says
