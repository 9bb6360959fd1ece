"""Write the analyst notebooks in notebooks/ from the cells below (run once after editing).

    python tools/build_notebooks.py

Cells are kept here as plain text so that a diff of a notebook shows its code, not JSON noise;
the notebooks are committed without outputs, and CI executes them (pytest --nbmake).
"""
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from vncorpus.corpus.findings import NEAR_CHARACTERS

OUT = Path(__file__).resolve().parent.parent / "notebooks"

SETUP = """from vncorpus.corpus import charts, findings
from vncorpus.corpus.notebook import connect, data_dir, save

con = connect()
print("data dir:", data_dir())"""

# Both maps: `province` is the province on the publication date (63 before 1 July 2025), and
# `province_2025` the same article in the 34-province map.
MAPS = "MAPS = (\"province\", \"province_2025\")"

NOTEBOOKS = {
    "1191_implementation": [
        "# Which provinces implemented Decision 1191/QĐ-TTg — when, how, with how many people\n\n"
        "Decision 1191/QĐ-TTg (05/8/2020) concerns foreign-information work for peaceful, friendly borders. "
        "This notebook reads the corpus tables (set `VNCORPUS_DATA_DIR` to use your own crawl; by default the demo's data). "
        "`vncorpus report` puts the same tables and charts on one HTML page.",
        SETUP + '\nDECISION = "1191/QĐ-TTg"\n' + MAPS + "\n"
        "coverage = findings.coverage(con, DECISION)  # what each chart's caption says\n"
        "subject = findings.subject(con, DECISION)  # 'Quyết định 1191/QĐ-TTg', for the titles\ncoverage",
        "## Provinces that cite it\n\n"
        "Two maps: `decision_provinces` counts each article for the province of its publication day (one of the 63 "
        "before 1 July 2025, one of the 34 after), `decision_provinces_2025` for its province in today's 34-province map.",
        "provinces = con.execute(\"SELECT * FROM decision_provinces WHERE canonical = ? ORDER BY province COLLATE vi\", [DECISION]).df()\nprovinces",
        "provinces_today = con.execute(\"SELECT * FROM decision_provinces_2025 WHERE canonical = ? ORDER BY province_2025 COLLATE vi\", [DECISION]).df()\nprovinces_today",
        "for column, suffix in zip(MAPS, (\"\", \"_2025\")):\n"
        "    counts = findings.province_counts(con, DECISION, column)\n"
        "    save(charts.province_bars(counts, coverage, map_column=column, subject=subject), \"1191_by_province\" + suffix)\n"
        "    save(charts.province_map(counts, coverage, map_column=column, subject=subject), \"1191_map\" + suffix)\n"
        "charts.province_map(findings.province_counts(con, DECISION, \"province\"), coverage, subject=subject)",
        "## Timeline: articles citing it, by month and province\n\nEvery month from the first article to the last has a column; a white cell is a month without an article.",
        "for column, suffix in zip(MAPS, (\"\", \"_2025\")):\n"
        "    save(charts.timeline(findings.monthly_counts(con, DECISION, column), coverage, map_column=column, subject=subject), \"1191_timeline\" + suffix)\n"
        "timeline = findings.monthly_counts(con, DECISION, \"province\")\n"
        "charts.timeline(timeline, coverage, subject=subject)",
        "timeline",
        "## What each province did: activities by kind\n\n"
        "`decision_activities` counts, per province and kind, the activities the articles report or plan to carry the decision out "
        "(a meeting, a training course, a radio programme …), with the events and participants they count; "
        "the `activities` table holds each one with its sentence's span.",
        "done = con.execute(\"SELECT * FROM decision_activities WHERE canonical = ? ORDER BY province COLLATE vi, kind\", [DECISION]).df()\ndone",
        "for column, suffix in zip(MAPS, (\"\", \"_2025\")):\n"
        "    save(charts.activity_bars(findings.province_activities(con, DECISION, column), coverage, map_column=column, subject=subject), \"1191_activities\" + suffix)\n"
        "charts.activity_bars(findings.province_activities(con, DECISION, \"province\"), coverage, subject=subject)",
        f"## Counts near the mention\n\nCounts that start within {NEAR_CHARACTERS} characters of a mention of the decision, in the same article.",
        "import pandas as pd\n\n"
        "activities = pd.DataFrame(\n"
        "    [(p.province, p.published, value, unit, p.text[start:end], p.title)\n"
        "     for p in findings.passages(con, DECISION) for start, end, value, unit in p.counts],\n"
        "    columns=[\"province\", \"published\", \"value\", \"unit\", \"mention\", \"title\"],\n"
        ")\nactivities",
        "participants = activities[activities[\"unit\"].str.contains(\"cán bộ|đại biểu|học viên|người|học sinh\", regex=True)]\n"
        "participants.groupby(\"province\")[\"value\"].sum().rename(\"participants (sum of counts)\")",
    ],
    "corpus_overview": [
        "# Corpus overview: what has been collected, where the gaps are, how healthy extraction is",
        SETUP,
        "## Articles per source",
        "per_source = con.execute(\"SELECT source_id, province, count(*) AS articles, min(published) AS first, max(published) AS last FROM articles GROUP BY ALL ORDER BY articles DESC, source_id\").df()\nper_source",
        "## Articles per month\n\nEvery month from the first article to the last has a place on the axis; a month without articles has no bar.",
        "per_month = findings.monthly_counts(con)\n"
        "figure = charts.monthly_bars(per_month, findings.coverage(con))\nsave(figure, \"articles_per_month\")\nfigure",
        "## Coverage gaps\n\nMonths between a source's first and last article in which it published nothing we have.",
        "gaps = con.execute(\"\"\"\n    WITH bounds AS (SELECT source_id, date_trunc('month', min(published)) AS first, date_trunc('month', max(published)) AS last FROM articles WHERE published IS NOT NULL GROUP BY source_id),\n"
        "    months AS (SELECT source_id, unnest(generate_series(first, last, INTERVAL 1 MONTH)) AS month FROM bounds),\n"
        "    seen AS (SELECT DISTINCT source_id, date_trunc('month', published) AS month FROM articles WHERE published IS NOT NULL)\n"
        "    SELECT m.source_id, count(*) AS months_without_articles FROM months m ANTI JOIN seen s USING (source_id, month) GROUP BY ALL ORDER BY 2 DESC\n\"\"\").df()\ngaps",
        "## Extraction health",
        "health = con.execute(\"\"\"\n    SELECT source_id, count(*) AS articles,\n           count(*) FILTER (WHERE published IS NULL) AS no_date,\n"
        "           count(*) FILTER (WHERE author IS NULL) AS no_author,\n"
        "           count(*) FILTER (WHERE article_id NOT IN (SELECT article_id FROM decisions UNION SELECT article_id FROM counts UNION SELECT article_id FROM places)) AS no_facts,\n"
        "           round(avg(length(text))) AS mean_chars\n    FROM articles GROUP BY ALL ORDER BY source_id\n\"\"\").df()\nhealth",
    ],
    "explore_decisions": [
        "# Explore a decision: its reach and the documents cited with it\n\nChange `DECISION` to any canonical reference in the `decisions` table.",
        SETUP + '\nDECISION = "1719/QĐ-TTg"\nsubject = findings.subject(con, DECISION)',
        "## The most cited documents",
        "con.execute(\"SELECT canonical, any_value(doc_type) AS doc_type, count(DISTINCT article_id) AS articles, count(*) AS mentions FROM decisions WHERE canonical IS NOT NULL GROUP BY canonical ORDER BY articles DESC, canonical LIMIT 15\").df()",
        "## Reach of the chosen decision",
        "reach = con.execute(\"SELECT * FROM decision_provinces WHERE canonical = ? ORDER BY articles DESC, province COLLATE vi\", [DECISION]).df()\nreach",
        "## Its reach in today's map\n\nThe same articles, each under its province in the 34-province map.",
        "reach_2025 = con.execute(\"SELECT * FROM decision_provinces_2025 WHERE canonical = ? ORDER BY articles DESC, province_2025 COLLATE vi\", [DECISION]).df()\nreach_2025",
        "## Co-cited decisions\n\nDocuments cited in the same articles as the chosen one.",
        "cocited = con.execute(\"\"\"\n    SELECT other.canonical, count(DISTINCT other.article_id) AS articles_together\n"
        "    FROM decisions chosen JOIN decisions other USING (article_id)\n    WHERE chosen.canonical = ? AND other.canonical IS NOT NULL AND other.canonical <> chosen.canonical\n"
        "    GROUP BY ALL ORDER BY articles_together DESC, other.canonical\n\"\"\", [DECISION]).df()\ncocited",
        "figure = charts.ranked_bars(\n    cocited[\"canonical\"], cocited[\"articles_together\"], findings.coverage(con, DECISION),\n"
        "    title=f\"Văn bản được nhắc đến cùng {subject}\", xlabel=\"số bài viết nhắc đến cả hai\",\n)\nsave(figure, \"cocited\")\nfigure",
    ],
}

def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name, cells in NOTEBOOKS.items():
        notebook = new_notebook(
            cells=[new_markdown_cell(c) if c.startswith("#") else new_code_cell(c) for c in cells],
            metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
        )
        nbformat.write(notebook, OUT / f"{name}.ipynb")


if __name__ == "__main__":
    main()
