"""`vncorpus status`: what the last runs did and what is waiting, for the operator's morning look
(or a monitoring probe, with --format json).

Everything comes from what the runs leave behind: the crawl reports (DIR/reports/crawl-*.json),
the process reports (DIR/reports/process-*.json, written by `vncorpus process` and `run`), the
capture index (DIR/state/crawl.sqlite, opened read-only) and the tables' Parquet footers. Nothing
in the data dir is changed.
"""
from __future__ import annotations

import json
from collections import Counter
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pyarrow.parquet as pq

from vncorpus.crawler.errors import UserError
from vncorpus.corpus.pipeline import ProcessReport
from vncorpus.corpus.schema import TABLES
from vncorpus.corpus.tables import needs_rebuild, part_files
from vncorpus.crawler.progress import duration
from vncorpus.crawler.atomic import write_json_atomic
from vncorpus.crawler.failures import NOT_FAILURES
from vncorpus.crawler.run import new_run_id


def write_process_report(data_dir: Path, report: ProcessReport, started: datetime, finished: datetime) -> Path:
    """DIR/reports/process-RUN.json: the process run's counts, as the crawl writes its own."""
    path = Path(data_dir) / "reports" / f"process-{new_run_id()}.json"
    write_json_atomic(path, {
        "started": started.isoformat(),
        "finished": finished.isoformat(),
        "captures": report.captures,
        "articles": report.articles,
        "skipped": dict(report.skipped),
        "facts": dict(report.facts),
    })
    return path


def status(data_dir: str | Path, runs: int = 5) -> dict:
    """The data dir's state as one JSON-ready dict (see render for what each part means)."""
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise UserError(f"data dir {data_dir} does not exist")
    crawls = _reports(data_dir, "crawl")
    processes = _reports(data_dir, "process")
    recent = crawls[-runs:]
    return {
        "data_dir": str(data_dir),
        "last_crawl": _crawl_summary(crawls[-1], data_dir) if crawls else None,
        "last_process": _process_summary(processes[-1]) if processes else None,
        "yield": _yield(recent),
        "gone_quiet": _gone_quiet(recent),
        "captures_waiting": _captures_waiting(data_dir),
        "tables": {table: _table_size(data_dir, table) for table in TABLES},
        # What an older vncorpus left out of the tables, and what fills it.
        "needs_rebuild": needs_rebuild(data_dir),
        "articles_by_capture": _articles_by_capture(data_dir),
    }


def _articles_by_capture(data_dir: Path) -> dict[str, int]:
    """Articles per capture source (live, wayback, commoncrawl); parts written before articles said
    where their capture came from hold live captures only."""
    counts: Counter = Counter()
    for part in part_files(data_dir, "articles"):
        try:
            found = pq.ParquetFile(part)
            if "capture_source" in found.schema_arrow.names:
                counts.update(v or "live" for v in pq.read_table(part, columns=["capture_source"]).column(0).to_pylist())
            else:
                counts["live"] += found.metadata.num_rows
        except (OSError, ValueError) as exc:
            raise UserError(f"cannot read {part}: {exc} (`vncorpus check` names what is damaged)") from None
    return dict(sorted(counts.items()))


def _reports(data_dir: Path, kind: str) -> list[dict]:
    """The run reports of `kind`, oldest first (their names start with the UTC start time)."""
    found = []
    for path in sorted((data_dir / "reports").glob(f"{kind}-*.json")):
        try:
            report = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # a report being written, or damaged: the others still tell the story
        report["file"] = path.name
        found.append(report)
    return found


def _seconds(report: dict) -> float | None:
    try:
        return round((datetime.fromisoformat(report["finished"]) - datetime.fromisoformat(report["started"])).total_seconds(), 1)
    except (KeyError, TypeError, ValueError):
        return None


