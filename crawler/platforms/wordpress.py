"""WordPress sites: posts at /<slug>/ or /<yyyy>/<mm>/<dd>/<slug>/, archives at /page/N/."""
import re

from vncorpus.crawler.platforms.base import Platform
from vncorpus.nlp.regexes import YEAR_DIGITS

WORDPRESS = Platform(
    name="wordpress",
    # The theme's <body> classes name the template: single-post for one post; home, blog,
    # archive, category, tag, search and page (a static page) for the rest.
    article_markers=("//body[contains(concat(' ', normalize-space(@class), ' '), ' single-post ')]",),
    other_markers=(
        "//body[contains(concat(' ', normalize-space(@class), ' '), ' page ') or contains(concat(' ', normalize-space(@class), ' '), ' archive ')"
        " or contains(concat(' ', normalize-space(@class), ' '), ' blog ') or contains(concat(' ', normalize-space(@class), ' '), ' search ')]",
    ),
    article_path=re.compile(rf"^/(?:{YEAR_DIGITS}/\d{{2}}/(?:\d{{2}}/)?)?[^/?]+-[^/?]+/$|[?&]p=\d+$"),
    listing_path=re.compile(r"/page/\d+/?$|^/(?:category|chuyen-muc)/[^/?]+/?$"),
    search_path="/?s={query}",
    generator=re.compile(r"WordPress|/wp-content/", re.IGNORECASE),
    # WordPress 5.5+'s own sitemap index: the rewritten address, and the query that answers
    # without pretty permalinks too.
    sitemap_paths=("/wp-sitemap.xml", "/?sitemap=index"),
)
