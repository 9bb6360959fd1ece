"""A decoded page as the extractors read it: the markup made plain for trafilatura, and the text a
visitor sees, one text node a line, in document order, each line knowing whether it is link text.

Government portals still lay pages out with tables, put captions in <figure> (which trafilatura
drops whole) and keep hidden labels beside their fields (SharePoint's "Tóm tắt", "Page Content");
news sites set boxes into the story (other readers' opinions, "Tin liên quan", "Xem thêm").
`Page.markup` undoes those, and leaves the boxes out, before trafilatura sees the page.
"""
from __future__ import annotations

import copy
import html as html_entities
import itertools
import json
import re
import unicodedata
from bisect import bisect_right
from functools import cached_property
from typing import NamedTuple

import lxml.html
from lxml import etree

from vncorpus.crawler.platforms import PLATFORMS

_INVISIBLE = frozenset(("script", "style", "noscript", "template", "head", "title"))
# Elements found by their attributes ("//@style[…]/parent::*"): libxml2 walks the few attributes
# there are, where "//*[…]" tests every element of the page, five times slower on a portal page.
_HIDDEN = etree.XPath("//@hidden/parent::* | //@style[contains(translate(., ' ', ''), 'display:none')]/parent::*")
# A table laid out a page rather than data: one that holds another table, a headline or a long
# run of text (a data table's cells are short).
_LAYOUT_CELL_CHARS = 300
_CAPTIONS = etree.XPath("//figcaption | (//@class | //@id)[contains(., 'caption')]/parent::*[not(self::figure)]")
_JSON_LD = etree.XPath("//script[@type='application/ld+json']/text()")
# An inline script that writes a string into an element by its id, as news sites write the stamp
# (`document.getElementById("pDateTime").innerHTML="Thứ năm, 20/12/2012, 16:10 GMT+7"`): the
# string is what the browser shows in that element.
_SCRIPT_WRITES = re.compile(r"""getElementById\(\s*["']([^"']+)["']\s*\)\.inner(?:HTML|Text)\s*=\s*(["'])([^"'<>]{1,200})\2""")
_INLINE_SCRIPTS = etree.XPath("//script[not(@src)]/text()")
_TABLE_PARTS = ("table", "tbody", "thead", "tfoot", "tr", "td", "th")
# lxml.html's own parser finds each element's class in Python (FormElement for <form>, …), once for
# every element a walk meets, ours or trafilatura's; this one gives every element lxml.html's
# HtmlElement from C. Nothing here or in trafilatura uses the form classes.
_PARSER = etree.HTMLParser()
_PARSER.set_element_class_lookup(
    etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity
    )
)
# Every platform's story container: a page is read by what it is, whatever its source says.
_STORY_BODIES = etree.XPath(" | ".join(p.story_body for p in PLATFORMS.values() if p.story_body))
# How much of a paragraph's start (or end) finds it on the page.
_LOCATE_CHARS = 40
# A box set into a story is named for what it holds: related news ("related", "relate-news",
# "tinLienQuan", "box-xemthem", "doc-them", "TinKhac"); a utility class such as "dt-relative" is not.
_RELATED_NAME = re.compile(r"relat(?!ive)|lien[-_]?quan|xem[-_]?them|doc[-_]?them|tin[-_]?khac", re.IGNORECASE)
_NAMES = etree.XPath("//@class | //@id | //@type")
# A table's align and a float style are what _is_floated reads; libxml2 picks them out, not Python.
_PLACEMENTS = etree.XPath("//table/@align | //@style[contains(translate(., 'FLOAT', 'float'), 'float')]")
_PICTURE_LINKS = etree.XPath("//img/ancestor::a[@href]")
_FLOAT = re.compile(r"float\s*:\s*(?:left|right)", re.IGNORECASE)
_BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*([^;]+)", re.IGNORECASE)
_BACKGROUND_WORD = re.compile(r"rgba?\([^)]*\)|url\([^)]*\)|[^\s,]+")
# Words of a background that paint no shade: white (a page's frame), "transparent", and what a
# word processor writes beside them ("background: none repeat scroll 0% 0% white").
_UNSHADED = re.compile(
    r"^(?:\#f{3}|\#f{6}|white|transparent|none|inherit|initial|window|(?:no-)?repeat(?:-[xy])?|scroll|fixed"
    r"|left|right|top|bottom|center|!important|[\d.]+(?:%|px|em)?|rgba?\(\s*255\s*,\s*255\s*,\s*255\s*(?:,\s*[\d.]+\s*)?\))$",
    re.IGNORECASE,
)
# Headline-like link text: shorter links are buttons and page numbers.
_TITLE_LINK_CHARS = 15
# A teaser's summary (sapo) beside its headline; more text around a linked picture is story.
_SUMMARY_CHARS = 300
# How far above its picture a teaser's block is sought.
_CARD_LEVELS = 3
_SHOWN_TEXT = etree.XPath(".//text()[not(ancestor::script or ancestor::style)]")
# How much of a page the extractors read. Real portal pages hold under 2,000 elements, none with
# more than a few hundred children; a listing of 300,000 links or an annex of 100,000 table cells
# is read in its first items, so that each later step (trafilatura's passes over its copies of the
# tree, the lines, the facts) costs what a large article costs, and the article says what it lacks.
MAX_CHILDREN = 5_000  # of one element: a list's items, a table's rows
MAX_ELEMENTS = 30_000  # of the page, for a page of many long lists
_ELEMENTS = etree.XPath("count(//*)")  # counted by libxml2: a walk in Python costs every page 0.2 ms
_UNLINKED_TEXT = etree.XPath(".//text()[not(ancestor::a or ancestor::script or ancestor::style)]")


