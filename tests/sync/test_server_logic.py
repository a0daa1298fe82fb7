"""Server rules in-process: review files, statements (numbering, chain, re-decisions),
statement-query authentication, package registration, and document verification."""

from __future__ import annotations

import json
import time
from decimal import Decimal

import pytest

from marika_sync import documents
from marika_sync.crypto import BoxPrivateKey, SigningKey
from marika_sync.enroll import make_enroll_request
from marika_sync.errors import DocumentError
from marika_sync.receipts import verify_receipt
from marika_sync.sealing import WorkRecord, seal_batch
from marika_sync.server import db as server_db
from marika_sync.server import enrollment, packages, review, statements
from marika_sync.server.batches import accept_batch
from marika_sync.server.refusal import Refusal
from marika_sync.statements import make_query, open_envelope, parse_statement

from .conftest import TaskPackage


@pytest.fixture
def key(tmp_path):
    server_db.open_database(data_dir=tmp_path)
    server_db.database.connect(reuse_if_open=True)
    yield SigningKey.generate()
    server_db.database.close()


def _annotator(key, annotator_id="ann"):
    device, box = SigningKey.generate(), BoxPrivateKey.generate()
    [code] = enrollment.new_codes(1)
    enrollment.enroll(make_enroll_request(code=code, annotator_id=annotator_id,
                                          device_key=device, box_key=box), key=key)
    return device, box


def _package(rate="4.25"):
    pkg = TaskPackage("pkg", 1, rate, "MGA", BoxPrivateKey.generate(), SigningKey.generate())
    packages.register_manifest(pkg.manifest(), publisher_key=pkg.publisher.public.to_text())
    return pkg


def _stored_batch(key, device, pkg, keys=("a", "b", "c"), annotator_id="ann"):
    records = [WorkRecord(f"u-{k}", k, "skipped" if k == "c" else "done", {}, 1, 1, 1.0)
               for k in keys]
    batch = seal_batch(records=records, annotator_id=annotator_id, device_key=device,
                       package_id=pkg.package_id, package_version=pkg.version,
                       results_key=pkg.results.public, rate_per_item=pkg.rate,
                       currency="MGA", now=1.0)
    receipt = accept_batch(batch.data, key=key)
    return batch, receipt


def _statement(key, box, seq_after=0, annotator_id="ann", device=None):
    query = make_query(annotator_id=annotator_id, after=seq_after, device_key=device)
    envelopes = statements.answer_query(query)["statements"]
    return [parse_statement(open_envelope(e, box), server_key=key.public,
                            annotator_id=annotator_id) for e in envelopes]


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_review_file_errors_change_nothing(key, tmp_path):
    device, _box = _annotator(key)
    batch, _ = _stored_batch(key, device, _package())
    bid = batch.batch_id
    bad_files = {
        "a.csv": f"batch_id,item_key,decision,reason\n{bid},a,accepted,\n{bid},b,maybe,\n",
        "b.csv": f"batch_id,item_key,decision,reason\n{bid},a,accepted,\n{bid},b,rejected,\n",
        "c.jsonl": f'{{"batch_id":"{bid}","item_key":"a","decision":"accepted"}}\n'
                   f'{{"batch_id":"{bid}","item_key":"zzz","decision":"accepted"}}\n',
        "d.jsonl": f'{{"batch_id":"{bid}","item_key":"a","decision":"accepted"}}\n' * 2,
        "e.csv": "item_key,decision\na,accepted\n",
        "f.jsonl": "not json\n",
    }
    for name, text in bad_files.items():
        with pytest.raises(Refusal) as err:
            review.record_decisions(review.read_decisions(_write(tmp_path, name, text)))
        assert "line" in err.value.message or "columns" in err.value.message, name
    decided = server_db.BatchItem.select().where(server_db.BatchItem.decision.is_null(False))
    assert decided.count() == 0


def test_review_refuses_unregistered_package(key, tmp_path):
    device, _box = _annotator(key)
    pkg = TaskPackage("other", 2, "1", "MGA", BoxPrivateKey.generate(), SigningKey.generate())
    batch, _ = _stored_batch(key, device, pkg)
    path = _write(tmp_path, "r.jsonl",
                  f'{{"batch_id":"{batch.batch_id}","item_key":"a","decision":"accepted"}}\n')
    with pytest.raises(Refusal) as err:
        review.record_decisions(review.read_decisions(path))
    assert err.value.code == "unknown-package"


