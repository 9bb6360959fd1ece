"""The headline is the heading the page's own title names, not the site's name or a block title."""
import pytest

from vncorpus.extract.headline import headline
from vncorpus.extract.page import Page

HEADLINE = "Hội đàm trực tuyến giữa tỉnh Sơn La và tỉnh Hủa Phăn (Lào) năm 2020"


@pytest.mark.parametrize(
    "head, body",
    [
        # NukeViet: <title> is "Headline - Category - Site"
        (f"<title>{HEADLINE} - Tin tức - Sở Ngoại vụ</title>", f"<h1>{HEADLINE}</h1>"),
        # a mobile theme puts the site's name in <h1> and the headline in <h2>
        (f"<title>{HEADLINE} - Sở Ngoại vụ tỉnh Sơn La</title>", f"<h1>Sở Ngoại vụ tỉnh Sơn La</h1><h2>{HEADLINE}</h2>"),
        # Liferay: a portlet title in <h2> first, og:title the site's name, <title> the headline and site
        (
            f'<title>{HEADLINE} - Cổng thông tin điện tử tỉnh Sơn La</title><meta property="og:title" content="Cổng thông tin điện tử tỉnh Sơn La">',
            f'<h2>Tin tức - Sự kiện</h2><h2>Tin cùng chuyên mục</h2><h3 class="header-title">{HEADLINE}</h3>',
        ),
        # a print view: "In bài viết: Headline - Site"
        (f"<title>In bài viết: {HEADLINE} - Sở Ngoại vụ</title>", f"<div class='print-title'>{HEADLINE}</div>"),
        # SharePoint: the headline in a title-classed <h2>, no metadata at all
        ("", f"<div id='s4-ribbonrow'>Skip Ribbon Commands</div><h2 class='news-title'>{HEADLINE}</h2>"),
        # no heading at all: the metadata title without the site's name
        (f"<title>{HEADLINE} - Cổng thông tin điện tử tỉnh Sơn La</title>", "<p>…</p>"),
    ],
)
def test_headline(head, body):
    assert headline(Page(f"<html><head>{head}</head><body>{body}</body></html>")) == HEADLINE


def test_a_headline_with_a_dash_keeps_it():
    title = "Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số"
    page = Page(f"<html><head><title>{title} - Ban Dân tộc</title></head><body><p>…</p></body></html>")
    assert headline(page) == title
