"""Starting the app loads only what the first screen needs: no command-line tools, and
no PostgreSQL driver (peewee would import one it finds: 0.11 s and 16 MiB per start)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import sys
    from unittest import mock

    import marika.cli as cli
    import marika.gui.main

    with mock.patch.object(marika.gui.main, "run", return_value=0) as run:
        assert cli.main(["--data-dir", sys.argv[1], "--lang", "en"]) == 0
    assert run.called
    import peewee  # what opening the office then imports

    print(sorted(m for m in sys.modules if m.startswith(("marika.packages.commands",
                                                          "marika.sync_commands"))))
    print(peewee.psycopg is None and peewee.psycopg2 is None)
""")


def test_starting_the_app_imports_no_tools_and_no_unused_driver(tmp_path):
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)], capture_output=True,
                         text=True, check=True, timeout=120).stdout.splitlines()
    assert out == ["[]", "True"]


def test_the_tools_are_there_when_asked_for():
    out = subprocess.run([sys.executable, "-m", "marika.cli", "--help"], capture_output=True,
                         text=True, check=True, timeout=120).stdout
    assert "{keys,package,sync}" in out


LOGIN_SCREEN = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from types import SimpleNamespace

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from marika.gui import main

    app = QApplication([])
    args = SimpleNamespace(data_dir=sys.argv[1], demo=False, lang="en", portable=False)
    main._setup_logging(main.resolve_data_dir(args))
    from marika.gui.start_screen import StartScreen

    shown, show_state = [], StartScreen._show_state

    def spy(screen, *args, **kwargs):  # the page is up (maybe before build() returns)
        show_state(screen, *args, **kwargs)
        shown.append(screen.current_page() is screen.login_page)

    StartScreen._show_state = spy
    window, tasks = main.build(args)
    deadline = time.monotonic() + 60
    while not shown:
        QCoreApplication.processEvents()
        assert time.monotonic() < deadline, "the start screen never came"
        time.sleep(0.01)
    print("log-in" if shown[0] else "set-up")
    print(sorted(m for m in ("cryptography", "marika_sync.crypto", "marika.gui.demo",
                             "marika.gui.dialogs", "logging.handlers", "marika.gui.setup_page",
                             "peewee", "marika.profiles")
                 if m in sys.modules))
    while window.office is None:  # the store loads once the page is up
        QCoreApplication.processEvents()
        assert time.monotonic() < deadline, "the office never opened"
        time.sleep(0.01)
    window.office.close()
    tasks.shutdown()
""")


SET_UP = textwrap.dedent("""
    import sys
    from marika.profiles import Office

    with Office.open(sys.argv[1], kdf_n=2**10) as office:
        office.setup(username="office", display_name="Office", password="a long password")
""")


def _start_screen(data_dir) -> list[str]:
    env = {**os.environ, "MARIKA_GUIDED_TOUR": "0"}
    out = subprocess.run([sys.executable, "-c", LOGIN_SCREEN, str(data_dir)],
                         check=False, capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr[-3000:]
    return out.stdout.splitlines()[-2:]


def test_the_log_in_screen_shows_without_cryptography_demo_or_dialogs(tmp_path):
    """The log-in screen only lists profiles: the keys are unwrapped at log-in, on the
    database worker, which imports the cryptography then. The log file is opened at its
    first record (a start logs nothing), so logging.handlers is not imported either, and
    the first-start set-up page is only loaded by an office that needs it. An office set
    up before shows its log-in page from the roster, before the store (peewee) loads; a
    new one waits for the office, which sets it up."""
    data_dir = tmp_path / "data"
    assert _start_screen(data_dir) == [
        "set-up", "['marika.gui.setup_page', 'marika.profiles', 'peewee']"]
    subprocess.run([sys.executable, "-c", SET_UP, str(data_dir)], check=True, timeout=120)
    assert _start_screen(data_dir) == ["log-in", "[]"]
