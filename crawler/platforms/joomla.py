"""Joomla sites: com_content articles at /index.php/<menu>/<id>-<alias>, blogs paged with ?start=N."""
import re

from vncorpus.crawler.platforms.base import Platform

JOOMLA = Platform(
    name="joomla",
    # com_content's article view wraps one article in div.item-page; its category blog and
    # list views are div.blog and div.category-list.
    article_markers=("//div[contains(concat(' ', normalize-space(@class), ' '), ' item-page ')]",),
    other_markers=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' blog ') or contains(concat(' ', normalize-space(@class), ' '), ' category-list ')]",
    ),
    article_path=re.compile(r"/\d+-[^/?]+$"),
    listing_path=re.compile(r"[?&](?:start|limitstart)=\d+$"),
    search_path="/index.php?option=com_search&searchword={query}",
    generator=re.compile(r"Joomla", re.IGNORECASE),
)
