"""Run one crawl: sources in, WARC captures and a run report out."""
from __future__ import annotations

import ipaddress
import secrets
from dataclasses import asdict
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from vncorpus.crawler.errors import UserError
from vncorpus.crawler.atomic import write_json_atomic
from vncorpus.crawler.models import Source
from vncorpus.crawler.discovery import DEFAULT_SEARCH_KEYWORDS
from vncorpus.crawler.report import CrawlReport, flag_sources_gone_quiet, previous_report, source_report
from vncorpus.crawler.spider import PortalSpider
from vncorpus.crawler.store import CaptureStore


# A 404/410 link is not asked for again until this many days have passed.
GONE_RECHECK_DAYS = 30


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
    return "vncorpus.crawler.settings.local" if local else "vncorpus.crawler.settings.base"


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
    store = CaptureStore(data_dir, thorough=True)
    set_aside = store.set_aside
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
        learned = store.learned_shapes()
        walked = store.walked_sources()
        stories = store.stories()
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
        process.crawl(
            crawler, sources=sources, captured_urls=captured, gone_urls=gone, page_states=page_states, learned=learned,
            max_pages=max_pages, page_budget=settings.getint("VNCORPUS_PAGE_BUDGET") or None,
            budget_per_article=settings.getint("VNCORPUS_PAGE_BUDGET_PER_ARTICLE"),
            trap_patience=settings.getint("VNCORPUS_TRAP_PATIENCE"), walked=walked, stories=stories, search_keywords=search_keywords,
        )
        process.start()
        if redis_url:
            _expire_redis_keys(settings)
        spider = crawler.spider
        assert isinstance(spider, PortalSpider)  # the crawler was made for it above
        store = CaptureStore(data_dir)
        store.save_learned_shapes({s.id: spider.learned[s.id].to_json() for s in sources})
        store.save_walked([s.id for s in sources if spider.walked_whole(s.id)], run_id)
        store.close()

    report = CrawlReport(
        run_id=run_id,
        started=started,
        finished=datetime.now(timezone.utc).isoformat(),
        max_pages=max_pages,
        stopped_at_limit=max_pages is not None and spider.requested >= max_pages,
        sources=[source_report(s, spider) for s in sources],
        index_set_aside=str(set_aside.relative_to(data_dir)) if set_aside else None,
    )
    flag_sources_gone_quiet(report, previous_report(data_dir))
    write_json_atomic(data_dir / "reports" / f"crawl-{run_id}.json", asdict(report))
    return report


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
