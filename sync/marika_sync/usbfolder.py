"""The USB folder layout (docs/SYNC_PROTOCOL.md §6), shared by every side that reads or
writes it: the office PC, `marika sync push` on any connected PC, and the server.

Every write is atomic (a stick pulled out mid-write leaves the old file or none), file
names are checked against strict patterns (a crafted stick cannot write outside the
folder), and sizes are capped before reading.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from .canonical import canonical_json
from .fsutil import atomic_write

ROOT = "marika-sync"
_ID = re.compile(r"^[0-9A-Za-z._:-]{1,128}$")
MAX_FILE = 64 * 1024 * 1024
MAX_SMALL = 8 * 1024 * 1024


def _safe(name: str) -> str:
    if not _ID.match(name) or name in (".", "..") or name.startswith("."):
        raise ValueError(f"unsafe name in USB folder: {name!r}")
    return name


class UsbFolder:
    def __init__(self, folder: Path | str) -> None:
        self.base = Path(folder)
        self.root = self.base / ROOT

    def ensure(self) -> UsbFolder:
        for sub in ("batches", "queries", "enroll", "receipts", "statements", "state"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        return self

    # ------------------------------------------------------------ paths
    def batch_path(self, batch_id: str) -> Path:
        return self.root / "batches" / f"{_safe(batch_id)}.mkb"

    def permit_path(self, batch_id: str) -> Path:
        """The batch's upload permit, signed by its annotator's device key at export."""
        return self.root / "batches" / f"{_safe(batch_id)}.permit"

    def receipt_path(self, batch_id: str) -> Path:
        return self.root / "receipts" / f"{_safe(batch_id)}.json"

    def query_path(self, annotator_id: str) -> Path:
        return self.root / "queries" / f"{_safe(annotator_id)}.json"

    def enroll_path(self, annotator_id: str) -> Path:
        return self.root / "enroll" / f"{_safe(annotator_id)}.json"

    def enroll_reply_path(self, annotator_id: str) -> Path:
        return self.root / "enroll" / f"{_safe(annotator_id)}.reply.json"

    def statement_path(self, annotator_id: str, seq: int) -> Path:
        return self.root / "statements" / _safe(annotator_id) / f"{int(seq):08d}.json"

    def state_path(self, batch_id: str) -> Path:
        return self.root / "state" / f"{_safe(batch_id)}.url"

    # ------------------------------------------------------------ reading
    def _stems(self, sub: str, suffix: str) -> Iterator[tuple[str, Path]]:
        folder = self.root / sub
        if not folder.is_dir():
            return
        for path in sorted(folder.iterdir()):
            name = path.name
            if (name.endswith(suffix) and not name.startswith(".") and path.is_file()
                    and _ID.match(name[:-len(suffix)])):
                yield name[:-len(suffix)], path

    def batches(self) -> Iterator[tuple[str, Path]]:
        return self._stems("batches", ".mkb")

    def receipts(self) -> Iterator[tuple[str, Path]]:
        return self._stems("receipts", ".json")

    def queries(self) -> Iterator[tuple[str, Path]]:
        return self._stems("queries", ".json")

    def enroll_requests(self) -> Iterator[tuple[str, Path]]:
        for stem, path in self._stems("enroll", ".json"):
            if not stem.endswith(".reply"):
                yield stem, path

    def statements(self, annotator_id: str) -> Iterator[tuple[str, Path]]:
        return self._stems(f"statements/{_safe(annotator_id)}", ".json")

    def read(self, path: Path, limit: int = MAX_SMALL) -> bytes:
        if path.is_symlink() or path.stat().st_size > limit:
            raise ValueError(f"refusing {path.name}: too large or a link")
        return path.read_bytes()

    def read_json(self, path: Path) -> dict:
        value = json.loads(self.read(path))
        if not isinstance(value, dict):
            raise ValueError(f"{path.name} is not a JSON object")
        return value

    def server(self) -> dict:
        path = self.root / "server.json"
        return self.read_json(path) if path.is_file() else {}

    # ------------------------------------------------------------ writing
    def write(self, path: Path, data: bytes) -> None:
        atomic_write(path, data, mode=0o644)

    def write_json(self, path: Path, value: dict) -> None:
        self.write(path, canonical_json(value))

    def write_if_changed(self, path: Path, data: bytes) -> bool:
        """Write unless the same bytes are already there (pushing twice changes nothing)."""
        if path.is_file() and path.read_bytes() == data:
            return False
        self.write(path, data)
        return True


class FolderState:
    """tus UploadState in the USB folder, so an interrupted push resumes on any PC."""

    def __init__(self, usb: UsbFolder) -> None:
        self.usb = usb

    def get_url(self, key: str) -> str | None:
        path = self.usb.state_path(key)
        return path.read_text("utf-8").strip() or None if path.is_file() else None

    def set_url(self, key: str, url: str) -> None:
        self.usb.write(self.usb.state_path(key), url.encode("utf-8"))

    def remove_url(self, key: str) -> None:
        self.usb.state_path(key).unlink(missing_ok=True)
