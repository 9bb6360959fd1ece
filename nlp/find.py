"""Text → all four fact types (the one entry point the pipeline calls)."""
from __future__ import annotations

from nlp.counts import find_counts
from nlp.dates import find_dates
from nlp.decisions import find_decisions
from nlp.models import Facts
from nlp.places import find_places


def find_facts(text: str, province: str | None = None) -> Facts:
    """Facts in an article's NFC text; `province` (the article's, pre-2025) settles place names
    that several provinces share."""
    decisions = find_decisions(text)
    dates = find_dates(text)
    # A number inside a date or a document reference is never a count.
    taken = [(m.start, m.end) for m in (*decisions, *dates)]
    return Facts(
        dates=dates,
        decisions=decisions,
        counts=find_counts(text, exclude=taken),
        places=find_places(text, province),
    )
