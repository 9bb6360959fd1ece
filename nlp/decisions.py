"""References to legal and administrative documents: by number and code, by number alone, by
programme name, and by title through the registry."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from vncorpus.nlp import registry
from vncorpus.nlp.dates import valid_date
from vncorpus.nlp.gazetteer import names_index
from vncorpus.nlp.models import DecisionMention
from vncorpus.nlp.regexes import (
    DOC_TYPE_ABBREVIATIONS,
    DOCUMENT_REFERENCE,
    FOREIGN_INFORMATION,
    HEADER_DATE,
    HEADER_NUMBER,
    ISSUED_FIELD,
    ISSUER_HEADS,
    ISSUER_LOWER_SYLLABLES,
    LIST_GLUE,
    NUMBER_ONLY_REFERENCE,
    PROGRAMME_REFERENCE,
    WHOLE_ISSUERS,
)
from vncorpus.nlp.resolve import date_conflict, document_canonical
from vncorpus.nlp.roles import with_roles
from vncorpus.nlp.spans import SpanSet
from vncorpus.nlp.text import fold, is_word

# How far (in characters, either side) a title phrase looks for "thông tin đối ngoại": about a paragraph.
_CONTEXT_WINDOW = 600


def find_decisions(text: str) -> list[DecisionMention]:
    found = _by_number_and_code(text)
    found += _without_overlap(_by_number_only(text, found), found)
    found += _without_overlap(_by_title(text), found)
    return with_roles(text, sorted(found, key=lambda m: m.start))


def _by_number_and_code(text: str) -> list[DecisionMention]:
    found = []
    for match in DOCUMENT_REFERENCE.finditer(text):
        code = _compact(match["code"])
        # A code of one segment is a reference with a year before it ("72/2025/QH15") or a type
        # word ("Tờ trình số 126/SKHĐT"); alone ("5/TW", "24/A") it may be anything.
        if not re.search(r"[-/]", code) and not (match["year"] or (match["doc_type"] and len(code) >= 3)):
            continue
        doc_type = _doc_type(match["doc_type"]) or _doc_type(re.split(r"[-/]", code)[0])
        canonical = _compact(text[match.start("number") : match.end("code")])
        found.append(_mention(text, match, canonical, doc_type, match["number"], code, match["year"]))
    return [_council_issuer(text, m) for m in _share_list_issuers(text, _as_written_elsewhere(found))]


def _compact(code: str) -> str:
    """The code as one token: "TTr- SKHCN" → "TTr-SKHCN", "KH – UBND" → "KH-UBND", "QĐ-\nUBND" →
    "QĐ-UBND", "9476 /BNNMT" → "9476/BNNMT" (editors' spaces, line breaks and en dashes are no part
    of a document's number)."""
    return _CODE_DASH.sub("-", code).replace(" /", "/")


_CODE_DASH = re.compile(r"[ ]?[-–][ \n]?")


def _council_issuer(text: str, mention: DecisionMention) -> DecisionMention:
    """A People's Council's resolution ("12/2024/NQ-HĐND", also typed "NQ-HDND") cited without its
    issuer is the provincial council's: the councils whose resolutions a provincial text cites by
    number are its own province's, and a district's is named when cited. A document's own header
    number keeps no issuer."""
    if mention.issuer or _issuing_body(mention.code) not in _COUNCIL_CODES or _is_own_number(text, mention.start):
        return mention
    return replace(mention, issuer=PROVINCIAL_COUNCIL)


_COUNCIL_CODES = frozenset({"HĐND", "HDND"})
PROVINCIAL_COUNCIL = "Hội đồng nhân dân tỉnh"


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
    if issued is None and _is_own_number(text, match.start()):
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


def _is_own_number(text: str, start: int) -> bool:
    """Whether the number at `start` is the document's own, in its header ("Số: 55/2007/CT-UBND")."""
    return bool(HEADER_NUMBER.search(text, max(0, start - 24), start))


def _header_date(text: str, after: int):
    """The date of the place-and-date line under a header number ("Số: 55/2007/CT-UBND" then
    "Phan Rang-Tháp Chàm, ngày 05 tháng 3 năm 2007"), within the next two lines; or, under a legal
    database's "Số hiệu" field, its "Ngày ban hành" field, a few fields down."""
    from vncorpus.nlp.dates import find_dates

    line = HEADER_DATE.match(text[after : after + 240]) or ISSUED_FIELD.match(text[after : after + 480])
    if line is None:
        return None
    dates = find_dates(line["date"])
    return dates[0].date if dates and dates[0].precision == "day" else None


def _issuer_name(issuer: str) -> str:
    """The issuer up to the last syllable of its name, in sentence case where a title wrote it in
    capitals. After its head, the name runs on through capitalised syllables, the level words
    ("nhân dân tỉnh") and, where the level's place name begins, that name alone as the gazetteer
    knows it ("UBND thành phố Đà Nẵng Sửa đổi" → "UBND thành phố Đà Nẵng"). A lower-case syllable
    stays where it is one word with the capitalised one before it ("Chấp hành", "Thành ủy"), or
    where the tagger reads the word it opens as a noun or adjective of the name ("Trợ giúp pháp lý
    Nhà nước"), not a verb or a function word ("Ninh Thuận ban hành", "Cao Bằng về việc")."""
    syllables = issuer.split(" ")
    upper = issuer.isupper()
    head = next((h for h in _HEADS if _opens(issuer, h.upper() if upper else h)), None)
    first = len(head.split(" ")) if head else len(syllables)
    tags = None
    kept = first
    while kept < len(syllables):
        here, before = syllables[kept].rstrip(","), syllables[kept - 1]
        if (level := _level_word_at(syllables, kept)) is not None:
            kept += level + _place_name_length(syllables, kept + level, upper)
            break
        if upper and (here in _TITLE_VERBS or " ".join(syllables[kept : kept + 2]) in _TITLE_VERBS):
            break
        if here.islower() and here not in ISSUER_LOWER_SYLLABLES:
            if before.islower() or not is_word(f"{before} {here}"):
                tags = tags or _noun_syllables(issuer)
                if not (before.islower() and tags[kept]):
                    break
        kept += 1
    name = " ".join(syllables[:kept]).rstrip(",")
    return _sentence_case(name, head) if upper else name


# In a title set in capitals the case no longer tells a name's words from the title's, so the words
# with which a title says what the cited document does end the issuer's name: "CỦA BỘ TRƯỞNG BỘ CÔNG
# THƯƠNG QUY ĐỊNH VỀ …", "CỦA BỘ Y TẾ HƯỚNG DẪN …" (none of them opens a word of a body's name).
_TITLE_VERBS = frozenset({"QUY ĐỊNH", "HƯỚNG DẪN", "BAN HÀNH", "SỬA ĐỔI", "BÃI BỎ", "PHÊ DUYỆT", "CÔNG BỐ", "VỀ"})
# Longest first: "Bộ trưởng" before "Bộ", "Thủ tướng Chính phủ" before "Thủ tướng".
_HEADS = sorted((*WHOLE_ISSUERS, *ISSUER_HEADS), key=len, reverse=True)


def _opens(issuer: str, head: str) -> bool:
    return issuer == head or issuer.startswith((head + " ", head + ","))


# The level words of a body's name, after which comes the name of its place ("tỉnh Cao Bằng").
_LEVEL_WORDS = (("thành", "phố"), ("thị", "xã"), ("thị", "trấn"), ("đặc", "khu"), ("tỉnh",), ("huyện",), ("quận",), ("xã",), ("phường",))


def _level_word_at(syllables: list[str], i: int) -> int | None:
    """The length in syllables of the level word at `i`, if one stands there: not the "Tỉnh" of
    "Tỉnh ủy", "Tỉnh đoàn", which a lower-case syllable follows."""
    folded = [s.lower() for s in syllables[i : i + 3]]
    level = next((len(w) for w in _LEVEL_WORDS if tuple(folded[: len(w)]) == w), None)
    after = syllables[i + level] if level is not None and i + level < len(syllables) else ""
    return None if level is None or after.islower() else level


def _place_name_length(syllables: list[str], i: int, upper: bool) -> int:
    """How many syllables from `i` name the place after a level word: the longest name the gazetteer
    knows; else, in mixed case, the capitalised syllables that stand alone (the name ends where a
    word with a lower-case syllable begins)."""
    for length in range(min(6, len(syllables) - i), 0, -1):
        if fold(" ".join(syllables[i : i + length])) in names_index():
            return length
    length = 0
    while not upper and i + length < len(syllables) and syllables[i + length][:1].isupper() and not (
        i + length + 1 < len(syllables) and syllables[i + length + 1].islower()
    ):
        length += 1
    return length


@lru_cache(maxsize=1024)
def _noun_syllables(issuer: str) -> tuple[bool, ...]:
    """For each syllable of `issuer`, whether underthesea tags the word holding it as a noun or an
    adjective (a word of a body's name: "pháp lý", "hành chính công") rather than a verb, a
    preposition or another function word."""
    from underthesea import pos_tag

    nouns: list[bool] = []
    for word, tag in pos_tag(issuer):
        nouns += [tag in _NAME_TAGS] * len(word.split())
    return tuple(nouns) if len(nouns) == len(issuer.split(" ")) else (False,) * len(issuer.split(" "))


_NAME_TAGS = frozenset({"N", "Np", "A"})
# A city whose unit word is part of its name, capitalised as the name is (Decree 30/2020/NĐ-CP):
# "Thành phố Hồ Chí Minh", where "thành phố Hà Nội" is a city and its name.
_NAMED_WITH_UNIT_WORD = {"thành phố hồ chí minh": "Thành phố Hồ Chí Minh"}


def _sentence_case(name: str, head: str | None) -> str:
    """An issuer a title wrote in capitals, as sentence text writes it: "UBND TỈNH QUẢNG NAM" → "UBND
    tỉnh Quảng Nam", "BỘ TƯ PHÁP" → "Bộ Tư pháp": the head as the heads are written, the level words
    and "nhân dân", "và" in lower case, a place name the gazetteer knows capitalised throughout, and
    each other word capitalised on its first syllable only."""
    syllables = name.split(" ")
    written = [head] if head else []
    i = len(head.split(" ")) if head else 0
    while i < len(syllables):
        level = _level_word_at(syllables, i)
        place = _place_name_length(syllables, i + level, True) if level else 0
        if level:
            written += [s.lower() for s in syllables[i : i + level]] + [s.capitalize() for s in syllables[i + level : i + level + place]]
            i += level + place
        elif syllables[i].lower() in ISSUER_LOWER_SYLLABLES:
            written.append(syllables[i].lower())
            i += 1
        else:
            length = 2 if i + 1 < len(syllables) and is_word(f"{syllables[i]} {syllables[i + 1]}".lower()) else 1
            written += [syllables[i].capitalize()] + [s.lower() for s in syllables[i + 1 : i + length]]
            i += length
    text = " ".join(written)
    for lower, proper in _NAMED_WITH_UNIT_WORD.items():
        at = text.lower().find(lower)
        if at >= 0:
            text = text[:at] + proper + text[at + len(lower) :]
    return text


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
