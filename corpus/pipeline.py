"""The stages chained: captures → articles → facts → tables.

Each stage is a plain function over records (extract.article.extract_article, nlp.find.find_facts,
corpus.tables.write_batch); this module only feeds one into the next and keeps the ledger of
which captures are done, so a process run that stops anywhere is simply run again.
"""
from __future__ import annotations

import dataclasses
import gc
import multiprocessing
import os
import shutil
import signal
import threading
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator

import duckdb

from vncorpus.corpus.generations import GENERATIONS, current_generation, next_generation, point_tables_at, settle
from vncorpus.corpus.tables import part_files, read_error, read_parquet_sql, require_data_dir, write_batch
from vncorpus.crawler.atomic import atomic_path
from vncorpus.crawler.errors import UserError
from vncorpus.crawler.models import Capture, Source
from vncorpus.crawler.report import rebuilt_index_note
from vncorpus.crawler.store import CaptureStore, DamagedCapture
from vncorpus.extract.models import Article
from vncorpus.extract.article import NotAnArticle, extract_article
from vncorpus.extract.duplicates import DuplicateIndex, Known, simhash
from vncorpus.nlp.find import each_fact_type
from vncorpus.nlp.gazetteer import province_2025, province_on
from vncorpus.nlp.models import FACT_TYPES, Facts
from vncorpus.nlp.places import article_province


@dataclass(frozen=True)
class Budget:
    """What one capture may cost. The largest real article pages are a few hundred KB and take
    well under a second; a page far past these is a data dump or a trap, and must not hold up
    the night's batch. A page whose facts run past `max_seconds` is kept with the fact types
    found by then, and says which it lacks (Article.truncated)."""

    max_bytes: int = 5 * 1024 * 1024
    max_seconds: float = 60.0


# Skip reasons of the pipeline's own (the extractor's are NotAnArticle messages).
OVER_SIZE = "over the size budget"
OVER_TIME = "over the time budget"
DAMAGED = "damaged capture"


@dataclass
class ProcessReport:
    captures: int = 0
    articles: int = 0
    skipped: Counter = field(default_factory=Counter)
    facts: Counter = field(default_factory=Counter)
    damaged: list[DamagedCapture] = field(default_factory=list)
    index_set_aside: str | None = None

    def summary(self) -> str:
        facts = ", ".join(f"{n} {kind}" for kind, n in sorted(self.facts.items())) or "no facts"
        line = f"processed {self.captures} captures: {self.articles} articles ({facts})"
        if self.skipped:
            line += "; skipped " + ", ".join(f"{n} {why}" for why, n in sorted(self.skipped.items()))
        if self.index_set_aside:
            line += f"\n  ! {rebuilt_index_note(self.index_set_aside)}"
        for capture in self.damaged:
            damage = capture.damage
            line += (
                f"\n  ! {capture.ref.warc_file} bytes {damage.start}-{damage.end}: {damage.reason}; "
                f"{capture.ref.url} not processed, set aside in {capture.note}"
            )
        return line


def analyze_article(article: Article, seconds: float | None = None) -> tuple[Article, Facts]:
    """Facts of one article, and the article with its province settled.

    `province` is the province as it was on the publication day: the source's (a legacy province
    becomes its 2025 one for an article of 1 July 2025 or later), or for a national source
    (province null) the one the article is about, judged from the title and text in the map of
    that day; every province also gets its place in the 2025 map.

    Fact types not found within `seconds` are left empty and named in `truncated`.
    """
    found: dict[str, list] = {}
    try:
        with time_limit(seconds):
            for kind, mentions in each_fact_type(article.text, article.province, article.published):
                found[kind] = mentions
    except OverTime:
        pass
    facts = Facts(**found)
    cut = [article.truncated] if article.truncated else []
    if unsought := [kind for kind in FACT_TYPES if kind not in found]:
        cut.append(f"facts: {', '.join(unsought)} not sought ({OVER_TIME})")
    province = province_on(article.province, article.published) or article_province(article.title, article.text, facts.places, article.published)
    # An activity is where its article's province is: the table carries it for the views by province.
    in_map = province_2025(province)
    facts.activities = [dataclasses.replace(a, province=province, province_2025=in_map) for a in facts.activities]
    return dataclasses.replace(
        article, province=province, province_2025=in_map, simhash=simhash(article.text), truncated="; ".join(cut) or None
    ), facts


