"""SharePoint portals (Bắc Kạn's): /Pages/<slug>[-<hex>].aspx news pages, *.aspx?Page=N listings."""
import re

from vncorpus.crawler.platforms.base import Platform

SHAREPOINT = Platform(
    name="sharepoint",
    # No markup tells a SharePoint news page from a listing (both sit in ms-rtestate-field), so
    # its pages are recognised by structure alone.
    # "/Pages/tang-cuong-trien-khai-2a2c.aspx": publishing sites often append a short hex id.
    article_path=re.compile(r"^/Pages/[^/?]+-[0-9a-f]{4,}\.aspx$", re.IGNORECASE),
    # "/Pages/tin-tuc-su-kien.aspx?Page=2"
    listing_path=re.compile(r"^/Pages/[^/?]+\.aspx\?Page=\d+$", re.IGNORECASE),
    # SharePoint publishing sites' search centre page.
    search_path="/Pages/search.aspx?k={query}",
    generator=re.compile(r"Microsoft SharePoint|_layouts/15/", re.IGNORECASE),
)
