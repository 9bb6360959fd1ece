"""One capture → one Article: trafilatura finds the main text, Vietnamese-portal rules fix what it
gets wrong (lead paragraphs outside the body div, related-news tails, bylines, captions that are
image file names) and find the title, published date and author."""
from __future__ import annotations

import re
import unicodedata

import trafilatura
from parsel import Selector
from w3lib.encoding import html_to_unicode

from corpus.records import Article, Capture, Source, article_id_for
from extract.dates import fetch_day, is_dateline, published_date
from extract.legacy import repair_legacy_encoding
from extract.normalize import normalize_text
from nlp.regexes import UPPER


class NotAnArticle(Exception):
    """The capture holds no article text (empty, not HTML, nothing but boilerplate)."""


MIN_TEXT_CHARS = 200

# Blocks that end a story on Vietnamese portals: everything from such a line on is page furniture.
_TAIL_MARKERS = re.compile(
    r"""^(?:
        Những\s+tin\s+(?:mới|cũ)\s+hơn      # NukeViet: "Những tin mới hơn", "Những tin cũ hơn"
      | Tin\s+(?:liên\s+quan|cùng\s+chuyên\s+mục|khác|đã\s+đưa)  # "Tin liên quan", "Tin cùng chuyên mục"
      | Các\s+tin\s+(?:khác|đã\s+đưa)        # "Các tin khác"
      | Có\s+thể\s+bạn\s+quan\s+tâm          # Cao Bằng's portal
      | Bài\s+viết\s+liên\s+quan
      | ĐÁNH\s+GIÁ\s+BÀI\s+VIẾT              # rating widget "ĐÁNH GIÁ BÀI VIẾT( 0)"
      | Chia\s+sẻ(?:\s+bài\s+viết)?\s*:?$     # share buttons
      | Thống\s+kê\s+truy\s+cập              # visitor counter block
      | Bạn\s+đã\s+không\s+sử\s+dụng\s+Site  # NukeViet session-timeout notice
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# Lines that are never story text wherever they stand.
_FURNITURE_LINE = re.compile(
    r"""^(?:
        [\w\-. ]*\.(?:jpe?g|png|gif|webp)                 # "ảnh-bài-bạc-liêu.png"
      | \d+(?:\.\d+)*\.?\s*(?:IMG|DSC|DSCF|DJI|P)[\s_-]?\d+  # "5.29.IMG 9644": camera file names as captions
      | (?:IMG|DSC|DSCF|DJI)[\s_-]?\d+(?:\.\w+)?
      | Skip\s+(?:Ribbon\s+Commands|to\s+main\s+content)  # SharePoint ribbon
      | Sign\s+In | Đăng\s+nhập
      | In\s+bài\s+viết | Gửi\s+email | Lưu\s+bài\s+viết | Bản\s+in
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

# Byline labels: "Tác giả: Tin, ảnh: Minh Thùy", "Tin, ảnh: Minh Thùy", "Bài và ảnh: Thu Trang".
_BYLINE = re.compile(
    r"^(?:Tác\s+giả|(?:Tin|Bài)(?:\s*(?:,|và|&)\s*ảnh)?|Ảnh|Nguồn|Người\s+viết)\s*:\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
# A name alone on the last line: 2–5 capitalised words, no digits or sentence punctuation ("Vi Trường").
_NAME_LINE = re.compile(rf"^(?:[{UPPER}]\w*\.?\s+){{1,4}}[{UPPER}]\w*$")

# Lead paragraphs that NukeViet and other CMSs render outside the body container.
_LEAD_XPATH = (
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' hometext ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' sapo ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' news-lead ')]"
)


def decode_html(capture: Capture) -> str:
    """Bytes → NFC text by the HTTP charset, then the page's meta charset, then UTF-8; TCVN3
    and VNI font-encoded pages (declared as a Western charset) converted to Unicode."""
    if not capture.body.strip():
        raise NotAnArticle("empty body")
    _, html = html_to_unicode(capture.content_type or None, capture.body, default_encoding="utf-8")
    if "\ufffd" in html:
        # The HTTP header's charset is wrong (portals declare utf-8 for windows-1258 pages):
        # the page's own <meta charset> or byte sniffing decides instead, if it decodes better.
        _, by_page = html_to_unicode(None, capture.body, default_encoding="cp1258")
        if by_page.count("\ufffd") < html.count("\ufffd"):
            html = by_page
    if "<" not in html[:2048]:
        raise NotAnArticle("not HTML")
    return unicodedata.normalize("NFC", repair_legacy_encoding(html))


def extract_article(capture: Capture, source: Source) -> Article:
    html = decode_html(capture)
    return extract_from_html(html, capture.url, source, capture_id=capture.record_id, fetched_at=capture.fetched_at)


def extract_from_html(html: str, url: str, source: Source, capture_id: str = "", fetched_at=None) -> Article:
    selector = Selector(text=html)
    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        deduplicate=False,
    )
    if document is None or not (document.text or "").strip():
        raise NotAnArticle("no main text found")

    title = _title(selector, document.title)
    lines = _story_lines(normalize_text(document.text), title)
    lines = _with_lead(lines, selector)
    author, lines = _author(lines, document.author)
    text = "\n\n".join(lines)
    if len(text) < MIN_TEXT_CHARS:
        raise NotAnArticle(f"main text too short ({len(text)} characters)")
    published, date_source = published_date(selector, title, lines[0] if lines else "", fetch_day(fetched_at))
    return Article(
        article_id=article_id_for(url),
        url=url,
        source_id=source.id,
        province=source.province,
        province_2025=None,
        title=title,
        published=published,
        text=text,
        author=author,
        date_source=date_source,
        capture_id=capture_id,
        fetched_at=fetched_at,
    )


def _title(selector: Selector, fallback: str | None) -> str:
    for xpath in ("//h1", "//meta[@property='og:title']/@content", "//h2"):
        for value in selector.xpath(xpath).getall():
            text = normalize_text(Selector(text=value).xpath("string()").get() if value.startswith("<") else value)
            if len(text) >= 15:
                return text
    return normalize_text(fallback or "")


def _story_lines(text: str, title: str) -> list[str]:
    lines: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if _TAIL_MARKERS.match(line):
            break
        if _FURNITURE_LINE.match(line) or is_dateline(line) or (not lines and line == title):
            continue
        lines.append(line)
    return lines


def _with_lead(lines: list[str], selector: Selector) -> list[str]:
    lead = normalize_text(" ".join(selector.xpath(f"{_LEAD_XPATH}//text()").getall()))
    if len(lead) < 40:
        return lines
    head = lead[:60]
    if any(head in line for line in lines):
        return lines
    return [lead, *lines]


def _author(lines: list[str], meta_author: str | None) -> tuple[str | None, list[str]]:
    """The byline, and the lines without it: bylines are metadata, not story text."""
    for index in range(len(lines) - 1, max(len(lines) - 4, -1), -1):
        match = _BYLINE.match(lines[index])
        if match:
            name = re.split(r":\s*", match["rest"])[-1].strip(" .")
            return name or None, lines[:index] + lines[index + 1 :]
    if lines and len(lines[-1]) <= 40 and _NAME_LINE.match(lines[-1]):
        return lines[-1], lines[:-1]
    if meta_author and len(meta_author) <= 40 and not re.search(r"\b(?:Cổng|Sở|UBND|Ban|Trung tâm|admin)\b", meta_author, re.I):
        return normalize_text(meta_author), lines
    return None, lines
