"""`marika --demo`: demo profiles, the trusted demo publisher, the REAL bundled packages
imported and assigned, and a second start that imports nothing again."""

import shutil

import pytest
from PySide6.QtCore import Qt

from gui.appdriver import press, start_app, type_text

#: package id -> kind of every package under assets/demo/ (built by scripts/build_demo.py)
BUNDLED = {
    "demo.photos": "image_tag",
    "demo.practice-reviews": "text_classification",
    "demo.reviews": "text_classification",
    "demo.speech": "audio_transcription",
    "demo.speech-segments": "audio_transcription",
}


class Task:
    """The database worker's task handle as `prepare` sees it; may cancel after N imports."""

    def __init__(self, cancel_after=None):
        self.progress_calls = []
        self.cancel_after = cancel_after

    def cancelled(self):
        done = [d for d, _total in self.progress_calls]
        return self.cancel_after is not None and max(done, default=0) >= self.cancel_after

    def progress(self, done, total=None):
        self.progress_calls.append((done, total))


def _bundled_assets():
    from marika.gui import demo

    assets = demo.assets_dir()
    assert assets is not None, "assets/demo/ must be found from the source tree"
    return assets


def _packages_of(office, username):
    from marika.gui import demo

    workspace = office.login(username=username, password=demo.DEMO_PASSWORD)
    return {p.package_id: p for p in workspace.packages()}


def test_demo_office_gets_every_bundled_package_for_both_annotators(open_office):
    from marika.gui import demo

    office, task = open_office(), Task()
    result = demo.prepare(office, task)
    assert result.created and result.problems == []
    assert sorted(result.imported) == sorted(p.name for p in _bundled_assets().glob("*.marika"))
    assert task.progress_calls[-1] == (len(result.imported), len(result.imported))
    names = {p.username: p.role for p in office.list_profiles()}
    assert names == {"office": "supervisor", "rasoa": "annotator", "hery": "annotator"}
    for username in ("rasoa", "hery"):
        packages = _packages_of(office, username)
        assert {pid: p.kind for pid, p in packages.items()} == BUNDLED
        assert all(p.currency == "MGA" and p.rate_per_item > 0 for p in packages.values())
        assert [pid for pid, p in packages.items() if p.is_practice] == ["demo.practice-reviews"]
        assert all(p.done == 0 and p.left == p.item_count > 0 for p in packages.values())


def test_a_second_start_imports_nothing_and_keeps_the_work(open_office, data_dir):
    from marika.gui import demo

    office = open_office()
    demo.prepare(office, Task())
    ws = office.login(username="rasoa", password=demo.DEMO_PASSWORD)
    photos = next(p for p in ws.packages() if p.package_id == "demo.photos")
    item = ws.item_at(photos.package_pk, 0)
    ws.save(item_pk=item.item_pk, value={"labels": ["animal"]})
    office.close()

    again_office = open_office(data_dir)
    again = demo.prepare(again_office, Task())
    assert not again.created and again.imported == [] and again.problems == []
    packages = _packages_of(again_office, "rasoa")
    assert sorted(packages) == sorted(BUNDLED)  # no duplicates
    assert packages["demo.photos"].done == 1  # the work is still there


def test_an_interrupted_first_start_imports_the_rest_next_time(open_office, data_dir):
    from marika.gui import demo

    office = open_office()
    first = demo.prepare(office, Task(cancel_after=2))
    assert len(first.imported) == 2 and first.problems == []  # closing is no problem
    assert len(_packages_of(office, "hery")) == 2
    office.close()

    reopened = open_office(data_dir)
    again = demo.prepare(reopened, Task())
    assert len(again.imported) == len(BUNDLED) - 2 and again.problems == []
    assert sorted(_packages_of(reopened, "hery")) == sorted(BUNDLED)


def test_a_start_closed_right_after_the_supervisor_was_made_is_completed(open_office):
    from marika.gui import demo

    office = open_office()  # as if the first start was closed between these two steps
    office.setup(username="office", display_name="Office", password=demo.DEMO_PASSWORD,
                 language="en")
    result = demo.prepare(office, Task())
    assert result.problems == [] and len(result.imported) == len(BUNDLED)
    assert sorted(_packages_of(office, "hery")) == sorted(BUNDLED)


