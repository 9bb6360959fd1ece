"""An archive crawl: for each source and archive, list what the archive captured under the
source's hosts (cdx.py), choose per URL the latest 200 HTML capture in the time window, fetch its
original bytes and store it as a live fetch is stored, plus provenance (store.py's
Vncorpus-Capture-Source, -Archived-At, -Archive-Url headers).

A capture is an article exactly as in a live crawl (crawler.pagekind.classify). One story is one
article: a URL already captured (live or from another archive) is not fetched again, since its
article_id is its URL's; a page that tells a story already captured under another address of the
source is that story again (the stories table the live crawl keeps too)."""
from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import asdict
from datetime import datetime, timezone
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

from scrapy.http import HtmlResponse

from vncorpus.crawler import urls
from vncorpus.crawler.archives.cdx import Query, list_pages
from vncorpus.crawler.archives.commoncrawl import DEFAULT_DATA_URL as CC_DATA_URL, DEFAULT_INDEX_URL as CC_INDEX_URL, CommonCrawl
from vncorpus.crawler.archives.http import ArchiveError, Client, OverBudget
from vncorpus.crawler.archives.state import ArchiveState, Chosen
from vncorpus.crawler.archives.wayback import DEFAULT_URL as WAYBACK_URL, Wayback
from vncorpus.crawler.atomic import write_json_atomic
from vncorpus.crawler.charset import browser_content_type
from vncorpus.crawler.models import Capture, Source, normalize_url
from vncorpus.crawler.pagekind import classify
from vncorpus.crawler.report import ArchiveReport, CrawlReport
from vncorpus.crawler.sniff import looks_like_html
from vncorpus.crawler.store import CaptureStore, StoryKey

# Outcomes of a chosen capture (state.archive_fetched), as the report counts them.
ARTICLE, NOT_ARTICLE, SAME_STORY, FRUITLESS = "article", "not article", "same story", "fruitless shape"
# Captures of one URL shape (crawler.urls.shape) fetched, none an article, before the rest of the
# shape is left unfetched: an archive lists every listing page, tag, print view and calendar day the
# portal ever had, and without this each costs a request. More than the live crawl's sample
# (crawler.learn.SHAPE_SAMPLE): here no link or listing vouches for a URL, the shape is all there is.
SHAPE_SAMPLE = 10


class Archive(Protocol):
    name: str

    def endpoints(self, client: Client, since: str, until: str) -> list[str]: ...
    def locate(self, row: dict) -> str: ...
    def fetch(self, client: Client, chosen: Chosen) -> tuple[int, dict[str, str], bytes, str]: ...


def window(since: int | None, until: int | None) -> tuple[str, str]:
    """The capture-time window as CDX timestamps, from the start of year `since` to the end of year
    `until`; '' for an open end, which the listing's query leaves out, so that a cursor keyed on it
    is the same in every run."""
    return (f"{since}0101000000" if since else "", f"{until}1231235959" if until else "")


def crawl_archives(
    sources: list[Source], data_dir: str | Path, archives: dict[str, Archive], run_id: str,
    since: int | None = None, until: int | None = None, max_requests: int | None = None, as_named: bool = False,
) -> CrawlReport:
    """Read each source's past from `archives` (name -> archive) into `data_dir`: from every one
    given, or with `as_named` from those the source names (its sources-file key `archives`).
    At most `max_requests` requests are made; a run stopped so, or killed, is taken up by the next
    where it stopped. Returns the report, also written to DIR/reports/."""
    data_dir = Path(data_dir)
    client = Client(max_requests)
    started = datetime.now(timezone.utc).isoformat()
    low, high = window(since, until)
    store = CaptureStore(data_dir)
    reports: list[ArchiveReport] = []
    with store.lock("crawl"):
        store.recover()
        store.remember_sources(sources)
        captured = {normalize_url(url) for url in store.captured_urls()}
        stories = store.stories()
        appender = store.writer(run_id)
        try:
            for source in sources:
                for archive in archives.values():
                    if as_named and archive.name not in source.archives:
                        continue
                    report = ArchiveReport(source.id, archive.name)
                    reports.append(report)
                    before = client.requests
                    try:
                        _read_source(source, archive, store, appender, client, captured, stories.setdefault(source.id, {}), (low, high), report)
                    except OverBudget as exc:
                        report.stopped = str(exc)
                    except ArchiveError as exc:
                        report.error = str(exc)
                    report.requests = client.requests - before
        finally:
            appender.close()
            store.close()
    crawled = CrawlReport(
        run_id=run_id, started=started, finished=datetime.now(timezone.utc).isoformat(), max_pages=None, sources=[], archives=reports,
    )
    write_json_atomic(data_dir / "reports" / f"crawl-{run_id}.json", asdict(crawled))
    return crawled


