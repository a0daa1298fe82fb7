"""Practice packs through the facade: checking answers, scores, attempts, certificates."""

from decimal import Decimal

import pytest
from conftest import FAST_KDF_N, TEST_PASSWORD
from gui.practicepack import REVIEWS, build_office, text_pack

from marika import practice
from marika.core import annotation as ann
from marika.profiles import Office

# ---------------------------------------------------------------- pure checks


def test_transcripts_compare_without_case_spaces_or_punctuation():
    expected = "Manao ahoana ianao, Rakoto?"
    assert practice.transcript_error(expected, "manao  ahoana ianao rakoto") == 0
    assert practice.transcript_error(expected, "Manao ahoana ianao — Rakoto !") == 0
    assert practice.transcript_error("n'ny trano", "n’ny trano") == 0
    # One letter wrong in 26 is within 5 %; two words wrong are not.
    gold = {"transcript": expected, "explanation": {}}
    one_typo = practice.check_answer(ann.AUDIO_TRANSCRIPTION, gold,
                                     {"transcript": "manao ahoana ianao rakotu"})
    assert one_typo.correct and 0 < one_typo.error <= Decimal("0.05")
    wrong = practice.check_answer(ann.AUDIO_TRANSCRIPTION, gold,
                                  {"transcript": "manao ahoana ry zalahy"})
    assert not wrong.correct
    assert not practice.check_answer(ann.AUDIO_TRANSCRIPTION, gold, {"transcript": ""}).correct


def test_long_transcripts_are_compared_word_by_word():
    expected = " ".join(f"teny{n}" for n in range(500))  # over the character limit
    given = expected.replace("teny7 ", "teny7x ")
    assert practice.transcript_error(expected, given) == Decimal(1) / 500


def test_labels_must_match_the_gold_set():
    gold = {"labels": ("cat", "dog"), "explanation": {"en": "Both animals are there."}}
    check = practice.check_answer
    assert check(ann.IMAGE_TAG, gold, {"labels": ["dog", "cat"]}).correct
    assert not check(ann.IMAGE_TAG, gold, {"labels": ["cat"]}).correct
    assert not check(ann.IMAGE_TAG, gold, {"labels": ["cat", "dog", "bird"]}).correct
    skipped = check(ann.IMAGE_TAG, gold, {}, status=ann.SKIPPED)
    assert skipped.scored and skipped.skipped and not skipped.correct
    assert skipped.expected_labels == ("cat", "dog")
    assert skipped.explanation == {"en": "Both animals are there."}
    assert not check(ann.IMAGE_TAG, None, {"labels": ["cat"]}).scored


def test_score_and_pass_mark():
    right = practice.Verdict(scored=True, correct=True, skipped=False)
    wrong = practice.Verdict(scored=True, correct=False, skipped=False)
    free = practice.Verdict(scored=False, correct=False, skipped=False)
    result = practice.score([right, right, wrong, free, right, wrong], Decimal("0.6"))
    assert (result.right, result.scored, result.share, result.passed) == (
        3, 5, Decimal("0.6"), True)
    assert not practice.score([right, wrong, wrong], Decimal("0.6")).passed
    assert not practice.score([], Decimal("0")).passed  # nothing scored is no certificate


# ---------------------------------------------------------------- through the facade


