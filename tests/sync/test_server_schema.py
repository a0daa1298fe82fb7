"""The server's schema: numbered migrations upgrade a live v1 database (PostgreSQL's 4-byte
timestamps become 8-byte ones, and statements are not issued again), several processes
starting at once migrate it once, and issuing statements twice issues nothing new."""

from __future__ import annotations

import subprocess
import sys
import time

from marika_sync.server import db as server_db
from marika_sync.server import migrations
from marika_sync.server.migrations import m0001_initial

from .conftest import make_package, make_person, make_work, register_package
from .test_end_to_end import _enroll, _submit, _sync
from .test_exactly_once import _accept_all


def _connect(backend, tmp_path):
    if backend:
        from playhouse.db_url import connect

        return connect(backend), "postgres"
    from peewee import SqliteDatabase

    return SqliteDatabase(str(tmp_path / "server.db")), "sqlite"


def _column_type(db, dialect, table, column) -> str:
    if dialect == "postgres":
        return db.execute_sql(
            "SELECT data_type FROM information_schema.columns WHERE table_name = %s "
            "AND column_name = %s", (table, column)).fetchone()[0]
    return next(r[2] for r in db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()
                if r[1] == column)


def test_issuing_statements_twice_issues_nothing_the_second_time(server, client_db,
                                                                 tmp_path):
    person, pkg = make_person(), make_package(rate="12.5")
    register_package(server, pkg, tmp_path)
    _enroll(server, person)
    _submit(person, pkg, make_work(person, pkg, 9))
    _sync(person)
    _accept_all(server, tmp_path)  # records the decisions and issues statement 1
    assert server.query("SELECT COUNT(*) FROM statement") == [(1,)]
    for _ in range(2):
        result = server.cli("statements", "issue")
        assert result.stdout.strip() == "statements issued: 0"
    assert server.query("SELECT COUNT(*) FROM statement") == [(1,)]
    assert server.query("SELECT COUNT(*) FROM batch_item WHERE NOT stated") == [(0,)]


def _v1_database(db, dialect, now):
    """A database as the first server left it, with the PostgreSQL bug's traces: the
    latest statement lists an item that is still marked as not stated."""
    with db.atomic():
        m0001_initial.migrate(db, dialect)
        p = db.param
        db.execute_sql(f"INSERT INTO setting (key, value) VALUES ({p}, {p})",
                       ("schema_version", "1"))
        false = "FALSE" if dialect == "postgres" else "0"
        for key, decision in (("k1", "accepted"), ("k2", "rejected")):
            db.execute_sql(
                "INSERT INTO batch_item (batch_id, item_key, annotator_id, package_id, "
                "package_version, status, claim, decision, reason, decided_at, stated) "
                f"VALUES ({p}, {p}, {p}, {p}, 1, 'done', '1', {p}, '', {p}, {false})",
                ("b1", key, "ann", "pkg", decision, now - 60))
        document = (b'{"body":{"items":[{"batch_id":"b1","item_key":"k1",'
                    b'"decision":"accepted","reason":""}]},"kind":"statement",'
                    b'"sig":"","signer":""}')
        db.execute_sql(
            "INSERT INTO statement (annotator_id, seq, statement_id, document, sha256, "
            f"issued_at) VALUES ('ann', 1, 's1', {p}, 'x', {p})", (document, now))


def test_a_v1_database_is_upgraded_in_place(backend, tmp_path):
    db, dialect = _connect(backend, tmp_path)
    now = time.time()
    with db.connection_context():
        _v1_database(db, dialect, now)
        assert migrations.current_version(db) == 1
    db.close()

    opened = server_db.open_database(data_dir=tmp_path, url=backend)
    with opened.connection_context():
        assert migrations.current_version(opened) == migrations.latest_version()
        for table, column in (("batch_item", "decided_at"), ("statement", "issued_at"),
                              ("upload", "created_at")):
            kind = _column_type(opened, dialect, table, column).lower()
            assert kind in ("double precision", "real"), kind
            if dialect == "postgres":
                assert kind == "double precision"
        assert _column_type(opened, dialect, "upload", "metadata").lower() == "text"
        stated = dict(opened.execute_sql(
            "SELECT item_key, stated FROM batch_item ORDER BY item_key").fetchall())
        if dialect == "postgres":  # the bug's trace is repaired where the bug was
            assert stated == {"k1": True, "k2": False}
        # A timestamp keeps its seconds now.
        opened.execute_sql("UPDATE statement SET issued_at = " + opened.param, (now,))
        [(back,)] = opened.execute_sql("SELECT issued_at FROM statement").fetchall()
        assert back == now
        # Opening again changes nothing.
        assert migrations.migrate(opened, dialect) == 0
    opened.close()


def test_processes_starting_together_migrate_once(backend, tmp_path):
    code = ("import sys; from pathlib import Path\n"
            "from marika_sync.server import db, migrations\n"
            "d = db.open_database(data_dir=Path(sys.argv[1]), url=sys.argv[2] or None)\n"
            "with d.connection_context(): print(migrations.current_version(d))\n")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(tmp_path), backend or ""],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(4)]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert out.strip() == str(migrations.latest_version())


def test_the_migrations_make_every_model_s_table(backend, tmp_path):
    """A model added without its migration fails here, not on a live server."""
    opened = server_db.open_database(data_dir=tmp_path, url=backend)
    dialect = "postgres" if backend else "sqlite"
    with opened.connection_context():
        for model in server_db.MODELS:
            table = model._meta.table_name
            columns = {c.name for c in opened.get_columns(table)}
            assert columns == {f.column_name for f in model._meta.sorted_fields}, table
            for field in model._meta.sorted_fields:
                if field.field_type == "DOUBLE":
                    kind = _column_type(opened, dialect, table, field.column_name).lower()
                    assert kind == ("double precision" if backend else "real"), (table, kind)
    opened.close()
