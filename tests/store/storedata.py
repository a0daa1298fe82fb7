"""A small office for the store's durability tests, and the digest that names a save.

The package is written as the rows an import creates, from a manifest the real parser
accepts, so the facade reads it exactly as it reads imported ones. The kill test's child
process (save_child.py) and the tests share this module: both sides must compute the
same digest of a save's content.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from pathlib import Path

FAST_KDF_N = 2**10  # as tests/conftest.py: the real scrypt cost is tuned to ~0.3 s
SUPERVISOR, ANNOTATOR = "office", "rasoa"
PASSWORD = "correct horse 42"
PACKAGE_ID = "store-durability"
LABEL_IDS = ("pos", "neg", "neu", "mixed", "spam")
DB_NAME = "marika.db"


def manifest_dict(count: int) -> dict:
    from marika_sync.crypto import BoxPrivateKey

    return {
        "format": 1, "package_id": PACKAGE_ID, "version": 1, "kind": "text_classification",
        "title": {"en": "Shop reviews"}, "choice": "multi",
        "labels": [{"id": label, "hotkey": str(n), "name": {"en": label.title()}}
                   for n, label in enumerate(LABEL_IDS, start=1)],
        "instructions": {"en": "Choose every label that fits the review."},
        "transparency": {"client": "Example Lab", "purpose": {"en": "Research"},
                         "contact": "data@example.org", "reviewer": "Ny Aina R.",
                         "content_warnings": []},
        "pay": {"rate_per_item": "25", "currency": "MGA"},
        "results_public_key": BoxPrivateKey.generate().public.to_text(),
        "practice": None, "publisher": "Example Lab", "files": [],
        "items": [{"id": f"t{n:03d}", "text": f"Review number {n}."} for n in range(count)],
    }


def build_office(data_dir: Path, *, count: int = 24) -> int:
    """Supervisor, annotator and one text package of `count` items assigned to them.

    Returns the package primary key. Opens and closes the office (the data folder lock).
    """
    from marika.profiles import Office
    from marika.store.db import database
    from marika.store.models import Assignment, Item, Package
    from marika_sync.package.manifest import parse_manifest

    data = manifest_dict(count)
    parse_manifest(data)  # the facade must read these rows as it reads an imported package
    office = Office.open(data_dir, kdf_n=FAST_KDF_N)
    try:
        supervisor, _recovery = office.setup(username=SUPERVISOR, display_name="Office",
                                             password=PASSWORD, language="en")
        profile = supervisor.create_profile(username=ANNOTATOR, display_name="Rasoa",
                                            password=PASSWORD, language="en")
        package = Package.create(
            package_id=PACKAGE_ID, version=1, kind=data["kind"], manifest=json.dumps(data),
            signature=b"", publisher_key="test", media_dir=f"packages/{PACKAGE_ID}",
            item_count=count, imported_at=time.time())
        with database.atomic():  # one commit, not one per item
            for ordinal, item in enumerate(data["items"]):
                Item.create(package=package, item_key=item["id"], ordinal=ordinal,
                            text=item["text"])
        Assignment.create(profile=profile.id, package=package, assigned_at=time.time())
        return package.id
    finally:
        office.close()


def rewrite_at_version(db_path: Path, version: int = 1) -> None:
    """Replace a closed store by one at schema `version` holding its rows.

    The schema comes from running migrations m0001..m`version` themselves on a fresh
    file; the rows of their tables are copied over, column by column as those
    migrations define them. So the result is what an office that never ran a later
    Marika would have on disk.
    """
    from peewee import SqliteDatabase

    from marika.store import migrations

    db_path = Path(db_path)
    old_path = db_path.with_name(db_path.name + ".latest")
    db_path.replace(old_path)
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    fresh = SqliteDatabase(str(db_path), pragmas={"journal_mode": "wal"})
    fresh.connect()
    for module in migrations._modules()[:version]:
        with fresh.atomic():
            module.migrate(fresh)
            fresh.execute_sql(f"PRAGMA user_version = {int(module.VERSION)}")
    fresh.close()
    conn = sqlite3.connect(db_path, isolation_level=None)
    try:
        conn.execute("ATTACH DATABASE ? AS old", (str(old_path),))
        conn.execute("BEGIN")
        tables = [row[0] for row in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%'")]
        # Parents before children, so the copy would also pass with foreign keys on.
        order = ["setting", "profile", "publisher", "package", "item", "assignment",
                 "annotation", "outbox_batch"]
        tables.sort(key=lambda t: order.index(t) if t in order else len(order))
        for table in tables:
            columns = ", ".join(f'"{row[1]}"' for row in conn.execute(
                f'PRAGMA main.table_info("{table}")'))
            # Tables the annotation triggers keep (migration 4) are already filled.
            verb = "INSERT OR IGNORE" if table in ("progress_count", "finished_run") \
                else "INSERT"
            conn.execute(f'{verb} INTO main."{table}" ({columns}) '
                         f'SELECT {columns} FROM old."{table}"')
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE old")
    finally:
        conn.close()
    old_path.unlink()


def schema_version(db_path: Path) -> int:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def content_digest(*, status: str, value: dict, skip_reason: str | None, flagged: bool,
                   flag_note: str, active_ms: int) -> str:
    """What a worker would notice about a save, as a short hex digest."""
    text = json.dumps({"status": status, "value": value, "skip_reason": skip_reason,
                       "flagged": bool(flagged), "flag_note": flag_note,
                       "active_ms": int(active_ms)}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def record_digest(record) -> str:
    return content_digest(status=record.status, value=dict(record.value),
                          skip_reason=record.skip_reason, flagged=record.flagged,
                          flag_note=record.flag_note, active_ms=record.active_ms)
