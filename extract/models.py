"""The record the extraction stage produces: one clean Article per captured article page."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class Article:
    """Clean article text and metadata extracted from one capture."""

    article_id: str
    url: str
    source_id: str
    province: str | None
    province_2025: str | None
    title: str
    published: date | None
    text: str
    author: str | None = None
    date_source: str | None = None  # where `published` came from: "page" (visible byline date), "meta", "htmldate"
    capture_id: str = ""
    fetched_at: datetime | None = None
    language: str = "vi"
    simhash: int | None = None  # of the text's word 3-shingles (extract.duplicates)
    duplicate_of: str | None = None  # the earliest-published near-duplicate's article_id
    truncated: str | None = None  # what the page's limits left unread ("page: …", "facts: …"); None for a page read whole
    capture_source: str = "live"  # the capture's provenance (crawler.models.Capture), set by corpus.pipeline
    archived_at: datetime | None = None
    archive_url: str | None = None
