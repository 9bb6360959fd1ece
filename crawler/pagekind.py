"""What a fetched page is: article, listing, tag/archive, static, search, alternate view or other.

The kind is read from the page itself, weighing three kinds of evidence:

- markup: og:type, schema.org types (microdata and JSON-LD), article:published_time, a canonical
  link pointing elsewhere, and the CMS's own containers, which every platform module contributes
  (crawler/platforms/); the markers of all platforms count on every page, so a missing or wrong
  platform key changes nothing;
- structure: an article has one headline followed by a date of its own and a main text of real
  length that is not links, before any list of teasers (dated, or pictured as news sites print
  them); a box set into the story once it has begun (related links under the lead, a most-read
  column before the body) does not end that text when the story goes on after it; a listing is
  those teasers;
- the URL: priors (crawler/urls.py) that tip a page with little other evidence, and the site's
  home page, which is its first listing whatever story it prints.

Each piece adds to or takes from an article score; a page is an article at ARTICLE_SCORE or
above. The score and the reasons travel with the kind, so the run report can show the nearest
misses of a source that yielded nothing.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit

from parsel import Selector

from vncorpus.crawler import urls
from vncorpus.crawler.platforms import PLATFORMS
from vncorpus.nlp.regexes import DAY_DIGITS, DAY_WORD, MONTH_DIGITS, iso_date, numeric_date, worded_date

KINDS = ("article", "listing", "tag", "static", "search", "alternate", "other")

ARTICLE_SCORE = 3

# An article's own text (outside links, between its headline and any teaser list) is at least
# this long; a category title followed by teasers, or a menu and a footer, are not.
MIN_ARTICLE_TEXT = 200
# A lead's worth of text, more than any date stamp: a story has begun before a box set into it
# (related news, a most-read column) when its date and this much text stand between headline and
# box; a link after this much text in its block closes a paragraph, not a teaser's stamp.
MIN_LEAD = 50
# Fewer teasers than this is a related-news box, not a listing.
MIN_TEASERS = 3
# Headline-like link text: shorter links are menu items, "Xem tiếp", page numbers.
MIN_TEASER_TITLE = 15

# Dates as Vietnamese portals print them, read as the extractor reads a date stamp (nlp/regexes.py).
DATE = re.compile(
    rf"""(?:
      \b{numeric_date("n", month=DAY_DIGITS)}\b          # 05/09/2022, 5-9-2022, 05.09.2022, English 12-25-2011
    | \b{iso_date("i")}\b                                 # 2022-09-05
    | \b{worded_date("w", stamp=True)}\b                  # 12 Tháng 3 2021, 12 tháng 3 năm 2021
    # A two-digit year, only where nothing else would be written so: in a stamp with its time
    # ("05/09/22 22:28") or after "ngày" ("ngày 05/09/22").
    | \b{DAY_DIGITS}/{MONTH_DIGITS}/\d{{2}}\s+\d{{1,2}}[:h]\d{{2}}\b
    | \b{DAY_WORD}\s+{DAY_DIGITS}/{MONTH_DIGITS}/\d{{2}}\b
    )""",
    re.VERBOSE,
)

# schema.org types of one article, and of pages that are not one.
ARTICLE_TYPES = frozenset({"article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "report", "scholarlyarticle"})
LISTING_TYPES = frozenset({"collectionpage", "itemlist", "blog", "website", "searchresultspage", "aboutpage", "contactpage", "profilepage"})

_NOT_TEXT = "ancestor::script or ancestor::style or ancestor::noscript or ancestor::template"

# A results page as CMSs mark it in <body>'s classes: WordPress "search" (and "search-results"),
# Drupal "page-search"; the address alone does not say it (Drupal's ?q= is every page's path).
_SEARCH_BODY = (
    "//body[contains(concat(' ', normalize-space(@class), ' '), ' search ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' search-results ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' page-search ')]"
)


@dataclass(frozen=True)
class PageKind:
    kind: str
    score: int
    reasons: tuple[str, ...]
    canonical: str | None = None  # the page this one is a view of, when rel=canonical says so
    # The story's identity whatever frame or address it is served under (an article's only): its
    # headline and its longest passages of text, hashed.
    story: str | None = None


def classify(url: str, page: Selector) -> PageKind:
    """The kind of the page at `url` (its final URL, after redirects)."""
    reasons: list[str] = []
    score = 0

    def add(points: int, why: str) -> None:
        nonlocal score
        score += points
        reasons.append(f"{why} {points:+d}")

    canonical = _canonical_elsewhere(url, page)
    if canonical:
        return PageKind("alternate", 0, (f"rel=canonical points to {canonical}",), canonical)
    if urls.is_backend(url) or urls.SUSPECT_PATH.search(urlsplit(url).path):
        return PageKind(_other_kind(url, None, [], _NO_STRUCTURE), 0, ("log-in, form, calendar or search URL",))
    view = urls.alternate_view(url)
    if view:
        return PageKind("alternate", 0, (view,))

    og_type = (page.xpath("//meta[@property='og:type']/@content").get() or "").strip().lower()
    if og_type == "article":
        add(3, "og:type=article")
    elif og_type:
        add(-3, f"og:type={og_type}")
    types = _schema_types(page)
    if page.xpath(_SEARCH_BODY):
        types.append("searchresultspage")
    article_items = sum(1 for t in types if t in ARTICLE_TYPES)
    if article_items == 1:
        add(3, "schema.org article")
    elif article_items > 1:
        add(-3, f"{article_items} schema.org articles")
    listing_types = sorted({t for t in types if t in LISTING_TYPES} - {"website"})
    if listing_types:
        add(-2, f"schema.org {listing_types[0]}")
    if page.xpath("//meta[@property='article:published_time']"):
        add(2, "article:published_time")
    for platform in PLATFORMS.values():
        if any(page.xpath(marker) for marker in platform.article_markers):
            add(3, f"{platform.name} article container")
        if any(page.xpath(marker) for marker in platform.other_markers):
            add(-3, f"{platform.name} non-article container")

    shape = _structure(page)
    if shape.own_text >= MIN_ARTICLE_TEXT and shape.own_date:
        add(3, f"headline, own date and {shape.own_text} chars of text")
    elif shape.own_text >= MIN_ARTICLE_TEXT:
        add(1, f"headline and {shape.own_text} chars of text, no date")
    elif shape.own_date and shape.headline:
        add(1, "headline and date, little text")
    if shape.teasers >= MIN_TEASERS and shape.own_text < MIN_ARTICLE_TEXT:
        add(-3, f"{shape.teasers} teasers")

    prior = urls.prior(url)
    if prior == "article":
        add(1, "article-like URL")
    elif prior in ("listing", "tag", "feed"):
        add(-2, f"{prior} URL")
    elif _home_page(url):
        # A home page printing its newest story whole is still the site's first listing: the
        # story has its own address, where it stays when the home page moves on.
        add(-3, "home page URL")

    if score >= ARTICLE_SCORE:
        return PageKind("article", score, tuple(reasons), story=shape.story)
    return PageKind(_other_kind(url, prior, types, shape), score, tuple(reasons))


# A portal's home page, per language ("/", "/vi/", "/index.php"): its first listing.
HOME_PATH = re.compile(r"^/(?:[a-z]{2}(?:-[a-z]{2})?/?)?(?:(?:index|default|home|trang-chu)(?:\.\w{2,5})?)?$", re.IGNORECASE)


def _home_page(url: str) -> bool:
    parts = urlsplit(url)
    return bool(HOME_PATH.match(parts.path or "/")) and not parts.query


def _other_kind(url: str, prior: str | None, types: list[str], shape: "_Structure") -> str:
    path = urlsplit(url).path
    # A search parameter alone does not make a search page: Drupal without clean URLs puts every
    # page's path in ?q= (?q=node/700, ?q=taxonomy/term/3), and a "search" kind is never asked again.
    if "searchresultspage" in types or urls.SUSPECT_PATH.search(path) and re.search(r"search|tim-kiem|seek", path, re.I):
        return "search"
    if _home_page(url):
        return "listing"
    if urls.is_backend(url) or urls.SUSPECT_PATH.search(path):
        return "other"
    if prior == "tag":
        return "tag"
    if prior == "listing" or shape.teasers >= MIN_TEASERS or {"collectionpage", "itemlist", "blog"} & set(types):
        return "listing"
    return "static"


def _canonical_elsewhere(url: str, page: Selector) -> str | None:
    """The URL rel=canonical names when it is another page of the same site. A canonical naming
    the site's root from every page is a misconfigured CMS, not a statement, and is ignored;
    the host is not compared (a portal served under another name still names its own)."""
    href = page.xpath("//link[@rel='canonical']/@href").get()
    if not href:
        return None
    here, there = urlsplit(url), urlsplit(urljoin(url, href.strip()))
    if there.path in ("", "/") and not there.query:
        return None
    if _path_key(here) == _path_key(there):
        return None
    return urls.clean(here._replace(path=there.path, query=there.query).geturl())


def _path_key(parts) -> tuple[str, str]:
    return unquote(parts.path).rstrip("/").lower() or "/", "&".join(sorted(f"{k}={v}" for k, v in parse_qsl(parts.query)))


def _schema_types(page: Selector) -> list[str]:
    """schema.org types of the page's items, microdata and JSON-LD, lower-cased, one per item."""
    found = [t.rstrip("/").rsplit("/", 1)[-1].lower() for t in page.xpath("//*[@itemtype]/@itemtype").getall()]
    for block in page.xpath("//script[@type='application/ld+json']/text()").getall():
        try:
            data = json.loads(block)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kind = item.get("@type")
                for name in kind if isinstance(kind, list) else [kind]:
                    if isinstance(name, str):
                        found.append(name.lower())
                stack.extend(v for k, v in item.items() if k == "@graph")
    return found


