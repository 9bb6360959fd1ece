"""`vncorpus analyze FILE`: one saved page or text file → the article and its facts, nothing stored."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from vncorpus.crawler.errors import UserError
from vncorpus.corpus.pipeline import Budget, analyze_article
from vncorpus.crawler.sniff import looks_like_html
from vncorpus.crawler.models import Source
from vncorpus.extract.article import NotAnArticle, extract_page, over_limit
from vncorpus.extract.legacy import repair_legacy_encoding
from vncorpus.extract.text import EmptyText, article_from_text

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
            article = extract_page(raw, "", url, _LOCAL)
        except NotAnArticle as reason:
            raise UserError(f"{path}: no article found ({reason})") from None
    else:
        try:
            article = article_from_text(repair_legacy_encoding(_decode(raw, path)), url, _LOCAL)
        except EmptyText as reason:
            raise UserError(str(reason)) from None
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
