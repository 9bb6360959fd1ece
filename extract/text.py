"""A plain-text page → one Article: what `vncorpus analyze` reads when a file is not HTML.

Two shapes come as text. A **page saved as text** (the seeds): menus, counters and banners above
the headline, the story, a byline on its last lines; it is cleaned by the rules an HTML page's main
text goes through (extract.boilerplate, extract.byline). A **legal or administrative document**
(a Quyết định, a Kế hoạch, a Công văn copied from a legal database): its header is part of the
document, not furniture above it —

    ỦY BAN NHÂN DÂN TỈNH CAO BẰNG        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Số: 1209/QĐ-UBND                      Cao Bằng, ngày 24 tháng 06 năm 2013
    QUYẾT ĐỊNH
    Về việc ban hành Kế hoạch …

— the number line is the document's own reference and the place-and-date line its issued date
(nlp.decisions reads the two together), so the text keeps the whole document from its header on.
Its title is the document-type heading with the subject line(s) under it, as printed ("QUYẾT ĐỊNH
Về việc ban hành Kế hoạch …", "KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH …"), and it stays in the text too
(a subject often cites the documents it amends); its date is the header's; it has no author (the
signature block closes the document and stays in it).
"""
from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from vncorpus.crawler.models import Source, article_id_for
from vncorpus.extract.boilerplate import ends_story, is_furniture, story_lines
from vncorpus.extract.byline import split_byline
from vncorpus.extract.dates import date_in_lines, fetch_day
from vncorpus.extract.models import Article
from vncorpus.extract.normalize import normalize_text
from vncorpus.nlp.dates import find_dates
from vncorpus.nlp.regexes import DAY_DIGITS, DAY_WORD, DOC_TYPES_FULL, LOWER, MONTH_DIGITS, MONTH_WORD, UPPER, YEAR_WORD


class EmptyText(ValueError):
    """The file holds no text."""


# The number line of a document's header: "Số: 1209/QĐ-UBND", "Số 594/KH-UBND", "Số:" alone with the
# number on the next line, a Công văn's subject beside it ("Số: 5332/CT-CS V/v Chính sách thuế"),
# and a legal database's field "Số hiệu: 1209/QĐ-UBND".
_NUMBER_LINE = re.compile(r"^[|\s]*Số(?:\s+hiệu)?\s*:?\s*(?:\d[\w./&-]*[/-][\w./&-]*\w(?:\s+.*)?)?$", re.IGNORECASE)
_NUMBER_ALONE = re.compile(r"^[|\s]*Số\s*:?$", re.IGNORECASE)
_NUMBER_VALUE = re.compile(r"^\d[\w./&-]*[/-][\w./&-]*\w")
# A number printed on the issuer's line, where a table's cells ran together.
_NUMBER_AFTER_ISSUER = re.compile(r"\sSố(?:\s+hiệu)?\s*:")
# A Công văn's subject, beside its number or under it: "V/v Chính sách thuế thu nhập cá nhân".
_CONCERNING = re.compile(r"\bV/v\b.*$")
# The place-and-date line: "Cao Bằng, ngày 24 tháng 06 năm 2013", "Hà Nội, ngày 05/8/2020", and a
# legal database's "Ngày ban hành: 24/06/2013".
_PLACE_DATE = re.compile(
    rf"^[|\s]*(?:[{UPPER}][^\n,|]{{0,40}},\s*{DAY_WORD}\s+{DAY_DIGITS}|Ngày\s+ban\s+hành\s*:?\s*{DAY_DIGITS})", re.IGNORECASE
)
# A place-and-date line a table cell broke after the day: "Lai Châu, ngày 25" / "tháng 4 năm 2024".
_BROKEN_DATE = re.compile(rf",\s*{DAY_WORD}\s+{DAY_DIGITS}\s*$")
_MONTH_ON = re.compile(rf"^{MONTH_WORD}\s+{MONTH_DIGITS}\b")
# The national motto that heads every state document.
_MOTTO = re.compile(r"CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc", re.IGNORECASE)
# The document-type heading in capitals, alone or with its subject on the same line; not the
# "QUYẾT ĐỊNH:" that opens a decision's articles.
_TYPE_WORDS = sorted({t.upper() for t in (*DOC_TYPES_FULL, "Đề cương", "Giấy mời", "Thông tri")}, key=len, reverse=True)
_TYPE_HEADING = re.compile(rf"^(?:{'|'.join(map(re.escape, _TYPE_WORDS))})(?:\s+[{UPPER}\d“\"(].*)?$")
# The subject under the heading: "Về việc …", "V/v …", "Ban hành …", or a line in capitals.
_SUBJECT = re.compile(r"^(?:Về\s+việc|V/v|Về|Ban\s+hành|Phê\s+duyệt|Sửa\s+đổi|Quy\s+định|Thực\s+hiện|Triển\s+khai)\b")
# Who issues it, printed under the subject ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG", "BỘ TRƯỞNG BỘ
# TÀI CHÍNH"): the subject ends there, as at the first basis ("Căn cứ …").
_AUTHORITY = re.compile(
    r"^(?:CHỦ\s+TỊCH|ỦY\s+BAN|UỶ\s+BAN|BỘ\s+TRƯỞNG|THỦ\s+TƯỚNG|CHÍNH\s+PHỦ|QUỐC\s+HỘI|HỘI\s+ĐỒNG|BAN\s+(?:THƯỜNG|CHẤP|CHỈ)|GIÁM\s+ĐỐC|"
    r"TỔNG\s+CỤC|CỤC\s+TRƯỞNG|TRƯỞNG\s+BAN|Căn\s+cứ|Kính\s+gửi)"
)
_SEPARATOR = re.compile(r"^[-_=*|.–—\s]+$")
# A field of a legal database's summary above the document: "Loại văn bản: Quyết định".
_FIELD = re.compile(r"^(?:Số\s+hiệu|Loại\s+văn\s+bản|Nơi\s+ban\s+hành|Cơ\s+quan\s+ban\s+hành|Người\s+ký|Ngày\s+(?:ban\s+hành|hiệu\s+lực|công\s+báo)"
                    r"|Lĩnh\s+vực|Tình\s+trạng(?:\s+hiệu\s+lực)?)\s*:", re.IGNORECASE)
