"""Time the analysts' three everyday questions on a large corpus (make one with
tools/synth_corpus.py): `decision_provinces` for one decision, a full-text search, an export.

    python tools/bench_scale.py --data-dir /tmp/synth [--repeat 3]

Each figure is the median of --repeat runs, each through the same code the commands use
(corpus.catalog, corpus.search, corpus.export) and with a new DuckDB connection. The search
index is built once beforehand; its build time is printed on its own line.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from vncorpus.corpus.catalog import run_query  # noqa: E402
from vncorpus.corpus.export import export  # noqa: E402
from vncorpus.corpus.search import ensure_index, search  # noqa: E402

QUESTION = "SELECT * FROM decision_provinces WHERE canonical = '1191/QĐ-TTg' ORDER BY articles DESC"


def timed(action, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    data = args.data_dir

    articles = run_query(data, "SELECT count(*) FROM articles")[1][0][0]
    decisions = run_query(data, "SELECT count(*) FROM decisions")[1][0][0]
    start = time.perf_counter()
    ensure_index(data)
    index_seconds = time.perf_counter() - start

    rows = []
    seconds, result = timed(lambda: run_query(data, QUESTION)[1], args.repeat)
    rows.append(("decision_provinces for 1191/QĐ-TTg", seconds, len(result)))
    for query in ("thong tin doi ngoai", "tuan tra song phuong moc quoc gioi"):
        seconds, result = timed(lambda q=query: search(data, q, limit=20), args.repeat)
        rows.append((f"search '{query}' (top 20)", seconds, len(result)))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "answer.csv"
        seconds, result = timed(lambda: export(data, QUESTION, "csv", out), args.repeat)
        rows.append(("export decision_provinces for 1191 to CSV", seconds, result))
        out = Path(tmp) / "articles.parquet"
        sql = "SELECT a.article_id, a.province, a.published, a.title, a.url FROM articles a WHERE a.article_id IN (SELECT article_id FROM decisions WHERE canonical = '1191/QĐ-TTg')"
        seconds, result = timed(lambda: export(data, sql, "parquet", out), args.repeat)
        rows.append(("export every article citing 1191 to Parquet", seconds, result))

    print(f"corpus: {articles:,} articles, {decisions:,} decision mentions; search index built in {index_seconds:.1f} s (once, reused until the articles change)")
    print(f"{'question':<50} {'seconds':>8} {'rows':>8}")
    for name, seconds, n in rows:
        print(f"{name:<50} {seconds:>8.3f} {n:>8,}")


if __name__ == "__main__":
    main()
