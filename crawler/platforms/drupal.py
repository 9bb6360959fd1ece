"""Drupal portals (Lạng Sơn's): article nodes under path aliases, ?page=N (0-based) listings."""
import re

from crawler.platforms.base import COMMON_ARTICLE_MARKERS, Platform

DRUPAL = Platform(
    name="drupal",
    # "/tin-tuc/hoi-nghi-tap-huan-cong-tac-tuyen-truyen", "/node/1234"
    article_path=re.compile(r"^/(?:node/\d+|[^/?]+/[^/?]+)$"),
    # "/tin-tuc", "/tin-tuc?page=1", "/taxonomy/term/12"
    listing_path=re.compile(r"^/(?:[^/?]+(?:\?page=\d+)?|taxonomy/term/\d+(?:\?page=\d+)?)?$"),
    # Drupal themes keep the node type in the article element's classes; basic pages
    # ("Giới thiệu", "Liên hệ") are node--type-page.
    article_markers=COMMON_ARTICLE_MARKERS
    + ("//article[contains(concat(' ', normalize-space(@class), ' '), ' node--type-article ')]",),
    # Drupal core search of content nodes.
    search_path="/search/node?keys={query}",
)
