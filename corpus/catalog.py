"""DuckDB over the Parquet tables: one view per table plus `decision_provinces` (by the province as
it was when each article was published), `decision_provinces_2025` (by the 34-province map) and
`decision_activities` (what each province did for a decision)."""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import duckdb
import pyarrow as pa

from vncorpus.crawler.errors import UserError
from vncorpus.corpus.search import FOLD_SQL
from vncorpus.corpus.schema import SCHEMAS, TABLES
from vncorpus.corpus.generations import GENERATIONS
from vncorpus.corpus.tables import first_line, part_files, read_error, read_parquet_sql, require_data_dir

# Each (decision, province) row counts articles by what they do with the decision (decisions.role,
# one per document per article): `articles` counts the articles that carry it out (role
# `implements`), so "which provinces implemented 1191/QĐ-TTg" reads `articles`; `articles_basis`
# and `articles_mentions` count those citing it as legal basis or naming it in passing. A province
# whose articles only cite the decision keeps its row, with `articles` 0 and no dates: the
# published span is that of the implementing articles. A syndicated story counts once.
_DECISION_PROVINCES = """
CREATE OR REPLACE VIEW {view} AS
SELECT d.canonical,
       {provinces},
       count(DISTINCT coalesce(a.duplicate_of, a.article_id)) FILTER (WHERE d.role = 'implements') AS articles,
       min(a.published) FILTER (WHERE d.role = 'implements') AS first_published,
       max(a.published) FILTER (WHERE d.role = 'implements') AS last_published,
       count(DISTINCT coalesce(a.duplicate_of, a.article_id)) FILTER (WHERE d.role = 'basis') AS articles_basis,
       count(DISTINCT coalesce(a.duplicate_of, a.article_id)) FILTER (WHERE d.role = 'mentions') AS articles_mentions
FROM decisions d
JOIN articles a USING (article_id)
WHERE d.canonical IS NOT NULL AND a.{last} IS NOT NULL
GROUP BY d.canonical, {provinces}
"""
# The map at the time: an article counts for the province of its publication day (one of the 63
# before 1 July 2025, one of the 34 after); the 2025 province is given beside it.
DECISION_PROVINCES = _DECISION_PROVINCES.format(view="decision_provinces", provinces="a.province, a.province_2025", last="province")
# The map of today: every article counts for its province in the 34-province map, whichever year
# it was published (Bắc Kạn's articles of 2021 and Thái Nguyên's of 2026 both under Thái Nguyên).
DECISION_PROVINCES_2025 = _DECISION_PROVINCES.format(view="decision_provinces_2025", provinces="a.province_2025", last="province_2025")
# What each province did to carry a decision out (DESIGN.md's decision_activities): per decision,
# province and activity kind, how many activities, the events and participants they count, and the
# first and last date given. An activity counts for each document it carries out; a syndicated copy
# of a story adds nothing.
DECISION_ACTIVITIES = """
CREATE OR REPLACE VIEW decision_activities AS
SELECT canonical, t.province, t.province_2025, t.kind,
       count(*) AS activities,
       sum(t.events) AS events,
       sum(t.participants) AS participants,
       min(t.date) AS first_date,
       max(t.date) AS last_date
FROM (SELECT *, unnest(decisions) AS canonical FROM activities) t
JOIN articles a USING (article_id)
WHERE a.duplicate_of IS NULL AND t.province IS NOT NULL
GROUP BY canonical, t.province, t.province_2025, t.kind
"""
VIEWS = ("decision_provinces", "decision_provinces_2025", "decision_activities")

# The researchers' question (DESIGN.md), as the demo and the README ask it: the provinces that
# carried the decision out.
QUESTION_1191 = (
    "SELECT province, province_2025, articles, first_published, last_published "
    "FROM decision_provinces WHERE canonical = '1191/QĐ-TTg' AND articles > 0 ORDER BY province"
)
# The articles left out of that answer because they only cite the decision (as legal basis or in
# passing), and the provinces they are from: one row (articles, provinces).
CITING_ONLY_1191 = (
    "SELECT coalesce(sum(articles_basis + articles_mentions), 0) AS articles, "
    "count(*) FILTER (WHERE articles_basis + articles_mentions > 0) AS provinces "
    "FROM decision_provinces WHERE canonical = '1191/QĐ-TTg'"
)
# What was done for it, by kind of activity over every province.
ACTIVITIES_1191 = (
    "SELECT kind, count(DISTINCT province) AS provinces, sum(activities) AS activities, sum(events) AS events, "
    "sum(participants) AS participants, min(first_date) AS first_date, max(last_date) AS last_date "
    "FROM decision_activities WHERE canonical = '1191/QĐ-TTg' GROUP BY kind ORDER BY activities DESC, kind"
)


# Rows fetched from DuckDB at a time when streaming a result: bounded memory, and `| head` sees
# its first lines at once instead of after the whole result.
STREAM_BATCH = 2048

