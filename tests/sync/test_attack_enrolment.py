"""Attack 5 of issue 10 and the re-enrolment trap, against the real server process:
enrolment never trusts the key a server presents on first use, and after an enrolment
refused for a wrong server key a new one-time code works once the key is corrected
(docs/SECURITY.md, "The network")."""

from __future__ import annotations

import pytest

from marika.store import outbox
from marika_sync.enroll import enroll_online
from marika_sync.errors import SyncFailure

from .conftest import make_person
from .test_end_to_end import FAST, _enroll


def _enrol(server, person, **pin):
    return enroll_online(store=outbox, profile_id=person.profile_id, server_url=server.url,
                         code=server.new_code(), device_key=person.device_key,
                         box_key=person.box_key, config=FAST, **pin)


def test_enrolment_without_the_server_key_sends_nothing(server_factory, client_db):
    impostor = server_factory("impostor")  # whatever answers at the office's address
    person = make_person()
    with pytest.raises(SyncFailure) as err:
        _enrol(impostor, person)
    assert err.value.reason == "no-server-key" and not err.value.retryable
    assert "has not entered its collection server's key" in err.value.english()
    assert impostor.query("SELECT COUNT(*) FROM annotator") == [(0,)]
    assert outbox.enrollment(person.profile_id) is None
    # With the office's real server key, the impostor's answer is refused.
    real = server_factory("real")
    with pytest.raises(SyncFailure) as err:
        _enrol(impostor, person, expected_server_key=real.key())
    assert err.value.reason == "wrong-server"
    assert outbox.enrollment(person.profile_id) is None
    assert _enrol(real, person, expected_server_key=real.key()).server_url == real.url


def test_new_code_works_after_a_refused_enrolment(server, client_db):
    person = make_person()
    with pytest.raises(SyncFailure) as err:  # the office typed a wrong key
        _enrol(server, person, expected_fingerprint="0000000000000000")
    assert err.value.reason == "wrong-server"
    assert outbox.enrollment(person.profile_id) is None
    enrollment = _enrol(server, person, expected_server_key=server.key())  # a new code
    assert enrollment.server_key.to_text() == server.key()
    assert outbox.enrollment(person.profile_id).server_key == server.key()
    # A new code never hands the annotator id to other keys.
    thief = make_person("thief")
    with pytest.raises(SyncFailure) as err:
        enroll_online(store=outbox, profile_id=person.profile_id, server_url=server.url,
                      code=server.new_code(), device_key=thief.device_key,
                      box_key=thief.box_key, expected_server_key=server.key(), config=FAST)
    assert err.value.reason == "annotator-exists"
    [(device,)] = server.query("SELECT device_key FROM annotator")
    assert device == person.device_key.public.to_text()
    _enroll(server, make_person("third"))  # other annotators are not affected
