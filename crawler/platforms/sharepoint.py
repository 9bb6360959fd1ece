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
    # Article pages print "(Cập nhật lúc: 16/01/2020 16:39:43 )" under the headline; static
    # pages that happen to end in hex-like words do not.
    article_markers=COMMON_ARTICLE_MARKERS
    + ("//*[contains(normalize-space(.), 'Cập nhật lúc:') and not(*[contains(normalize-space(.), 'Cập nhật lúc:')])]",),
    # SharePoint publishing sites' search centre page.
    search_path="/Pages/search.aspx?k={query}",
)
