"""The published date of a page, read the way a person reads it: from the date the portal
prints beside the headline, then from the page's metadata, then htmldate's heuristics.

Never the crawl date: a page with no findable date gets None.
"""
from __future__ import annotations

import re
from datetime import date, datetime

from parsel import Selector

from nlp.dates import valid_date

# The labels portals print before an article's date, each named by the portal style it comes from.
_LABEL = r"""
    (?:
        Cập\s+nhật\s+lúc            # SharePoint (Bắc Kạn): "(Cập nhật lúc: 16/01/2020 16:39:43 )"
      | Ngày\s+(?:đăng|xuất\s+bản|cập\s+nhật|ban\s+hành\s+tin)  # "Ngày đăng: 30/05/2023"
      | Đăng\s+(?:ngày|lúc)         # "Đăng ngày: 30/05/2023"
      | Thời\s+gian\s+đăng           # "Thời gian đăng: 12/04/2021"
      | Thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|Chủ\s+nhật  # NukeViet: "Thứ hai - 05/09/2022 22:28"
    )"""
_SEPARATOR = r"\s*[:\-–,]?\s*"
_DMY = r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>(?:19|20)\d{2})"
_TIME = r"(?:\s*[-,|]?\s*\d{1,2}:\d{2}(?::\d{2})?)"

_LABELLED = re.compile(_LABEL + _SEPARATOR + _DMY, re.IGNORECASE | re.VERBOSE)
# A line that is nothing but the page's date stamp, labelled or not: "30/05/2023 09:15".
_DATELINE = re.compile(r"^\(?\s*" + _LABEL + "?" + _SEPARATOR + _DMY + _TIME + r"?\s*\)?$", re.IGNORECASE | re.VERBOSE)

# Metadata a CMS writes for the article itself (not for the page's last modification).
_META_XPATHS = (
    "//meta[@property='article:published_time']/@content",
    "//meta[@name='pubdate' or @name='publishdate' or @name='PublishDate']/@content",
    "//meta[@itemprop='datePublished']/@content",
    "//time[@itemprop='datePublished']/@datetime",
)
_ISO_DATE = re.compile(r"((?:19|20)\d{2})-(\d{2})-(\d{2})")


def published_date(selector: Selector, html: str) -> tuple[date | None, str | None]:
    """(date, where it came from: "page" | "meta" | "htmldate"), or (None, None)."""
    visible = " ".join(selector.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall())
    found = labelled_date(visible)
    if found:
        return found, "page"
    for xpath in _META_XPATHS:
        for value in selector.xpath(xpath).getall():
            iso = _ISO_DATE.search(value)
            if iso:
                found = valid_date(int(iso[1]), int(iso[2]), int(iso[3]))
                if found:
                    return found, "meta"
    found = _htmldate(html)
    return (found, "htmldate") if found else (None, None)


def is_dateline(line: str) -> bool:
    return bool(_DATELINE.match(line.strip()))


def labelled_date(text: str) -> date | None:
    """The first valid date printed with a publication label ("Ngày đăng: 30/05/2023")."""
    for match in _LABELLED.finditer(text):
        found = valid_date(int(match["y"]), int(match["m"]), int(match["d"]))
        if found:
            return found
    return None


def _htmldate(html: str) -> date | None:
    from htmldate import find_date

    # extensive_search=False: only dates the page states about itself; the extensive search
    # would fall back to any date in the text, e.g. a cited decision's date.
    try:
        value = find_date(html, extensive_search=False, original_date=True)
    except Exception:  # htmldate raises assorted errors on malformed markup; a missing date is the answer
        return None
    return datetime.strptime(value, "%Y-%m-%d").date() if value else None


