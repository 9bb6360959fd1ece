"""The portal spider: from each source's start URLs through listings to article pages.

Every fetched page is classified by its source's platform; only article pages are captured.
Links are followed only on the source's own hosts (host and port) and only when the platform
says they can lead to articles.

A nightly run re-reads as little as it can: URLs already captured are not requested again;
listing pages are requested conditionally (ETag / Last-Modified) and, when the server answers
304 Not Modified, the links they had last time are followed instead; and a listing page whose
articles are all known already does not lead on to its older pages.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone

import scrapy
from scrapy.http import HtmlResponse, Response
from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import ConnectionRefusedError, DNSLookupError, TCPTimedOutError, TimeoutError

from crawler.sniff import looks_like_html
from crawler.models import Source, netloc_of, normalize_url
from crawler import discovery
from crawler.pagelinks import page_links
from crawler.platforms import PLATFORMS
from crawler.platforms.base import SKIP_URL
from crawler.store import GoneLink, PageState


@dataclass
class CapturedResponse:
    """An article page's response, to be written to the run's WARC file."""

    url: str
    source_id: str
    status: int
    headers: dict[str, str]
    body: bytes
    fetched_at: datetime


class PortalSpider(scrapy.Spider):
    name = "portal"

    def __init__(
        self,
        sources: list[Source],
        captured_urls: set[str] = frozenset(),
        gone_urls: set[str] = frozenset(),
        page_states: dict[str, PageState] | None = None,
        max_pages: int | None = None,
        search_keywords: tuple[str, ...] = discovery.DEFAULT_SEARCH_KEYWORDS,
        **kwargs,
    ):
        super().__init__(**kwargs)
        self.sources = {s.id: s for s in sources}
        self.captured = {normalize_url(u) for u in captured_urls}
        self.gone = set(gone_urls)
        self.page_states = page_states or {}
        self.max_pages = max_pages
        self.search_keywords = tuple(search_keywords)
        self.requested = 0
        self.stats_by_source: dict[str, Counter] = defaultdict(Counter)
        self.errors_by_source: dict[str, Counter] = defaultdict(Counter)
        self.moved_to: dict[str, str] = {}  # archive source id → the first successor URL it redirected to
        self.allowed_domains = sorted({netloc.split(":")[0] for s in sources for netloc in s.hosts})

    async def start(self):
        for source in self.sources.values():
            platform = PLATFORMS[source.platform]
            entry_points = [
                *((url, False) for url in source.start_urls),
                *((url, True) for url in discovery.well_known_entry_points(source)),
                *((url, True) for url in discovery.search_urls(source, platform.search_path, self.search_keywords)),
            ]
            for url, is_discovery in entry_points:
                request = self._request(source, url, is_discovery=is_discovery)
                if request is not None:
                    yield request

    def note_redirect(self, source_id: str, location: str) -> None:
        """An archive forwarding to the portal that publishes in its place has moved, not failed."""
        source = self.sources.get(source_id)
        if source and self._on_successor(source, location):
            self.stats_by_source[source_id]["moved_to_successor"] += 1
            self.moved_to.setdefault(source_id, location)

    def _on_successor(self, source: Source, url: str) -> bool:
        successor = self.sources.get(source.successor) if source.successor else None
        return bool(successor and netloc_of(url) in successor.hosts)

    def parse(self, response: Response, source_id: str):
        source = self.sources[source_id]
        counts = self.stats_by_source[source_id]
        if response.status == 304:
            counts["not_modified"] += 1
            yield from self._follow(source, self.page_states[response.request.meta["state_url"]].links)
            return
        counts["pages_fetched"] += 1
        if netloc_of(response.url) not in source.hosts:
            if not self._on_successor(source, response.url):  # those were counted as moved when redirected
                counts["redirected_off_source"] += 1
            return
        platform = PLATFORMS[source.platform]
        listed = self._listed_links(response, source)
        if listed is not None:
            # The site itself lists these (sitemap, feed, robots.txt): follow them whatever their shape.
            yield PageState(response.url, _header(response, b"ETag"), _header(response, b"Last-Modified"), tuple(listed))
            yield from self._follow(source, listed, is_discovery=True)
            return
        problem = _not_a_page(response)
        if problem:
            self.errors_by_source[source_id][problem] += 1
            return
        links = [url for url in page_links(response) if netloc_of(url) in source.hosts and platform.should_follow(url)]
        feeds = [response.urljoin(href) for href in response.xpath(discovery.FEED_LINK_XPATH).getall()]
        yield from self._follow(source, [url for url in feeds if netloc_of(url) in source.hosts], is_discovery=True)
        if platform.is_article(response.url, response):
            counts["articles"] += 1
            self.captured.add(normalize_url(response.url))
            yield CapturedResponse(
                url=response.url,
                source_id=source_id,
                status=response.status,
                headers={k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()},
                body=response.body,
                fetched_at=datetime.now(timezone.utc),
            )
        else:
            yield PageState(
                url=response.url,
                etag=_header(response, b"ETag"),
                last_modified=_header(response, b"Last-Modified"),
                links=tuple(links),
            )
            if platform.reached_known_articles(links, self.captured):
                counts["listings_stopped_at_known"] += 1
                links = [url for url in links if not platform.is_pagination(url)]
        yield from self._follow(source, links)

    def _listed_links(self, response: Response, source: Source) -> list[str] | None:
        """Links from robots.txt Sitemap: lines, a sitemap or a feed; None for any other page."""
        if response.url.endswith("/robots.txt"):
            urls = discovery.sitemaps_in_robots(response)
        else:
            body = discovery.xml_body(response)
            if body is None:
                return None
            urls = discovery.links_from_xml(body, response.url)
        return [url for url in urls if netloc_of(url) in source.hosts and not SKIP_URL.search(url)]

    def _follow(self, source: Source, urls, is_discovery: bool = False):
        for url in urls:
            request = self._request(source, url, is_discovery=is_discovery)
            if request is not None:
                yield request

    def _request(self, source: Source, url: str, is_discovery: bool = False) -> scrapy.Request | None:
        if normalize_url(url) in self.captured:
            self.stats_by_source[source.id]["skipped_known"] += 1
            return None
        if url in self.gone:
            self.stats_by_source[source.id]["skipped_gone"] += 1
            return None
        if self.max_pages is not None and self.requested >= self.max_pages:
            return None
        self.requested += 1
        headers: dict[str, str] = {}
        meta: dict = {"discovery": is_discovery}
        state = self.page_states.get(url)
        if state is not None:
            if state.etag:
                headers["If-None-Match"] = state.etag
            if state.last_modified:
                headers["If-Modified-Since"] = state.last_modified
            meta.update(handle_httpstatus_list=[304], state_url=url)
        return scrapy.Request(
            url,
            callback=self.parse,
            errback=self.failed,
            headers=headers,
            meta=meta,
            cb_kwargs={"source_id": source.id},
        )

    def failed(self, failure):
        source_id = failure.request.cb_kwargs["source_id"]
        if failure.request.meta.get("discovery"):
            # A portal without a sitemap, feed or search page is normal, not a failure.
            self.stats_by_source[source_id]["discovery_unavailable"] += 1
            return
        kind = error_kind(failure)
        self.errors_by_source[source_id][kind] += 1
        if kind in ("http_404", "http_410"):
            yield GoneLink(failure.request.url, int(kind[5:]))


def _not_a_page(response: Response) -> str | None:
    """"empty" or "not_html" for responses that cannot hold an article, whatever their
    Content-Type claims (portals serve PDFs and empty bodies as text/html)."""
    if not response.body.strip():
        return "empty"
    if not isinstance(response, HtmlResponse) or not looks_like_html(response.body):
        return "not_html"
    return None


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


# Recent Scrapy releases wrap Twisted's download errors in its own types; these map them to the same
# kinds as the Twisted ones checked first in error_kind, whichever Scrapy is installed.
_SCRAPY_FAILURE_KINDS = {
    "DownloadTimeoutError": "timeout",
    "CannotResolveHostError": "dns",
    "DownloadConnectionRefusedError": "connection_refused",
    "DownloadCancelledError": "too_large",  # raised when a body passes DOWNLOAD_MAXSIZE
    "ResponseDataLossError": "data_loss",
    "AddressRefused": "address_refused",  # crawler/addresses.py: a private or metadata address
}


def error_kind(failure) -> str:
    """A short, stable name for why a request failed, for the run report."""
    if failure.check(HttpError):
        return f"http_{failure.value.response.status}"
    if failure.check(TimeoutError, TCPTimedOutError):
        return "timeout"
    if failure.check(DNSLookupError):
        return "dns"
    if failure.check(ConnectionRefusedError):
        return "connection_refused"
    if failure.check(IgnoreRequest) and "robots.txt" in str(failure.value):
        return "robots_forbidden"
    return _SCRAPY_FAILURE_KINDS.get(failure.type.__name__, failure.type.__name__)
