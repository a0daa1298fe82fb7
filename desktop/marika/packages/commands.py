"""`marika package build|verify` and `marika keys new`: the trainers' and publishers' tools.

    marika keys new --out NAME [--box]      NAME.key (secret) and NAME.pub
    marika package build SRC --key K.key [--results-key R.pub] --out FILE.marika
    marika package verify FILE --trust P.pub [--trust ...]

Errors are printed as one sentence naming the reason, and the exit status is non-zero.
"""

from __future__ import annotations

import sys
from pathlib import Path

from marika_sync.crypto import BoxPrivateKey, BoxPublicKey, CryptoError, SigningKey, VerifyKey
from marika_sync.fsutil import atomic_write

from ..core.errors import MarikaError


class KeyFileError(MarikaError):
    pass


_WRONG_KEY = {
    "signing": "The key file {name} is not an Ed25519 signing key (ed25519-priv:).",
    "results": "The key file {name} is not an X25519 public key (x25519-pub:).",
    "publisher": "The key file {name} is not an Ed25519 public key (ed25519-pub:).",
}


def _read_key(path: str, parse, what: str):
    try:
        text = Path(path).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyFileError("The key file {name} cannot be read.", name=path) from exc
    try:
        return parse(text)
    except CryptoError as exc:
        raise KeyFileError(_WRONG_KEY[what], name=path) from exc


def cmd_keys_new(args) -> int:
    out = Path(args.out)
    secret, public = out.with_name(out.name + ".key"), out.with_name(out.name + ".pub")
    for path in (secret, public):
        if path.exists() and not args.force:
            print(f"{path} exists; use --force to replace it.", file=sys.stderr)
            return 1
    key = BoxPrivateKey.generate() if args.box else SigningKey.generate()
    atomic_write(public, (key.public.to_text() + "\n").encode(), mode=0o644)
    atomic_write(secret, (key.to_text() + "\n").encode(), mode=0o600)
    print(f"secret key: {secret} (keep it private)\npublic key: {public}\n"
          f"fingerprint: {key.public.fingerprint}")
    return 0


def cmd_build(args) -> int:
    from .build import build_package

    try:
        key = _read_key(args.key, SigningKey.from_text, "signing")
        results = (_read_key(args.results_key, BoxPublicKey.from_text, "results")
                   if args.results_key else None)
        manifest = build_package(Path(args.source), key=key, out=Path(args.out),
                                 results_key=results)
    except MarikaError as exc:
        print(f"error: {exc.english()}", file=sys.stderr)
        return 1
    print(f"{args.out}: {manifest.package_id} version {manifest.version}, {manifest.kind}, "
          f"{len(manifest.items)} items, signed by {key.public.fingerprint}")
    return 0


def cmd_verify(args) -> int:
    from marika_sync.package.verify import verify_package

    try:
        trusted = [_read_key(p, VerifyKey.from_text, "publisher") for p in args.trust]
        manifest = verify_package(Path(args.file), trusted)
    except MarikaError as exc:
        reason = getattr(exc, "reason", "error")
        print(f"invalid ({reason}): {exc.english()}", file=sys.stderr)
        return 1
    print(f"valid: {manifest.package_id} version {manifest.version}, {manifest.kind}, "
          f"{len(manifest.items)} items, {len(manifest.files)} files")
    return 0


def register(sub) -> None:
    keys = sub.add_parser("keys", help="make key pairs").add_subparsers(dest="keys_command",
                                                                        required=True)
    new = keys.add_parser("new", help="a new key pair: NAME.key and NAME.pub")
    new.add_argument("--out", required=True, help="path and name, without extension")
    new.add_argument("--box", action="store_true",
                     help="an X25519 encryption key (results, recovery) instead of Ed25519")
    new.add_argument("--force", action="store_true", help="replace existing files")
    new.set_defaults(func=cmd_keys_new)

    package = sub.add_parser("package", help="build and check task packages").add_subparsers(
        dest="package_command", required=True)
    build = package.add_parser("build", help="a source folder -> a signed .marika package")
    build.add_argument("source", help="folder with package.json, items.csv/json and media")
    build.add_argument("--key", required=True, help="the publisher's .key file")
    build.add_argument("--results-key", help="the data owner's .pub (x25519) file")
    build.add_argument("--out", required=True, help="the .marika file to write")
    build.set_defaults(func=cmd_build)
    verify = package.add_parser("verify", help="check a package's signature and every file")
    verify.add_argument("file")
    verify.add_argument("--trust", action="append", required=True,
                        help="a publisher's .pub file (may be repeated)")
    verify.set_defaults(func=cmd_verify)
