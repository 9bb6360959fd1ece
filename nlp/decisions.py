"""References to legal and administrative documents: by number and code, by number alone,
by programme name, and by title through the registry."""
from __future__ import annotations

import re
from dataclasses import replace

from nlp import registry
from nlp.dates import valid_date
from nlp.models import DecisionMention
from nlp.regexes import (
    DOC_TYPE_ABBREVIATIONS,
    DOCUMENT_REFERENCE,
    LIST_GLUE,
    NUMBER_ONLY_REFERENCE,
    PROGRAMME_REFERENCE,
)

# A title phrase names a document only where the article talks about foreign-information work.
_CONTEXT = re.compile(r"thông\s+tin\s+đối\s+ngoại", re.IGNORECASE)
_CONTEXT_WINDOW = 600


def find_decisions(text: str) -> list[DecisionMention]:
    found = _by_number_and_code(text)
    taken = [(m.start, m.end) for m in found]
    found += [m for m in _by_number_only(text, found) if not _overlaps(m, taken)]
    found += [m for m in _by_title(text) if not _overlaps(m, taken)]
    return sorted(found, key=lambda m: m.start)


def _by_number_and_code(text: str) -> list[DecisionMention]:
    found = []
    for match in DOCUMENT_REFERENCE.finditer(text):
        g = match.groupdict()
        canonical = text[match.start("number") : match.end("code")]
        doc_type = _doc_type(g["doc_type"]) or _doc_type(g["code"].split("-")[0].split("/")[0])
        issued = valid_date(g["ryear"] or g["rwyear"], g["rmonth"] or g["rwmonth"], g["rday"] or g["rwday"])
        found.append(_mention(text, match.start(), match.end(), canonical, doc_type, g["number"], g["code"], issued, g["issuer"], "number", g["year"]))
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
            and LIST_GLUE.match(text[here.end : after.start])
            and _issuing_body(here.code) == _issuing_body(after.code)
        ):
            shared[i] = replace(here, issuer=after.issuer)
    return shared


def _issuing_body(code: str | None) -> str | None:
    """The code's part that names the issuer: "TTg" in QĐ-TTg, "TW" in NQ/TW, "UBND" in KH-UBND."""
    return re.split(r"[-/]", code)[-1] if code else None


def _by_number_only(text: str, coded: list[DecisionMention]) -> list[DecisionMention]:
    """"Quyết định 1191" and "Chương trình MTQG 1719": resolved to a code written earlier in the
    same article, else through the registry; unresolved ones are left out (a bare number is
    too weak to count)."""
    known = {m.number: m.canonical for m in coded if m.number}
    found = []
    for pattern, implied_type in ((NUMBER_ONLY_REFERENCE, None), (PROGRAMME_REFERENCE, "Quyết định")):
        for match in pattern.finditer(text):
            number = match["number"]
            doc_type = implied_type or _doc_type(match["doc_type"])
            document = registry.by_number(number, doc_type)
            canonical = known.get(number) or (document.canonical if document else None)
            if canonical is None:
                continue
            code = canonical[len(number) + 1 :]
            found.append(_mention(text, match.start(), match.end(), canonical, doc_type, number, code, None, None, "number", None))
    return found


def _by_title(text: str) -> list[DecisionMention]:
    found = []
    for document in registry.documents().values():
        for phrase in document.title_phrases:
            for match in re.finditer(re.escape(phrase).replace(r"\ ", r"\s+"), text, re.IGNORECASE):
                window = text[max(0, match.start() - _CONTEXT_WINDOW) : match.end() + _CONTEXT_WINDOW]
                if _CONTEXT.search(window):
                    found.append(
                        _mention(text, match.start(), match.end(), document.canonical, document.doc_type, document.number,
                                 document.canonical[len(document.number) + 1 :], None, None, "title", None)
                    )
    return found


def _mention(text, start, end, canonical, doc_type, number, code, issued, issuer, via, year) -> DecisionMention:
    document = registry.documents().get(canonical) if canonical else None
    conflict = bool(document and issued and issued != document.issued)
    return DecisionMention(
        canonical=canonical,
        doc_type=doc_type,
        number=number,
        code=code,
        issued=issued,
        issuer=issuer,
        via=via,
        mention=text[start:end],
        start=start,
        end=end,
        year=int(year) if year else None,
        date_conflict=conflict,
    )


def _doc_type(word: str | None) -> str | None:
    if not word:
        return None
    if word in DOC_TYPE_ABBREVIATIONS:
        return DOC_TYPE_ABBREVIATIONS[word]
    return word[0].upper() + word[1:] if word[0].islower() else word


def _overlaps(mention: DecisionMention, spans: list[tuple[int, int]]) -> bool:
    return any(mention.start < end and start < mention.end for start, end in spans)
