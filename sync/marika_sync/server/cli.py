"""`marika-server`: the collection server and its office tools, one command each.

    marika-server serve --data DIR --port N [--host H] [--workers N]
                        [--database postgresql://...]
    marika-server codes new --count N          one-time enrollment codes
    marika-server enroll FOLDER                answer enrollment requests from a USB stick
    marika-server usb FOLDER                   process a USB folder on this machine
    marika-server package add FILE.marika --trust PUBKEY
    marika-server export --key RESULTS_PRIVATE_KEY --format jsonl|csv OUT
    marika-server review FILE                  record decisions, then issue statements
    marika-server payout ANNOTATOR AMOUNT CUR  record a payment (on the next statement)
    marika-server statements issue             issue statements for new decisions
    marika-server info                         the server key and its fingerprint
    marika-server pub FILE.pub                 the server key as a .pub file for offices
    marika-server backup FOLDER                copy the key (and the SQLite database)
Every command takes --data (default: $MARIKA_SERVER_DATA or ./marika-server-data) and
--database (default: SQLite in the data folder).
"""

from __future__ import annotations

import argparse
import logging
import os
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

from ..crypto import BoxPrivateKey, CryptoError
from ..fsutil import atomic_write
from ..usbfolder import UsbFolder
from . import enrollment, export, keys, packages, review, serve, statements
from . import usb as server_usb
from .app import ServerConfig
from .db import connection, open_database
from .refusal import Refusal


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", default=os.environ.get("MARIKA_SERVER_DATA",
                                                         "marika-server-data"))
    parser.add_argument("--database", default=os.environ.get("MARIKA_SERVER_DATABASE"),
                        help="postgresql://user@host:port/db (default: SQLite in --data)")


def _open(args) -> tuple[Path, object]:
    data = Path(args.data)
    data.mkdir(parents=True, exist_ok=True)
    key = keys.load_or_create(data, key_file=getattr(args, "key_file", None))
    open_database(data_dir=data, url=args.database)
    return data, key


def _read_key_arg(value: str) -> str:
    """A key given as text, or as the path of a file holding it (keeps it out of `ps`)."""
    path = Path(value)
    if path.is_file():
        return path.read_text("utf-8").strip()
    return value.strip()


def cmd_serve(args) -> int:
    data, key = _open(args)
    config = ServerConfig(key=key, max_size=args.max_size, max_chunk=args.max_chunk,
                          body_timeout=args.body_timeout, db_threads=args.db_threads,
                          max_requests=args.max_requests)
    try:
        sock = serve.bind(args.host, args.port)
    except OSError as exc:
        print(f"error: cannot listen on {args.host}:{args.port}: {exc.strerror}",
              file=sys.stderr)
        return 1

    def announce(url: str) -> None:
        atomic_write(data / "server.url", url.encode())
        print(f"Marika collection server listening on {url} with {args.workers} "
              f"worker process{'es' if args.workers != 1 else ''} "
              f"(key fingerprint {key.public.fingerprint})", flush=True)

    return serve.serve(data=data, database=args.database, key_file=args.key_file, sock=sock,
                       config=config, workers=args.workers,
                       max_connections=args.max_connections, announce=announce)


def cmd_codes(args) -> int:
    _data, key = _open(args)
    with connection():
        codes = enrollment.new_codes(args.count, valid_days=args.valid_days)
    print(f"Server key fingerprint: {key.public.fingerprint}")
    for code in codes:
        print(code)
    return 0


def cmd_enroll(args) -> int:
    _data, key = _open(args)
    result = server_usb.UsbResult()
    with connection():
        server_usb.process_enrollments(UsbFolder(args.folder).ensure(), key=key, result=result)
    print(f"enrolled: {result.enrolled}")
    for line in result.refused:
        print(f"refused: {line}", file=sys.stderr)
    return 1 if result.refused else 0


def cmd_usb(args) -> int:
    _data, key = _open(args)
    with connection():
        result = server_usb.process_folder(UsbFolder(args.folder), key=key)
    print(f"receipts: {result.receipts}, enrolled: {result.enrolled}, "
          f"statements: {result.statements}")
    for line in result.refused:
        print(f"refused: {line}", file=sys.stderr)
    return 1 if result.refused else 0