def test_statements_are_numbered_chained_and_carry_redecisions(key, tmp_path):
    device, box = _annotator(key)
    batch, _ = _stored_batch(key, device, _package("4.25"))
    bid = batch.batch_id
    review.record_decisions([(bid, "a", "accepted", ""), (bid, "b", "accepted", ""),
                             (bid, "c", "accepted", "")])
    assert statements.issue_statements(key=key) == {"ann": 1}
    assert statements.issue_statements(key=key) == {}  # nothing new, nothing issued
    [first] = _statement(key, box, device=device)
    assert first.seq == 1 and first.prev_sha256 == ""
    amounts = {line.item_key: line.amount for line in first.items}
    assert amounts == {"a": Decimal("4.25"), "b": Decimal("4.25"), "c": Decimal(0)}
    assert first.totals == {"MGA": Decimal("8.50")}

    result = review.record_decisions([(bid, "b", "rejected", "Blurry answer"),
                                      (bid, "a", "accepted", "")])
    assert (result.decided, result.unchanged) == (1, 1)
    statements.issue_statements(key=key)
    [second] = _statement(key, box, seq_after=1, device=device)
    assert second.seq == 2 and second.prev_sha256 == first.sha256
    # b was paid on statement 1: its rejection is a reversal, a negative line.
    assert [(x.item_key, x.amount, x.reason) for x in second.items] == [
        ("b", Decimal("-4.25"), "Blurry answer")]
    assert second.totals == {"MGA": Decimal("-4.25")}
    assert server_db.PaidItem.select().count() == 1  # b's payment was withdrawn
    # Accepted again on a third review: paid again, once; the lines sum to what is owed.
    review.record_decisions([(bid, "b", "accepted", "")])
    statements.issue_statements(key=key)
    [third] = _statement(key, box, seq_after=2, device=device)
    assert [(x.item_key, x.amount) for x in third.items] == [("b", Decimal("4.25"))]
    lines = [x.amount for s in (first, second, third) for x in s.items]
    assert sum(lines) == Decimal("8.50")


def test_many_decided_items_make_several_statements_in_small_replies(key, monkeypatch):
    monkeypatch.setattr(statements, "MAX_LINES", 40)
    device, box = _annotator(key)
    keys = [f"i{n:03d}" for n in range(130)]
    batch, _ = _stored_batch(key, device, _package(), keys=keys)
    review.record_decisions([(batch.batch_id, k, "accepted", "") for k in keys])
    assert statements.issue_statements(key=key) == {"ann": 4}  # 40 + 40 + 40 + 10 lines
    query = make_query(annotator_id="ann", after=0, device_key=device)
    one = len(json.dumps(statements.answer_query(query, budget=1)["statements"][0]))
    pages, after = [], 0
    while page := statements.answer_query(query, after=after,
                                          budget=3 * one)["statements"]:
        pages.append([e["seq"] for e in page])
        after = page[-1]["seq"]
    assert pages == [[1, 2], [3, 4]]  # each reply within its byte budget
    got = [x.item_key for e in _statement(key, box, device=device) for x in e.items]
    assert sorted(got) == keys


def test_statement_query_authentication(key):
    device, box = _annotator(key)
    _annotator(key, "other")
    with pytest.raises(Refusal) as err:  # signed by someone else's key
        statements.answer_query(make_query(annotator_id="ann", after=0,
                                           device_key=SigningKey.generate()))
    assert err.value.code == "bad-signature"
    with pytest.raises(Refusal) as err:
        statements.answer_query(make_query(annotator_id="ghost", after=0, device_key=device))
    assert err.value.code == "unknown-annotator"
    # A PC clock years behind or ahead does not stop statements: the query's time is not
    # checked (a replay only yields statements sealed to the annotator's own box key).
    for skew in (-5 * 365 * 86400, 400 * 86400):
        query = make_query(annotator_id="ann", after=0, device_key=device,
                           now=time.time() + skew)
        assert statements.answer_query(query) == {"statements": []}
    assert statements.answer_query(make_query(annotator_id="ann", after=0,
                                              device_key=device)) == {"statements": []}


def test_enrollment_refusals(key):
    device, box = SigningKey.generate(), BoxPrivateKey.generate()
    [code] = enrollment.new_codes(1, valid_days=-1)
    with pytest.raises(Refusal) as err:  # expired
        enrollment.enroll(make_enroll_request(code=code, annotator_id="x", device_key=device,
                                              box_key=box), key=key)
    assert err.value.code == "bad-code"
    [code] = enrollment.new_codes(1)
    request = json.loads(make_enroll_request(code=code, annotator_id="x", device_key=device,
                                             box_key=box))
    request["body"]["annotator_id"] = "y"  # tampered after signing
    with pytest.raises(Refusal) as err:
        enrollment.enroll(json.dumps(request).encode(), key=key)
    assert err.value.code == "bad-request"
    # Codes are stored only as hashes.
    assert all(code.replace("-", "") not in row.code_hash
               for row in server_db.EnrollCode.select())