@pytest.fixture
def practice_office(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (package_pk,) = build_office(data_dir, [text_pack(pass_mark="0.6", paid=True)],
                                 annotators=("rasoa", "hery"))
    office = Office.open(data_dir, kdf_n=FAST_KDF_N)
    yield office, package_pk
    office.close()


def answer_all(ws, package_pk, answers):
    """answers: one label id per item, or None to skip it."""
    for ordinal, label in enumerate(answers):
        item = ws.item_at(package_pk, ordinal)
        if label is None:
            ws.skip(item_pk=item.item_pk, reason="unclear", active_ms=1_000)
        else:
            ws.save(item_pk=item.item_pk, value={"labels": [label]}, active_ms=2_000)


def test_practice_run_scores_and_keeps_a_certificate(practice_office):
    office, pk = practice_office
    ws = office.login(username="rasoa", password=TEST_PASSWORD)
    item = ws.item_at(pk, 0)
    assert item.gold["labels"] == ("pos",)
    assert [s.is_practice for s in ws.packages()] == [True]

    # Not finished yet: no score.
    with pytest.raises(practice.NotFinished):
        ws.practice.finish(pk)

    # Items 0-2 right, 3 wrong, 4 skipped: 3 of 5 = 60 %, the pass mark.
    answer_all(ws, pk, ["pos", "neg", "neu", "neg", None])
    verdicts = ws.practice.verdicts(pk)
    assert [verdicts[f"t{n:04d}"].correct for n in range(5)] == [True, True, True, False,
                                                                  False]
    attempt = ws.practice.finish(pk, now=1_780_000_000.0)
    assert (attempt.right, attempt.scored, attempt.pass_mark) == (3, 5, Decimal("0.6"))
    assert attempt.passed and attempt.is_certificate
    assert (attempt.package_id, attempt.version, attempt.number) == ("practice-reviews", 1, 1)
    assert attempt.finished_at == 1_780_000_000.0
    assert attempt.active_ms == 4 * 2_000 + 1_000
    assert ws.practice.finish(pk) == attempt  # asking again changes nothing

    status = ws.practice.status(pk)
    assert status.finished and status.certificate == attempt
    assert ws.practice.certificates() == [attempt]
    # Paid practice: 4 items done at 0.02 EUR; skipped ones earn nothing.
    assert ws.packages()[0].earned == Decimal("0.08")

    # The certificate survives a new session, and only its owner sees it.
    office_again = ws.office
    again = office_again.login(username="rasoa", password=TEST_PASSWORD)
    assert again.practice.certificates() == [attempt]
    other = office_again.login(username="hery", password=TEST_PASSWORD)
    assert other.practice.attempts() == []
    assert not other.practice.status(pk).finished


def test_retry_keeps_the_old_score_time_and_pay(practice_office):
    office, pk = practice_office
    ws = office.login(username="rasoa", password=TEST_PASSWORD)
    answer_all(ws, pk, ["neg", "neg", "neu", None, None])  # 2 of 5: not passed
    first = ws.practice.finish(pk)
    assert (first.right, first.passed, first.is_certificate) == (2, False, False)
    assert ws.practice.certificates() == []

    assert ws.practice.retry(pk) == 2
    assert ws.progress(pk).left == len(REVIEWS)  # the answers are cleared
    assert ws.annotation_for(ws.item_at(pk, 0).item_pk) is None
    status = ws.practice.status(pk)
    assert (status.attempt_number, status.finished) == (2, False)
    assert status.active_ms == 3 * 2_000 + 2 * 1_000  # earlier time still counts
    assert ws.packages()[0].earned == Decimal("0.06")  # three items paid in attempt 1

    answer_all(ws, pk, [label for _text, label, _why in REVIEWS])
    second = ws.practice.finish(pk)
    assert (second.number, second.right, second.passed) == (2, 5, True)
    assert [a.number for a in ws.practice.attempts()] == [2, 1]  # newest first
    assert ws.practice.status(pk).certificate == second
    # Each item is paid once over both attempts: five items.
    assert ws.packages()[0].earned == Decimal("0.10")


def test_trainer_mode_attempt_earns_no_certificate(practice_office):
    office, pk = practice_office
    ws = office.login(username="rasoa", password=TEST_PASSWORD)
    ws.practice.note_trainer_mode(pk)
    answer_all(ws, pk, [label for _text, label, _why in REVIEWS])
    attempt = ws.practice.finish(pk)
    assert attempt.passed and attempt.trainer_mode and not attempt.is_certificate
    assert ws.practice.certificates() == []
    ws.practice.retry(pk)  # a new attempt without trainer mode can earn one
    answer_all(ws, pk, [label for _text, label, _why in REVIEWS])
    assert ws.practice.finish(pk).is_certificate


def test_retry_needs_a_finished_attempt(practice_office):
    office, pk = practice_office
    ws = office.login(username="rasoa", password=TEST_PASSWORD)
    answer_all(ws, pk, ["pos"])
    with pytest.raises(practice.NotFinished):
        ws.practice.retry(pk)
    assert ws.annotation_for(ws.item_at(pk, 0).item_pk) is not None


def test_the_history_is_encrypted(practice_office):
    office, pk = practice_office
    ws = office.login(username="rasoa", password=TEST_PASSWORD)
    answer_all(ws, pk, [label for _text, label, _why in REVIEWS])
    ws.practice.finish(pk)
    from marika.store.db import database

    rows = database.execute_sql("SELECT profile_id, blob FROM practice_record").fetchall()
    assert len(rows) == 1
    blob = bytes(rows[0][1])
    for plain in (b"practice-reviews", b"pass_mark", b"Practice reviews", b'"right"'):
        assert plain not in blob


def test_practice_calls_refuse_other_packages(practice_office, tmp_path):
    office, pk = practice_office
    ws = office.login(username="rasoa", password=TEST_PASSWORD)
    from marika.core.errors import AccessDenied

    with pytest.raises(AccessDenied):
        ws.practice.status(pk + 1000)