@dataclass(frozen=True)
class _Structure:
    headline: str
    own_date: bool  # a date near the headline, before its text ends
    own_text: int  # characters of non-link text after the headline, up to the first teaser or listed link
    teasers: int  # distinct links with a headline-like text and a date or a thumbnail of their own beside them
    story: str | None = None  # the story's identity (PageKind.story)


_NO_STRUCTURE = _Structure("", False, 0, 0)

# Passages of the story that identify it: its longest, which no frame, print view or layout
# changes (a date line, a byline or a footer may differ between the views of one story).
STORY_PASSAGES = 3


def _structure(page: Selector) -> _Structure:
    root = page.root
    if not isinstance(getattr(root, "tag", None), str):
        return _NO_STRUCTURE
    headline = _headline(page)
    teaser_blocks = _teaser_blocks(root, headline)
    if headline is None:
        return _Structure("", False, 0, len(teaser_blocks))
    # Many templates print the date just above the headline.
    before = headline.xpath(f"preceding::text()[not({_NOT_TEXT})][position() <= 6]")
    dated_above = bool(DATE.search(" ".join(str(t) for t in before)))
    passages = _own_text(headline, teaser_blocks, dated_above)
    own = " ".join(" ".join(passages).split())
    own_date = dated_above or bool(DATE.search(own[:400]))
    title = " ".join(" ".join(headline.itertext()).split())
    return _Structure(title, own_date, len(own), len(teaser_blocks), _story_identity(title, passages))


