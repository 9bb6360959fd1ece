"""Which pages each platform calls articles, and which links it follows (sample-portal URLs and real shapes)."""
import pytest
from parsel import Selector

from crawler.platforms import PLATFORMS

DATED = "<html><body><h1>Tiêu đề</h1><p>Thứ hai - 05/09/2022 22:28</p></body></html>"
UNDATED = "<html><body><h1>Giới thiệu chung</h1><p>Tỉnh Điện Biên nằm ở phía Tây Bắc.</p></body></html>"


@pytest.mark.parametrize(
    "platform, path, html, expected",
    [
        ("nukeviet", "/vi/news/tin-tuc-su-kien/nang-cao-hieu-qua-1234.html", DATED, True),
        ("nukeviet", "/news/tin-tuc/hoi-nghi-tong-ket-77.html", DATED, True),
        ("nukeviet", "/vi/news/tin-tuc-su-kien/", DATED, False),  # listing page with dates in it
        ("nukeviet", "/vi/news/tin-tuc-su-kien/page-2", DATED, False),
        ("nukeviet", "/vi/about/gioi-thieu.html", UNDATED, False),
        ("nukeviet", "/vi/news/x/y-12.html", UNDATED, False),  # article shape but no date: a static page
        ("nukeviet", "/vi/", "<html><body><div id='news-bodyhtml'>x</div></body></html>", True),
        ("sharepoint", "/Pages/tang-cuong-trien-khai-2a2c.aspx", "<html><body><p>(Cập nhật lúc: 16/01/2020 16:39:43 )</p></body></html>", True),
        ("sharepoint", "/Pages/tin-tuc-su-kien.aspx", "<html><body><li>Tin 1 (Cập nhật lúc: 16/01/2020 16:39:43 )</li></body></html>", False),
        ("sharepoint", "/Pages/lien-he.aspx", UNDATED, False),
        ("sharepoint", "/Pages/tin-tuc-su-kien.aspx?Page=2", "<html><body><ul><li>Tin 1 - 16/01/2020</li></ul></body></html>", False),
        ("drupal", "/tin-tuc/hoi-nghi-tap-huan", "<html><body><article class='node node--type-article'>x</article></body></html>", True),
        ("drupal", "/gioi-thieu", "<html><body><article class='node node--type-page'>x</article></body></html>", False),
        ("drupal", "/lien-he", "<html><head><meta property='og:type' content='website'></head><body>x</body></html>", False),
        ("generic", "/anything", "<html><head><meta property='og:type' content='article'></head></html>", True),
        ("generic", "/tin-tuc/bai-viet-12345.html", DATED, True),
        ("generic", "/lien-he.html", UNDATED, False),
    ],
)
def test_is_article(platform, path, html, expected):
    assert PLATFORMS[platform].is_article("http://127.0.0.1:8000" + path, Selector(text=html)) is expected


@pytest.mark.parametrize(
    "platform, path, expected",
    [
        ("nukeviet", "/vi/news/tin-tuc-su-kien/", True),
        ("nukeviet", "/vi/news/tin-tuc-su-kien/page-3", True),
        ("nukeviet", "/vi/news/tin-tuc-su-kien/bai-viet-99.html", True),
        ("nukeviet", "/vi/about/gioi-thieu.html", False),
        ("nukeviet", "/admin/login", False),
        ("nukeviet", "/uploads/news/2022/anh-1.jpg", False),
        ("sharepoint", "/Pages/tin-tuc-su-kien.aspx?Page=2", True),
        ("sharepoint", "/Pages/bai-viet-2a2c.aspx", True),
        ("sharepoint", "/_layouts/15/Authenticate.aspx", False),
        ("drupal", "/tin-tuc?page=1", True),
        ("drupal", "/tin-tuc/hoi-nghi-tap-huan", True),
        ("drupal", "/sites/default/files/van-ban.pdf", False),
        ("generic", "/bat-ky-trang-nao", True),
        ("generic", "/tim-kiem?q=1191", False),
    ],
)
def test_should_follow(platform, path, expected):
    assert PLATFORMS[platform].should_follow("http://127.0.0.1:8000" + path) is expected


def test_search_pages_per_platform():
    from crawler.models import Source
    from crawler.discovery import search_urls

    source = Source("s", "S", None, ("https://dienbien.gov.vn/vi/",), "nukeviet")
    assert search_urls(source, PLATFORMS["nukeviet"].search_path, ("1191/QĐ-TTg", "thông tin đối ngoại")) == [
        "https://dienbien.gov.vn/vi/seek/?q=1191%2FQ%C4%90-TTg",
        "https://dienbien.gov.vn/vi/seek/?q=th%C3%B4ng+tin+%C4%91%E1%BB%91i+ngo%E1%BA%A1i",
    ]
    assert search_urls(source, PLATFORMS["drupal"].search_path, ("1191",)) == ["https://dienbien.gov.vn/search/node?keys=1191"]
    assert search_urls(source, PLATFORMS["generic"].search_path, ("1191",)) == []
