"""`vncorpus eval extract`: how well a served page becomes an article, against pages whose article
we know, side by side with plain trafilatura and jusText on the same bytes.

A gold folder is read by `read_gold(folder)` in one of two formats:

- **pages** (tests/gold/extract/): a YAML per page beside its HTML, holding the whole story (its
  README says what the gold holds, and which pages are held out from rule-writing). The default
  run adds the sample portals' articles (corpus/demo/sample_portals/*/expected.yaml, whose texts come
  from tools/sample_articles.yaml). Rows give each platform, each set (dev, held-out) and all
  pages. Main text is scored by tokens (a bag of lower-cased words: precision, recall and F1,
  summed over pages); title, published date and author by exact match.
- **sentences** (a `gold.jsonl`, as ../shared/realpages/): one JSON line per saved page with its
  `kind` (article, home, listing), the title, printed date and byline, the story's first and last
  sentence and strings of boilerplate that must not leak. Paragraphs are compared with their
  whitespace collapsed. An article page is right on `first` when a paragraph begins with the
  first sentence and each paragraph before it is a caption (under 25 words, not holding the
  title: a photo's caption may stand above the lead; a printed date or the headline glued to it,
  or a block of links, may not), and on `last` when a paragraph ends with the last sentence and
  each paragraph after it is a caption (under 25 words, not holding the byline);
  `clean` when no must-not-contain string is in its text; `text` when it yields any article at
  all. The crawler's generic rules (crawler/pagekind.py) are scored both ways: an article page is
  recognised when they take it for an article, a page of another kind is right when they do not;
  the extractors' columns score article pages only.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

import yaml

from vncorpus.crawler.errors import UserError
from vncorpus.corpus.evaluate import REPO, checkout_gold, prf
from vncorpus.corpus.demo.server import SAMPLE_PORTALS, resolve_file
from vncorpus.crawler.models import Source
from vncorpus.extract.article import NotAnArticle, extract_page
from vncorpus.extract.dates import VIETNAM
from vncorpus.extract.normalize import normalize_text

# The sample portals' texts, beside the checkout's own gold: part of the default set only.
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


@dataclass(frozen=True)
class SentencePage:
    """A saved page whose gold names its story by the first and last sentence (realpages)."""

    name: str
    kind: str  # "article" | "home" | "listing"
    body: bytes
    url: str
    title: str | None
    published: str | None
    author: str | None
    first_sentence: str | None
    last_sentence: str | None
    must_not_contain: tuple[str, ...]
    content_type: str = "text/html"  # saved pages carry no HTTP header: the page's own charset decides
    fetched: date | None = None  # unknown for a saved page: any day up to today


@dataclass
class Tally:
    pages: int = 0
    overlap: int = 0
    extracted: int = 0
    gold: int = 0
    right: Counter = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def f1(self) -> tuple[float, float, float]:
        return prf(self.overlap, self.extracted, self.gold)

    def accuracy(self, what: str) -> float:
        return self.right[what] / self.pages if self.pages else 0.0


@dataclass(frozen=True)
class Outcome:
    """What one extractor made of one page; None where it does not say."""

    title: str | None
    text: str
    published: str | None
    author: str | None
    failure: str | None = None  # why the extractor gave no article


def gold_pages() -> list[GoldPage]:
    """The default gold: tests/gold/extract/ and the sample portals' articles."""
    return _hand_made_pages(checkout_gold("extract")) + _sample_portal_pages()


def read_gold(folder: Path) -> list[GoldPage] | list[SentencePage]:
    """The gold pages of a folder, in either format (nothing outside the folder is read)."""
    folder = Path(folder)
    return _sentence_pages(folder) if _in_sentences(folder) else _hand_made_pages(folder)


def _in_sentences(folder: Path) -> bool:
    """Whether a gold folder is in the sentences format (a gold.jsonl), else hand-made pages."""
    return (folder / "gold.jsonl").exists()


def _hand_made_pages(folder: Path) -> list[GoldPage]:
    if not any(folder.glob("*.yaml")):
        raise UserError(f"no gold pages in {folder} (neither gold.jsonl nor *.yaml beside *.html)")
    pages = []
    for path in sorted(folder.glob("*.yaml")):
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


