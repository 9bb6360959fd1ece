"""The questions behind the charts and the report, as queries over the catalog's views. A story
syndicated to several portals counts once (as in `decision_provinces`); `decision=None` asks about
the whole corpus."""
from __future__ import annotations

import re
from dataclasses import dataclass

import duckdb
import pandas as pd

from vncorpus.corpus.charts import ACTIVITY_KINDS, Coverage
from vncorpus.corpus.maps import checked_map

STORY = "coalesce(a.duplicate_of, a.article_id)"  # one id per story, whichever portal carried it
# A count belongs to a mention's passage when it starts this close to the mention.
NEAR_CHARACTERS = 600


def _citing(decision: str | None) -> tuple[str, list]:
    """FROM-clause rows: the articles (as `a`) citing `decision`, or every article."""
    if decision is None:
        return "articles a", []
    return "articles a WHERE a.article_id IN (SELECT article_id FROM decisions WHERE canonical = ?)", [decision]


def coverage(con: duckdb.DuckDBPyConnection, decision: str | None = None) -> Coverage:
    rows, params = _citing(decision)
    stories, sources, first, last, undated = con.execute(
        f"SELECT count(DISTINCT {STORY}), count(DISTINCT a.source_id), min(a.published), max(a.published), "
        f"count(DISTINCT {STORY}) FILTER (WHERE a.published IS NULL) FROM {rows}", params
    ).fetchall()[0]  # an aggregate's one row
    return Coverage(stories, sources, first, last, undated)


def subject(con: duckdb.DuckDBPyConnection, decision: str) -> str:
    """'Quyết định 1191/QĐ-TTg': the decision with the document type its mentions give most often."""
    row = con.execute(
        "SELECT doc_type FROM decisions WHERE canonical = ? AND doc_type IS NOT NULL GROUP BY doc_type ORDER BY count(*) DESC, doc_type LIMIT 1",
        [decision],
    ).fetchone()
    return f"{row[0]} {decision}" if row else decision


def province_counts(con: duckdb.DuckDBPyConnection, decision: str | None = None, map_column: str = "province") -> pd.DataFrame:
    """Columns `map_column`, articles, first_published, last_published; provinces in Vietnamese order."""
    column = checked_map(map_column)
    rows, params = _citing(decision)
    joiner = "AND" if decision else "WHERE"
    return con.execute(
        f"SELECT a.{column}, count(DISTINCT {STORY}) AS articles, min(a.published) AS first_published, "
        f"max(a.published) AS last_published FROM {rows} {joiner} a.{column} IS NOT NULL "
        f"GROUP BY a.{column} ORDER BY a.{column} COLLATE vi",
        params,
    ).df()


def monthly_counts(con: duckdb.DuckDBPyConnection, decision: str | None = None, map_column: str | None = None) -> pd.DataFrame:
    """Columns month (first day), [`map_column`,] articles: dated articles per month (and province)."""
    rows, params = _citing(decision)
    joiner = "AND" if decision else "WHERE"
    by = f", a.{checked_map(map_column)}" if map_column else ""
    return con.execute(
        f"SELECT date_trunc('month', a.published) AS month{by}, count(DISTINCT {STORY}) AS articles "
        f"FROM {rows} {joiner} a.published IS NOT NULL GROUP BY ALL ORDER BY ALL",
        params,
    ).df()


def province_activities(con: duckdb.DuckDBPyConnection, decision: str, map_column: str = "province") -> pd.DataFrame:
    """What each province did to carry `decision` out (the decision_activities view, whose rows
    are summed per province of the 2025 map for 'province_2025'): columns `map_column`, kind,
    activities, events, participants, first_date, last_date; provinces in Vietnamese order, kinds
    in ACTIVITY_KINDS order."""
    column = checked_map(map_column)
    return con.execute(
        f"SELECT {column}, kind, sum(activities)::BIGINT AS activities, sum(events)::BIGINT AS events, "
        f"sum(participants)::BIGINT AS participants, min(first_date) AS first_date, max(last_date) AS last_date "
        f"FROM decision_activities WHERE canonical = ? GROUP BY {column}, kind ORDER BY {column} COLLATE vi, list_position(?, kind::VARCHAR)",
        [decision, list(ACTIVITY_KINDS)],
    ).df()


@dataclass(frozen=True)
class Done:
    """One activity that carries the decision out, in its sentence, with the article it is from."""

    article_id: str
    title: str | None
    url: str
    published: object
    province: str
    province_2025: str | None
    in_province: int  # the province's activities for the decision, shown or not
    kind: str
    status: str
    when: str  # its date at its precision (16/01/2023, 01/2023, 2023), or ""
    events: int | None
    participants: int | None
    audience: str | None
    organizer: str | None
    text: str  # the sentence(s) holding the trigger
    trigger: tuple[int, int]  # the trigger's span in `text`


