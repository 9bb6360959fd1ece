"""DuckDB over the Parquet tables: one view per table plus `decision_provinces`."""
from __future__ import annotations

from pathlib import Path

import duckdb

from crawler.errors import UserError
from corpus.search import FOLD_SQL
from corpus.schema import TABLES
from corpus.tables import part_files, read_parquet_sql

DECISION_PROVINCES = """
CREATE OR REPLACE VIEW decision_provinces AS
SELECT d.canonical,
       a.province,
       a.province_2025,
       count(DISTINCT coalesce(a.duplicate_of, a.article_id)) AS articles,  -- a syndicated story counts once
       min(a.published) AS first_published,
       max(a.published) AS last_published
FROM decisions d
JOIN articles a USING (article_id)
WHERE d.canonical IS NOT NULL AND a.province IS NOT NULL
GROUP BY d.canonical, a.province, a.province_2025
"""

# The researchers' question (DESIGN.md), as the demo and the README ask it.
QUESTION_1191 = (
    "SELECT province, province_2025, articles, first_published, last_published "
    "FROM decision_provinces WHERE canonical = '1191/QĐ-TTg' ORDER BY province"
)


def connect(data_dir: str | Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the data dir's tables as views of the same names."""
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise UserError(f"data dir {data_dir} does not exist")
    missing = [t for t in TABLES if not part_files(data_dir, t)]
    if missing:
        raise UserError(f"no {missing[0]} table under {data_dir / 'tables'}: run `vncorpus process` (or `vncorpus run`) first")
    con = duckdb.connect(":memory:")
    for table in TABLES:
        con.execute(f"CREATE VIEW {table} AS SELECT * FROM {read_parquet_sql(data_dir, table)}")
    con.execute(DECISION_PROVINCES)
    # Unranked search usable inside any query: SELECT * FROM search_articles('thong tin doi ngoai').
    con.execute(f"CREATE MACRO vn_fold(x) AS {FOLD_SQL.format(x='x')}")
    con.execute(
        "CREATE MACRO search_articles(q) AS TABLE SELECT article_id, published, province, title, url FROM articles "
        "WHERE contains(vn_fold(coalesce(title, '') || ' ' || coalesce(text, '')), vn_fold(q)) ORDER BY published DESC"
    )
    # Provenance: the sentence a fact row came from, e.g.
    # SELECT fact_sentence(a.text, c.start, c."end") FROM counts c JOIN articles a USING (article_id)
    con.execute(
        "CREATE MACRO fact_sentence(text, s, e) AS "
        "regexp_extract(substring(text, 1, s), '[^.!?\\n]*$') || substring(text, s + 1, e - s) "
        "|| regexp_extract(substring(text, e + 1), '^[^.!?\\n]*[.!?]?')"
    )
    return con


def run_query(data_dir: str | Path, sql: str):
    """Column names and rows of `sql`; bad SQL becomes a one-line UserError."""
    con = connect(data_dir)
    try:
        result = con.execute(sql)
        columns = [d[0] for d in result.description] if result.description else []
        return columns, result.fetchall()
    except duckdb.Error as exc:
        first_line = str(exc).strip().splitlines()[0]
        raise UserError(f"query failed: {first_line}") from None
    finally:
        con.close()
