"""`vncorpus eval extract`: how well a served page becomes an article, against pages whose article
we know, side by side with plain trafilatura and jusText on the same bytes.

Gold: the hand-made pages of tests/gold/extract/ (seven kinds of page; its README says what the
gold holds, and which pages are held out from rule-writing) and the sample portals' articles
(corpus/demo/sample_portals/*/expected.yaml, whose texts come from tools/sample_articles.yaml). Rows
give each platform, each set (dev, held-out) and all pages. Main text is scored by tokens (a bag of lower-cased words:
precision, recall and F1, summed over pages); title, published date and author by exact match.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

import yaml

from corpus.demo.server import SAMPLE_PORTALS, resolve_file
from crawler.models import Capture, Source
from extract.article import NotAnArticle, extract_article
from extract.dates import VIETNAM
from extract.normalize import normalize_text

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO / "tests" / "gold" / "extract"
ARTICLES = REPO / "tools" / "sample_articles.yaml"
_TOKEN = re.compile(r"\w+")
# Captions that are camera file names are furniture, not text, in the gold as in the extractor.
_FILE_CAPTION = re.compile(r"^\d+(?:\.\d+)*\.?\s*IMG\s*\d+$")
# The day the sample portals were written, standing in for their fetch day.
_SAMPLE_FETCHED = date(2026, 11, 20)


@dataclass(frozen=True)
class GoldPage:
    name: str
    platform: str
    split: str  # "dev": in view while the rules were written; "held-out": written after they were frozen
    body: bytes
    content_type: str
    url: str
    fetched: date
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
    misses: list[str] = field(default_factory=list)

    def f1(self) -> tuple[float, float, float]:
        p = self.overlap / self.extracted if self.extracted else 0.0
        r = self.overlap / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def accuracy(self, what: str) -> float:
        return self.right[what] / self.pages if self.pages else 0.0


@dataclass(frozen=True)
class Outcome:
    """What one extractor made of one page; None where it does not say."""

    title: str | None
    text: str
    published: str | None
    author: str | None


def gold_pages() -> list[GoldPage]:
    return _hand_made_pages() + _sample_portal_pages()


def _hand_made_pages() -> list[GoldPage]:
    pages = []
    for path in sorted(GOLD.glob("*.yaml")):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        published = gold["published"]
        pages.append(
            GoldPage(
                name=path.stem,
                platform=gold["platform"],
                split=gold.get("set", "dev"),
                body=path.with_suffix(".html").read_bytes(),
                content_type=gold.get("content_type", "text/html"),
                url=gold["url"],
                fetched=gold["fetched"],
                title=gold["title"],
                text=gold["text"],
                published=published.isoformat() if isinstance(published, date) else published,
                author=gold["author"],
            )
        )
    return pages


def _sample_portal_pages() -> list[GoldPage]:
    pages = []
    written = yaml.safe_load(ARTICLES.read_text(encoding="utf-8"))
    for site in sorted(written):
        meta = yaml.safe_load((SAMPLE_PORTALS / site / "site.yaml").read_text(encoding="utf-8"))
        expected = yaml.safe_load((SAMPLE_PORTALS / site / "expected.yaml").read_text(encoding="utf-8"))["articles"]
        for article, gold in zip(written[site], expected):
            paragraphs = [p for p in [article["lead"], *article["paragraphs"]] if not _FILE_CAPTION.match(p)]
            path = resolve_file(SAMPLE_PORTALS / site, gold["path"])
            pages.append(
                GoldPage(
                    name=f"{site}{gold['path']}",
                    platform=meta["platform"],
                    split="dev",
                    body=path.read_bytes(),
                    content_type="text/html; charset=utf-8",
                    url="http://127.0.0.1:8000" + gold["path"],
                    fetched=_SAMPLE_FETCHED,
                    title=gold["title"],
                    text="\n\n".join(paragraphs),
                    published=gold["published"],
                    author=gold["author"],
                )
            )
    return pages


def _tokens(text: str | None) -> Counter:
    return Counter(_TOKEN.findall(unicodedata.normalize("NFC", text or "").lower()))


def _score(tally: Tally, page: GoldPage, outcome: Outcome) -> None:
    gold, got = _tokens(page.text), _tokens(outcome.text)
    tally.pages += 1
    tally.overlap += sum((gold & got).values())
    tally.extracted += sum(got.values())
    tally.gold += sum(gold.values())
    checks = {  # what the extractor said, what the gold says, whether they agree
        "title": (outcome.title, page.title, normalize_text(outcome.title or "") == page.title),
        "date": (outcome.published, page.published, outcome.published == page.published),
        "author": (outcome.author, page.author, outcome.author == page.author),
    }
    for what, (got, wanted, right) in checks.items():
        tally.right[what] += right
        if not right:
            tally.misses.append(f"{page.name}: {what} {got!r}, gold {wanted!r}")


def _vncorpus(page: GoldPage) -> Outcome:
    """The pipeline's own path: the served bytes and headers as a capture, decoded and extracted."""
    fetched_at = datetime.combine(page.fetched, time(2, 0), tzinfo=VIETNAM)
    capture = Capture("", page.url, "eval", 200, {"Content-Type": page.content_type}, fetched_at, page.body)
    try:
        article = extract_article(capture, Source("eval", "eval", None, (page.url,)))
    except NotAnArticle:
        return Outcome(None, "", None, None)
    return Outcome(article.title, article.text, article.published.isoformat() if article.published else None, article.author)


