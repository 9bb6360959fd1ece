"""The stages chained: captures → articles → facts → tables.

Each stage is a plain function over records (extract.article.extract_article, nlp.find.find_facts,
corpus.tables.write_batch); this module only feeds one into the next and keeps the ledger of
which captures are done, so a process run that stops anywhere is simply run again.
"""
from __future__ import annotations

import dataclasses
import multiprocessing
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator

import duckdb

from crawler.models import Capture, Source
from extract.models import Article
from corpus.tables import part_files, read_parquet_sql, write_batch
from crawler.store import CaptureStore
from extract.article import NotAnArticle, extract_article
from extract.duplicates import DuplicateIndex, Known, simhash
from nlp.find import find_facts
from nlp.gazetteer import province_2025, province_on
from nlp.models import FACT_TYPES, Facts
from nlp.places import article_province


@dataclass
class ProcessReport:
    captures: int = 0
    articles: int = 0
    skipped: Counter = field(default_factory=Counter)
    facts: Counter = field(default_factory=Counter)

    def summary(self) -> str:
        facts = ", ".join(f"{n} {kind}" for kind, n in sorted(self.facts.items())) or "no facts"
        line = f"processed {self.captures} captures: {self.articles} articles ({facts})"
        if self.skipped:
            line += "; skipped " + ", ".join(f"{n} {why}" for why, n in sorted(self.skipped.items()))
        return line


def analyze_article(article: Article) -> tuple[Article, Facts]:
    """Facts of one article, and the article with its province settled.

    `province` is the province as it was on the publication day: the source's (a legacy province
    becomes its 2025 one for an article of 1 July 2025 or later), or for a national source
    (province null) the one the article is about, judged from the title and text in the map of
    that day; every province also gets its place in the 2025 map.
    """
    facts = find_facts(article.text, article.province, article.published)
    province = province_on(article.province, article.published) or article_province(article.title, article.text, facts.places, article.published)
    return dataclasses.replace(article, province=province, province_2025=province_2025(province), simhash=simhash(article.text)), facts


def process_capture(capture: Capture, source: Source) -> tuple[Article, Facts]:
    return analyze_article(extract_article(capture, source))


def process(
    data_dir: str | Path, batch_size: int = 500, workers: int = 1, progress: Callable[[int, int], None] | None = None,
) -> ProcessReport:
    """Extract and analyse every capture not yet processed; write the tables.

    Captures stream through in batches of `batch_size`, so memory stays flat however large the
    corpus; with `workers` > 1 each batch is spread over that many processes. `progress` is told
    (captures done, captures to do) as each capture is done.
    """
    data_dir = Path(data_dir)
    store = CaptureStore(data_dir)
    report = ProcessReport()
    pool = multiprocessing.get_context("fork").Pool(workers) if workers > 1 else None
    try:
        with store.lock("process"):
            store.recover()
            sources = store.sources()
            duplicates = DuplicateIndex(_known_articles(data_dir))
            waiting = store.unprocessed()
            if progress:
                progress(0, len(waiting))
            for chunk in _batched(waiting, batch_size):
                jobs = [(capture, sources.get(capture.source_id) or _unknown_source(capture)) for capture in store.read(chunk)]
                outcomes_in_order = pool.imap(_process_one, jobs, chunksize=8) if pool else map(_process_one, jobs)
                results: dict[str, tuple[Article, Facts]] = {}
                outcomes: dict[str, str] = {}
                for (capture, _), outcome in zip(jobs, outcomes_in_order):
                    report.captures += 1
                    if progress:
                        progress(report.captures, len(waiting))
                    if isinstance(outcome, str):
                        report.skipped[outcome] += 1
                        outcomes[capture.record_id] = f"skipped: {outcome}"
                        continue
                    article, facts = outcome
                    # Captures come oldest first, so a later capture of the same page wins.
                    results[article.article_id] = outcome
                    outcomes[capture.record_id] = "article"
                write_batch(data_dir, _link_duplicates(list(results.values()), duplicates))
                store.mark_processed(outcomes)
                report.articles += len(results)
                for _, facts in results.values():
                    for kind in FACT_TYPES:
                        report.facts[kind] += len(getattr(facts, kind))
    finally:
        if pool is not None:
            pool.close()
            pool.join()
        store.close()
    return report


def _link_duplicates(results: list[tuple[Article, Facts]], index: DuplicateIndex) -> list[tuple[Article, Facts]]:
    """Mark each article that repeats a story already stored (or earlier in this batch)."""
    linked = []
    for article, facts in sorted(results, key=lambda r: (r[0].published or date.max, r[0].article_id)):
        known = Known(article.article_id, article.simhash, article.published.isoformat() if article.published else "")
        original = index.original_of(known)
        index.add(known)
        linked.append((dataclasses.replace(article, duplicate_of=original), facts))
    return linked


def _known_articles(data_dir: Path) -> list[Known]:
    if not part_files(data_dir, "articles"):
        return []
    rows = duckdb.sql(
        f"SELECT article_id, simhash, coalesce(CAST(published AS VARCHAR), '') FROM {read_parquet_sql(data_dir, 'articles')} "
        "WHERE simhash IS NOT NULL"
    ).fetchall()
    return [Known(*row) for row in rows]


def _process_one(job: tuple[Capture, Source]) -> tuple[Article, Facts] | str:
    """One capture's article and facts, or why it holds no article (picklable for worker processes)."""
    capture, source = job
    try:
        return process_capture(capture, source)
    except NotAnArticle as reason:
        return str(reason)


def _unknown_source(capture: Capture) -> Source:
    """Captures made before sources were remembered: keep them, with no province to assume."""
    return Source(capture.source_id, capture.source_id, None, (capture.url,))


def _batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
