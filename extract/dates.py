"""The published date of a page, read the way a person reads it: the date stamp the portal prints
with the headline, then a labelled publication date elsewhere on the page, then the article's
metadata (in Vietnam's time), then htmldate's reading of the markup.

Never the crawl date, nor a date that merely appears on the page: the "today" in a header or a
visitor counter, a print view's "Ngày in", a related article's date, the date of a decision the
story cites. A date later than the day the page was fetched is impossible and is never taken. A
page with no findable date gets None.
"""
from __future__ import annotations

import itertools
import re
from datetime import date, datetime
from typing import NamedTuple
from zoneinfo import ZoneInfo

from lxml import etree

from vncorpus.extract.page import Page
from vncorpus.nlp.dates import valid_date
from vncorpus.nlp.regexes import DAY_DIGITS, DAY_WORD, WEEKDAY, Scan, iso_date, numeric_date, worded_date

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")

# ---- pattern pieces ----------------------------------------------------------------------------

# The calendar date itself, in the forms portals print: "05/09/2022", "05-09-2022", "30.05.2023",
# English "12-25-2011" (month first, so the middle figure may be a day); "ngày 30 tháng 5 năm 2023",
# Joomla's "12 Tháng 3 2021"; "2023-05-30".
_DATE = rf"""(?:
    (?:{DAY_WORD}\s+)?{numeric_date("n", month=DAY_DIGITS)}
  | (?:{DAY_WORD}\s+)?{worded_date("w", stamp=True)}
  | {iso_date("i")}
)"""
# A time after the date: "22:28", "- 22:28", "16:39:43", "09:15 AM", "| 08:00 SA", and the zone news
# sites print after it: "10:18 GMT+7", "03:04 AM (GMT+7)", "10:18 (GMT+07:00)"
_TIME = r"(?:\s*[-,|]?\s*(?:lúc\s+)?\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH))?(?:\s*\(?(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?\)?)?)"
# A time before the date, as some news themes print the stamp: "08:15 16/03/2026", "08:15 - 16/03/2026",
# "8h15, Thứ hai 16/03/2026".
_TIME_FIRST = r"(?:\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH))?\s*[-,|]?\s*)"
# Labels that say the date is the article's publication:
_PUBLISHED = r"""(?:
    ngày\s+(?:đăng(?:\s+tải)?|xuất\s+bản|phát\s+hành|viết|đưa\s+tin)   # "Ngày đăng: 30/05/2023", "Ngày xuất bản: …"
  | (?:được\s+)?đăng(?:\s+(?:tải|ngày|lúc|vào|vào\s+ngày))?           # "Đăng ngày: …", Joomla's "Được đăng ngày Thứ năm, 12 Tháng 3 2021"
  | xuất\s+bản(?:\s+ngày)?                                              # "Xuất bản: …"
  | thời\s+gian\s+đăng                                                  # "Thời gian đăng: 12/04/2021"
  | (?P<en>published(?:\s+on)?|posted(?:\s+on)?|date\s+posted)        # English themes, which write the month first
)"""
# Labels that say it is the last update; SharePoint portals print nothing else ("(Cập nhật lúc: 16/01/2020 16:39:43 )").
_UPDATED = r"(?:(?:ngày\s+|lần\s+)?cập\s+nhật(?:\s+(?:lúc|ngày|lần\s+cuối))?|sửa\s+(?:đổi|lần\s+cuối)|updated)"
# Labels of dates that are not the article's: a print view's date, "today", a visit, a listed
# legal document's issue or effective date ("Văn bản mới" sidebars: "Ngày ban hành: 05/01/2024").
_NOT_PUBLISHED = r"""(?:ngày\s+in|in\s+ngày|in\s+lúc|hôm\s+nay|ngày\s+truy\s+cập|truy\s+cập\s+ngày|ngày\s+hiện\s+tại|printed
  | ngày\s+(?:ban\s+hành|hiệu\s+lực|có\s+hiệu\s+lực|ký|hết\s+hạn))"""
_SEP = r"\s*[:\-–,]?\s*"