def cmd_package_add(args) -> int:
    _open(args)
    with connection():
        package_id, version = packages.add_package(Path(args.file),
                                                   trust=_read_key_arg(args.trust))
    print(f"registered {package_id} version {version}")
    return 0


def cmd_export(args) -> int:
    _open(args)
    try:
        results_key = BoxPrivateKey.from_text(_read_key_arg(args.key))
    except CryptoError:
        print("--key needs an x25519-priv: key or a file holding one", file=sys.stderr)
        return 2
    with connection():
        result = export.export(results_key, Path(args.out), fmt=args.format,
                               package_id=args.package)
    print(f"exported {result.rows} items from {result.batches} batches "
          f"({result.other_key} for other keys, {result.damaged} damaged)")
    return 0


def cmd_review(args) -> int:
    _data, key = _open(args)
    with connection():
        result = review.record_decisions(review.read_decisions(Path(args.file)))
        issued = {} if args.no_issue else statements.issue_statements(key=key)
    print(f"decisions recorded: {result.decided} (unchanged: {result.unchanged}); "
          f"statements issued: {len(issued)}")
    return 0


def cmd_statements_issue(args) -> int:
    _data, key = _open(args)
    with connection():
        issued = statements.issue_statements(key=key)
    print(f"statements issued: {len(issued)}")
    return 0


def cmd_payout(args) -> int:
    _data, key = _open(args)
    with connection():
        statements.record_payment(annotator_id=args.annotator, amount=args.amount,
                                  currency=args.currency, reference=args.reference)
        issued = statements.issue_statements(key=key)
    print(f"payment recorded; statements issued: {len(issued)}")
    return 0


def cmd_pub(args) -> int:
    """The server's public key as a .pub file: what Office settings > Load a .pub file
    asks for."""
    _data, key = _open(args)
    out = Path(args.out)
    atomic_write(out, (key.public.to_text() + "\n").encode("ascii"), mode=0o644)
    print(f"wrote {out} (fingerprint {key.public.fingerprint})")
    return 0


def cmd_backup(args) -> int:
    """A consistent copy of a running server: the signing key and, on SQLite, the
    database (SQLite's online backup). On PostgreSQL, pg_dump copies the database."""
    data, key = _open(args)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    key_path = Path(args.key_file) if getattr(args, "key_file", None) else data / keys.KEY_FILE
    atomic_write(out / keys.KEY_FILE, key_path.read_bytes(), mode=0o600)
    if args.database and not args.database.startswith("sqlite"):
        print(f"copied the server key to {out}; copy the PostgreSQL database with pg_dump")
        return 0
    source = args.database.split("///", 1)[1] if args.database else str(data / "server.db")
    target = out / "server.db"
    tmp = target.with_suffix(".db.partial")
    tmp.unlink(missing_ok=True)
    with closing(sqlite3.connect(source, timeout=30)) as src, \
            closing(sqlite3.connect(tmp)) as dst:
        src.backup(dst)
    os.replace(tmp, target)
    print(f"backed up the server key and database to {out} "
          f"(key fingerprint {key.public.fingerprint})")
    return 0


