"""The supervisor's screen, driven as a supervisor would: trust a publisher key from a
.pub file, set the server and the idle lock, add an annotator, import a real signed
package (cancel once, then for real, with the progress bar), assign it, see progress
counts (never content or pay), and reset a forgotten password with the recovery key.
"""

from __future__ import annotations

import json
import threading

import pytest
from conftest import FAST_KDF_N
from data_folder import edit_db, read_db
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from gui.appdriver import on_db, press, start_app, type_text, when_dialog
from marika.gui.supervisor_dialogs import (
    AssignDialog,
    NewAnnotatorDialog,
    OfficeSettingsDialog,
    PublishersDialog,
    ResetPasswordDialog,
)
from marika_sync.crypto import BoxPrivateKey, SigningKey

pytestmark = pytest.mark.gui

SUPERVISOR_PASSWORD = "office pass 2026"
RASOA_PASSWORD = "rasoa pass 2026"
RATE = "37.13"  # the package's rate: the supervisor's screen must never show pay
TEXTS = [f"Hevitra faha-{n}: tsara ny entana." for n in range(40)]


@pytest.fixture
def office(data_dir, tmp_path):
    """A set-up office with two annotators, and a signed package + its publisher key."""
    from marika.packages.build import write_package
    from marika.profiles import Office

    office = Office.open(data_dir, kdf_n=FAST_KDF_N)
    try:
        supervisor, recovery = office.setup(username="office", display_name="Office",
                                            password=SUPERVISOR_PASSWORD, language="en")
        for name in ("rasoa", "hery"):
            supervisor.create_profile(username=name, display_name=name.title(),
                                      password=RASOA_PASSWORD, language="en")
    finally:
        office.close()
    publisher = SigningKey.generate()
    fields = {
        "package_id": "reviews.mg", "version": 1, "kind": "text_classification",
        "title": {"en": "Shop reviews"}, "instructions": {"en": "Positive or negative?"},
        "labels": [{"id": "pos", "hotkey": "1", "name": {"en": "Positive"}},
                   {"id": "neg", "hotkey": "2", "name": {"en": "Negative"}}],
        "transparency": {"client": "Example Lab", "purpose": {"en": "Research"},
                         "contact": "data@example.org", "reviewer": "R. Reviewer",
                         "content_warnings": []},
        "pay": {"rate_per_item": RATE, "currency": "MGA"},
        "results_public_key": BoxPrivateKey.generate().public.to_text(),
        "publisher": "Example Lab",
        "items": [{"id": f"r{n:03d}", "media": f"media/{n:03d}.txt"} for n in range(40)],
    }
    media = [(f"media/{n:03d}.txt", text.encode()) for n, text in enumerate(TEXTS)]
    package = tmp_path / "reviews.marika"
    write_package(fields, media, key=publisher, out=package)
    pub = tmp_path / "example-lab.pub"
    pub.write_text(publisher.public.to_text() + "\n")
    return {"data_dir": data_dir, "recovery": recovery, "package": package, "pub": pub}


def ok(dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def log_in_supervisor(qtbot, window):
    page = window.start.login_page
    qtbot.waitUntil(lambda: window.start.current_page() is page and page.profiles.count() == 3)
    page.username.setText("office")
    page.password.setFocus()
    type_text(qtbot, SUPERVISOR_PASSWORD)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.supervisor is not None
                    and window.stack.currentWidget() is window.supervisor, timeout=10_000)
    screen = window.supervisor
    qtbot.waitUntil(lambda: screen.heading.text().endswith("Office"))
    return screen


def banner_says(qtbot, screen, text: str) -> None:
    qtbot.waitUntil(lambda: text in screen.banner.label.text(), timeout=10_000)


