"""Write a file so that readers see the old version or the whole new one, never a part.

Everything the project stores or writes for a user (reports, Parquet parts, the search index,
exports, query output) goes through `atomic_path`: the writer fills a temporary file beside the
target, which is flushed to disk and renamed over the target only when the writer finished
without an exception. Only a regular file is ever replaced: a directory, a device or a FIFO at the
target is refused (as root, `/dev/full` would otherwise become a file), and a symbolic link is
written through to the file it names.
"""
from __future__ import annotations

import json
import os
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from crawler.errors import UserError


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A fresh temporary path in the target's folder (same file system, so the rename is atomic)."""
    path = Path(path)
    if path.is_symlink():
        path = path.resolve()
    try:
        mode: int | None = path.stat().st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        raise UserError(f"cannot write {path}: it exists and is not a regular file")
    if not path.parent.is_dir():
        raise UserError(f"cannot write {path}: folder {path.parent} does not exist")
    try:
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise UserError(f"cannot write {path}: {exc.strerror}") from None
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644 if mode is None else stat.S_IMODE(mode))
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_json_atomic(path: Path, payload: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(path) as tmp:
        tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
