"""Downloader middlewares: retries that back off, so a struggling portal is given time to recover;
pages decoded as a browser decodes them."""
from __future__ import annotations

import asyncio
import time

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import HtmlResponse

from extract.charset import browser_content_type


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


class BrowserCharsetMiddleware:
    """A page whose <meta> declares UTF-16 over ASCII-compatible bytes is read as UTF-8, as a
    browser reads it (extract/charset.py), so its links and article test see real text."""

    def process_response(self, request, response, spider=None):
        if not isinstance(response, HtmlResponse):
            return response
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1") or None
        if browser_content_type(content_type, response.body) != content_type:
            return response.replace(encoding="utf-8")
        return response
