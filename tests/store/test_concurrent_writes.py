"""Two threads (the database worker and the network worker) write to the store at once:
a read-then-write transaction in each must wait for the other, never fail."""

from __future__ import annotations

import threading
import time

from marika.store.db import database, open_database


def test_read_then_write_in_two_threads_both_commit(tmp_path):
    open_database(tmp_path / "marika.db", min_free_bytes=0)
    database.execute_sql("CREATE TABLE counter (n INTEGER)")
    database.execute_sql("INSERT INTO counter VALUES (0)")
    errors, barrier = [], threading.Barrier(2)

    def bump():
        try:
            barrier.wait()
            with database.atomic():  # each thread has its own connection
                n = database.execute_sql("SELECT n FROM counter").fetchone()[0]
                time.sleep(0.2)  # the other thread tries meanwhile
                database.execute_sql("UPDATE counter SET n = ?", (n + 1,))
        except Exception as exc:  # noqa: BLE001 - the test reports it
            errors.append(exc)
        finally:
            database.close()

    threads = [threading.Thread(target=bump) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors, errors
    database.connect(reuse_if_open=True)
    assert database.execute_sql("SELECT n FROM counter").fetchone()[0] == 2  # no lost update
    database.close()
