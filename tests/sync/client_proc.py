"""A sync client in its own process, so tests can SIGKILL it at any instant.

    client_proc.py sync DB PROFILE_ID KEYFILE [--chunk N] [--die-before-receipt]
                   [--pause-at FRACTION]
    client_proc.py upload URL BATCHFILE RECEIPTFILE [--chunk N]

Prints `progress SENT TOTAL` for every acknowledged chunk and `report ...` at the end.
With --pause-at, the first time SENT/TOTAL reaches FRACTION it prints `paused` and waits
for a line on stdin before sending more: a test then acts on a known state (the server
has acknowledged exactly SENT bytes and no request is in flight), however loaded the
machine is.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import signal
import sys
from pathlib import Path

from marika import profile_keys
from marika.profile_keys import ProfileCipher
from marika.store import db as store_db
from marika.store import outbox
from marika.store.models import Profile
from marika_sync import runner
from marika_sync.client import ServerClient
from marika_sync.config import ClientConfig
from marika_sync.sealing import read_batch_metadata
from marika_sync.tus import MemoryState


def _config(args) -> ClientConfig:
    return ClientConfig(chunk_size=args.chunk, max_chunk_size=args.chunk,
                        backoff_base=0.05, backoff_cap=0.5,
                        max_attempts=args.attempts, connect_timeout=2, read_timeout=5,
                        request_deadline=10)


def cmd_sync(args) -> int:
    store_db.open_database(args.db, min_free_bytes=0)
    key = bytes.fromhex(Path(args.keyfile).read_text())
    row = Profile.get_by_id(args.profile)
    device = profile_keys.device_keys(profile_id=row.id, key=key, device_key_blob=row.device_key)
    if args.die_before_receipt:
        def die(**_kw):
            os.kill(os.getpid(), signal.SIGKILL)
        outbox.mark_delivered = die  # the store the runner is handed

    pause = [args.pause_at]

    def progress(p) -> None:
        if p.phase == "upload":
            print(f"progress {p.sent} {p.total}", flush=True)
            if pause[0] is not None and p.sent >= pause[0] * p.total:
                pause[0] = None
                print("paused", flush=True)
                sys.stdin.readline()

    report = runner.run_sync(store=outbox, profile_id=row.id, device_key=device.signing,
                             box_key=device.box,
                             cipher=ProfileCipher(key), progress=progress,
                             config=_config(args), include_waiting=True)
    print(f"report delivered={len(report.delivered)} failed={report.failed} "
          f"statements={report.statements}", flush=True)
    return 0


def cmd_upload(args) -> int:
    data = Path(args.batch).read_bytes()
    meta = read_batch_metadata(data)
    sha = hashlib.sha256(data).hexdigest()
    client = ServerClient(args.url, config=_config(args))
    permit = Path(args.batch).with_suffix(".permit")  # written beside it by the test
    client.upload(batch_id=meta["batch_id"], data=data, sha256=sha,
                  annotator_id=meta["annotator_id"], state=MemoryState(),
                  permit=permit.read_bytes() if permit.is_file() else None,
                  progress=lambda s, t: print(f"progress {s} {t}", flush=True))
    Path(args.receipt).write_bytes(client.receipt(meta["batch_id"], sha))
    print("report uploaded", flush=True)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="cmd", required=True)
    sync = sub.add_parser("sync")
    sync.add_argument("db")
    sync.add_argument("profile")
    sync.add_argument("keyfile")
    sync.add_argument("--die-before-receipt", action="store_true")
    sync.add_argument("--pause-at", type=float, default=None)
    up = sub.add_parser("upload")
    up.add_argument("url")
    up.add_argument("batch")
    up.add_argument("receipt")
    for p in (sync, up):
        p.add_argument("--chunk", type=int, default=32 * 1024)
        p.add_argument("--attempts", type=int, default=8)
    args = parser.parse_args()
    return cmd_sync(args) if args.cmd == "sync" else cmd_upload(args)


if __name__ == "__main__":
    sys.exit(main())
