"""Fixture HTML → article: every sample-portal article's title, date, author and text bounds."""
import pytest

from vncorpus.crawler.models import Source
from vncorpus.extract.article import extract_from_html
from sample_portals import expected_articles

ARTICLES = expected_articles()
BOILERPLATE = (
    "Thống kê truy cập",
    "Đang truy cập",
    "Những tin mới hơn",
    "Những tin cũ hơn",
    "Tin liên quan",
    "Skip Ribbon Commands",
    "Sign In",
    "ĐÁNH GIÁ BÀI VIẾT",
    "Trang chủ",
    "IMG 9644",
)


@pytest.fixture(params=ARTICLES, ids=[f"{a.site}:{a.path.rsplit('/', 1)[-1][:30]}" for a in ARTICLES])
def case(request):
    expected = request.param
    source = Source(expected.site, expected.site, expected.province, ("http://127.0.0.1/",), expected.platform)
    html = expected.file.read_text(encoding="utf-8")
    return expected, extract_from_html(html, "http://127.0.0.1:8000" + expected.path, source)


def test_title(case):
    expected, article = case
    assert article.title == expected.title


def test_published_date_from_the_page(case):
    expected, article = case
    assert article.published.isoformat() == expected.published
    assert article.date_source in ("page", "meta")


def test_author(case):
    expected, article = case
    assert article.author == expected.author


def test_text_keeps_lead_and_drops_furniture(case):
    expected, article = case
    assert article.text.startswith(expected.first_sentence)
    assert article.text.rstrip().endswith(expected.last_sentence)
    for phrase in BOILERPLATE:
        assert phrase not in article.text
    if expected.author:
        assert not article.text.rstrip().endswith(expected.author)