class Line(NamedTuple):  # a tuple: a portal page has hundreds, made on every page
    text: str
    linked: bool  # link text: a menu, a related article, a breadcrumb


class Page:
    """One decoded page: its tree (hidden elements removed, cut to the extraction limits), its
    visible lines, and its markup as trafilatura should see it. `cut` says what the limits left
    out, None for a page read whole."""

    def __init__(self, html: str):
        self.html = html
        try:
            self.tree = lxml.html.document_fromstring(html, parser=_PARSER)
        except (etree.ParserError, ValueError):
            self.tree = lxml.html.document_fromstring("<html><body></body></html>", parser=_PARSER)
        for element in _HIDDEN(self.tree):
            element.drop_tree()
        _write_scripted_text(self.tree)
        self.cut = _cut_to_limits(self.tree)
        if self.cut:
            # What reads the markup as a string (htmldate) reads the page that is kept, not a
            # second tree of the whole one.
            self.html = etree.tostring(self.tree, encoding="unicode", method="html")

    @cached_property
    def lines(self) -> tuple[Line, ...]:
        body = self.tree.find("body")
        if body is None:
            return ()
        found: list[Line] = []
        # One walk in document order that counts the invisible elements and links it is inside,
        # rather than climbing from each of a portal page's thousands of text nodes to the root.
        # An element's tail is text of the element around it; a comment's own text is not shown.
        # (Written out, not as a helper: it runs for every text node of the page.)
        hidden = sum(e.tag in _INVISIBLE for e in body.iterancestors())
        linked = sum(e.tag == "a" for e in body.iterancestors())
        for event, element in etree.iterwalk(body, events=("start", "end")):
            tag = element.tag
            if event == "start":
                if tag.__class__ is not str:
                    continue
                hidden += tag in _INVISIBLE
                linked += tag == "a"
                raw = element.text
            else:
                if tag.__class__ is str:
                    hidden -= tag in _INVISIBLE
                    linked -= tag == "a"
                if element is body:
                    break
                raw = element.tail
            if raw and not hidden and (text := " ".join(raw.split())):
                found.append(Line(text, linked > 0))
        return tuple(found)

    @cached_property
    def boxed(self) -> frozenset[str]:
        """The lines of the boxes set into the story, which markup leaves out: a related box's
        heading there ("Tin liên quan") does not end the story around it."""
        return frozenset(text for box in _story_boxes(self.tree) for raw in box.itertext() if (text := " ".join(raw.split())))

    @cached_property
    def _keys(self) -> tuple[str, list[int]]:
        """The lines without whitespace, lower case, run together; and where each line starts."""
        if not self.lines:
            return "", []
        # A line's only whitespace is the single spaces between its words and none holds a line
        # break, so the whole text is keyed in a few calls and the starts follow from the lengths.
        parts = unicodedata.normalize("NFC", self.text).lower().replace(" ", "").split("\n")
        return "".join(parts), [0, *itertools.accumulate(map(len, parts[:-1]))]

    def locate(self, text: str, after: int = -1, at_end: bool = False) -> int | None:
        """The index of the line where `text` begins (or, with at_end, ends) on the page, searching
        past line `after`; spacing, case and elements splitting a paragraph do not matter, nor the
        spaces normalisation put between glued words."""
        keys, starts = self._keys
        needle = _key(text)
        needle = needle[-_LOCATE_CHARS:] if at_end else needle[:_LOCATE_CHARS]
        if not needle or after + 1 >= len(starts):
            return None
        found = keys.find(needle, starts[after + 1])
        if found < 0:
            return None
        return bisect_right(starts, found + (len(needle) - 1 if at_end else 0)) - 1

    def locate_headline(self, title: str) -> int | None:
        """The line of the headline itself: not a breadcrumb or a link to the same article, which
        may come first."""
        first = found = self.locate(title)
        while found is not None and self.lines[found].linked:
            found = self.locate(title, after=found)
        return found if found is not None else first

    def offset(self, index: int) -> int:
        """Where line `index` starts in `text`."""
        return sum(len(line.text) + 1 for line in self.lines[:index])

    @cached_property
    def text(self) -> str:
        """The visible lines joined by newlines: what the date finder reads."""
        return "\n".join(line.text for line in self.lines)

    def json_ld(self, key: str) -> list:
        """Every value of `key` in the page's JSON-LD, wherever it nests (@graph, NewsArticle)."""
        found: list = []

        def walk(node) -> None:
            if isinstance(node, dict):
                if key in node:
                    found.append(node[key])
                for value in node.values():
                    walk(value)
            elif isinstance(node, list):
                for value in node:
                    walk(value)

        for script in _JSON_LD(self.tree):
            try:
                walk(json.loads(script))
            except ValueError:
                continue
        return found

    def markup(self) -> lxml.html.HtmlElement:
        """The page for trafilatura (a copy of the tree): boxes set into the story left out, layout
        tables as divisions, figures as their captions."""
        tree = copy.deepcopy(self.tree)
        # The platform's story container (NukeViet's #news-bodyhtml), marked as schema.org's
        # articleBody, which trafilatura looks for first: it reads that container rather than
        # recovering paragraphs from the whole page, a third of a portal page's cost. What stands
        # above it (a lead, a photo's caption) comes back through the page's lines.
        for body in _STORY_BODIES(tree)[:1]:
            body.set("itemprop", "articleBody")
        # Before layout tables are unwrapped: a shaded box of long text looks like one.
        for box in _story_boxes(tree):
            box.drop_tree()
        for table in tree.iter("table"):
            if _is_layout(table):
                for part in table.iter(*_TABLE_PARTS):
                    part.tag = "div"
        for block in tree.iter("figure", "center"):  # trafilatura knows neither
            block.tag = "div"
        # trafilatura drops captions (<figcaption>, class "caption") with the images; on these
        # portals a caption is story text ("Toàn cảnh Hội nghị tập huấn").
        for caption in _CAPTIONS(tree):
            caption.tag = "p"
            caption.attrib.pop("class", None)
            caption.attrib.pop("id", None)
        return tree


