"""Run one crawl: sources in, WARC captures and a run report out."""
from __future__ import annotations

import ipaddress
import json
import secrets
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler.errors import UserError
from crawler.atomic import write_json_atomic
from crawler.models import Source
from crawler.discovery import DEFAULT_SEARCH_KEYWORDS
from crawler.spider import PortalSpider
from crawler.store import CaptureStore


# A 404/410 link is not asked for again until this many days have passed.
GONE_RECHECK_DAYS = 30

# Kinds in `errors` that are the crawler declining a page, not a page failing.
NOT_FAILURES = frozenset({"robots_forbidden"})


@dataclass
class SourceReport:
    source_id: str
    pages_fetched: int = 0
    new_articles: int = 0
    skipped_known: int = 0
    not_modified: int = 0
    discovery_unavailable: int = 0
    skipped_gone: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    warning: str | None = None
    archive: bool = False  # the portal no longer publishes: never flagged as gone quiet
    moved_to: str | None = None  # "<successor id> (<first URL>)" when the archive redirects to its successor
    moved_pages: int = 0

    @property
    def articles_seen(self) -> int:
        """New articles plus links to known ones: what a healthy source shows every night."""
        return self.new_articles + self.skipped_known

    @property
    def unreachable(self) -> bool:
        """Every request failed before any server answered (refused, timed out, no such host)."""
        answered = self.pages_fetched + self.not_modified + sum(n for kind, n in self.errors.items() if kind.startswith("http_"))
        return answered == 0 and any(not kind.startswith("http_") and kind not in NOT_FAILURES for kind in self.errors)


@dataclass
class CrawlReport:
    run_id: str
    started: str
    finished: str
    max_pages: int | None
    sources: list[SourceReport]
    # The run stopped requesting because it reached --max-pages, not because it ran out of pages.
    stopped_at_limit: bool = False

    @property
    def no_source_reached(self) -> bool:
        return bool(self.sources) and all(s.unreachable for s in self.sources)

    @property
    def new_articles(self) -> int:
        return sum(s.new_articles for s in self.sources)

    @property
    def known_articles(self) -> int:
        return sum(s.skipped_known for s in self.sources)

    @property
    def not_modified(self) -> int:
        return sum(s.not_modified for s in self.sources)

    @property
    def failed_pages(self) -> int:
        return sum(n for s in self.sources for kind, n in s.errors.items() if kind not in NOT_FAILURES)

    def summary(self) -> str:
        # Known links and 304 answers are what a healthy incremental run mostly sees: counted, so
        # that "0 new articles" reads as a quiet night and not as a crawl that did nothing.
        lines = [
            f"crawl {self.run_id}: {self.new_articles} new articles, {self.known_articles} known, "
            f"{self.not_modified} pages not modified, {self.failed_pages} failed pages"
        ]
        for s in self.sources:
            errors = ", ".join(f"{kind} {n}" for kind, n in sorted(s.errors.items())) or "no errors"
            lines.append(
                f"  {s.source_id}: {s.pages_fetched} pages, {s.new_articles} new articles, {s.skipped_known} known, "
                f"{s.not_modified} not modified, {errors}"
            )
            if s.moved_to:
                lines.append(f"  > {s.source_id}: moved to {s.moved_to}, {s.moved_pages} pages redirect there")
            if s.warning:
                lines.append(f"  ! {s.source_id}: {s.warning}")
        if self.no_source_reached:
            lines.append(f"! no source could be reached ({len(self.sources)} tried): check this machine's network, proxy or DNS")
        elif self.stopped_at_limit:
            lines.append(f"  (stopped at --max-pages {self.max_pages}; sources not reached in time are not flagged)")
        return "\n".join(lines)


def new_run_id() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(2)


def settings_module_for(sources: list[Source]) -> str:
    """Loopback fixture portals need no politeness delays; every real portal gets them."""
    def loopback(url: str) -> bool:
        host = urlsplit(url).hostname or ""
        try:
            return host == "localhost" or ipaddress.ip_address(host).is_loopback
        except ValueError:
            return False

    local = all(loopback(url) for s in sources for url in s.start_urls)
    return "crawler.settings.local" if local else "crawler.settings.base"


