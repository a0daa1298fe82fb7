"""'Next item to do' at 100,000 items: the real query against a same-run baseline.

Baseline: a primary-key lookup of one item (the cheapest possible query on the same
database). The target is under a millisecond per query on a 2-core office PC.
Run: .venv/bin/python benchmarks/bench_next_todo.py
"""

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from store.test_next_todo import _seed  # noqa: E402

from marika.store import annotations  # noqa: E402
from marika.store.db import database, open_database  # noqa: E402


def _per_call(fn, n=2000):
    samples = []
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(n):
            fn()
        samples.append((time.perf_counter() - start) / n)
    return statistics.median(samples)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        open_database(Path(tmp) / "b.db")
        _seed(100_000, done=set(range(60_000)))
        query = _per_call(lambda: annotations.next_todo(profile_id="p1", package_pk=1,
                                                        after=None))
        base = _per_call(lambda: database.execute_sql(
            "SELECT ordinal FROM item WHERE id = ?", (50_000,)).fetchone())
        database.close()
    print(f"next_todo at 100,000 items: {query * 1000:.3f} ms per query (target < 1 ms)")
    print(f"ratio to a primary-key lookup in the same run: {query / base:.1f}")


if __name__ == "__main__":
    main()
