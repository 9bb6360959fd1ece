"""Parquet tables under DIR/tables/<table>/: one part file per processing batch.

An article is stored once: when a batch holds an article that an older part already has (a page
changed and was captured again, or a batch is redone after a crash), the new rows are written
first and the article's old rows are then removed from older parts. Every file is written to a
temporary name and renamed into place, so readers never see half a file; a crash between the
two steps leaves the old rows beside the new ones until the batch is redone, never a loss.

Each table keeps a manifest (DIR/tables/<table>/manifest.json) of the SHA-256 of every part as
written, so `vncorpus check` can tell a part that was damaged later from one that was not. A
part's new checksum is recorded before the part is renamed into place and the old one dropped
after, so whatever moment a crash picks, the file on disk matches its manifest entry.
"""
from __future__ import annotations

import hashlib
import json
import re
import secrets
from datetime import datetime, timezone
from operator import attrgetter
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from vncorpus.crawler.atomic import atomic_path
from vncorpus.crawler.errors import UserError
from vncorpus.extract.models import Article
from vncorpus.corpus.schema import SCHEMAS, TABLES
from vncorpus.nlp.models import FACT_TYPES, Facts

# Batches are built, written and let go one after another: the system allocator gives each batch's
# buffers back, where pyarrow's own (mimalloc) kept a high-water mark that rose with every batch
# (381 MB after 500 articles, 416 MB after 2,000).
pa.set_memory_pool(pa.system_memory_pool())


def require_data_dir(data_dir: str | Path) -> Path:
    """The data dir, which must already exist as a folder: a command that reads or processes it
    never creates one where a mistyped path points."""
    data_dir = Path(data_dir)
    if data_dir.is_dir():
        return data_dir
    if data_dir.exists():
        raise UserError(f"data dir {data_dir} is a file, not a folder")
    raise UserError(f"data dir {data_dir} does not exist")


def damaged_part_error(message: str, data_dir: str | Path) -> UserError | None:
    """When a DuckDB or Arrow error `message` names a part file of the data dir: a one-line error
    that names the part and what to do; None for any other error."""
    tables = Path(data_dir) / "tables"
    for candidate in re.findall(r"[^\s\"']+\.parquet", message):
        for root in (tables, tables.resolve()):
            try:
                part = Path("tables") / Path(candidate).relative_to(root)
            except ValueError:
                continue
            return UserError(f"table part {part} is damaged ({message[:160]}); run `vncorpus check`, then `vncorpus process --rebuild`")
    return None


def read_error(exc: Exception, data_dir: str | Path, failed: str) -> UserError:
    """A DuckDB error met reading the tables, as one line: the damaged part named when the error
    names one, else `failed` and the error's first line."""
    message = first_line(exc)
    return damaged_part_error(message, data_dir) or UserError(f"{failed}: {message}")


def first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def table_dir(data_dir: Path, table: str) -> Path:
    return Path(data_dir) / "tables" / table


def part_files(data_dir: Path, table: str) -> list[Path]:
    return sorted(table_dir(data_dir, table).glob("**/*.parquet"))


def read_parquet_sql(data_dir: Path, table: str) -> str:
    """The DuckDB table expression over every part of `table` (DESIGN.md's read_parquet form)."""
    pattern = str(table_dir(data_dir, table) / "**" / "*.parquet").replace("'", "''")
    return f"read_parquet('{pattern}', union_by_name = true)"


def batch_tables(results: list[tuple[Article, Facts]]) -> dict[str, pa.Table]:
    """Records → one Arrow table per schema (the only place rows are built), column by column
    straight from the records' attributes: records hold only scalars, so no dict per row."""
    tables = {"articles": _table("articles", [article for article, _ in results])}
    for name in FACT_TYPES:
        owners, mentions = [], []
        for article, facts in results:
            found = getattr(facts, name)
            owners += [article.article_id] * len(found)
            mentions += found
        tables[name] = _table(name, mentions, article_ids=owners)
    return tables


def _table(name: str, records: list, article_ids: list[str] | None = None) -> pa.Table:
    """Fact records carry no article_id of their own: `article_ids` gives it, row by row."""
    columns = {
        column: article_ids if column == "article_id" and article_ids is not None else list(map(attrgetter(column), records))
        for column in SCHEMAS[name].names
    }
    return pa.Table.from_pydict(columns, schema=SCHEMAS[name])


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
    try:
        _drop_from(path, ids)
    except (OSError, pa.ArrowException) as exc:
        message = f"{path}: {exc}"
        raise damaged_part_error(message, path.parent.parent.parent) or UserError(f"cannot rewrite {message}") from None


def _drop_from(path: Path, ids: pa.Array) -> None:
    present = pq.read_table(path, columns=["article_id"]).column(0)
    stale = pc.is_in(present, value_set=ids)
    if not pc.any(stale).as_py():
        return
    table = pq.read_table(path)
    kept = table.filter(pc.invert(stale))
    if kept.num_rows == 0:
        # The batch that replaced these rows wrote a part of its own, so the table keeps a file.
        path.unlink()
        _set_checksums(path, None)
        return
    _write_atomic(kept, path)


def _write_atomic(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(path) as tmp:
        pq.write_table(table, tmp, compression="zstd", write_page_checksum=True)
        digest = file_sha256(tmp)
        # Before the rename: a crash between the two leaves a manifest that accepts either file.
        _set_checksums(path, [*read_manifest(path.parent).get(path.name, []), digest])
    _set_checksums(path, [digest])


MANIFEST = "manifest.json"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_manifest(folder: Path) -> dict[str, list[str]]:
    """Part name → the checksums it may have (one, or two while a rewrite is under way)."""
    try:
        return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except ValueError:
        # A damaged manifest vouches for nothing; `check` then reads every part whole instead.
        return {}


def _set_checksums(path: Path, sums: list[str] | None) -> None:
    """Record the checksums `path` may have; None forgets a part that was removed."""
    folder = path.parent
    manifest = {name: known for name, known in read_manifest(folder).items() if (folder / name).exists()}
    if sums is None:
        manifest.pop(path.name, None)
    else:
        manifest[path.name] = sums
    with atomic_path(folder / MANIFEST) as tmp:
        tmp.write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")


def verify_parts(data_dir: Path) -> tuple[int, list[str]]:
    """Every part file checked against its recorded checksum and read whole (page checksums,
    footer, every row group): how many parts were checked, and one line per damaged part."""
    checked, problems = 0, []
    for table in TABLES:
        folder = table_dir(data_dir, table)
        manifest = read_manifest(folder)
        for path in part_files(data_dir, table):
            checked += 1
            name = path.relative_to(data_dir)
            expected = manifest.get(str(path.relative_to(folder)))
            if expected and file_sha256(path) not in expected:
                problems.append(f"{name}: damaged (its SHA-256 is not the one recorded when it was written)")
                continue
            try:
                reader = pq.ParquetFile(path, page_checksum_verification=True)
                for group in range(reader.num_row_groups):
                    reader.read_row_group(group)
            except (OSError, pa.ArrowException) as exc:
                problems.append(f"{name}: damaged, unreadable ({str(exc).splitlines()[0][:120]})")
                continue
            if not expected:
                problems.append(f"{name}: readable, but no checksum was recorded for it (written before checksums were kept?)")
    return checked, problems
