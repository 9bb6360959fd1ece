"""One capture → one Article. trafilatura finds the main text; Vietnamese-portal rules fix what it
gets wrong and find the rest: the headline the page's title names (extract.headline), the story
without the furniture around it (extract.boilerplate), the lead paragraphs themes print outside
the body container, the byline (extract.byline) and the published date (extract.dates)."""
from __future__ import annotations

import copy
import re
import unicodedata
from datetime import datetime
from functools import lru_cache

import trafilatura
from lxml import etree
from trafilatura.settings import Document, Extractor
from w3lib.encoding import html_to_unicode

from vncorpus.crawler.sniff import looks_like_html
from vncorpus.crawler.models import Capture, Source, article_id_for
from vncorpus.extract.models import Article
from vncorpus.extract.boilerplate import ends_story, is_furniture, is_prose, story_lines
from vncorpus.extract.byline import BYLINE_REACH, credited_writer, is_outlet_name, is_person, labelled_author, read_byline, split_byline
from vncorpus.crawler.charset import browser_content_type
from vncorpus.extract.dates import fetch_day, published_date
from vncorpus.extract.headline import headline
from vncorpus.extract.legacy import repair_legacy_encoding
from vncorpus.extract.normalize import normalize_text
from vncorpus.extract.page import Line, Page
from vncorpus.nlp.text import syllables


class NotAnArticle(Exception):
    """The capture holds no article text (empty, not HTML, nothing but boilerplate)."""


MIN_TEXT_CHARS = 200
# The largest page extraction reads. The page is parsed whole before it is cut to the limits of
# extract.page, and its tree and decoded text take about twenty times its size in memory: a page
# of this size stays within a gigabyte.
MAX_PAGE_BYTES = 32 * 1024 * 1024


def over_limit(size: int) -> str | None:
    """Why a page of `size` bytes is not read, or None when it is within the limit."""
    if size <= MAX_PAGE_BYTES:
        return None
    return f"page of {size / 2**20:.0f} MB is over the {MAX_PAGE_BYTES // 2**20} MB extraction limit"


def decode_html(body: bytes, content_type: str) -> str:
    """Bytes → NFC text by the HTTP charset, then the page's meta charset, then UTF-8; TCVN3
    and VNI font-encoded pages (declared as a Western charset) converted to Unicode."""
    if not body.strip():
        raise NotAnArticle("empty body")
    if not looks_like_html(body):
        raise NotAnArticle("not HTML")
    _, html = html_to_unicode(browser_content_type(content_type or None, body), body, default_encoding="utf-8")
    if "\ufffd" in html:
        # The HTTP header's charset is wrong (portals declare utf-8 for windows-1258 pages):
        # the page's own <meta charset> or byte sniffing decides instead, if it decodes better.
        _, by_page = html_to_unicode(browser_content_type(None, body), body, default_encoding="cp1258")
        if by_page.count("\ufffd") < html.count("\ufffd"):
            html = by_page
    return unicodedata.normalize("NFC", repair_legacy_encoding(html))


def extract_article(capture: Capture, source: Source) -> Article:
    return extract_page(capture.body, capture.content_type, capture.url, source, capture.record_id, capture.fetched_at)


def extract_page(
    body: bytes, content_type: str, url: str, source: Source, capture_id: str = "", fetched_at: datetime | None = None
) -> Article:
    """A page's bytes as served, with the HTTP Content-Type ("" when none came), → its Article.
    A page read from a file (`vncorpus analyze`, a saved gold page) was never fetched: its
    `fetched_at` is None, and its date may be any day up to today."""
    if reason := over_limit(len(body)):
        raise NotAnArticle(reason)
    return extract_from_html(decode_html(body, content_type), url, source, capture_id=capture_id, fetched_at=fetched_at)


def extract_from_html(html: str, url: str, source: Source, capture_id: str = "", fetched_at: datetime | None = None) -> Article:
    page = Page(html)
    document = trafilatura.bare_extraction(page.markup(), options=_trafilatura_options(url))
    main_text = document.text if isinstance(document, Document) else None  # output_format "python" gives a Document
    if not (main_text or "").strip():
        raise NotAnArticle("no main text found")

    title = headline(page)
    lines = story_lines(normalize_text(main_text or ""), title)
    lines = _until_dropped_heading(_with_lead(lines, page, title), page)
    author, lines = split_byline(lines)
    text = "\n\n".join(lines)
    if len(text) < MIN_TEXT_CHARS:
        raise NotAnArticle(f"main text too short ({len(text)} characters)")
    author = (
        author or _author_element(page) or _byline_after(lines, page) or _byline_above(lines, page, title)
        or _author_link_above(lines, page, title) or _metadata_author(page)
    )
    lines = _without_outlet_after_byline(lines, page, author)
    text = "\n\n".join(lines)
    published, date_source = published_date(page, title, lines[0], fetch_day(fetched_at))
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
        truncated=page.cut,
    )


