"""The crawl's run report: per source, what was fetched by kind, what was captured, what was
skipped and why, the URL shapes learned, and, for a source that yielded no article, why not."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from vncorpus.crawler.failures import NOT_FAILURES

# Learned shapes listed per kind in the report (the most productive first).
SHAPES_REPORTED = 10
# Fruitless shapes named per source.
FRUITLESS_REPORTED = 10


@dataclass
class SourceReport:
    source_id: str
    pages_fetched: int = 0
    new_articles: int = 0
    skipped_known: int = 0
    not_modified: int = 0
    discovery_unavailable: int = 0
    skipped_gone: int = 0
    same_story: int = 0  # article pages that were a story already captured under another address
    errors: dict[str, int] = field(default_factory=dict)  # failure kind (crawler.failures.KINDS) -> requests
    error_examples: dict[str, str] = field(default_factory=dict)  # failure kind -> the first URL that failed so
    # host -> how its robots.txt limited or stopped the crawl (unavailable, cut, pages forbidden)
    robots: dict[str, str] = field(default_factory=dict)
    stopped: str | None = None  # why the source was asked for nothing more this run (a trap, over budget)
    warning: str | None = None
    # pages fetched by kind (crawler.pagekind.KINDS, plus "feed" for sitemaps and feeds)
    kinds: dict[str, int] = field(default_factory=dict)
    # links not requested, by why: variant, refused (file, log-in, back end), fruitless shape, settled page, over budget
    skipped: dict[str, int] = field(default_factory=dict)
    # what the source taught: URL shape -> links not requested because its pages proved fruitless
    fruitless_shapes: dict[str, int] = field(default_factory=dict)
    # URL shape -> pages of that kind, for articles and listings
    learned_shapes: dict[str, dict[str, int]] = field(default_factory=dict)
    # for a source that showed no article this run (new or known): what it showed instead
    no_article: dict | None = None
    archive: bool = False  # the portal no longer publishes: never flagged as gone quiet
    moved_to: str | None = None  # "<successor id> (<first URL>)" when the archive redirects to its successor
    moved_pages: int = 0

    @property
    def articles_seen(self) -> int:
        """New articles plus links to known ones: what a healthy source shows every night."""
        return self.new_articles + self.skipped_known

    @property
    def unreachable(self) -> bool:
        """Every request failed before any server answered (refused, timed out, no such host)."""
        answered = self.pages_fetched + self.not_modified + sum(n for kind, n in self.errors.items() if kind.startswith("http_"))
        # A robots.txt that answered with an error status was an answer: the host is up.
        answered += sum("(HTTP " in note for note in self.robots.values())
        return answered == 0 and any(not kind.startswith("http_") and kind not in NOT_FAILURES for kind in self.errors)


@dataclass
class ArchiveReport:
    """One source read from one web archive (crawler/archives/): URLs the archive listed under its
    hosts, captures chosen (one per URL), fetched this run, and what they came to."""

    source_id: str
    archive: str
    listed: int = 0
    chosen: int = 0
    fetched: int = 0
    articles: int = 0
    failed: int = 0
    known: int = 0  # chosen URLs already captured (live or from another archive): not fetched
    same_story: int = 0  # a story already captured under another address of the source
    not_article: int = 0
    fruitless: int = 0  # not fetched: of a URL shape whose first captures held no article
    revisions: int = 0  # other contents the archive holds of the chosen URLs; the latest is kept
    listing_pages: int = 0  # index pages read this run (a resumed listing reads only what was left)
    requests: int = 0
    failures: dict[str, str] = field(default_factory=dict)  # why -> the first URL that failed so
    error: str | None = None  # the listing failed: the archive could not be read this run
    stopped: str | None = None  # the run's request limit (--max-pages) was reached; the next run goes on

    def line(self) -> str:
        return (
            f"  {self.source_id} from {self.archive}: {self.listed} listed, {self.chosen} chosen, {self.fetched} fetched, "
            f"{self.articles} articles, {self.failed} failed ({self.known} known, {self.same_story} same story, "
            f"{self.not_article} not articles, {self.fruitless} of fruitless shapes not fetched, {self.revisions} revisions; "
            f"{self.requests} requests)"
        )


@dataclass
class CrawlReport:
    run_id: str
    started: str
    finished: str
    max_pages: int | None
    sources: list[SourceReport]
    # The run stopped requesting because it reached --max-pages, not because it ran out of pages.
    stopped_at_limit: bool = False
    # Where a damaged capture index was set aside before the run made a new one from the WARC files.
    index_set_aside: str | None = None
    # Sources read from web archives (`crawl --from-archive`, and archived sources in `run`).
    archives: list[ArchiveReport] = field(default_factory=list)

    @property
    def no_source_reached(self) -> bool:
        if self.archives:
            return all(a.error for a in self.archives) and all(s.unreachable for s in self.sources)
        return bool(self.sources) and all(s.unreachable for s in self.sources)

    @property
    def new_articles(self) -> int:
        return sum(s.new_articles for s in self.sources) + sum(a.articles for a in self.archives)

    @property
    def known_articles(self) -> int:
        return sum(s.skipped_known for s in self.sources)

    @property
    def not_modified(self) -> int:
        return sum(s.not_modified for s in self.sources)

    @property
    def failed_pages(self) -> int:
        return sum(n for s in self.sources for kind, n in s.errors.items() if kind not in NOT_FAILURES) + sum(a.failed for a in self.archives)

    def summary(self) -> str:
        # Known links and 304 answers are what a healthy incremental run mostly sees: counted, so
        # that "0 new articles" reads as a quiet night and not as a crawl that did nothing.
        lines = [
            f"crawl {self.run_id}: {self.new_articles} new articles, {self.known_articles} known, "
            f"{self.not_modified} pages not modified, {self.failed_pages} failed pages"
        ]
        if self.index_set_aside:
            lines.append(f"  ! {rebuilt_index_note(self.index_set_aside)}")
        for s in self.sources:
            errors = ", ".join(f"{kind} {n}" for kind, n in sorted(s.errors.items())) or "no errors"
            kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(s.kinds.items()))
            lines.append(
                f"  {s.source_id}: {s.pages_fetched} pages ({kinds or 'none'}), {s.new_articles} new articles, "
                f"{s.skipped_known} known, {s.not_modified} not modified, {errors}"
            )
            if s.moved_to:
                lines.append(f"  > {s.source_id}: moved to {s.moved_to}, {s.moved_pages} pages redirect there")
            if s.stopped:
                lines.append(f"  ! {s.source_id}: stopped ({s.stopped})")
            for host, note in s.robots.items():
                lines.append(f"  ! {s.source_id}: robots.txt of {host}: {note}")
            if s.warning:
                lines.append(f"  ! {s.source_id}: {s.warning}")
            if s.no_article:
                nearest = s.no_article["nearest_misses"][:1]
                hint = f"; nearest miss {nearest[0]['url']} (score {nearest[0]['score']})" if nearest else ""
                lines.append(f"  ? {s.source_id}: no article found{hint}")
        for a in self.archives:
            lines.append(a.line())
            if a.error:
                lines.append(f"  ! {a.source_id} from {a.archive}: {a.error}")
            if a.stopped:
                lines.append(f"  > {a.source_id} from {a.archive}: {a.stopped}; the next run goes on from here")
        if self.no_source_reached:
            lines.append(f"! no source could be reached ({len(self.sources)} tried): check this machine's network, proxy or DNS")
        elif self.stopped_at_limit:
            lines.append(f"  (stopped at --max-pages {self.max_pages}; sources not reached in time are not flagged)")
        return "\n".join(lines)


def source_report(source, spider) -> SourceReport:
    """One source's report from the spider's tallies at the end of the crawl."""
    source_id = source.id
    counts = spider.stats_by_source[source_id]
    learned = spider.learned[source_id]
    report = SourceReport(
        source_id=source_id,
        archive=source.status == "archive",
        moved_to=f"{source.successor} ({spider.moved_to[source_id]})" if source_id in spider.moved_to else None,
        moved_pages=counts["moved_to_successor"],
        pages_fetched=counts["pages_fetched"],
        new_articles=counts["articles"],
        skipped_known=counts["skipped_known"],
        not_modified=counts["not_modified"],
        discovery_unavailable=counts["discovery_unavailable"],
        skipped_gone=counts["skipped_gone"],
        same_story=counts["same_story"],
        errors=dict(spider.errors_by_source[source_id]),
        error_examples=dict(spider.error_examples[source_id]),
        robots=spider.robots_report(source),
        stopped=spider.stopped.get(source_id) or (f"over budget: {spider.budget(source_id)} requests" if counts["over_budget"] else None),
        kinds=dict(spider.kinds_by_source[source_id]),
        skipped={k.removeprefix("skipped_"): n for k, n in counts.items() if k in _SKIPS and n},
        fruitless_shapes=dict(spider.fruitless_by_source[source_id].most_common(FRUITLESS_REPORTED)),
        learned_shapes={
            "article": dict(learned.article_shapes()[:SHAPES_REPORTED]),
            "listing": dict(learned.listing_shapes()[:SHAPES_REPORTED]),
        },
    )
    if report.articles_seen == 0 and not report.archive:
        # Nothing new and no known article even linked: never had any, or its markup changed.
        report.no_article = {
            "pages_by_kind": dict(spider.kinds_by_source[source_id]),
            "shapes_seen": {shape: tally.to_json() for shape, tally in sorted(learned.shapes.items(), key=lambda p: -p[1].pages)[:SHAPES_REPORTED]},
            "nearest_misses": [
                {"url": url, "score": score, "why": list(reasons)} for score, url, reasons in spider.misses_by_source[source_id]
            ],
        }
    return report


_SKIPS = frozenset({"skipped_variant", "skipped_refused", "skipped_fruitless", "skipped_settled", "skipped_stopped", "over_budget"})


def previous_report(data_dir: Path) -> dict | None:
    reports = sorted((data_dir / "reports").glob("crawl-*.json"))
    if not reports:
        return None
    try:
        return json.loads(reports[-1].read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def flag_sources_gone_quiet(report: CrawlReport, previous: dict | None) -> None:
    """A source that showed articles last run and none now has most likely changed its markup
    or its addresses: the one thing an operator must hear about the morning after. An archive
    (a portal that no longer publishes) is expected to fall silent, and a run that stopped at its
    own page limit says nothing about the sources it had no time for."""
    if not previous or report.stopped_at_limit:
        return
    before = {
        s["source_id"]: s.get("new_articles", 0) + s.get("skipped_known", 0) for s in previous.get("sources", [])
    }
    for source in report.sources:
        if not source.archive and source.articles_seen == 0 and before.get(source.source_id, 0) > 0:
            source.warning = f"found no articles this run, {before[source.source_id]} last run: check the portal's markup or address"


def rebuilt_index_note(set_aside: str) -> str:
    return (
        f"the capture index was damaged: set aside as {set_aside} and rebuilt from the WARC captures "
        "(page states, URL shapes, stories and walked flags are re-learned by the next crawl)"
    )
