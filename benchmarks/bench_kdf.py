"""How long unlocking a profile takes: scrypt at Marika's default against a SHA-256 baseline.

Reports the absolute scrypt time (the target is at least 0.25 s on a 2-core office PC, so
that guessing passwords from a copied data folder is slow) and the ratio to a same-run
baseline of one million SHA-256 rounds, which makes runs on different machines comparable.
Run: .venv/bin/python benchmarks/bench_kdf.py
"""

import hashlib
import statistics
import time

from marika import crypto
from marika.profile_keys import DEFAULT_KDF_N


def _median(fn, runs=5):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    params = crypto.KdfParams.fresh(n=DEFAULT_KDF_N)
    kdf = _median(lambda: crypto.derive_key("a password", params))

    def baseline():
        h = b"x"
        for _ in range(1_000_000):
            h = hashlib.sha256(h).digest()

    base = _median(baseline, runs=3)
    print(f"scrypt n={DEFAULT_KDF_N}: {kdf:.3f} s (target >= 0.25 s)")
    print(f"ratio to 1e6 SHA-256 rounds in the same run: {kdf / base:.2f}")


if __name__ == "__main__":
    main()
