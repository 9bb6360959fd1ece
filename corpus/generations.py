"""The tables' generations: DIR/tables is a symbolic link to DIR/generations/<id>/.

A batch (or a whole `process --rebuild`) never changes a part file in place. It builds a new
generation beside the current one — hard links to the parts it keeps, new files for what it adds
or rewrites — flushes it to disk, then points DIR/tables at it by renaming a new link over the old
one. rename(2) replaces the link itself atomically, so a reader of
`read_parquet('DIR/tables/<table>/**/*.parquet')` sees every table before the batch or every
table after it, never a mix; a crash or a full disk at any earlier moment leaves the old
generation in place and an unreferenced folder that the next run removes.

A part's name is never reused for other contents: a reader that listed the old generation and
opens a file after the swap gets the same bytes (a hard link) or no file, never other rows.
The generation just replaced is kept until the next swap, for readers still inside it.
"""
from __future__ import annotations

import ctypes
import errno
import os
import secrets
import shutil
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from vncorpus.crawler.errors import UserError, disk_full, no_space_error

GENERATIONS = "generations"
TABLES_LINK = "tables"
# A new link is made under this name and renamed over DIR/tables; during a migration it is also
# where the old real folder lands once exchanged.
_NEW_LINK = ".tables.new"


def new_generation_id() -> str:
    # Sorted by creation: pruning keeps the newest generation older than the current one.
    return f"{time.time_ns():020d}-{secrets.token_hex(3)}"


def current_generation(data_dir: Path) -> Path | None:
    """The generation folder DIR/tables points at, or None when there are no tables yet."""
    link = Path(data_dir) / TABLES_LINK
    if not link.is_symlink():
        return None
    return Path(data_dir) / GENERATIONS / Path(os.readlink(link)).name


def settle(data_dir: Path) -> None:
    """Bring DIR to the generation layout and clear what a crashed batch left: migrates a real
    DIR/tables folder (a data dir from before generations), drops a half-made link and every
    generation folder no link points at but the previous one."""
    data_dir = Path(data_dir)
    tables = data_dir / TABLES_LINK
    stranded = data_dir / (_NEW_LINK + ".old")
    if stranded.is_dir():
        # A migration without an atomic exchange moved the real folder away: put it back (then
        # migrate again), or drop it if the link already took its place.
        if tables.is_symlink() or tables.exists():
            shutil.rmtree(stranded)
        else:
            os.rename(stranded, tables)
    leftover = data_dir / _NEW_LINK
    if leftover.is_symlink():
        leftover.unlink()
    elif leftover.is_dir():
        # The old real folder, exchanged with the link by a migration that did not get to remove it.
        shutil.rmtree(leftover)
    if tables.is_symlink() and Path(os.readlink(tables)).parent != Path(GENERATIONS):
        # A link of the user's own (the tables on another disk, say): replacing it would hide them.
        raise UserError(
            f"{tables} is a link to {os.readlink(tables)}, not to a generation under {data_dir / GENERATIONS}: "
            f"move that folder to {tables} (the tables live in the data dir, as generations beside it)"
        )
    if tables.is_dir() and not tables.is_symlink():
        _migrate(data_dir)
    prune(data_dir)


@contextmanager
def next_generation(data_dir: Path) -> Iterator[Path]:
    """A new, empty generation folder to fill; on a clean exit it is flushed and DIR/tables is
    pointed at it. On any failure it is removed and DIR/tables keeps pointing where it did; a full
    disk becomes a one-line UserError naming the free space."""
    data_dir = Path(data_dir)
    folder = data_dir / GENERATIONS / new_generation_id()

    def drop_unless_live() -> None:
        # Once the link points at it, the generation is the tables, whatever failed after.
        if current_generation(data_dir) != folder:
            shutil.rmtree(folder, ignore_errors=True)

    try:
        folder.mkdir(parents=True)
        yield folder
        fsync_tree(folder)
        point_tables_at(data_dir, folder)
    except OSError as exc:
        if disk_full(exc):
            # The free space is read before the half-made generation is removed: it is what the batch met.
            error = no_space_error(data_dir)
            drop_unless_live()
            raise error from None
        drop_unless_live()
        raise
    except BaseException:
        drop_unless_live()
        raise
    prune(data_dir)