@lru_cache(maxsize=1)
def _trafilatura_settings() -> Extractor:
    return Extractor(
        output_format="python",  # bare_extraction's own: a document with its text
        with_metadata=False,  # title, date and author are read from the page
        comments=False,
        tables=True,
        recall=True,
        dedup=False,
    )


def _trafilatura_options(url: str) -> Extractor:
    """trafilatura's settings for a page: built once and given the page's address, since building
    them reads every value of trafilatura's configuration again (a sixth of its time on a page)."""
    options = copy.copy(_trafilatura_settings())
    options.url = options.source = url
    return options


def _with_lead(lines: list[str], page: Page, title: str) -> list[str]:
    """The story with the paragraphs that stand between the headline and the first paragraph of
    trafilatura's text (NukeViet's hometext, a SharePoint summary field, a sapo): prose, not link
    text, put back before that paragraph (after any caption trafilatura kept above it)."""
    first = next((i for i, line in enumerate(lines) if is_prose(line)), None)
    if first is None:
        return lines
    lead = [
        text for line in _above_story(page, title, lines[first])
        if not line.linked and is_prose(text := normalize_text(line.text)) and not is_furniture(text) and text not in lines and text != title
    ]
    return [*lines[:first], *lead, *lines[first:]]


def _until_dropped_heading(lines: list[str], page: Page) -> list[str]:
    """The story up to the block after it whose heading trafilatura left out ("Ý kiến bạn đọc",
    "Tin cùng chuyên mục" in a heading element of the box) while keeping the box's paragraphs:
    on the page, the heading stands between the story's last line and the box's first. A heading
    that is a link is a menu's ("TIN MỚI"), which the page may print between a lead and the body;
    one in a box set into the story heads that box, not what follows the story."""
    at = page.locate(lines[0]) if lines else None
    for i in range(1, len(lines)):
        if at is None:
            return lines
        following = page.locate(lines[i], after=at)
        if following is not None and any(_dropped_heading(line, page) for line in page.lines[at + 1 : following]):
            return lines[:i]
        at = following if following is not None else at
    return lines


def _dropped_heading(line: Line, page: Page) -> bool:
    return not line.linked and line.text not in page.boxed and ends_story(line.text)


def _without_outlet_after_byline(lines: list[str], page: Page, author: str | None) -> list[str]:
    """The story without its last line when that line is the outlet printed just below the
    writer's byline ("Theo Hồ Hương" / "Đại Đoàn kết", "Dương Ngọc" / "Nhịp sống thị trường"):
    trafilatura drops the byline's element, named for the author, and keeps the outlet's."""
    if not author or len(lines) < 2 or not is_outlet_name(lines[-1]):
        return lines
    at = page.locate(lines[-1], at_end=True)
    above = normalize_text(page.lines[at - 1].text) if at else ""
    return lines[:-1] if above == author or credited_writer(above) == author else lines


def _byline_after(lines: list[str], page: Page) -> str | None:
    """A byline in its own element after the story, which trafilatura left out of the text. A
    link there is a related article or a tag, unless it is a name printed in capitals, as news
    sites link their writers ("HOÀNG MINH" - "LÊ THU")."""
    end = page.locate(lines[-1], at_end=True)
    if end is None:
        return None
    window = []
    for line in page.lines[end + 1 : end + 1 + BYLINE_REACH]:
        text = normalize_text(line.text)
        if (line.linked and not _capitals_name(text)) or ends_story(line.text):
            break
        window.append(text)
    return read_byline(window)[0]


def _capitals_name(text: str) -> bool:
    """A person's name printed in capitals, perhaps with the dash that joins the next: "THUẬN VĂN -"."""
    name = text.rstrip(" -–")
    return name.isupper() and is_person(name)


def _byline_above(lines: list[str], page: Page, title: str) -> str | None:
    """A labelled byline printed with the date, between the headline and the story."""
    names = (labelled_author(normalize_text(line.text)) for line in _above_story(page, title, lines[0]))
    return next((name for name in names if name), None)