# Columns of identifiers, addresses, document codes and the article body compare byte for byte.
# Every other text column (provinces, titles, names, units, mentions …) carries the ICU collation
# `vi` (built into duckdb), so ORDER BY province puts Điện Biên after Đà Nẵng and before Lạng Sơn,
# as a Vietnamese reader expects. Kept binary: joins on article_id, and WHERE canonical = '…',
# which DuckDB pushes down into the Parquet files only for plain strings (collated, the
# 1191/QĐ-TTg question took twice as long on 200,000 articles).
_BINARY_COLUMNS = frozenset({"url", "text", "duplicate_of", "canonical", "code", "number"})


def _vietnamese_columns(table: str) -> list[str]:
    return [
        f.name for f in SCHEMAS[table]
        if pa.types.is_string(f.type) and f.name not in _BINARY_COLUMNS and not f.name.endswith("_id")
    ]


def _null_columns(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, str]:
    """Each column of `table`'s schema as a typed null select item, DuckDB naming the types."""
    con.register("_schema", pa.Table.from_pylist([], schema=SCHEMAS[table]))
    try:
        described = con.execute("DESCRIBE SELECT * FROM _schema").fetchall()
    finally:
        con.unregister("_schema")
    return {name: f'CAST(NULL AS {kind}) AS "{name}"' for name, kind, *_ in described}


def connect(data_dir: str | Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the data dir's tables as views of the same names.

    Tables written by an older vncorpus open with this one's columns: a fact table it did not
    write is an empty view, a column its parts lack is null (`tables.needs_rebuild` says what
    `process --rebuild` would fill), so the questions keep their answers after an upgrade."""
    data_dir = require_data_dir(data_dir)
    if not part_files(data_dir, "articles"):
        raise UserError(f"no articles table under {data_dir / 'tables'}: run `vncorpus process` (or `vncorpus run`) first")
    con = duckdb.connect(":memory:")
    for table in TABLES:
        nulls = _null_columns(con, table)
        try:
            if part_files(data_dir, table):
                source = read_parquet_sql(data_dir, table)
                # A view reads its parts' footers when it is made, so a damaged part shows up here.
                present = {row[0] for row in con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()}
            else:
                source, present = f"(SELECT {', '.join(nulls.values())} WHERE false)", set(nulls)
            collated = ", ".join(f'"{c}" COLLATE vi AS "{c}"' for c in _vietnamese_columns(table) if c in present)
            added = "".join(f", {null}" for column, null in nulls.items() if column not in present)
            columns = f"* REPLACE ({collated})" if collated else "*"
            con.execute(f"CREATE VIEW {table} AS SELECT {columns}{added} FROM {source}")
        except duckdb.Error as exc:
            con.close()
            raise query_error(exc, data_dir) from None
    con.execute(DECISION_PROVINCES)
    con.execute(DECISION_PROVINCES_2025)
    con.execute(DECISION_ACTIVITIES)
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
    # The views read the generation DIR/tables points at (corpus.generations), or a data dir's
    # real tables folder from before generations.
    dirs = [os.path.realpath(Path(data_dir) / "tables") + os.sep, str(Path(data_dir).resolve() / GENERATIONS) + os.sep]
    con.execute("SET allowed_directories = $dirs", {"dirs": dirs})
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
        raise UserError(f"query failed: {first_line(exc)}") from None
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


@contextmanager
def stream_query(data_dir: str | Path, sql: str) -> Iterator[tuple[list[str], Iterator[list[tuple]]]]:
    """Column names of `sql` and its rows in batches of STREAM_BATCH, read as they are consumed,
    on a read-only connection; bad or writing SQL becomes a one-line UserError."""
    statement = checked_statement(sql)
    con = read_only_connection(data_dir)
    try:
        try:
            result = con.execute(statement)
        except duckdb.Error as exc:
            raise query_error(exc, data_dir) from None
        columns = [d[0] for d in result.description] if result.description else []

        def batches() -> Iterator[list[tuple]]:
            while True:
                try:
                    batch = result.fetchmany(STREAM_BATCH)
                except duckdb.Error as exc:  # some errors (a bad cast in row 1,000,001) surface only while fetching
                    raise query_error(exc, data_dir) from None
                if not batch:
                    return
                yield batch

        yield columns, batches()
    finally:
        con.close()


def run_query(data_dir: str | Path, sql: str) -> tuple[list[str], list[tuple]]:
    """Column names and every row of `sql`, for callers that need them all at once."""
    with stream_query(data_dir, sql) as (columns, batches):
        return columns, [row for batch in batches for row in batch]


def query_error(exc: duckdb.Error, data_dir: str | Path) -> UserError:
    """A DuckDB error as one line; a damaged part file is named, with what to do about it."""
    return read_error(exc, data_dir, "query failed")
