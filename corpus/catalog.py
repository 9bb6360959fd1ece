"""DuckDB over the Parquet tables: one view per table plus `decision_provinces`."""
from __future__ import annotations

import os
from pathlib import Path

import duckdb

from corpus.errors import UserError
from corpus.search import FOLD_SQL
from corpus.schema import TABLES
from corpus.tables import damaged_part_error, part_files, require_data_dir, table_dir

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


def connect(data_dir: str | Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the data dir's tables as views of the same names."""
    data_dir = require_data_dir(data_dir)
    missing = [t for t in TABLES if not part_files(data_dir, t)]
    if missing:
        raise UserError(f"no {missing[0]} table under {data_dir / 'tables'}: run `vncorpus process` (or `vncorpus run`) first")
    con = duckdb.connect(":memory:")
    for table in TABLES:
        pattern = str(table_dir(data_dir, table) / "**" / "*.parquet").replace("'", "''")
        try:
            # A view reads its parts' footers when it is made, so a damaged part shows up here.
            con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{pattern}', union_by_name = true)")
        except duckdb.Error as exc:
            con.close()
            raise query_error(exc, data_dir) from None
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


# The one statement kind a reader may run. DuckDB files DESCRIBE, SHOW, SUMMARIZE, PRAGMA reads,
# VALUES and FROM-first queries under SELECT too. Everything else changes state or writes files
# (COPY … TO, CREATE, INSERT, ATTACH, INSTALL/LOAD, SET, EXPORT, CALL …), and EXPLAIN ANALYZE
# runs whatever statement it wraps.
READ_ONLY_STATEMENTS = frozenset({duckdb.StatementType.SELECT})


def read_only_connection(data_dir: str | Path) -> duckdb.DuckDBPyConnection:
    """`connect`, then locked so that no statement can reach a file outside the tables, load an
    extension or change a setting (the second wall behind `checked_statement`)."""
    con = connect(data_dir)
    tables = str(Path(data_dir).resolve() / "tables") + os.sep
    con.execute("SET allowed_directories = $dirs", {"dirs": [tables]})
    con.execute("SET enable_external_access = false")
    con.execute("SET autoinstall_known_extensions = false")
    con.execute("SET autoload_known_extensions = false")
    con.execute("SET lock_configuration = true")
    return con


def checked_statement(sql: str) -> str:
    """The one read-only statement in `sql`, or a one-line UserError saying why it is refused.
    DuckDB's own parser decides what the statement is, so no spelling or comment slips past."""
    if not sql.strip():
        raise UserError("the query is empty: give one SELECT statement")
    # Parsed on a connection that can neither reach files nor fetch extensions: some statements
    # (a PRAGMA of an extension) make DuckDB try to download one while parsing.
    parser = duckdb.connect(":memory:", config={
        "enable_external_access": False, "autoinstall_known_extensions": False, "autoload_known_extensions": False,
    })
    try:
        statements = parser.extract_statements(sql)
    except duckdb.Error as exc:
        raise UserError(f"query failed: {_first_line(exc)}") from None
    finally:
        parser.close()
    if not statements:
        raise UserError("the query is empty: give one SELECT statement")
    if len(statements) > 1:
        raise UserError(f"the query holds {len(statements)} statements; `query` runs one SELECT at a time")
    statement = statements[0]
    if statement.type not in READ_ONLY_STATEMENTS:
        raise UserError(
            f"`query` is read-only: a {statement.type.name} statement is refused (only SELECT, WITH, FROM, DESCRIBE, SHOW, SUMMARIZE)"
        )
    return statement.query


def run_query(data_dir: str | Path, sql: str):
    """Column names and rows of `sql`; bad or writing SQL becomes a one-line UserError."""
    statement = checked_statement(sql)
    con = read_only_connection(data_dir)
    try:
        result = con.execute(statement)
        columns = [d[0] for d in result.description] if result.description else []
        return columns, result.fetchall()
    except duckdb.Error as exc:
        raise query_error(exc, data_dir) from None
    finally:
        con.close()


def query_error(exc: duckdb.Error, data_dir: str | Path) -> UserError:
    """A DuckDB error as one line; a damaged part file is named, with what to do about it."""
    return damaged_part_error(_first_line(exc), data_dir) or UserError(f"query failed: {_first_line(exc)}")


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
