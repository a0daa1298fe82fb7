"""Sealed batch size and upload time over a slow link, through the real submit and sync.

- sealed bytes: `Workspace.submit` of N saved annotations (the app's own sealing into
  the outbox) against zstd level 3 of the same records' JSON (the `zstd` command; zlib
  level 9 where it is missing, named in the table).
- upload: the real sync client (`run_sync`) sending one sealed batch to a real
  `marika-server` process through tests/sync/faultproxy.py at 64 kbit/s with 600 ms
  each way, against the batch's bytes divided by the link rate.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

from .common import Row, pick

TESTS = Path(__file__).resolve().parents[1] / "tests"
LINK_RATE = 8000  # bytes per second: 64 kbit/s
LINK_DELAY = 0.6


def _zstd3(data: bytes) -> tuple[int, str]:
    if shutil.which("zstd"):
        out = subprocess.run(["zstd", "-3", "-c", "-q"], input=data, capture_output=True,
                             check=True).stdout
        return len(out), "zstd -3"
    return len(zlib.compress(data, 9)), "zlib -9 (no zstd here)"


def sealing(scale: str) -> list[Row]:
    from marika.store.db import database
    from marika_sync.canonical import canonical_json

    from .office import open_office, text_items

    rows = []
    sizes = pick(scale, (20, 100), (200, 1_000), (1_000, 10_000))
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        office = open_office(tmp / "data")
        ws = office.workspace
        try:
            for count in sizes:
                items, media = text_items(count)
                for it in items:
                    it["text"] = it["text"][:60]
                pk = office.add("text_classification", package_id=f"seal-{count}",
                                items=items, media=media, out_dir=tmp)
                labels = ["pos", "neg", "neu"]
                for n in range(count):
                    item = ws.item_at(pk, n)
                    if n % 13 == 5:
                        ws.skip(item_pk=item.item_pk, reason="unclear", active_ms=900 + n)
                    else:
                        ws.save(item_pk=item.item_pk, value={"labels": [labels[n % 3]]},
                                active_ms=2000 + 37 * n)
                result = ws.submit(pk)
                sealed, floor, floor_name = 0, 0, ""
                for batch_id in result.batch_ids:
                    data = bytes(database.execute_sql(
                        "SELECT data FROM outbox_batch WHERE batch_id = ?",
                        (batch_id,)).fetchone()[0])
                    sealed += len(data)
                    content = {"batch_id": batch_id,
                               "records": office.open_records(data, pk)}
                    size, floor_name = _zstd3(canonical_json(content))
                    floor += size
                rows.append(Row(f"sealed_bytes@{count}", sealed / 1000, floor / 1000, "KB",
                                1.1, f"{floor_name} of the records' JSON"))
        finally:
            office.close()
    return rows


def upload(scale: str) -> list[Row]:
    sys.path.insert(0, str(TESTS))
    from sync.conftest import ServerProc, make_package, make_person, make_work
    from sync.faultproxy import FaultProxy, Faults

    from marika.store import db as store_db
    from marika.store import outbox
    from marika.submit import seal_and_enqueue
    from marika_sync.config import ClientConfig
    from marika_sync.enroll import enroll_online
    from marika_sync.runner import run_sync

    rows = []
    # (items, incompressible characters per item): about 20 KB and 180 KB sealed
    sizes = pick(scale, ((4, 600),), ((120, 3000),), ((20, 2000), (120, 3000)))
    delay = pick(scale, 0.05, LINK_DELAY, LINK_DELAY)
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        server = ServerProc(tmp / "server")
        server.data.mkdir(parents=True)
        server.start()
        store_db.open_database(tmp / "client" / "marika.db", min_free_bytes=0)
        try:
            for n, (count, filler) in enumerate(sizes):
                person = make_person(f"rasoa{n}")
                pkg = make_package(f"pkg.up{n}", items=count)
                enroll_online(store=outbox, profile_id=person.profile_id, server_url=server.url,
                              code=server.new_code(), device_key=person.device_key,
                              box_key=person.box_key, display_name="Rasoa",
                              expected_server_key=server.key(), config=ClientConfig())
                records = make_work(person, pkg, count, filler=filler)
                [batch_id] = seal_and_enqueue(
                    profile_id=person.profile_id, records=records,
                    device_key=person.device_key, package_id=pkg.package_id,
                    package_version=pkg.version, results_key=pkg.results.public,
                    rate_per_item=pkg.rate, currency=pkg.currency, max_items=count)
                row = outbox.get_batch(batch_id)
                proxy = FaultProxy(server.port, Faults(delay=delay, rate=LINK_RATE, seed=n,
                                                       lifetime=900)).start()
                try:
                    enrolled = outbox.enrollment(person.profile_id)
                    outbox.save_enrollment(
                        profile_id=enrolled.profile_id, annotator_id=enrolled.annotator_id,
                        server_url=proxy.url, server_key=enrolled.server_key,
                        document=bytes(enrolled.document), now=enrolled.enrolled_at)
                    start = time.perf_counter()
                    report = run_sync(store=outbox, profile_id=person.profile_id,
                                      device_key=person.device_key, box_key=person.box_key,
                                      cipher=person.cipher, config=ClientConfig(),
                                      include_waiting=True)
                    took = time.perf_counter() - start
                    if batch_id not in report.delivered:
                        raise RuntimeError(f"not delivered: {report}")
                    up, down = proxy.stats.bytes_up, proxy.stats.bytes_down
                    requests, opened = len(proxy.exchanges), proxy.stats.connections
                finally:
                    proxy.stop()
                floor = row.size / LINK_RATE
                # No client does better than the bytes plus one round trip (2 x delay).
                best = (floor + 2 * delay) / floor
                rows.append(Row(f"upload_64kbit_{int(delay * 1000)}ms@{row.size // 1000}KB",
                                took, floor, "s", 1.3, "sealed bytes / link rate",
                                note=f"{up} B up, {down} B down, {requests} requests on "
                                     f"{opened} connection(s); one round trip alone "
                                     f"makes {best:.2f}x"))
        finally:
            store_db.close_database()
            server.stop()
    return rows


GROUPS = {"sealing": sealing, "upload": upload}
