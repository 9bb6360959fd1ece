"""`vncorpus demo`: the bundled sample portals, served on 127.0.0.1, through the whole pipeline;
or, with --serve, just the portals, kept up for trying the commands by hand."""
from __future__ import annotations

import errno
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from vncorpus.corpus.catalog import ACTIVITIES_1191, CITING_ONLY_1191, QUESTION_1191, run_query
from vncorpus.corpus.demo.server import ServedSite, sample_site_dirs, serve_sites, write_sources_file
from vncorpus.corpus.pipeline import process
from vncorpus.corpus.status import write_process_report
from vncorpus.crawler.errors import UserError
from vncorpus.crawler.run import crawl

# The portals' first port with --serve. Fixed, so that serving them again gives the same URLs, and
# so the same article ids: a data dir crawled yesterday sees today's run as a nightly run.
FIRST_PORT = 8701


@dataclass(frozen=True)
class DemoAnswer:
    """What `vncorpus demo` prints after its run's summary."""

    summary: str  # the crawl's and the processing's reports
    provinces: tuple[list[str], list[tuple]]  # QUESTION_1191: columns, rows
    citing_only: tuple[int, int]  # articles that only cite 1191, and their provinces
    activities: tuple[list[str], list[tuple]]  # ACTIVITIES_1191: columns, rows


def run_demo(data_dir: Path) -> DemoAnswer:
    """Crawl and process the sample portals into `data_dir`; the answers about 1191/QĐ-TTg."""
    with serve_sites(sample_site_dirs()) as sites:
        crawl_report = crawl([site.source() for site in sites], data_dir)
    started = datetime.now(timezone.utc)
    process_report = process(data_dir)
    write_process_report(data_dir, process_report, started, datetime.now(timezone.utc))
    _, ((articles, provinces),) = run_query(data_dir, CITING_ONLY_1191)
    return DemoAnswer(
        crawl_report.summary() + "\n" + process_report.summary(),
        run_query(data_dir, QUESTION_1191),
        (int(articles), int(provinces)),
        run_query(data_dir, ACTIVITIES_1191),
    )


def serve_demo(sources_file: Path, first_port: int | None, ready: Callable[[list[ServedSite]], None], stop: threading.Event | None = None) -> None:
    """Serve the sample portals on consecutive ports from `first_port`, write a sources file for
    them, call `ready` with the sites, and keep serving until `stop` is set (or Ctrl-C)."""
    first_port = first_port or FIRST_PORT
    directories = sample_site_dirs()
    if not Path(sources_file).parent.is_dir():
        raise UserError(f"cannot write {sources_file}: folder {Path(sources_file).parent} does not exist")
    try:
        with serve_sites(directories, [first_port + i for i in range(len(directories))]) as sites:
            write_sources_file(sites, Path(sources_file))
            ready(sites)
            (stop or threading.Event()).wait()
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise UserError(f"ports {first_port}–{first_port + len(directories) - 1} are not all free: choose others with --port N") from None
        raise
