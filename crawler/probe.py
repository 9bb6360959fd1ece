"""`vncorpus sources probe URL`: a first look at a portal for an operator adding it.

Fetches the home page and a few of its links (listings first, then article candidates, then
articles the listings show), politely and in sequence, classifies each page the way the crawl
does (crawler.pagekind), and says which platform and which article and listing URL shapes it
sees. The result ends with a sources-file entry ready to paste.
"""
from __future__ import annotations

import re
import time
import urllib.error
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import yaml
from parsel import Selector

from vncorpus.crawler.errors import UserError
from vncorpus.crawler.models import netloc_of
from vncorpus.crawler import urls
from vncorpus.crawler.pagekind import classify
from vncorpus.crawler.platforms import PLATFORMS
from vncorpus.crawler.settings import base as polite

# Pages fetched besides the home page.
PROBE_PAGES = 12
MAX_BODY = 5 * 1024 * 1024


@dataclass
class Probe:
    url: str
    title: str = ""
    platform: str = "generic"
    platform_evidence: str = ""
    pages: list[tuple[str, str, int]] = field(default_factory=list)  # (url, kind, score)
    article_shapes: Counter = field(default_factory=Counter)
    listing_shapes: Counter = field(default_factory=Counter)

    def entry(self) -> dict:
        host = urlsplit(self.url).hostname or "portal"
        province = _province_in(self.title)
        return {
            "id": re.sub(r"[^a-z0-9]+", "-", host.lower().removeprefix("www.").removesuffix(".gov.vn")).strip("-") or "portal",
            "name": self.title or host,
            "province": province,
            "start_urls": [self.url],
            "platform": self.platform,
        }

    def report(self) -> str:
        lines = [f"probed {self.url}: {len(self.pages)} pages"]
        lines.append(f"platform: {self.platform}" + (f" ({self.platform_evidence})" if self.platform_evidence else " (no CMS marker seen)"))
        kinds = Counter(kind for _, kind, _ in self.pages)
        lines.append("pages by kind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
        for label, shapes in (("article", self.article_shapes), ("listing", self.listing_shapes)):
            seen = ", ".join(f"{s} ({n})" for s, n in shapes.most_common(5)) or "none seen"
            lines.append(f"{label} URL shapes: {seen}")
        for url, kind, score in self.pages:
            lines.append(f"  {kind:<9} {score:>+3d}  {url}")
        if not self.article_shapes:
            lines.append("no article among the pages looked at: the crawl will look further, but check the start URL")
        entry = yaml.safe_dump({"sources": [self.entry()]}, allow_unicode=True, sort_keys=False)
        lines.append("")
        lines.append("# a sources-file entry (check name and province):")
        lines.append(entry.rstrip())
        return "\n".join(lines)


def probe(start_url: str, pages: int = PROBE_PAGES, fetch=None) -> Probe:
    """Look at the portal at `start_url`; `fetch(url) -> (final url, body)` is for tests."""
    parts = urlsplit(start_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UserError(f"probe: {start_url!r} is not an http(s) URL")
    fetch = fetch or _fetch
    hosts = {netloc_of(start_url)}
    found = Probe(start_url)
    final, body = fetch(start_url)
    hosts.add(netloc_of(final))
    home = Selector(text=body)
    found.title = _site_title(home)
    found.platform, found.platform_evidence = _platform(body)
    frontier = _candidates(home, final, hosts)
    _record(found, final, home)
    seen = {urls.clean(final), urls.clean(start_url)}
    while frontier and len(found.pages) <= pages:
        _, url = frontier.pop(0)
        if url in seen:
            continue
        seen.add(url)
        try:
            final, body = fetch(url)
        except UserError:
            continue
        page = Selector(text=body)
        kind = _record(found, final, page)
        if kind == "listing":
            frontier = sorted(frontier + _candidates(page, final, hosts), key=lambda p: p[0])
    return found


def _record(found: Probe, url: str, page: Selector) -> str:
    kind = classify(url, page)
    found.pages.append((url, kind.kind, kind.score))
    if kind.kind == "article":
        found.article_shapes[urls.shape(url)] += 1
    elif kind.kind == "listing":
        found.listing_shapes[urls.shape(url)] += 1
    return kind.kind


def _candidates(page: Selector, base: str, hosts: set[str]) -> list[tuple[int, str]]:
    """Same-site links worth probing, listings first: (rank, clean URL)."""
    rank = {"listing": 0, "article": 1, None: 2, "tag": 3, "suspect": 4}
    found: dict[str, int] = {}
    for href in page.xpath("//a/@href").getall():
        url = urls.clean(urljoin(base, href.strip()))
        if netloc_of(url) not in hosts or urls.alternate_view(url) or urls.refused(url):
            continue
        found.setdefault(url, rank["suspect"] if urls.suspect(url) else rank.get(urls.prior(url), 2))
    return sorted(((r, u) for u, r in found.items()), key=lambda p: p[0])


def _platform(body: str) -> tuple[str, str]:
    for platform in PLATFORMS.values():
        if platform.generator is not None:
            match = platform.generator.search(body)
            if match:
                return platform.name, f"the page says {match.group(0)!r}"
    return "generic", ""


def _site_title(page: Selector) -> str:
    title = " ".join((page.xpath("//title/text()").get() or "").split())
    # "Trang chủ - Cổng thông tin điện tử tỉnh X": the site's name is the longest part.
    return max(re.split(r"\s+[-|–]\s+", title), key=len) if title else ""


def _province_in(text: str) -> str | None:
    from vncorpus.nlp.gazetteer import legacy_provinces

    named = [p for p in legacy_provinces() if p in text]
    return max(named, key=len) if named else None


def _fetch(url: str) -> tuple[str, str]:
    """One polite GET with the crawl's User-Agent: (final URL, decoded body)."""
    host = urlsplit(url).hostname or ""
    if host not in ("127.0.0.1", "localhost", "::1"):
        time.sleep(polite.DOWNLOAD_DELAY)
    request = urllib.request.Request(url, headers={"User-Agent": polite.USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=polite.DOWNLOAD_TIMEOUT) as response:
            raw = response.read(MAX_BODY)
            charset = response.headers.get_content_charset() or "utf-8"
            return response.geturl(), raw.decode(charset, errors="replace")
    except urllib.error.HTTPError as exc:
        raise UserError(f"probe: {url} answered {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise UserError(f"probe: cannot fetch {url}: {getattr(exc, 'reason', exc)}") from None
