"""Drupal portals (Lạng Sơn's): article nodes under path aliases, ?page=N (0-based) listings."""
import re

from vncorpus.crawler.platforms.base import Platform

DRUPAL = Platform(
    name="drupal",
    # Drupal themes keep the node type in the node element's classes; basic pages ("Giới
    # thiệu", "Liên hệ") are node--type-page.
    article_markers=("//article[contains(concat(' ', normalize-space(@class), ' '), ' node--type-article ')][not(contains(@class, 'node--view-mode-teaser'))]",),
    other_markers=(
        "//article[contains(concat(' ', normalize-space(@class), ' '), ' node--type-page ')]",
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' node--view-mode-teaser ')]",
    ),
    # "/tin-tuc/hoi-nghi-tap-huan-cong-tac-tuyen-truyen", "/node/1234"
    article_path=re.compile(r"^/(?:node/\d+|[^/?]+/[^/?]+)$"),
    # "/tin-tuc?page=1", "/taxonomy/term/12"
    listing_path=re.compile(r"^/(?:[^/?]+\?page=\d+|taxonomy/term/\d+(?:\?page=\d+)?)$"),
    # Drupal core search of content nodes.
    search_path="/search/node?keys={query}",
    generator=re.compile(r"Drupal", re.IGNORECASE),
)
