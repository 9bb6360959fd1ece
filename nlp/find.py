"""Text → every fact type (the one entry point the pipeline calls)."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from vncorpus.nlp.activities import find_activities
from vncorpus.nlp.counts import find_counts
from vncorpus.nlp.dates import find_dates
from vncorpus.nlp.decisions import find_decisions
from vncorpus.nlp.models import Facts
from vncorpus.nlp.places import find_places


def find_facts(text: str, province: str | None = None, published: date | None = None) -> Facts:
    """Facts in an article's NFC text; `province` (the article's) settles place names that several
    provinces share, `published` says which map (legacy or 2025) the places are read in first."""
    return Facts(**dict(each_fact_type(text, province, published)))


def each_fact_type(text: str, province: str | None = None, published: date | None = None) -> Iterator[tuple[str, list]]:
    """(fact type, its mentions) one type at a time, so that a caller stopped by its time budget
    keeps the types already found."""
    decisions = find_decisions(text)
    yield "decisions", decisions
    dates = find_dates(text)
    yield "dates", dates
    # A number inside a date or a document reference is never a count.
    taken = [(m.start, m.end) for m in decisions] + [(m.start, m.end) for m in dates]
    counts = find_counts(text, exclude=taken)
    yield "counts", counts
    places = find_places(text, province, published)
    yield "places", places
    yield "activities", find_activities(text, decisions, dates, counts, places)
