"""`vncorpus export`: any table or query as CSV, Excel or Parquet, for colleagues outside Python."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import duckdb
import pandas as pd

from vncorpus.corpus.catalog import VIEWS, checked_statement, query_error, read_only_connection
from vncorpus.crawler.atomic import atomic_path, writable_target
from vncorpus.crawler.errors import UserError
from vncorpus.corpus.schema import TABLES

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
        if name not in (*TABLES, *VIEWS):
            raise UserError(f"no table named {name!r}; tables are {', '.join((*TABLES, *VIEWS))}")
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
    with atomic_path(target) as tmp:
        if fmt == "csv":
            frame.to_csv(tmp, index=False)
        elif fmt == "xlsx":
            excel_ready(frame).to_excel(tmp, index=False, engine="openpyxl")
        else:
            frame.to_parquet(tmp, index=False)
    return len(frame)


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
