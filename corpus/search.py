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
from datetime import date, datetime
from pathlib import Path

import duckdb

from vncorpus.crawler.atomic import atomic_path
from vncorpus.crawler.errors import UserError
from vncorpus.corpus.tables import part_files, read_error, read_parquet_sql, require_data_dir
from vncorpus.nlp.text import loose

# DuckDB's spelling of the fold; catalog.connect defines it as a macro for `vncorpus query` too.
FOLD_SQL = "lower(strip_accents(replace(replace({x}, 'đ', 'd'), 'Đ', 'D')))"


# Hits ranked before syndicated copies are folded, per hit shown: room for a story on four portals.
CANDIDATES_PER_HIT = 4


@dataclass(frozen=True)
class Hit:
    """One story found: the article that stands for it, and the portals that carry copies."""

    score: float
    published: date | None
    province: str | None
    title: str
    url: str
    article_id: str
    source_id: str
    capture_source: str = "live"  # live, or the web archive the capture was read from
    archived_at: datetime | None = None  # the archive's capture time
    also_on: tuple[str, ...] = ()  # source ids of the story's syndicated copies (duplicate_of)


def search(data_dir: str | Path, query: str, limit: int = 20) -> list[Hit]:
    """Articles containing every word of `query`, best BM25 score first; a story syndicated on
    several portals is one hit, its original's when the original matches, naming the others."""
    data_dir = require_data_dir(data_dir)
    # A query is folded like the documents (FOLD_SQL): no diacritics, lower case.
    terms = sorted(set(re.split(r"[^a-z0-9]+", loose(query))) - {""})
    if not terms:
        raise UserError("the search query is empty")
    try:
        con = duckdb.connect(str(ensure_index(Path(data_dir))), read_only=True)
        try:
            rows = con.execute(_BM25, {"terms": terms, "limit": limit, "candidates": limit * CANDIDATES_PER_HIT}).fetchall()
        finally:
            con.close()
    except duckdb.Error as exc:
        raise read_error(exc, data_dir, "search failed") from None
    return [
        Hit(score, published, province, title, url, article_id, source_id, capture_source, archived_at, tuple(also_on))
        for score, published, province, title, url, article_id, source_id, capture_source, archived_at, also_on in rows
    ]


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
),
-- A story is its original's article_id: the copies point at it through duplicate_of. Only the
-- best $candidates hits are folded into stories (a window over every hit of a common word cost
-- a second on 200,000 articles); copies of one story score alike, so they rank side by side.
found AS (
    SELECT h.score, a.*, coalesce(a.duplicate_of, a.article_id) AS story
    FROM hits h JOIN fts_main_docs.docs d USING (docid) JOIN docs a ON a.article_id = d.name
    ORDER BY h.score DESC, a.published DESC, a.article_id
    LIMIT $candidates
),
stories AS MATERIALIZED (
    SELECT *, max(score) OVER (PARTITION BY story) AS story_score FROM found
    QUALIFY row_number() OVER (PARTITION BY story ORDER BY article_id = story DESC, score DESC, article_id) = 1
    ORDER BY story_score DESC, published DESC, article_id
    LIMIT $limit
),
copies AS (
    SELECT s.story, list(DISTINCT o.source_id ORDER BY o.source_id) AS also_on
    FROM stories s JOIN docs o ON coalesce(o.duplicate_of, o.article_id) = s.story
    WHERE o.article_id <> s.article_id AND o.source_id <> s.source_id
    GROUP BY s.story
)
SELECT s.story_score, s.published, s.province, s.title, s.url, s.article_id, s.source_id, s.capture_source, s.archived_at,
       coalesce(c.also_on, [])
FROM stories s LEFT JOIN copies c USING (story)
ORDER BY s.story_score DESC, s.published DESC, s.article_id
"""


# Changes whenever the index's tables change shape, so an index an older release built is rebuilt.
INDEX_LAYOUT = 3


def ensure_index(data_dir: Path) -> Path:
    """The search index for the current articles table, built if missing or stale."""
    parts = part_files(data_dir, "articles")
    if not parts:
        raise UserError(f"no articles table under {data_dir / 'tables'}: run `vncorpus process` (or `vncorpus run`) first")
    signature = "\n".join([f"layout {INDEX_LAYOUT}", *(f"{p.name}:{p.stat().st_mtime_ns}" for p in parts)])
    # The index lives in the data dir, or in the user's cache when the data dir is read-only.
    for folder in (data_dir / "search", _cache_dir(data_dir)):
        index = folder / "index.duckdb"
        stamp = index.with_suffix(".parts")
        if index.exists() and stamp.exists() and stamp.read_text(encoding="utf-8") == signature:
            return index
    writable = _writable_folder(data_dir / "search") or _writable_folder(_cache_dir(data_dir))
    if writable is None:
        raise UserError(f"cannot build the search index: neither {data_dir / 'search'} nor {_cache_dir(data_dir)} is writable")
    index = writable / "index.duckdb"
    stamp = index.with_suffix(".parts")
    with atomic_path(index) as tmp:
        tmp.unlink()  # DuckDB creates its own database file
        con = duckdb.connect(str(tmp))
        try:
            _load_fts(con)
            source = read_parquet_sql(data_dir, "articles")
            # Tables written before articles said where their capture came from hold live captures only.
            columns = {row[0] for row in con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()}
            provenance = (
                "coalesce(capture_source, 'live') AS capture_source, archived_at" if "capture_source" in columns
                else "'live' AS capture_source, NULL::TIMESTAMPTZ AS archived_at"
            )
            con.execute(
                f"""CREATE TABLE docs AS
                    SELECT article_id, published, province, title, url, source_id, duplicate_of, {provenance},
                           {FOLD_SQL.format(x="coalesce(title, '') || ' ' || coalesce(text, '')")} AS body
                    FROM {source}"""
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
