"""Build the bundled demo packages: assets/demo-src/<name>/ -> assets/demo/<name>.marika.

    .venv/bin/python scripts/build_demo.py

Every run makes a fresh Ed25519 publisher key and a fresh X25519 results key, signs
every package with the one and seals results to the other, writes the public publisher
key to assets/demo/demo-publisher.pub, and forgets both private keys: they never touch
the disk. That is on purpose. Every office that ran `marika --demo` trusts the demo
publisher key; if its private half were kept (let alone committed), anyone holding it
could sign packages those offices would accept. And nobody can read demo results.

Output names come from the source folder names, so a rebuild replaces the same files.
The packages are first built next to the old ones and only moved into place when all of
them were built and verified, so a failed build leaves the previous set intact.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from marika.core.errors import MarikaError
from marika.packages.build import build_package
from marika_sync.crypto import BoxPrivateKey, SigningKey
from marika_sync.fsutil import atomic_write
from marika_sync.package.verify import verify_package

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "assets" / "demo-src"
OUTPUT = ROOT / "assets" / "demo"
PUBLISHER_FILE = "demo-publisher.pub"
#: assets/ is committed to git; keep the clone small.
BUDGET_BYTES = 6 * 1024 * 1024


def source_folders(sources: Path = SOURCES) -> list[Path]:
    return sorted(p.parent for p in sources.glob("*/package.json"))


def _folder_bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def build_all(sources: Path = SOURCES, output: Path = OUTPUT) -> list[Path]:
    """Build and verify every source folder; return the package paths written."""
    folders = source_folders(sources)
    if not folders:
        raise SystemExit(f"no source folders with a package.json under {sources}")
    publisher, results = SigningKey.generate(), BoxPrivateKey.generate()
    output.mkdir(parents=True, exist_ok=True)
    built: list[Path] = []
    with tempfile.TemporaryDirectory(prefix=".build-", dir=output) as tmp:
        staged = []
        for folder in folders:
            target = Path(tmp) / f"{folder.name}.marika"
            try:
                manifest = build_package(folder, key=publisher, out=target,
                                         results_key=results.public)
                verify_package(target, [publisher.public])
            except MarikaError as exc:
                raise SystemExit(f"{folder.name}: {exc.english()}") from exc
            print(f"{folder.name}: {manifest.package_id} v{manifest.version}, "  # noqa: T201
                  f"{manifest.kind}, {len(manifest.items)} items, "
                  f"{target.stat().st_size // 1024} KiB")
            staged.append(target)
        for target in staged:
            final = output / target.name
            os.replace(target, final)
            built.append(final)
    atomic_write(output / PUBLISHER_FILE, (publisher.public.to_text() + "\n").encode(),
                 mode=0o644)
    wanted = {p.name for p in built}
    for old in output.glob("*.marika"):  # a source folder was removed or renamed
        if old.name not in wanted:
            old.unlink()
            print(f"removed {old.name} (no source folder)")  # noqa: T201
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, default=SOURCES)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    built = build_all(args.sources, args.output)
    assets = args.output.parent
    total = _folder_bytes(assets) if assets.name == "assets" else 0
    print(f"{len(built)} packages in {args.output}; "  # noqa: T201
          f"publisher key {args.output / PUBLISHER_FILE}")
    if total > BUDGET_BYTES:
        print(f"warning: {assets} is {total / 2**20:.1f} MiB, over the "  # noqa: T201
              f"{BUDGET_BYTES / 2**20:.0f} MiB budget for committed assets", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