def cells(screen) -> list[list[str]]:
    table = screen.table
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_supervisor_runs_the_office(qtbot, office, monkeypatch):
    window = start_app(qtbot, office["data_dir"])
    screen = log_in_supervisor(qtbot, window)
    session = window.session

    # Trusted publishers: the key comes from a .pub file chosen in a file dialog.
    from marika.gui import files

    monkeypatch.setattr(files.QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(office["pub"]), "")))

    def add_publisher(dialog):
        dialog.name.setText("Example Lab")
        dialog.key.load.click()  # "Load a .pub file…"
        qtbot.waitUntil(lambda: dialog.key.value().startswith("ed25519-pub:"))
        dialog.install.click()
        qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=10_000)
        assert "Example Lab" in dialog.list.item(0).text()
        dialog.reject()

    done = when_dialog(add_publisher, PublishersDialog)
    screen.commands["publishers"].trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    banner_says(qtbot, screen, "The publisher key was added.")

    # Office settings: a wrong address is refused with a sentence; a right one is kept.
    server_key = SigningKey.generate().public.to_text()

    def settings(url):
        def fill(dialog):
            assert dialog.idle.value() == 10  # the default, read from the office
            dialog.server_url.setText(url)
            dialog.server_key.text.setText(server_key)
            dialog.idle.setValue(7)
            dialog.office_name.setText("Birao Analamanga")
            dialog.wage.setText("1250 mga")
            ok(dialog)
        return fill

    done = when_dialog(settings("collect.example.org"), OfficeSettingsDialog)
    screen.commands["settings"].trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    banner_says(qtbot, screen, "must start with https://")
    done = when_dialog(settings("https://collect.example.org"), OfficeSettingsDialog)
    screen.commands["settings"].trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    banner_says(qtbot, screen, "The office settings are saved.")
    saved = on_db(qtbot, window, session.office_settings)
    assert saved["server_url"] == "https://collect.example.org"
    assert saved["server_public_key"] == server_key and saved["idle_lock_minutes"] == "7"
    assert saved["office_name"] == "Birao Analamanga"
    assert saved["reference_hourly_wage"] == "1250 MGA"  # for workers' hourly rates

    # A new annotator.
    def new_annotator(dialog):
        dialog.username.setText("noro")
        dialog.display_name.setText("Noro")
        dialog.password.setText("noro pass 2026")
        ok(dialog)

    done = when_dialog(new_annotator, NewAnnotatorDialog)
    screen.commands["add"].trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    banner_says(qtbot, screen, "Noro can now log in.")

    # Import, cancelled: the worker is busy, the supervisor presses Cancel at once.
    gate = threading.Event()
    window.tasks.run_db(gate.wait)  # the import waits behind it
    screen.start_import(str(office["package"]))
    assert screen.importing.isVisible() and screen.cancel_import.isEnabled()
    screen.cancel_import.click()
    assert "Stopping" in screen.import_label.text()
    gate.set()
    banner_says(qtbot, screen, "The import was cancelled. Nothing was changed.")
    assert not screen.importing.isVisible()
    assert on_db(qtbot, window, session.packages) == []
    assert not any((office["data_dir"] / "packages").glob("**/*.txt"))

    # Import for real: the bar reaches the end, then the package is assigned to two.
    seen = []
    screen.progress.valueChanged.connect(seen.append)

    def assign_two(dialog):
        assert dialog.list.count() == 3  # every annotator, all proposed
        dialog.list.item([dialog.list.item(n).text() for n in range(3)].index(
            "Noro (noro)")).setCheckState(Qt.CheckState.Unchecked)
        ok(dialog)

    done = when_dialog(assign_two, AssignDialog)
    screen.start_import(str(office["package"]))
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    assert seen and seen[-1] == screen.progress.maximum()
    banner_says(qtbot, screen, "The package was imported and assigned.")
    qtbot.waitUntil(lambda: len(cells(screen)) == 2)
    assert sorted(r[0] for r in cells(screen)) == ["Hery", "Rasoa"]

    # Rasoa works; the supervisor sees her count, and nothing of what or for how much.
    def rasoa_works():
        ws = window.office.login(username="rasoa", password=RASOA_PASSWORD)
        pk = ws.packages()[0].package_pk
        for n in range(3):
            ws.save(item_pk=ws.item_at(pk, n).item_pk, value={"labels": ["neg"]},
                    flag_note="secret note")
        ws.skip(item_pk=ws.item_at(pk, 3).item_pk, reason="unclear")

    on_db(qtbot, window, rasoa_works)
    screen.commands["refresh"].trigger()
    # Done, skipped and left apart: a skipped item is not folded into done.
    qtbot.waitUntil(lambda: ["Rasoa", "Shop reviews", "3", "1", "36"] in cells(screen))
    assert "Who uses it stays private" in screen.protection_line.text()
    shown = " ".join(" ".join(r) for r in cells(screen))
    assert RATE not in shown and "111.39" not in shown and "secret" not in shown

    # Assign again: Hery loses the package, Noro gets it.
    def reassign(dialog):
        names = [dialog.list.item(n).text() for n in range(dialog.list.count())]
        checked = {n: dialog.list.item(i).checkState() == Qt.CheckState.Checked
                   for i, n in enumerate(names)}
        assert checked == {"Hery (hery)": True, "Noro (noro)": False, "Rasoa (rasoa)": True}
        dialog.list.item(names.index("Hery (hery)")).setCheckState(Qt.CheckState.Unchecked)
        dialog.list.item(names.index("Noro (noro)")).setCheckState(Qt.CheckState.Checked)
        ok(dialog)

    done = when_dialog(reassign, AssignDialog)
    screen.commands["assign"].trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    banner_says(qtbot, screen, "The assignments are saved.")
    qtbot.waitUntil(lambda: sorted(r[0] for r in cells(screen)) == ["Noro", "Rasoa"])