# How far into a file a document's header may start (a saved page's menus come first), how far its
# date stands below the number, and how far its heading below the date.
_HEADER_REACH = 40
_DATE_REACH = 3
_HEADING_REACH = 8
_SUBJECT_LINES = 6
_SUBJECT_CHARS = 400

# A headline: among a file's first lines, eight or more words, no sentence (no final stop, no "!",
# no full stop inside, not opening on the day as a story does: "Ngày 16/01/2023, …", "Sáng 24/5, …");
# not a section of a report ("1. Công tác tuyên truyền", "II. KẾT QUẢ", "- Tổ chức …").
_HEADLINE_REACH = 20
_MIN_HEADLINE_WORDS = 8
_SECTION = re.compile(r"^(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)/]\s|^[-+•*–]\s?")
_SENTENCE_INSIDE = re.compile(rf"[{LOWER}]{{2}}[.!?]\s+[{UPPER}]")
# Any pair of figures opens a sentence, a day and month or not ("24/5", "2.76"): no headline opens so.
_STORY_OPENING = re.compile(
    rf"^(?:(?:Sáng|Chiều|Tối|Trưa|Đêm)(?:\s+nay)?\s+)?(?:{DAY_WORD}\s+)?\d{{1,2}}[/.-]\d{{1,2}}\b|^(?:{DAY_WORD}|{YEAR_WORD}|{MONTH_WORD})\s+\d",
    re.IGNORECASE,
)
# How far into the story its own date may stand: "Ngày 16/01/2023, …", "Sáng ngày 30/5/2023, …".
_OPENING_REACH = 20


def article_from_text(text: str, url: str, source: Source) -> Article:
    """The article of a plain-text page or document (EmptyText for a file with no text)."""
    text = normalize_text(text)
    if not text:
        raise EmptyText("the file is empty")
    lines = _joined_header_lines([line for line in text.split("\n") if line])
    start = _header_start(lines)
    read = _document(lines[start:]) if start is not None else _page(lines)
    return Article(
        article_id=article_id_for(url),
        url=url,
        source_id=source.id,
        province=source.province,
        province_2025=None,
        title=read.title,
        published=read.published,
        text="\n\n".join(read.story),
        author=read.author,
        date_source=read.date_source if read.published else None,
    )


class _Read(NamedTuple):
    title: str
    published: date | None
    date_source: str
    author: str | None
    story: list[str]


# ---- a legal document --------------------------------------------------------------------------


def _joined_header_lines(lines: list[str]) -> list[str]:
    """The header's lines as one reads them: "Số:" with the number a table cell put on the next
    line, a place-and-date line broken after the day joined again, and a number printed on the
    issuer's line ("ỦY BAN NHÂN DÂN TỈNH X Số: 12/QĐ-UBND") on a line of its own, so that the
    number line stands as nlp.decisions reads a header."""
    joined: list[str] = []
    for i, line in enumerate(lines):
        if i < _HEADER_REACH and joined:
            previous = joined[-1]
            if _NUMBER_ALONE.match(previous) and _NUMBER_VALUE.match(line):
                joined[-1] = f"{previous.strip(' |')} {line}"
                continue
            if _BROKEN_DATE.search(previous) and _MONTH_ON.match(line):
                joined[-1] = f"{previous} {line}"
                continue
        if i < _HEADER_REACH and (glued := _NUMBER_AFTER_ISSUER.search(line)) and line[: glued.start()].isupper():
            joined += [line[: glued.start()], line[glued.start() + 1 :]]
            continue
        joined.append(line)
    return joined


