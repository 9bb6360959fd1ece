"""DuckDB over the Parquet tables: one view per table plus `decision_provinces` (by the province as
it was when each article was published) and `decision_provinces_2025` (by the 34-province map)."""
from __future__ import annotations

from pathlib import Path

import duckdb

from corpus.errors import UserError
from corpus.search import FOLD_SQL
from corpus.schema import TABLES
from corpus.tables import part_files, table_dir

# The map at the time: an article counts for the province of its publication day (one of the 63
# before 1 July 2025, one of the 34 after); the 2025 province is given beside it.
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
# The map of today: every article counts for its province in the 34-province map, whichever year
# it was published (Bắc Kạn's articles of 2021 and Thái Nguyên's of 2026 both under Thái Nguyên).
DECISION_PROVINCES_2025 = """
CREATE OR REPLACE VIEW decision_provinces_2025 AS
SELECT d.canonical,
       a.province_2025,
       count(DISTINCT coalesce(a.duplicate_of, a.article_id)) AS articles,
       min(a.published) AS first_published,
       max(a.published) AS last_published
FROM decisions d
JOIN articles a USING (article_id)
WHERE d.canonical IS NOT NULL AND a.province_2025 IS NOT NULL
GROUP BY d.canonical, a.province_2025
"""
VIEWS = ("decision_provinces", "decision_provinces_2025")


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
        pattern = str(table_dir(data_dir, table) / "**" / "*.parquet").replace("'", "''")
        con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{pattern}', union_by_name = true)")
    con.execute(DECISION_PROVINCES)
    con.execute(DECISION_PROVINCES_2025)
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
