"""`python -m benchmarks`: every performance figure of issue 14 against a same-run floor.

Each group runs in a fresh process (benchmarks/one.py). The output is a table and, as
its very last line, one JSON object mapping each metric to its ratio (lower is better;
a ratio <= the target column passes). Options:

  --quick        smaller sizes, under two minutes on a 2-core PC
  --only A,B     only these groups (names: see --list)
  --tiny         very small sizes, for the smoke test (tests/benchmarks)
  --labelme PY   labelme's own interpreter, to measure the peer in the same run
                 (default: $MARIKA_BENCH_LABELME, else .venv-labelme/ if it exists)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ORDER = ["start", "next_image", "memory", "item_keys", "autosave", "next_todo", "audio",
         "import", "sealing", "upload", "kdf", "pay_screen", "server_load", "keepalive", "soak"]
ROOT = Path(__file__).resolve().parents[1]


def _run_group(name: str, scale: str, timeout: float) -> tuple[list[dict], str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(
        os.pathsep)
    try:
        proc = subprocess.run([sys.executable, "-m", "benchmarks.one", name, scale],
                              cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return [], f"{name}: timed out after {timeout:.0f} s"
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        tail = "\n".join(proc.stderr.strip().splitlines()[-15:])
        return [], f"{name}: failed (exit {proc.returncode})\n{tail}"
    return json.loads(lines[-1]), ""


def _fmt(x) -> str:
    if x is None:
        return "-"
    return f"{x:.3g}" if abs(x) < 1000 else f"{x:,.0f}"


def table(rows: list[dict]) -> str:
    head = ["metric", "floor", "Marika", "ratio", "target", "ok"]
    body = []
    for r in rows:
        floor = "-" if r["floor"] is None else f"{_fmt(r['floor'])} {r['unit']}"
        target = (f"< {_fmt(r['limit'])} {r['unit']}" if r.get("limit") is not None
                  else f"<= {_fmt(r['target'])} {r['unit']}" if r["floor"] is None
                  else f"<= {_fmt(r['target'])}x")
        body.append([r["metric"], floor, f"{_fmt(r['value'])} {r['unit']}",
                     f"{r['ratio']:.2f}", target, "yes" if r["ok"] else "NO"])
    widths = [max(len(str(c)) for c in col) for col in zip(head, *body, strict=True)]
    lines = ["| " + " | ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)) + " |",
             "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    lines += ["| " + " | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)) + " |"
              for row in body]
    notes = [f"- {r['metric']}: {r['floor_name']}{'; ' if r['floor_name'] and r['note'] else ''}"
             f"{r['note']}" for r in rows if r["note"] or r["floor_name"]]
    return "\n".join(lines + ([""] + notes if notes else []))


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            cpu = next((line.split(":", 1)[1].strip() for line in fh
                        if line.startswith("model name")), cpu)
    except OSError:
        pass
    return f"{platform.system()} {platform.release()}, {os.cpu_count()} cores, {cpu}, " \
           f"Python {platform.python_version()}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller sizes (< 2 minutes)")
    parser.add_argument("--tiny", action="store_true", help="smallest sizes (smoke test)")
    parser.add_argument("--only", help="comma-separated group names")
    parser.add_argument("--list", action="store_true", help="list the groups and exit")
    parser.add_argument("--labelme", metavar="PYTHON",
                        help="labelme's interpreter (its own venv), to measure the peer too")
    args = parser.parse_args(argv)
    if args.list:
        print("\n".join(ORDER))  # noqa: T201
        return 0
    scale = "tiny" if args.tiny else "quick" if args.quick else "full"
    names = ORDER if not args.only else [n.strip() for n in args.only.split(",")]
    unknown = [n for n in names if n not in ORDER]
    if unknown:
        parser.error(f"unknown group(s): {', '.join(unknown)}")
    from .peer import ENV, python

    if args.labelme:  # the groups' processes inherit it (a path: from here, not ROOT)
        os.environ[ENV] = (os.path.abspath(args.labelme) if os.sep in args.labelme
                           else args.labelme)
    peer = python()
    started = time.perf_counter()
    rows, problems = [], []
    for name in names:
        t0 = time.perf_counter()
        got, problem = _run_group(name, scale, timeout=1800 if scale == "full" else 300)
        rows += got
        if problem:
            problems.append(problem)
        print(f"# {name}: {time.perf_counter() - t0:.1f} s", file=sys.stderr)  # noqa: T201
    print(f"Marika benchmarks ({scale}), {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
          f"{machine()}, {time.perf_counter() - started:.0f} s, "
          f"{f'labelme: {peer}' if peer else 'labelme not measured (see --labelme)'}")  # noqa: T201
    print(table(rows))  # noqa: T201
    for problem in problems:
        print(f"\nPROBLEM {problem}")  # noqa: T201
    print(json.dumps({r["metric"]: round(r["ratio"], 4) for r in rows}))  # noqa: T201
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
