"""Run one benchmark group in this process and print its rows as JSON on the last line.

`python -m benchmarks` starts one such process per group, so that each group starts from
a fresh interpreter (memory and start-up figures are per process) and a crash in one
group is reported without losing the others.
"""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_SCALE_FACTOR", "1")
os.environ.setdefault("MARIKA_GUIDED_TOUR", "0")


def groups() -> dict:
    from . import (
        bench_gui,
        bench_net,
        bench_pay,
        bench_server,
        bench_soak,
        bench_start,
        bench_store,
    )

    return {**bench_store.GROUPS, **bench_gui.GROUPS, **bench_start.GROUPS,
            **bench_net.GROUPS, **bench_pay.GROUPS, **bench_server.GROUPS,
            **bench_soak.GROUPS}


def main(argv: list[str]) -> int:
    name, scale = argv
    rows = groups()[name](scale)
    sys.stdout.flush()
    print(json.dumps([r.as_dict() for r in rows]))  # noqa: T201 - read by the parent
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