def test_packages_imported_before_the_annotators_existed_still_reach_them(open_office):
    from marika.gui import demo

    office = open_office()
    supervisor, _ = office.setup(username="office", display_name="Office",
                                 password=demo.DEMO_PASSWORD, language="en")
    supervisor.install_publisher(
        name="demo", public_key_text=(_bundled_assets() / "demo-publisher.pub").read_text())
    supervisor.import_package(_bundled_assets() / "photos.marika")
    result = demo.prepare(office, Task())
    assert "photos.marika" not in result.imported and result.problems == []
    assert sorted(_packages_of(office, "rasoa")) == sorted(BUNDLED)


def test_a_rebuilt_bundle_replaces_the_old_demo_key_and_nothing_else(open_office):
    from marika.gui import demo
    from marika_sync.crypto import SigningKey

    office = open_office()
    supervisor, _ = office.setup(username="office", display_name="Office",
                                 password=demo.DEMO_PASSWORD, language="en")
    old_demo, client = SigningKey.generate().public.to_text(), SigningKey.generate().public
    supervisor.install_publisher(name=demo.PUBLISHER_NAME, public_key_text=old_demo)
    supervisor.install_publisher(name="A real client", public_key_text=client.to_text())
    demo.prepare(office, Task())
    bundled = (_bundled_assets() / "demo-publisher.pub").read_text().strip()
    assert sorted(supervisor.publishers()) == sorted([
        ("A real client", client.to_text()), (demo.PUBLISHER_NAME, bundled)])


def test_a_damaged_demo_file_is_reported_and_the_others_imported(open_office, tmp_path):
    from marika.core.errors import PackageError
    from marika.gui import demo

    assets = tmp_path / "assets"
    shutil.copytree(_bundled_assets(), assets)
    (assets / "broken.marika").write_bytes(b"not a zip at all")
    office = open_office()
    result = demo.prepare(office, Task(), assets=assets)
    assert [type(p) for p in result.problems] == [PackageError]
    assert sorted(_packages_of(office, "rasoa")) == sorted(BUNDLED)
    # Not marked as done: the next start tries again (and says so again).
    assert len(demo.prepare(office, Task(), assets=assets).problems) == 1


def test_an_office_whose_supervisor_changed_the_password_is_left_alone(open_office):
    from marika.gui import demo

    office = open_office()
    office.setup(username="office", display_name="Office", password="a new pass 77",
                 language="en")
    result = demo.prepare(office, Task())
    assert result.imported == [] and result.problems == [] and not result.created


def test_no_bundled_packages_is_said_not_silent(open_office, tmp_path):
    from marika.gui import demo

    empty = tmp_path / "empty"
    empty.mkdir()
    result = demo.prepare(open_office(), Task(), assets=empty)
    assert result.created and len(result.problems) == 1
    assert "demo packages were not found" in result.problems[0].english()


@pytest.mark.gui
def test_demo_start_logs_in_to_the_bundled_packages(qtbot, data_dir):
    from marika.gui import demo

    window = start_app(qtbot, data_dir, demo=True)
    page = window.start.login_page
    qtbot.waitUntil(lambda: page.profiles.count() == 3, timeout=20_000)
    names = {page.profiles.item(n).data(256) for n in range(3)}
    assert names == {"office", "rasoa", "hery"}
    assert demo.DEMO_PASSWORD == "demo-pass-2026"  # as the README says
    page.username.setFocus()
    page.username.selectAll()
    type_text(qtbot, "rasoa")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, demo.DEMO_PASSWORD)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=10_000)
    table = window.home.table
    qtbot.waitUntil(lambda: table.rowCount() == len(BUNDLED), timeout=10_000)
    titles = {table.item(row, 0).text() for row in range(table.rowCount())}
    assert "Demo: what is in the photo?" in titles
    assert "Demo: shop reviews for new annotators (practice)" in titles


def test_the_demo_office_lives_beside_the_real_one(tmp_path, monkeypatch):
    from types import SimpleNamespace

    from marika import paths
    from marika.gui.main import resolve_data_dir

    monkeypatch.delenv(paths.ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(paths, "app_dir", lambda: tmp_path / "stick")
    plain = SimpleNamespace(demo=True, data_dir=None, portable=False)
    assert resolve_data_dir(plain) == tmp_path / "home" / "marika-demo"
    portable = SimpleNamespace(demo=True, data_dir=None, portable=True)
    assert resolve_data_dir(portable) == tmp_path / "stick" / "marika-data-demo"