def activities_done(con: duckdb.DuckDBPyConnection, decision: str, per_province: int | None = None) -> list[Done]:
    """Every activity that carries `decision` out, province by province (then by date, undated
    last); with `per_province`, only the first that many of each province. As in
    decision_activities: an article without a province is left out, and so is a syndicated copy."""
    rows = con.execute(
        """
        WITH chosen AS (
            SELECT t.*, count(*) OVER (PARTITION BY t.province) AS in_province,
                   row_number() OVER (PARTITION BY t.province ORDER BY t.date NULLS LAST, a.published NULLS LAST, t.article_id, t.start) AS rank
            FROM activities t JOIN articles a USING (article_id)
            WHERE list_contains(t.decisions, $decision) AND a.duplicate_of IS NULL AND t.province IS NOT NULL
        )
        SELECT ch.article_id, a.title, a.url, a.published, ch.province, ch.province_2025, ch.in_province, ch.kind, ch.status,
               ch.date, ch.precision, ch.events, ch.participants, ch.audience, ch.organizer, a.text, ch.start, ch."end"
        FROM chosen ch JOIN articles a USING (article_id)
        WHERE $limit IS NULL OR ch.rank <= $limit
        ORDER BY ch.province COLLATE vi, ch.rank
        """,
        {"decision": decision, "limit": per_province},
    ).fetchall()
    found = []
    for (article_id, title, url, published, province, province_2025, in_province, kind, status, when, precision,
         events, participants, audience, organizer, text, start, end) in rows:
        lo, hi = _sentences(text, start, end)
        found.append(Done(
            article_id, title, url, published, province, province_2025, in_province, kind, status, _at_precision(when, precision),
            events, participants, audience, organizer, text[lo:hi], (start - lo, end - lo),
        ))
    return found


def _at_precision(when, precision: str | None) -> str:
    if when is None:
        return ""
    return when.strftime({"day": "%d/%m/%Y", "month": "%m/%Y"}.get(precision or "", "%Y"))


SENTENCE_END = re.compile(r"[.!?\n]")


@dataclass(frozen=True)
class Passage:
    """A mention of the decision and the sentences around it up to the counts written near it."""

    article_id: str
    title: str | None
    url: str
    province: str | None
    province_2025: str | None
    published: object
    in_province: int  # articles of its province that cite the decision, shown or not
    text: str  # whole sentences, from the first one holding a mention or count to the last
    decision: tuple[int, int]  # the mention's span in `text`
    counts: list[tuple[int, int, float, str]]  # (start, end, value, unit) in `text`, in order


def passages(con: duckdb.DuckDBPyConnection, decision: str, per_province: int | None = None) -> list[Passage]:
    """Every mention of `decision`, article by article (by province, then date), with the counts
    that start within NEAR_CHARACTERS of it; with `per_province`, only the first that many
    articles of each province. A syndicated copy is left out: its story is read at the portal
    that carried it first."""
    rows = con.execute(
        f"""
        WITH chosen AS (
            SELECT article_id, count(*) OVER (PARTITION BY province) AS in_province,
                   row_number() OVER (PARTITION BY province ORDER BY published NULLS LAST, article_id) AS rank
            FROM articles
            WHERE duplicate_of IS NULL AND article_id IN (SELECT article_id FROM decisions WHERE canonical = $decision)
        )
        SELECT * FROM (
            SELECT a.article_id, a.title, a.url, a.province, a.province_2025, a.published, ch.in_province,
                   a.text, d.start, d."end",
                   list({{'start': c.start, 'end': c."end", 'value': c.value, 'unit': c.unit}} ORDER BY c.start)
                       FILTER (WHERE c.article_id IS NOT NULL) AS counts
            FROM chosen ch JOIN articles a USING (article_id)
            JOIN decisions d ON d.article_id = a.article_id AND d.canonical = $decision
            LEFT JOIN counts c ON c.article_id = d.article_id AND abs(c.start - d.start) < {NEAR_CHARACTERS}
            WHERE $limit IS NULL OR ch.rank <= $limit
            GROUP BY ALL
        )
        ORDER BY province COLLATE vi NULLS LAST, published NULLS LAST, article_id, start
        """,
        {"decision": decision, "limit": per_province},
    ).fetchall()
    found = []
    for article_id, title, url, province, province_2025, published, in_province, text, start, end, counts in rows:
        counts = counts or []
        lo, hi = _sentences(text, min([start, *(c["start"] for c in counts)]), max([end, *(c["end"] for c in counts)]))
        found.append(Passage(
            article_id, title, url, province, province_2025, published, in_province, text[lo:hi], (start - lo, end - lo),
            [(c["start"] - lo, c["end"] - lo, c["value"], c["unit"]) for c in counts],
        ))
    return found


def _sentences(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the whole sentences that hold text[start:end]."""
    before = [m.end() for m in SENTENCE_END.finditer(text, 0, start)]
    after = SENTENCE_END.search(text, end)
    lo = before[-1] if before else 0
    while lo < start and text[lo].isspace():
        lo += 1
    return lo, after.end() if after else len(text)
