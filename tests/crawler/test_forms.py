"""Listings that page by posting a form (crawler/forms.py): which postback links are a pager's, and
the POST a browser would send for one."""
from urllib.parse import parse_qsl

import pytest
from scrapy.http import HtmlResponse

from vncorpus.crawler.forms import postback_pagers, postback_request

GRID = "ctl00$ContentPlaceHolder1$gvNews"


def _page(links: str, form: bool = True) -> HtmlResponse:
    hidden = ('<input type="hidden" name="__VIEWSTATE" value="dDwtMTA4" /><input type="hidden" name="__EVENTVALIDATION" value="/wEWAg" />'
              '<input type="hidden" name="__EVENTTARGET" value="" /><input type="hidden" name="__EVENTARGUMENT" value="" />')
    body = f'<form method="post" action="./danh-sach.aspx?catid=2" id="form1">{hidden}{links}</form>' if form else links
    return HtmlResponse("http://127.0.0.1:8000/danh-sach.aspx?catid=2", body=f"<html><body>{body}</body></html>".encode(), encoding="utf-8")


def _link(target: str, argument: str, text: str) -> str:
    return f"<a href=\"javascript:__doPostBack('{target}','{argument}')\">{text}</a>"


@pytest.mark.parametrize(
    "target, argument, text, pager",
    [
        (GRID, "Page$2", "2", True),  # GridView's numeric pager
        (GRID, "Page$11", "...", True),  # the next block of page numbers
        (GRID, "Page$Next", "»", True),
        ("ctl00$ContentPlaceHolder1$lnkNext", "", "Trang sau", True),  # a LinkButton by its text
        ("ctl00$ContentPlaceHolder1$DataPager1$ctl01$ctl03", "", "3", True),  # a DataPager's number
        ("ctl00$lnkFontLarge", "", "A+", False),  # font size
        ("ctl00$ContentPlaceHolder1$ctl00$lnkSendMail", "", "Gửi email", False),  # send by mail
        ("ctl00$ucLogin$btnLogin", "", "Đăng nhập", False),  # log in
        ("ctl00$ucPoll$lnkVote", "", "Bình chọn", False),  # a poll
    ],
)
def test_only_a_pagers_postbacks_are_replayed(target, argument, text, pager):
    assert postback_pagers(_page(_link(target, argument, text))) == ([(target, argument)] if pager else [])


def test_the_post_carries_the_forms_hidden_fields():
    request = postback_request(_page(_link(GRID, "Page$2", "2")), GRID, "Page$2", callback=None)
    form = dict(parse_qsl(request.body.decode()))
    assert request.method == "POST" and request.url == "http://127.0.0.1:8000/danh-sach.aspx?catid=2"
    assert form == {"__VIEWSTATE": "dDwtMTA4", "__EVENTVALIDATION": "/wEWAg", "__EVENTTARGET": GRID, "__EVENTARGUMENT": "Page$2"}


def test_no_form_no_postback():
    assert postback_request(_page(_link(GRID, "Page$2", "2"), form=False), GRID, "Page$2", callback=None) is None
