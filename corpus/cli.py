"""The `vncorpus` command (DESIGN.md, "Command-line contract")."""
from __future__ import annotations

import argparse
import csv
import dataclasses
import json
import os
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

from corpus.errors import UserError

DEFAULT_DATA_DIR = "data"
QUESTION_1191 = (
    "SELECT province, province_2025, articles, first_published, last_published "
    "FROM decision_provinces WHERE canonical = '1191/QĐ-TTg' ORDER BY province"
)


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return args.handler(args) or 0
    except UserError as exc:
        print(f"vncorpus: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader (`| head`) has had enough; not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("vncorpus: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug, not bad input: still one line, the traceback on request
        if os.environ.get("VNCORPUS_DEBUG"):
            raise
        print(f"vncorpus: internal error: {type(exc).__name__}: {exc} (VNCORPUS_DEBUG=1 shows the traceback)", file=sys.stderr)
        return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vncorpus", description="Vietnamese government portals → research corpus.")
    sub = parser.add_subparsers(dest="command", required=True)

    def data_dir_arg(p):
        p.add_argument("--data-dir", default=DEFAULT_DATA_DIR, type=Path, help="data directory (default: ./data)")

    def sources_arg(p):
        p.add_argument("--sources", type=Path, default=None, help="sources file (default: the bundled registry)")

    def crawl_args(p):
        sources_arg(p), data_dir_arg(p)
        p.add_argument("--max-pages", type=_positive_int, default=None, help="stop requesting after N pages")
        p.add_argument("--redis", metavar="URL", default=None, help="share one frontier and seen-set with other workers through Redis")
        p.add_argument("--redis-key", metavar="KEY", default=None, help="names the shared crawl; every worker of it uses the same key (default: today's UTC date)")
        p.add_argument(
            "--search", metavar="KEYWORDS", action="append", default=None,
            help="query each portal's own search page for KEYWORDS (repeatable; default: '1191/QĐ-TTg' and 'thông tin đối ngoại')",
        )

    p = sub.add_parser("run", help="the nightly job: crawl, then process what is new")
    crawl_args(p)
    p.set_defaults(handler=cmd_run)

    p = sub.add_parser("crawl", help="crawl only; raw captures land under DIR/captures")
    crawl_args(p)
    p.set_defaults(handler=cmd_crawl)

    p = sub.add_parser("schema", help="print the data dictionary: every table and column, as Markdown")
    p.set_defaults(handler=cmd_schema)

    p = sub.add_parser("sources", help="list or check a sources file, or probe a portal for a new entry")
    p.add_argument("action", choices=("list", "check", "probe"))
    p.add_argument("url", nargs="?", help="probe: the portal's home page")
    sources_arg(p)
    p.set_defaults(handler=cmd_sources)

    p = sub.add_parser("process", help="extract + NLP over captures not yet processed; writes the tables")
    data_dir_arg(p)
    p.add_argument("--workers", type=_positive_int, default=1, help="processes to spread the work over (default 1)")
    p.set_defaults(handler=cmd_process)

    p = sub.add_parser("query", help="run SQL against the tables")
    data_dir_arg(p)
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.add_argument("sql")
    p.set_defaults(handler=cmd_query)

    p = sub.add_parser("search", help="full-text search of the articles, with or without diacritics")
    data_dir_arg(p)
    p.add_argument("--limit", type=_positive_int, default=20)
    p.add_argument("query")
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("export", help="a table or query as CSV, Excel or Parquet")
    data_dir_arg(p)
    p.add_argument("--format", choices=("csv", "xlsx", "parquet"), default="csv")
    p.add_argument("--output", type=Path, default=None, help="file to write (CSV goes to standard output without it)")
    p.add_argument("what", metavar="TABLE_OR_SQL")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("show", help="one article with its facts highlighted, and its provenance")
    data_dir_arg(p)
    p.add_argument("article_id")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("eval", help="measure the extractors against the gold set")
    p.add_argument("what", choices=("nlp", "extract"))
    p.add_argument("--errors", action="store_true", help="also list every miss: nlp facts missed or spurious, extract fields wrong")
    p.set_defaults(handler=cmd_eval)

    p = sub.add_parser("analyze", help="one saved HTML page or text file → JSON of the article and its facts")
    p.add_argument("file", type=Path)
    p.add_argument("--url", default=None, help="the page's URL (default: file://FILE)")
    p.set_defaults(handler=cmd_analyze)

    p = sub.add_parser("demo", help="crawl the bundled sample portals on 127.0.0.1 and answer the 1191/QĐ-TTg question")
    p.add_argument("--data-dir", type=Path, default=None, help="where to keep the demo's data (default: a new temporary dir)")
    p.set_defaults(handler=cmd_demo)
    return parser


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


# ---- commands ---------------------------------------------------------------------------


def cmd_crawl(args) -> int:
    from crawler.discovery import DEFAULT_SEARCH_KEYWORDS
    from crawler.run import crawl
    from crawler.sources import load_sources

    sources = load_sources(args.sources)
    report = crawl(
        sources, args.data_dir, max_pages=args.max_pages, redis_url=args.redis, redis_key=args.redis_key,
        search_keywords=tuple(args.search) if args.search else DEFAULT_SEARCH_KEYWORDS,
    )
    print(report.summary())
    return 0


def cmd_schema(args) -> int:
    from corpus.schema import data_dictionary

    print(data_dictionary())
    return 0


def cmd_sources(args) -> int:
    from crawler.sources import BUNDLED_SOURCES, load_sources

    if args.action == "probe":
        from crawler.probe import probe

        if not args.url:
            raise UserError("sources probe: give the portal's URL")
        print(probe(args.url).report())
        return 0

    sources = load_sources(args.sources)
    if args.action == "check":
        national = sum(s.province is None for s in sources)
        provinces = len({s.province for s in sources if s.province})
        print(f"{args.sources or BUNDLED_SOURCES}: {len(sources)} sources valid ({provinces} provinces, {national} national)")
        return 0
    from nlp.gazetteer import province_2025

    rows = [(s.id, s.platform, s.province or "", province_2025(s.province) or "", " ".join(s.start_urls)) for s in sources]
    write_rows(["id", "platform", "province", "province_2025", "start_urls"], rows, "table", sys.stdout)
    return 0


def cmd_process(args) -> int:
    from corpus.pipeline import process

    print(process(args.data_dir, workers=getattr(args, "workers", 1)).summary())
    return 0


def cmd_run(args) -> int:
    cmd_crawl(args)
    return cmd_process(args)


def cmd_query(args) -> int:
    from corpus.catalog import run_query

    columns, rows = run_query(args.data_dir, args.sql)
    write_rows(columns, rows, args.format, sys.stdout)
    return 0


def cmd_search(args) -> int:
    from corpus.search import search

    for hit in search(args.data_dir, args.query, args.limit):
        print("  ".join((_cell(hit.published) or "          ", (hit.province or "-").ljust(12), hit.title, hit.url)))
    return 0


def cmd_export(args) -> int:
    from corpus.export import export

    rows = export(args.data_dir, args.what, args.format, args.output)
    if args.output is not None:
        print(f"{rows} rows written to {args.output}", file=sys.stderr)
    return 0


def cmd_show(args) -> int:
    from corpus.show import show

    show(args.data_dir, args.article_id)
    return 0


def cmd_eval(args) -> int:
    if args.what == "extract":
        from corpus import evaluate_extract

        print(evaluate_extract.report(evaluate_extract.evaluate(), errors=args.errors))
        return 0
    from corpus.evaluate import evaluate, report

    scores, documents = evaluate()
    print(report(scores, documents))
    if args.errors:
        for kind, score in scores.items():
            for error in score.errors:
                print(f"{kind}: {error}")
    return 0


def cmd_analyze(args) -> int:
    from corpus.analyze import analyze_file

    print(json.dumps(analyze_file(args.file, args.url), ensure_ascii=False, indent=2, default=_json_value))
    return 0


def cmd_demo(args) -> int:
    from corpus.demo import run_demo

    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="vncorpus-demo-"))
    columns, rows, summary = run_demo(data_dir)
    print(summary)
    print("(each sample portal links one page that no longer exists, so the report shows one http_404 per portal)")
    print()
    print("Which provinces implemented Decision 1191/QĐ-TTg:")
    write_rows(columns, rows, "table", sys.stdout)
    print()
    print(f"The demo's tables are in {data_dir}; ask your own questions with")
    print(f'  vncorpus query --data-dir {data_dir} "SELECT * FROM decision_provinces"')
    return 0


# ---- output -----------------------------------------------------------------------------


def _json_value(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if dataclasses.is_dataclass(value):
        return dataclasses.asdict(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


def write_rows(columns: list[str], rows: list[tuple], fmt: str, out) -> None:
    if fmt == "json":
        json.dump([dict(zip(columns, row)) for row in rows], out, ensure_ascii=False, indent=2, default=_json_value)
        out.write("\n")
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_cell(v) for v in row] for row in rows])
    else:
        cells = [[_cell(v) for v in row] for row in rows]
        widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
        out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip() + "\n")
        out.write("  ".join("-" * w for w in widths) + "\n")
        for row in cells:
            out.write("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() + "\n")
        out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace("\n", " ")


if __name__ == "__main__":
    sys.exit(main())
