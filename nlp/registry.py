"""The bundled registry of national documents (nlp/documents.yaml): what a reference's number
resolves to, and what its written date is checked against."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

import yaml

from vncorpus.nlp.text import phrase_pattern


@dataclass(frozen=True)
class Document:
    canonical: str  # "1191/QĐ-TTg", "24-NQ/TW"
    doc_type: str
    issuer: str
    issued: date
    title: str
    title_phrases: tuple[str, ...] = ()

    @property
    def number(self) -> str:
        """"1191" in 1191/QĐ-TTg, "24" in 24-NQ/TW."""
        return self.canonical[: len(self.canonical) - len(self.canonical.lstrip("0123456789"))]

    @property
    def code(self) -> str:
        """"QĐ-TTg" in 1191/QĐ-TTg, "NQ/TW" in 24-NQ/TW."""
        return self.canonical[len(self.number) + 1 :]


@lru_cache(maxsize=1)
def documents() -> dict[str, Document]:
    raw = yaml.safe_load(resources.files(__package__).joinpath("documents.yaml").read_text(encoding="utf-8"))
    return {
        d["canonical"]: Document(d["canonical"], d["doc_type"], d["issuer"], d["issued"], d["title"], tuple(d.get("title_phrases") or ()))
        for d in raw["documents"]
    }


def by_number(number: str, doc_type: str | None = None) -> Document | None:
    """The registry document with this number (and type, when given), if exactly one."""
    matches = [d for d in documents().values() if d.number == number.lstrip("0") and (doc_type is None or d.doc_type == doc_type)]
    return matches[0] if len(matches) == 1 else None


@lru_cache(maxsize=1)
def title_patterns() -> tuple[tuple[Document, re.Pattern], ...]:
    """Each title phrase as a pattern that allows either tone placement, any case and any whitespace."""
    return tuple(
        (document, re.compile(phrase_pattern(phrase), re.IGNORECASE))
        for document in documents().values()
        for phrase in document.title_phrases
    )
