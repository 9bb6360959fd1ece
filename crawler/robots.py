"""robots.txt as RFC 9309 reads it, on Scrapy's robots middleware.

Scrapy parses whatever body the robots.txt request returns, so a robots.txt answering 500 became
"no rules" and the host was crawled whole, and one past the download size limit was cancelled and
also became "no rules", its first lines' Disallow ignored. Here, as the RFC says:

- 2xx: the rules, of which the first MAX_BYTES are read (2.5: at least 500 KiB) and the rest cut off
  at a line's end, so an endless file is obeyed as far as it was read;
- redirects: followed by Scrapy's RedirectMiddleware, up to REDIRECT_MAX_TIMES (2.3.1.2: at
  least five); more than that, or any other 3xx or 4xx: no rules (2.3.1.3, "unavailable");
- 5xx, 429, or no answer at all: the host is unreachable, and nothing on it is fetched this run
  (2.3.1.4, "complete disallow"); it is asked again on the next run.

What each host's robots.txt did to the crawl is handed to the spider (`note_robots`) for the
report: a host it stopped, one whose file was cut, and one whose rules forbade pages.
"""
from __future__ import annotations

from scrapy import signals
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest, StopDownload
from scrapy.http import Request, Response
from scrapy.robotstxt import RobotParser
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

from vncorpus.crawler.failures import kind_of_exception

# Bytes of a robots.txt read; RFC 9309 asks for at least 500 KiB.
MAX_BYTES = 512 * 1024


class RobotsUnavailable(IgnoreRequest):
    """The host's robots.txt could not be read (5xx, 429, no answer): the host is not crawled this run."""


class RobotsForbidden(IgnoreRequest):
    """The host's robots.txt disallows the page."""


class Unreachable(RobotParser):
    """The rules of a host whose robots.txt could not be read: nothing is allowed."""

    def __init__(self, why: str):
        self.why = why

    @classmethod
    def from_crawler(cls, crawler, robotstxt_body: bytes) -> "Unreachable":
        raise TypeError("made by Robots, never parsed from a body")

    def allowed(self, url, user_agent) -> bool:
        return False

    def crawl_delay(self, user_agent) -> float | None:
        return None


class Robots(RobotsTxtMiddleware):
    def __init__(self, crawler):
        super().__init__(crawler)
        crawler.signals.connect(self._bytes_received, signal=signals.bytes_received)

    async def process_request(self, request: Request, spider=None) -> None:
        if _is_robots_request(request):
            # Read up to MAX_BYTES whatever the file's size: DOWNLOAD_MAXSIZE would cancel a large
            # file outright, and a cancelled download is no rules at all.
            request.meta.setdefault("download_maxsize", 0)
            request.meta["robots_txt"] = True
            return None
        return await super().process_request(request)

    async def robot_parser(self, request: Request):
        # Requests that waited for the file read the parser from the table once it is there: the
        # Deferred they awaited hands its result to the first of them only, the others got None
        # (no rules) and went out unchecked.
        await super().robot_parser(request)
        return self._parsers[urlparse_cached(request).netloc]

    def _bytes_received(self, data: bytes, request: Request, spider=None) -> None:
        if not _is_robots_request(request):
            return
        request.meta["robots_bytes"] = request.meta.get("robots_bytes", 0) + len(data)
        if request.meta["robots_bytes"] > MAX_BYTES:
            # fail=False: the response goes on with the bytes received so far.
            raise StopDownload(fail=False)

    def process_request_2(self, rp, request: Request) -> None:
        if isinstance(rp, Unreachable):
            raise RobotsUnavailable(f"robots.txt unavailable ({rp.why})")
        try:
            super().process_request_2(rp, request)
        except IgnoreRequest:
            self._note(request, "forbade")
            raise RobotsForbidden("forbidden by robots.txt") from None

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        if response.status >= 500 or response.status == 429:
            self._unreachable(netloc, f"HTTP {response.status}")
            return
        if 200 <= response.status < 300:
            body = response.body
            if "download_stopped" in response.flags or len(body) > MAX_BYTES:
                body = body[:MAX_BYTES].rpartition(b"\n")[0]
                self._note(request, f"read the first {MAX_BYTES // 1024} KiB of a larger file")
        else:
            body = b""
        await super()._parse_robots(response.replace(body=body), netloc, request)

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        if isinstance(exc, IgnoreRequest):
            # Too many redirects, or an address the crawl refuses: unavailable, so no rules.
            super()._robots_error(exc, netloc)
            return
        self._unreachable(netloc, kind_of_exception(exc))

    def _unreachable(self, netloc: str, why: str) -> None:
        waiting = self._parsers[netloc]
        assert isinstance(waiting, Deferred)  # the file was being fetched
        rules = self._parsers[netloc] = Unreachable(why)
        self._tell(netloc, f"unavailable ({why}): nothing fetched this run")
        waiting.callback(rules)

    def _note(self, request: Request, what: str) -> None:
        self._tell(urlparse_cached(request).netloc, what)

    def _tell(self, netloc: str, what: str) -> None:
        note = getattr(self.crawler.spider, "note_robots", None)
        if note is not None:
            note(netloc, what)


def _is_robots_request(request: Request) -> bool:
    """The robots middleware's own request, and the redirects it led to (which carry its meta)."""
    return bool(request.meta.get("robots_txt")) or (
        bool(request.meta.get("dont_obey_robotstxt")) and urlparse_cached(request).path == "/robots.txt"
    )
