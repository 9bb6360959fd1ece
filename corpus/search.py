"""Full-text search over the articles, with or without diacritics: "thong tin doi ngoai" finds
"thông tin đối ngoại".

Both sides are folded the same way (lower case, accents stripped, đ → d) and indexed with
DuckDB's fts extension (tokenising, document frequencies), installed offline from the
duckdb-extension-fts package whose version matches duckdb's; queries read a term-sorted copy of
its postings (see _BM25). The index lives in DIR/search/index.duckdb and is rebuilt, to a temporary
file renamed into place, whenever the articles table's part files have changed. A data dir that
cannot be written (a read-only mount) keeps its index in the user's cache instead.
"""
from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb

from corpus.errors import UserError
from corpus.tables import damaged_part_error, part_files, require_data_dir, table_dir
from nlp.gazetteer import strip_diacritics

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
    """Articles containing every word of `query`, best BM25 score first."""
    data_dir = require_data_dir(data_dir)
    terms = sorted(set(re.split(r"[^a-z0-9]+", fold(query))) - {""})
    if not terms:
        raise UserError("the search query is empty")
    try:
        con = duckdb.connect(str(ensure_index(Path(data_dir))), read_only=True)
        try:
            rows = con.execute(_BM25, {"terms": terms, "limit": limit}).fetchall()
        finally:
            con.close()
    except duckdb.Error as exc:
        message = str(exc).strip().splitlines()[0]
        raise damaged_part_error(message, data_dir) or UserError(f"search failed: {message}") from None
    return [Hit(*row) for row in rows]


def fold(text: str) -> str:
    """The Python side of FOLD_SQL, for queries."""
    return strip_diacritics(text).lower()


# BM25 (k1 = 1.2, b = 0.75, as the fts extension scores) over `postings`, a copy of the index's
# term occurrences grouped per term and document and sorted by term. DuckDB then reads only the
# row groups of the query's terms; the extension's own match_bm25 scans every occurrence of every
# term and took 2–4 s on a million articles, this takes under one.
_BM25 = """
WITH q AS (SELECT term, df FROM fts_main_docs.dict WHERE term IN (SELECT unnest($terms))),
st AS (SELECT num_docs, avgdl FROM fts_main_docs.stats),
hits AS (
    SELECT p.docid,
           sum(ln((st.num_docs - q.df + 0.5) / (q.df + 0.5) + 1) * p.tf * 2.2
               / (p.tf + 1.2 * (1 - 0.75 + 0.75 * d.len / st.avgdl))) AS score
    FROM postings p JOIN q USING (term) JOIN fts_main_docs.docs d USING (docid), st
    WHERE p.term IN (SELECT unnest($terms))
    GROUP BY p.docid
    HAVING count(*) = len($terms)
)
SELECT h.score, a.published, a.province, a.title, a.url, a.article_id
FROM hits h JOIN fts_main_docs.docs d USING (docid) JOIN docs a ON a.article_id = d.name
ORDER BY h.score DESC, a.published DESC, a.article_id
LIMIT $limit
"""


def ensure_index(data_dir: Path) -> Path:
    """The search index for the current articles table, built if missing or stale."""
    parts = part_files(data_dir, "articles")
    if not parts:
        raise UserError(f"no articles table under {data_dir / 'tables'}: run `vncorpus process` (or `vncorpus run`) first")
    signature = "\n".join(f"{p.name}:{p.stat().st_mtime_ns}" for p in parts)
    for folder in (data_dir / "search", _cache_dir(data_dir)):
        index = folder / "index.duckdb"
        stamp = index.with_suffix(".parts")
        if index.exists() and stamp.exists() and stamp.read_text(encoding="utf-8") == signature:
            return index
    index = _writable_folder(data_dir / "search") or _writable_folder(_cache_dir(data_dir))
    if index is None:
        raise UserError(f"cannot build the search index: neither {data_dir / 'search'} nor {_cache_dir(data_dir)} is writable")
    index = index / "index.duckdb"
    stamp = index.with_suffix(".parts")
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
        # Words are runs of a-z and digits, so "1191/QĐ-TTg" is searchable as "1191 qd ttg".
        con.execute(
            "PRAGMA create_fts_index('docs', 'article_id', 'body', stemmer = 'none', stopwords = 'none', "
            "ignore = '(\\.|[^a-z0-9])+', strip_accents = 1, lower = 1)"
        )
        con.execute(
            """CREATE TABLE postings AS
               SELECT d.term, t.docid, count(*)::INTEGER AS tf
               FROM fts_main_docs.terms t JOIN fts_main_docs.dict d USING (termid)
               GROUP BY ALL ORDER BY d.term, t.docid"""
        )
        con.execute("ALTER TABLE docs DROP COLUMN body")
    finally:
        con.close()
    os.replace(tmp, index)
    stamp.write_text(signature, encoding="utf-8")
    return index


def _cache_dir(data_dir: Path) -> Path:
    """Where the index of a data dir that cannot be written (a read-only mount, an archive
    copy) is kept instead: the user's cache, one folder per data dir."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    key = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return cache / "vncorpus" / "search" / key


def _writable_folder(folder: Path) -> Path | None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError:
        return None
    return folder


def _load_fts(con: duckdb.DuckDBPyConnection) -> None:
    try:
        import duckdb_extension_fts
    except ImportError:
        raise UserError("full-text search needs the duckdb-extension-fts package (pip install -e '.[dev]' installs it)") from None
    path = Path(duckdb_extension_fts.__file__).parent / "extensions" / f"v{duckdb.__version__}" / "fts.duckdb_extension"
    if not path.exists():
        raise UserError(f"duckdb-extension-fts has no build for duckdb {duckdb.__version__}; install the matching version")
    con.execute(f"LOAD '{path}'")
