"""The server's Ed25519 signing key, created on first start in the data folder.

It signs receipts, statements and enrollments; clients pin its public half at
enrollment. Server processes sharing one PostgreSQL database must share this file: it is
configuration, deployed to every host (or given with --key-file), never state.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..crypto import SigningKey
from ..fsutil import atomic_write

KEY_FILE = "server-signing.key"


def load_or_create(data_dir: Path, *, key_file: str | Path | None = None) -> SigningKey:
    """The key in `key_file` (which must exist), or the data folder's, made if missing."""
    if key_file:
        return SigningKey.from_text(Path(key_file).read_text("ascii"))
    path = Path(data_dir) / KEY_FILE
    if path.exists():
        return SigningKey.from_text(path.read_text("ascii"))
    Path(data_dir).mkdir(parents=True, exist_ok=True)
    key = SigningKey.generate()
    # O_EXCL-like: two processes starting together must not end with two keys.
    tmp = path.with_suffix(".new")
    atomic_write(tmp, key.to_text().encode("ascii"), mode=0o600)
    try:
        os.link(tmp, path)
    except FileExistsError:
        key = SigningKey.from_text(path.read_text("ascii"))
    finally:
        tmp.unlink(missing_ok=True)
    return key
