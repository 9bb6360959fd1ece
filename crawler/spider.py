"""The portal spider: from each source's start URLs to every article, each captured once.

Every same-source link is a candidate. Before a request, a link is cleaned (crawler.urls) and
dropped if it is only another view of a page (print, download, reply, theme, AMP, pop-up), if
its address proves it is no page of the source (a file, a log-in or back-end page), or if its
shape has proved fruitless on this source (crawler.learn). What is left is ordered: sitemaps
and feeds, article candidates, listings and their pagination, the rest, and last the suspect
shapes (calendars, searches, sort orders, long queries), with the shapes this source has shown
articles under first. Every fetched page is classified by what it is (crawler.pagekind);
only articles are captured, whatever their URL looks like and whatever the platform key says.

A first crawl walks every listing to its end: no depth limit, and the articles already captured
in the same run stop nothing, since the newest stories a home page shows are the first page of
every listing. A source's crawl is bounded instead by what it yields: a source whose pages stop
showing articles (a maze of generated pages, a calendar without end) is first put behind every
other source and then stopped (a trap), and a budget that grows with its articles bounds the rest.

A nightly run re-reads as little as it can: captured articles, and the addresses that redirected
to them, are not requested again; pages whose kind cannot lead to anything new (static, tag,
search, alternate, other) are not requested again; listings are requested conditionally (ETag /
Last-Modified) and, when the server answers 304 Not Modified, the links they had last time are
followed instead; and once a source has been walked whole, a listing whose article-shaped links
are all captured by earlier runs does not lead on to its older pages.
"""
from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy import signals
from scrapy.http import HtmlResponse, Response

from vncorpus.crawler import discovery, forms, scripts, urls
from vncorpus.crawler.failures import failure_kind
from vncorpus.crawler.learn import SourceShapes
from vncorpus.crawler.models import Capture, Source, netloc_of, normalize_url
from vncorpus.crawler.pagekind import PageKind, classify
from vncorpus.crawler.pagelinks import page_links
from vncorpus.crawler.sniff import looks_like_html
from vncorpus.crawler.platforms import PLATFORMS
from vncorpus.crawler.store import GoneLink, PageState, StoryKey

# Kinds of page that never lead to a new article on a later run: not requested again. An address
# whose state is "article" redirected to an article captured under its final address.
SETTLED_KINDS = frozenset({"static", "tag", "search", "alternate", "other", "article"})

# Request priorities (higher first): the order in which a source is explored. A listing's articles
# come before its next page, so what a listing yields is known before the crawl goes deeper (and
# the frontier holds pages, not thousands of waiting articles).
PRIORITY = {"start": 500, "entry": 400, "feed": 400, "learned article": 350, "article": 300, "listing": 250, None: 100, "tag": 50, "suspect": 10}

# Nearest misses kept per source for the report of a source that yields no article.
NEAREST_MISSES = 5

# A source whose last TRAP_PATIENCE fetched pages showed no article at all (none was one, none
# linked to one) is a trap and is stopped; from half that many on, its requests wait behind every
# other source's. Real portal pages nearly all link to some story (a "Tin mới" column, a listing):
# a page that shows none is a generated page, and hundreds of them in a row are a maze.
TRAP_PATIENCE = 200