def cmd_info(args) -> int:
    _data, key = _open(args)
    print(key.public.to_text())
    print(f"fingerprint {key.public.fingerprint}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="marika-server", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    serve_p = sub.add_parser("serve", help="run the collection server")
    _common(serve_p)
    defaults = ServerConfig(key=None)
    serve_p.add_argument("--host", default="127.0.0.1",
                         help="address to listen on (keep 127.0.0.1 behind a TLS proxy)")
    serve_p.add_argument("--port", type=int, default=8765)
    serve_p.add_argument("--workers", type=int, default=2,
                         help="worker processes sharing the database (default 2)")
    serve_p.add_argument("--key-file", default=os.environ.get("MARIKA_SERVER_KEY_FILE"),
                         help="the server signing key (default: in --data, made if missing)")
    serve_p.add_argument("--max-size", type=int, default=defaults.max_size,
                         help="largest batch in bytes (Tus-Max-Size)")
    serve_p.add_argument("--max-chunk", type=int, default=defaults.max_chunk,
                         help="largest PATCH body in bytes")
    serve_p.add_argument("--body-timeout", type=float, default=defaults.body_timeout,
                         help="seconds for a request body to arrive")
    serve_p.add_argument("--db-threads", type=int, default=defaults.db_threads,
                         help="requests using the database at once, per worker")
    serve_p.add_argument("--max-requests", type=int, default=defaults.max_requests,
                         help="requests in progress per worker (beyond: 503 busy)")
    serve_p.add_argument("--max-connections", type=int, default=1000,
                         help="open connections per worker (beyond: 503)")
    serve_p.set_defaults(func=cmd_serve)
    codes = sub.add_parser("codes", help="enrollment codes")
    codes_sub = codes.add_subparsers(dest="action", required=True)
    new = codes_sub.add_parser("new", help="print new one-time enrollment codes")
    _common(new)
    new.add_argument("--count", type=int, default=1)
    new.add_argument("--valid-days", type=float, default=enrollment.DEFAULT_VALID_DAYS)
    new.set_defaults(func=cmd_codes)
    for name, func, text in (("enroll", cmd_enroll, "answer enrollment requests on a stick"),
                             ("usb", cmd_usb, "process a USB folder on this machine")):
        p = sub.add_parser(name, help=text)
        _common(p)
        p.add_argument("folder")
        p.set_defaults(func=func)
    package = sub.add_parser("package", help="task packages")
    package_sub = package.add_subparsers(dest="action", required=True)
    add = package_sub.add_parser("add", help="register a package so its rate is known")
    _common(add)
    add.add_argument("file")
    add.add_argument("--trust", required=True, help="publisher key (text or .pub file)")
    add.set_defaults(func=cmd_package_add)
    exp = sub.add_parser("export", help="decrypt and export stored work")
    _common(exp)
    exp.add_argument("--key", required=True, help="results private key (file or text)")
    exp.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    exp.add_argument("--package", help="only this package id")
    exp.add_argument("out")
    exp.set_defaults(func=cmd_export)
    rev = sub.add_parser("review", help="record review decisions and issue statements")
    _common(rev)
    rev.add_argument("file")
    rev.add_argument("--no-issue", action="store_true", help="record only")
    rev.set_defaults(func=cmd_review)
    st = sub.add_parser("statements", help="pay statements")
    st_sub = st.add_subparsers(dest="action", required=True)
    issue = st_sub.add_parser("issue", help="issue statements for new decisions")
    _common(issue)
    issue.set_defaults(func=cmd_statements_issue)
    pay = sub.add_parser("payout", help="record money paid to an annotator (on their "
                                        "next statement) and issue statements")
    _common(pay)
    pay.add_argument("annotator", help="the annotator id")
    pay.add_argument("amount", help="a decimal amount, e.g. 12500 or 12.50")
    pay.add_argument("currency", help="ISO 4217 code, e.g. MGA")
    pay.add_argument("--reference", default="", help="e.g. the mobile money transaction id")
    pay.set_defaults(func=cmd_payout)
    pub = sub.add_parser("pub", help="write the server's public key to a .pub file")
    _common(pub)
    pub.add_argument("out", help="the .pub file to write (offices load it in Office settings)")
    pub.set_defaults(func=cmd_pub)
    backup = sub.add_parser("backup", help="copy the server key and SQLite database")
    _common(backup)
    backup.add_argument("--key-file", default=os.environ.get("MARIKA_SERVER_KEY_FILE"))
    backup.add_argument("out", help="a folder for the copy")
    backup.set_defaults(func=cmd_backup)
    info = sub.add_parser("info", help="print the server key")
    _common(info)
    info.set_defaults(func=cmd_info)
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(message)s")
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except Refusal as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"error: {exc.strerror or exc}: {exc.filename or ''}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
