"""Where a site's sitemap is looked for beyond /sitemap.xml and robots.txt: the places its CMS,
recognised on the start page, puts one."""
import pytest

from vncorpus.crawler.discovery import platform_sitemaps
from vncorpus.crawler.platforms import PLATFORMS

H = "http://127.0.0.1:8000"


@pytest.mark.parametrize(
    "page, sitemaps",
    [
        ('<meta name="generator" content="WordPress 6.1.1">', [H + "/wp-sitemap.xml", H + "/?sitemap=index"]),
        ('<link rel="stylesheet" href="/wp-content/themes/twentytwentythree/style.css">', [H + "/wp-sitemap.xml", H + "/?sitemap=index"]),
        ('<meta name="generator" content="NukeViet v4.5">', []),  # its index is /sitemap.xml, asked for on every site
        ("<p>Cổng thông tin điện tử</p>", []),
    ],
)
def test_the_start_page_names_its_cms_sitemaps(page, sitemaps):
    assert platform_sitemaps(H + "/vi/", f"<html><head>{page}</head></html>", PLATFORMS.values()) == sitemaps