class PortalSpider(scrapy.Spider):
    name = "portal"

    def __init__(
        self,
        sources: list[Source],
        captured_urls: Iterable[str] = (),
        gone_urls: Iterable[str] = (),
        page_states: dict[str, PageState] | None = None,
        learned: dict[str, dict] | None = None,
        max_pages: int | None = None,
        page_budget: int | None = None,
        budget_per_article: int = 0,
        walked: Iterable[str] = (),
        stories: dict[str, dict[str, str]] | None = None,
        search_keywords: tuple[str, ...] = discovery.DEFAULT_SEARCH_KEYWORDS,
        trap_patience: int = TRAP_PATIENCE,
        **kwargs,
    ):
        super().__init__(**kwargs)
        self.sources = {s.id: s for s in sources}
        self.captured = {normalize_url(u) for u in captured_urls}
        # Known before this run: only these can say a listing's older pages hold nothing new.
        self.captured_before = frozenset(self.captured)
        # Sources whose listings an earlier run followed to their ends (crawler.store.walked_sources).
        self.walked = frozenset(walked)
        # Per source, story identity (PageKind.story) -> the URL it was captured under.
        self.stories: dict[str, dict[str, str]] = defaultdict(dict, {k: dict(v) for k, v in (stories or {}).items()})
        self.gone = {normalize_url(u) for u in gone_urls}
        self.page_states = {normalize_url(url): state for url, state in (page_states or {}).items()}
        self.learned = {s.id: SourceShapes.from_json((learned or {}).get(s.id, {})) for s in sources}
        self.max_pages = max_pages
        self.page_budget = page_budget
        self.budget_per_article = budget_per_article
        self.search_keywords = tuple(search_keywords)
        self.trap_patience = trap_patience
        self.drought: Counter = Counter()  # per source, fetched pages in a row that showed no article
        self.stopped: dict[str, str] = {}  # source id → why it was stopped as a trap
        self.requested = 0
        self.requested_by_source: Counter = Counter()
        self.seen: set[str] = set()
        self.known_linked: set[str] = set()  # captured articles linked this run
        self.stats_by_source: dict[str, Counter] = defaultdict(Counter)
        self.errors_by_source: dict[str, Counter] = defaultdict(Counter)
        self.error_examples: dict[str, dict[str, str]] = defaultdict(dict)  # source id → kind → a URL
        self.robots_notes: dict[str, list[str]] = defaultdict(list)  # host → what its robots.txt did
        self.robots_forbade: Counter = Counter()  # host → pages its robots.txt forbade
        self.moved_to: dict[str, str] = {}  # archive source id → the first successor URL it redirected to
        self.kinds_by_source: dict[str, Counter] = defaultdict(Counter)
        self.fruitless_by_source: dict[str, Counter] = defaultdict(Counter)  # shape -> links declined as fruitless
        self.misses_by_source: dict[str, list[tuple[int, str, tuple[str, ...]]]] = defaultdict(list)
        self.allowed_domains = sorted({netloc.split(":")[0] for s in sources for netloc in s.hosts})

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider._robots_parsed, signal=signals.robots_parsed)
        crawler.signals.connect(spider._dropped, signal=signals.request_dropped)
        return spider

    async def start(self):
        for source in self.sources.values():
            platform = PLATFORMS[source.platform]
            entry_points = [
                *((url, "start") for url in source.start_urls),
                *((url, "entry") for url in discovery.well_known_entry_points(source)),
                *((url, "entry") for url in discovery.search_urls(source, platform.search_path, self.search_keywords)),
            ]
            for url, purpose in entry_points:
                request = self._request(source, url, purpose)
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

    def note_robots(self, host: str, what: str) -> None:
        """What a host's robots.txt did to the crawl (crawler.robots), for the report."""
        if what == "forbade":
            self.robots_forbade[host] += 1
        elif what not in self.robots_notes[host]:
            self.robots_notes[host].append(what)

    def robots_report(self, source: Source) -> dict[str, str]:
        """Per host of the source whose robots.txt limited or stopped the crawl: how."""
        notes = {}
        for host in sorted(source.hosts):
            said = list(self.robots_notes.get(host, ()))
            if self.robots_forbade[host]:
                said.append(f"forbade {self.robots_forbade[host]} pages")
            if said:
                notes[host] = "; ".join(said)
        return notes

    def _robots_parsed(self, robotparser, request):
        """robots.txt is fetched once per host, by Scrapy's robots middleware: its Sitemap:
        lines are read from that parse instead of asking for the file a second time."""
        source = self.sources.get(request.cb_kwargs.get("source_id", ""))
        if source is None:
            return
        for listed in getattr(getattr(robotparser, "rp", None), "sitemaps", ()):
            url = urljoin(request.url, listed)
            if netloc_of(url) in source.hosts:
                follow = self._request(source, url, "entry")
                if follow is not None:
                    self.crawler.engine.crawl(follow)

    # ---- responses -----------------------------------------------------------------------

    def parse(self, response: Response, source_id: str):
        items = list(self._read_page(response, source_id))
        self._answered(response.meta, source_id, new_article=any(isinstance(item, Capture) for item in items))
        yield from items

    def _answered(self, meta: dict, source_id: str, new_article: bool = False) -> None:
        """What a link's request came to, credited to the shape of the page that gave the link."""
        if meta.get("via") is not None:
            self.learned[source_id].answered(meta["via"], meta["shape"], new_article)

    def _dropped(self, request, spider=None) -> None:
        """A request the scheduler dropped (a redirect to a page already asked for) is answered too."""
        if "source_id" in request.cb_kwargs:
            self._answered(request.meta, request.cb_kwargs["source_id"])

    def _read_page(self, response: Response, source_id: str):
        source = self.sources[source_id]
        counts = self.stats_by_source[source_id]
        if response.status == 304:
            counts["not_modified"] += 1
            state = self.page_states[response.meta["state_url"]]
            self._showed(source_id, response.url, self._shows_article(state.links))
            yield from self._follow_from(source, state.kind or "listing", list(state.links), learned_shape(state.url))
            return
        counts["pages_fetched"] += 1
        if netloc_of(response.url) not in source.hosts:
            if not self._on_successor(source, response.url):  # those were counted as moved when redirected
                counts["redirected_off_source"] += 1
            return
        if "endpoint" in response.meta:
            yield from self._endpoint_answer(source, response)
            return
        listed = self._listed_links(response, source)
        if listed is not None:
            # The site itself lists these (sitemap, feed): follow them whatever their shape.
            self.kinds_by_source[source_id]["feed"] += 1
            yield PageState(response.url, _header(response, b"ETag"), _header(response, b"Last-Modified"), tuple(listed), "feed")
            yield from self._follow(source, listed, "listed")
            return
        problem = _not_a_page(response)
        if problem:
            self._failed(source_id, problem, response.url)
            return
        assert isinstance(response, HtmlResponse)  # what _not_a_page lets through
        if response.meta.get("redirect_urls") and urls.refused(response.url):
            # A page that sends visitors to a log-in form: that is all it will ever do.
            page = PageKind("other", 0, ("redirected to a log-in page",))
        else:
            page = classify(response.url, response.selector)
        if page.kind == "article" and response.meta.get("postback"):
            # A posted-back page has no address of its own to capture it under.
            page = replace(page, kind="listing", reasons=(*page.reasons, "a form's answer, not an address"))
        if page.kind == "article" and page.story in self.stories[source_id]:
            # The story again under another address (a layout, a print view, a share link).
            counts["same_story"] += 1
            page = replace(page, kind="alternate", reasons=(*page.reasons, f"the story captured at {self.stories[source_id][page.story]}"))
        links = self._links_of(response, source)
        self._showed(source_id, response.url, page.kind == "article" or self._shows_article(links))
        if response.meta.get("purpose") == "start":
            # The sitemaps of the CMS the page shows, kept with its links so that a rerun answered
            # 304 Not Modified asks for them again.
            links += [url for url in discovery.platform_sitemaps(response.url, response.text, PLATFORMS.values()) if url not in links]
        here = learned_shape(response.url)
        follow = list(self._follow_from(source, page.kind, links, here, response))
        if page.kind != "article":
            # An article's own feed lists its comments; a listing's feed lists articles.
            feeds = [response.urljoin(href) for href in response.xpath(discovery.FEED_LINK_XPATH).getall()]
            follow += self._follow(source, [url for url in feeds if netloc_of(url) in source.hosts], "entry")
            follow += self._follow(source, [page.canonical] if page.canonical else [], via=here)
        self.kinds_by_source[source_id][page.kind] += 1
        self.learned[source_id].record(here, page.kind, len(follow))
        if page.kind == "article":
            counts["articles"] += 1
            for url in (response.url, *response.meta.get("redirect_urls", ())):
                self.captured.add(normalize_url(url))
            for url in response.meta.get("redirect_urls", ()):
                # Another address of the story (a second category, an old path): settled with it.
                yield PageState(url, None, None, (response.url,), "article")
            if page.story is not None:
                self.stories[source_id][page.story] = response.url
                yield StoryKey(source_id, page.story, response.url)
            yield Capture(
                record_id=f"<urn:uuid:{uuid.uuid4()}>",
                url=response.url,
                source_id=source_id,
                status=response.status,
                headers={k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()},
                fetched_at=datetime.now(timezone.utc),
                body=response.body,
            )
        elif not response.meta.get("postback"):  # a posted-back page is not its address's
            self._remember_miss(source_id, response.url, page)
            yield PageState(response.url, _header(response, b"ETag"), _header(response, b"Last-Modified"), tuple(links), page.kind)
            for url in response.meta.get("redirect_urls", ())[:1]:
                # The link that led here is what the next run will meet again.
                yield PageState(url, None, None, (), page.kind)
        yield from follow

    def _follow_from(self, source: Source, kind: str, links: list[str], via: str, response: Response | None = None):
        """A page's links (the page's URL shape is `via`) and, on a fetched listing, its pager's
        postbacks; less a listing's older pages when the source has been walked whole and every
        article the page shows was known before this run."""
        if kind != "article" and source.id in self.walked and self._reached_known_articles(source, links):
            self.stats_by_source[source.id]["listings_stopped_at_known"] += 1
            links = [url for url in links if not urls.is_pagination(url)]
            response = None
        yield from self._follow(source, links, via=via)
        if response is not None and kind != "article":
            yield from self._postbacks(source, response, via)
            for endpoint, first in scripts.endpoints(response):
                yield from self._endpoint_request(source, endpoint, first, via)

    def _endpoint_answer(self, source: Source, response: Response):
        """A page of a script's endpoint (crawler.scripts): its links are followed like a listing's,
        and while it gives something new, the next page is asked for."""
        self.stats_by_source[source.id]["pages_fetched"] += 1
        self.kinds_by_source[source.id]["endpoint"] += 1
        here = learned_shape(response.url)
        links = [urls.clean(url) for url in scripts.answer_links(response) if netloc_of(url) in source.hosts]
        follow = list(self._follow_from(source, "listing", links, here))
        self.learned[source.id].record(here, "listing", len(follow))
        yield from follow
        if follow:
            yield from self._endpoint_request(source, response.meta["endpoint"], response.meta["endpoint_page"] + 1, here)

    def _endpoint_request(self, source: Source, endpoint: scripts.Endpoint, page: int, via: str):
        url = endpoint.page(page)
        key = normalize_url(url)
        if netloc_of(url) not in source.hosts or key in self.seen or urls.refused(url) or not self._admit(source, key):
            return
        shape = learned_shape(url)
        meta = {"link": False, "endpoint": endpoint, "endpoint_page": page, "via": via, "shape": shape}
        self.learned[source.id].sent(via, shape)
        yield scrapy.Request(url, callback=self.parse, errback=self.failed, meta=meta, priority=PRIORITY["listing"], cb_kwargs={"source_id": source.id})

    def _reached_known_articles(self, source: Source, links: list[str]) -> bool:
        """True when the page links to articles captured before this run and to no unknown link
        of a shape that has held articles (a page fetched before as another kind, gone, or not
        worth a request is known): its older pages then hold nothing new, since portals list
        newest first."""
        learned = self.learned[source.id]
        known = [url for url in links if normalize_url(url) in self.captured_before]
        if not known:
            return False
        article_shapes = {learned_shape(url) for url in known} | {s for s, _ in learned.article_shapes()}

        def unknown(url: str) -> bool:
            key = normalize_url(url)
            known = key in self.captured or key in self.gone or key in self.page_states
            return not known and not self.declines(source.id, url)

        return not any(learned_shape(url) in article_shapes and not urls.is_pagination(url) and unknown(url) for url in links)

    def _links_of(self, response: Response, source: Source) -> list[str]:
        """The page's links worth a look: on the source's hosts, cleaned, in page order. The one
        place links are extracted, so a bound on their number belongs here."""
        found: list[str] = []
        seen: set[str] = set()
        for link in page_links(response):
            if netloc_of(link) not in source.hosts:
                continue
            url = urls.clean(link)
            if url not in seen:
                seen.add(url)
                found.append(url)
        return found

    def _listed_links(self, response: Response, source: Source) -> list[str] | None:
        """Links from a sitemap or a feed; None for any other page."""
        body = discovery.xml_body(response)
        if body is None:
            return None
        return [url for url in discovery.links_from_xml(body, response.url) if netloc_of(url) in source.hosts]

    def _shows_article(self, links: Iterable[str]) -> bool:
        return any(normalize_url(url) in self.captured for url in links)

    def _showed(self, source_id: str, url: str, article: bool) -> None:
        """A fetched page of the source showed an article (was one, or linked to one) or not: the
        source is stopped as a trap after `trap_patience` pages in a row that did not."""
        if article:
            self.drought[source_id] = 0
            return
        self.drought[source_id] += 1
        if self.drought[source_id] >= self.trap_patience and source_id not in self.stopped:
            self.stopped[source_id] = f"trap: {self.drought[source_id]} pages in a row showed no article, the last {url}"

    def _remember_miss(self, source_id: str, url: str, page: PageKind) -> None:
        misses = self.misses_by_source[source_id]
        misses.append((page.score, url, page.reasons))
        misses.sort(key=lambda miss: -miss[0])
        del misses[NEAREST_MISSES:]

    # ---- requests ------------------------------------------------------------------------

    def _follow(self, source: Source, links, purpose: str | None = None, via: str | None = None):
        for url in links:
            request = self._request(source, url, purpose, via)
            if request is not None:
                yield request

    def _request(self, source: Source, url: str, purpose: str | None = None, via: str | None = None) -> scrapy.Request | None:
        """A request for `url`, or None (counted by why) when it is not worth one. `purpose` is
        "start" (a start URL), "entry" (a sitemap, feed or search page the crawl looks for),
        "listed" (a link a sitemap or feed lists) or None (a link found on a page, whose shape
        is `via`)."""
        counts = self.stats_by_source[source.id]
        link = purpose in (None, "listed")
        if link:
            url = urls.clean(url)
        key = normalize_url(url)
        if key in self.seen:
            return None
        if key in self.captured:
            # Counted once per article, however many pages link it ("articles seen" in the report).
            if key not in self.known_linked:
                self.known_linked.add(key)
                counts["skipped_known"] += 1
            return None
        if key in self.gone:
            counts["skipped_gone"] += 1
            return None
        state = self.page_states.get(key)
        if purpose != "start" and state is not None and state.kind in SETTLED_KINDS:
            counts["skipped_settled"] += 1
            return None
        priority = PRIORITY.get(purpose, 0)
        if link:
            reason = self.declines(source.id, url)
            if reason:
                self._count_decline(source.id, url, reason)
                return None
            priority = PRIORITY[self._prior(source, url)]
        if self.drought[source.id] >= self.trap_patience // 2:
            # Looks like a trap: every other source's pages first, while it proves itself.
            priority = min(priority, PRIORITY["suspect"])
        if not self._admit(source, key):
            return None
        headers: dict[str, str] = {}
        meta: dict = {"discovery": purpose in ("entry", "listed"), "link": link, "purpose": purpose, "shape": learned_shape(url)}
        if via is not None:
            meta["via"] = via
            self.learned[source.id].sent(via, meta["shape"])
        if state is not None:
            if state.etag:
                headers["If-None-Match"] = state.etag
            if state.last_modified:
                headers["If-Modified-Since"] = state.last_modified
            meta.update(handle_httpstatus_list=[304], state_url=key)
        return scrapy.Request(
            url,
            callback=self.parse,
            errback=self.failed,
            headers=headers,
            meta=meta,
            priority=priority,
            cb_kwargs={"source_id": source.id},
        )

    def _admit(self, source: Source, key: str) -> bool:
        """Count a request under `key` against the run's page limit and the source's budget, or
        say (False) that there is no room for it."""
        if self.max_pages is not None and self.requested >= self.max_pages:
            return False
        if source.id in self.stopped:
            self.stats_by_source[source.id]["skipped_stopped"] += 1
            return False
        budget = self.budget(source.id)
        if budget is not None and self.requested_by_source[source.id] >= budget:
            # What is queued is still fetched; the source is given nothing more.
            self.stats_by_source[source.id]["over_budget"] += 1
            return False
        self.seen.add(key)
        self.requested += 1
        self.requested_by_source[source.id] += 1
        return True

    def _postbacks(self, source: Source, response: Response, via: str):
        """The listing's older pages behind its pager's postbacks (crawler.forms), each once: a page
        number by its argument, a relative one ("Page$Next") by the view state it moves from."""
        for target, argument in forms.postback_pagers(response):
            relative = not argument.rpartition("$")[2].isdigit()
            key = f"POST {normalize_url(response.url)} {target} {argument}" + (f" {hash(forms.view_state(response))}" if relative else "")
            if key in self.seen:
                continue
            meta = {"link": False, "postback": True, "via": via, "shape": via}
            request = forms.postback_request(
                response, target, argument, callback=self.parse, errback=self.failed, meta=meta,
                priority=PRIORITY["listing"], cb_kwargs={"source_id": source.id},
            )
            if request is not None and self._admit(source, key):
                self.stats_by_source[source.id]["postbacks"] += 1
                yield request

    def budget(self, source_id: str) -> int | None:
        """Requests the source may cost this run (None: no bound): the base budget, and more for
        each article it has given, so the cost of a source follows its yield."""
        if self.page_budget is None:
            return None
        return self.page_budget + self.budget_per_article * self.stats_by_source[source_id]["articles"]

    def walked_whole(self, source_id: str) -> bool:
        """The source's listings were followed as far as they go this run: no request was refused
        for the budget or the run's page limit."""
        stopped = self.max_pages is not None and self.requested >= self.max_pages
        return not stopped and source_id not in self.stopped and not self.stats_by_source[source_id]["over_budget"]

    def declines(self, source_id: str, url: str) -> str | None:
        """Why a link found on a page is not requested: another view of a page, an address that
        is no page of the source, or a shape this source has shown to be fruitless. Asked again
        just before download, since a shape may prove fruitless while its links wait in the queue,
        and the source may have been stopped."""
        if source_id in self.stopped:
            return "skipped_stopped"
        if urls.alternate_view(url):
            return "skipped_variant"
        if urls.refused(url):
            return "skipped_refused"
        if self.learned[source_id].fruitless(learned_shape(url), suspect=bool(urls.suspect(url))):
            return "skipped_fruitless"
        return None

    def _count_decline(self, source_id: str, url: str, reason: str) -> None:
        self.stats_by_source[source_id][reason] += 1
        if reason == "skipped_fruitless":
            self.fruitless_by_source[source_id][learned_shape(url)] += 1

    def _prior(self, source: Source, url: str) -> str | None:
        parts = urlsplit(url)
        path_query = parts.path + (f"?{parts.query}" if parts.query else "")
        learned = self.learned[source.id]
        shape = learned_shape(url)
        if learned.holds(shape, "article"):
            return "learned article"
        if urls.suspect(url):
            return "suspect"
        prior = urls.prior(url) or PLATFORMS[source.platform].prior(path_query)
        if prior is None and learned.holds(shape, "listing"):
            return "listing"
        return prior if prior in PRIORITY else None

    def failed(self, failure):
        request = failure.request
        source_id = request.cb_kwargs["source_id"]
        self._answered(request.meta, source_id)
        if request.meta.get("declined"):
            self._count_decline(source_id, request.url, request.meta["declined"])
            for url in request.meta.get("redirect_urls", ())[:1]:
                # A link that redirects to a trap (a log-in form) is not worth following again.
                yield PageState(url, None, None, (), "other")
            return
        kind = failure_kind(failure)
        if kind in ("http_404", "http_410"):
            # Not asked again for a while, sitemaps and search pages included; a listing
            # that still links to it has nothing new because of it.
            self.gone.add(normalize_url(request.url))
            yield GoneLink(request.url, int(kind[5:]))
        if request.meta.get("discovery"):
            # A portal without a sitemap, feed or search page is normal, not a failure.
            self.stats_by_source[source_id]["discovery_unavailable"] += 1
            return
        # The address that was linked, for a failure at the end of a redirect chain.
        self._failed(source_id, kind, (request.meta.get("redirect_urls") or [request.url])[0])

    def _failed(self, source_id: str, kind: str, url: str) -> None:
        self.errors_by_source[source_id][kind] += 1
        self.error_examples[source_id].setdefault(kind, url)


def learned_shape(url: str) -> str:
    """The URL's shape as the crawl learns it (crawler.learn): a suspect URL's pages are tallied
    apart from the ordinary ones of the same shape, so that a site's search and calendar pages
    never make its sections fruitless ("/web/guest/tim-kiem" and "/web/guest/tin-tuc" share a shape)."""
    shape = urls.shape(url)
    return f"{shape} (suspect)" if urls.suspect(url) else shape


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

