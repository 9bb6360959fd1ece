"""The one exception type the CLI turns into a one-line message and a non-zero exit."""
from __future__ import annotations

import errno
import re
import resource
import shutil
from pathlib import Path


class UserError(Exception):
    """Bad input from the user (file, flag, SQL, data dir): shown as one line, never a traceback."""


# A full disk, a full quota, and a file size limit (RLIMIT_FSIZE) all stop a write for want of room.
_NO_ROOM = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


def disk_full(exc: BaseException) -> bool:
    """Whether `exc` is a write refused for want of room. Arrow reports it in its message only."""
    code = getattr(exc, "errno", None)
    if code is None:
        found = re.search(r"\[errno (\d+)\]", str(exc), re.IGNORECASE)
        code = int(found.group(1)) if found else None
    return code in _NO_ROOM


def no_space_error(where: Path) -> UserError:
    limit = file_size_limit()
    # A file size limit (ulimit -f) refuses writes however much room there is: it is named too.
    beyond = f" (file size limit {limit // 1024} KiB)" if limit is not None else ""
    return UserError(f"no space left on device: {free_mb(where)} MB free in {where}{beyond}")


def file_size_limit() -> int | None:
    limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    return None if limit == resource.RLIM_INFINITY else limit


def free_mb(where: Path) -> str:
    try:
        free = shutil.disk_usage(where).free
    except OSError:
        return "?"
    return f"{free / 2**20:.1f}"
