"""Parquet tables under DIR/tables/<table>/: one part file per processing batch.

An article is stored once: when a batch holds an article that an older part already has (a page
changed and was captured again, or a batch is redone after a crash), the batch's generation of
the tables (corpus.generations) holds the new rows and the older parts rewritten without the
old ones. Readers see every table as it was before the batch or as it is after it, never a mix,
whatever moment a crash or a full disk picks.

Each table keeps a manifest (DIR/tables/<table>/manifest.json) of the SHA-256 of every part as
written, so `vncorpus check` can tell a part that was damaged later from one that was not. A
generation's manifests are written with its parts and swapped in with them.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
from datetime import datetime, timezone
from operator import attrgetter
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from vncorpus.corpus.generations import GENERATIONS, current_generation, link_or_copy, next_generation, settle
from vncorpus.crawler.errors import UserError, disk_full
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
    generations = (Path(data_dir) / GENERATIONS).resolve()
    for candidate in re.findall(r"[^\s\"']+\.parquet", message):
        for root in (tables, tables.resolve(), generations):
            try:
                inside = Path(candidate).relative_to(root)
            except ValueError:
                continue
            # Under DIR/generations/<id>/ the part is shown as the tables link names it.
            part = Path("tables") / (Path(*inside.parts[1:]) if root == generations else inside)
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
    # The generation the tables link points at now: a query sees one generation however many
    # batches are swapped in while it runs.
    pinned = Path(os.path.realpath(Path(data_dir) / "tables")) / table
    pattern = str(pinned / "**" / "*.parquet").replace("'", "''")
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
    """Store one batch as a new generation of every table (corpus.generations): the batch's new
    part, the older parts it leaves alone (hard links), and older parts rewritten without the
    articles the batch replaces. All of it becomes visible at once, or none of it. Returns the
    part name."""
    if not results:
        return ""
    data_dir = Path(data_dir)
    settle(data_dir)
    part = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f") + "-" + secrets.token_hex(3)
    tables = batch_tables(results)
    ids = pa.array(sorted({a.article_id for a, _ in results}), pa.string())
    current = current_generation(data_dir)
    with next_generation(data_dir) as generation:
        for name in TABLES:
            _next_table(current / name if current else None, generation / name, tables[name], ids, part)
    return part


def _next_table(old: Path | None, new: Path, table: pa.Table, ids: pa.Array, part: str) -> None:
    """Fill `new` with `old`'s parts minus the rows of articles in `ids`, plus `table`; and its manifest."""
    new.mkdir()
    if old is not None and (not old.is_dir() or (old / PARTIAL).exists()):
        _mark_partial(old, new)
    known = read_manifest(old) if old else {}
    manifest: dict[str, list[str]] = {}
    parts = [(path, str(path.relative_to(old))) for path in sorted(old.glob("**/*.parquet"))] if old else []
    for number, (path, name) in enumerate(parts):
        kept = _without(path, ids)
        if kept is None:
            link_or_copy(path, new / name)
            if name in known:
                manifest[name] = known[name]
        elif kept.num_rows:
            # A rewritten part takes a new name: a reader that listed the old generation must not
            # open other rows under a name it knows.
            rewritten = f"part-{part}-{number}.parquet"
            manifest[rewritten] = [_write(kept, new / rewritten)]
    # An empty part is written only to give a table its first file (views need one).
    if table.num_rows or not any(new.glob("**/*.parquet")):
        manifest[f"part-{part}.parquet"] = [_write(table, new / f"part-{part}.parquet")]
    with open(new / MANIFEST, "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, indent=1, sort_keys=True)
        handle.flush()
        os.fsync(handle.fileno())


# Marks a table that appeared in a data dir whose articles were stored by a vncorpus without it
# (after an upgrade): it holds the rows of the articles processed since, none for those before,
# until `vncorpus process --rebuild` makes every table anew (without the mark).
PARTIAL = "PARTIAL"


def _mark_partial(old: Path, new: Path) -> None:
    """Carry `old`'s mark into `new`, or mark `new` as the first part of a table `old` lacked."""
    if (old / PARTIAL).exists():
        link_or_copy(old / PARTIAL, new / PARTIAL)
        return
    since = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    (new / PARTIAL).write_text(f"{since}\n", encoding="utf-8")


def needs_rebuild(data_dir: Path) -> list[str]:
    """What the tables lack because an older vncorpus wrote them, one line each, saying what fills
    it: a table it did not write, one holding rows only for the articles processed since it
    appeared (PARTIAL), columns some parts lack (read as nulls). Nothing for a data dir without
    articles; a part too damaged to read its footer is left to `check`'s part check."""
    if not part_files(data_dir, "articles"):
        return []
    rebuild = "`vncorpus process --rebuild` fills it for the articles stored before"
    lines = []
    for table in TABLES:
        parts = part_files(data_dir, table)
        mark = table_dir(data_dir, table) / PARTIAL
        if not parts:
            lines.append(f"tables/{table}: absent (the tables were written by a vncorpus without it); {rebuild}")
        elif mark.exists():
            since = mark.read_text(encoding="utf-8").strip()
            lines.append(f"tables/{table}: rows only for the articles processed since {since}, when it first appeared; {rebuild}")
        lacking: dict[str, int] = {}
        for part in parts:
            try:
                names = set(pq.read_schema(part).names)
            except (OSError, pa.ArrowException):
                continue
            for column in SCHEMAS[table].names:
                if column not in names:
                    lacking[column] = lacking.get(column, 0) + 1
        for column, count in lacking.items():
            lines.append(f"tables/{table}: column {column} is null in {count} of {len(parts)} parts (written before it existed); {rebuild}")
    return lines


def _without(path: Path, ids: pa.Array) -> pa.Table | None:
    """`path`'s rows without those of articles in `ids`; None when it has none of them."""
    try:
        present = pq.read_table(path, columns=["article_id"]).column(0)
        stale = pc.is_in(present, value_set=ids)
        if not pc.any(stale).as_py():
            return None
        return pq.read_table(path).filter(pc.invert(stale))
    except (OSError, pa.ArrowException) as exc:
        if disk_full(exc):
            raise
        message = f"{path}: {exc}"
        raise damaged_part_error(message, path.parent.parent.parent.parent) or UserError(f"cannot rewrite {message}") from None


def _write(table: pa.Table, path: Path) -> str:
    """Write a part of a generation not yet visible (so no temporary name is needed); its SHA-256."""
    pq.write_table(table, path, compression="zstd", write_page_checksum=True)
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())
    return file_sha256(path)