def test_package_registration(key, tmp_path):
    pkg = TaskPackage("pkg", 3, "2", "MGA", BoxPrivateKey.generate(), SigningKey.generate())
    path = pkg.write_zip(tmp_path / "p.marika")
    with pytest.raises(Refusal) as err:
        packages.add_package(path, trust=SigningKey.generate().public.to_text())
    assert err.value.code == "bad-signature"
    assert packages.add_package(path, trust=pkg.publisher.public.to_text()) == ("pkg", 3)
    assert packages.add_package(path, trust=pkg.publisher.public.to_text()) == ("pkg", 3)
    greedy = TaskPackage("pkg", 3, "0.5", "MGA", pkg.results, pkg.publisher)
    with pytest.raises(Refusal) as err:
        packages.add_package(greedy.write_zip(tmp_path / "q.marika"),
                             trust=pkg.publisher.public.to_text())
    assert err.value.code == "package-conflict"
    with pytest.raises(Refusal):
        packages.add_package(_write(tmp_path, "x.marika", "not a zip"),
                             trust=pkg.publisher.public.to_text())


def test_receipts_are_checked_against_key_batch_and_kind(key):
    device, _box = _annotator(key)
    pkg = _package()
    batch, receipt = _stored_batch(key, device, pkg)
    other, other_receipt = _stored_batch(key, device, pkg, keys=("d",))
    args = dict(metadata=batch.metadata, sha256=batch.sha256, size=len(batch.data))
    assert verify_receipt(receipt, server_key=key.public, **args)["batch_id"] == batch.batch_id
    assert accept_batch(batch.data, key=key) == receipt  # same bytes: same receipt
    with pytest.raises(DocumentError):
        verify_receipt(receipt, server_key=SigningKey.generate().public, **args)
    with pytest.raises(DocumentError):
        verify_receipt(other_receipt, server_key=key.public, **args)
    forged = SigningKey.generate()
    body = documents.verify_document(receipt, documents.RECEIPT, key.public)
    with pytest.raises(DocumentError):  # a valid document of another kind
        verify_receipt(documents.sign_document(key, documents.STATEMENT, body),
                       server_key=key.public, **args)
    with pytest.raises(DocumentError):  # signed by another key that names itself
        verify_receipt(documents.sign_document(forged, documents.RECEIPT, body),
                       server_key=key.public, **args)
    for junk in (b"", b"{}", b"[1]", b"x" * 10, receipt[:-5]):
        with pytest.raises(DocumentError):
            verify_receipt(junk, server_key=key.public, **args)


def test_postgres_without_a_driver_is_a_clear_message(tmp_path, monkeypatch, capsys):
    import builtins

    from marika_sync.server.cli import main

    real_import = builtins.__import__

    def no_driver(name, *args, **kwargs):
        if name in ("psycopg", "psycopg2"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_driver)
    assert main(["serve", "--data", str(tmp_path), "--database",
                 "postgresql://nobody@127.0.0.1:1/none"]) == 1
    assert "psycopg" in capsys.readouterr().err


def test_a_payment_goes_on_the_next_statement(key):
    device, box = _annotator(key)
    batch, _ = _stored_batch(key, device, _package("4.25"))
    review.record_decisions([(batch.batch_id, k, "accepted", "") for k in "abc"])
    statements.issue_statements(key=key)
    with pytest.raises(Refusal):
        statements.record_payment(annotator_id="ann", amount="-3", currency="MGA")
    with pytest.raises(Refusal):
        statements.record_payment(annotator_id="ghost", amount="3", currency="MGA")
    statements.record_payment(annotator_id="ann", amount="8.50", currency="mga",
                              reference="MVola 0345")
    assert statements.issue_statements(key=key) == {"ann": 2}  # a payment alone: issued
    assert statements.issue_statements(key=key) == {}  # and only once
    [first, second] = _statement(key, box, device=device)
    assert second.items == () and second.totals == {}
    [payment] = second.payments
    assert (payment.currency, payment.amount, payment.reference) == (
        "MGA", Decimal("8.50"), "MVola 0345")
    assert first.payments == ()
