"""Listings that page by posting a form: ASP.NET Web Forms pagers.

A GridView or DataPager pages with links such as
`javascript:__doPostBack('ctl00$ContentPlaceHolder1$gvNews','Page$2')`: the browser copies the
two arguments into the page's one form, beside its __VIEWSTATE and __EVENTVALIDATION, and posts
it back to the page. No address names page 2, so a crawler that only follows hrefs sees a
listing's first page and nothing older. Such a link is replayed with form2request (Scrapy's
successor to FormRequest.from_response), which carries the form's hidden fields, and only when it
is a pager's:
its argument is a page ("Page$3", "Page$Next", "Page$Last"), or its text is a page number or a
next-page word. Every other postback (log-in and search buttons, votes, font size, "send by mail")
is left alone.
"""
from __future__ import annotations

import re

import scrapy
from form2request import form2request
from scrapy.http import Response

# javascript:__doPostBack('<event target>','<event argument>'), either quote.
POSTBACK = re.compile(r"""__doPostBack\(\s*['"](?P<target>[^'"]*)['"]\s*,\s*['"](?P<argument>[^'"]*)['"]\s*\)""")

# A pager's own argument: GridView's "Page$3", "Page$Next", "Page$Prev", "Page$First", "Page$Last".
PAGER_ARGUMENT = re.compile(r"^Page\$(?:\d+|Next|Prev|First|Last)$", re.IGNORECASE)

# A pager link's text: a page number, "…" (the next block of numbers), or a next/last-page word:
# "Trang sau", "Sau", "Tiếp", "Trang cuối", "Cuối", "Next", "Last", "»", ">", ">>".
PAGER_TEXT = re.compile(r"^(?:\d{1,5}|\.\.\.|…|(?:trang\s+)?(?:sau|tiếp(?:\s+theo)?|kế|cuối)|next|last|»|›|>|>>)$", re.IGNORECASE)

# The form a postback submits: the one holding the page's view state.
_FORM = "//form[.//input[@name='__VIEWSTATE']]"


def postback_pagers(response: Response) -> list[tuple[str, str]]:
    """(event target, event argument) of the page's pager postbacks, each once, in page order."""
    found: dict[tuple[str, str], None] = {}
    for link in response.xpath("//a[contains(@href, '__doPostBack')]"):
        call = POSTBACK.search(link.attrib.get("href", ""))
        if call is None:
            continue
        text = " ".join(" ".join(link.xpath(".//text()").getall()).split())
        if PAGER_ARGUMENT.match(call["argument"]) or PAGER_TEXT.match(text):
            found.setdefault((call["target"], call["argument"]), None)
    return list(found)


def postback_request(response: Response, target: str, argument: str, callback, **kwargs) -> scrapy.Request | None:
    """The POST a browser sends for the postback, or None when the page has no form to carry it."""
    form = response.xpath(_FORM)
    if not form:
        return None
    posted = form2request(form[0], {"__EVENTTARGET": target, "__EVENTARGUMENT": argument}, click=False)
    return posted.to_scrapy(callback=callback, **kwargs)


def view_state(response: Response) -> str:
    """The page's __VIEWSTATE: what a relative postback ("Page$Next") is relative to."""
    return response.xpath(f"{_FORM}//input[@name='__VIEWSTATE']/@value").get() or ""