_FLAGS = re.IGNORECASE | re.VERBOSE
# A line that is nothing but a date stamp, labelled or not: "Thứ hai - 05/09/2022 22:28", "08:15 16/03/2026",
# "(Cập nhật lúc: 16/01/2020 16:39:43 )", "30/05/2023 09:15", "Ngày đăng:\n30/05/2023" (label and
# date in neighbouring elements).
_STAMP = re.compile(
    rf"^[ \t]*[(\[]?\s*(?:(?P<label>{_PUBLISHED}|{_UPDATED}|{_NOT_PUBLISHED}){_SEP})?{_TIME_FIRST}?(?:{WEEKDAY}{_SEP})?{_DATE}{_TIME}?\s*[)\]]?[ \t]*$",
    _FLAGS | re.MULTILINE,
)
# A stamp that opens a line, the rest of which is something else: "Thứ năm, 20/12/2012, 10:18 GMT+7 Tiêu đề".
_STAMP_FIRST = re.compile(
    rf"^[ \t]*[(\[]?\s*(?:(?P<label>{_PUBLISHED}|{_UPDATED}){_SEP})?(?:{WEEKDAY}{_SEP})?{_DATE}{_TIME}?\s*[)\]]?[ \t]+", _FLAGS
)
# A labelled date inside a longer line: "Lượt xem: 120 | Ngày đăng: 30/05/2023 | In bài".
# The words after it are the first word of every label above: the scan starts only where one stands.
_LABELLED = Scan(
    rf"\b(?P<label>{_PUBLISHED}|{_UPDATED}|{_NOT_PUBLISHED}){_SEP}(?:{WEEKDAY}{_SEP})?{_DATE}",
    "ngày", "lần", "cập", "được", "đăng", "xuất", "thời", "truy", "in", "hôm", "sửa",
    "published", "posted", "printed", "date", "updated",
    digit=False, flags=_FLAGS,
)
_PUBLISHED_LABEL = re.compile(rf"^{_PUBLISHED}$", _FLAGS)
_NOT_PUBLISHED_LABEL = re.compile(rf"^{_NOT_PUBLISHED}$", _FLAGS)

# Metadata a CMS writes for the article itself (not the page's last modification).
_META_XPATHS = tuple(map(etree.XPath, (
    "//meta[@property='article:published_time' or @name='article:published_time']/@content",
    "//meta[@property='og:published_time' or @itemprop='datePublished']/@content",
    "//meta[@name='pubdate' or @name='publishdate' or @name='PublishDate' or @name='publish-date']/@content",
    "//meta[@name='dc.date.issued' or @name='DC.date.issued' or @name='dcterms.created']/@content",
    "//*[contains(concat(' ', @property, ' '), ' dc:created ')]/@content",  # Drupal 7 RDFa
    "//*[@itemprop='datePublished']/@datetime | //*[@itemprop='datePublished']/@content",
    "//time[contains(concat(' ', @class, ' '), ' published ') or @pubdate]/@datetime",  # WordPress
)))
_ISO = re.compile(rf"{iso_date()}(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?\s*(?:Z|[+-][0-2]\d:?[0-5]\d)?)?")
# How far past the headline the date stamp may sit when the story's start is not found on the page.
_STAMP_REACH = 600


class DateOnPage(NamedTuple):  # a tuple: a portal page's related lists print dozens
    value: date
    start: int
    end: int
    label: str  # "published", "updated", "stamp" (no label) or "other" (print date, today …)


# ---- the date on a page ------------------------------------------------------------------------


def published_date(page: Page, headline: str, story_start: str, fetched: date | None) -> tuple[date | None, str | None]:
    """(date, where it came from: "page" | "meta" | "htmldate"), or (None, None)."""
    line = page.locate_headline(headline)
    found = date_in_lines(page.text, headline, story_start, fetched, page.offset(line) if line is not None else None)
    if found:
        return found, "page"
    found = _script_written_date(page, fetched)
    if found:
        return found, "page"
    found = metadata_date(page, fetched)
    if found:
        return found, "meta"
    found = _htmldate(page, fetched)
    return (found, "htmldate") if found else (None, None)


def fetch_day(fetched_at: datetime | None) -> date:
    """The day in Vietnam a page was fetched (now, for a page read from a file): no article was
    published after it."""
    moment = fetched_at or datetime.now(VIETNAM)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=VIETNAM)
    return moment.astimezone(VIETNAM).date()


def date_in_lines(lines: str, headline: str, story_start: str, fetched: date | None, top: int | None = None) -> date | None:
    """The article's date among a page's visible lines (or a plain-text page's lines): the first
    stamp between the headline and the story, preferring a publication label to an update label;
    else a publication label anywhere after the headline; else a stamp on the line above the headline.
    `top` is where the headline stands, when the caller knows it better than the first occurrence
    of its words (a breadcrumb may end with the headline)."""
    if top is None:
        top = max(0, _find(lines, headline, 0))
    body = _find(lines, story_start, top + len(headline)) if story_start else -1
    end = body if body > top else top + len(headline) + _STAMP_REACH
    dates = [d for d in dates_on_page(lines) if fetched is None or d.value <= fetched]
    between = [d for d in dates if top <= d.start < end and d.label != "other"]
    for wanted in (("published", "stamp"), ("updated",)):
        chosen = [d for d in between if d.label in wanted]
        if chosen:
            return chosen[0].value
    after = [d for d in dates if d.start >= top and d.label == "published"]
    if after:
        return after[0].value
    # Some themes print the stamp on the line just above the headline; anything further up is a
    # sidebar's or a header's date, and a stamp of the fetch day there is the header's "today".
    above = [
        d for d in dates
        if d.end <= top and not lines[d.end : top].strip() and d.label in ("published", "stamp") and d.value != fetched
    ]
    return above[-1].value if above else None


def dates_on_page(lines: str) -> list[DateOnPage]:
    """Every date stamp and labelled date on the page, in order, with what its label says."""
    found: dict[int, DateOnPage] = {}
    for match in itertools.chain(_STAMP.finditer(lines), _LABELLED.finditer(lines)):
        value = _date_of(match)
        start = match.start("label") if match["label"] else match.start()
        if value and start not in found:
            found[start] = DateOnPage(value, start, match.end(), _label_kind(match["label"]))
    return sorted(found.values(), key=lambda d: d.start)


