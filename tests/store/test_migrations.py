"""Numbered migrations: an older store upgrades in place with its data, a newer one is refused.

A store at version N is made by running m0001..mN themselves on a fresh file and copying
in the rows an office wrote through the facade (storedata.rewrite_at_version), so it is
what an office that never ran a later Marika has on disk. Every older version is tried.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3

import pytest

from marika.core.errors import StoreError
from marika.office_lock import OfficeLocked
from marika.profiles import Office
from marika.store import db as store_db
from marika.store import migrations
from store import storedata


def schema(db_path) -> list[tuple]:
    """Tables, indexes and their columns, as SQLite reports them."""
    conn = sqlite3.connect(db_path)
    try:
        result = []
        for kind, name, table in conn.execute(
                "SELECT type, name, tbl_name FROM sqlite_master "
                "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"):
            info = "index_info" if kind == "index" else "table_info"
            columns = tuple(row[1:] for row in conn.execute(f'PRAGMA {info}("{name}")'))
            result.append((kind, name, table, columns))
        return result
    finally:
        conn.close()


def make_old_office(data_dir, version: int):
    """An office with work saved by the annotator, rewritten at schema `version`."""
    package_pk = storedata.build_office(data_dir, count=6)
    saved = {}
    with Office.open(data_dir, kdf_n=storedata.FAST_KDF_N) as office:
        session = office.login(username=storedata.ANNOTATOR, password=storedata.PASSWORD)
        session.set_preference("text_size", 14)
        for ordinal, labels in ((0, ["pos"]), (2, ["neg", "spam"]), (5, [])):
            item_pk = session.item_at(package_pk, ordinal).item_pk
            saved[item_pk] = session.save(item_pk=item_pk, value={"labels": labels},
                                          active_ms=1_000 + ordinal, flag_note=f"n{ordinal}")
        item_pk = session.item_at(package_pk, 4).item_pk
        saved[item_pk] = session.skip(item_pk=item_pk, reason="unclear", active_ms=90)
        if version >= 2:  # the outbox exists: finished items go into a sealed batch
            assert session.submit(package_pk).item_count == 3
            saved = {pk: session.annotation_for(pk) for pk in saved}
        batches = store_db.database.execute_sql(
            "SELECT batch_id, sha256 FROM outbox_batch ORDER BY batch_id").fetchall()
    storedata.rewrite_at_version(data_dir / storedata.DB_NAME, version)
    return package_pk, saved, batches if version >= 2 else []


@pytest.mark.parametrize("version", range(1, migrations.latest_version()))
def test_older_store_upgrades_in_place_and_keeps_its_data(data_dir, tmp_path, version):
    package_pk, saved, batches = make_old_office(data_dir, version)
    db_path = data_dir / storedata.DB_NAME
    assert storedata.schema_version(db_path) == version
    inode = os.stat(db_path).st_ino

    with Office.open(data_dir, kdf_n=storedata.FAST_KDF_N) as office:
        assert migrations.current_version(store_db.database) == migrations.latest_version()
        session = office.login(username=storedata.ANNOTATOR, password=storedata.PASSWORD)
        assert session.preferences() == {"text_size": 14}
        [summary] = session.packages()
        assert (summary.package_pk, summary.done, summary.skipped, summary.left) == (
            package_pk, 2, 1, 3)
        for item_pk, before in saved.items():
            after = session.annotation_for(item_pk)
            assert storedata.record_digest(after) == storedata.record_digest(before)
            assert (after.uuid, after.revision, after.submitted) == (
                before.uuid, before.revision, before.submitted)
        assert store_db.database.execute_sql(
            "SELECT batch_id, sha256 FROM outbox_batch ORDER BY batch_id").fetchall() == batches
        # Work goes on in the upgraded store: a re-save of the draft updates the same row.
        draft = session.item_at(package_pk, 5).item_pk
        assert session.save(item_pk=draft, value={"labels": ["neu"]}).revision == 2
        assert not office.needs_setup()

    assert os.stat(db_path).st_ino == inode, "the store was replaced, not upgraded in place"
    fresh = tmp_path / "fresh"
    Office.open(fresh, kdf_n=storedata.FAST_KDF_N).close()
    assert schema(db_path) == schema(fresh / storedata.DB_NAME), \
        "an upgraded store differs from a new one"


def test_store_from_a_newer_marika_is_refused_and_left_alone(data_dir):
    storedata.build_office(data_dir, count=2)
    db_path = data_dir / storedata.DB_NAME
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
    conn.close()
    digest = hashlib.sha256(db_path.read_bytes()).hexdigest()

    for _attempt in range(2):  # a refusal must not leave the folder locked
        with pytest.raises(StoreError) as refused:
            Office.open(data_dir, kdf_n=storedata.FAST_KDF_N)
        assert not isinstance(refused.value, OfficeLocked)
        assert store_db.database.is_closed()
    message = refused.value.translated(lambda context, text: f"[{context}] {text}")
    assert message.startswith("[Errors] This data folder was written by a newer version")
    assert storedata.schema_version(db_path) == migrations.latest_version() + 1
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == digest


OPEN_AT_LATEST = """
import json
import sys
from marika.profiles import Office

Office.open(sys.argv[1]).close()
print(json.dumps(sorted(m for m in sys.modules if m.startswith("marika.store.migrations.m"))))
"""


def test_a_store_at_the_latest_version_opens_without_importing_its_migrations(data_dir):
    """Only the migrations a store still needs are imported (an office opens at every
    start of the app, almost always already up to date)."""
    import json
    import subprocess
    import sys

    def opened() -> list[str]:
        out = subprocess.run([sys.executable, "-c", OPEN_AT_LATEST, str(data_dir)],
                             capture_output=True, text=True, check=True, timeout=120)
        return json.loads(out.stdout)

    assert len(opened()) == migrations.latest_version()  # a new store runs them all
    assert opened() == []
