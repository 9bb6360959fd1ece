"""Polite HTTP to the archives: each host's published pace, retries with backoff on 429 and 5xx
honouring Retry-After. Archive fetches are a list of exact records, not a crawl: plain HTTP suffices."""
from __future__ import annotations

import ipaddress
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import urllib3

from vncorpus.crawler.settings.base import USER_AGENT

# Seconds between requests to one host: the Internet Archive blocks clients going faster than
# about 15 CDX requests a minute; Common Crawl asks for one index request a second and serves its
# data from CloudFront, which throttles bursts. Any other host (a pywb of one's own) gets one a second;
# loopback, the tests' servers, none.
PACE = {
    "web.archive.org": 6.0,
    "index.commoncrawl.org": 1.0,
    "data.commoncrawl.org": 0.55,
}
DEFAULT_PACE = 1.0
RETRIES = 6
TIMEOUT = urllib3.Timeout(connect=30, read=120)


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes


class ArchiveError(Exception):
    """An archive's answer that retrying did not mend (an error status, a broken connection)."""


class OverBudget(ArchiveError):
    """The run has made as many requests as it was allowed; the next run goes on from here."""


class Client:
    """Counts its requests (the run report's cost of an archived article), and makes no more than
    `budget` of them."""

    def __init__(self, budget: int | None = None) -> None:
        self.budget = budget
        retry = urllib3.Retry(
            total=RETRIES, backoff_factor=2, backoff_max=120, status_forcelist=(429, 500, 502, 503, 504),
            allowed_methods=("GET",), respect_retry_after_header=True, raise_on_status=False, redirect=0,
        )
        self.pool = urllib3.PoolManager(retries=retry, timeout=TIMEOUT, headers={"User-Agent": USER_AGENT})
        self.requests = 0
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def get(self, url: str, headers: dict[str, str] | None = None) -> Answer:
        if self.budget is not None and self.requests >= self.budget:
            raise OverBudget(f"stopped at {self.budget} requests")
        self._wait_turn(urlsplit(url).hostname or "")
        self.requests += 1
        try:
            response = self.pool.request("GET", url, headers=headers)
        except urllib3.exceptions.HTTPError as exc:
            raise ArchiveError(f"{url}: {exc}") from None
        return Answer(response.status, dict(response.headers.items()), response.data)

    def _wait_turn(self, host: str) -> None:
        pace = 0.0 if _loopback(host) else PACE.get(host, DEFAULT_PACE)
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next.get(host, now))
            self._next[host] = start + pace
        if start > now:
            time.sleep(start - now)


def _loopback(host: str) -> bool:
    try:
        return host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
