import pytest

from marika.profiles import Office

PASSWORD = "correct horse 42"
FAST_KDF = 2**10  # the real default (2**16) is tuned to ~0.3 s; tests need many log-ins


@pytest.fixture
def office(tmp_path):
    office = Office.open(tmp_path / "data", kdf_n=FAST_KDF)
    yield office
    office.close()


@pytest.fixture
def supervisor(office):
    session, _recovery = office.setup(username="office", display_name="Office",
                                      password=PASSWORD)
    return session
