"""The `vncorpus` command (DESIGN.md, "Command-line contract")."""
from __future__ import annotations

import argparse
import errno
import json
import os
import re
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

from vncorpus.corpus import DEFAULT_DECISION, __version__
from vncorpus.crawler.errors import UserError, disk_full, file_size_limit, no_space_error
from vncorpus.corpus.output import FORMATS, atomic_output, cell, json_value, write_rows

DEFAULT_DATA_DIR = "data"
# Exit status of `crawl` and `run` when no source answered: not bad input (2), not a bug (1);
# a scheduler can tell the machine's network apart from a portal's trouble.
EXIT_NO_SOURCE_REACHED = 3


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
    except (OSError, sqlite3.DatabaseError) as exc:
        cause = storage_cause(exc, getattr(args, "data_dir", None))
        if cause is None:
            return _internal_error(exc)
        print(f"vncorpus: error: {cause}", file=sys.stderr)
        return 2
    except Exception as exc:  # a bug, not bad input: still one line, the traceback on request
        return _internal_error(exc)


def _internal_error(exc: Exception) -> int:
    if os.environ.get("VNCORPUS_DEBUG"):
        raise exc
    print(f"vncorpus: internal error: {type(exc).__name__}: {exc} (VNCORPUS_DEBUG=1 shows the traceback)", file=sys.stderr)
    return 1


# What the machine said, in the operator's words: these are the storage's state, not our bugs.
_STORAGE_CAUSES = {
    errno.EROFS: "{where} is on a read-only file system",
    errno.EACCES: "permission denied: {where}",
    errno.EPERM: "operation not permitted: {where}",
    errno.ENOTDIR: "{where}: part of this path is a file, not a folder",
    errno.EISDIR: "{where} is a folder, not a file",
    errno.EEXIST: "{where} already exists and is in the way",
    errno.EIO: "input/output error on {where} (the disk may be failing)",
}


def storage_cause(exc: BaseException, data_dir: str | None = None) -> str | None:
    """One line naming a full, read-only or misplaced storage behind `exc`, or None for anything
    else. Arrow and SQLite report such failures as text, so their messages are read too."""
    from vncorpus.crawler.store import damaged_index_error, index_damage

    damage = index_damage(exc)
    if damage is not None:
        return str(damaged_index_error(damage))
    code = getattr(exc, "errno", None)
    text = str(exc)
    if code is None:
        found = re.search(r"\[Errno (\d+)\]", text)
        code = int(found.group(1)) if found else None
    where = getattr(exc, "filename", None) or ("the capture index" if isinstance(exc, sqlite3.OperationalError) else "the data dir")
    room = Path(data_dir) if data_dir and Path(data_dir).is_dir() else Path(where).parent if getattr(exc, "filename", None) else None
    if code is None and isinstance(exc, sqlite3.OperationalError):
        # SQLite says "database or disk is full", or on some writes only "disk I/O error": the
        # free space tells the second apart from a failing disk.
        nearly_full = room is not None and shutil.disk_usage(room).free < _NEARLY_FULL
        if "disk is full" in text or "disk I/O error" in text and (nearly_full or file_size_limit() is not None):
            code = errno.ENOSPC
        elif "disk I/O error" in text:
            code = errno.EIO
        elif "readonly database" in text:
            code = errno.EROFS
    if disk_full(exc) or code == errno.ENOSPC:
        return str(no_space_error(room)) if room is not None else f"no space left on device holding {where}"
    if code not in _STORAGE_CAUSES:
        return None
    return _STORAGE_CAUSES[code].format(where=where)


