"""What every platform module provides: which links to follow and which pages are articles.

A page is an article when its markup says so (a platform's article markers) or, failing that,
when its URL has the platform's article shape and the page carries a publication date. Home,
listing, category, tag and static pages ("Giới thiệu", "Liên hệ") fail both tests.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from parsel import Selector

from crawler.models import normalize_url

# Never worth a request: binary files, feeds of other kinds, log-in, print and search views.
SKIP_URL = re.compile(
    r"""
    \.(?:jpe?g|png|gif|bmp|svg|webp|ico|pdf|docx?|xlsx?|pptx?|zip|rar|7z|mp[34]|avi|mov|wmv|flv|css|js)(?:$|\?)
    | /(?:admin|login|dang-nhap|signin|_layouts|users?)(?:/|$|\?)
    | [?&](?:print|action=print|tmpl=component|format=feed)
    | /(?:search|tim-kiem)(?:/|$|\?)
    """,
    re.IGNORECASE | re.VERBOSE,
)

# A visible publication date the way Vietnamese portals print it: "05/09/2022", "30/5/2023".
VISIBLE_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/(?:19|20)\d{2}\b")

# Markup that means "this is one article" on any CMS.
COMMON_ARTICLE_MARKERS = (
    "//meta[@property='og:type'][@content='article']",
    "//meta[@property='article:published_time']",
)


@dataclass(frozen=True)
class Platform:
    name: str
    # URL paths with an article's shape on this platform.
    article_path: re.Pattern[str] | None = None
    # URL paths of listing pages (categories and their pagination) worth following.
    listing_path: re.Pattern[str] | None = None
    # XPath expressions; any one matching marks the page as an article.
    article_markers: tuple[str, ...] = field(default=COMMON_ARTICLE_MARKERS)
    # Links to a listing's older pages ("page-2", "?Page=2", "?page=1").
    pagination: re.Pattern[str] = re.compile(r"(?:[?&](?:page|p|trang)=\d+|/(?:page|trang)[-/]\d+/?$)", re.IGNORECASE)
    # Follow every same-site link, not just listing and article shapes (for unknown CMSs).
    follow_all: bool = False
    # The site's own search page, "{query}" standing for the URL-encoded keywords.
    search_path: str | None = None

    def is_article(self, url: str, selector: Selector) -> bool:
        if any(selector.xpath(marker) for marker in self.article_markers):
            return True
        if self.article_path is None or not self.article_path.search(_path_and_query(url)):
            return False
        body_text = " ".join(selector.xpath("//body//text()[not(ancestor::script)]").getall())
        return bool(VISIBLE_DATE.search(body_text))

    def is_pagination(self, url: str) -> bool:
        return bool(self.pagination.search(_path_and_query(url)))

    def reached_known_articles(self, links: list[str], known: set[str]) -> bool:
        """True when a page links to articles and every one of them is captured already: a
        listing's older pages then hold nothing new, since portals list newest first."""
        articles = [url for url in links if self.article_path is not None and self.article_path.search(_path_and_query(url))]
        return bool(articles) and all(normalize_url(url) in known for url in articles)

    def should_follow(self, url: str) -> bool:
        if SKIP_URL.search(url):
            return False
        if self.follow_all:
            return True
        target = _path_and_query(url)
        return any(
            pattern is not None and pattern.search(target)
            for pattern in (self.article_path, self.listing_path)
        )


def _path_and_query(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")