def crawl(
    sources: list[Source],
    data_dir: str | Path,
    max_pages: int | None = None,
    redis_url: str | None = None,
    redis_key: str | None = None,
    search_keywords: tuple[str, ...] = DEFAULT_SEARCH_KEYWORDS,
    allow_private_networks: bool = False,
) -> CrawlReport:
    """Crawl `sources` into `data_dir`; returns the report (also written under DIR/reports/).

    With `redis_url`, this process is one of several workers sharing a frontier and seen-set
    in Redis under `redis_key` (start every worker of one crawl with the same key); workers may
    share the data dir, each writing its own WARC file.

    Must run at most once per process: Scrapy's Twisted reactor cannot be restarted.
    """
    data_dir = Path(data_dir)
    store = CaptureStore(data_dir)
    run_id = new_run_id()
    started = datetime.now(timezone.utc).isoformat()
    # Workers of one Redis crawl run side by side by design; plain runs exclude each other.
    lock = store.lock(f"crawl-worker-{run_id}" if redis_url else "crawl")
    with lock:
        store.recover()
        store.remember_sources(sources)
        captured = store.captured_urls()
        page_states = store.page_states()
        gone = store.gone_urls(GONE_RECHECK_DAYS)
        store.close()

        (data_dir / "logs").mkdir(exist_ok=True)
        settings = Settings()
        settings.setmodule(settings_module_for(sources), priority="project")
        settings.set("VNCORPUS_DATA_DIR", str(data_dir), priority="cmdline")
        settings.set("VNCORPUS_RUN_ID", run_id, priority="cmdline")
        settings.set("VNCORPUS_ALLOW_PRIVATE_NETWORKS", allow_private_networks, priority="cmdline")
        settings.set("LOG_FILE", str(data_dir / "logs" / f"crawl-{run_id}.log"), priority="cmdline")
        if redis_url:
            settings.setdict(redis_settings(redis_url, redis_key or datetime.now(timezone.utc).strftime("%Y-%m-%d")), priority="cmdline")
        process = CrawlerProcess(settings)
        crawler = process.create_crawler(PortalSpider)
        process.crawl(crawler, sources=sources, captured_urls=captured, gone_urls=gone, page_states=page_states, max_pages=max_pages, search_keywords=search_keywords)
        process.start()
        if redis_url:
            _expire_redis_keys(settings)

    spider: PortalSpider = crawler.spider
    report = CrawlReport(
        run_id=run_id,
        started=started,
        finished=datetime.now(timezone.utc).isoformat(),
        max_pages=max_pages,
        stopped_at_limit=max_pages is not None and spider.requested >= max_pages,
        sources=[
            SourceReport(
                source_id=s.id,
                pages_fetched=spider.stats_by_source[s.id]["pages_fetched"],
                new_articles=spider.stats_by_source[s.id]["articles"],
                skipped_known=spider.stats_by_source[s.id]["skipped_known"],
                not_modified=spider.stats_by_source[s.id]["not_modified"],
                discovery_unavailable=spider.stats_by_source[s.id]["discovery_unavailable"],
                skipped_gone=spider.stats_by_source[s.id]["skipped_gone"],
                errors=dict(spider.errors_by_source[s.id]),
                archive=s.status == "archive",
                moved_to=f"{s.successor} ({spider.moved_to[s.id]})" if s.id in spider.moved_to else None,
                moved_pages=spider.stats_by_source[s.id]["moved_to_successor"],
            )
            for s in sources
        ],
    )
    flag_sources_gone_quiet(report, previous_report(data_dir))
    write_json_atomic(data_dir / "reports" / f"crawl-{run_id}.json", asdict(report))
    return report


def previous_report(data_dir: Path) -> dict | None:
    reports = sorted((data_dir / "reports").glob("crawl-*.json"))
    if not reports:
        return None
    try:
        return json.loads(reports[-1].read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def flag_sources_gone_quiet(report: CrawlReport, previous: dict | None) -> None:
    """A source that showed articles last run and none now has most likely changed its markup
    or its addresses: the one thing an operator must hear about the morning after. An archive
    (a portal that no longer publishes) is expected to fall silent, and a run that stopped at its
    own page limit says nothing about the sources it had no time for."""
    if not previous or report.stopped_at_limit:
        return
    before = {
        s["source_id"]: s.get("new_articles", 0) + s.get("skipped_known", 0) for s in previous.get("sources", [])
    }
    for source in report.sources:
        if not source.archive and source.articles_seen == 0 and before.get(source.source_id, 0) > 0:
            source.warning = f"found no articles this run, {before[source.source_id]} last run: check the portal's markup or address"


def redis_settings(url: str, key: str) -> dict:
    """scrapy-redis as the scheduler and duplicate filter: one frontier and one seen-set for all
    workers. Keys are per crawl (`key`) and persist while any worker runs; each worker sets them
    to expire two days after it ends, so the next night's crawl starts with an empty seen-set."""
    import redis

    prefix = f"vncorpus:{key}"
    try:
        redis.Redis.from_url(url).ping()
    except (redis.RedisError, ValueError) as exc:
        raise UserError(f"cannot reach Redis at {url}: {exc}") from None
    return {
        "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.FifoQueue",
        "SCHEDULER_QUEUE_KEY": f"{prefix}:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{prefix}:dupefilter",
        "REDIS_URL": url,
    }


def _expire_redis_keys(settings: Settings) -> None:
    import redis

    server = redis.Redis.from_url(settings["REDIS_URL"])
    for key in (settings["SCHEDULER_QUEUE_KEY"], settings["SCHEDULER_DUPEFILTER_KEY"]):
        server.expire(key, 2 * 24 * 3600)