def _crawl_summary(report: dict, data_dir: Path) -> dict:
    sources = report.get("sources", [])
    failures: dict[str, int] = {}
    examples: dict[str, str] = {}
    for s in sources:
        for kind, n in s.get("errors", {}).items():
            if kind not in NOT_FAILURES:
                failures[kind] = failures.get(kind, 0) + n
                examples.setdefault(kind, s.get("error_examples", {}).get(kind, ""))
    return {
        "run_id": report.get("run_id"),
        "started": report.get("started"),
        "seconds": _seconds(report),
        "pages_fetched": sum(s.get("pages_fetched", 0) for s in sources),
        "new_articles": sum(s.get("new_articles", 0) for s in sources) + sum(a.get("articles", 0) for a in report.get("archives", [])),
        "known_articles": sum(s.get("skipped_known", 0) for s in sources),
        "not_modified": sum(s.get("not_modified", 0) for s in sources),
        "failures": dict(sorted(failures.items())),
        "failure_examples": {kind: examples[kind] for kind in sorted(examples) if examples[kind]},
        "stopped": {s["source_id"]: s["stopped"] for s in sources if s.get("stopped")},
        "robots": {f"{s['source_id']} {host}": note for s in sources for host, note in s.get("robots", {}).items()},
        "warnings": {s["source_id"]: s["warning"] for s in sources if s.get("warning")},
        # Sources read from web archives: per source and archive, the run report's counts.
        "archives": [
            {key: a.get(key, 0) for key in ("source_id", "archive", "listed", "chosen", "fetched", "articles", "failed")} | {"error": a.get("error")}
            for a in report.get("archives", [])
        ],
        "report": report["file"],
        # Scrapy's log of the run: every request, and the reason behind each failure counted above.
        "log": str(log) if (log := data_dir / "logs" / f"crawl-{report.get('run_id')}.log").exists() else None,
    }


def _process_summary(report: dict) -> dict:
    return {
        "started": report.get("started"),
        "seconds": _seconds(report),
        "captures": report.get("captures", 0),
        "articles": report.get("articles", 0),
        "facts": report.get("facts", {}),
        "skipped": report.get("skipped", {}),
        "report": report["file"],
    }


def _yield(reports: list[dict]) -> dict:
    """Per source, the articles each recent crawl saw (new + already known), oldest run first:
    a healthy source shows articles every night even when none is new."""
    runs = [r.get("run_id") or r["file"] for r in reports]
    by_source: dict[str, list[int | None]] = {}
    for i, report in enumerate(reports):
        for s in report.get("sources", []):
            row = by_source.setdefault(s["source_id"], [None] * len(reports))
            row[i] = s.get("new_articles", 0) + s.get("skipped_known", 0)
    new = {s["source_id"]: s.get("new_articles", 0) for s in reports[-1].get("sources", [])} if reports else {}
    return {"runs": runs, "articles_seen": by_source, "new_last_run": new}


def _gone_quiet(reports: list[dict]) -> list[dict]:
    """Sources the latest crawl saw no article on, although one of the runs before it did."""
    if len(reports) < 2:
        return []
    quiet = []
    for s in reports[-1].get("sources", []):
        if s.get("new_articles", 0) + s.get("skipped_known", 0):
            continue
        earlier = [
            (r.get("run_id"), x.get("new_articles", 0) + x.get("skipped_known", 0))
            for r in reports[:-1] for x in r.get("sources", []) if x["source_id"] == s["source_id"]
        ]
        last_seen = next(((run, n) for run, n in reversed(earlier) if n), None)
        if last_seen:
            errors = {k: n for k, n in s.get("errors", {}).items() if k not in NOT_FAILURES}
            quiet.append({"source_id": s["source_id"], "last_run_with_articles": last_seen[0], "articles_then": last_seen[1], "errors_now": errors})
    return quiet


def _captures_waiting(data_dir: Path) -> dict:
    """Captures indexed but not yet processed, per source; read-only, so a running crawl is not
    disturbed and a data dir that never crawled stays untouched."""
    db_path = data_dir / "state" / "crawl.sqlite"
    if not db_path.exists():
        return {"total": 0, "by_source": {}}
    try:
        con = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        try:
            rows = con.execute(
                """SELECT c.source_id, count(*) FROM captures c LEFT JOIN processed p USING (record_id)
                   WHERE p.record_id IS NULL GROUP BY c.source_id ORDER BY c.source_id"""
            ).fetchall()
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise UserError(f"cannot read the capture index {db_path}: {exc}") from None
    return {"total": sum(n for _, n in rows), "by_source": dict(rows)}


def _table_size(data_dir: Path, table: str) -> dict:
    parts = part_files(data_dir, table)
    rows = 0
    for part in parts:
        try:
            rows += pq.ParquetFile(part).metadata.num_rows
        except (OSError, ValueError) as exc:
            raise UserError(f"cannot read {part}: {exc} (`vncorpus check` names what is damaged)") from None
    return {"rows": rows, "parts": len(parts), "bytes": sum(p.stat().st_size for p in parts)}


