"""A FUSE file system that loses what was not synced, for the power-cut test.

Run as `python powercut_fs.py MOUNTPOINT SEED` (root, /dev/fuse and mfusepy needed);
it serves until unmounted. Files live in memory in two versions: what the program sees
(every write at once) and what a disk would have kept (only what fsync made durable).
Writing `cut` to the control file `/.powercut` is the power cut: each file goes back to
its durable version plus a random share of the 512-byte sectors written since its last
fsync (a disk writes back in any order and may have kept some of them); the write
returns only once the cut is done. Names (create, rename, unlink, mkdir) are durable at
once: the test is about data, and SQLite's WAL does not depend on the directory's.
"""

from __future__ import annotations

import errno
import os
import random
import stat
import sys
import threading
import time

from mfusepy import FUSE, FuseOSError, Operations

CONTROL = "/.powercut"
SECTOR = 512


class File:
    def __init__(self, mode: int) -> None:
        self.mode = mode
        self.data = bytearray()  # what programs read
        self.durable = bytearray()  # what a disk has kept
        self.pending: list[tuple[int, bytes | None, int]] = []  # (offset, data, new size)
        self.mtime = time.time()

    def write(self, offset: int, data: bytes) -> None:
        end = offset + len(data)
        if end > len(self.data):
            self.data.extend(b"\0" * (end - len(self.data)))
        self.data[offset:end] = data
        self.pending.append((offset, bytes(data), len(self.data)))
        self.mtime = time.time()

    def truncate(self, length: int) -> None:
        if length < len(self.data):
            del self.data[length:]
        else:
            self.data.extend(b"\0" * (length - len(self.data)))
        self.pending.append((length, None, length))

    def sync(self) -> None:
        self.durable = bytearray(self.data)
        self.pending.clear()

    def cut(self, rng: random.Random) -> None:
        kept = bytearray(self.durable)
        for offset, data, size in self.pending:
            if data is None:  # a truncate: it happened, or not
                if rng.random() < 0.5:
                    if size < len(kept):
                        del kept[size:]
                    else:
                        kept.extend(b"\0" * (size - len(kept)))
                continue
            for start in range(0, len(data), SECTOR):
                if rng.random() < 0.5:
                    piece = data[start:start + SECTOR]
                    at = offset + start
                    if at + len(piece) > len(kept):
                        kept.extend(b"\0" * (at + len(piece) - len(kept)))
                    kept[at:at + len(piece)] = piece
        self.data, self.durable = bytearray(kept), bytearray(kept)
        self.pending.clear()


class PowerCutFS(Operations):
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self._mutex = threading.RLock()
        self.files: dict[str, File] = {}
        self.dirs: set[str] = {"/"}
        self.cuts = 0

    # ------------------------------------------------------------ helpers
    def _file(self, path: str) -> File:
        try:
            return self.files[path]
        except KeyError:
            raise FuseOSError(errno.ENOENT) from None

    def _parent_exists(self, path: str) -> None:
        if os.path.dirname(path) not in self.dirs:
            raise FuseOSError(errno.ENOENT)

    # ------------------------------------------------------------ metadata
    def getattr(self, path, fh=None):
        with self._mutex:
            now = time.time()
            if path in self.dirs:
                return {"st_mode": stat.S_IFDIR | 0o755, "st_nlink": 2, "st_size": 0,
                        "st_mtime": now, "st_ctime": now, "st_atime": now}
            if path == CONTROL:
                return {"st_mode": stat.S_IFREG | 0o600, "st_nlink": 1, "st_size": 0,
                        "st_mtime": now, "st_ctime": now, "st_atime": now}
            f = self._file(path)
            return {"st_mode": stat.S_IFREG | f.mode, "st_nlink": 1, "st_size": len(f.data),
                    "st_mtime": f.mtime, "st_ctime": f.mtime, "st_atime": f.mtime}

    def readdir(self, path, fh):
        with self._mutex:
            prefix = path.rstrip("/") + "/"
            names = {p[len(prefix):].split("/")[0] for p in (*self.files, *self.dirs)
                     if p.startswith(prefix) and p != prefix}
            return [".", "..", *sorted(names)]

    def statfs(self, path):
        return {"f_bsize": 4096, "f_frsize": 4096, "f_blocks": 1 << 20, "f_bfree": 1 << 19,
                "f_bavail": 1 << 19, "f_files": 1 << 16, "f_ffree": 1 << 15, "f_namemax": 255}

    def mkdir(self, path, mode):
        with self._mutex:
            self._parent_exists(path)
            self.dirs.add(path)

    def rmdir(self, path):
        with self._mutex:
            if any(p.startswith(path + "/") for p in (*self.files, *self.dirs)):
                raise FuseOSError(errno.ENOTEMPTY)
            self.dirs.discard(path)

    def create(self, path, mode, fi=None):
        with self._mutex:
            self._parent_exists(path)
            self.files.setdefault(path, File(mode & 0o777))
            return 0

    def open(self, path, flags):
        with self._mutex:
            if path != CONTROL:
                self._file(path)
            return 0

    def unlink(self, path):
        with self._mutex:
            self._file(path)
            del self.files[path]

    def rename(self, old, new):
        with self._mutex:
            if old in self.files:
                self.files[new] = self.files.pop(old)
            elif old in self.dirs:
                for p in [p for p in self.files if p.startswith(old + "/")]:
                    self.files[new + p[len(old):]] = self.files.pop(p)
                self.dirs = {new + d[len(old):] if d == old or d.startswith(old + "/") else d
                             for d in self.dirs}
            else:
                raise FuseOSError(errno.ENOENT)

    def chmod(self, path, mode):
        with self._mutex:
            if path in self.files:
                self.files[path].mode = mode & 0o777
            return 0

    def chown(self, path, uid, gid):
        return 0

    def utimens(self, path, times=None):
        return 0

    # ------------------------------------------------------------ data
    def read(self, path, size, offset, fh):
        with self._mutex:
            return bytes(self._file(path).data[offset:offset + size])

    def write(self, path, data, offset, fh):
        with self._mutex:
            if path == CONTROL:
                for f in self.files.values():
                    f.cut(self.rng)
                self.cuts += 1
                return len(data)
            self._file(path).write(offset, bytes(data))
            return len(data)

    def truncate(self, path, length, fh=None):
        with self._mutex:
            if path != CONTROL:
                self._file(path).truncate(length)
            return 0

    def fsync(self, path, datasync, fh):
        with self._mutex:
            if path in self.files:
                self.files[path].sync()
            return 0

    def fsyncdir(self, path, datasync, fh):
        return 0

    def flush(self, path, fh):
        return 0

    def release(self, path, fh):
        return 0


if __name__ == "__main__":
    FUSE(PowerCutFS(int(sys.argv[2])), sys.argv[1], foreground=True, nothreads=False,
         allow_other=False)