MANIFEST = "manifest.json"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_manifest(folder: Path) -> dict[str, list[str]]:
    """Part name → the checksums it may have (one; older data dirs may list two)."""
    try:
        return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except ValueError:
        # A damaged manifest vouches for nothing; `check` then reads every part whole instead.
        return {}


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


def verify_consistency(data_dir: Path, processed: list[str] | None = None) -> list[str]:
    """What no single part can show: one line per disagreement between the tables. Facts whose
    article is not in `articles`, an article stored twice, an article's facts in two parts of a
    table, and an article of `processed` (article_ids of captures the index says became articles)
    missing from `articles`. Tables with no part are left to the part check."""
    present = [t for t in TABLES if part_files(data_dir, t)]
    if "articles" not in present:
        return []
    con = duckdb.connect(":memory:")
    try:
        for table in present:
            source = read_parquet_sql(data_dir, table).removesuffix(")") + ", filename = true)"
            con.execute(f'CREATE VIEW "{table}" AS SELECT article_id, filename FROM {source}')
        problems = []
        # An aggregate's one row: fetchall()[0] (fetchone() types it as possibly absent).
        twice = con.execute("SELECT count(*) FROM (SELECT article_id FROM articles GROUP BY 1 HAVING count(*) > 1)").fetchall()[0][0]
        if twice:
            problems.append(f"tables/articles: {twice} article(s) stored more than once")
        for table in present:
            if table == "articles":
                continue
            rows, orphans = con.execute(
                f'SELECT count(*), count(DISTINCT article_id) FROM "{table}" f WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = f.article_id)'
            ).fetchall()[0]
            if rows:
                problems.append(f"tables/{table}: {rows} row(s) of {orphans} article(s) not in tables/articles")
            split = con.execute(
                f'SELECT count(*) FROM (SELECT article_id FROM "{table}" GROUP BY 1 HAVING count(DISTINCT filename) > 1)'
            ).fetchall()[0][0]
            if split:
                problems.append(f"tables/{table}: the rows of {split} article(s) are split over two parts (old rows beside new ones)")
        if processed:
            con.register("processed", pa.table({"article_id": pa.array(sorted(set(processed)), pa.string())}))
            missing = con.execute("SELECT count(*) FROM processed p ANTI JOIN articles a USING (article_id)").fetchall()[0][0]
            if missing:
                problems.append(f"tables/articles: {missing} article(s) of processed captures missing (the index says they were stored)")
        return problems
    except duckdb.Error as exc:
        # A damaged part is named by the part check; this one has nothing sound to compare.
        return [f"tables: not compared with each other ({first_line(exc)[:120]})"]
    finally:
        con.close()
