"""SharePoint portals (Bắc Kạn's): /Pages/<slug>-<hex>.aspx articles, *.aspx?Page=N listings."""
import re

from crawler.platforms.base import COMMON_ARTICLE_MARKERS, Platform

SHAREPOINT = Platform(
    name="sharepoint",
    # "/Pages/tang-cuong-trien-khai-thuc-hien-chien-luoc-thong-tin-doi-ngoai-2a2c.aspx": the
    # publishing site appends a short hex id to each news page's slug.
    article_path=re.compile(r"^/Pages/[^/?]+-[0-9a-f]{4,}\.aspx$", re.IGNORECASE),
    # "/Pages/tin-tuc-su-kien.aspx", "/Pages/tin-tuc-su-kien.aspx?Page=2"
    listing_path=re.compile(r"^/(?:Pages/[^/?]+\.aspx(?:\?Page=\d+)?)?$", re.IGNORECASE),
    # No markup tells a SharePoint news page from a listing (both print "Cập nhật lúc" dates), so
    # the article URL shape plus a visible date decides.
    article_markers=COMMON_ARTICLE_MARKERS,
    # SharePoint publishing sites' search centre page.
    search_path="/Pages/search.aspx?k={query}",
)