def _write_scripted_text(tree) -> None:
    """Put into each empty element the string an inline script writes into it by its id."""
    for script in _INLINE_SCRIPTS(tree):
        for element_id, _, text in _SCRIPT_WRITES.findall(script):
            for element in tree.xpath("//*[@id=$id]", id=element_id)[:1]:
                if not element.text_content().strip() and len(element) == 0:
                    element.text = html_entities.unescape(text)


def _cut_to_limits(tree) -> str | None:
    """Drop what lies past MAX_CHILDREN children of an element, then past MAX_ELEMENTS elements of
    the page in document order; what was dropped, or None."""
    total = int(_ELEMENTS(tree))
    if total <= MAX_CHILDREN:  # every page but a data dump: nothing to look for
        return None
    for element in [e for e in tree.iter() if len(e) > MAX_CHILDREN]:
        del element[MAX_CHILDREN:]
    last = next(itertools.islice(tree.iter(), MAX_ELEMENTS - 1, None), None)
    if last is not None:
        del last[:]
        for node in (last, *last.iterancestors()):
            parent = node.getparent()
            if parent is not None:
                del parent[parent.index(node) + 1 :]
    kept = int(_ELEMENTS(tree))
    if kept == total:
        return None
    return f"page: {total - kept} of {total} elements past the extraction limits left out"


def _story_boxes(tree) -> list:
    """The boxes set into the story that are not the story: other readers' opinions in a shaded
    table, a related-news box by its name, a floated list of links, another article's teaser."""
    found = {id(box): box for finder in _BOX_FINDERS for box in finder(tree)}
    return [box for box in found.values() if _inside_story(box)]