def _read_source(source, archive: Archive, store, appender, client, captured: set[str], stories: dict[str, str], span, report: ArchiveReport) -> None:
    state = ArchiveState(store.db, source.id, archive.name)
    for endpoint in archive.endpoints(client, *span):
        for prefix in sorted({urlsplit(url).netloc.lower() + "/" for url in source.start_urls}):
            for _ in list_pages(client, state, Query(endpoint, prefix, *span), archive.locate):
                report.listing_pages += 1
    report.listed = state.listed()
    chosen = state.choose(*span)
    report.chosen = len(chosen)
    report.revisions = sum(c.revisions for c in chosen)
    done = state.outcomes()
    tried: Counter = Counter()
    fruitful: Counter = Counter()
    for (url, _), outcome in done.items():
        tried[urls.shape(url)] += outcome != FRUITLESS
        fruitful[urls.shape(url)] += outcome == ARTICLE
    for capture in chosen:
        if (capture.url, capture.timestamp) in done:
            continue  # settled by an earlier run
        if normalize_url(capture.url) in captured:
            report.known += 1  # captured live, or from another archive: the same article
            continue
        shape = urls.shape(capture.url)
        if tried[shape] >= SHAPE_SAMPLE and not fruitful[shape]:
            report.fruitless += 1
            state.save_outcome(capture, FRUITLESS)
            continue
        outcome = _fetch_one(source, archive, capture, appender, store, client, stories)
        report.fetched += 1
        tried[shape] += 1
        if outcome == ARTICLE:
            fruitful[shape] += 1
            captured.add(normalize_url(capture.url))
            report.articles += 1
        elif outcome == SAME_STORY:
            report.same_story += 1
        elif outcome == NOT_ARTICLE:
            report.not_article += 1
        else:
            report.failed += 1
            report.failures.setdefault(outcome, capture.url)
        state.save_outcome(capture, outcome)


def _fetch_one(source: Source, archive: Archive, chosen: Chosen, appender, store, client, stories: dict[str, str]) -> str:
    try:
        status, headers, body, address = archive.fetch(client, chosen)
    except OverBudget:
        raise
    except ArchiveError as exc:
        return f"failed: {exc}"
    if status != 200:
        return f"failed: HTTP {status}"
    content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), None)
    if not body.strip() or not looks_like_html(body):
        return NOT_ARTICLE
    # Read as the live crawl reads a page (crawler.middlewares.BrowserCharsetMiddleware).
    declared = browser_content_type(content_type, body)
    response = HtmlResponse(chosen.url, body=body, headers={"Content-Type": declared} if declared else {})
    page = classify(chosen.url, response.selector)
    if page.kind != "article":
        return NOT_ARTICLE
    if page.story is not None:
        if stories.get(page.story, chosen.url) != chosen.url:
            return SAME_STORY
        stories[page.story] = chosen.url
        store.save_story(StoryKey(source.id, page.story, chosen.url))
    appender.write(Capture(
        record_id=f"<urn:uuid:{uuid.uuid4()}>", url=chosen.url, source_id=source.id, status=status, headers=headers,
        fetched_at=datetime.now(timezone.utc), body=body, capture_source=archive.name,
        archived_at=datetime.strptime(chosen.timestamp[:14].ljust(14, "0"), "%Y%m%d%H%M%S").replace(tzinfo=timezone.utc),
        archive_url=address,
    ))
    return ARTICLE


def archives_for(
    names: list[str], wayback_url: str | None = None, cc_index_url: str | None = None, cc_data_url: str | None = None,
) -> dict[str, Archive]:
    """The archives named, at the addresses given (the public services by default)."""
    made: dict[str, Archive] = {}
    if Wayback.name in names:
        made[Wayback.name] = Wayback(wayback_url or WAYBACK_URL)
    if CommonCrawl.name in names:
        made[CommonCrawl.name] = CommonCrawl(cc_index_url or CC_INDEX_URL, cc_data_url or CC_DATA_URL)
    return made
