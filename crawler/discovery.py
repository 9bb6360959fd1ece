"""Ways into a portal besides its menus: sitemaps, RSS/Atom feeds and the site's own search.

Each function turns one response (or a source) into URLs; the spider decides what to fetch.
"""
from __future__ import annotations

from urllib.parse import quote_plus, urljoin, urlsplit

from lxml import etree
from scrapy.http import Response
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap

from vncorpus.crawler.models import Source

# Searched on every portal whose platform has a search page (the sources file may override).
DEFAULT_SEARCH_KEYWORDS = ("1191/QĐ-TTg", "thông tin đối ngoại")

# Feeds a page announces in its <head>: <link rel="alternate" type="application/rss+xml" href=...>
FEED_LINK_XPATH = (
    "//link[@rel='alternate'][contains(@type, 'rss') or contains(@type, 'atom')]/@href"
)

# A sitemap or feed larger than this is not a portal's: refuse it rather than fill memory.
MAX_XML_BYTES = 20 * 1024 * 1024


def well_known_entry_points(source: Source) -> list[str]:
    """Per start URL's site root: /sitemap.xml. (robots.txt, for its Sitemap: lines, is read by
    Scrapy's robots middleware, which fetches it anyway.)"""
    roots = {f"{urlsplit(u).scheme}://{urlsplit(u).netloc}" for u in source.start_urls}
    return [f"{root}/sitemap.xml" for root in sorted(roots)]


def platform_sitemaps(start_url: str, page_text: str, platforms) -> list[str]:
    """The sitemaps of each CMS whose generator the start page shows, at the site's root."""
    root = f"{urlsplit(start_url).scheme}://{urlsplit(start_url).netloc}"
    return [
        root + path
        for platform in platforms
        if platform.sitemap_paths and platform.generator is not None and platform.generator.search(page_text)
        for path in platform.sitemap_paths
    ]


def search_urls(source: Source, template: str | None, keywords: tuple[str, ...]) -> list[str]:
    if not template:
        return []
    roots = sorted({f"{urlsplit(u).scheme}://{urlsplit(u).netloc}" for u in source.start_urls})
    return [urljoin(root, template.format(query=quote_plus(k))) for root in roots for k in keywords]


def xml_body(response: Response) -> bytes | None:
    """The XML of a sitemap or feed response (gunzipped when .gz), or None if it is not XML."""
    body = response.body
    if body[:2] == b"\x1f\x8b":
        try:
            body = gunzip(body, max_size=MAX_XML_BYTES)
        except OSError:
            return None
    head = body[:512].lstrip().lower()
    if head.startswith(b"<?xml") or head.startswith((b"<urlset", b"<sitemapindex", b"<rss", b"<feed")):
        return body
    return None


def links_from_xml(body: bytes, base_url: str) -> list[str]:
    """URLs listed by a sitemap, sitemap index, RSS or Atom feed."""
    try:
        root = etree.fromstring(body, parser=etree.XMLParser(recover=True, resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return []
    if root is None:
        return []
    tag = etree.QName(root).localname
    if tag in ("urlset", "sitemapindex"):
        return [urljoin(base_url, entry["loc"]) for entry in Sitemap(body) if entry.get("loc")]
    if tag == "rss":
        return [urljoin(base_url, link.text.strip()) for link in root.iter("link") if link.text and link.text.strip()]
    if tag == "feed":
        return [
            urljoin(base_url, link.get("href"))
            for link in root.iter("{http://www.w3.org/2005/Atom}link")
            if link.get("href") and link.get("rel", "alternate") == "alternate"
        ]
    return []
