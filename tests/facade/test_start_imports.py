"""Starting the app loads only what the first screen needs: no command-line tools, and
no PostgreSQL driver (peewee would import one it finds: 0.11 s and 16 MiB per start)."""

from __future__ import annotations

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
