"""Liferay portals: asset publisher articles at /-/asset_publisher/<id>/content/<title>,
listings paged with the portlet's _<id>_cur=N."""
import re

from vncorpus.crawler.platforms.base import Platform

LIFERAY = Platform(
    name="liferay",
    # The asset publisher shows one article's full content in .asset-full-content, and a
    # listing's teasers in .asset-abstract.
    article_markers=("//*[contains(concat(' ', normalize-space(@class), ' '), ' asset-full-content ')]",),
    other_markers=("//*[contains(concat(' ', normalize-space(@class), ' '), ' asset-abstract ')]",),
    article_path=re.compile(r"/-/(?:asset_publisher/[^/]+/content/)?[^/?]+(?:\?|$)|_urlTitle=|struts_action=%2Fasset_publisher%2Fview_content", re.IGNORECASE),
    listing_path=re.compile(r"_cur=\d+|_delta=\d+", re.IGNORECASE),
    search_path="/web/guest/tim-kiem?q={query}",
    generator=re.compile(r"Liferay|/o/frontend-js|/html/js/liferay", re.IGNORECASE),
)