def process_capture(capture: Capture, source: Source, seconds: float | None = None) -> tuple[Article, Facts]:
    """One capture's article and facts within `seconds`: OverTime if the article itself is not
    extracted by then, else the article with what its facts found in the time left."""
    started = time.monotonic()
    with time_limit(seconds):
        article = extract_article(capture, source)
    article = dataclasses.replace(
        article, capture_source=capture.capture_source, archived_at=capture.archived_at, archive_url=capture.archive_url
    )
    # A timer of zero seconds is no timer: what is left is at least a moment.
    left = None if seconds is None else max(seconds - (time.monotonic() - started), 1e-6)
    return analyze_article(article, left)


def process(
    data_dir: str | Path, batch_size: int = 500, workers: int = 1, budget: Budget = Budget(), rebuild: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ProcessReport:
    """Extract and analyse every capture not yet processed; write the tables.

    Captures stream through in batches of `batch_size`, so memory stays flat however large the
    corpus; with `workers` > 1 each batch is spread over that many processes. A capture over the
    `budget` (its size, or its time before its article is extracted) is skipped with its reason
    and the batch goes on; so is one whose stored bytes are damaged (set aside under
    DIR/quarantine/). One whose facts run over the time budget is kept with the facts found.

    With `rebuild`, every capture is processed again into new tables beside the old ones, which
    are swapped out only once the new ones are complete (see `swap_in_rebuilt`). `progress` is told (captures done, captures to do) as each capture is done.
    """
    data_dir = require_data_dir(data_dir)
    # A rebuild reads every page of the index, so that it is rebuilt too when damaged anywhere.
    store = CaptureStore(data_dir, thorough=rebuild)
    report = ProcessReport(index_set_aside=str(store.set_aside.relative_to(data_dir)) if store.set_aside else None)
    pool = multiprocessing.get_context("fork").Pool(workers) if workers > 1 else None
    try:
        with store.lock("process"):
            store.recover()
            finish_rebuild(data_dir)
            if store.processed_unknown():
                # The index was made anew from the WARC files: what the tables hold is processed.
                store.restore_processed(_stored_captures(data_dir))
            target = data_dir / REBUILD_DIR if rebuild else data_dir
            refs = store.all_captures() if rebuild else store.unprocessed()
            if rebuild:
                if not refs:
                    raise UserError(f"no captures under {store.captures_dir} to rebuild the tables from")
                shutil.rmtree(target, ignore_errors=True)
                store.clear_staged()
            sources = store.sources()
            duplicates = DuplicateIndex(_known_articles(target))
            tell = (lambda: progress(report.captures, len(refs))) if progress else (lambda: None)
            tell()
            for chunk in _batched(refs, batch_size):
                outcomes = _process_batch(store, chunk, sources, budget, pool, target, duplicates, report, tell)
                _settle_memory()
                if rebuild:
                    store.stage_processed(outcomes)
                else:
                    store.mark_processed(outcomes)
            if rebuild:
                swap_in_rebuilt(data_dir, target)
                store.commit_staged()
    finally:
        if pool is not None:
            pool.close()
            pool.join()
        store.close()
    return report


def _settle_memory() -> None:
    """What outlives a batch lives for the run (word lists, gazetteer, models, the duplicate
    index): collected once, then kept out of the collector's sight, so that its full passes no
    longer walk those hundreds of thousands of objects (a quarter of a millisecond an article)."""
    gc.collect()
    gc.freeze()


def _process_batch(
    store, chunk, sources, budget, pool, target: Path, duplicates, report: ProcessReport, tell: Callable[[], None]
) -> dict[str, str]:
    """One batch through extraction and NLP into the tables under `target`; each capture's outcome."""
    results: dict[str, tuple[Article, Facts]] = {}
    outcomes: dict[str, str] = {}
    jobs = []
    for capture in store.read(chunk):
        if isinstance(capture, DamagedCapture):
            report.captures += 1
            report.skipped[DAMAGED] += 1
            report.damaged.append(capture)
            outcomes[capture.ref.record_id] = f"skipped: {DAMAGED}: {capture.damage.reason}"
            tell()
            continue
        jobs.append((capture, sources.get(capture.source_id) or _unknown_source(capture), budget))
    outcomes_in_order = pool.imap(_process_one, jobs, chunksize=8) if pool else map(_process_one, jobs)
    for (capture, _, _), outcome in zip(jobs, outcomes_in_order):
        report.captures += 1
        tell()
        if isinstance(outcome, str):
            report.skipped[outcome] += 1
            outcomes[capture.record_id] = f"skipped: {outcome}"
            continue
        article, facts = outcome
        # Captures come oldest first, so a later capture of the same page wins.
        results[article.article_id] = outcome
        outcomes[capture.record_id] = "article"
    write_batch(target, _link_duplicates(list(results.values()), duplicates))
    report.articles += len(results)
    for _, facts in results.values():
        for kind in FACT_TYPES:
            report.facts[kind] += len(getattr(facts, kind))
    return outcomes


# Where `process --rebuild` builds its tables: DIR/.rebuild is a data dir of its own (with its
# tables link and generations), and the mark it leaves once they are complete names the generation.
REBUILD_DIR = ".rebuild"
_COMPLETE = "COMPLETE"


def swap_in_rebuilt(data_dir: Path, rebuilt: Path) -> None:
    """Put the complete tables under `rebuilt` in place of DIR/tables: their generation moves into
    DIR/generations and the tables link swaps to it, like a batch's. The mark is written first, so a
    crash at any later step is finished by `finish_rebuild` on the next run."""
    generation = current_generation(rebuilt)
    if generation is None:
        # Every capture was skipped: the rebuilt tables are empty ones.
        with next_generation(rebuilt):
            pass
        generation = current_generation(rebuilt)
    assert generation is not None  # made just above
    with atomic_path(rebuilt / _COMPLETE) as tmp:
        tmp.write_text(generation.name, encoding="utf-8")
    finish_rebuild(data_dir)


def finish_rebuild(data_dir: Path) -> None:
    """Complete a swap a crash interrupted, or drop a rebuild that never finished; then clear what
    an interrupted batch left (corpus.generations.settle)."""
    rebuilt = data_dir / REBUILD_DIR
    if rebuilt.exists():
        mark = rebuilt / _COMPLETE
        if mark.exists():
            name = mark.read_text(encoding="utf-8").strip()
            staged, moved = rebuilt / GENERATIONS / name, data_dir / GENERATIONS / name
            if staged.is_dir():
                moved.parent.mkdir(exist_ok=True)
                os.replace(staged, moved)
            if moved.is_dir():
                point_tables_at(data_dir, moved)
        shutil.rmtree(rebuilt)
    settle(data_dir)


def _link_duplicates(results: list[tuple[Article, Facts]], index: DuplicateIndex) -> list[tuple[Article, Facts]]:
    """Mark each article that repeats a story already stored (or earlier in this batch)."""
    linked = []
    for article, facts in sorted(results, key=lambda r: (r[0].published or date.max, r[0].article_id)):
        if article.simhash is None:  # unindexed, as _known_articles leaves out stored ones without
            linked.append((article, facts))
            continue
        known = Known(article.article_id, article.simhash, article.published.isoformat() if article.published else "")
        original = index.original_of(known)
        index.add(known)
        linked.append((dataclasses.replace(article, duplicate_of=original), facts))
    return linked


def _known_articles(data_dir: Path) -> list[Known]:
    if not part_files(data_dir, "articles"):
        return []
    try:
        rows = duckdb.sql(
            f"SELECT article_id, simhash, coalesce(CAST(published AS VARCHAR), '') FROM {read_parquet_sql(data_dir, 'articles')} "
            "WHERE simhash IS NOT NULL"
        ).fetchall()
    except duckdb.Error as exc:
        raise read_error(exc, data_dir, "cannot read the articles table") from None
    return [Known(*row) for row in rows]


def _stored_captures(data_dir: Path) -> dict[str, str]:
    """Each stored article_id and the capture it was made from."""
    if not part_files(data_dir, "articles"):
        return {}
    try:
        rows = duckdb.sql(f"SELECT article_id, coalesce(capture_id, '') FROM {read_parquet_sql(data_dir, 'articles')}").fetchall()
    except duckdb.Error as exc:
        raise read_error(exc, data_dir, "cannot read the articles table") from None
    return dict(rows)


def _process_one(job: tuple[Capture, Source, Budget]) -> tuple[Article, Facts] | str:
    """One capture's article and facts, or why it holds none (picklable for worker processes)."""
    capture, source, budget = job
    if len(capture.body) > budget.max_bytes:
        return OVER_SIZE
    try:
        return process_capture(capture, source, budget.max_seconds)
    except NotAnArticle as reason:
        return str(reason)
    except OverTime:
        return OVER_TIME


class OverTime(Exception):
    """A capture took longer than its time budget."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise OverTime in this thread once `seconds` have passed (never, for None). Each capture is
    processed in the main thread of its process (the CLI's, or a pool worker's), where SIGALRM is
    delivered."""
    def expired(signum, frame):
        raise OverTime()

    if seconds is None or threading.current_thread() is not threading.main_thread():
        # Signals reach only the main thread; a caller that runs `process` in a thread of its
        # own gets the size budget alone.
        yield
        return
    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _unknown_source(capture: Capture) -> Source:
    """Captures made before sources were remembered: keep them, with no province to assume."""
    return Source(capture.source_id, capture.source_id, None, (capture.url,))


def _batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