def _story_identity(title: str, passages: list[str]) -> str:
    longest = sorted((" ".join(p.split()) for p in passages), key=lambda p: (-len(p), p))[:STORY_PASSAGES]
    return hashlib.blake2b("\n".join([title.lower(), *sorted(longest)]).encode(), digest_size=12).hexdigest()


def _own_text(headline, teaser_blocks: set, dated_above: bool) -> list[str]:
    """The pieces of text after the headline outside links, up to the first box of teasers or of
    links listing other pages. A box set into the story (related news after the lead, a most-read column
    between the standfirst and the body) does not end it: when the story has begun before the box
    (a date and a lead) and goes on after it, inside the element holding both headline and box,
    for a text of real length before the next box, that text is the story's too."""
    story: list[str] = []
    pending: list[str] = []  # text after a box, the story's once it is of real length
    pending_len = 0
    container = None  # the element holding headline and the first box set into the story
    for text in headline.xpath(f"following::text()[not({_NOT_TEXT})]"):
        parent = text.getparent()
        if parent is None:
            continue
        chain = [parent, *parent.iterancestors()]
        if container is not None and container not in chain:
            break
        box = next((el for el in chain if el in teaser_blocks or el.tag == "a" and _lists_a_page(el)), None)
        if box is not None:
            if container is None:
                container = _story_container(headline, box, " ".join(" ".join(story).split()), dated_above)
                if container is None:
                    break
            pending, pending_len = [], 0
            continue
        if any(el.tag == "a" for el in chain):
            continue
        if container is None or pending_len >= MIN_ARTICLE_TEXT:
            story.append(str(text))
            continue
        pending.append(str(text))
        pending_len += len(" ".join(str(text).split()))
        if pending_len >= MIN_ARTICLE_TEXT:
            story += pending
    return story


def _story_container(headline, box, story: str, dated_above: bool):
    """The element holding the headline and a box after it, when the story has begun before the
    box (its date, and a lead) and that element is a part of the page, not the whole of it."""
    if len(story) < MIN_LEAD or not (dated_above or DATE.search(story)):
        return None
    box_line = {box, *box.iterancestors()}
    container = next((el for el in headline.iterancestors() if el in box_line), None)
    return None if container is None or container.tag in ("body", "html") else container


