"""`vncorpus export`: any table or query as CSV, Excel or Parquet, for colleagues outside Python."""
from __future__ import annotations

import os
import re
import stat
import sys
from pathlib import Path

import duckdb
import pandas as pd

from corpus.catalog import checked_statement, query_error, read_only_connection
from corpus.errors import UserError
from corpus.schema import TABLES

FORMATS = ("csv", "xlsx", "parquet")


def export(data_dir: str | Path, what: str, fmt: str, output: Path | None) -> int:
    """Write the rows of a table name or a SELECT to `output` (CSV to standard output when None).
    Returns the row count. The file appears whole or not at all."""
    if fmt not in FORMATS:
        raise UserError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if output is None and fmt != "csv":
        raise UserError(f"--format {fmt} needs --output FILE")
    name = what.strip()
    if re.fullmatch(r"[A-Za-z_]\w*", name):
        if name not in (*TABLES, "decision_provinces"):
            raise UserError(f"no table named {name!r}; tables are {', '.join((*TABLES, 'decision_provinces'))}")
        sql = f"SELECT * FROM {name}"
    else:
        sql = what
    target = None if output is None else writable_target(Path(output))
    statement = checked_statement(sql)
    con = read_only_connection(data_dir)
    try:
        try:
            frame = con.execute(statement).df()
        except duckdb.Error as exc:
            raise query_error(exc, data_dir) from None
    finally:
        con.close()
    if target is None:
        frame.to_csv(sys.stdout, index=False)
        return len(frame)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        if fmt == "csv":
            frame.to_csv(tmp, index=False)
        elif fmt == "xlsx":
            excel_ready(frame).to_excel(tmp, index=False, engine="openpyxl")
        else:
            frame.to_parquet(tmp, index=False)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return len(frame)


def writable_target(output: Path) -> Path:
    """The file an export may replace: a new path or a regular file, or through a symlink the
    regular file it points at. A FIFO, a device, a socket or a folder is refused, so an export
    never replaces such a node with a plain file (as root, /dev/full would have become one)."""
    target = Path(os.path.realpath(output)) if output.is_symlink() else output
    if target.exists() and not stat.S_ISREG(target.stat().st_mode):
        kind = "a folder" if target.is_dir() else "not a regular file (a FIFO, device or socket)"
        via = f" (the symlink {output} points there)" if target != output else ""
        raise UserError(f"cannot write {target}{via}: it is {kind}")
    if not target.parent.is_dir():
        raise UserError(f"cannot write {target}: folder {target.parent} does not exist")
    return target


def excel_ready(frame: pd.DataFrame) -> pd.DataFrame:
    """Excel has no time zones: timestamps become UTC wall-clock times, in a column whose name
    says so ("fetched_at (UTC)")."""
    renamed = {}
    frame = frame.copy()
    for column in frame.columns:
        if isinstance(frame[column].dtype, pd.DatetimeTZDtype):
            frame[column] = frame[column].dt.tz_convert("UTC").dt.tz_localize(None)
            renamed[column] = f"{column} (UTC)"
    return frame.rename(columns=renamed)