def point_tables_at(data_dir: Path, folder: Path) -> None:
    """Atomically make DIR/tables the link to generation `folder` (which must be on disk already)."""
    link = data_dir / _NEW_LINK
    if link.is_symlink():
        link.unlink()
    # Relative, so a data dir that is moved or copied whole keeps its tables.
    os.symlink(Path(GENERATIONS) / folder.name, link)
    tables = data_dir / TABLES_LINK
    if tables.is_symlink() or not tables.exists():
        os.replace(link, tables)
        fsync_dir(data_dir)
        return
    # A real folder (a data dir from before generations) cannot be renamed over: the two trade
    # places, and the old folder, now under the temporary name, goes.
    _exchange(link, tables)
    fsync_dir(data_dir)
    shutil.rmtree(link)


def prune(data_dir: Path) -> None:
    """Remove every generation but the current one and the newest before it (readers that opened
    the tables just before the last swap may still be reading that one)."""
    root = Path(data_dir) / GENERATIONS
    current = current_generation(data_dir)
    if current is None or not root.is_dir():
        return
    older = sorted(p.name for p in root.iterdir() if p.name < current.name)
    keep = {current.name, *older[-1:]}
    for folder in root.iterdir():
        if folder.name not in keep:
            shutil.rmtree(folder, ignore_errors=True)


def link_or_copy(source: Path, target: Path) -> None:
    """`target` as another name of `source`'s file; a copy on a file system without hard links."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.EMLINK, errno.EXDEV):
            raise
        shutil.copy2(source, target)


def fsync_tree(folder: Path) -> None:
    """Every folder of the generation flushed, so the link never points at entries not yet on disk.
    (Files are flushed as they are written; hard links add no data.)"""
    for root, _, _ in os.walk(folder, topdown=False):
        fsync_dir(Path(root))
    fsync_dir(folder.parent)


def fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _migrate(data_dir: Path) -> None:
    """A real DIR/tables folder becomes the first generation: its files hard-linked into one, then
    the link swapped in (`point_tables_at`), so a reader finds the tables at every moment. A crash
    before the swap leaves the folder (the next run migrates again), after it the old folder
    under .tables.new (the next run removes it)."""
    tables = data_dir / TABLES_LINK
    folder = data_dir / GENERATIONS / new_generation_id()
    try:
        for path in sorted(tables.rglob("*")):
            if path.is_file() and not path.name.endswith(".tmp"):
                link_or_copy(path, folder / path.relative_to(tables))
        folder.mkdir(parents=True, exist_ok=True)
        fsync_tree(folder)
        point_tables_at(data_dir, folder)
    except OSError as exc:
        if not (data_dir / TABLES_LINK).is_symlink():
            shutil.rmtree(folder, ignore_errors=True)
        if disk_full(exc):
            raise no_space_error(data_dir) from None
        raise UserError(f"cannot move {tables} to the generation layout: {exc.strerror or exc}") from None


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> None:
    """Swap two names atomically (Linux renameat2 RENAME_EXCHANGE). Where the kernel or the file
    system cannot, `b` is renamed away and `a` into its place: the tables are absent for the
    instant between the two renames, and a crash there is undone by the next run's `settle`."""
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is not None:
        if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
            return
        code = ctypes.get_errno()
        if code not in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
            raise OSError(code, os.strerror(code), str(b))
    moved = a.with_name(a.name + ".old")  # `settle` knows this name
    os.rename(b, moved)
    os.replace(a, b)
    os.rename(moved, a)
