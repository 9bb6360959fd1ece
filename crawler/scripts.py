"""Listings continued by a script: "Xem thêm" (load more) buttons and endless lists.

A portal whose listing shows its newest stories and a "Xem thêm" button loads the rest from an
endpoint that no <a href> names: an address with a page counter, in an inline script
(`$.get('/ajax/tin-moi.php?cat=1&page=' + page, …)`) or in the button's data-* attributes
(`data-url="/api/tin-tuc?chuyenmuc=2&trang=2"`). It answers with an HTML fragment or JSON. No
browser is needed: the endpoint is read as a template with its counter, asked for page after page
while each page gives new links, and its answers' links are followed like a listing's.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import urljoin

from parsel import Selector
from scrapy.http import Response

# A page counter's parameter: page, trang ("trang" = page), p, pageindex, pagenumber, pg, paged.
_COUNTER = r"(?:page|trang|p|pageindex|pagenumber|pagenum|pg|paged|currentpage)"

# In a script, a quoted address that ends with the counter's parameter and is continued by `+`:
# '/ajax/tin-moi.php?cat=1&page=' + page
_SCRIPT_PREFIX = re.compile(rf"""["'](?P<prefix>(?:https?://[^"'\s]+|/[^"'\s]*)[?&]{_COUNTER}=)["']\s*\+""", re.IGNORECASE)

# A whole address with its counter: "/api/tin-tuc?chuyenmuc=2&trang=2" (in a script or a data-* attribute).
_WITH_COUNTER = re.compile(rf"^(?P<head>(?:https?://\S+|/\S*)[?&]{_COUNTER}=)(?P<page>\d{{1,4}})(?P<tail>(?:&\S*)?)$", re.IGNORECASE)
_QUOTED = re.compile(r"""["']((?:https?://|/)[^"'\s]+)["']""")

# The attributes a load-more control keeps its endpoint in.
_DATA_URL = "//@*[starts-with(name(), 'data-') and (contains(name(), 'url') or contains(name(), 'href') or contains(name(), 'link') or contains(name(), 'api') or contains(name(), 'next') or contains(name(), 'source'))]"

# JSON string values that are addresses, or markup holding links.
_JSON_URL = re.compile(r"^(?:https?://|/)[^\s<>\"']+$")


@dataclass(frozen=True)
class Endpoint:
    """An endpoint's address for any page: `head` + page number + `tail`."""

    head: str
    tail: str = ""

    def page(self, n: int) -> str:
        return f"{self.head}{n}{self.tail}"


def endpoints(response: Response) -> list[tuple[Endpoint, int]]:
    """(endpoint, the first page to ask for) named by the page's inline scripts and data-*
    attributes, absolute, each once."""
    found: dict[Endpoint, int] = {}
    for script in response.xpath("//script[not(@src)]/text()").getall():
        for match in _SCRIPT_PREFIX.finditer(script):
            # The script counts from the page the listing shows: the first it loads is the second.
            found.setdefault(Endpoint(urljoin(response.url, match["prefix"])), 2)
        for quoted in _QUOTED.findall(script):
            _add_counted(found, urljoin(response.url, quoted))
    for value in response.xpath(_DATA_URL).getall():
        _add_counted(found, urljoin(response.url, value.strip()))
    return list(found.items())


def _add_counted(found: dict[Endpoint, int], url: str) -> None:
    match = _WITH_COUNTER.match(url)
    if match:
        found.setdefault(Endpoint(match["head"], match["tail"]), int(match["page"]))


def answer_links(response: Response) -> list[str]:
    """The absolute addresses an endpoint's answer names: an HTML fragment's links, or a JSON
    document's address values and the links of the markup it carries."""
    body = response.body.lstrip()
    if not body.startswith((b"{", b"[")):
        return [urljoin(response.url, href.strip()) for href in Selector(text=response.text).xpath("//a/@href").getall()]
    try:
        document = json.loads(body)
    except ValueError:
        return []
    links: list[str] = []
    stack = [document]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(reversed(list(value.values())))
        elif isinstance(value, list):
            stack.extend(reversed(value))
        elif isinstance(value, str):
            if _JSON_URL.match(value):
                links.append(urljoin(response.url, value))
            elif "<a" in value:
                links += [urljoin(response.url, href.strip()) for href in Selector(text=value).xpath("//a/@href").getall()]
    return links
