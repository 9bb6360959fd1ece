"""The headline: the heading on the page that the page's own title names.

Portals put their name in an <h1> (mobile and NukeViet themes), portlet and block titles in <h2>
("Tin tức - Sự kiện", "Tin cùng chuyên mục"), and the headline in whichever heading the theme
chose; <title> and og:title usually hold the headline with the site's name appended (and og:title
sometimes the site's name alone). So the headline is the heading that the metadata titles begin
with or equal, else the first substantial <h1>, else the metadata title without its site part,
else the first heading that is not a block's.
"""
from __future__ import annotations

import re

from lxml import etree

from vncorpus.extract.boilerplate import ends_story
from vncorpus.extract.normalize import normalize_text
from vncorpus.extract.page import Page

_MIN_CHARS = 15
_MAX_CHARS = 400
# Compiled once: every page asks them.
_HEADINGS = etree.XPath(
    "//h1 | //h2 | //h3 | //h4"  # by attribute (see extract.page._HIDDEN on why):
    " | (//@class[contains(., 'title')] | //@id[contains(., 'Title') or contains(., 'title')])/parent::*[not(self::title or self::meta or self::a)]"
)
_H1 = etree.XPath("//h1")
# In this order: the first that names the headline wins.
_META_TITLES = tuple(map(etree.XPath, (
    "//meta[@property='og:title']/@content",
    "//meta[@name='twitter:title']/@content",
    "//title/text()",
)))
# The site's name after the last separator: "Headline - Site", "Headline | Site"
_SITE_PART = re.compile(r"\s+[-|–]\s+(?!.*\s[-|–]\s).*$")
# A print view's title: "In bài viết: Headline - Site"
_PRINT_PREFIX = re.compile(r"^(?:In bài viết|Bản in|In trang)\s*:\s*", re.IGNORECASE)


def headline(page: Page) -> str:
    metas = [normalize_text(_PRINT_PREFIX.sub("", value)) for xpath in _META_TITLES for value in xpath(page.tree)]
    metas = [m for m in metas if m]
    candidates = [c for c in (_text(e) for e in _HEADINGS(page.tree)) if _MIN_CHARS <= len(c) <= _MAX_CHARS]
    scored = [(score, -i, c) for i, c in enumerate(candidates) if (score := _agreement(c, metas)) > 0]
    if scored:
        return max(scored)[2]
    h1 = [c for c in (_text(e) for e in _H1(page.tree)) if len(c) >= _MIN_CHARS]
    if h1:
        return h1[0]
    if not metas:  # no metadata to go by: the first heading that is not a block's
        return next((c for c in candidates if not ends_story(c)), "")
    # Only the last part is cut: a headline may itself hold " - " ("kinh tế - xã hội").
    stripped = [_SITE_PART.sub("", meta) for meta in metas]
    return next((s for s in stripped if len(s) >= _MIN_CHARS), metas[0] if metas else "")


def _agreement(candidate: str, metas: list[str]) -> int:
    """How surely a metadata title names this heading: 3 equal, 2 the title begins with it, 1 it
    stands inside the title before the site part; 0 not at all."""
    best = 0
    for meta in metas:
        if meta == candidate:
            best = max(best, 3)
        elif meta.startswith(candidate):
            best = max(best, 2)
        elif candidate in meta and not meta.endswith(candidate):
            best = max(best, 1)
    return best


def _text(element) -> str:
    return normalize_text(" ".join(element.text_content().split()))
