"""What a platform module contributes to recognising pages: markup markers and URL priors.

No platform decides alone what is followed or captured (crawler/pagekind.py weighs every
platform's markers on every page, and crawler/urls.py's general priors on every link). A
platform's URL shapes only order the frontier of a source that names it, and its generator
pattern lets `vncorpus sources probe` name the CMS.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Platform:
    name: str
    # XPath expressions for the CMS's container of one article's body.
    article_markers: tuple[str, ...] = ()
    # XPath of the element that holds an article's story and nothing else, where the CMS has one:
    # extraction points trafilatura at it.
    story_body: str | None = None
    # XPath expressions for containers the CMS uses on pages that are not one article.
    other_markers: tuple[str, ...] = ()
    # URL paths (with query) with an article's shape on this platform: a prior, for ordering.
    article_path: re.Pattern[str] | None = None
    # URL paths of listing pages (categories and their pagination): a prior, for ordering.
    listing_path: re.Pattern[str] | None = None
    # The site's own search page, "{query}" standing for the URL-encoded keywords.
    search_path: str | None = None
    # What identifies the CMS in a page's markup or headers (generator meta, asset paths).
    generator: re.Pattern[str] | None = None
    # Where the CMS serves its sitemap when robots.txt does not say: asked for on a site whose
    # start page shows this platform's generator, whatever the sources file's key.
    sitemap_paths: tuple[str, ...] = ()

    def prior(self, path_and_query: str) -> str | None:
        """"article" or "listing" when the URL has one of this platform's shapes."""
        if self.article_path is not None and self.article_path.search(path_and_query):
            return "article"
        if self.listing_path is not None and self.listing_path.search(path_and_query):
            return "listing"
        return None