def _boxed_tables(tree):
    """One-column tables shaded (the table or every cell) or floated beside the story, holding
    text: a data table has columns; a picture with its caption is a figure, whose caption the
    story keeps; a table holding tables is a page's frame."""
    for table in tree.iter("table"):
        if table.find(".//table") is not None or table.find(".//img") is not None:
            continue
        rows = [row.xpath("./td | ./th") for row in table.xpath("./tr | ./*/tr")]
        if not rows or any(len(cells) != 1 for cells in rows):
            continue
        if _is_shaded(table) or all(_is_shaded(cell) for (cell,) in rows) or _is_floated(table):
            yield table


def _named_related(tree):
    """Elements whose class, id or (VCCorp's) type names related news, holding a headline-like
    link."""
    for name in _NAMES(tree):
        if _RELATED_NAME.search(name) and _title_links(element := name.getparent()):
            yield element


def _floated_links(tree):
    """Blocks floated beside the story whose text is mostly links. A floated picture's caption is
    no link text, and stays."""
    for placement in _PLACEMENTS(tree):
        element = placement.getparent()
        if _is_floated(element) and _title_links(element) and _unlinked_chars(element) * 2 < _chars(element):
            yield element


def _teaser_cards(tree):
    """Other articles' teasers set into the story: the nearest block above a linked picture that
    holds one headline-like link, to the same address, with at most a summary besides. The page's
    own headline (h1) is never in one."""
    for picture in _PICTURE_LINKS(tree):
        block = picture
        for _ in range(_CARD_LEVELS):
            block = block.getparent()
            if block is None or block.tag in ("body", "html") or block.find(".//h1") is not None:
                break
            titles = {link.get("href") for link in _title_links(block)}
            if titles:
                if titles == {picture.get("href")} and _unlinked_chars(block) <= _SUMMARY_CHARS:
                    yield block
                break


_BOX_FINDERS = (_boxed_tables, _named_related, _floated_links, _teaser_cards)


def _is_shaded(element) -> bool:
    grounds = [element.get("bgcolor", ""), *_BACKGROUND.findall(element.get("style", ""))]
    return any(not _UNSHADED.match(word) for ground in grounds for word in _BACKGROUND_WORD.findall(ground))


def _is_floated(element) -> bool:
    """Floated by style, or a table by its align (which on a paragraph or a division aligns text)."""
    aligned = element.tag == "table" and element.get("align", "").lower() in ("left", "right")
    return aligned or bool(_FLOAT.search(element.get("style", "")))


def _inside_story(box) -> bool:
    """The box is set among other text: the nearest block holding more than the box holds more
    text outside links besides it than the box itself. What holds most of its column's text (a
    page's frame, the story itself in a shaded cell) is no box in a story."""
    own = _unlinked_chars(box)
    inner = box
    for container in box.iterancestors():
        around = _unlinked_chars_beside(container, inner, own)
        if around:
            return around > own
        inner = container
    return False


def _unlinked_chars_beside(container, inner, enough: int) -> int:
    """Characters of text outside links that `container` holds beside its child `inner`, counted
    until there are more than `enough` (a story's container is long)."""
    if container.tag == "a" or any(element.tag == "a" for element in container.iterancestors()):
        return 0
    count = _spaceless(container.text)
    for child in container:
        if count > enough:
            break
        if child is not inner and isinstance(child.tag, str) and child.tag not in ("a", "script", "style"):
            count += _unlinked_chars(child)
        count += _spaceless(child.tail)
    return count


def _title_links(element) -> list:
    """The headline-like links inside the element (a link named "related" is no box of them)."""
    return [link for link in element.iterdescendants("a") if _chars(link) >= _TITLE_LINK_CHARS]


def _chars(element) -> int:
    """Characters of the element's shown text, spacing aside."""
    return _spaceless("".join(_SHOWN_TEXT(element)))


def _unlinked_chars(element) -> int:
    """Characters of the element's shown text outside links."""
    return _spaceless("".join(_UNLINKED_TEXT(element)))


def _spaceless(text: str | None) -> int:
    return len("".join(text.split())) if text else 0


def _is_layout(table) -> bool:
    if table.tag != "table":  # already unwrapped as part of an outer layout table
        return False
    if table.find(".//table") is not None or table.find(".//h1") is not None or table.find(".//h2") is not None:
        return True
    return any(len(" ".join(cell.text_content().split())) > _LAYOUT_CELL_CHARS for cell in table.iter("td", "th"))



def _key(text: str) -> str:
    return "".join(unicodedata.normalize("NFC", text).split()).lower()
