"""The records the crawl stage produces: the Source it reads from the sources file and the Capture
it stores for every article response, plus the URL identity both are keyed by."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit, urlunsplit


@dataclass(frozen=True)
class Source:
    """One portal from the sources file."""

    id: str
    name: str
    province: str | None
    start_urls: tuple[str, ...]
    platform: str = "generic"
    status: str = "current"  # "current" | "archive": a portal that no longer publishes (e.g. of a province merged in 2025)
    successor: str | None = None  # for an archive, the id of the source that publishes in its place
    archives: tuple[str, ...] = ()  # web archives its past is read from (crawler.sources.ARCHIVES)

    @property
    def hosts(self) -> frozenset[str]:
        """host:port pairs the crawl may visit (DESIGN.md: host and port of the start URLs)."""
        return frozenset(netloc_of(u) for u in self.start_urls)


@dataclass(frozen=True)
class Capture:
    """One fetched article response, as stored raw (a WARC response record)."""

    record_id: str
    url: str
    source_id: str
    status: int
    headers: dict[str, str]
    fetched_at: datetime
    body: bytes
    warc_file: str = ""
    # Where the bytes came from: "live" (the portal itself) or a web archive (crawler.sources.ARCHIVES),
    # with the archive's own capture time and its address for the capture.
    capture_source: str = "live"
    archived_at: datetime | None = None
    archive_url: str | None = None

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", self.headers.get("Content-Type", ""))


def normalize_url(url: str) -> str:
    """The URL an article is known by: lowercase scheme and host, no fragment, no trailing '/'
    on non-root paths, so the same page reached by two links gets one article_id."""
    parts = urlsplit(url.strip())
    path = parts.path or "/"
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/")
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


def article_id_for(url: str) -> str:
    """Stable across runs and machines: derived from the normalised URL alone."""
    return hashlib.sha1(normalize_url(url).encode("utf-8")).hexdigest()[:16]


def netloc_of(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"{host}:{port}"
