"""References to legal and administrative documents: by number and code, by number alone, by
programme name, and by title through the registry."""
from __future__ import annotations

import re
from dataclasses import replace

from vncorpus.nlp import registry
from vncorpus.nlp.dates import valid_date
from vncorpus.nlp.models import DecisionMention
from vncorpus.nlp.regexes import (
    DOC_TYPE_ABBREVIATIONS,
    DOCUMENT_REFERENCE,
    FOREIGN_INFORMATION,
    HEADER_DATE,
    HEADER_NUMBER,
    ISSUER_HEADS,
    ISSUER_LOWER_SYLLABLES,
    LIST_GLUE,
    NUMBER_ONLY_REFERENCE,
    PROGRAMME_REFERENCE,
    WHOLE_ISSUERS,
)
from vncorpus.nlp.resolve import date_conflict, document_canonical
from vncorpus.nlp.spans import SpanSet
from vncorpus.nlp.text import is_word

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
        # A code of one segment is a reference with a year before it ("72/2025/QH15") or a type
        # word ("Tờ trình số 126/SKHĐT"); alone ("5/TW", "24/A") it may be anything.
        if not re.search(r"[-/]", code) and not (match["year"] or (match["doc_type"] and len(code) >= 3)):
            continue
        doc_type = _doc_type(match["doc_type"]) or _doc_type(re.split(r"[-/]", code)[0])
        canonical = text[match.start("number") : match.end("code")]
        found.append(_mention(text, match, canonical, doc_type, match["number"], code, match["year"]))
    return _share_list_issuers(text, _as_written_elsewhere(found))


def _as_written_elsewhere(found: list[DecisionMention]) -> list[DecisionMention]:
    """A code in a heading set in capitals ("CHỈ THỊ SỐ 19/CT-TTG") is the document the text cites
    elsewhere in its own letters ("19/CT-TTg"): one canonical per document, the mixed-case one."""
    written = {m.canonical.upper(): m.canonical for m in found if m.canonical and m.canonical != m.canonical.upper()}
    return [
        replace(m, canonical=written[m.canonical], code=written[m.canonical][len(m.canonical) - len(m.code or ""):])
        if m.canonical and m.canonical == m.canonical.upper() and m.canonical in written else m
        for m in found
    ]


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
    """A reference found by its number, with the date and issuer written beside it (if any), or,
    for a document's own header number, the date of the header's place-and-date line."""
    groups = match.groupdict()
    issued = next(
        (valid_date(groups.get(f"{p}year") or groups.get(f"{p}wyear"), groups.get(f"{p}month") or groups.get(f"{p}wmonth"), groups.get(f"{p}day") or groups.get(f"{p}wday"))
         for p in ("r", "a") if groups.get(f"{p}year") or groups.get(f"{p}wyear")),
        None,
    )
    if issued is None and HEADER_NUMBER.search(text, max(0, match.start() - 12), match.start()):
        issued = _header_date(text, match.end())
    issuer, end = groups.get("issuer"), match.end()
    if issuer:
        issuer = _issuer_name(issuer)
        if not (groups.get("ayear") or groups.get("awyear")):
            end = match.start("issuer") + len(issuer)
    return DecisionMention(
        canonical=canonical,
        doc_type=doc_type,
        number=number,
        code=code,
        issued=issued,
        issuer=issuer,
        via="number",
        mention=text[match.start() : end],
        start=match.start(),
        end=end,
        year=int(year) if year else None,
        date_conflict=date_conflict(canonical, issued),
    )


def _header_date(text: str, after: int):
    """The date of the place-and-date line under a header number ("Số: 55/2007/CT-UBND" then
    "Phan Rang-Tháp Chàm, ngày 05 tháng 3 năm 2007"), within the next two lines."""
    from vncorpus.nlp.dates import find_dates

    line = HEADER_DATE.match(text[after : after + 240])
    if line is None:
        return None
    dates = find_dates(line["date"])
    return dates[0].date if dates and dates[0].precision == "day" else None


def _issuer_name(issuer: str) -> str:
    """The issuer up to the last syllable of its name: a capitalised syllable takes the
    lower-case one after it only when the two are one word ("Chấp hành", "Đảng bộ", "Thành ủy"),
    so "Ủy ban nhân dân tỉnh Ninh Thuận ban hành" names "Ủy ban nhân dân tỉnh Ninh Thuận"."""
    syllables = issuer.split(" ")
    head = next((h for h in (*WHOLE_ISSUERS, *ISSUER_HEADS) if issuer == h or issuer.startswith(h + " ")), issuer)
    for i in range(len(head.split(" ")), len(syllables)):
        here, before = syllables[i].rstrip(","), syllables[i - 1]
        if here.islower() and here not in ISSUER_LOWER_SYLLABLES and (before.islower() or not is_word(f"{before} {here}")):
            return " ".join(syllables[:i])
    return issuer


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