def _sentence_pages(folder: Path) -> list[SentencePage]:
    pages = []
    for number, line in enumerate((folder / "gold.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            gold = json.loads(line)
            path = folder / gold["file"]
            pages.append(
                SentencePage(
                    name=gold["file"], kind=gold.get("kind", "article"), body=path.read_bytes(), url=gold.get("url") or path.as_uri(),
                    title=gold.get("title"), published=gold.get("published"), author=gold.get("author"),
                    first_sentence=gold.get("first_sentence"), last_sentence=gold.get("last_sentence"),
                    must_not_contain=tuple(gold.get("must_not_contain") or ()),
                    fetched=_day(gold.get("fetched")),
                )
            )
        except json.JSONDecodeError as error:
            raise UserError(f"{folder / 'gold.jsonl'}:{number}: not a JSON line ({error.msg})") from None
        except KeyError as error:
            raise UserError(f"{folder / 'gold.jsonl'}:{number}: no {error.args[0]!r}") from None
        except OSError as error:
            raise UserError(f"{folder / 'gold.jsonl'}:{number}: cannot read the page ({error.strerror or error})") from None
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
            if path is None:
                raise FileNotFoundError(f"{SAMPLE_PORTALS / site}: no page for {gold['path']} of expected.yaml")
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
    for what, (said, wanted, right) in checks.items():
        tally.right[what] += right
        if not right:
            tally.misses.append(f"{page.name}: {what} {said!r}, gold {wanted!r}")


def _day(value) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _vncorpus(page: GoldPage | SentencePage) -> Outcome:
    """The pipeline's own path: the served bytes and Content-Type, decoded and extracted."""
    fetched_at = datetime.combine(page.fetched, time(2, 0), tzinfo=VIETNAM) if page.fetched else None
    try:
        article = extract_page(page.body, page.content_type, page.url, Source("eval", "eval", None, (page.url,)), fetched_at=fetched_at)
    except NotAnArticle as reason:
        return Outcome(None, "", None, None, failure=str(reason))
    return Outcome(article.title, article.text, article.published.isoformat() if article.published else None, article.author)


def _trafilatura(page: GoldPage | SentencePage) -> Outcome:
    import trafilatura

    document = trafilatura.bare_extraction(page.body, url=page.url, with_metadata=True)
    if not isinstance(document, trafilatura.settings.Document):  # a dict only when asked for one
        return Outcome(None, "", None, None, failure="no document")
    return Outcome(document.title, document.text or "", document.date, document.author)


def _justext(page: GoldPage | SentencePage) -> Outcome:
    import justext

    paragraphs = justext.justext(page.body, justext.get_stoplist("Vietnamese"))
    return Outcome(None, "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate), None, None)


EXTRACTORS = {"vncorpus": _vncorpus, "trafilatura (defaults)": _trafilatura, "jusText (Vietnamese stoplist)": _justext}
# jusText finds main text only: its title, date and author columns stay empty.
TEXT_ONLY = {"jusText (Vietnamese stoplist)"}


def evaluate(folder: Path | None = None) -> dict[str, dict[str, Tally]] | dict[str, SentenceTally]:
    """By default (tests/gold/extract and the sample portals): extractor → platform ("all"
    included) → tally. For a folder in the sentences format: extractor → tally."""
    if folder is None:
        pages = gold_pages()
    else:
        folder = _folder(Path(folder))
        if _in_sentences(folder):
            return _evaluate_sentences(_sentence_pages(folder))
        pages = _hand_made_pages(folder)
    results: dict[str, dict[str, Tally]] = {name: defaultdict(Tally) for name in EXTRACTORS}
    for page in pages:
        for name, extractor in EXTRACTORS.items():
            outcome = extractor(page)
            for group in (page.platform, f"set: {page.split}", "all"):
                _score(results[name][group], page, outcome)
    return results


def _folder(path: Path) -> Path:
    """`--gold tests/gold` and `--gold tests/gold/extract` read the same pages."""
    if not path.is_dir():
        raise UserError(f"gold folder {path} not found")
    return path / "extract" if (path / "extract").is_dir() and not (path / "gold.jsonl").exists() else path


SENTENCE_CHECKS = ("title", "date", "author", "first", "last", "clean", "text")


@dataclass
class SentenceTally:
    articles: int = 0
    articles_recognised: int = 0  # of those, how many the crawler takes for articles
    others: int = 0  # home and listing pages
    others_right: int = 0  # of those, how many the crawler does not take for articles
    right: Counter = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)


def _evaluate_sentences(pages: list[SentencePage]) -> dict[str, SentenceTally]:
    from parsel import Selector

    from vncorpus.crawler.pagekind import classify

    results = {name: SentenceTally() for name in EXTRACTORS if name not in TEXT_ONLY}
    for page in pages:
        kind = classify(page.url, Selector(text=page.body.decode("utf-8", "replace"))).kind
        taken = kind == "article"
        if page.kind != "article":
            for tally in results.values():
                tally.others += 1
                tally.others_right += not taken
                if taken:
                    tally.misses.append(f"{page.name}: a {page.kind} page taken for an article")
            continue
        for name, tally in results.items():
            tally.articles_recognised += taken
            if not taken:
                tally.misses.append(f"{page.name}: an article page the crawler takes for {kind}")
            _score_sentences(tally, page, EXTRACTORS[name](page))
    return results


def _flat(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def _score_sentences(tally: SentenceTally, page: SentencePage, outcome: Outcome) -> None:
    text = _flat(outcome.text)
    paragraphs = [p for p in map(_flat, (outcome.text or "").split("\n")) if p]
    leaked = [s for s in page.must_not_contain if _flat(s) in text]
    checks: dict[str, tuple[object, object, bool]] = {
        "title": (outcome.title, page.title, normalize_text(outcome.title or "") == normalize_text(page.title or "")),
        "date": (outcome.published, page.published, outcome.published == page.published),
        "author": (outcome.author, page.author, outcome.author == page.author),
        "first": (text[:120], page.first_sentence, _begins_story(paragraphs, page)),
        "last": (text[-120:], page.last_sentence, _ends_story(paragraphs, page)),
        "clean": (leaked, [], not leaked),
        "text": (outcome.failure, None, bool(text)),
    }
    tally.articles += 1
    for what, (got, wanted, right) in checks.items():
        tally.right[what] += right
        if not right:
            tally.misses.append(f"{page.name}: {what} {got!r}, gold {wanted!r}")


# Longest a caption around the story may be, in words; a photo's caption that ends with its credit
# ("… dâng hương lên Chủ tịch Hồ Chí Minh. Ảnh: THUẬN VĂN") is one at any length.
_CAPTION_WORDS = 25
_PHOTO_CREDIT_END = re.compile(r"\bẢnh\s*:\s*[^.!?:]{1,40}$")


def _begins_story(paragraphs: list[str], page: SentencePage) -> bool:
    first, title = _flat(page.first_sentence), _flat(page.title)
    at = next((i for i, paragraph in enumerate(paragraphs) if paragraph.startswith(first)), None)
    return at is not None and all(_caption(p, title) for p in paragraphs[:at])


def _ends_story(paragraphs: list[str], page: SentencePage) -> bool:
    last, author = _flat(page.last_sentence), _flat(page.author)
    at = next((i for i in range(len(paragraphs) - 1, -1, -1) if paragraphs[i].endswith(last)), None)
    return at is not None and all(_caption(p, author) for p in paragraphs[at + 1 :])


def _caption(paragraph: str, not_holding: str) -> bool:
    short = len(paragraph.split()) < _CAPTION_WORDS or bool(_PHOTO_CREDIT_END.search(paragraph))
    return short and not (not_holding and not_holding in paragraph)


def _report_sentences(results: dict[str, SentenceTally], errors: bool) -> str:
    lines = [f"{'extractor':<30} {'articles':>8} " + " ".join(f"{c:>6}" for c in SENTENCE_CHECKS) + f" {'articles recognised':>20} {'not-article pages':>18}"]
    for name, t in results.items():
        cells = " ".join(f"{t.right[c]:>3}/{t.articles:<2}" for c in SENTENCE_CHECKS)
        lines.append(f"{name:<30} {t.articles:>8} {cells} {t.articles_recognised:>17}/{t.articles:<2} {t.others_right:>15}/{t.others:<2}")
    if errors:
        lines += ["", "vncorpus misses:", *(f"  {miss}" for miss in results["vncorpus"].misses)]
    return "\n".join(lines)


def report(results, errors: bool = False) -> str:
    if results and isinstance(next(iter(results.values())), SentenceTally):
        return _report_sentences(results, errors)
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