# Below this much free space, a write that failed with an I/O error failed for want of room.
_NEARLY_FULL = 1 << 20


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vncorpus",
        description="Vietnamese government portals → research corpus: crawl, clean, extract facts, query.",
        epilog="`vncorpus COMMAND --help` explains a command and shows an example.\nFirst try: vncorpus demo",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, summary: str, details: str, examples: str, handler):
        """A subcommand whose --help gives its one-line summary, what it does, and examples."""
        p = sub.add_parser(
            name, help=summary, description=f"{summary}.\n\n{details}" if details else f"{summary}.",
            epilog="examples:\n" + "\n".join(f"  {line}" for line in examples.strip().splitlines()),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        p.set_defaults(handler=handler)
        return p

    def data_dir_arg(p):
        p.add_argument("--data-dir", default=DEFAULT_DATA_DIR, type=Path, metavar="DIR", help="data directory (default: ./data)")

    def sources_arg(p):
        p.add_argument("--sources", type=Path, default=None, metavar="FILE", help="sources file, YAML (default: the bundled registry crawler/sources.yaml)")
        p.add_argument(
            "--allow-private-networks", action="store_true",
            help="also crawl private network addresses (10/8, 172.16/12, 192.168/16, fc00::/7): for an intranet mirror",
        )

    def workers_arg(p):
        p.add_argument("--workers", type=_positive_int, default=1, metavar="N", help="processes to spread the processing over (default 1)")

    def crawl_args(p):
        sources_arg(p), data_dir_arg(p)
        p.add_argument("--max-pages", type=_positive_int, default=None, metavar="N", help="stop requesting after N pages in all, and after N requests to the archives (default: no limit)")
        p.add_argument("--redis", metavar="URL", default=None, help="share one frontier and seen-set with other workers through Redis")
        p.add_argument("--redis-key", metavar="KEY", default=None, help="names the shared crawl; every worker of it uses the same key (default: today's UTC date)")
        p.add_argument(
            "--search", metavar="KEYWORDS", action="append", default=None,
            help="query each portal's own search page for KEYWORDS (repeatable; default: '1191/QĐ-TTg' and 'thông tin đối ngoại')",
        )
        p.add_argument(
            "--since", type=_year, default=None, metavar="YEAR", help="archives: captures made in YEAR or later (default: all)",
        )
        p.add_argument(
            "--until", type=_year, default=None, metavar="YEAR",
            help="archives: captures made in YEAR or earlier (default: the latest, whenever the portal closed)",
        )
        p.add_argument("--wayback-url", metavar="URL", default=None, help="a Wayback server: the Internet Archive's https://web.archive.org/web (default) or a pywb collection's <root>/<coll>")
        p.add_argument("--cc-index-url", metavar="URL", default=None, help="a Common Crawl index server, serving collinfo.json (default https://index.commoncrawl.org)")
        p.add_argument("--cc-data-url", metavar="URL", default=None, help="where Common Crawl's WARC files are read by byte range (default https://data.commoncrawl.org)")

    crawl_details = (
        "Progress shows live on a terminal (per source: pages, articles, errors) and as one line a\n"
        "minute otherwise (journal, cron log). The report goes to DIR/reports/crawl-RUN.json."
    )
    p = command(
        "run", "The nightly job: crawl, then process what is new",
        "Safe to run again: nothing is duplicated, nothing lost.\n" + crawl_details,
        "vncorpus run --data-dir data\nvncorpus run --sources my-portals.yaml --data-dir data --max-pages 200",
        cmd_run,
    )
    crawl_args(p)
    workers_arg(p)

    p = command(
        "crawl", "Crawl only; raw captures land under DIR/captures",
        "Fetches the articles not yet captured from every source and writes them to WARC files.\n"
        "--from-archive reads the sources' past from web archives instead of the live sites: per URL the\n"
        "latest capture (answered 200, HTML) in --since/--until, stored as a live fetch is, with the\n"
        "archive, its capture time and its address. A killed listing resumes where it stopped.\n" + crawl_details,
        "vncorpus crawl --sources my-portals.yaml --data-dir data --max-pages 50\n"
        "vncorpus crawl --data-dir data --search '1719/QĐ-TTg' --search 'biên giới'\n"
        "vncorpus crawl --data-dir data --from-archive all --since 2020 --until 2025",
        cmd_crawl,
    )
    crawl_args(p)
    p.add_argument(
        "--from-archive", choices=("wayback", "commoncrawl", "all"), default=None,
        help="read every source from this web archive (or both) instead of the live sites",
    )

    p = command(
        "process", "Extract and analyse the captures not yet processed; writes the tables",
        "Each capture becomes an article (title, text, date, author) and its facts (decisions, dates,\n"
        "counts, places) in DIR/tables/. Progress (captures done, rate, time left) shows live on a\n"
        "terminal and as one line a minute otherwise. --rebuild processes every capture again into\n"
        "new tables, swapped in only when complete.",
        "vncorpus process --data-dir data --workers 2\nvncorpus process --data-dir data --rebuild",
        cmd_process,
    )
    data_dir_arg(p)
    workers_arg(p)
    p.add_argument("--rebuild", action="store_true", help="rebuild every table from the captures; swapped in only when complete")

    p = command(
        "status", "What the last runs did and what is waiting",
        "The last crawl and process runs (when, how long, what they added, what failed and why),\n"
        "each source's yield over the last runs, sources gone quiet, captures waiting to be\n"
        "processed, and the tables' sizes. Read from DIR/reports/ and DIR/state/; changes nothing.",
        "vncorpus status --data-dir data\nvncorpus status --data-dir data --format json | jq .captures_waiting",
        cmd_status,
    )
    data_dir_arg(p)
    p.add_argument("--runs", type=_positive_int, default=5, metavar="N", help="how many recent crawls the per-source yield covers (default 5)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="text for reading (default), json for monitoring")

    p = command(
        "query", "Run SQL against the tables",
        "Each table is a view of the same name (articles, decisions, dates, counts, places), plus\n"
        "decision_provinces. Text sorts in Vietnamese order (Đà Nẵng, Điện Biên, Lạng Sơn). Rows\n"
        "are printed as they are read, so `| head` answers at once. Read-only: the data dir is\n"
        "never changed. Macros: search_articles('words'), vn_fold(text), fact_sentence(text, s, e).",
        "vncorpus query \"SELECT * FROM decision_provinces WHERE canonical = '1191/QĐ-TTg' ORDER BY province\"\n"
        "vncorpus query --format csv --output counts.csv \"SELECT * FROM counts WHERE unit = 'cán bộ'\"",
        cmd_query,
    )
    data_dir_arg(p)
    p.add_argument(
        "--format", choices=FORMATS, default="table",
        help="table: aligned columns for reading, long cells cut (default); csv: every value whole; json: an array of objects",
    )
    p.add_argument("--output", type=Path, default=None, metavar="FILE", help="write to FILE (replaced whole when the query succeeds) instead of standard output")
    p.add_argument("sql", metavar="SQL", help="one SQL statement, quoted for the shell")

    p = command(
        "search", "Ranked full-text search of the articles, with or without diacritics",
        "Every word must appear in the title or text; 'thong tin doi ngoai' finds 'thông tin đối\n"
        "ngoại'. One hit per line: article id, date, province, title, URL. A story syndicated on\n"
        "several portals is one hit naming the other portals. `vncorpus show ID` opens a hit.",
        "vncorpus search 'thong tin doi ngoai'\nvncorpus search --limit 5 '1191/QĐ-TTg biên giới'",
        cmd_search,
    )
    data_dir_arg(p)
    p.add_argument("--limit", type=_positive_int, default=20, metavar="N", help="at most N hits, best first (default 20)")
    p.add_argument("query", metavar="QUERY", help="the words to find, quoted for the shell")

    p = command(
        "show", "One article with its facts highlighted, and where it came from",
        "Takes the article id (from `search` or a query) or the article's URL. Prints the title,\n"
        "date, province, source, author, URL and raw capture, then the text with decisions, dates,\n"
        "counts and places coloured.",
        "vncorpus show 3f2a9c0d1e4b5a67\nvncorpus show https://sngv.example.gov.vn/tin-tuc/bai-viet-123.html",
        cmd_show,
    )
    data_dir_arg(p)
    p.add_argument("article", metavar="ARTICLE_ID_OR_URL", help="a 16-hex-digit article id or the article's URL")

    p = command(
        "export", "A table or query as CSV, Excel or Parquet",
        "For colleagues outside Python. The file appears whole or not at all.",
        "vncorpus export decision_provinces > provinces.csv\n"
        "vncorpus export --format xlsx --output 1191.xlsx \"SELECT * FROM decision_provinces WHERE canonical = '1191/QĐ-TTg'\"",
        cmd_export,
    )
    data_dir_arg(p)
    p.add_argument("--format", choices=("csv", "xlsx", "parquet"), default="csv", help="file format (default csv)")
    p.add_argument("--output", type=Path, default=None, metavar="FILE", help="file to write (CSV goes to standard output without it)")
    p.add_argument("what", metavar="TABLE_OR_SQL", help="a table name (articles, decisions, dates, counts, places, decision_provinces) or a SELECT")

    p = command(
        "analyze", "One saved HTML page or text file → JSON of the article and its facts",
        "Nothing is stored. An HTML page goes through the crawl's decoding (legacy encodings too);\n"
        "a text file through the legacy-font repair.",
        "vncorpus analyze saved-page.html --url https://sngv.example.gov.vn/tin/123.html\nvncorpus analyze passage.txt",
        cmd_analyze,
    )
    p.add_argument("file", type=Path, metavar="FILE", help="a saved .html page or a .txt file")
    p.add_argument("--url", default=None, help="the page's URL, which decides its platform rules (default: file://FILE)")

    p = command(
        "demo", "Crawl the bundled sample portals on 127.0.0.1 and answer the 1191/QĐ-TTg question",
        "Serves three sample portals (NukeViet, SharePoint, Drupal), runs the whole pipeline on them\n"
        "and prints which provinces implemented Decision 1191/QĐ-TTg (articles that carry it out; how\n"
        "many more only cite it) and what they did, by kind of activity. With --serve, the portals stay\n"
        "up (until Ctrl-C) with a sources file for them, to try crawl, run and status by hand.",
        "vncorpus demo\nvncorpus demo --data-dir demo-data\nvncorpus demo --serve --sources-file demo-sources.yaml",
        cmd_demo,
    )
    p.add_argument("--data-dir", type=Path, default=None, metavar="DIR", help="where to keep the demo's data (default: a new temporary dir)")
    p.add_argument("--serve", action="store_true", help="only serve the sample portals, until interrupted, and write a sources file for them")
    p.add_argument("--sources-file", type=Path, default=Path("demo-sources.yaml"), metavar="FILE", help="with --serve: where to write the sources file (default: demo-sources.yaml)")
    p.add_argument("--port", type=_positive_int, default=None, metavar="N", help="with --serve: the first portal's port, the others on the next ones (default 8701)")

    p = command(
        "schema", "Print the data dictionary: every table and column, as Markdown", "",
        "vncorpus schema > DATA-DICTIONARY.md", cmd_schema,
    )

    p = command(
        "sources", "List or check a sources file, or probe a portal for a new entry",
        "check validates every entry (one line naming the source and key when one is wrong);\nlist shows them as a table;"
        " probe looks at a portal's home page and a few links and prints a ready sources entry\n(platform, article and listing URL shapes).",
        "vncorpus sources check --sources my-portals.yaml\nvncorpus sources list\nvncorpus sources probe https://songoaivu.caobang.gov.vn/",
        cmd_sources,
    )
    p.add_argument("action", choices=("list", "check", "probe"), help="list: show the sources; check: validate the file; probe: look at a portal")
    p.add_argument("url", nargs="?", help="probe: the portal's home page")
    sources_arg(p)

    p = command(
        "check", "Verify every WARC record and Parquet part; name what is damaged",
        "Every capture record is read back and every table part checked against the checksum kept when\n"
        "it was written. Exit 1 when anything is damaged; `vncorpus process --rebuild` rebuilds the tables.",
        "vncorpus check --data-dir data",
        cmd_check,
    )
    data_dir_arg(p)

    p = command(
        "eval", "Measure the extractors against the gold set",
        "nlp: precision, recall and F1 of decisions, dates, counts and places;\n"
        "extract: text P/R/F1 and title/date/author accuracy of page extraction.\n"
        "A gold folder is a tests/gold-style folder or a gold.jsonl (as ../shared/realtext, ../shared/realpages);\n"
        "without --gold, a checkout's own tests/gold is scored.",
        "vncorpus eval nlp --errors\nvncorpus eval extract\nvncorpus eval nlp --gold tests/gold/nlp --gold ../shared/realtext",
        cmd_eval,
    )
    p.add_argument("what", choices=("nlp", "extract"), help="which extractors to score")
    p.add_argument("--errors", action="store_true", help="also list every miss: nlp facts missed or spurious, extract fields wrong")
    p.add_argument("--gold", type=Path, action="append", default=None, metavar="DIR",
                   help="a gold folder (tests/gold layout or a gold.jsonl); give it again for more sets, each reported apart (default: tests/gold)")

    p = command(
        "report", "One self-contained HTML page on a decision: provinces in both maps, timeline, maps, passages",
        "The page loads nothing from outside and can be sent as it is; it links each passage to its article.",
        "vncorpus report --data-dir data --output report-1191.html\nvncorpus report --decision 1719/QĐ-TTg --output report-1719.html",
        cmd_report,
    )
    data_dir_arg(p)
    p.add_argument("--decision", default=DEFAULT_DECISION, metavar="CANONICAL", help="the decision, e.g. 1191/QĐ-TTg (default) or 1719/QĐ-TTg")
    p.add_argument("--output", type=Path, required=True, metavar="FILE.html", help="the page to write")
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
    return _crawl_exit(_crawl(args))


def _crawl_exit(report) -> int:
    """A distinct exit when no source answered at all, so a scheduler notices the night was lost."""
    return EXIT_NO_SOURCE_REACHED if report.no_source_reached else 0


def _year(value: str) -> int:
    if not value.isdigit() or not 1996 <= int(value) <= 2100:
        raise argparse.ArgumentTypeError(f"{value!r} is not a year from 1996 on")
    return int(value)


def _crawl(args):
    from vncorpus.crawler.discovery import DEFAULT_SEARCH_KEYWORDS
    from vncorpus.crawler.run import crawl
    from vncorpus.crawler.sources import ARCHIVES, load_sources

    if args.since and args.until and args.since > args.until:
        raise UserError(f"--since {args.since} is after --until {args.until}")
    sources = load_sources(args.sources, args.allow_private_networks)
    from_archive = getattr(args, "from_archive", None)
    if from_archive:
        report = _crawl_archives(args, sources, list(ARCHIVES) if from_archive == "all" else [from_archive], as_named=False)
        print(report.summary(), flush=True)
        return report
    report = crawl(
        sources, args.data_dir, max_pages=args.max_pages, redis_url=args.redis, redis_key=args.redis_key,
        search_keywords=tuple(args.search) if args.search else DEFAULT_SEARCH_KEYWORDS,
        allow_private_networks=args.allow_private_networks,
    )
    print(report.summary(), flush=True)
    archived = [s for s in sources if s.archives]
    if args.handler is cmd_run and archived:
        # The nightly job reads the archived sources' past too; a rerun lists and fetches only what is left.
        names = [name for name in ARCHIVES if any(name in s.archives for s in archived)]
        from_archives = _crawl_archives(args, archived, names, as_named=True)
        print(from_archives.summary(), flush=True)
        report.archives = from_archives.archives
    return report


def _crawl_archives(args, sources, names: list[str], as_named: bool):
    from vncorpus.crawler.archives.run import archives_for, crawl_archives
    from vncorpus.crawler.run import new_run_id

    archives = archives_for(names, args.wayback_url, args.cc_index_url, args.cc_data_url)
    return crawl_archives(
        sources, args.data_dir, archives, new_run_id(), since=args.since, until=args.until, max_requests=args.max_pages, as_named=as_named,
    )


def cmd_schema(args) -> int:
    from vncorpus.corpus.schema import data_dictionary

    print(data_dictionary())
    return 0


def cmd_sources(args) -> int:
    from vncorpus.crawler.sources import BUNDLED_SOURCES, load_sources, unreachable_by_name

    if args.action == "probe":
        from vncorpus.crawler.probe import probe

        if not args.url:
            raise UserError("sources probe: give the portal's URL")
        print(probe(args.url).report())
        return 0

    sources = load_sources(args.sources, args.allow_private_networks)
    if args.action == "check":
        refused = unreachable_by_name(sources, args.allow_private_networks)
        if refused:
            raise UserError(f"sources file {args.sources or BUNDLED_SOURCES}: {refused[0]}" + (f" (and {len(refused) - 1} more)" if len(refused) > 1 else ""))
        national = sum(s.province is None for s in sources)
        provinces = len({s.province for s in sources if s.province})
        archives = sum(s.status == "archive" for s in sources)
        print(
            f"{args.sources or BUNDLED_SOURCES}: {len(sources)} sources valid ({provinces} provinces, {national} national; "
            f"{len(sources) - archives} current, {archives} archives)"
        )
        return 0
    from vncorpus.nlp.gazetteer import province_2025

    rows = [
        (s.id, s.status, s.successor or "", s.platform, s.province or "", province_2025(s.province) or "", " ".join(s.start_urls))
        for s in sources
    ]
    write_rows(["id", "status", "successor", "platform", "province", "province_2025", "start_urls"], [rows], "table", sys.stdout, max_width=None)
    return 0


def cmd_process(args) -> int:
    _process(args)
    return 0


def _process(args):
    from datetime import datetime, timezone

    from vncorpus.corpus.pipeline import process
    from vncorpus.corpus.progress import ProcessProgress
    from vncorpus.corpus.status import write_process_report

    started = datetime.now(timezone.utc)
    with ProcessProgress() as progress:
        report = process(args.data_dir, workers=args.workers, rebuild=getattr(args, "rebuild", False), progress=progress)
    write_process_report(args.data_dir, report, started, datetime.now(timezone.utc))
    # Flushed: in a log, the crawl's summary must come before the processing's progress lines.
    print(report.summary(), flush=True)
    return report


def cmd_status(args) -> int:
    from vncorpus.corpus.status import render, status

    state = status(args.data_dir, runs=args.runs)
    print(json.dumps(state, ensure_ascii=False, indent=2) if args.format == "json" else render(state))
    return 0


def cmd_check(args) -> int:
    from vncorpus.corpus.tables import needs_rebuild, require_data_dir, verify_consistency, verify_parts
    from vncorpus.crawler.store import CaptureStore

    data_dir = require_data_dir(args.data_dir)
    # A damaged index is named; the WARC files are still read whole, against none.
    store = CaptureStore(data_dir, read_only=True)
    index_problems = [store.damage] if store.damage else []
    try:
        records = store.db.execute("SELECT count(*) FROM captures").fetchone()[0]
        capture_problems = store.verify()
        processed = None if index_problems else store.processed_article_ids()
    finally:
        store.close()
    parts, part_problems = verify_parts(data_dir)
    # Tables with a damaged part are not compared: the part check has named the damage.
    table_problems = [] if any("damaged" in line for line in part_problems) else verify_consistency(data_dir, processed)
    problems = index_problems + capture_problems + part_problems + table_problems
    for line in problems:
        print(line)
    # Not damage: what a vncorpus before this one did not write, said so that it gets filled.
    for line in needs_rebuild(data_dir):
        print(line)
    damaged = [line for line in problems if "no checksum was recorded" not in line]
    print(f"checked {records} indexed captures and {parts} table parts: "
          + (f"{len(damaged)} problem(s); `vncorpus process --rebuild` rebuilds the tables from the captures" if damaged else "no damage found"))
    return 1 if damaged else 0


def cmd_run(args) -> int:
    crawled = _crawl(args)
    # Captures waiting from earlier runs are processed even when tonight's crawl reached nothing.
    processed = _process(args)
    # One last line for the journal or the cron log: what this night added.
    facts = ", ".join(f"{n} {kind}" for kind, n in sorted(processed.facts.items())) or "no facts"
    print(
        f"vncorpus run: added {processed.articles} articles ({facts}) from {crawled.new_articles} new captures; "
        f"{crawled.known_articles} known, {crawled.not_modified} not modified, {crawled.failed_pages} failed pages"
    )
    return _crawl_exit(crawled)


def cmd_query(args) -> int:
    from vncorpus.corpus.catalog import stream_query

    with stream_query(args.data_dir, args.sql) as (columns, batches):
        if args.output is None:
            write_rows(columns, batches, args.format, sys.stdout)
            return 0
        with atomic_output(args.output, keep_out_of=args.data_dir) as out:
            count = write_rows(columns, batches, args.format, out)
    print(f"{count} row{'s' if count != 1 else ''} written to {args.output}", file=sys.stderr)
    return 0


def cmd_search(args) -> int:
    from vncorpus.corpus.search import search

    hits = search(args.data_dir, args.query, args.limit)
    if not hits:
        print(f"no hits for {args.query!r}", file=sys.stderr)
    for hit in hits:
        line = "  ".join((hit.article_id, cell(hit.published) or " " * 10, (hit.province or "-").ljust(12), hit.title, hit.url))
        if hit.capture_source != "live":
            when = f" {hit.archived_at:%Y-%m-%d}" if hit.archived_at else ""
            line += f"  (from {hit.capture_source}{when})"
        if hit.also_on:
            line += f"  (also on {', '.join(hit.also_on)})"
        print(line)
    return 0


def cmd_export(args) -> int:
    from vncorpus.corpus.export import export

    rows = export(args.data_dir, args.what, args.format, args.output)
    if args.output is not None:
        print(f"{rows} rows written to {args.output}", file=sys.stderr)
    return 0


def cmd_show(args) -> int:
    from vncorpus.corpus.show import show

    show(args.data_dir, args.article)
    return 0


def cmd_eval(args) -> int:
    if args.what == "extract":
        from vncorpus.corpus import evaluate_extract

        folders = args.gold or [None]
        # Several sets (a dev half and its held-out half) are told apart by their folders; one set
        # prints its table alone, as before.
        reports = [evaluate_extract.report(evaluate_extract.evaluate(folder), errors=args.errors) for folder in folders]
        if len(folders) > 1:
            reports = [f"gold set: {folder}\n\n{text}" for folder, text in zip(folders, reports)]
        print("\n\n".join(reports))
        return 0
    from vncorpus.corpus.evaluate import checkout_gold, evaluate, gold_folder, report

    for i, folder in enumerate(args.gold or [checkout_gold("nlp")]):
        result = evaluate(gold_folder(folder, "nlp"))
        print(("\n" if i else "") + report(result))
        if args.errors:
            for kind, score in result.scores.items():
                for error in score.errors:
                    print(f"{kind}: {error}")
            for label, detail in [*result.details.items(), *result.activity_fields.items()]:
                for error in detail.errors:
                    print(f"{label}: {error}")
    return 0


def cmd_analyze(args) -> int:
    from vncorpus.corpus.analyze import analyze_file

    print(json.dumps(analyze_file(args.file, args.url), ensure_ascii=False, indent=2, default=json_value))
    return 0


def cmd_report(args) -> int:
    from vncorpus.corpus.report import write_report

    print(write_report(args.data_dir, args.decision, args.output).summary())
    return 0


def cmd_demo(args) -> int:
    if args.serve:
        return _serve_demo(args)
    from vncorpus.corpus.demo import run_demo

    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="vncorpus-demo-"))
    answer = run_demo(data_dir)
    print(answer.summary)
    print("(each sample portal links one page that no longer exists, so the report shows one http_404 per portal)")
    print()
    print("Which provinces implemented Decision 1191/QĐ-TTg (counting only the articles that carry it out, role implements):")
    columns, rows = answer.provinces
    write_rows(columns, [rows], "table", sys.stdout)
    articles, provinces = answer.citing_only
    if articles:
        print(f"{articles} more article{'s' if articles != 1 else ''} in {provinces} province{'s' if provinces != 1 else ''} "
              "only cite it (as legal basis or in passing): decision_provinces counts them in articles_basis and articles_mentions.")
    else:
        print("No other article only cites it (as legal basis or in passing).")
    print()
    print("What they did to carry it out (the activities found in those articles, by kind):")
    columns, rows = answer.activities
    write_rows(columns, [rows], "table", sys.stdout)
    print()
    print(f"The demo's tables are in {data_dir}; ask your own questions with")
    print(f'  vncorpus query --data-dir {data_dir} "SELECT * FROM decision_provinces"')
    print(f"  vncorpus query --data-dir {data_dir} \"SELECT * FROM decision_activities WHERE canonical = '1191/QĐ-TTg'\"")
    return 0


def _serve_demo(args) -> int:
    from vncorpus.corpus.demo import serve_demo

    def ready(sites) -> None:
        print("Sample portals served on 127.0.0.1 (Ctrl-C stops them):")
        for site in sites:
            print(f"  {site.meta['id']:<16} {site.base_url}/  ({site.meta.get('platform', 'generic')}, {site.meta.get('province')})")
        print(f"Sources file for them: {args.sources_file}")
        print("Try, in another terminal:")
        print(f"  vncorpus run --sources {args.sources_file} --data-dir try-data")
        print("  vncorpus status --data-dir try-data")
        print("  vncorpus search --data-dir try-data 'thong tin doi ngoai'")
        sys.stdout.flush()

    import signal
    import threading

    # Ctrl-C, `kill` and `kill -INT` (which a shell's background job would otherwise ignore) all
    # end the serving the same way: servers shut down, exit 0.
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    serve_demo(args.sources_file, args.port, ready, stop)
    print("sample portals stopped", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
