"""`marika sync ...`: the sync tools of the `marika` command.

    marika sync push FOLDER [--server URL]   upload a USB folder's batches from this PC
    marika sync import FOLDER                take receipts and statements into this office
    marika sync status                       outbox counts per profile
"""

from __future__ import annotations

import sys
from pathlib import Path


def _office(args):
    from marika import paths
    from marika.profiles import Office

    return Office.open(paths.data_dir(explicit=args.data_dir, portable=args.portable))


def cmd_push(args) -> int:
    from marika_sync.errors import SyncFailure
    from marika_sync.usb import push_folder

    def show(progress) -> None:
        if progress.phase == "upload" and progress.total:
            print(f"\r{progress.batch_index + 1}/{progress.batch_count} "
                  f"{progress.sent}/{progress.total} bytes", end="", flush=True)

    try:
        report = push_folder(Path(args.folder), server_url=args.server, progress=show)
    except SyncFailure as exc:
        print(f"\n{exc.english()}", file=sys.stderr)
        return 1
    print(f"\nuploaded: {len(report.uploaded)}, already delivered: {report.already}, "
          f"enrolled: {report.enrolled}, statements: {report.statements}")
    for name, reason in report.refused.items():
        print(f"refused: {name}: {reason}", file=sys.stderr)
    return 1 if report.refused else 0


def cmd_import(args) -> int:
    from marika.store import outbox
    from marika_sync.usb import import_from_usb

    with _office(args):
        report = import_from_usb(store=outbox, folder=Path(args.folder))
    print(f"delivered: {len(report.delivered)}, statements: {report.statements}")
    for name in report.refused:
        print(f"refused: {name}", file=sys.stderr)
    return 1 if report.refused else 0


def cmd_status(args) -> int:
    from marika.store import outbox
    from marika.store.models import Profile

    with _office(args):
        for profile in Profile.select().order_by(Profile.username):
            counts = outbox.counts(profile.id)
            enrolled = "enrolled" if outbox.enrollment(profile.id) else "not enrolled"
            print(f"{profile.username}: {counts.pending} waiting, {counts.delivered} "
                  f"delivered ({enrolled})")
    return 0


def register(subparsers) -> None:
    sync = subparsers.add_parser("sync", help="send work and fetch receipts and statements")
    sub = sync.add_subparsers(dest="sync_command", required=True)
    push = sub.add_parser("push", help="upload a USB folder's batches from any connected PC")
    push.add_argument("folder")
    push.add_argument("--server", help="server URL (default: the folder's server.json)")
    push.set_defaults(func=cmd_push)
    imp = sub.add_parser("import", help="import receipts and statements from a USB folder")
    imp.add_argument("folder")
    imp.set_defaults(func=cmd_import)
    status = sub.add_parser("status", help="outbox counts per profile")
    status.set_defaults(func=cmd_status)