def _trafilatura(page: GoldPage) -> Outcome:
    import trafilatura

    document = trafilatura.bare_extraction(page.body, url=page.url, with_metadata=True)
    if document is None:
        return Outcome(None, "", None, None)
    return Outcome(document.title, document.text or "", document.date, document.author)


def _justext(page: GoldPage) -> Outcome:
    import justext

    paragraphs = justext.justext(page.body, justext.get_stoplist("Vietnamese"))
    return Outcome(None, "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate), None, None)


EXTRACTORS = {"vncorpus": _vncorpus, "trafilatura (defaults)": _trafilatura, "jusText (Vietnamese stoplist)": _justext}
# jusText finds main text only: its title, date and author columns stay empty.
TEXT_ONLY = {"jusText (Vietnamese stoplist)"}


def evaluate() -> dict[str, dict[str, Tally]]:
    """extractor → platform ("all" included) → tally."""
    results: dict[str, dict[str, Tally]] = {name: defaultdict(Tally) for name in EXTRACTORS}
    for page in gold_pages():
        for name, extractor in EXTRACTORS.items():
            outcome = extractor(page)
            for group in (page.platform, f"set: {page.split}", "all"):
                _score(results[name][group], page, outcome)
    return results


def report(results: dict[str, dict[str, Tally]], errors: bool = False) -> str:
    lines = [f"{'extractor':<30} {'platform':<14} {'pages':>5} {'text P':>7} {'text R':>7} {'text F1':>8} {'title':>6} {'date':>6} {'author':>7}"]
    for name, by_platform in results.items():
        for platform in sorted(by_platform, key=lambda p: (p == "all", p.startswith("set: "), p)):
            t = by_platform[platform]
            p, r, f = t.f1()
            metadata = "" if name in TEXT_ONLY else f"{t.accuracy('title'):>6.2f} {t.accuracy('date'):>6.2f} {t.accuracy('author'):>7.2f}"
            lines.append(f"{name:<30} {platform:<14} {t.pages:>5} {p:>7.3f} {r:>7.3f} {f:>8.3f} {metadata}".rstrip())
    if errors:
        lines += ["", "vncorpus misses:", *(f"  {miss}" for miss in results["vncorpus"]["all"].misses)]
    return "\n".join(lines)
