"""Fixtures for sync tests: a real `marika-server` process on 127.0.0.1, a client store
with profiles, packages and completed work, and helpers to register packages.

Set MARIKA_TEST_POSTGRES_URL (scripts/start_test_postgres.sh prints one) to also run the
server tests on PostgreSQL; each test then gets a fresh database of its own.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

from marika import profile_keys
from marika.packages.build import write_package
from marika.profile_keys import ProfileCipher
from marika.store import db as store_db
from marika.store.models import Annotation, Item, Package, Profile
from marika_sync.crypto import BoxPrivateKey, SigningKey
from marika_sync.sealing import WorkRecord

PG_ENV = "MARIKA_TEST_POSTGRES_URL"
HERE = Path(__file__).parent


# ---------------------------------------------------------------- the server process

@dataclass
class ServerProc:
    data: Path
    database: str | None = None
    port: int = 0
    proc: subprocess.Popen | None = None
    workers: int = 2  # the real deployment shape: several processes on one database
    serve_args: tuple[str, ...] = ()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _args(self) -> list[str]:
        args = ["--data", str(self.data)]
        return args + (["--database", self.database] if self.database else [])

    def start(self, timeout: float = 20.0) -> ServerProc:
        url_file = self.data / "server.url"
        url_file.unlink(missing_ok=True)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "marika_sync.server.cli", "serve", *self._args(),
             "--port", str(self.port), "--workers", str(self.workers), *self.serve_args],
            # A file, not a pipe: a server printing a traceback per reset connection
            # would fill an unread pipe and block.
            stdout=subprocess.DEVNULL, stderr=self._log())
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {self.log_text()}")
            if url_file.exists():
                self.port = int(url_file.read_text().rsplit(":", 1)[1])
                if self.ping():
                    return self
            time.sleep(0.05)
        raise RuntimeError("server did not start")

    def _log(self):
        if getattr(self, "_log_file", None) is not None:
            self._log_file.close()
        self._log_file = open(self.data / "server.stderr", "ab")
        return self._log_file

    def log_text(self) -> str:
        return (self.data / "server.stderr").read_text(errors="replace")[-4000:]

    def ping(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.url}/v1/ping?nonce=t", timeout=2) as r:
                return r.status == 200
        except OSError:
            return False

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()
        if getattr(self, "_log_file", None) is not None:
            self._log_file.close()
            self._log_file = None

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        command, *rest = args
        sub = [command]
        if command in ("codes", "package", "statements"):
            sub, rest = [command, rest[0]], rest[1:]
        result = subprocess.run(
            [sys.executable, "-m", "marika_sync.server.cli", *sub, *self._args(), *rest],
            check=False, capture_output=True, text=True, timeout=60)
        if check and result.returncode != 0:
            raise AssertionError(f"marika-server {args} failed: {result.stderr}")
        return result

    def key(self) -> str:
        """The server's public key, as the office enters it before anyone enrols."""
        return self.cli("info").stdout.splitlines()[0].strip()

    def new_code(self) -> str:
        return self.cli("codes", "new", "--count", "1").stdout.strip().splitlines()[-1]

    def query(self, sql: str):
        """Read the server database directly (tests only)."""
        if self.database and not self.database.startswith("sqlite"):
            import psycopg

            with psycopg.connect(self.database) as conn:
                return conn.execute(sql).fetchall()
        import sqlite3

        path = (self.database.split("///", 1)[1] if self.database
                else self.data / "server.db")
        conn = sqlite3.connect(path, timeout=30)
        try:
            return conn.execute(sql).fetchall()
        finally:
            conn.close()


def _fresh_pg_database(base_url: str) -> tuple[str, str]:
    import psycopg

    name = f"marika_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    head, _, _tail = base_url.rpartition("/")
    return f"{head}/{name}", name


def _drop_pg_database(base_url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(base_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request):
    """The server's database: SQLite always, PostgreSQL when MARIKA_TEST_POSTGRES_URL is set."""
    if request.param == "sqlite":
        yield None
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"PostgreSQL variant: set {PG_ENV} (scripts/start_test_postgres.sh)")
    url, name = _fresh_pg_database(base)
    yield url
    _drop_pg_database(base, name)


@pytest.fixture
def server_factory(tmp_path, backend):
    """Servers by name: each one a server of its own (its data folder, and on PostgreSQL
    its own database after the first), as two offices' servers would be."""
    started, extra_databases = [], []

    def factory(name: str = "server", **kw) -> ServerProc:
        database = backend
        if backend and started:
            database, db_name = _fresh_pg_database(os.environ[PG_ENV])
            extra_databases.append(db_name)
        proc = ServerProc(tmp_path / name, database=database, **kw)
        proc.data.mkdir(parents=True, exist_ok=True)
        started.append(proc)
        return proc.start()

    yield factory
    for proc in started:
        proc.stop()
    for db_name in extra_databases:
        _drop_pg_database(os.environ[PG_ENV], db_name)


