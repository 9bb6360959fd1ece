"""`vncorpus analyze FILE`: one saved page or text file → the article and its facts, nothing stored."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from vncorpus.crawler.errors import UserError
from vncorpus.corpus.pipeline import Budget, analyze_article
from vncorpus.crawler.sniff import looks_like_html
from vncorpus.crawler.models import Capture, Source, article_id_for
from vncorpus.extract.models import Article
from vncorpus.extract.article import NotAnArticle, extract_article, over_limit
from vncorpus.extract.boilerplate import story_lines
from vncorpus.extract.byline import split_byline
from vncorpus.extract.dates import date_in_lines, fetch_day
from vncorpus.extract.legacy import repair_legacy_encoding
from vncorpus.extract.normalize import normalize_text

_LOCAL = Source(id="local-file", name="local file", province=None, start_urls=("file:///",))


def analyze_file(path: Path, url: str | None = None) -> dict:
    try:
        if reason := over_limit(path.stat().st_size):
            raise UserError(f"{path}: {reason}")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"file not found: {path}") from None
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror or exc}") from None
    url = url or path.resolve().as_uri()
    if looks_like_html(raw):
        # The crawl's own path: the page's charset, windows-1258 and legacy font encodings.
        try:
            article = extract_article(Capture("", url, _LOCAL.id, 200, {}, None, raw), _LOCAL)
        except NotAnArticle as reason:
            raise UserError(f"{path}: no article found ({reason})") from None
    else:
        article = _text_article(repair_legacy_encoding(_decode(raw, path)), url)
    # The time budget of `process`: a page whose facts take longer shows what was found by then.
    article, facts = analyze_article(article, Budget().max_seconds)
    return {"article": dataclasses.asdict(article), **dataclasses.asdict(facts)}


def _decode(raw: bytes, path: Path) -> str:
    for encoding in ("utf-8-sig", "cp1258"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UserError(f"{path}: not UTF-8 or Windows-1258 text")


def _text_article(text: str, url: str) -> Article:
    """A plain-text page (as the seeds are saved), cleaned by the rules an HTML page goes through:
    the title is the first early line shaped like a headline; the story runs from it to the block
    that ends it, without counters, stamps and captions that are file names; the byline on its
    last lines becomes the author; the date is the stamp that goes with the title or, where the
    page prints none, the day the story's opening sentence dates itself ("Ngày 16/01/2023, Sở …")."""
    text = normalize_text(text)
    if not text:
        raise UserError("the file is empty")
    title = next((line for line in text.split("\n")[:20] if _headline_like(line)), "")
    author, lines = split_byline(story_lines(text, title))
    if not lines:  # nothing reads as a story: the page's text is all there is
        lines = [line.strip() for line in text.split("\n") if line.strip()]
    published, source = date_in_lines(text, title, lines[0], fetch_day(None)), "page"
    if published is None:
        published, source = _opening_date(lines[0]), "lead"
    return Article(
        article_id=article_id_for(url),
        url=url,
        source_id=_LOCAL.id,
        province=None,
        province_2025=None,
        title=title,
        published=published,
        text="\n\n".join(lines),
        author=author,
        date_source=source if published else None,
    )


# How far into the first paragraph its own date may stand: "Ngày 16/01/2023, …", "Sáng ngày 30/5/2023, …".
_OPENING_REACH = 20


def _opening_date(first: str):
    """The day the story's first sentence opens with, if it opens with one."""
    from vncorpus.nlp.dates import find_dates

    dated = [d for d in find_dates(first[: _OPENING_REACH + 40]) if d.precision == "day" and d.start <= _OPENING_REACH]
    return dated[0].date if dated else None


def _headline_like(line: str) -> bool:
    """Eight or more words, not a banner in capitals, not a sentence, not a greeting or menu."""
    return (
        len(line.split()) >= 8
        and not line.isupper()
        and not line.rstrip().endswith((".", ":", ";", "!"))
        and "!" not in line
    )
