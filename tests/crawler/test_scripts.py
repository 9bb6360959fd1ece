"""Listings continued by a script (crawler/scripts.py): the endpoints that inline scripts and
"Xem thêm" buttons name, and the links in their answers."""
import pytest
from scrapy.http import HtmlResponse, TextResponse

from vncorpus.crawler.scripts import Endpoint, answer_links, endpoints

H = "http://127.0.0.1:8000"


def _page(body: str) -> HtmlResponse:
    return HtmlResponse(H + "/tin-tuc/", body=f"<html><body>{body}</body></html>".encode(), encoding="utf-8")


@pytest.mark.parametrize(
    "body, found",
    [
        # jQuery's load-more: the counter appended to a quoted prefix; the first load is page 2
        ("<script>var page = 1; $('#xem-them').click(function () { page++; $.get('/ajax/tin-moi.php?cat=1&page=' + page, f); });</script>",
         [(Endpoint(H + "/ajax/tin-moi.php?cat=1&page="), 2)]),
        ('<script>fetch("/Ajax/LoadNews.aspx?pageindex=" + (current + 1))</script>', [(Endpoint(H + "/Ajax/LoadNews.aspx?pageindex="), 2)]),
        # a button's data-url with the page it loads next ("trang" = page)
        ('<button class="btn-xem-them" data-url="/api/thong-bao?chuyenmuc=2&trang=2">Xem thêm</button>',
         [(Endpoint(H + "/api/thong-bao?chuyenmuc=2&trang=", ""), 2)]),
        ('<a class="load-more" data-next-url="/tin-tuc/trang?p=3&amp;loai=tin">Xem thêm</a>', [(Endpoint(H + "/tin-tuc/trang?p=", "&loai=tin"), 3)]),
        # a script's whole address with its counter
        ("<script>var next = '/ajax/tin?page=2';</script>", [(Endpoint(H + "/ajax/tin?page="), 2)]),
        # no counter: nothing to page through
        ('<button data-url="/api/thoi-tiet">Thời tiết</button><script>$.get("/ajax/dem-truy-cap.php")</script>', []),
        ('<script src="/js/ajax.js?page=2"></script>', []),  # an external script's own address
    ],
)
def test_endpoints_named_by_scripts_and_buttons(body, found):
    assert endpoints(_page(body)) == found


def test_the_links_of_an_html_fragment():
    fragment = TextResponse(H + "/ajax/tin-moi.php?cat=1&page=2", body='<div class="item"><a href="/tin-tuc/a-1.html">A</a></div><a href="b-2.html">B</a>'.encode(), encoding="utf-8")
    assert answer_links(fragment) == [H + "/tin-tuc/a-1.html", H + "/ajax/b-2.html"]


def test_the_links_of_a_json_answer():
    body = '{"trang": 2, "ds": [{"duong_dan": "/thong-bao/a-1.html", "anh": "/uploads/1.jpg"}, {"html": "<a href=\\"/thong-bao/b-2.html\\">B</a>"}], "ghi_chu": "xem thêm"}'
    answer = TextResponse(H + "/api/thong-bao?trang=2", body=body.encode(), encoding="utf-8")
    assert answer_links(answer) == [H + "/thong-bao/a-1.html", H + "/uploads/1.jpg", H + "/thong-bao/b-2.html"]


def test_an_empty_answer_has_no_links():
    assert answer_links(TextResponse(H + "/ajax/tin?page=9", body=b"", encoding="utf-8")) == []
