"""Attacks of issue 10 that failed before the fixes too, kept as regression tests: wrapped
keys swapped between profiles in the file, and an annotation's ciphertext copied into
another profile's row (docs/SECURITY.md, "A colleague with the data folder"). Flipped
bits in sealed batches: tests/sync/test_sealing.py; batches replayed under another
identity or signed by an unenrolled key: tests/sync/test_attack_work_theft.py."""

from __future__ import annotations

import sqlite3

import pytest
from conftest import FAST_KDF_N, TEST_PASSWORD
from gui.textpack import build_office

from marika.core.errors import AuthError
from marika.local_trust import LocalStateTampered
from marika.profiles import Office

TEXTS = ["Tsara ny andro.", "Ratsy ny lalana."]


def _sql(data_dir, sql, *args):
    conn = sqlite3.connect(data_dir / "marika.db", timeout=30)
    try:
        with conn:
            return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def test_swapped_wrapped_keys_open_nothing(data_dir):
    build_office(data_dir, TEXTS, annotators=("rasoa", "hery"))
    rows = {u: (kdf, key) for u, kdf, key in _sql(
        data_dir, "SELECT username, kdf, wrapped_key FROM profile "
                  "WHERE username IN ('rasoa', 'hery')")}
    for user, other in (("rasoa", "hery"), ("hery", "rasoa")):
        _sql(data_dir, "UPDATE profile SET kdf = ?, wrapped_key = ? WHERE username = ?",
             *rows[other], user)
    with Office.open(data_dir, kdf_n=FAST_KDF_N) as office:
        for user in ("rasoa", "hery"):
            with pytest.raises(AuthError):
                office.login(username=user, password=TEST_PASSWORD)


def test_ciphertext_copied_between_profiles_does_not_open(data_dir):
    package_pk = build_office(data_dir, TEXTS, annotators=("rasoa", "hery"))
    with Office.open(data_dir, kdf_n=FAST_KDF_N) as office:
        rasoa = office.login(username="rasoa", password=TEST_PASSWORD)
        hery = office.login(username="hery", password=TEST_PASSWORD)
        item = rasoa.item_at(package_pk, 0).item_pk
        rasoa.save(item_pk=item, value={"labels": ["pos"]}, flag_note="rasoa's secret",
                   flagged=True)
        hery.save(item_pk=item, value={"labels": ["neg"]})
        [(payload, revision)] = _sql(
            data_dir, "SELECT payload, revision FROM annotation a JOIN profile p "
                      "ON a.profile_id = p.id WHERE p.username = 'rasoa'")
        _sql(data_dir, "UPDATE annotation SET payload = ?, revision = ? WHERE profile_id = "
                       "(SELECT id FROM profile WHERE username = 'hery')", payload, revision)
        with pytest.raises(LocalStateTampered):
            hery.annotation_for(item)
        with pytest.raises(LocalStateTampered):
            hery.submit(package_pk)
        assert rasoa.annotation_for(item).flag_note == "rasoa's secret"