def render(state: dict) -> str:
    """The status as text for a terminal or an e-mail."""
    lines = [f"data dir {state['data_dir']}", ""]
    crawl = state["last_crawl"]
    if crawl is None:
        lines.append("last crawl: none yet (`vncorpus crawl` or `vncorpus run`)")
    else:
        failures = ", ".join(f"{kind} {n}" for kind, n in crawl["failures"].items()) or "no failures"
        lines.append(
            f"last crawl: {_when(crawl['started'])}, {_duration(crawl['seconds'])}: {crawl['new_articles']} new articles, "
            f"{crawl['pages_fetched']} pages fetched, {crawl['not_modified']} not modified, {crawl['known_articles']} known; {failures}"
        )
        for kind, url in crawl["failure_examples"].items():
            lines.append(f"  {kind}: e.g. {url}")
        for source_id, why in crawl["stopped"].items():
            lines.append(f"  ! {source_id}: stopped ({why})")
        for where, note in crawl["robots"].items():
            source_id, host = where.split(" ")
            lines.append(f"  ! {source_id}: robots.txt of {host}: {note}")
        for source_id, warning in crawl["warnings"].items():
            lines.append(f"  ! {source_id}: {warning}")
        for a in crawl["archives"]:
            lines.append(
                f"  {a['source_id']} from {a['archive']}: {a['listed']} listed, {a['chosen']} chosen, {a['fetched']} fetched, "
                f"{a['articles']} articles, {a['failed']} failed" + (f"; ! {a['error']}" if a["error"] else "")
            )
        if crawl["log"] and crawl["failures"]:
            lines.append(f"  every request and failure: {crawl['log']}")
    process = state["last_process"]
    if process is None:
        lines.append("last process: none yet (`vncorpus process` or `vncorpus run`)")
    else:
        facts = ", ".join(f"{n} {kind}" for kind, n in sorted(process["facts"].items())) or "no facts"
        skipped = "; skipped " + ", ".join(f"{n} {why}" for why, n in sorted(process["skipped"].items())) if process["skipped"] else ""
        lines.append(
            f"last process: {_when(process['started'])}, {_duration(process['seconds'])}: {process['captures']} captures → "
            f"{process['articles']} articles ({facts}){skipped}"
        )
    waiting = state["captures_waiting"]
    detail = " (" + ", ".join(f"{s} {n}" for s, n in waiting["by_source"].items()) + ")" if waiting["total"] else ""
    lines.append(f"captures waiting to be processed: {waiting['total']}{detail}")

    lines += ["", "tables:"]
    for table, size in state["tables"].items():
        lines.append(f"  {table:<10} {size['rows']:>10,} rows  {size['parts']:>4} parts  {_megabytes(size['bytes'])}")
    lines += [f"  ! {line}" for line in state["needs_rebuild"]]

    if len(state["articles_by_capture"]) > 1 or set(state["articles_by_capture"]) - {"live"}:
        lines.append("  articles by capture: " + ", ".join(f"{where} {n:,}" for where, n in state["articles_by_capture"].items()))

    y = state["yield"]
    if y["runs"]:
        lines += ["", f"articles seen per source, last {len(y['runs'])} crawls (oldest first; new in the last run):"]
        width = max(len(s) for s in y["articles_seen"]) if y["articles_seen"] else 0
        for source_id, counts in sorted(y["articles_seen"].items()):
            cells = " ".join(f"{'-' if n is None else n:>5}" for n in counts)
            lines.append(f"  {source_id:<{width}} {cells}   new {y['new_last_run'].get(source_id, 0)}")
    quiet = state["gone_quiet"]
    lines += ["", "sources gone quiet:" + ("" if quiet else " none")]
    for q in quiet:
        errors = ", ".join(f"{k} {n}" for k, n in q["errors_now"].items()) or "no errors"
        lines.append(f"  ! {q['source_id']}: no articles in the last crawl, {q['articles_then']} in {q['last_run_with_articles']} ({errors} now)")
    return "\n".join(lines)


def _when(iso: str | None) -> str:
    if not iso:
        return "at an unknown time"
    moment = datetime.fromisoformat(iso).astimezone(timezone.utc)
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def _duration(seconds: float | None) -> str:
    return "unfinished" if seconds is None else duration(seconds)


def _megabytes(size: int) -> str:
    return f"{size / 1e6:,.1f} MB" if size >= 100_000 else f"{size / 1e3:,.1f} kB"
