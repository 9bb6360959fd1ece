"""The bundled registry of national documents (nlp/documents.yaml)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

import yaml


@dataclass(frozen=True)
class Document:
    canonical: str
    doc_type: str
    issuer: str
    issued: date
    title: str
    title_phrases: tuple[str, ...]

    @property
    def number(self) -> str:
        return self.canonical.split("/")[0].split("-")[0]


@lru_cache(maxsize=1)
def documents() -> dict[str, Document]:
    raw = yaml.safe_load(resources.files("nlp").joinpath("documents.yaml").read_text(encoding="utf-8"))
    return {
        d["canonical"]: Document(d["canonical"], d["doc_type"], d["issuer"], d["issued"], d["title"], tuple(d.get("title_phrases") or ()))
        for d in raw["documents"]
    }


def by_number(number: str, doc_type: str | None = None) -> Document | None:
    """The registry document with this number (and type, when given), if exactly one."""
    matches = [d for d in documents().values() if d.number == number and (doc_type is None or d.doc_type == doc_type)]
    return matches[0] if len(matches) == 1 else None