def _headline(page: Selector):
    """The heading the page's <title> names (titles are "Headline - Site"), else the first h1.
    Templates that print the headline in a <span> or a <td> (ASP.NET labels) are read too: the
    longest element outside links whose whole text the title holds. A heading that links to the
    home page is the site's name (a logo), which the title holds too, never the headline; nor is
    an h1 with no text (a logo's picture)."""
    title = " ".join((page.xpath("//title/text()").get() or "").split()).lower()
    headings = [heading for heading in page.root.iter("h1", "h2", "h3") if not _names_the_site(heading)]
    best, best_len = None, 0
    for heading in headings:
        text = " ".join(" ".join(heading.itertext()).split()).lower()
        if len(text) >= 4 and text in title and len(text) > best_len:
            best, best_len = heading, len(text)
    if best is not None:
        return best
    first_h1 = next((heading for heading in headings if heading.tag == "h1" and "".join(heading.itertext()).strip()), None)
    if first_h1 is not None or len(title) < 10:
        return first_h1
    body = next(page.root.iter("body"), None)
    for element in body.iter("span", "div", "td", "strong", "b", "p") if body is not None else ():
        text = " ".join(" ".join(element.itertext()).split()).lower()
        if len(text) >= 10 and text in title and len(text) > best_len and not any(a.tag == "a" for a in element.iterancestors()):
            best, best_len = element, len(text)
    return best


def _names_the_site(heading) -> bool:
    """The heading links to the site's home page."""
    for link in heading.iter("a"):
        parts = urlsplit((link.get("href") or "").strip())
        if parts.path.startswith("/") or parts.netloc:
            if HOME_PATH.match(parts.path or "/") and not parts.query:
                return True
    return False


def _lists_a_page(link) -> bool:
    """A headline-like link standing alone in its block (a teaser's or a related item's title),
    not a link inside a paragraph of text: where an article's own text has ended."""
    title = " ".join(" ".join(link.itertext()).split())
    if len(title) < MIN_TEASER_TITLE or not _leads_to_a_page(link.get("href")):
        return False
    block = link.getparent()
    while block is not None and block.tag in ("strong", "b", "em", "i", "span", "font"):
        block = block.getparent()
    if block is None:
        return True
    return len(title) * 2 >= len(" ".join(" ".join(block.itertext()).split()))


# Links that open no other page: a script's control (a rating widget), a place on this page, mail.
_NO_PAGE = re.compile(r"^\s*(?:javascript:|#|mailto:|tel:)", re.IGNORECASE)


def _leads_to_a_page(href: str | None) -> bool:
    return bool(href) and not _NO_PAGE.match(href or "")


def _teaser_blocks(root, headline) -> set:
    """The smallest blocks around a headline-like link that also hold a date outside the link, or
    a picture linking to the same page (news sites' listings print no dates): a listing's teasers
    (a related-news box has a few of them too). The block holding the page's headline is the
    page's own story, whatever links it has (tags, attachments); a link closing a paragraph of
    text ("... >> Related story") is a link inside that text, whatever dates the text cites."""
    blocks: dict[object, str] = {}
    for link in root.iter("a"):
        href = link.get("href")
        title = " ".join(" ".join(link.itertext()).split())
        if not _leads_to_a_page(href) or len(title) < MIN_TEASER_TITLE:
            continue
        node = link
        for _ in range(3):
            node = node.getparent()
            if node is None or node.tag in ("body", "html"):
                break
            hrefs = {a.get("href") for a in node.iter("a") if len(" ".join(" ".join(a.itertext()).split())) >= MIN_TEASER_TITLE}
            if len(hrefs) > 1 or (headline is not None and any(el is headline for el in node.iter())) or _follows_text(node, title):
                break
            # Apart: a date in one element and the summary after it ("12/12/2020", "Trong tháng…") are two words.
            outside = " ".join(_text_outside_links(node))
            if DATE.search(outside) or _pictured(node, href):
                blocks[node] = href
                break
    return set(blocks)


def _follows_text(node, title: str) -> bool:
    """More than a date stamp stands before the link titled `title` in the block: a sentence of
    text, which teasers, opening with their title or a stamp, never have."""
    text = " ".join(" ".join(node.itertext()).split())
    return len(text[: max(text.find(title), 0)]) >= MIN_LEAD


def _pictured(node, href: str) -> bool:
    """A thumbnail in the block links to `href`."""
    return any(a.get("href") == href and a.find(".//img") is not None for a in node.iter("a"))


def _text_outside_links(node):
    if node.tag == "a" or not isinstance(node.tag, str):
        return
    if node.text:
        yield node.text
    for child in node:
        if isinstance(child.tag, str) and child.tag not in ("a", "script", "style"):
            yield from _text_outside_links(child)
        if child.tail:
            yield child.tail
