"""`vncorpus export`: any table or query as CSV, Excel or Parquet, for colleagues outside Python."""
from __future__ import annotations

import re
import sys
from pathlib import Path

from corpus.catalog import VIEWS, connect
from crawler.errors import UserError
from crawler.atomic import atomic_path
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
        if name not in (*TABLES, *VIEWS):
            raise UserError(f"no table named {name!r}; tables are {', '.join((*TABLES, *VIEWS))}")
        sql = f"SELECT * FROM {name}"
    else:
        sql = what
    con = connect(data_dir)
    try:
        try:
            frame = con.execute(sql).df()
        except Exception as exc:  # duckdb raises several error types for bad SQL
            raise UserError(f"query failed: {str(exc).strip().splitlines()[0]}") from None
    finally:
        con.close()
    if output is None:
        frame.to_csv(sys.stdout, index=False)
        return len(frame)
    with atomic_path(Path(output)) as tmp:
        if fmt == "csv":
            frame.to_csv(tmp, index=False)
        elif fmt == "xlsx":
            frame.to_excel(tmp, index=False, engine="openpyxl")
        else:
            frame.to_parquet(tmp, index=False)
    return len(frame)
