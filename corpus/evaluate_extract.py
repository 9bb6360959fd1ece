"""`vncorpus eval extract`: how well HTML becomes an article, against the pages whose content we
wrote ourselves, side by side with plain trafilatura and jusText on the same pages.

Gold: every sample-portal article (corpus/sample_portals/*/expected.yaml, whose texts come from
tools/sample_articles.yaml) and every article page of the fault portal (tests/files/sites/
faults-portal). Main text is scored by tokens (a bag of lower-cased words: precision, recall,
F1, summed over pages); title, published date and author by exact match.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from corpus.portal_server import SAMPLE_PORTALS, resolve_file
from corpus.records import Capture, Source
from extract.article import NotAnArticle, decode_html, extract_from_html
from extract.normalize import normalize_text

REPO = Path(__file__).resolve().parent.parent
ARTICLES = REPO / "tools" / "sample_articles.yaml"
FAULTS = REPO / "tests" / "files" / "sites" / "faults-portal"
_TOKEN = re.compile(r"\w+")
# Captions that are camera file names are furniture, not text, in the gold as in the extractor.
_FILE_CAPTION = re.compile(r"^\d+(?:\.\d+)*\.?\s*IMG\s*\d+$")


@dataclass
class GoldPage:
    platform: str
    html: str
    url: str
    title: str
    text: str
    published: str | None
    author: str | None


@dataclass
class Tally:
    pages: int = 0
    overlap: int = 0
    extracted: int = 0
    gold: int = 0
    right: Counter = field(default_factory=Counter)

    def f1(self) -> tuple[float, float, float]:
        p = self.overlap / self.extracted if self.extracted else 0.0
        r = self.overlap / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def gold_pages() -> list[GoldPage]:
    pages = []
    written = yaml.safe_load(ARTICLES.read_text(encoding="utf-8"))
    for site in sorted(written):
        meta = yaml.safe_load((SAMPLE_PORTALS / site / "site.yaml").read_text(encoding="utf-8"))
        expected = yaml.safe_load((SAMPLE_PORTALS / site / "expected.yaml").read_text(encoding="utf-8"))["articles"]
        for article, gold in zip(written[site], expected):
            paragraphs = [p for p in [article["lead"], *article["paragraphs"]] if not _FILE_CAPTION.match(p)]
            html = resolve_file(SAMPLE_PORTALS / site, gold["path"]).read_text(encoding="utf-8")
            pages.append(GoldPage(meta["platform"], html, "http://127.0.0.1" + gold["path"], gold["title"], "\n\n".join(paragraphs), gold["published"], gold["author"]))
    faults = _fault_portal_generator()
    for name, (title, date_text, _, kind) in faults.ARTICLES.items():
        path = FAULTS / "tin-tuc" / name
        if not path.exists() or path.stat().st_size > 1_000_000:
            continue
        day, month, year = date_text.split("/")
        capture = Capture("", f"http://127.0.0.1/tin-tuc/{name}", "faults", 200, {}, None, path.read_bytes())
        pages.append(GoldPage(f"generic ({kind})", decode_html(capture), capture.url, title, faults.BODY.format(d=date_text), f"{year}-{month}-{day}", None))
    return pages


def _fault_portal_generator():
    """The fault portal's own generator holds its pages' content: the gold for those pages."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_faults_portal", FAULTS.parent / "make_faults_portal.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tokens(text: str | None) -> Counter:
    return Counter(_TOKEN.findall((text or "").lower()))


def _score(tally: Tally, page: GoldPage, title, text, published, author) -> None:
    gold, got = _tokens(page.text), _tokens(text)
    tally.pages += 1
    tally.overlap += sum((gold & got).values())
    tally.extracted += sum(got.values())
    tally.gold += sum(gold.values())
    tally.right["title"] += normalize_text(title or "") == page.title
    tally.right["date"] += (published or None) == page.published
    tally.right["author"] += (author or None) == page.author


def _vncorpus(page: GoldPage):
    try:
        article = extract_from_html(page.html, page.url, Source("eval", "eval", None, (page.url,)))
    except NotAnArticle:
        return None, "", None, None
    return article.title, article.text, article.published.isoformat() if article.published else None, article.author


def _trafilatura(page: GoldPage):
    import trafilatura

    document = trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True)
    if document is None:
        return None, "", None, None
    return document.title, document.text, document.date, document.author


def _justext(page: GoldPage):
    import justext

    paragraphs = justext.justext(page.html.encode("utf-8"), justext.get_stoplist("Vietnamese"))
    text = "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)
    return None, text, None, None  # jusText finds main text only


EXTRACTORS = {"vncorpus": _vncorpus, "trafilatura (defaults)": _trafilatura, "jusText (Vietnamese stoplist)": _justext}


def evaluate() -> dict[str, dict[str, Tally]]:
    """extractor → platform ("all" included) → tally."""
    results: dict[str, dict[str, Tally]] = {name: defaultdict(Tally) for name in EXTRACTORS}
    for page in gold_pages():
        for name, extractor in EXTRACTORS.items():
            outcome = extractor(page)
            for group in (page.platform.split(" ")[0], "all"):
                _score(results[name][group], page, *outcome)
    return results


def report(results: dict[str, dict[str, Tally]]) -> str:
    lines = [f"{'extractor':<30} {'platform':<11} {'pages':>5} {'text P':>7} {'text R':>7} {'text F1':>8} {'title':>6} {'date':>6} {'author':>7}"]
    for name, by_platform in results.items():
        for platform in sorted(by_platform, key=lambda p: (p == "all", p)):
            t = by_platform[platform]
            p, r, f = t.f1()
            metadata = "" if name.startswith("jusText") else f"{t.right['title'] / t.pages:>6.2f} {t.right['date'] / t.pages:>6.2f} {t.right['author'] / t.pages:>7.2f}"
            lines.append(f"{name:<30} {platform:<11} {t.pages:>5} {p:>7.3f} {r:>7.3f} {f:>8.3f} {metadata}".rstrip())
    return "\n".join(lines)
