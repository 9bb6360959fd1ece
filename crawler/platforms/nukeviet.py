"""NukeViet (Điện Biên's portal and many sở/ban sites): /vi/news/<category>/<slug>-<id>.html."""
import re

from crawler.platforms.base import COMMON_ARTICLE_MARKERS, Platform

NUKEVIET = Platform(
    name="nukeviet",
    # "/vi/news/tin-tuc-su-kien/nang-cao-hieu-qua-cong-tac-doi-ngoai-1234.html"; the language
    # prefix is absent on single-language sites.
    article_path=re.compile(r"^(?:/[a-z]{2})?/news/[^/?]+/[^/?]+-\d+\.html$"),
    # "/vi/news/tin-tuc-su-kien/", its pages "/vi/news/tin-tuc-su-kien/page-2", the module root.
    listing_path=re.compile(r"^(?:/[a-z]{2})?/(?:news/(?:[^/?]+/?(?:page-\d+/?)?)?)?$"),
    # NukeViet's news module wraps the story body in #news-bodyhtml only on article pages.
    article_markers=COMMON_ARTICLE_MARKERS + ("//*[@id='news-bodyhtml']",),
    # NukeViet's search module is 'seek'.
    search_path="/vi/seek/?q={query}",
)
