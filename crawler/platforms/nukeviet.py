"""NukeViet (Điện Biên's portal and many sở/ban sites): news articles at
/<cat>/<slug>-<id>.html, under /vi/news/ on multi-language sites and at the root on the
installer's default single-language setup."""
import re

from vncorpus.crawler.platforms.base import Platform

# NukeViet's news module wraps the story body in #news-bodyhtml only on article pages (the lead,
# "hometext", and the first photo stand above it).
_BODY = "//@id[. = 'news-bodyhtml']/parent::*"

NUKEVIET = Platform(
    name="nukeviet",
    article_markers=(_BODY,),
    story_body=_BODY,
    # "/vi/news/tin-tuc-su-kien/nang-cao-hieu-qua-1234.html", "/tin-tuc-su-kien/nang-cao-hieu-qua-1234.html"
    article_path=re.compile(r"^(?:/[a-z]{2})?(?:/news)?/[^/?]+/[^/?]+-\d+\.html$"),
    # "/vi/news/tin-tuc-su-kien/", "/tin-tuc-su-kien/page-2/"
    listing_path=re.compile(r"^(?:/[a-z]{2})?(?:/news)?/[^/?.]+/(?:page-\d+/?)?$"),
    # NukeViet's search module is 'seek'.
    search_path="/vi/seek/?q={query}",
    generator=re.compile(r"NukeViet", re.IGNORECASE),
)