def without_stamp(line: str) -> str:
    """The line without the date stamp that opens it (unchanged when none does)."""
    match = _STAMP_FIRST.match(line)
    return line[match.end() :] if match and _date_of(match) else line


def is_dateline(line: str) -> bool:
    """Whether a line of text is nothing but a date stamp (it is furniture, not story)."""
    return bool(_STAMP.fullmatch(line.strip()))


def metadata_date(page: Page, fetched: date | None) -> date | None:
    """The publication date the page's metadata gives, as a day in Vietnam."""
    values = [str(value) for xpath in _META_XPATHS for value in xpath(page.tree)]
    values += [value for value in page.json_ld("datePublished") if isinstance(value, str)]  # AMP, news themes
    for value in values:
        found = vietnam_day(value)
        if found and (fetched is None or found <= fetched):
            return found
    return None


def vietnam_day(value: str) -> date | None:
    """An ISO 8601 date or timestamp → the day it was in Vietnam: "2022-09-04T17:28:00Z" →
    2022-09-05. A timestamp without an offset is taken as Vietnam's own time."""
    match = _ISO.search(value or "")
    if not match:
        return None
    try:
        moment = datetime.fromisoformat(match.group().replace(" ", "T", 1).replace("Z", "+00:00").replace("T+", "+"))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(VIETNAM)
    return moment.date()


# Scripts that write the date into the page's date element (VCCorp's sites: a span of class
# "author-date" holding document.write(formatTime('2024-02-06 07:40'))): what the visitor sees
# printed there, which the page's lines (scripts left out) do not hold.
_DATE_SCRIPTS = etree.XPath(
    "//script[contains(., 'document.write') or contains(., 'innerHTML')]"
    "[ancestor::*[position() <= 2][contains(translate(@class, 'DT', 'dt'), 'date') or contains(translate(@class, 'T', 't'), 'time')"
    " or contains(translate(@id, 'DT', 'dt'), 'date') or contains(translate(@id, 'T', 't'), 'time')]]/text()"
)
_DATE_LITERAL = re.compile(_DATE, _FLAGS)


def _script_written_date(page: Page, fetched: date | None) -> date | None:
    for script in _DATE_SCRIPTS(page.tree):
        match = _DATE_LITERAL.search(script)
        found = _date_of(match) if match else None
        if found and (fetched is None or found <= fetched):
            return found
    return None


# ---- helpers -----------------------------------------------------------------------------------


def _find(lines: str, needle: str, start: int) -> int:
    """Where a headline or the story's first words stand on the page (whitespace-insensitive)."""
    needle = " ".join(needle.split())[:60]
    if not needle:
        return -1
    pattern = r"\s+".join(re.escape(word) for word in needle.split())
    match = re.compile(pattern, re.IGNORECASE).search(lines, start)
    return match.start() if match else -1


def _date_of(match: re.Match) -> date | None:
    if match["nyear"]:
        # "Published on 03-08-2011": an English label's date is month-day-year, as in English. A
        # script's date (_DATE_LITERAL) has no label.
        if match.groupdict().get("en") and valid_date(match["nyear"], match["nday"], match["nmonth"]):
            return valid_date(match["nyear"], match["nday"], match["nmonth"])
        return valid_date(match["nyear"], match["nmonth"], match["nday"])
    if match["wyear"]:
        return valid_date(match["wyear"], match["wmonth"], match["wday"])
    return valid_date(match["iyear"], match["imonth"], match["iday"])


def _label_kind(label: str | None) -> str:
    if not label:
        return "stamp"
    label = " ".join(label.split())
    if _NOT_PUBLISHED_LABEL.match(label):
        return "other"
    return "published" if _PUBLISHED_LABEL.match(label) else "updated"


def _htmldate(page: Page, fetched: date | None) -> date | None:
    """htmldate on the markup, for what the page's stamps and metadata did not tell: a date in the
    address, in attributes, or printed in a form the stamps above do not read ("Tháng Sáu 17,
    2025"). A date the page shows as a stamp we read is a decoy here (a related article's, a
    sidebar's, a print view's "Ngày in", a counter's "Hôm nay"): had it been the article's, it
    would have stood with the headline and been taken already. Nor the fetch day: with no stamp
    or metadata saying so, that is a header's "today"."""
    from htmldate import find_date

    shown = {d.value for d in dates_on_page(page.text)}
    # extensive_search=False: only dates the page states about itself; the extensive search
    # would fall back to any date in the text, e.g. a cited decision's date.
    try:
        value = find_date(page.html, extensive_search=False, original_date=True)
    except Exception:  # htmldate raises assorted errors on malformed markup; a missing date is the answer
        return None
    found = datetime.strptime(value, "%Y-%m-%d").date() if value else None
    if found is None or found in shown or (fetched is not None and found >= fetched):
        return None
    return found
