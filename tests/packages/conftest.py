"""An office with a supervisor who trusts a test publisher, for import tests."""

from __future__ import annotations

import pytest
from conftest import FAST_KDF_N, TEST_PASSWORD

from packages import factory


@pytest.fixture
def keys():
    return factory.new_keys()


@pytest.fixture
def office(data_dir):
    from marika.profiles import Office

    office = Office.open(data_dir, kdf_n=FAST_KDF_N)
    yield office
    office.close()


@pytest.fixture
def supervisor(office, keys):
    session, _recovery = office.setup(username="office", display_name="Office",
                                      password=TEST_PASSWORD, language="en")
    session.install_publisher(name="Test publisher",
                              public_key_text=keys.publisher.public.to_text())
    return session
