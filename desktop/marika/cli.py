"""The `marika` command: with no arguments it starts the app; subcommands are tools.

Each tool area registers its own subcommands in `COMMAND_MODULES`, so adding one does
not touch the others. A module there provides `register(subparsers)`; each parser it
adds sets `func=callable(args) -> int`.
"""

from __future__ import annotations

import argparse
import importlib
import sys

COMMAND_MODULES = [
    "marika.packages.commands",  # marika package build|verify, marika keys new
    "marika.sync_commands",  # marika sync push|import|status
]
# The subcommand names those modules register: a start of the app (no subcommand) does
# not import the tools (a tenth of the start-up time).
COMMAND_NAMES = ("package", "keys", "sync")


def _wants_tools(argv: list[str]) -> bool:
    return any(arg in COMMAND_NAMES or arg in ("-h", "--help") for arg in argv)


def build_parser(*, tools: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="marika", description="Marika annotation workstation")
    parser.add_argument("--data-dir",
                        help="data folder (default: MARIKA_DATA_DIR or the platform's)")
    parser.add_argument("--demo", action="store_true",
                        help="start on the bundled demo packages (creates demo profiles)")
    parser.add_argument("--portable", action="store_true",
                        help="keep data next to the app (for running from a USB stick)")
    parser.add_argument("--lang", help="interface language: mg, fr or en")
    parser.add_argument("--self-check", action="store_true",
                        help="check that this installation can run Marika, then exit")
    if not tools:
        # No subparsers at all: argparse formats the whole usage line to name them (a
        # few milliseconds of every start, for tools a start never runs).
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(sub)
    return parser


def _without_unused_drivers() -> None:
    """peewee imports any PostgreSQL driver it finds at import time (0.11 s and 16 MiB at
    every start where the dev tools installed psycopg), and looks for MySQL drivers and
    pysqlite3 (a search of the whole import path each); the workstation only ever opens
    SQLite through Python's own sqlite3. The collection server (`marika-server`) is
    another program and unaffected."""
    for name in ("psycopg", "psycopg2", "psycopg2cffi", "pymysql", "MySQLdb", "pysqlite3"):
        sys.modules.setdefault(name, None)  # None: `import name` fails as if absent


def main(argv: list[str] | None = None) -> int:
    _without_unused_drivers()
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(tools=_wants_tools(argv)).parse_args(argv)
    if args.command:
        try:
            return int(args.func(args) or 0)
        except Exception as exc:
            # A full disk, a read-only folder, a locked or damaged store: the same
            # sentence as in the app (core.faults), not a traceback.
            from marika.core.errors import MarikaError
            from marika.core.faults import as_marika_error

            shown = as_marika_error(exc)
            if not isinstance(shown, MarikaError):
                raise
            print(f"error: {shown.english()}", file=sys.stderr)
            return 1
    if args.self_check:
        from marika.gui.self_check import run as self_check

        return self_check(args)
    from marika.gui.main import run  # the GUI is only loaded when it is wanted

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
