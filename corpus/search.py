"""Full-text search over the articles, with or without diacritics: "thong tin doi ngoai" finds
"thông tin đối ngoại".

Both sides are folded the same way (lower case, accents stripped, đ → d) and indexed with
DuckDB's fts extension, installed offline from the duckdb-extension-fts package whose version
matches duckdb's. The index lives in DIR/search/index.duckdb and is rebuilt, to a temporary
file renamed into place, whenever the articles table's part files have changed.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb

from corpus.errors import UserError
from corpus.tables import part_files, table_dir

# DuckDB's spelling of the fold; catalog.connect defines it as a macro for `vncorpus query` too.
FOLD_SQL = "lower(strip_accents(replace(replace({x}, 'đ', 'd'), 'Đ', 'D')))"


@dataclass(frozen=True)
class Hit:
    score: float
    published: date | None
    province: str | None
    title: str
    url: str
    article_id: str


def search(data_dir: str | Path, query: str, limit: int = 20) -> list[Hit]:
    if not query.strip():
        raise UserError("the search query is empty")
    con = duckdb.connect(str(ensure_index(Path(data_dir))), read_only=True)
    try:
        _load_fts(con)
        rows = con.execute(
            f"""SELECT score, published, province, title, url, article_id FROM (
                    SELECT *, fts_main_docs.match_bm25(article_id, {FOLD_SQL.format(x='$q')}, conjunctive := 1) AS score FROM docs
                ) WHERE score IS NOT NULL ORDER BY score DESC, published DESC LIMIT $limit""",
            {"q": query, "limit": limit},
        ).fetchall()
    finally:
        con.close()
    return [Hit(*row) for row in rows]


def ensure_index(data_dir: Path) -> Path:
    """The search index for the current articles table, built if missing or stale."""
    parts = part_files(data_dir, "articles")
    if not parts:
        raise UserError(f"no articles table under {data_dir / 'tables'}: run `vncorpus process` (or `vncorpus run`) first")
    signature = "\n".join(f"{p.name}:{p.stat().st_mtime_ns}" for p in parts)
    index = data_dir / "search" / "index.duckdb"
    stamp = index.with_suffix(".parts")
    if index.exists() and stamp.exists() and stamp.read_text(encoding="utf-8") == signature:
        return index
    index.parent.mkdir(parents=True, exist_ok=True)
    tmp = index.with_name(f".{index.name}.tmp")
    tmp.unlink(missing_ok=True)
    con = duckdb.connect(str(tmp))
    try:
        _load_fts(con)
        pattern = str(table_dir(data_dir, "articles") / "**" / "*.parquet").replace("'", "''")
        con.execute(
            f"""CREATE TABLE docs AS
                SELECT article_id, published, province, title, url,
                       {FOLD_SQL.format(x="coalesce(title, '') || ' ' || coalesce(text, '')")} AS body
                FROM read_parquet('{pattern}', union_by_name = true)"""
        )
        con.execute("PRAGMA create_fts_index('docs', 'article_id', 'body', stemmer = 'none', stopwords = 'none', strip_accents = 1, lower = 1)")
    finally:
        con.close()
    os.replace(tmp, index)
    stamp.write_text(signature, encoding="utf-8")
    return index


def _load_fts(con: duckdb.DuckDBPyConnection) -> None:
    try:
        import duckdb_extension_fts
    except ImportError:
        raise UserError("full-text search needs the duckdb-extension-fts package (pip install -e '.[dev]' installs it)") from None
    path = Path(duckdb_extension_fts.__file__).parent / "extensions" / f"v{duckdb.__version__}" / "fts.duckdb_extension"
    if not path.exists():
        raise UserError(f"duckdb-extension-fts has no build for duckdb {duckdb.__version__}; install the matching version")
    con.execute(f"LOAD '{path}'")
