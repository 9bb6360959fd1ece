"""A decoded page as the extractors read it: the markup made plain for trafilatura, and the text a
visitor sees, one text node a line, in document order, each line knowing whether it is link text.

Government portals still lay pages out with tables, put captions in <figure> (which trafilatura
drops whole) and keep hidden labels beside their fields (SharePoint's "Tóm tắt", "Page Content");
`Page.markup` undoes those before trafilatura sees the page.
"""
from __future__ import annotations

import copy
import json
import unicodedata
from bisect import bisect_right
from functools import cached_property
from typing import NamedTuple

import lxml.html
from lxml import etree

from crawler.platforms import PLATFORMS

_INVISIBLE = frozenset(("script", "style", "noscript", "template", "head", "title"))
_HIDDEN = "//*[@hidden or contains(translate(@style, ' ', ''), 'display:none')]"
# A table laid out a page rather than data: one that holds another table, a headline or a long
# run of text (a data table's cells are short).
_LAYOUT_CELL_CHARS = 300
_TABLE_PARTS = ("table", "tbody", "thead", "tfoot", "tr", "td", "th")
# Every platform's story container: a page is read by what it is, whatever its source says.
_STORY_BODIES = " | ".join(p.story_body for p in PLATFORMS.values() if p.story_body)
# How much of a paragraph's start (or end) finds it on the page.
_LOCATE_CHARS = 40


class Line(NamedTuple):  # a tuple: a portal page has hundreds, made on every page
    text: str
    linked: bool  # link text: a menu, a related article, a breadcrumb


class Page:
    """One decoded page: its tree (hidden elements removed), its visible lines, and its markup
    as trafilatura should see it."""

    def __init__(self, html: str):
        self.html = html
        try:
            self.tree = lxml.html.document_fromstring(html)
        except (etree.ParserError, ValueError):
            self.tree = lxml.html.document_fromstring("<html><body></body></html>")
        for element in self.tree.xpath(_HIDDEN):
            element.drop_tree()

    @cached_property
    def lines(self) -> tuple[Line, ...]:
        body = self.tree.find("body")
        if body is None:
            return ()
        found: list[Line] = []

        def add(raw: str | None) -> None:
            if raw and not hidden and (text := " ".join(raw.split())):
                found.append(Line(text, linked > 0))

        # One walk in document order that counts the invisible elements and links it is inside,
        # rather than climbing from each of a portal page's thousands of text nodes to the root.
        # An element's tail is text of the element around it; a comment's own text is not shown.
        hidden = sum(e.tag in _INVISIBLE for e in body.iterancestors())
        linked = sum(e.tag == "a" for e in body.iterancestors())
        for event, element in etree.iterwalk(body, events=("start", "end")):
            tag = element.tag
            if event == "start":
                if isinstance(tag, str):
                    hidden += tag in _INVISIBLE
                    linked += tag == "a"
                    add(element.text)
                continue
            if isinstance(tag, str):
                hidden -= tag in _INVISIBLE
                linked -= tag == "a"
            if element is body:
                break
            add(element.tail)
        return tuple(found)

    @cached_property
    def _keys(self) -> tuple[str, list[int]]:
        """The lines without whitespace, lower case, run together; and where each line starts."""
        starts, parts, position = [], [], 0
        for line in self.lines:
            key = _key(line.text)
            starts.append(position)
            parts.append(key)
            position += len(key)
        return "".join(parts), starts

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

        for script in self.tree.xpath("//script[@type='application/ld+json']/text()"):
            try:
                walk(json.loads(script))
            except ValueError:
                continue
        return found

    def markup(self) -> lxml.html.HtmlElement:
        """The page for trafilatura (a copy of the tree): layout tables as divisions, figures as
        their captions."""
        tree = copy.deepcopy(self.tree)
        # The platform's story container (NukeViet's #news-bodyhtml), marked as schema.org's
        # articleBody, which trafilatura looks for first: it reads that container rather than
        # recovering paragraphs from the whole page, a third of a portal page's cost. What stands
        # above it (a lead, a photo's caption) comes back through the page's lines.
        for body in tree.xpath(_STORY_BODIES)[:1]:
            body.set("itemprop", "articleBody")
        for table in tree.iter("table"):
            if _is_layout(table):
                for part in table.iter(*_TABLE_PARTS):
                    part.tag = "div"
        for block in tree.iter("figure", "center"):  # trafilatura knows neither
            block.tag = "div"
        # trafilatura drops captions (<figcaption>, class "caption") with the images; on these
        # portals a caption is story text ("Toàn cảnh Hội nghị tập huấn").
        for caption in tree.xpath("//figcaption | //*[contains(@class, 'caption') or contains(@id, 'caption')][not(self::figure)]"):
            caption.tag = "p"
            caption.attrib.pop("class", None)
            caption.attrib.pop("id", None)
        return tree


def _is_layout(table) -> bool:
    if table.tag != "table":  # already unwrapped as part of an outer layout table
        return False
    if table.find(".//table") is not None or table.find(".//h1") is not None or table.find(".//h2") is not None:
        return True
    return any(len(" ".join(cell.text_content().split())) > _LAYOUT_CELL_CHARS for cell in table.iter("td", "th"))



def _key(text: str) -> str:
    return "".join(unicodedata.normalize("NFC", text).split()).lower()