def _header_start(lines: list[str]) -> int | None:
    """Where a document's header starts: above its number line (with a date or a type heading a
    few lines below it), over the issuer's name, the motto and a database's fields; None for a text
    that is no document."""
    for i, line in enumerate(lines[:_HEADER_REACH]):
        if not _NUMBER_LINE.match(line):
            continue
        below = lines[i : i + 1 + _HEADING_REACH]
        if any(_PLACE_DATE.search(b) or _TYPE_HEADING.match(b) for b in below):
            while i > 0 and _in_header(lines[i - 1]):
                i -= 1
            return i
    return None


def _in_header(line: str) -> bool:
    return line.isupper() or bool(_MOTTO.search(line) or _SEPARATOR.match(line) or _FIELD.match(line))


def _document(lines: list[str]) -> _Read:
    """A document from its header to its end (or to a block of the page it was saved from)."""
    heading = next((i for i, line in enumerate(lines[:_HEADER_REACH]) if _TYPE_HEADING.match(line)), None)
    end = next((i for i, line in enumerate(lines) if ends_story(line) and (heading is None or i > heading)), len(lines))
    story = [line for line in lines[:end] if not _SEPARATOR.match(line)]
    header = story[: heading if heading is not None else _HEADER_REACH]
    dated = (find_dates(line) for line in header if _PLACE_DATE.search(line))
    published = next((found[0].date for found in dated if found and found[0].precision == "day"), None)
    return _Read(_document_title(lines, heading), published, "page", None, story)


def _document_title(lines: list[str], heading: int | None) -> str:
    """The type heading and the subject under it, as printed; a Công văn's "V/v …" subject."""
    if heading is None:
        subject = next((m for line in lines[:_HEADER_REACH] if (m := _CONCERNING.search(line))), None)
        return subject.group() if subject else ""
    title = [lines[heading]]
    for line in lines[heading + 1 : heading + 1 + _SUBJECT_LINES]:
        if _AUTHORITY.match(line) or line.endswith((":", ";")) or sum(map(len, title)) + len(line) > _SUBJECT_CHARS:
            break
        opens = len(title) == 1 and (_SUBJECT.match(line) or line.isupper())
        goes_on = len(title) > 1 and (line.isupper() if title[-1].isupper() else line[:1].islower())
        if not (opens or goes_on):
            break
        title.append(line)
    return " ".join(title)


# ---- a page saved as text ------------------------------------------------------------------------


def _page(lines: list[str]) -> _Read:
    """The story of a page saved as text, cleaned as an HTML page's main text is: the headline (kept
    as the text's first paragraph), the story from it to the block that ends it, the byline on its
    last lines as the author; its date the stamp that
    goes with the headline or, where the page prints none, the day its first sentence opens with
    ("Ngày 16/01/2023, Sở …")."""
    text = "\n".join(lines)
    title = _headline(lines)
    author, story = split_byline(story_lines(text, title))
    if not story:  # nothing reads as a story: the page's text is all there is
        story = lines
    published, source = date_in_lines(text, title, story[0], fetch_day(None)), "page"
    if published is None:
        published, source = _opening_date(story[0]), "lead"
    if title and story[0] != title:
        # Nothing but its shape marks a text's headline: the guess must not cost the facts it holds.
        story = [title, *story]
    return _Read(title, published, source, author, story)


def _headline(lines: list[str]) -> str:
    """The first line of substance when it is shaped like a headline, else none: above it only what
    a saved page prints above a headline (menus, counters, stamps, a banner in capitals, a
    greeting). A text whose first such line is a sentence, or that opens with a report's section,
    has no headline to take: the line is story and stays."""
    for line in lines[:_HEADLINE_REACH]:
        if is_furniture(line) or ends_story(line):
            continue
        if _SECTION.match(line):
            return ""
        if len(line.split()) < _MIN_HEADLINE_WORDS or line.isupper() or "!" in line:
            continue
        sentence = line.endswith((".", ":", ";", "?", "…")) or _SENTENCE_INSIDE.search(line) or _STORY_OPENING.match(line)
        return "" if sentence else line
    return ""


def _opening_date(first: str) -> date | None:
    """The day the story's first sentence opens with, if it opens with one."""
    dated = [d for d in find_dates(first[: _OPENING_REACH + 40]) if d.precision == "day" and d.start <= _OPENING_REACH]
    return dated[0].date if dated else None