@pytest.fixture
def server(server_factory):
    return server_factory()


# ---------------------------------------------------------------- the client store

@dataclass
class Person:
    profile_id: str
    key: bytes
    cipher: ProfileCipher
    device_key: SigningKey
    box_key: BoxPrivateKey


@pytest.fixture
def client_db(tmp_path):
    path = tmp_path / "client" / "marika.db"
    store_db.open_database(path, min_free_bytes=0)
    yield path
    store_db.close_database()


def make_person(username: str = "rasoa") -> Person:
    profile_id = str(uuid.uuid4())
    key, columns = profile_keys.new_profile_secrets(
        profile_id=profile_id, password="correct horse 42", recovery_public=None, kdf_n=2**10)
    Profile.create(id=profile_id, username=username, display_name=username, role="annotator",
                   created_at=time.time(), **columns)
    device = profile_keys.device_keys(profile_id=profile_id, key=key,
                                      device_key_blob=columns["device_key"])
    return Person(profile_id, key, ProfileCipher(key), device.signing, device.box)


@dataclass
class TaskPackage:
    package_id: str
    version: int
    rate: str
    currency: str
    results: BoxPrivateKey
    publisher: SigningKey
    pk: int = 0

    item_count: int = 20

    def fields(self) -> dict:
        """A real v1 manifest without `format` and `files` (what write_package takes)."""
        return {"package_id": self.package_id, "version": self.version, "kind": "image_tag",
                "title": {"en": "Cats"}, "instructions": {"en": "Is it a cat?"},
                "labels": [{"id": "cat", "name": {"en": "Cat"}},
                           {"id": "other", "name": {"en": "Something else"}}],
                "transparency": {"client": "Example Lab", "purpose": "Tests",
                                 "contact": "lab@example.org", "reviewer": "R."},
                "pay": {"rate_per_item": self.rate, "currency": self.currency},
                "results_public_key": self.results.public.to_text(),
                "items": [{"id": f"item-{n:04d}", "media": "media/00001.jpg"}
                          for n in range(self.item_count)]}

    def manifest(self) -> dict:
        return {**self.fields(), "format": 1, "files": [
            {"path": "media/00001.jpg", "size": len(_PHOTO),
             "sha256": hashlib.sha256(_PHOTO).hexdigest()}]}

    def write_zip(self, path: Path) -> Path:
        write_package(self.fields(), [("media/00001.jpg", _PHOTO)], key=self.publisher,
                      out=path)
        return path


_PHOTO = bytes.fromhex(  # a 1x1 JPEG: the server never reads media, only their hashes
    "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c14"
    "0d0c0b0b0c1912130f141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d"
    "38323c2e333432ffc0000b080001000101011100ffc4001f0000010501010101010100000000000000"
    "000102030405060708090a0bffda0008010100003f00d2cf20ffd9")


def make_package(package_id: str = "pkg.cats", *, version: int = 1, rate: str = "25.5",
                 currency: str = "MGA", items: int = 20) -> TaskPackage:
    pkg = TaskPackage(package_id, version, rate, currency, BoxPrivateKey.generate(),
                      SigningKey.generate(), item_count=items)
    row = Package.create(package_id=package_id, version=version, kind="image_tag",
                         manifest=json.dumps(pkg.manifest()), signature=b"", publisher_key="",
                         media_dir="m", item_count=items, imported_at=time.time())
    pkg.pk = row.id
    for n in range(items):
        Item.create(package=row.id, item_key=f"item-{n:04d}", ordinal=n)
    return pkg


def make_work(person: Person, pkg: TaskPackage, count: int, *, start: int = 0,
              filler: int = 0) -> list[WorkRecord]:
    """Completed annotations in the store, and their records for sealing. `filler` adds
    that many random (incompressible) characters to each value, to make batches big."""
    records = []
    for n in range(start, start + count):
        item = Item.get((Item.package == pkg.pk) & (Item.item_key == f"item-{n:04d}"))
        status = "skipped" if n % 7 == 3 else "done"
        value = ({"skip_reason": "unclear"} if status == "skipped"
                 else {"labels": ["cat"], "note": os.urandom(filler // 2).hex()})
        uid = str(uuid.uuid4())
        Annotation.create(uuid=uid, profile=person.profile_id, package=pkg.pk, item=item.id,
                          ordinal=n, status=status, payload=b"encrypted", updated_at=1.0)
        records.append(WorkRecord(uid, item.item_key, status, value, 1500, 1, 1.0))
    return records


def register_package(server: ServerProc, pkg: TaskPackage, tmp_path: Path) -> None:
    path = pkg.write_zip(tmp_path / f"{pkg.package_id}-{pkg.version}.marika")
    server.cli("package", "add", str(path), "--trust", pkg.publisher.public.to_text())


def run_client(*args: str, timeout: float = 120) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(HERE / "client_proc.py"), *args],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def save_key(person: Person, path: Path) -> Path:
    path.write_text(person.key.hex())
    return path
