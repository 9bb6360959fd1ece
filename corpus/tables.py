"""Parquet tables under DIR/tables/<table>/: one part file per processing batch.

An article is stored once: when a batch holds an article that an older part already has (a page
changed and was captured again, or a batch is redone after a crash), the new rows are written
first and the article's old rows are then removed from older parts. Every file is written to a
temporary name and renamed into place, so readers never see half a file; a crash between the
two steps leaves the old rows beside the new ones until the batch is redone, never a loss.
"""
from __future__ import annotations

import dataclasses
import os
import secrets
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from corpus.errors import UserError
from corpus.records import Article
from corpus.schema import FACT_RECORDS, SCHEMAS, TABLES
from nlp.models import Facts


def require_data_dir(data_dir: str | Path) -> Path:
    """The data dir, which must already exist as a folder: a command that reads or processes it
    never creates one where a mistyped path points."""
    data_dir = Path(data_dir)
    if data_dir.is_dir():
        return data_dir
    if data_dir.exists():
        raise UserError(f"data dir {data_dir} is a file, not a folder")
    raise UserError(f"data dir {data_dir} does not exist")


def table_dir(data_dir: Path, table: str) -> Path:
    return Path(data_dir) / "tables" / table


def part_files(data_dir: Path, table: str) -> list[Path]:
    return sorted(table_dir(data_dir, table).glob("**/*.parquet"))


def batch_tables(results: list[tuple[Article, Facts]]) -> dict[str, pa.Table]:
    """Records → one Arrow table per schema (the only place rows are built)."""
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    for article, facts in results:
        rows["articles"].append(dataclasses.asdict(article))
        for name in FACT_RECORDS:
            for mention in getattr(facts, name):
                rows[name].append({"article_id": article.article_id, **dataclasses.asdict(mention)})
    return {name: pa.Table.from_pylist(rows[name], schema=SCHEMAS[name]) for name in TABLES}


def write_batch(data_dir: Path, results: list[tuple[Article, Facts]]) -> str:
    """Store one batch; returns the part name. Replaces any older rows of the same articles."""
    if not results:
        return ""
    part = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f") + "-" + secrets.token_hex(3)
    tables = batch_tables(results)
    for name, table in tables.items():
        # An empty part is written only to give a new table its first file (views need one).
        if table.num_rows or not part_files(data_dir, name):
            _write_atomic(table, table_dir(data_dir, name) / f"part-{part}.parquet")
    ids = pa.array(sorted({a.article_id for a, _ in results}), pa.string())
    for name in TABLES:
        for path in part_files(data_dir, name):
            if path.name != f"part-{part}.parquet":
                _drop_articles(path, ids)
        if not part_files(data_dir, name):
            # Every row this table had was replaced by none: keep an empty part for the view.
            _write_atomic(tables[name], table_dir(data_dir, name) / f"part-{part}.parquet")
    return part


def _drop_articles(path: Path, ids: pa.Array) -> None:
    present = pq.read_table(path, columns=["article_id"]).column(0)
    stale = pc.is_in(present, value_set=ids)
    if not pc.any(stale).as_py():
        return
    table = pq.read_table(path)
    kept = table.filter(pc.invert(stale))
    if kept.num_rows == 0:
        # The batch that replaced these rows wrote a part of its own, so the table keeps a file.
        path.unlink()
        return
    _write_atomic(kept, path)


def _write_atomic(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    with open(tmp, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, path)
