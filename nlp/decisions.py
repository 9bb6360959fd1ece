"""References to legal and administrative documents: by number and code, by number alone, by
programme name, and by title through the registry."""
from __future__ import annotations

import re
from dataclasses import replace

from nlp import registry
from nlp.dates import valid_date
from nlp.models import DecisionMention
from nlp.regexes import (
    DOC_TYPE_ABBREVIATIONS,
    DOCUMENT_REFERENCE,
    FOREIGN_INFORMATION,
    LIST_GLUE,
    NUMBER_ONLY_REFERENCE,
    PROGRAMME_REFERENCE,
)
from nlp.resolve import date_conflict, document_canonical
from nlp.spans import SpanSet

# How far (in characters, either side) a title phrase looks for "thông tin đối ngoại": about a paragraph.
_CONTEXT_WINDOW = 600


def find_decisions(text: str) -> list[DecisionMention]:
    found = _by_number_and_code(text)
    found += _without_overlap(_by_number_only(text, found), found)
    found += _without_overlap(_by_title(text), found)
    return sorted(found, key=lambda m: m.start)


def _by_number_and_code(text: str) -> list[DecisionMention]:
    found = []
    for match in DOCUMENT_REFERENCE.finditer(text):
        code = match["code"]
        doc_type = _doc_type(match["doc_type"]) or _doc_type(re.split(r"[-/]", code)[0])
        canonical = text[match.start("number") : match.end("code")]
        found.append(_mention(text, match, canonical, doc_type, match["number"], code, match["year"]))
    return _share_list_issuers(text, found)


def _share_list_issuers(text: str, found: list[DecisionMention]) -> list[DecisionMention]:
    """"Nghị quyết số 36-NQ/TW, Chỉ thị số 45-CT/TW và Kết luận số 12-KL/TW của Bộ Chính trị":
    the issuer written after the last reference of a list is every listed document's issuer —
    but only where their codes name the same issuing body (TW, TW, TW), so that in "Quyết định
    1191/QĐ-TTg và Kế hoạch số 45/KH-UBND của UBND tỉnh" the province's issuer stays its own."""
    shared = list(found)
    for i in range(len(shared) - 2, -1, -1):
        here, after = shared[i], shared[i + 1]
        if (
            here.issuer is None
            and after.issuer
            and LIST_GLUE.fullmatch(text, here.end, after.start)
            and _issuing_body(here.code) == _issuing_body(after.code)
        ):
            shared[i] = replace(here, issuer=after.issuer)
    return shared


def _issuing_body(code: str | None) -> str | None:
    """The code's part that names the issuer: "TTg" in QĐ-TTg, "TW" in NQ/TW, "UBND" in KH-UBND."""
    return re.split(r"[-/]", code)[-1] if code else None


def _by_number_only(text: str, coded: list[DecisionMention]) -> list[DecisionMention]:
    """"Quyết định 1191" and "Chương trình MTQG 1719", resolved to a code the article wrote for the
    same type and number, else through the registry; unresolved ones are left out (a bare number
    is too weak to count)."""
    written = {(m.doc_type, m.number): m.canonical for m in coded}
    found = []
    # A programme is named after the decision that approved it.
    for pattern, implied_type in ((NUMBER_ONLY_REFERENCE, None), (PROGRAMME_REFERENCE, "Quyết định")):
        for match in pattern.finditer(text):
            number = match["number"]
            doc_type = implied_type or _doc_type(match["doc_type"])
            canonical = document_canonical(number, doc_type, written)
            if canonical is not None:
                code = canonical[len(number) + 1 :]
                found.append(_mention(text, match, canonical, doc_type, number, code, None))
    return found


def _by_title(text: str) -> list[DecisionMention]:
    """A registry document named by a phrase of its title, where the article is about
    foreign-information work (the phrase alone is common political language)."""
    found = []
    for document, pattern in registry.title_patterns():
        for match in pattern.finditer(text):
            if FOREIGN_INFORMATION.search(text, max(0, match.start() - _CONTEXT_WINDOW), match.end() + _CONTEXT_WINDOW):
                found.append(
                    DecisionMention(
                        canonical=document.canonical, doc_type=document.doc_type, number=document.number, code=document.code,
                        issued=None, issuer=None, via="title", mention=match.group(), start=match.start(), end=match.end(),
                    )
                )
    return found


def _mention(text: str, match: re.Match, canonical: str, doc_type, number, code, year) -> DecisionMention:
    """A reference found by its number, with the date and issuer written beside it (if any)."""
    groups = match.groupdict()
    issued = valid_date(groups.get("ryear") or groups.get("rwyear"), groups.get("rmonth") or groups.get("rwmonth"), groups.get("rday") or groups.get("rwday"))
    return DecisionMention(
        canonical=canonical,
        doc_type=doc_type,
        number=number,
        code=code,
        issued=issued,
        issuer=groups.get("issuer"),
        via="number",
        mention=match.group(),
        start=match.start(),
        end=match.end(),
        year=int(year) if year else None,
        date_conflict=date_conflict(canonical, issued),
    )


def _doc_type(word: str | None) -> str | None:
    """The full type name: "QĐ" → "Quyết định", "quyết định" → "Quyết định"; None for a code
    segment that names no type ("UBND" in UBND-VX)."""
    if not word:
        return None
    if word in DOC_TYPE_ABBREVIATIONS:
        return DOC_TYPE_ABBREVIATIONS[word]
    if word[0].isupper() and not word[1:2].islower():
        return None
    return word[0].upper() + word[1:]


def _without_overlap(mentions: list[DecisionMention], taken: list[DecisionMention]) -> list[DecisionMention]:
    spans = SpanSet((t.start, t.end) for t in taken)
    return [m for m in mentions if not spans.overlaps(m.start, m.end)]
