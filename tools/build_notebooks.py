"""Write the analyst notebooks in notebooks/ from the cells below (run once after editing).

    python tools/build_notebooks.py

Cells are kept here as plain text so that a diff of a notebook shows its code, not JSON noise;
the notebooks are committed without outputs, and CI executes them (pytest --nbmake).
"""
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

OUT = Path(__file__).resolve().parent.parent / "notebooks"

SETUP = """import matplotlib
import matplotlib.ticker
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from corpus.notebook import connect, data_dir, save

con = connect()
print("data dir:", data_dir())"""

NOTEBOOKS = {
    "1191_implementation": [
        "# Which provinces implemented Decision 1191/QĐ-TTg — when, how, with how many people\n\n"
        "Decision 1191/QĐ-TTg (05/8/2020) concerns foreign-information work for peaceful, friendly borders. "
        "This notebook reads the corpus tables (set `VNCORPUS_DATA_DIR` to use your own crawl; by default the demo's data).",
        SETUP + '\nDECISION = "1191/QĐ-TTg"',
        "## Provinces that cite it\n\n"
        "Two maps: `decision_provinces` counts each article for the province of its publication day (one of the 63 "
        "before 1 July 2025, one of the 34 after), `decision_provinces_2025` for its province in today's 34-province map.",
        "provinces = con.execute(\"SELECT * FROM decision_provinces WHERE canonical = ? ORDER BY articles DESC, province\", [DECISION]).df()\nprovinces",
        "provinces_today = con.execute(\"SELECT * FROM decision_provinces_2025 WHERE canonical = ? ORDER BY articles DESC, province_2025\", [DECISION]).df()\nprovinces_today",
        "fig, ax = plt.subplots(figsize=(7, 3.5))\nax.barh(provinces[\"province\"], provinces[\"articles\"], color=\"#2a6f97\")\nax.invert_yaxis()\n"
        "ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))\nax.set_xlabel(\"articles citing \" + DECISION)\nax.set_title(\"Articles citing \" + DECISION + \" by province\")\nsave(fig, \"1191_by_province\")",
        "## Timeline: articles citing it, by month",
        "timeline = con.execute(\"\"\"\n    SELECT date_trunc('month', a.published) AS month, a.province, count(DISTINCT a.article_id) AS articles\n"
        "    FROM decisions d JOIN articles a USING (article_id)\n    WHERE d.canonical = ? AND a.published IS NOT NULL\n    GROUP BY ALL ORDER BY month\n\"\"\", [DECISION]).df()\ntimeline",
        "fig, ax = plt.subplots(figsize=(8, 3.5))\nfor province, rows in timeline.groupby(\"province\"):\n    ax.plot(rows[\"month\"], rows[\"articles\"], marker=\"o\", label=province)\n"
        "ax.set_ylabel(\"articles\")\nax.set_title(\"Articles citing \" + DECISION + \" per month\")\nax.legend()\nfig.autofmt_xdate()\nsave(fig, \"1191_timeline\")",
        "## Activities and participants: counts near the mention\n\nCounts within 600 characters of a mention of the decision, in the same article.",
        "activities = con.execute(\"\"\"\n    SELECT DISTINCT a.province, a.published, c.value, c.unit, c.qualifier, c.mention, a.title\n"
        "    FROM decisions d JOIN counts c USING (article_id) JOIN articles a USING (article_id)\n"
        "    WHERE d.canonical = ? AND abs(c.start - d.start) < 600\n    ORDER BY a.province, a.published, c.value DESC\n\"\"\", [DECISION]).df()\nactivities",
        "participants = activities[activities[\"unit\"].str.contains(\"cán bộ|đại biểu|học viên|người|học sinh\", regex=True)]\n"
        "participants.groupby(\"province\")[\"value\"].sum().rename(\"participants (sum of counts)\")",
        "## Map of the provinces, then and now\n\nProvince centres from the gazetteer (vietnamadminunits), in each map; no tile server needed.",
        "from nlp.gazetteer import LEGACY, MAP_2025, legacy_provinces, province_coordinates, provinces_2025\n\n"
        "panels = [\n    (LEGACY, \"at the time\", provinces, \"province\", legacy_provinces()),\n"
        "    (MAP_2025, \"in the 34-province map\", provinces_today, \"province_2025\", [u.name for u in provinces_2025().values()]),\n]\n"
        "fig, axes = plt.subplots(1, 2, figsize=(9, 8))\n"
        "for ax, (map_, label, rows, column, names) in zip(axes, panels):\n"
        "    points = [province_coordinates(name, map_) for name in names]\n"
        "    ax.scatter([p[1] for p in points], [p[0] for p in points], s=12, color=\"#cccccc\")\n"
        "    for _, row in rows.iterrows():\n        lat, lon = province_coordinates(row[column], map_)\n"
        "        ax.scatter([lon], [lat], s=60 * row[\"articles\"], color=\"#c0392b\", alpha=0.8)\n"
        "        ax.annotate(f\"{row[column]} ({row['articles']})\", (lon, lat), xytext=(6, 0), textcoords=\"offset points\")\n"
        "    ax.set_xlabel(\"longitude\")\n    ax.set_title(label)\n    ax.set_aspect(\"equal\")\n"
        "axes[0].set_ylabel(\"latitude\")\nfig.suptitle(\"Provinces citing \" + DECISION)\nsave(fig, \"1191_map\")",
    ],
    "corpus_overview": [
        "# Corpus overview: what has been collected, where the gaps are, how healthy extraction is",
        SETUP,
        "## Articles per source",
        "per_source = con.execute(\"SELECT source_id, province, count(*) AS articles, min(published) AS first, max(published) AS last FROM articles GROUP BY ALL ORDER BY articles DESC\").df()\nper_source",
        "## Articles per month",
        "per_month = con.execute(\"SELECT date_trunc('month', published) AS month, count(*) AS articles FROM articles WHERE published IS NOT NULL GROUP BY ALL ORDER BY month\").df()\n"
        "fig, ax = plt.subplots(figsize=(8, 3))\nax.bar(per_month[\"month\"], per_month[\"articles\"], width=20, color=\"#2a6f97\")\nax.set_title(\"Articles per month\")\nfig.autofmt_xdate()\nsave(fig, \"articles_per_month\")\nper_month",
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
        SETUP + '\nDECISION = "1719/QĐ-TTg"',
        "## The most cited documents",
        "con.execute(\"SELECT canonical, any_value(doc_type) AS doc_type, count(DISTINCT article_id) AS articles, count(*) AS mentions FROM decisions WHERE canonical IS NOT NULL GROUP BY canonical ORDER BY articles DESC, canonical LIMIT 15\").df()",
        "## Reach of the chosen decision",
        "reach = con.execute(\"SELECT * FROM decision_provinces WHERE canonical = ? ORDER BY articles DESC\", [DECISION]).df()\nreach",
        "## Its reach in today's map\n\nThe same articles, each under its province in the 34-province map.",
        "reach_2025 = con.execute(\"SELECT * FROM decision_provinces_2025 WHERE canonical = ? ORDER BY articles DESC\", [DECISION]).df()\nreach_2025",
        "## Co-cited decisions\n\nDocuments cited in the same articles as the chosen one.",
        "cocited = con.execute(\"\"\"\n    SELECT other.canonical, count(DISTINCT other.article_id) AS articles_together\n"
        "    FROM decisions chosen JOIN decisions other USING (article_id)\n    WHERE chosen.canonical = ? AND other.canonical IS NOT NULL AND other.canonical <> chosen.canonical\n"
        "    GROUP BY ALL ORDER BY articles_together DESC, other.canonical\n\"\"\", [DECISION]).df()\ncocited",
        "if len(cocited):\n    fig, ax = plt.subplots(figsize=(7, 3))\n    ax.barh(cocited[\"canonical\"], cocited[\"articles_together\"], color=\"#6a994e\")\n"
        "    ax.invert_yaxis()\n    ax.set_title(\"Cited together with \" + DECISION)\n    save(fig, \"cocited\")",
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