def test_forgotten_password_is_reset_with_the_recovery_key(qtbot, office, monkeypatch,
                                                           tmp_path):
    key_file = tmp_path / "usb" / "marika-recovery-key.txt"
    key_file.parent.mkdir()
    key_file.write_text(office["recovery"] + "\n")
    from marika.gui import files

    monkeypatch.setattr(files.QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(key_file), "")))
    window = start_app(qtbot, office["data_dir"])
    # Rasoa's work before she forgets her password.
    prefs = on_db(qtbot, window, lambda: _rasoa_prefers(window.office))
    screen = log_in_supervisor(qtbot, window)

    def reset(dialog):
        names = [dialog.profile.itemText(n) for n in range(dialog.profile.count())]
        dialog.profile.setCurrentIndex(names.index("Rasoa (rasoa)"))
        dialog.password.setText("a new start 2026")
        dialog.repeat.setText("a new start 2026")
        ok(dialog)  # no recovery key yet: the dialog stays and says why
        assert "recovery key" in dialog.error.text() and dialog.isVisible()
        dialog.recovery.load.click()  # the key file on the USB stick
        qtbot.waitUntil(lambda: dialog.recovery.value() == office["recovery"])
        dialog.repeat.setText("a new start 2026!")
        ok(dialog)  # the passwords differ
        assert "not the same" in dialog.error.text() and dialog.isVisible()
        dialog.repeat.setText("a new start 2026")
        ok(dialog)

    done = when_dialog(reset, ResetPasswordDialog)
    screen.commands["reset"].trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    banner_says(qtbot, screen, "The new password is set.")

    def rasoa_again():
        from marika.core.errors import AuthError

        with pytest.raises(AuthError):
            window.office.login(username="rasoa", password=RASOA_PASSWORD)
        return window.office.login(username="rasoa",
                                   password="a new start 2026").preferences()

    assert on_db(qtbot, window, rasoa_again) == prefs  # her encrypted data opens again


def _rasoa_prefers(office) -> dict:
    ws = office.login(username="rasoa", password=RASOA_PASSWORD)
    ws.set_preference("font_size", 15)
    return ws.preferences()


def test_a_wrong_recovery_key_is_told_and_changes_nothing(qtbot, office):
    window = start_app(qtbot, office["data_dir"])
    screen = log_in_supervisor(qtbot, window)

    def reset(dialog):
        dialog.recovery.text.setText(BoxPrivateKey.generate().to_text())
        dialog.password.setText("a new start 2026")
        dialog.repeat.setText("a new start 2026")
        ok(dialog)

    done = when_dialog(reset, ResetPasswordDialog)
    screen.commands["reset"].trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    banner_says(qtbot, screen, "This recovery key does not belong to this office.")
    assert QApplication.activeModalWidget() is None


