"""Crawl progress, read from the spider's per-source counters: on a terminal a live table (per
source: pages, new and known articles, not modified, errors), redrawn twice a second and
cleared for the run summary; otherwise one plain line every PROGRESS_INTERVAL seconds (the
journal, a cron log), where a redrawn display would be noise. The rules for which and how often
are here, below corpus/progress.py (processing), which uses them too."""
from __future__ import annotations

import os
import sys
import time

from rich.console import Console
from rich.live import Live
from rich.table import Table
from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task

# Seconds between redraws of the live table.
LIVE_REFRESH = 0.5

# Seconds between plain progress lines; VNCORPUS_PROGRESS_INTERVAL overrides it (0 turns them off).
PROGRESS_INTERVAL = 60.0


def interval(default: float = PROGRESS_INTERVAL) -> float:
    value = os.environ.get("VNCORPUS_PROGRESS_INTERVAL")
    try:
        return float(value) if value else default
    except ValueError:
        return default


def live_terminal() -> bool:
    """Whether standard error is a terminal someone watches (and not a dumb one)."""
    return sys.stderr.isatty() and os.environ.get("TERM") != "dumb"


def duration(seconds: float) -> str:
    """`14 s`, `3 min 05 s`, `2 h 07 min`."""
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min {secs:02d} s" if minutes else f"{secs} s"


class Progress:
    def __init__(self, crawler, every: float, live: bool):
        self.crawler = crawler
        self.every = every
        self.live = Live(console=Console(stderr=True), auto_refresh=False, transient=True) if live else None
        self.loop = None
        self.started = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler):
        live = live_terminal()
        every = interval(crawler.settings.getfloat("PROGRESS_INTERVAL", PROGRESS_INTERVAL))
        if every <= 0 and not live:
            raise NotConfigured
        extension = cls(crawler, every, live)
        crawler.signals.connect(extension.opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.closed, signal=signals.spider_closed)
        return extension

    def opened(self, spider):
        self.started = time.monotonic()
        if self.live is not None:
            self.live.start()
            self.loop = task.LoopingCall(self.redraw, spider)
            self.loop.start(LIVE_REFRESH, now=True)
        else:
            self.loop = task.LoopingCall(self.report, spider)
            self.loop.start(self.every, now=False)

    def _queued(self) -> int:
        stats = self.crawler.stats
        return max((stats.get_value("scheduler/enqueued") or 0) - (stats.get_value("scheduler/dequeued") or 0), 0)

    def report(self, spider):
        fetched = sum(c["pages_fetched"] for c in spider.stats_by_source.values())
        articles = sum(c["articles"] for c in spider.stats_by_source.values())
        known = sum(c["skipped_known"] for c in spider.stats_by_source.values())
        not_modified = sum(c["not_modified"] for c in spider.stats_by_source.values())
        failed = sum(sum(c.values()) for c in spider.errors_by_source.values())
        print(
            f"… {fetched} pages fetched, {articles} new articles, {known} known, {not_modified} not modified, "
            f"{failed} failed, {self._queued()} queued",
            file=sys.stderr,
            flush=True,
        )

    def table(self, spider) -> Table:
        elapsed = round(time.monotonic() - self.started)
        table = Table(title=f"crawling · {elapsed // 60} min {elapsed % 60:02d} s · {self._queued()} queued", title_justify="left")
        for column in ("source", "pages", "new articles", "known", "not modified", "errors"):
            table.add_column(column, justify="left" if column in ("source", "errors") else "right")
        for source_id in spider.sources:
            counts = spider.stats_by_source[source_id]
            errors = spider.errors_by_source[source_id]
            table.add_row(
                source_id, str(counts["pages_fetched"]), str(counts["articles"]), str(counts["skipped_known"]),
                str(counts["not_modified"]), ", ".join(f"{kind} {n}" for kind, n in sorted(errors.items())) or "",
            )
        return table

    def redraw(self, spider):
        self.live.update(self.table(spider), refresh=True)

    def closed(self, spider):
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        if self.live is not None:
            self.redraw(spider)
            self.live.stop()
