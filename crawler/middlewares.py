"""Downloader middlewares: retries that back off, so a struggling portal is given time to recover;
pages decoded as a browser decodes them; archived portals' redirects to their successor, noted
before Scrapy follows them; redirect loops named; and a last look at each queued link before it
costs a request."""
from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from datetime import timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse

from vncorpus.crawler.charset import browser_content_type
from vncorpus.crawler.failures import RedirectLoop, kind_of_exception
from vncorpus.crawler.models import normalize_url


class RateLimited(IgnoreRequest):
    """The host asked to be left alone for longer than a run waits (a Retry-After past RETRY_AFTER_MAX)."""


@dataclass
class HostPace:
    """What a host has said about its load, kept for the rest of the run."""

    not_before: float = 0.0  # wall-clock time before which nothing is sent to it (its Retry-After)
    interval: float = 0.0  # least time between two requests to it
    slowed_at: float = 0.0  # when the interval last grew: answers to requests sent before it do not grow it again
    last_sent: float = 0.0
    closed: bool = False  # asked to wait longer than the run does


def retry_after(value: bytes | None, now: float) -> float | None:
    """Seconds a Retry-After header asks for (RFC 9110: a number of seconds or an HTTP date), or None."""
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, when.timestamp() - now)


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry (5xx, 429, timeouts, dropped connections), but the n-th retry of a request
    waits RETRY_BACKOFF_BASE * 2**(n-1) seconds, at most RETRY_BACKOFF_MAX, before it is sent.

    A host that answers 429 Too Many Requests, or 503 with a Retry-After, is obeyed as a whole:
    nothing more is sent to it before its Retry-After has passed, and for the rest of the run its
    requests are spaced twice as far apart as before (from RATE_LIMIT_MIN_INTERVAL up to
    AUTOTHROTTLE_MAX_DELAY), since a flood guard that answered once will answer again at the same
    pace. A Retry-After longer than RETRY_AFTER_MAX is not waited out: the host is asked for
    nothing more this run, and its requests fail as rate_limited."""

    def __init__(self, settings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", 2.0)
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)
        self.retry_after_max = settings.getfloat("RETRY_AFTER_MAX", 600.0)
        self.min_interval = settings.getfloat("RATE_LIMIT_MIN_INTERVAL", 1.0)
        self.max_interval = settings.getfloat("AUTOTHROTTLE_MAX_DELAY", 30.0)
        self.hosts: dict[str, HostPace] = {}

    def process_response(self, request, response, spider=None):
        asked = retry_after(response.headers.get(b"Retry-After"), time.time())
        if response.status == 429 or (response.status == 503 and asked is not None):
            pace = self.hosts.setdefault(urlsplit(request.url).netloc, HostPace())
            if request.meta.get("sent_at", time.time()) >= pace.slowed_at:
                pace.interval = min(self.max_interval, max(self.min_interval, 2 * pace.interval))
                pace.slowed_at = time.time()
            if asked is not None and asked > self.retry_after_max:
                pace.closed = True
                return response
            # Wall-clock time: with Redis the retry may be sent by another worker process.
            pace.not_before = max(pace.not_before, time.time() + (asked or 0.0))
        return super().process_response(request, response)

    def process_exception(self, request, exception, spider=None):
        if kind_of_exception(exception) == "header_too_large":
            # The same header will be as long next time.
            return None
        return super().process_exception(request, exception)

    def _retry(self, request, reason):
        retry = super()._retry(request, reason)
        if retry is not None:
            attempt = retry.meta.get("retry_times", 1)
            retry.meta["retry_not_before"] = time.time() + min(self.backoff_max, self.backoff_base * 2 ** (attempt - 1))
        return retry

    async def process_request(self, request, spider=None):
        now = time.time()
        send_at = max(now, request.meta.get("retry_not_before", 0))
        pace = self.hosts.get(urlsplit(request.url).netloc)
        if pace is not None:
            if pace.closed:
                raise RateLimited(f"{urlsplit(request.url).netloc} asked for a pause longer than {self.retry_after_max:.0f} s")
            send_at = max(send_at, pace.not_before, pace.last_sent + pace.interval)
            pace.last_sent = send_at
        request.meta["sent_at"] = send_at
        if send_at > now:
            await asyncio.sleep(send_at - now)
        return None


class SuccessorRedirectMiddleware:
    """Sits between the downloader and Scrapy's RedirectMiddleware, so it sees each redirect as
    sent: an archive that forwards to its successor has moved, which the spider reports. The
    redirect itself is followed as usual (and often dropped as a duplicate, since the successor
    is crawled too, which is why it must be seen here)."""

    _REDIRECTS = frozenset({301, 302, 303, 307, 308})

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request, response, spider=None):
        location = response.headers.get(b"Location") if response.status in self._REDIRECTS else None
        if location and "source_id" in request.cb_kwargs:
            self.crawler.spider.note_redirect(request.cb_kwargs["source_id"], response.urljoin(location.decode("latin-1")))
        return response


class RedirectLoopMiddleware:
    """A redirect back to an address of its own chain fails as a redirect loop. Scrapy would follow
    it and its duplicate filter drop it, silently: the page was lost and no one heard why."""

    def process_response(self, request, response, spider=None):
        location = response.headers.get(b"Location") if 300 <= response.status < 400 else None
        if location:
            target = normalize_url(response.urljoin(location.decode("latin-1")))
            if target in {normalize_url(url) for url in (*request.meta.get("redirect_urls", ()), request.url)}:
                raise RedirectLoop(f"redirect loop back to {target}")
        return response


class BrowserCharsetMiddleware:
    """A page whose <meta> declares UTF-16 over ASCII-compatible bytes is read as UTF-8, as a
    browser reads it (crawler/charset.py), so its links and article test see real text."""

    def process_response(self, request, response, spider=None):
        if not isinstance(response, HtmlResponse):
            return response
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1") or None
        if browser_content_type(content_type, response.body) != content_type:
            return response.replace(encoding="utf-8")
        return response


class DeclineFruitless:
    """Drops a queued link the spider no longer wants (its URL shape proved fruitless while it
    waited in the queue), before it costs a request. The spider counts it from the errback."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_request(self, request, spider=None):
        declines = getattr(self.crawler.spider, "declines", None)
        if declines is None or not request.meta.get("link") or request.meta.get("state_url"):
            return None
        reason = declines(request.cb_kwargs["source_id"], request.url)
        if reason:
            request.meta["declined"] = reason
            raise IgnoreRequest(reason)
        return None