# Links to a writer's page on the site: "/tac-gia/tri-tuc-3617.htm", "/author/…", "/phong-vien/…",
# "/nha-bao/…", rel="author".
_AUTHOR_LINKS = etree.XPath(
    "(//a/@href[contains(., '/tac-gia/') or contains(., '/author/') or contains(., '/tacgia/') or contains(., '/phong-vien/') or contains(., '/nha-bao/')]"
    " | //a/@rel[contains(., 'author')])/parent::*"
)
# Elements a CMS marks as the author's name: WordPress blocks' "wp-block-post-author__name", themes'
# "author vcard", "entry-author", "author-name", news themes' "<prefix>-author" ("kbwcm-author",
# "detail-author"), Vietnamese portals' "tacgia" / "tac-gia" (Liferay, NukeViet themes), news themes'
# "byline" / "bylines" / "article-byline", schema.org
# microdata's itemprop="author". By the attributes, not by testing every element (see
# extract.page._HIDDEN on why).
_AUTHOR_ELEMENTS = etree.XPath(
    "(//@itemprop[. = 'author'] | //@class[contains(., 'author') and (contains(concat(' ', normalize-space(.), ' '), ' author ')"
    " or contains(., 'author__name') or contains(., 'author-name') or contains(., 'entry-author') or contains(., 'post-author')"
    " or contains(concat(normalize-space(.), ' '), '-author ') or contains(concat(normalize-space(.), ' '), '_author '))]"
    " | //@class[contains(., 'tacgia') or contains(., 'tac-gia') or contains(., 'tac_gia') or contains(., 'TacGia') or contains(., 'byline')])"
    "/parent::*"
)
# What a theme prints in the author's element besides the name: the date, a follow button.
_PART_SEPARATORS = re.compile(r"\s[|•·-]\s")
_FOLLOW = re.compile(r"^(?:\+\s*)?(?:Theo\s+dõi|Follow|Xem\s+thêm\s+bài(?:\s+viết)?(?:\s+của\s+tác\s+giả)?)$", re.IGNORECASE)
_MAX_AUTHOR_PARTS = 4
_META_AUTHORS = etree.XPath("//meta[@name='author' or @property='article:author' or @name='dc.creator']/@content")
_SITE_NAMES = etree.XPath("//meta[@property='og:site_name' or @name='application-name']/@content")


def _author_element(page: Page) -> str | None:
    """The author the page's markup names as such, when that element holds a byline and nothing
    else (not a biography, not a credit such as "Theo Ngoisao"), or a byline beside the date and a
    follow button ("Minh Anh" "16/03/2026 08:15", "Minh Anh | 16/03/2026", "Minh Anh" "Theo dõi")."""
    for element in _AUTHOR_ELEMENTS(page.tree):
        text = normalize_text(element.text_content())
        author = credited_writer(text) or read_byline([text])[0]
        if author:
            return author
        parts = [part for raw in element.itertext() for part in map(str.strip, _PART_SEPARATORS.split(normalize_text(raw))) if part]
        if len(parts) <= _MAX_AUTHOR_PARTS:
            author = next((name for name in (credited_writer(part) or read_byline([part])[0] for part in parts) if name), None)
            if author and all(is_person(part) or is_furniture(part) or _FOLLOW.match(part) for part in parts):
                return author
    return None


def _author_link_above(lines: list[str], page: Page, title: str) -> str | None:
    """The byline news sites print as a link to the writer's page, between the headline and the
    story ("Tri Túc" above "Thứ bảy, 07/03/2026 - 08:07"); such links elsewhere (a list of
    columnists) name other writers."""
    names = {normalize_text(a.text_content()) for a in _AUTHOR_LINKS(page.tree)}
    linked = (normalize_text(line.text) for line in _above_story(page, title, lines[0]) if line.linked)
    return next((name for name in linked if name in names and is_person(name)), None)


def _above_story(page: Page, title: str, story_line: str) -> tuple[Line, ...]:
    """The page's lines between the headline and a line of the story (none if either is not found)."""
    top = page.locate_headline(title)
    if top is None:
        return ()
    start = page.locate(story_line, after=top)
    return page.lines[top + 1 : start] if start is not None else ()


def _metadata_author(page: Page) -> str | None:
    """The author the page's metadata names, when a person in Vietnamese syllables (not an account
    such as "btv_stttt" or "admin", not the site itself by its og:site_name)."""
    names = [str(v) for v in _META_AUTHORS(page.tree)]
    for author in page.json_ld("author"):
        for entry in author if isinstance(author, list) else [author]:
            names.append(entry.get("name", "") if isinstance(entry, dict) else str(entry))
    sites = {_folded(site) for site in _SITE_NAMES(page.tree)}
    for name in (credited_writer(n) or n for n in map(normalize_text, names)):
        if name and is_person(name) and all(s.lower() in syllables() for s in re.findall(r"[^\W\d_]+", name)):
            if not any(_folded(name) in site for site in sites):  # "Dân Trí" on dantri.com.vn is the site
                return name
    return None


def _folded(name: str) -> str:
    return "".join(unicodedata.normalize("NFC", name).lower().split())
