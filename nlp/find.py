"""Text → all four fact types (the one entry point the pipeline calls)."""
from __future__ import annotations

from datetime import date

from vncorpus.nlp.counts import find_counts
from vncorpus.nlp.dates import find_dates
from vncorpus.nlp.decisions import find_decisions
from vncorpus.nlp.models import Facts
from vncorpus.nlp.places import find_places


def find_facts(text: str, province: str | None = None, published: date | None = None) -> Facts:
    """Facts in an article's NFC text; `province` (the article's) settles place names that several
    provinces share, `published` says which map (legacy or 2025) the places are read in first."""
    decisions = find_decisions(text)
    dates = find_dates(text)
    # A number inside a date or a document reference is never a count.
    taken = [(m.start, m.end) for m in decisions] + [(m.start, m.end) for m in dates]
    return Facts(
        dates=dates,
        decisions=decisions,
        counts=find_counts(text, exclude=taken),
        places=find_places(text, province, published),
    )