def test_an_answer_arriving_after_log_out_opens_nothing(qtbot, office):
    """The idle lock (or Log out) while a list for a dialog is on its way: no dialog
    acting for the supervisor may open over the start screen, and the counts go."""
    window = start_app(qtbot, office["data_dir"])
    screen = log_in_supervisor(qtbot, window)
    qtbot.waitUntil(lambda: screen.rows is not None)
    # Any dialog is closed at once, so a wrong one fails the test instead of blocking it
    # (the watcher ends with the test).
    opened = when_dialog(lambda dialog: dialog.reject())
    gate = threading.Event()
    window.tasks.run_db(gate.wait)  # the list is read only after the log-out
    screen.commands["publishers"].trigger()
    window.log_out()
    gate.set()
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=10_000)  # its answer came
    assert [type(d).__name__ for d in opened] == []
    assert QApplication.activeModalWidget() is None
    assert screen.session is None and screen.table.rowCount() == 0
    assert window.stack.currentWidget() is window.start


def test_the_supervisor_sees_what_was_changed_in_the_data_folder(qtbot, office):
    """Issue 10: a signed package edited after import and a batch planted in a worker's
    outbox stand on the supervisor's screen, one sentence each naming the package or the
    profile and what to do, never an item or an amount. An untouched office shows none;
    importing the package again from its signed file repairs it."""
    from marika.profiles import Office

    with Office.open(office["data_dir"], kdf_n=FAST_KDF_N) as opened:
        supervisor = opened.login(username="office", password=SUPERVISOR_PASSWORD)
        supervisor.install_publisher(name="Example Lab",
                                     public_key_text=office["pub"].read_text().strip())
        supervisor.import_package(office["package"])
    window = start_app(qtbot, office["data_dir"])
    screen = log_in_supervisor(qtbot, window)
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=10_000)
    assert screen.problems == [] and not screen.integrity.isVisible()

    # The colleague swaps the results key (so the next batches are sealed to theirs) and
    # plants a batch of their own making in Rasoa's outbox.
    data_dir = office["data_dir"]
    [(text,)] = read_db(data_dir, "SELECT manifest FROM package")
    [(rasoa,)] = read_db(data_dir, "SELECT id FROM profile WHERE username = 'rasoa'")
    manifest = json.loads(text)
    manifest["results_public_key"] = BoxPrivateKey.generate().public.to_text()
    edit_db(data_dir, "UPDATE package SET manifest = ?", json.dumps(manifest))
    edit_db(data_dir, "INSERT INTO outbox_batch (batch_id, profile_id, package_id, "
            "package_version, item_count, sha256, size, data, state, created_at) VALUES "
            "('b-planted', ?, 'reviews.mg', 1, 3, 'x', 16, ?, 'sealed', 0)",
            rasoa, b"MRKB not a batch")
    screen.commands["refresh"].trigger()
    qtbot.waitUntil(lambda: len(screen.problems) == 2, timeout=10_000)
    shown = screen.integrity.text()
    assert screen.integrity.isVisible()
    assert ("The task package reviews.mg on this computer was changed after it was imported. "
            "Marika will not seal or send any work of it. Import the package again from its "
            "signed file.") in shown
    assert "profile Rasoa" in shown and "ask Rasoa to log in" in shown
    assert RATE not in shown and not any(t in shown for t in TEXTS)

    # In French, the same sentences translated.
    window.set_language("fr")
    qtbot.waitUntil(lambda: "Importez à nouveau le paquet depuis son fichier signé"
                    in screen.integrity.text())
    window.set_language("en")

    # The supervisor imports the package again from its signed file: that problem goes.
    done = when_dialog(lambda dialog: dialog.reject(), AssignDialog)
    screen.start_import(str(office["package"]))
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    banner_says(qtbot, screen, "The package was imported.")
    qtbot.waitUntil(lambda: len(screen.problems) == 1, timeout=10_000)
    assert "reviews.mg" not in screen.integrity.text()
    assert "profile Rasoa" in screen.integrity.text()
    edit_db(data_dir, "DELETE FROM outbox_batch WHERE batch_id = 'b-planted'")
    screen.commands["refresh"].trigger()
    qtbot.waitUntil(lambda: not screen.integrity.isVisible(), timeout=10_000)
    assert screen.problems == []
