"""Downloader middlewares: retries that back off, so a struggling portal is given time to recover;
pages decoded as a browser decodes them; archived portals' redirects to their successor, noted
before Scrapy follows them; and a last look at each queued link before it costs a request."""
from __future__ import annotations

import asyncio
import time

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse

from vncorpus.crawler.charset import browser_content_type


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry (5xx, 429, timeouts, dropped connections), but the n-th retry of a request
    waits RETRY_BACKOFF_BASE * 2**(n-1) seconds, at most RETRY_BACKOFF_MAX, before it is sent."""

    def __init__(self, settings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", 2.0)
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)

    def _retry(self, request, reason):
        retry = super()._retry(request, reason)
        if retry is not None:
            attempt = retry.meta.get("retry_times", 1)
            # Wall-clock time: with Redis the retry may be sent by another worker process.
            retry.meta["retry_not_before"] = time.time() + min(self.backoff_max, self.backoff_base * 2 ** (attempt - 1))
        return retry

    async def process_request(self, request, spider=None):
        wait = request.meta.get("retry_not_before", 0) - time.time()
        if wait > 0:
            await asyncio.sleep(wait)
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
