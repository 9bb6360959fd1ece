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

from vncorpus.crawler.errors import UserError


def writable_target(output: Path) -> Path:
    """The file a write may replace: a new path or a regular file, or through a symlink the
    regular file it points at. Checked before any work is done, so a refusal costs nothing."""
    output = Path(output)
    target = Path(os.path.realpath(output)) if output.is_symlink() else output
    if target.exists() and not stat.S_ISREG(target.stat().st_mode):
        kind = "but a folder" if target.is_dir() else "(a FIFO, device or socket)"
        via = f" (the symlink {output} points there)" if target != output else ""
        raise UserError(f"cannot write {target}{via}: it is not a regular file {kind}")
    if not target.parent.is_dir():
        raise UserError(f"cannot write {target}: folder {target.parent} does not exist")
    return target


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A fresh temporary path in the target's folder (same file system, so the rename is atomic)."""
    path = writable_target(path)
    mode = path.stat().st_mode if path.exists() else None
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
