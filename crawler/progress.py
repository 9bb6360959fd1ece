"""A progress line on standard error every PROGRESS_INTERVAL seconds of a long crawl."""
from __future__ import annotations

import sys

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task


class Progress:
    def __init__(self, crawler, interval: float):
        self.crawler = crawler
        self.interval = interval
        self.loop = None

    @classmethod
    def from_crawler(cls, crawler):
        interval = crawler.settings.getfloat("PROGRESS_INTERVAL", 60.0)
        if interval <= 0:
            raise NotConfigured
        extension = cls(crawler, interval)
        crawler.signals.connect(extension.opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.closed, signal=signals.spider_closed)
        return extension

    def opened(self, spider):
        self.loop = task.LoopingCall(self.report, spider)
        self.loop.start(self.interval, now=False)

    def report(self, spider):
        stats = self.crawler.stats
        fetched = sum(c["pages_fetched"] for c in spider.stats_by_source.values())
        articles = sum(c["articles"] for c in spider.stats_by_source.values())
        failed = sum(sum(c.values()) for c in spider.errors_by_source.values())
        queued = (stats.get_value("scheduler/enqueued") or 0) - (stats.get_value("scheduler/dequeued") or 0)
        print(
            f"… {fetched} pages fetched, {articles} new articles, {failed} failed, {max(queued, 0)} queued",
            file=sys.stderr,
            flush=True,
        )

    def closed(self, spider):
        if self.loop is not None and self.loop.running:
            self.loop.stop()
