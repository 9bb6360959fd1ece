"""Named pattern pieces, composed into the finders' patterns (the eyecite way).

Every piece names the Vietnamese forms it covers. All are linear: no unbounded quantifier sits
inside another, and repeated groups that could be re-scanned from every start position (digit
groups, code segments, name syllables) are bounded, so a 1 MB article cannot make them backtrack
catastrophically.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

# ---- letters and numbers ---------------------------------------------------------------------

# A Vietnamese upper-case letter: A–Z plus Đ and every toned or hatted capital, listed one by one
# (a range like À-Ỹ would also take in the lower-case letters between them).
UPPER = "A-Z" + "".join(ch for ch in map(chr, range(0x00C0, 0x1EFA)) if ch.isupper() and ch.isalpha())
# A Vietnamese lower-case letter, listed the same way.
LOWER = "a-z" + "".join(ch for ch in map(chr, range(0x00C0, 0x1EFA)) if ch.islower() and ch.isalpha())


class Scan:
    """A pattern the finders run over whole texts, every match of which begins with one of a few
    words or with a digit, each opening a word. `finditer` starts the regex engine only where one
    of those stands (found by str.find) instead of at every position of the text, which is most of
    a scan's cost, and finds exactly what the pattern's own finditer finds. A word in lower case
    opens a match in any case; one with a capital ("QĐ", "Quyết định") only as written, for
    patterns that match it only so. `words` may be pattern pieces ("xấp\\s+xỉ"): what they match
    literally up to the first regex syntax counts, so a phrase the pattern writes with one space
    ("Quyết định") opens with the whole phrase."""

    def __init__(self, pattern: str, *words: str, digit: bool, flags: int = 0):
        self.regex = re.compile(pattern, flags)
        self.digit = digit
        first = {re.split(r"[\\()\[\]?|*+{.^$]", word, maxsplit=1)[0] for word in words}
        self.openings = tuple(sorted(w for w in first if w.islower()))
        self.exact = tuple(sorted(w for w in first if not w.islower() and w.casefold() not in self.openings))

    def finditer(self, text: str) -> Iterator[re.Match]:
        folded = _folded(text)
        numbers = _number_starts(text) if self.digit else ()
        if folded is None or numbers is None:
            yield from self.regex.finditer(text)
            return
        starts = set(numbers)
        for within, openings in ((folded, self.openings), (text, self.exact)):
            for opening in openings:
                starts.update(_positions(within, opening))
        end = 0
        for start in sorted(starts):
            if start >= end and (match := self.regex.match(text, start)):
                end = match.end()
                yield match


# The finders scan one article's text several times in a row: each is prepared once.
@lru_cache(maxsize=4)
def _folded(text: str) -> str | None:
    """The text case-folded; None when a letter's folded form is longer ("ß", "İ"), which would
    shift positions: the engine then scans such a text itself."""
    folded = text.casefold()
    return folded if len(folded) == len(text) else None


# Scans share openings ("năm" opens dates and list heads; the references share their types): each
# is looked for once a text. Bounded: each entry holds its text.
@lru_cache(maxsize=256)
def _positions(within: str, opening: str) -> tuple[int, ...]:
    """Where `opening` begins a word of `within` (every pattern opens with one after "\\b"): "in"
    of "Ngày in" opens a label, the "in" of "tin" does not."""
    found = []
    at = within.find(opening)
    while at >= 0:
        if not at or not _WORD_CHAR.match(within, at - 1):
            found.append(at)
        at = within.find(opening, at + 1)
    return tuple(found)


_WORD_CHAR = re.compile(r"\w")


@lru_cache(maxsize=4)
def _number_starts(text: str) -> tuple[int, ...] | None:
    """Where the text's numbers begin; None when a digit is not 0–9 ("７"), which str.find does not
    look for."""
    if _OTHER_DIGIT.search(text):
        return None
    return tuple(match.start() for match in _NUMBER_OPENING.finditer(text))


_OTHER_DIGIT = re.compile(r"[^\D0-9]")
# A digit that opens a word: where every pattern's number begins ("(?<![\w/.-])", "\b").
_NUMBER_OPENING = re.compile(r"[0-9](?<!\w[0-9])")


# A syllable: letters only ("Hội", "nghị", "ĐÁNH").
SYLLABLE = r"[^\W\d_]+"
# A capitalised syllable: "Trùng", "Khánh", "Phông", "LẠNG".
CAP_SYLLABLE = rf"[{UPPER}][^\W\d_]*"

# Vietnamese digit grouping: "2.500", "20.000", "1 435" (thousands by dot, space or no-break
# space), "1,5" (decimal comma), "07". At most four groups (below 10^15): unbounded, a run like
# "111 111 111 …" would be re-read from every group.
NUMBER = r"\d{1,3}(?:[.\u00a0 ]\d{3}){1,4}(?:,\d+)?(?![\d.,]\d)|\d+(?:,\d+)?(?![\d.,]\d)"

# ---- dates ----------------------------------------------------------------------------------

# The Vietnamese date grammar, written once: the facts below, the extractor's date stamps and
# furniture tests (extract/dates.py, text.py, boilerplate.py, normalize.py) and the crawler's
# page-kind test (crawler/pagekind.py) are all built from these pieces, so a form read in one of
# them is read the same way in the others. nlp/ is the lowest layer, the one all three may import.

# A day and a month in figures, with or without the leading zero: "5", "05", "31"; "8", "08", "12".
DAY_DIGITS = r"[0-3]?\d"
MONTH_DIGITS = r"[01]?\d"
# A year of the portals' era, four figures: "1999", "2020".
YEAR_DIGITS = r"(?:19|20)\d{2}"
# What stands between the figures: "05/8/2020", "05-08-2020", "05.08.2020".
DATE_SEP = r"[/.\-]"
# The words, in any case: banners are written in capitals ("NGÀY 5 THÁNG 8 NĂM 2020").
DAY_WORD = r"(?i:ngày)"
MONTH_WORD = r"(?i:tháng)"
YEAR_WORD = r"(?i:năm)"
# A weekday before a date stamp: "Thứ hai", "Thứ Hai,", "Thứ 2", "Chủ nhật".
WEEKDAY = r"(?i:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)"


def numeric_date(p: str = "", spaced: bool = False, month: str = MONTH_DIGITS) -> str:
    """Day, month and year in figures with one separator twice: "05/8/2020", "5-8-2020",
    "05.08.2020"; `spaced`, also with one space each side of both, as portals print a posting date
    ("17 - 05 - 2024", "17 / 05 / 2024"). Groups {p}day, {p}month, {p}year ({p}: a pattern holding
    two dates names each apart). `month` widens the middle figure for a month-first English date
    ("12-25-2011"), whose day stands there."""
    gap = rf"(?P<{p}gap>[ ]?)" if spaced else ""
    same_gap = f"(?P={p}gap)" if spaced else ""
    return (
        rf"(?P<{p}day>{DAY_DIGITS}){gap}(?P<{p}sep>{DATE_SEP}){same_gap}(?P<{p}month>{month})"
        rf"{same_gap}(?P={p}sep){same_gap}(?P<{p}year>{YEAR_DIGITS})"
    )


def worded_date(p: str = "", stamp: bool = False) -> str:
    """A date in words as documents write it, after its "ngày": "5 tháng 8 năm 2020", "05 THÁNG 08
    NĂM 2020". `stamp`: as CMS themes print it in a date stamp too, without the year's word or
    with a comma instead ("12 Tháng 3 2021", "12 Tháng 3, 2021"). Groups {p}day, {p}month, {p}year."""
    before_year = r"(?:\s+" + YEAR_WORD + r"|\s*,)?\s+" if stamp else rf"\s+{YEAR_WORD}\s+"
    return rf"(?P<{p}day>{DAY_DIGITS})\s+{MONTH_WORD}\s+(?P<{p}month>{MONTH_DIGITS}){before_year}(?P<{p}year>{YEAR_DIGITS})"


def iso_date(p: str = "") -> str:
    """"2023-05-30", as metadata and scripts write a date. Groups {p}year, {p}month, {p}day."""
    return rf"(?P<{p}year>{YEAR_DIGITS})-(?P<{p}month>[01]\d)-(?P<{p}day>[0-3]\d)"


# "05/8/2020", "5/8/2020", "05-08-2020", "05.08.2020", "17 - 05 - 2024"
NUMERIC_DATE = rf"\b{numeric_date(spaced=True)}\b"
# "ngày 5 tháng 8 năm 2020", "ngày 05 tháng 08 năm 2020", "NGÀY 5 THÁNG 8 NĂM 2020"
WORDED_DATE = rf"\b{DAY_WORD}\s+{worded_date('w')}\b"
# "tháng 9/2023", "tháng 9 năm 2023", "tháng 09-2023", "Tháng 12/2022"
MONTH_YEAR = rf"\b{MONTH_WORD}\s+(?P<mmonth>{MONTH_DIGITS})(?:\s*[/\-]\s*|\s+{YEAR_WORD}\s+)(?P<myear>{YEAR_DIGITS})\b"
# "năm 2022", "Năm 2019", "NĂM 2020"
YEAR_ONLY = rf"\b{YEAR_WORD}\s+(?P<yyear>{YEAR_DIGITS})\b"
# "giai đoạn 2021 - 2030", "giai đoạn 2013-2020", "nhiệm kỳ 2020 - 2025", "giai đoạn 2024- 2025",
# "thời kỳ 2021–2030", "năm 2021 - 2025", "các năm 2022-2023": one year mention per year
YEAR_RANGE = rf"\b(?i:giai\s+đoạn|nhiệm\s+kỳ|thời\s+kỳ|năm)\s+(?P<from>{YEAR_DIGITS})\s*[-–]\s*(?P<to>{YEAR_DIGITS})\b"

# The first day of a span written once for two days: "ngày 14 và 15/11/2022", "từ ngày 15 đến ngày 24/3/2021"
LEADING_DAY = Scan(
    rf"\b{DAY_WORD}\s+(?P<lday>{DAY_DIGITS})\s*(?:và|,|-|–|(?i:đến)(?:\s+{DAY_WORD})?)\s*"
    rf"(?={DAY_DIGITS}{DATE_SEP}(?P<lmonth>{MONTH_DIGITS}){DATE_SEP}(?P<lyear>{YEAR_DIGITS})\b)",
    "ngày", digit=False,
)

# A range is tried before "năm 2022" so that "năm 2021 - 2025" yields both years.
DATE = Scan(
    "|".join(f"(?:{p})" for p in (WORDED_DATE, NUMERIC_DATE, MONTH_YEAR, YEAR_RANGE, YEAR_ONLY)),
    "ngày", "tháng", "năm", "giai", "nhiệm", "thời", digit=True,
)

# ---- legal-document references -----------------------------------------------------------------

# Document types as written in full: "Quyết định", "Kế hoạch", "Nghị quyết", "Nghị định", "Chỉ thị",
# "Kết luận", "Hướng dẫn", "Thông tư", "Công văn", "Thông báo", "Quy định", "Quy chế", "Đề án",
# "Chương trình", "Báo cáo", "Luật", "Pháp lệnh", "Tờ trình", "Phương án", "Công điện" — and each in lower case ("quyết định số 12/...").
DOC_TYPES_FULL = (
    "Quyết định", "Kế hoạch", "Nghị quyết", "Nghị định", "Chỉ thị", "Kết luận", "Hướng dẫn", "Thông tư",
    "Công văn", "Thông báo", "Quy định", "Quy chế", "Đề án", "Chương trình", "Báo cáo", "Luật", "Pháp lệnh",
    "Tờ trình", "Phương án", "Công điện",
)
# Abbreviations, before a number ("QĐ 1191/QĐ-TTg", "NQ 24-NQ/TW", "KH số 51/KH-UBND") and as the
# first segment of a code, which names the type when no type word is written ("số 12-CTr/TU",
# "số 08-QĐi/TW" for a Party "Quy định").
DOC_TYPE_ABBREVIATIONS = {
    "QĐ": "Quyết định", "NQ": "Nghị quyết", "KH": "Kế hoạch", "CT": "Chỉ thị", "KL": "Kết luận", "HD": "Hướng dẫn",
    "NĐ": "Nghị định", "TT": "Thông tư", "CV": "Công văn", "TB": "Thông báo", "CTr": "Chương trình", "ĐA": "Đề án",
    "BC": "Báo cáo", "QC": "Quy chế", "QĐi": "Quy định", "TTr": "Tờ trình", "PA": "Phương án", "CĐ": "Công điện",
}
DOC_TYPE = "(?P<doc_type>" + "|".join(
    [re.escape(t) for t in DOC_TYPES_FULL] + [re.escape(t.lower()) for t in DOC_TYPES_FULL] + list(DOC_TYPE_ABBREVIATIONS)
) + ")"
# "số", "số:" between the type and the number: "Quyết định số 1191/...", "Kế hoạch số: 51/..."
NUMBER_WORD = r"(?:\s+số\s*:?)?"
# A document code: upper-case-led segments joined by "-" or "/", mixed case allowed inside:
# "QĐ-TTg", "NQ/TW", "KH-SNgV", "QĐ-UBND", "CT/TW", "NQ-CP", "KH-BTTTT", "TTLT-BTC-BNV"; a
# segment may join two offices' letters with "&": "KH-BCA-BNN&MT", "TTr-SVHTT&DL".
CODE_SEGMENT = rf"[{UPPER}][{UPPER}a-zđ]*(?:&[{UPPER}][{UPPER}a-zđ]*)*"
# A code of one segment: the National Assembly's and its Standing Committee's, which end in the
# legislature's number ("72/2025/QH15", "35/2023/UBTVQH15"), and an office's alone after a type
# word ("Tờ trình số 126/SKHĐT"). decisions.py keeps one only with a year or a type word. The
# legislature's number may also close a code of several segments: "1656/NQ-UBTVQH15", "17/NQ-QH14".
# Segments are joined by "-", "/" or an en dash, and editors leave spaces around a dash: "164/TTr-
# SKHCN", "146/KH – UBND" (the canonical form drops them, decisions.py), or break the line after a
# dash, as a header's table cell does ("3783/QĐ-" / "UBND"). After a spaced or broken dash a segment
# counts only when it opens with two capitals, as offices' letters do and words do not ("79/2010/QĐ-
# TTg", "QĐ- SNgV"), so "12/QĐ-UBND - Ban hành …" keeps its code.
_CODE_JOIN = rf"(?:[-–/]{CODE_SEGMENT}|(?:[ ]?[-–][ ]?|[-–]\n)[{UPPER}]{{2,}}(?:[a-zđ][{UPPER}]*)?(?![{LOWER}]))"
CODE = rf"(?P<code>{CODE_SEGMENT}(?:\d{{1,2}}(?![-/])|{_CODE_JOIN}{{1,3}}(?:\d{{1,2}})?)?)"
# Number and code: "1191/QĐ-TTg", "24-NQ/TW", "34/2017/QĐ-UBND" (year inside), "789-QĐ/TU", a number
# with a letter of a series ("30a/2008/NQ-CP", the resolution on the poorest districts), and
# with an editor's space before the slash, "Số: 9476 /BNNMT-CNTY" (dropped from the canonical form).
DOC_NUMBER = rf"(?P<number>\d{{1,5}}(?:[a-z](?=/))?)(?:[ ](?=/))?(?P<sep>[/-])(?:(?P<year>{YEAR_DIGITS})/)?{CODE}"
# The date a reference carries: ", ngày 21/01/2015", " ngày 05/8/2020", " ngày 5 tháng 8 năm 2020",
# " ban hành ngày 05/8/2020", " ký ngày …", in a title set in capitals ("NGÀY 17/3/2025", "NGÀY 28 THÁNG 02
# NĂM 2025"), with the word doubled by a slip ("ngày ngày 08 tháng 6 năm 2010"), and glued to the next word as editors leave it: "ngày
# 06/11/2018ban hành" (no \b after the year). Written before the issuer or after it ("… của Thủ
# tướng Chính phủ ngày 05/8/2020"), so built twice with its own group names. After the issuer the
# date stays on the issuer's line: a title ending "… của Thủ tướng Chính phủ" takes no date from the
# next paragraph's opening "Ngày 16/01/2023, …".
def _ref_date(p: str, gap: str = r"\s") -> str:
    return (
        rf"(?:{gap}*,)?(?:{gap}+(?i:(?:được{gap}+)?(?:ban{gap}+hành|ký)))?{gap}+(?i:ngày{gap}+(?:ngày{gap}+)?)"
        rf"(?:{numeric_date(p)}|{worded_date(p + 'w')})"
    )


REF_DATE = _ref_date("r")
REF_DATE_AFTER_ISSUER = _ref_date("a", gap=r"[ \t]")
# Issuers after "của" / "do", at every level. Bodies whose name is complete as it stands: "Thủ tướng
# Chính phủ", "Chính phủ", "Quốc hội", "Bộ Chính trị", "Ban Bí thư", "Chủ tịch nước".
WHOLE_ISSUERS = ("Thủ tướng Chính phủ", "Thủ tướng", "Chính phủ", "Quốc hội", "Bộ Chính trị", "Ban Bí thư", "Chủ tịch nước")
# Heads of a body's name that its words follow: "Ủy ban nhân dân tỉnh Lai Châu", "UBND tỉnh", "Hội đồng
# nhân dân tỉnh", "HĐND huyện", "Ban Chấp hành Đảng bộ tỉnh", "Ban Thường vụ Thành ủy", "Bộ Thông tin và
# Truyền thông", "Sở Ngoại vụ", "Tỉnh ủy", "Huyện ủy", "Đảng ủy xã", "Hội đồng Thi đua - Khen thưởng
# Trung ương", "Văn phòng Chính phủ", "Tổng cục Du lịch", "Cục …", "Chủ tịch UBND tỉnh", "Mặt trận Tổ quốc",
# and the units under a department or a ministry: "Trung tâm Trợ giúp pháp lý Nhà nước tỉnh", "Chi cục
# Thuế", "Viện …", "Kho bạc Nhà nước", "Ngân hàng Nhà nước", "Tòa án nhân dân", "Công an tỉnh".
ISSUER_BODIES = (
    "Ủy ban", "Uỷ ban", "UBND", "Hội đồng", "HĐND", "Ban", "Bộ", "Sở", "Tỉnh ủy", "Tỉnh uỷ", "Thành ủy", "Thành uỷ",
    "Huyện ủy", "Huyện uỷ", "Quận ủy", "Quận uỷ", "Đảng ủy", "Đảng uỷ", "Văn phòng", "Tổng cục", "Cục", "Chủ tịch",
    "Mặt trận", "Thường trực", "Trung tâm", "Chi cục", "Viện", "Kho bạc", "Ngân hàng", "Tòa án", "Toà án", "Công an",
)
# The office-holders who sign for their body, whose name follows: "Bộ trưởng Bộ Tư pháp", "Thứ trưởng
# Bộ Tài chính", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Giám đốc Sở Y tế", "Cục trưởng Cục Thuế",
# "Thống đốc Ngân hàng Nhà nước", "Chánh án Tòa án nhân dân tối cao", "Trưởng ban Ban Tuyên giáo".
OFFICE_HOLDERS = (
    "Bộ trưởng", "Thứ trưởng", "Chủ nhiệm", "Giám đốc", "Tổng Giám đốc", "Cục trưởng", "Tổng cục trưởng", "Thống đốc",
    "Chánh án", "Viện trưởng", "Trưởng ban",
)
ISSUER_HEADS = ISSUER_BODIES + OFFICE_HOLDERS
# The lower-case words a body's name carries: "nhân dân", the level and its unit ("tỉnh", "thành
# phố", "huyện", "xã", "phường", "thị xã", "thị trấn", "quận", "đặc khu").
ISSUER_LOWER_WORDS = r"nhân\s+dân|tỉnh|thành\s+phố|huyện|quận|thị\s+xã|thị\s+trấn|xã|phường|đặc\s+khu"
# One word of the name after its head: a capitalised syllable with the lower-case syllables that follow
# it ("Chấp hành", "Thường vụ", "Thành ủy", "Trợ giúp pháp lý": a body's name is capitalised on its first
# word only; decisions.py keeps the lower-case ones that are nouns of the name, so "Ninh Thuận ban
# hành" ends at "Thuận"; never the "ngày" of a date after the name, nor "và", which joins the next word
# only before a capital, below), or a lower-case name word,
# joined by spaces, "và" ("Thông tin và Truyền thông") or a dash ("Thi đua - Khen thưởng").
_ISSUER_WORD = rf"(?:{CAP_SYLLABLE}(?:[ ](?!ngày\b|ban\s+hành|ký\b|và\b)[{LOWER}]+){{0,3}}|{ISSUER_LOWER_WORDS})"
# A comma joins too where the name goes on to "và": "Bộ Văn hóa, Thể thao và Du lịch" (not "Bộ Y tế, Bộ
# Tài chính"), and between two offices one person holds: "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ".
# A document named after "và" starts the next reference, not the name: "… của Ban Thường vụ Tỉnh ủy
# và Kế hoạch số 24/KH-UBND".
_ISSUER_JOIN = (
    rf"(?:[ \t]+và[ \t]+(?=[{UPPER}])(?!(?:{'|'.join(DOC_TYPES_FULL)})\b)|[ \t]*[-–][ \t]*(?=[{UPPER}])|,[ \t]+(?=[{UPPER}][^\W\d_]*(?:[ ][{LOWER}]+)?[ ]+và[ ]+[{UPPER}])"
    rf"|,[ \t]+(?=(?:{'|'.join(OFFICE_HOLDERS)})\b)|[ \t]+)"
)
# A title set in capitals names its issuer in capitals: "CỦA UBND TỈNH QUẢNG NAM", "CỦA ỦY BAN NHÂN DÂN
# THÀNH PHỐ HÀ NỘI" (decisions.py writes it back in sentence case).
_HEADS_AS_WRITTEN = sorted({*ISSUER_HEADS, *(h.upper() for h in ISSUER_HEADS)}, key=len, reverse=True)
ISSUER = (
    r"\s+(?i:của|do)\s+(?P<issuer>" + "|".join(re.escape(i) for i in (*WHOLE_ISSUERS, *(i.upper() for i in WHOLE_ISSUERS)))
    + "|(?:" + "|".join(re.escape(i) for i in _HEADS_AS_WRITTEN)
    + f")(?:{_ISSUER_JOIN}{_ISSUER_WORD}){{0,8}})" + r"(?!\w)"
)
# The lower-case syllables a body's name holds whatever stands before them ("UBND tỉnh", "Ủy ban
# nhân dân", "Thông tin và Truyền thông"), for decisions.py's word check.
ISSUER_LOWER_SYLLABLES = frozenset("nhân dân tỉnh thành phố huyện quận thị xã trấn phường đặc khu và".split())
# A document's own number in its header, alone on its line: "Số: 55/2007/CT-UBND", "Số 594/KH-UBND";
# or in a legal database's fields above the document: "Số hiệu: 45/2023/QĐ-UBND", "Số ký hiệu: …",
# "Số hiệu văn bản | …" (a table's row).
HEADER_NUMBER = re.compile(r"(?:^|\n)[ \t|]*Số(?:[ \t]*:?|[ \t]+(?:ký[ \t]+)?hiệu(?:[ \t]+văn[ \t]+bản)?[ \t]*[:|]?)[ \t]*$")
# A legal database's date field, a few fields below its number ("Loại văn bản", "Nơi ban hành",
# "Người ký" between, each a paragraph of its own): "Ngày ban hành: 12/05/2023", "| Ngày ban hành |
# 9/10/2022 |". The rest of its line is read by the date finder.
ISSUED_FIELD = re.compile(r"\A[^\n]*(?:\n[^\n]*){0,12}?\n[ \t|]*Ngày[ \t]+ban[ \t]+hành[ \t]*[:|]?[ \t]*(?P<date>[^\n]{6,40})")
# The header's place-and-date line below it, where the document's date is written: "Phan Rang-Tháp
# Chàm, ngày 05 tháng 3 năm 2007", "Nghệ An, ngày 21 tháng 10 năm 2021", "Lai Châu, ngày 25\ntháng 4
# năm 2024" (a table cell broken over lines), "Hà Nội, ngày 05/8/2020"; the number's line may go on with
# the letter's subject, commas and all ("Số: 5155/SGDĐT-GDTXNNĐH Về hướng dẫn đánh giá, xếp loại …").
HEADER_DATE = re.compile(
    rf"\A[\s|]*(?:[^\n]*\n[\s|]*)?{CAP_SYLLABLE}[^\n,]{{0,40}},[ \t]*(?P<date>{DAY_WORD}\s+(?:{numeric_date('n')}|{worded_date('w')}))"
)

# "Quyết định số 1191/QĐ-TTg ngày 05/8/2020 của Thủ tướng Chính phủ" and every shorter form:
# "QĐ 1191/QĐ-TTg", "Nghị quyết 24-NQ/TW", "Quyết định số 272-QĐ/TW, ngày 21/01/2015 của Bộ Chính trị",
# "Nghị quyết số 169/NQ-CP của Chính phủ", "1191/QĐ-TTg" alone.
# The words a reference opens with, as its pattern matches them (case matters).
_DOC_TYPE_WORDS = (*DOC_TYPES_FULL, *(t.lower() for t in DOC_TYPES_FULL), *DOC_TYPE_ABBREVIATIONS)
DOCUMENT_REFERENCE = Scan(
    rf"(?:\b{DOC_TYPE}{NUMBER_WORD}\s*)?(?<![\w/.-]){DOC_NUMBER}(?![\w/-])(?:{REF_DATE})?(?:{ISSUER}(?:{REF_DATE_AFTER_ISSUER})?)?",
    *_DOC_TYPE_WORDS, digit=True,
)
# A reference by type and number alone, code omitted, with its date and issuer if written:
# "Quyết định 1191", "Quyết định số 1191", "Quyết định 1191 ngày 05/8/2020 của Thủ tướng Chính phủ",
# "Nghị quyết 36", "Chỉ thị 45". Not "Quyết định 1191/..." (coded) nor "Quyết định 1,5".
NUMBER_ONLY_REFERENCE = Scan(
    rf"\b{DOC_TYPE}{NUMBER_WORD}\s*(?P<number>\d{{1,5}})(?![\w/-]|[.,]\d)(?:{REF_DATE})?(?:{ISSUER}(?:{REF_DATE_AFTER_ISSUER})?)?",
    *_DOC_TYPE_WORDS, digit=False,
)
# A programme named by its decision's number: "Chương trình MTQG 1719", "Chương trình mục tiêu quốc
# gia 1719", "Chương trình 1719".
PROGRAMME_REFERENCE = Scan(
    r"\bChương\s+trình\s+(?:(?:MTQG|mục\s+tiêu\s+quốc\s+gia)\s+)?(?P<number>\d{3,5})(?![\w/-]|[.,]\d)", "chương", digit=False
)
# Between references of one list: "Nghị quyết số 36-NQ/TW, Chỉ thị số 45-CT/TW và Kết luận số 12-KL/TW",
# "Nghị quyết số 36-NQ/TW; Chỉ thị 45-CT/TW"
LIST_GLUE = re.compile(r"\s*(?:,|;|và|,\s*và)\s*")
# The context a title phrase needs to name a document: "thông tin đối ngoại", "Thông tin Đối ngoại"
FOREIGN_INFORMATION = re.compile(r"thông\s+tin\s+đối\s+ngoại", re.IGNORECASE)

# ---- roles: what each mention of a document means --------------------------------------------
# Each piece is matched right before a reference (ending where its type word begins), so it is the
# word governing the reference that decides, never a keyword elsewhere in the text.

# Words that may stand between a governing verb and the reference it governs: "thực hiện có hiệu
# quả Quyết định", "triển khai nghiêm túc Chỉ thị", "quán triệt đầy đủ, kịp thời Nghị quyết",
# "thực hiện các nội dung của Kế hoạch", "thực hiện nhiệm vụ theo Quyết định", "theo tinh thần Nghị
# quyết", "thực hiện thắng lợi Nghị quyết", "phổ biến sâu rộng Luật", "nội dung “Thực hiện … theo",
# "triển khai thực hiện phù hợp với Quyết định", "thực hiện đúng Chỉ thị"
_ROLE_FILLER = (
    r"(?:(?:có\s+)?hiệu\s+quả|nghiêm\s+túc|tốt|đầy\s+đủ|kịp\s+thời|thắng\s+lợi|sâu\s+rộng|rộng\s+rãi|"
    r"các|những|nội\s+dung|nhiệm\s+vụ|tinh\s+thần|của|tại|theo|việc|phù\s+hợp\s+với|đúng)"
)
# A part of a document carried out carries the document out: "thực hiện Tiểu dự án 1 thuộc Dự án 10
# của Chương trình MTQG 1719", "thực hiện nội dung thông tin và truyền thông trong Chương trình …",
# "triển khai các nhiệm vụ thông tin đối ngoại theo Quyết định …", "hợp phần … của Đề án".
_PART_OF = (
    r"(?:[\s,]+(?:các\s+)?(?:nội\s+dung|nhiệm\s+vụ|(?:tiểu\s+)?dự\s+án|hợp\s+phần|hoạt\s+động)\b[^.;:\n“”]{0,60}?"
    r"\s(?:trong|thuộc|của|theo))?"
)
_ROLE_TAIL = rf"{_PART_OF}(?:[\s,]+{_ROLE_FILLER}){{0,4}}[\s“\"(]*$"
# Verbs of carrying a document out, alone or in a run joined by "," or "và": "thực hiện", "triển
# khai thực hiện", "triển khai, thực hiện", "thi hành", "quán triệt", "tuyên truyền, phổ biến"
# (disseminating a numbered document carries it out), "học tập", "cụ thể hóa" / "cụ thể hoá", "sơ
# kết", "tổng kết" (reviewing how it was carried out), "hưởng ứng"; and "theo" when something is done
# under it ("Tổng kết công tác … theo Quyết định", "tổ chức hội nghị theo Kế hoạch số …").
_CARRY_OUT_VERB = (
    r"(?:thực\s+hiện|triển\s+khai|thi\s+hành|quán\s+triệt|tuyên\s+truyền|phổ\s+biến|học\s+tập|"
    r"cụ\s+thể\s+ho[áa]|sơ\s+kết|tổng\s+kết|hưởng\s+ứng|theo)"
)
# A carrying-out verb said not to have happened: "không triển khai theo Quyết định", "chưa thực
# hiện Kế hoạch" — the document is then only named.
ROLE_NEGATION = r"(?P<negated>\b(?:không|chưa|chẳng)\s+)"
# Legal basis: "Căn cứ Luật …", "căn cứ vào Nghị định …", "Trên cơ sở Quyết định …", "theo quy định
# tại Nghị định …", "quy định tại Thông tư …", "được quy định theo Nghị định …".
_BASIS = r"(?:căn\s+cứ(?:\s+vào)?|trên\s+cơ\s+sở|(?:theo\s+)?quy\s+định\s+(?:tại|của|theo))"
# Named in passing: replaced or repealed ("thay thế Quyết định", "bãi bỏ Chỉ thị", "hết hiệu lực",
# "sửa đổi, bổ sung một số điều của Nghị định"), an annex's identification ("ban hành kèm theo
# Quyết định"), an issuing reported as background ("đã ban hành Quyết định số 368 …"), approval
# named ("được phê duyệt tại Quyết định"), likeness ("trùng với Quyết định").
_IN_PASSING = (
    r"(?:thay\s+thế|bãi\s+bỏ|hết\s+hiệu\s+lực|sửa\s+đổi(?:,?\s+bổ\s+sung)?(?:\s+một\s+số\s+điều)?|"
    r"kèm\s+theo|ban\s+hành|phê\s+duyệt\s+(?:tại|theo)|trùng\s+với)"
)
# The word governing a reference, read back from where the reference begins: the alternatives that
# start leftmost win, so "kèm theo" is in passing, not the "theo" of carrying out, "theo quy định
# tại" is basis, and a negation takes its verb with it.
ROLE_CUE = re.compile(
    rf"(?:\b(?P<basis>{_BASIS})|\b(?P<mentions>{_IN_PASSING})|{ROLE_NEGATION}?\b(?P<implements>{_CARRY_OUT_VERB}"
    rf"(?:(?:\s*,\s*|\s+và\s+|\s+){_CARRY_OUT_VERB}){{0,3}})\b){_ROLE_TAIL}",
    re.IGNORECASE,
)
# How far back from a reference its governing word may start, in characters.
ROLE_REACH = 90
# A paragraph that opens with "Căn cứ" (after a dash or bullet): a plan's or a decision's legal
# basis, every reference in it cited as basis ("- Căn cứ Luật …; Nghị định …", "Căn cứ Quyết định
# số 1191/QĐ-TTg …, UBND tỉnh ban hành Kế hoạch …").
BASIS_PARAGRAPH = re.compile(r"(?:^|\n)[ \t]*(?:[-–•+*][ \t]*)?(?i:căn\s+cứ)\b[^\n]*$")
# Between two references of one list, where the second shares the first's governing word: the
# first's date, issuer or subject ("về việc ban hành Quy chế …", "phê duyệt Chương trình …") and a
# list word: "triển khai Quyết định số 272-QĐ/TW … về việc … và Quyết định số 789-QĐ/TU", "theo Nghị
# quyết số 36-NQ/TW; Chỉ thị 45-CT/TW và Kết luận số 12-KL/TW"; also after the first's short name in
# brackets: "Nghị quyết số 50/NQ-CP … (Nghị quyết số 50/NQ-CP) và Quyết định số 7619/QĐ-BCA".
ROLE_LIST_GAP = re.compile(r"(?:[ \t]+(?:về|phê\s+duyệt|ban\s+hành|quy\s+định)\b[^.!?\n]{0,160}?)?[ \t]*\)?[ \t]*(?:,|;|và|,[ \t]*và)[ \t]*")
# Document types that are never carried out: a submission asks for a decision ("Tờ trình số …").
NEVER_CARRIED_OUT = frozenset({"Tờ trình"})
# The roles, strongest first: one document in one text takes the strongest of its mentions' roles.
ROLES = ("implements", "basis", "mentions")

# ---- counts ---------------------------------------------------------------------------------

# Words before a number that make it approximate or bounded: "hơn 2.500", "trên 200", "gần 300",
# "khoảng 50", "xấp xỉ 40", "chừng 30", "tới 100", "lên tới 500", "lên đến 500", "ít nhất 3",
# "tối thiểu 2", "tối đa 10", "dưới 20", "gần như 100", "hàng 100"
_QUALIFIERS = ("hơn", "trên", "gần", "khoảng", r"xấp\s+xỉ", "chừng", "tới", r"lên\s+tới", r"lên\s+đến", r"ít\s+nhất",
               r"tối\s+thiểu", r"tối\s+đa", "dưới", r"gần\s+như", "hàng")
QUALIFIER = rf"(?P<qualifier>(?i:{'|'.join(_QUALIFIERS)}))"
# Multipliers written as words: "500 triệu đồng", "1,5 tỷ đồng", "20 nghìn", "3 ngàn", "1,5 vạn" (10 000),
# "2 tỉ", and compounds of two: "1,2 nghìn tỷ đồng", "3 trăm triệu"
MULTIPLIER = r"(?P<multiplier>(?:trăm|nghìn|ngàn|vạn|triệu|tỷ|tỉ)(?:[ \t]+(?:tỷ|tỉ|triệu|nghìn|ngàn))?)"
MULTIPLIERS = {"trăm": 1e2, "nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
# A rate's base: "20.000 tờ rơi/năm", "20.000 tờ rơi/ năm", "01 lớp/năm", "02 kỳ/ năm", "3 buổi/tháng",
# "2 số/quý", "1 lần/tuần"
PER = r"(?:\s*/\s*(?P<per>năm|tháng|tuần|ngày|quý|kỳ|người|xã|huyện|lớp))"
RATE = re.compile(PER)
# A count never runs across a line break: "Hôm nay: 51\nTrong tuần" is a counter, not "51 Trong".
_GAP = r"[ \t\u00a0]+"
# A count's number starts a number: not inside a word, a code or a date ("QĐ-TTg", "1191/", "5.8"),
# nor in the middle of a digit-group sequence ("111 111 111").
_NUMBER_START = r"(?<![\w/.,-])(?<!\d[ \u00a0])"
# The words that may hold the counted noun phrase, read in a lookahead: the words after one number may
# hold the next count's qualifier ("06 hội nghị cho khoảng 1 200 người"), so they must stay unconsumed.
_UNIT_WORDS = rf"(?={_GAP}(?P<unit>{SYLLABLE}(?:[ \t]{SYLLABLE}){{0,4}}))"
# "07 cuộc Hội nghị", "700 cán bộ", "hơn 2.500 cuốn", "trên 200 đại biểu", "500 triệu đồng",
# "1,5 tỷ đồng", "khoảng 1 435 lượt người", "03 cuộchội nghị"
COUNT = Scan(
    rf"(?:\b{QUALIFIER}{_GAP})?{_NUMBER_START}(?P<number>{NUMBER})(?:{_GAP}{MULTIPLIER})?{_UNIT_WORDS}", *_QUALIFIERS, digit=True
)
# A range of two numbers before one unit: "từ 50 đến 100 người", "50 - 100 người", "30–40 hộ", "50 tới 60 người"
COUNT_RANGE = Scan(
    rf"(?:\b{QUALIFIER}{_GAP})?(?:\b(?P<from_word>(?i:từ)){_GAP})?{_NUMBER_START}(?P<low>{NUMBER})"
    rf"(?:[ \t]*[-–][ \t]*|{_GAP}(?:đến|tới){_GAP})(?P<number>{NUMBER})(?:{_GAP}{MULTIPLIER})?{_UNIT_WORDS}",
    *_QUALIFIERS, "từ", digit=True,
)
# A number right after these is an ordinal, a label or an identifier, not a quantity:
# "Dự án 10", "Tiểu dự án 1", "Nội dung số 2", "lần thứ 5", "lần 2", "khóa 15", "kỳ họp 7", "Điều 3",
# "Khoản 2", "mục 4", "Chương II", "phần 1", "điểm a", "tiểu mục 3", "giai đoạn 2", "nhiệm kỳ 3",
# "phòng 204", "tầng 3", "Quốc lộ 4A", "tỉnh lộ 208", "km 12", "lô 5", "đường 3/2", "tổ 7", "xóm 2",
# "bản 3", "thôn 4", "khu 5", "Quyết định 45", "Top 10", "Phụ lục 02", "Mẫu 01"; "#", "№"; the day and
# the month of a date written without its year ("tháng 11 đến ngày 15 tháng 12 hằng năm", but "mỗi tháng
# 2 buổi", "hằng ngày 3 chuyến" count); also the later numbers of a numbered span or list ("Dự án 1 -
# 3", "số thứ tự 4, 5, 6", "Điều 3, 4 và 5"). Not "số" ending a word of amount: "dân số 1.799.489 người",
# "tổng số 350 đại biểu"; nor "danh mục 18 thủ tục", a list's count.
ORDINAL_BEFORE = re.compile(
    r"(?:\b(?:(?<!dân )(?<!tổng )số|thứ(?:\s+tự)?|stt|lần|khóa|khoá|kỳ\s+họp|điều|khoản|(?<!danh )mục|chương|phần|điểm|dự\s+án|tiểu\s+dự\s+án|"
    r"nội\s+dung|tiểu\s+mục|giai\s+đoạn|nhiệm\s+kỳ|phòng|tầng|lớp|quốc\s+lộ|tỉnh\s+lộ|km|lô|đường|tổ|xóm|bản|thôn|khu|"
    r"quyết\s+định|nghị\s+quyết|kế\s+hoạch|chỉ\s+thị|công\s+văn|thông\s+tư|nghị\s+định|top|phụ\s+lục|mẫu|"
    r"(?<!mỗi )(?<!hằng )(?<!hàng )(?<!mọi )(?:ngày|tháng))|[#№])"
    r"(?:\s*\d+\s*(?:[-–,]|và))?(?:\s*\d+\s*(?:,|và))?(?:\s*\d+\s*(?:,|và))?\s*$",
    re.IGNORECASE,
)
# A street address: a house number, the street's name and, after a comma, the ward, commune or city it
# is in: "244 Điện Biên Phủ, Phường Xuân Hòa", "12A Lê Lợi, phường 3", "35/2 Trần Phú, TP. Cao Bằng".
# The number is no count and the street no place (matched from the number's end, and from the street's
# start with STREET_NUMBER_BEFORE).
STREET_AFTER_NUMBER = re.compile(
    rf"[ \t]+{CAP_SYLLABLE}(?:[ \t]+{CAP_SYLLABLE}){{0,4}}[ \t]*,[ \t]*(?i:phường|xã|quận|huyện|thị\s+xã|thị\s+trấn|thành\s+phố|tp\b|tỉnh)"
)
STREET_NUMBER_BEFORE = re.compile(r"(?<![\w/.,])\d{1,4}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)?[ \t]+$")
# A label and a colon before a number: "Tổng kinh phí: 42.664,6 triệu đồng", "cải tạo, sửa chữa: 3.553
# nhà" are counts (counts.py keeps one whose counted noun is written in lower case), "Hôm nay: 51",
# "Đang truy cập: 4 Hôm nay: 12" are not.
LABEL_BEFORE = re.compile(r":[ \t]*$")
# The labels of visitor counters, whatever follows them: "Lượt truy cập: 1.234 lượt", "Đang truy cập",
# "Lượt xem", "Hôm nay", "Hôm qua", "Trong tuần", "Trong tháng", "Thống kê", "Online", "Đang xem".
COUNTER_LABEL = re.compile(
    r"(?:truy\s+cập|lượt\s+xem|hôm\s+nay|hôm\s+qua|trong\s+tuần|trong\s+tháng|thống\s+kê|online|đang\s+xem)[^\n:]{0,20}:[ \t]*$",
    re.IGNORECASE,
)
# Phone and fax numbers by their label: "Điện thoại: 0215 3825 912", "ĐT: 0912345678", "Fax: (0206) 3852 123",
# "Hotline 1900", "SĐT 09…", "Tel. 024…"
PHONE_BEFORE = re.compile(r"(?:điện\s+thoại|đt|fax|hotline|sđt|tel)\.?\s*:?\s*\(?$", re.IGNORECASE)

# ---- places ---------------------------------------------------------------------------------

# A run of capitalised syllables, optionally hyphen- or dash-joined: "Trùng Khánh", "Phông-sa-ly",
# "Luông-pha-băng", "LẠNG SƠN", "Bà Rịa - Vũng Tàu", "Bà Rịa – Vũng Tàu". Each repetition must take a
# capital or a hyphen first, so the loop cannot re-split the same text.
NAME_RUN = re.compile(rf"{CAP_SYLLABLE}(?:(?:[ \t]+|[ \t]*[-–][ \t]*){CAP_SYLLABLE}|-[a-zà-ỹđ]+)*")
# After a unit word, a name whose later syllables are in lower case: "huyện Trùng khánh", "huyện Hoà an".
NAME_AFTER_UNIT = re.compile(rf"{CAP_SYLLABLE}(?:[ \t]+{SYLLABLE}){{1,4}}")
# One syllable of a name run ("Phông", "sa", "ly" in "Phông-sa-ly"; "Bà", "Rịa", "Vũng", "Tàu").
NAME_SYLLABLE = re.compile(r"[^\s\-–]+")
# The unit word right before a name: "tỉnh Cao Bằng", "Tỉnh Lào Cai", "thành phố Cao Bằng", "TP. Hồ Chí
# Minh", "TP Hồ Chí Minh", "huyện Trùng Khánh", "quận Ba Đình", "thị xã Sa Pa", "xã Y Tý", "phường Sông
# Hiến", "thị trấn Trà Lĩnh", "huyện: Hà Quảng", "đặc khu Phú Quốc" (2025). Not "Thông tấn xã Việt Nam" nor "Hợp tác xã Tân Tiến":
# there "xã" ends an organisation's name.
# The unit word may carry what kind of unit it is before the name: "xã biên giới Đàm Thủy", "xã vùng
# cao Cô Ba", "huyện miền núi Bảo Lạc", "xã đặc biệt khó khăn …", "xã nông thôn mới …", "xã điểm …".
_UNIT_KIND = r"biên\s+giới|vùng\s+(?:cao|sâu|xa)|miền\s+núi|(?:đặc\s+biệt\s+)?khó\s+khăn|nông\s+thôn\s+mới|điểm"
UNIT_BEFORE = re.compile(
    r"(tỉnh|thành\s+phố|tp\.?|huyện|quận|thị\s+xã|(?<!tấn )(?<!tác )xã|phường|thị\s+trấn|đặc\s+khu)"
    rf"(?:\s+(?:{_UNIT_KIND}))?\s*:?\s*$",
    re.IGNORECASE,
)
# How those unit words and kinds end (the last word of each): a name's every capitalised run asks,
# and most end otherwise without a search.
UNIT_WORD_TAILS = ("tỉnh", "phố", "tp", "tp.", "huyện", "quận", "xã", "phường", "trấn", "khu", "giới", "cao", "sâu", "xa", "núi", "khăn", "mới", "điểm")
# How far before a name its unit word and kind may start ("xã đặc biệt khó khăn ").
UNIT_REACH = 34
# A list after a plural unit word, which carries across "," ";" "và": "các huyện: Quảng Hòa; Trùng
# Khánh, Hạ Lang", "các xã Bắc Xa, Bính Xá và Kiên Mộc", "hai tỉnh Cao Bằng, Lạng Sơn", "07 huyện: Hà
# Quảng, Hòa An", "06 xã biên giới: Hồng Thủy, Hồng Vân". A singular one does not carry: in "huyện Trùng Khánh, Cao Bằng" the province follows.
LIST_HEAD = Scan(
    r"\b(?:các|những|hai|ba|bốn|năm|sáu|bảy|tám|\d{1,3})\s+(tỉnh|huyện|xã|thành\s+phố|thị\s+xã|phường|quận|đặc\s+khu)"
    rf"(?:\s+(?:{_UNIT_KIND}))?\s*:?\s*",
    "các", "những", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", digit=True, flags=re.IGNORECASE,
)
LIST_SEP = re.compile(r"\s*(?:,|;|và)\s*")
# Two names after one singular unit word, joined by "và", share it: "xã Đàm Thủy và Chí Viễn", "huyện
# Trùng Khánh và Hạ Lang" (a comma does not join: "huyện Trùng Khánh, Cao Bằng" names the province).
PAIR_HEAD = Scan(
    rf"\b(?i:(tỉnh|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn))\s+{NAME_RUN.pattern}[ \t]+và[ \t]+(?=[{UPPER}])",
    "tỉnh", "huyện", "quận", "thị", "xã", "phường", digit=False,
)
# An address label, after which a province is written bare in the same clause: "Địa chỉ: Hồ Chí Minh",
# "Trụ sở: 12 Lê Lợi, Hồ Chí Minh", "Nơi cư trú: …", "Thường trú: …", "Quê quán: …".
ADDRESS_LABEL_BEFORE = re.compile(r"(?i:địa\s+chỉ|trụ\s+sở|nơi\s+cư\s+trú|thường\s+trú|tạm\s+trú|quê\s+quán)\s*:[^\n;:()]{0,80}$")
# A prefecture of China across the border, written as the Sino-Vietnamese reading with its unit word:
# "châu tự trị Văn Sơn", "châu Hồng Hà", "châu Bách Sắc" (not the continents: "châu Á", "châu Âu").
PREFECTURE = Scan(
    rf"\bchâu(?:[ \t]+tự[ \t]+trị)?[ \t]+(?!(?:Á|Âu|Phi|Mỹ|Úc|Đại[ \t]+Dương|Nam[ \t]+Cực)\b)(?P<name>{CAP_SYLLABLE}(?:[ \t]+{CAP_SYLLABLE}){{0,2}})",
    "châu", digit=False,
)
# A person, not a place, follows these: "đồng chí Hà Quảng", "ông Hải Hà", "bà Lâm Đồng", "đ/c …"
PERSON_BEFORE = re.compile(r"(?:\b(?:đồng\s+chí|ông|bà|anh|chị|cô|thầy|bác)|đ/c)\s+$", re.IGNORECASE)
# A rank, a degree or a calling before a name, which makes it a person's: "Đại tá Hà Quảng",
# "Thượng tá Xuân Trường", "Thiếu tướng …", "PGS.TS Hà Quảng", "TS. …", "ThS …", "nhà báo Minh
# Hóa", "phóng viên …", "nghệ nhân …", "NSND …", "em …", "cụ …"
PERSON_TITLE_BEFORE = re.compile(
    r"(?:\b(?:(?:đại|thượng|trung|thiếu)\s+(?:tá|úy|uý|tướng)|nhà\s+(?:báo|thơ|văn|giáo)|phóng\s+viên|biên\s+tập\s+viên"
    r"|nghệ\s+(?:nhân|sĩ)|bác\s+sĩ|giáo\s+sư|tiến\s+sĩ|thạc\s+sĩ|(?:cô|thầy)\s+giáo|em|cháu|cụ|NSND|NSƯT"
    r"|(?:P?GS|TS|ThS|BS|CN|KS)(?:\s*\.\s*|\s+)?(?:TS|BS|ThS)?)\.?)\s+$",
    re.IGNORECASE,
)
# A village, a border gate or a street named after a place is not that place (villages are below
# the communes the gazetteer holds): "thôn Hòa An", "xóm Bảo Lâm", "bản Trùng Khánh", "ấp Tân Lập",
# "tổ dân phố Sông Hiến", "cửa khẩu Trà Lĩnh", "cửa khẩu quốc tế Móng Cái", "đường Điện Biên Phủ",
# "phố Lạng Sơn", "đại lộ Hà Nội". Not "thành phố", "văn bản".
NOT_PLACE_BEFORE = re.compile(
    r"\b(?:thôn|xóm|(?<!văn )bản|ấp|làng|buôn|plei|sóc|khóm|tổ\s+dân\s+phố|khu\s+phố"
    r"|cửa\s+khẩu(?:\s+(?:quốc\s+tế|chính|phụ|song\s+phương))?|đường|(?<!thành )(?<!tổ dân )(?<!khu )phố|đại\s+lộ|ngõ|hẻm)\s+$",
    re.IGNORECASE,
)
# A credit label, after which comes the photographer's or writer's name, never a place: "Ảnh: Xuân
# Trường", "(Ảnh: Đức Thọ)", "Bài và ảnh: Hải Hà", "Bài, ảnh: …", "Tin, ảnh: …", "Video: …",
# "Tác giả: …", "Phóng viên: …", "PV: …"
CREDIT_BEFORE = re.compile(
    r"\b(?:(?:bài|tin)\s*(?:,|và|-|&)\s*ảnh|ảnh|video|clip|tác\s+giả|phóng\s+viên|pv)\s*:\s*$", re.IGNORECASE
)
# A byline: the last line of a text of several, holding only a name of two to four syllables, perhaps with a
# note in brackets: "Xuân Trường", "Hà Thu (tổng hợp)", "Minh Châu (TH)". A pen name is often a
# place's name too.
BYLINE_LAST_LINE = re.compile(rf"\n[ \t]*(?P<name>{CAP_SYLLABLE}(?:[ \t]+{CAP_SYLLABLE}){{1,3}})[ \t]*(?:\([^()\n]{{1,30}}\))?[ \t.]*\s*$")
# The word right before and right after a name, to tell a name from half of a common word ("Hiến
# pháp, Pháp luật", "Sở Tư Pháp").
WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")
WORD_AFTER = re.compile(r"[ \t]+(\w+)")
# What may stand between a place and the province written beside it, which then says where the
# place is: "xã Hòa An, tỉnh Cao Bằng", "xã Hòa An (Cao Bằng)", "xã Hòa An thuộc tỉnh Cao Bằng",
# "huyện Chợ Mới, Bắc Kạn", "phường Bạc Liêu - tỉnh Cà Mau"; or the district written beside it,
# whose province then counts: "xã Hưng Lộc, huyện Thống Nhất".
APPOSITION = re.compile(
    r"[ \t]*[,(–-]?[ \t]*(?:(?:thuộc|của)[ \t]+)?(?:(?:tỉnh|thành[ \t]+phố|tp\.?|huyện|quận|thị[ \t]+xã)[ \t]*)?", re.IGNORECASE
)
# The number some 2025 communes and wards carry after their name: "phường Hà Giang 1", "xã A Lưới 2".
UNIT_NUMBER = re.compile(r"[ \t]+\d{1,2}\b(?![.,/]\d)")
# Words after which a capitalised name the gazetteer does not know may be a place, for NER to check:
# "tỉnh Luang Namtha", "huyện Mường Khoa", "xã Sín Thầu", "thành phố Côn Minh", "tại Viêng Chăn",
# "nước Lào", "thủ đô Viêng Chăn", "đặc khu Cồn Cỏ"
NER_CUE = re.compile(
    r"\b(tỉnh|huyện|quận|thị\s+xã|(?<!tấn )(?<!tác )xã|phường|thị\s+trấn|đặc\s+khu|thành\s+phố|tại|nước|thủ\s+đô)\s+$", re.IGNORECASE
)
# The last word of each cue, as UNIT_WORD_TAILS for the unit words.
NER_CUE_TAILS = ("tỉnh", "huyện", "quận", "xã", "phường", "trấn", "khu", "phố", "tại", "nước", "đô")
# Where a sentence ends, for the sentence NER reads: ". ", "! ", "? ", ";", a line break.
SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n")

# ---- activities: what was done or planned to carry something out ----------------------------
# nlp/activities.py reads a sentence at a time: a trigger names the activity, the words before it
# in its clause give the organizer, the words after it (up to the next trigger) its counts, audience
# and places. Each trigger phrase is written with the Vietnamese forms it covers.

# Events named by a noun, an activity only where a verb holds them ("tổ chức 03 hội nghị"), a
# count counts them ("tại 03 cuộc hội nghị") or "được tổ chức" / "diễn ra" follows them:
EVENT_HEADS = {
    # "hội nghị", "Hội nghị", "hội thảo", "tọa đàm" / "toạ đàm", "cuộc họp", "buổi họp", "phiên họp",
    # "buổi giao ban", "diễn đàn", "đại hội"
    "meeting": ("hội nghị", "hội thảo", "tọa đàm", "toạ đàm", "cuộc họp", "buổi họp", "phiên họp", "buổi giao ban", "diễn đàn", "đại hội"),
    # "lớp tập huấn", "lớp bồi dưỡng", "lớp đào tạo", "lớp học", "khóa tập huấn" / "khoá …", "khóa đào
    # tạo", "khóa bồi dưỡng", "tập huấn" ("tổ chức tập huấn kiến thức pháp luật")
    "training": ("lớp tập huấn", "lớp bồi dưỡng", "lớp đào tạo", "lớp học", "khóa tập huấn", "khoá tập huấn", "khóa đào tạo",
                 "khoá đào tạo", "khóa bồi dưỡng", "khoá bồi dưỡng", "tập huấn"),
    # "buổi tuyên truyền", "đợt tuyên truyền", "hoạt động tuyên truyền", "tuyên truyền trực tiếp",
    # "tuyên truyền lưu động", "buổi sinh hoạt", "sinh hoạt pháp luật", "buổi nói chuyện", "nói chuyện
    # chuyên đề", "buổi phổ biến", "đợt phổ biến", "cuộc vận động", "đợt truyền thông", "buổi chuyên đề"
    "outreach": ("buổi tuyên truyền", "đợt tuyên truyền", "hoạt động tuyên truyền", "tuyên truyền trực tiếp", "tuyên truyền lưu động",
                 "buổi sinh hoạt", "sinh hoạt pháp luật", "buổi nói chuyện", "nói chuyện chuyên đề", "buổi phổ biến", "đợt phổ biến",
                 "đợt truyền thông", "buổi truyền thông", "đợt chuyên đề", "buổi chuyên đề", "cuộc vận động"),
    # "cuộc thi", "hội thi", "phong trào thi đua" / "đợt thi đua" (an emulation movement or drive)
    "contest": ("cuộc thi", "hội thi", "phong trào thi đua", "đợt thi đua", "thi tìm hiểu", "thi trực tuyến", "thi viết", "thi sáng tác"),
    # "triển lãm", "trưng bày"
    "exhibition": ("triển lãm", "trưng bày"),
    # "chuyên mục", "chuyên trang", "phóng sự", "tin bài" / "tin, bài", "chương trình truyền hình",
    # "chương trình phát thanh", "phim tài liệu", "clip", "video", "sản phẩm truyền thông", "hoạt động truyền thông"
    "media": ("chuyên mục", "chuyên trang", "phóng sự", "tin bài", "tin, bài", "chương trình truyền hình", "chương trình phát thanh",
              "phim tài liệu", "clip", "video", "sản phẩm truyền thông", "hoạt động truyền thông"),
    # "cẩm nang", "tờ rơi", "tờ gấp", "áp phích", "pano" / "pa nô" / "pa - nô", "băng rôn", "sổ tay", "ấn phẩm"
    "publication": ("cẩm nang", "tờ rơi", "tờ gấp", "áp phích", "pano", "pa nô", "pa - nô", "băng rôn", "sổ tay", "ấn phẩm"),
    # "đoàn công tác", "lễ kết nghĩa", "ngày hội kết nghĩa", "buổi giao lưu", "chương trình giao lưu", "buổi
    # làm việc", "buổi tiếp", "170 cuộc tiếp khách đối ngoại", "50 sự kiện đối ngoại"
    "exchange": ("đoàn công tác", "lễ kết nghĩa", "ngày hội kết nghĩa", "buổi giao lưu", "chương trình giao lưu", "buổi làm việc", "buổi tiếp",
                 "cuộc tiếp", "sự kiện đối ngoại"),
    # a Tết held early for people by those who bring it: "tổ chức Tết Nguyên đán sớm cho bà con", "Tết sớm"
    "support": ("Tết sớm", "Tết Nguyên đán sớm"),
    # a programme named in quotation marks, whose kind its name tells (PROGRAMME_PURPOSES):
    # "tổ chức chương trình “Xuân Biên phòng - Ấm lòng dân bản”"; last, so that the longer
    # "chương trình giao lưu" and "chương trình truyền hình" above are found first
    "programme": ("chương trình",),
}
# A programme's quoted name, right after "chương trình".
PROGRAMME_NAME = re.compile(r"[ \t]*[“\"](?P<name>[^”\"\n]{3,160})[”\"]")
# What support hands over: gifts, awards, grants ("160 phần quà", "25 suất học bổng", "giấy khen"),
# goods ("thuốc", "gạo"), works ("công trình", "nhà đại đoàn kết"); and printed matter, which is
# publication ("10.532 cuốn tài liệu").
# A count before the noun, maybe with its qualifier and multiplier: "hơn 10 nghìn suất quà", "gần 1.000 suất";
# discs ("đĩa CD, VCD") are printed matter too.
_COUNT_GAP = r"(?:(?:hơn|trên|gần|khoảng|nhiều)\s+)?(?:\d[\d.,]*\s+(?:(?:trăm|nghìn|ngàn|vạn|triệu)\s+)?)?"
_GIFT = _COUNT_GAP + r"(?:giải|suất|phần\s+quà|quà|học\s+bổng|giấy\s+khen|bằng\s+khen|cờ\s+thi\s+đua|kỷ\s+niệm\s+chương|xe|sổ\s+tiết\s+kiệm)"
_GOODS = _COUNT_GAP + r"(?:thuốc|gạo|quà|hàng|vật\s+tư|giống|con\s+giống|cây\s+giống|phân\s+bón|bò|bê|trâu|lợn|dê|trang\s+thiết\s+bị)"
_WORKS = _COUNT_GAP + r"(?:công\s+trình|nhà|căn\s+nhà|cầu|giếng|trang\s+thiết\s+bị)"
_PRINTED = _COUNT_GAP + r"(?:tài\s+liệu|ấn\s+phẩm|cuốn|quyển|tờ|sách|bản\s+tin|tập\s+san|đĩa)"
# Activities named by their own verb, which needs no other to hold it:
ACTION_VERBS = {
    # "biên soạn", "in ấn", "xuất bản", "phát hành tài liệu" / "… ấn phẩm", "… cuốn", "… tờ", "… sách";
    # printed matter handed out: "cấp phát 10.532 cuốn tài liệu", "cấp phát đĩa CD"
    "publication": ("biên soạn", "in ấn", "xuất bản", rf"phát\s+hành(?=\s+(?:\S+\s+){{0,2}}{_PRINTED})", rf"cấp\s+phát(?=\s+{_PRINTED})"),
    # "phát sóng", "đăng tải", "đăng, phát", "đăng phát", "đưa tin", "đăng trên" / "phát trên" (a portal, a
    # paper), "truyền thông" (outreach when an event names it: "đợt truyền thông"; not the field, "thông tin
    # và truyền thông"), "viết / đăng / phát 35 tin, bài", "tiếp sóng"
    "media": ("phát sóng", "tiếp sóng", "đăng tải", r"đăng\s*,\s*phát", "đăng phát", "đưa tin", r"(?:đăng|phát)\s+trên",
              r"(?<!tin\svà\s)(?<!tin,\s)truyền\s+thông(?!\s+viên)", rf"(?:viết|đăng|phát)(?=\s+{_COUNT_GAP}(?:tin|bài|phóng\s+sự|lượt|chương\s+trình))"),
    # "trao tặng", "tặng quà", "trao quà", "trao 60 giải thưởng", "trao / tặng … suất quà / học bổng / giấy
    # khen / bằng khen", "hỗ trợ", "cấp phát thuốc / gạo …", "khám chữa bệnh", "(khánh thành và) bàn
    # giao công trình / nhà …", "biểu dương", "khen thưởng", "vinh danh", "tôn vinh", "trợ giúp pháp lý cho …", and awards
    # given, told passively: "68 giải thưởng được trao", "… sẽ được trao"
    "support": ("trao tặng", "tặng quà", "trao quà", rf"trao(?=\s+{_GIFT})", rf"tặng(?=\s+{_GIFT})", r"(?:trao|tặng)(?=\s+\d)", "hỗ trợ",
                rf"cấp\s+phát(?=\s+{_GOODS})", r"cấp\s+thuốc", r"khám\s+(?:chữa\s+)?bệnh", r"khám\s+sức\s+khỏe", rf"khánh\s+thành\s+và\s+bàn\s+giao(?=\s+{_WORKS})", rf"bàn\s+giao(?=\s+{_WORKS})",
                r"biểu\s+dương", r"khen\s+thưởng", r"vinh\s+danh", r"tôn\s+vinh", r"trợ\s+giúp\s+pháp\s+lý(?=\s+cho\b)",
                r"giải\s+thưởng\s+(?:sẽ\s+)?được\s+trao", r"(?:suất|phần)\s+quà\s+(?:sẽ\s+)?được\s+trao"),
    # "kiểm tra", "giám sát", "thanh tra", "khảo sát", "điều tra", "kiểm định"
    "inspection": ("kiểm tra", "giám sát", "thanh tra", "khảo sát", "điều tra", "kiểm định"),
    # "thăm và làm việc", "thăm, làm việc", "đến thăm", "sang thăm", "thăm hỏi", "hội đàm", "hội kiến", "tiếp
    # đoàn", "tiếp và làm việc", "làm việc với", "kết nghĩa", "ký (biên bản) kết nghĩa", "giao lưu", "chào / thăm
    # xã giao", "gặp mặt", "chúc Tết", "ký kết thỏa thuận / biên bản ghi nhớ / quy chế (kết nghĩa)", "ký 08
    # thỏa thuận quốc tế", delegations received: "đón hơn 110 đoàn khách quốc tế"
    "exchange": (r"(?:sang\s+|đến\s+)?thăm\s*(?:,|và)\s*làm\s+việc", "đến thăm", "sang thăm", "thăm hỏi", "hội đàm", "hội kiến", "tiếp đoàn",
                 r"tiếp\s+và\s+làm\s+việc", r"làm\s+việc\s+với", r"ký\s+(?:kết\s+)?(?:biên\s+bản\s+)?kết\s+nghĩa", "kết nghĩa", "giao lưu",
                 r"(?:chào|thăm|tiếp)\s+xã\s+giao", "gặp mặt", r"(?:thăm\s*,\s*)?chúc\s+Tết",
                 r"ký\s+kết(?=\s+(?:biên\s+bản|thỏa\s+thuận|thoả\s+thuận|bản\s+ghi\s+nhớ|ghi\s+nhớ|hợp\s+tác|quy\s+chế))",
                 r"ký(?:\s+kết)?(?=\s+\d[\d.]*\s+(?:biên\s+bản|thỏa\s+thuận|thoả\s+thuận|bản\s+ghi\s+nhớ))",
                 rf"đón(?=\s+{_COUNT_GAP}(?:đoàn|lượt\s+đoàn))"),
    # a review meeting named by its verb: "Tổng kết và trao giải thưởng vào …", "tổ chức sơ kết 5 năm"
    "meeting": (r"(?:sơ|tổng)\s+kết(?:\s+và\s+trao\s+giải(?:\s+thưởng)?)?",),
    # "bồi dưỡng", "đào tạo" (a verb; "lớp bồi dưỡng" is a noun-named event)
    "training": ("bồi dưỡng", "đào tạo"),
    # "ban hành Kế hoạch", "ban hành 02 văn bản", "ban hành công văn", "ban hành các Quyết định", "xây
    # dựng, ban hành Hướng dẫn" — the documents a body issues itself
    "document": (
        r"(?:ban\s+hành|xây\s+dựng(?:\s*(?:,|và)\s*ban\s+hành)?)\s+(?:(?:các|những|\d{1,3})\s+)?(?:kế\s+hoạch|văn\s+bản|công\s+văn|quyết\s+định|hướng\s+dẫn|chỉ\s+thị|thông\s+báo|"
        r"nghị\s+quyết|chương\s+trình|đề\s+án|quy\s+chế|quy\s+định|quy\s+chuẩn|tiêu\s+chuẩn|kh|qđ|cv)\b",
        # drafting or amending a text for a body to issue: "tham mưu UBND tỉnh sửa đổi, bổ sung …",
        # "tham mưu việc sửa đổi, bổ sung các quy định", "tham mưu ban hành …", "tham mưu Ủy ban nhân dân
        # Thành phố ban hành Kế hoạch", "tham mưu Ủy ban nhân dân tỉnh quy định về phân cấp …"
        r"tham\s+mưu\s+(?:(?:cho\s+)?\S+\s+(?:\S+\s+){0,5})?(?:việc\s+)?(?:sửa\s+đổi|ban\s+hành|quy\s+định\s+về|xây\s+dựng\s+(?:kế\s+hoạch|văn\s+bản|quy))",
        # issuing within one's powers: "Ban hành theo thẩm quyền hoặc trình cấp có thẩm quyền ban hành …"
        r"ban\s+hành\s+theo\s+thẩm\s+quyền",
    ),
    # "tuyên truyền" (media when it goes out through a channel: MEDIA_CHANNEL), "tổ chức tuyên truyền",
    # "vận động", "quán triệt", "giải đáp", "PBGDPL", "phổ biến Luật …" / "phổ biến, giáo dục pháp luật" /
    # "phổ biến kiến thức" (disseminating a numbered document or a law)
    "outreach": ("tổ chức tuyên truyền", r"tuyên\s+truyền(?!\s+viên)", "vận động", "quán triệt", "giải đáp", "PBGDPL",
                 r"phổ\s+biến(?=\s*,?\s+(?:giáo\s+dục|pháp\s+luật|kiến\s+thức|nội\s+dung|các\s+|Luật|Nghị|Quyết|Chỉ|Thông\s+tư|Kết\s+luận)\b)"),
}
# A team that inspects or supervises: its working sessions are inspection ("Đoàn kiểm tra … làm việc với").
INSPECTION_TEAM = re.compile(r"\b(?:đoàn|tổ)\s+(?:công\s+tác\s+)?(?:kiểm\s+tra|giám\s+sát|thanh\s+tra|khảo\s+sát)", re.IGNORECASE)
# An outreach verb whose words go out through a paper, a broadcaster, a site or loudspeakers is media:
# "Tuyên truyền về công tác giảm nghèo trên cơ quan báo chí", "tuyên truyền trên Đài Truyền thanh".
MEDIA_CHANNEL = re.compile(
    r"[^.;:]{0,80}?\b(?:trên|qua)\s+(?:các\s+)?(?:cơ\s+quan\s+báo\s+chí|báo|đài|sóng|trang|cổng|mạng|nền\s+tảng|hệ\s+thống\s+(?:loa|truyền\s+thanh)|"
    r"phương\s+tiện\s+thông\s+tin)", re.IGNORECASE
)
# An outreach verb whose doer, named before it in its clause, is the press or a broadcaster is media:
# "chỉ đạo các cơ quan truyền thông của tỉnh đẩy mạnh công tác tuyên truyền", "Báo và Phát thanh,
# Truyền hình Cần Thơ, các cơ quan thông tấn báo chí … đẩy mạnh truyền thông, tuyên truyền", "Đài
# Truyền thanh huyện tuyên truyền" (not "Sở Thông tin và Truyền thông").
MEDIA_DOER = re.compile(
    r"\bcơ\s+quan\s+(?:thông\s+tin,?\s+)?(?:truyền\s+thông|báo\s+chí|thông\s+tấn)|\b(?:Báo|Đài)\s+(?:và\s+)?(?:Phát\s+thanh|Truyền\s+(?:hình|thanh)|PT)|"
    r"\bBáo\s+[A-ZĐ]|\bbáo\s+chí\b"
)
# An outreach verb whose object is what the media carry is media: "tuyên truyền nhiều tin, bài",
# "tuyên truyền 25 tin bài", "tuyên truyền các phóng sự", "tuyên truyền hàng trăm bài viết".
MEDIA_PRODUCT = re.compile(
    r"\s+(?:(?:nhiều|các|những|hàng\s+(?:chục|trăm|nghìn)|hơn|trên|gần|khoảng)\s+)*(?:\d[\d.,]*\s+)?"
    r"(?:tin\s*,?\s*bài|tin\s+tức|bài\s+viết|phóng\s+sự|chương\s+trình\s+(?:phát\s+thanh|truyền\s+hình))\b",
    re.IGNORECASE,
)
# A meeting takes the kind of its purpose, read from the words of its name ("Hội nghị tập huấn" is
# training, "Hội nghị tuyên truyền trực tiếp" and "Hội nghị thông tin thời sự" outreach), training
# words first, then outreach, then exchange.
PURPOSE_WORDS = (
    ("training", re.compile(r"\b(?:tập\s+huấn|bồi\s+dưỡng|đào\s+tạo)\b", re.IGNORECASE)),
    ("outreach", re.compile(r"\b(?:tuyên\s+truyền|phổ\s+biến|giáo\s+dục\s+pháp\s+luật|vận\s+động|nói\s+chuyện|sinh\s+hoạt\s+pháp\s+luật|"
                            r"thông\s+tin\s+(?:tình\s+hình\s+)?thời\s+sự)\b", re.IGNORECASE)),
    # "Hội nghị trao đổi kinh nghiệm …", "buổi tọa đàm, giao lưu": an exchange between two sides
    ("exchange", re.compile(r"\b(?:trao\s+đổi\s+kinh\s+nghiệm|giao\s+lưu)\b", re.IGNORECASE)),
    # "Hội nghị biểu dương người có uy tín tiêu biểu", "… tôn vinh …": held to honour people, an award
    ("support", re.compile(r"\b(?:biểu\s+dương|tôn\s+vinh|vinh\s+danh)\b", re.IGNORECASE)),
)
# A programme takes the kind its name says: a meeting's purposes, then the words of gifts brought
# at Tết or to the poor ("Xuân Biên phòng - Ấm lòng dân bản", "Tết vì người nghèo", "Nâng bước em tới
# trường", "Con nuôi đồn Biên phòng"); a name saying none of these gives no activity.
PROGRAMME_PURPOSES = (
    *PURPOSE_WORDS,
    ("support", re.compile(r"\b(?:xuân|tết|ấm|quà|nghĩa\s+tình|sẻ\s+chia|nâng\s+bước|con\s+nuôi|vì\s+người\s+nghèo)\b", re.IGNORECASE)),
)
# Where a meeting's name ends: before its audience, place, purpose, topic or date ("cho", "tại",
# "với", "nhằm", "về", "năm", "ngày", a quotation) or a clause mark.
NAME_END = re.compile(r"[.;:“”\"(\n]|,\s+(?:trong\s+đó|qua\s+đó|nhằm|để|với|có)\b|\s(?:cho|tại|với|nhằm|để|về|năm|ngày|trên|ở|của|do|đến|thu\s+hút)\b",
                      re.IGNORECASE)
# Verbs that hold an event named by a noun: "tổ chức", "tổ chức thành công", "phối hợp tổ chức", "mở",
# "khai mạc", "khai giảng", "xây dựng", "sản xuất", "thực hiện", "biên soạn", "in", "phát hành", "đăng",
# "phát", "duy trì", "triển khai", "phát động", "lắp đặt", "treo", "lồng ghép", "diễn ra"; with a count,
# classifier or quantifier between them ("tổ chức 07 cuộc", "mở 03", "tổ chức nhiều", "triển khai các",
# "tổ chức hiệu quả các", "Tổ chức thực hiện", "Tổ chức các hoạt động").
HOLDING_VERB = re.compile(
    r"\b(?:tổ\s+chức(?:\s+thành\s+công)?|mở|khai\s+mạc|khai\s+giảng|xây\s+dựng|sản\s+xuất|thực\s+hiện|biên\s+soạn|in|phát\s+hành|"
    r"đăng|phát|duy\s+trì|triển\s+khai|tham\s+mưu\s+tổ\s+chức|phát\s+động|lắp\s+đặt|treo|lồng\s+ghép|diễn\s+ra|có)"
    r"(?:\s+(?:được|thêm|mới|các|những|nhiều|hàng\s+(?:chục|trăm|nghìn)|một\s+số|lồng\s+ghép|hiệu\s+quả|thực\s+hiện|hoạt\s+động|"
    r"\d[\d.]*\s*(?:cuộc|buổi|lớp|đợt|lượt|kỳ)?|cuộc|buổi|lớp|đợt|lượt|kỳ)){0,3}\s*$",
    re.IGNORECASE,
)
# What follows a noun-named event held: "Hội nghị … được tổ chức", "… đã diễn ra", "… khai mạc", a
# programme aired: "Chương trình truyền hình tiếng Chăm H'roi đầu tiên phát sóng vào ngày …".
HELD_AFTER = re.compile(r"[^.;\n]{0,80}?\b(?:(?:đã\s+)?được\s+tổ\s+chức|(?:đã\s+)?diễn\s+ra|khai\s+mạc|(?:được\s+)?phát\s+sóng)\b", re.IGNORECASE)
# A noun-named event right after these is one named again, not a new one: "Tại Hội nghị", "tại lớp
# tập huấn", "dự Hội nghị", "tham dự", "phát biểu tại", "phục vụ Hội nghị", "của hội nghị", "trong
# buổi", "sau buổi", "qua hội nghị", "kết thúc", a speech opening or closing it: "phát biểu khai mạc
# Hội nghị", "phát biểu bế mạc"; what work is done in ("trong thực hiện Phong trào thi đua"), and what a
# plan is named for ("Kế hoạch phát động Đợt thi đua").
RE_MENTION_BEFORE = re.compile(
    r"\b(?:tại|dự|tham\s+dự|phục\s+vụ|của|trong|sau|qua|kết\s+thúc|thông\s+qua|khuôn\s+khổ|phát\s+biểu\s+(?:khai|bế)\s+mạc|"
    r"trong\s+(?:việc\s+)?(?:thực\s+hiện|triển\s+khai)|kế\s+hoạch\s+(?:phát\s+động|triển\s+khai(?:\s+thực\s+hiện)?|thực\s+hiện))\s*$", re.IGNORECASE
)
# An activity listed after another in one clause, held by the same verb: a comma or "và" after the
# first one's words, and a quantifier or a classifier ("tổ chức tuyên truyền, quán triệt, kiểm tra",
# "các cuộc vận động xã hội, phong trào thi đua", "Biên soạn, cung cấp các ấn phẩm").
LISTED_AFTER = re.compile(
    r"[^.;:()“”\"]{0,40}?(?:,|\s(?:và|hoặc))\s*(?:(?:các|những|nhiều|cung\s+cấp|công\s+tác)\s+)*(?:cuộc\s+|buổi\s+|lớp\s+|đợt\s+)?", re.IGNORECASE
)
# Between two activities of one kind that are one: a comma, "và" or "hoặc", maybe "công tác"
# ("thanh tra, kiểm tra", "tuyên truyền, vận động", "In ấn, phát hành tờ rơi").
LIST_JOINT = re.compile(r"\s*(?:,|và|hoặc|,\s*và)\s*(?:(?:các|những|công\s+tác|cung\s+cấp|\d[\d.]*)\s+)*(?:cuộc\s+|buổi\s+|lớp\s+|đợt\s+)?", re.IGNORECASE)
# What is not done by anyone yet, though it names activities: what an agreement binds its parties to
# ("Hai bên thống nhất phối hợp tuyên truyền", "cũng nhất trí tổ chức …", "Theo thỏa thuận ký kết, hai
# đơn vị sẽ …", the contents listed after a colon: "ký kết quy chế với nhiều nội dung: …; tuyên
# truyền, vận động …"), what people received told passively ("Các đại biểu được nghe …", "bà con được
# khám chữa bệnh"), a habit ("Thường xuyên thăm hỏi"), a proposal ("đề xuất khen thưởng").
NOT_DONE_BEFORE = re.compile(
    r"\b(?:thống\s+nhất|nhất\s+trí|cam\s+kết|đề\s+xuất|thành\s+tích|trong\s+việc|theo\s+th[oỏ]a\s+thuận)\b[^.;]*$|"
    # a time told by what is done then: "báo cáo … khi tổng kết Đợt thi đua"
    r"\bkhi\s+$|"
    # a topic or a manner named by the work: "chủ trương của tỉnh về tăng cường tuyên truyền …", "đa dạng hóa
    # hình thức tuyên truyền"
    r"\bvề\s+(?:việc\s+)?(?:tăng\s+cường\s+|đẩy\s+mạnh\s+)?(?:công\s+tác\s+)?$|\bhình\s+thức\s+$|"
    # what the event named in the opening held, listed with it: "Trong buổi tọa đàm, giao lưu nghệ thuật, …"
    r"^\s*(?:[Tt]rong|[Tt]ại)\s+(?:buổi|hội\s+nghị|chương\s+trình|lễ|lớp)\b[^,;:.]{0,40},\s*$|"
    r"\bnội\s+dung\b[^.;:]{0,60}:[^.]*$|^\s*[Tt]hường\s+xuyên\b|\bquá\s+trình\s+(?:\S+\s+){0,2}$|"
    r"(?:^\s*|[,;]\s*)(?:các\s+|những\s+)?(?:bà\s+con|người\s+dân|đại\s+biểu|học\s+viên|học\s+sinh|em|nhân\s+dân|hội\s+viên|đoàn\s+viên)"
    r"(?:\s+\S+){0,4}?\s+(?:đã\s+|cũng\s+)?được\b|"
    # what an audience is urged to do: "vận động doanh nghiệp … tiếp tục hỗ trợ"
    r"(?<!cuộc\s)\b(?:vận\s+động|kêu\s+gọi|khuyến\s+khích)\s+(?!và\b|,)[^;.:]{3,80}$|"
    # advising another body to act: "tham mưu cho Ủy ban nhân dân tỉnh phối hợp tuyên truyền", "tham mưu
    # Ủy ban nhân dân tỉnh kịp thời động viên, khen thưởng …"
    r"\btham\s+mưu\s+(?:cho\b|(?:Ủy|Uỷ|UBND|Chủ\s+tịch|HĐND)\b)[^;.:]*$",
    re.IGNORECASE,
)
# The doer of a verb told passively, right before it: "các em học sinh sẽ được lãnh đạo Bộ Tư lệnh BĐBP
# trao tặng …", "bà con được Đồn Biên phòng … khám bệnh": the one who gives acts, the receivers do not.
PASSIVE_AGENT = re.compile(r"\bđược\s+(?P<agent>(?:lãnh\s+đạo\s+|đại\s+diện\s+)?(?P<body>[^,;:.]{2,80}?))\s*$", re.IGNORECASE)
# An aim, not an activity: the words after "nhằm", "để", "góp phần", "với mục đích", "với nội dung".
AIM_BEFORE = re.compile(r"\b(?:nhằm|để|góp\s+phần|mục\s+đích|nội\s+dung|ý\s+nghĩa)\b[^,;:]*$", re.IGNORECASE)
# A speech or a wish, whose activities are no report: a paragraph opening "Phát biểu …", a person who
# "mong muốn", "đề nghị", "yêu cầu", "nhấn mạnh", "lưu ý", "đề xuất".
SPEECH = re.compile(
    r"^\s*Phát\s+biểu|\b(?:[Đđ]ồng\s+chí|đ/c|[ÔôBb]à?\b|[Ôô]ng)\b[^.;\n]{0,120}\b(?:mong\s+muốn|đề\s+nghị|yêu\s+cầu|nhấn\s+mạnh|lưu\s+ý|đề\s+xuất)\b"
)
# A plan or a forecast: "dự kiến", "sẽ", "kế hoạch tổ chức", "chuẩn bị tổ chức", "phấn đấu", a day to
# come ("ngày 3/11 tới đây", "sắp tới"), and a recurring duty: "hàng năm" / "hằng năm", "định kỳ".
PLANNED = re.compile(r"\b(?:dự\s+kiến|sẽ|kế\s+hoạch\s+tổ\s+chức|chuẩn\s+bị\s+tổ\s+chức|phấn\s+đấu|h[àằ]ng\s+năm|định\s+kỳ|tới\s+đây|sắp\s+tới)\b", re.IGNORECASE)
# A text that is itself a plan or a legal document: its title in capitals on a line of its own near
# the top ("KẾ HOẠCH", "QUYẾT ĐỊNH", "QUY ĐỊNH", "HƯỚNG DẪN", "NGHỊ QUYẾT", "CHỈ THỊ", "ĐỀ ÁN",
# "CHƯƠNG TRÌNH"), or its header number ("Số: 980/KH-UBND"). Its tasks are planned.
# Or its sections, wherever the passage begins: "I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ", "NHIỆM VỤ VÀ GIẢI
# PHÁP", "TỔ CHỨC THỰC HIỆN", "Điều 3.".
PRESCRIPTIVE_TITLE = re.compile(
    r"(?:^|\n)[ \t]*(?:KẾ HOẠCH|QUYẾT ĐỊNH|QUY ĐỊNH|HƯỚNG DẪN|NGHỊ QUYẾT|CHỈ THỊ|ĐỀ ÁN|CHƯƠNG TRÌNH|Số[ \t]*:"
    r"|(?:[IVX]{1,4}[.)][ \t]*)?(?:MỤC ĐÍCH|NHIỆM VỤ|GIẢI PHÁP|TỔ CHỨC THỰC HIỆN|NỘI DUNG)\b|Điều[ \t]+\d{1,3}[.:])"
)
# The plan issuing itself: "ban hành Kế hoạch như sau", "ban hành Kế hoạch … với các nội dung sau".
ISSUES_ITSELF = re.compile(r"[^.\n]{0,80}?\b(?:như\s+sau|sau\s+đây|các\s+nội\s+dung\s+sau)\b", re.IGNORECASE)
# The place-and-date line of a document's header: "Nghệ An, ngày 18 tháng 11 năm 2025", "Hà Nội, ngày 05/8/2020".
HEADER_PLACE_DATE = re.compile(rf"(?:^|\n)[ \t|]*{CAP_SYLLABLE}[^\n,]{{0,40}},[ \t]*(?i:ngày)\s+[0-3]?\d")
# A day without its year opening a clause: "Ngày 23 - 6,", "Sáng 18 - 6,", "- Ngày 12-7,", "Sáng 30/6,".
DAY_MONTH_OPENING = re.compile(
    r"[\s\-–]*(?i:ngày|sáng|chiều|tối|trưa)(?:\s+nay)?\s+(?P<day>[0-3]?\d)\s*[-/]\s*(?P<month>[01]?\d)(?!\s*[-/]\s*\d)\s*,"
)
# Openings of a clause before its subject, left out of the organizer: "Ngày 16/01/2023,", "Năm 2019,",
# "Vừa qua,", "Trong năm,", "Tối ngày 18/5 tại …,", "Nhân Ngày …,", "Dịp này,", "Ngoài ra,", "Bên cạnh
# đó,", "Đồng thời,", "Thực hiện …,", "Hưởng ứng …,", "ngay từ đầu năm 2019,", "tại xã Hương Bình,";
# a paper's code opening its lead: "(HBĐT) -", "ĐNO -".
CLAUSE_OPENING = re.compile(
    r"\s*(?:(?i:ngày|năm|vừa\s+qua|trong|tối|sáng|chiều|trưa|nhân|dịp|ngoài\s+ra|bên\s+cạnh|đồng\s+thời|thực\s+hiện|hưởng\s+ứng|triển\s+khai|"
    r"theo|căn\s+cứ|ngay|tại|sau|qua|từ|đến|nhằm|để|bước\s+sang|tiếp\s+tục|thời\s+gian|hiện\s+nay|cùng\s+với|với)\b[^,;:]*,|\d{1,2}\s*[.)]|[a-zđ]\)|[-–+•*]|"
    r"\(?[A-ZĐ]{2,8}\)?[ \t]*[-–](?=[ \t]))\s*"
)
# The words that end a clause's subject and begin its predicate: auxiliaries ("đã", "sẽ", "đang",
# "vừa", "cũng", "tiếp tục", "thường xuyên") and the verbs of carrying out ("phối hợp", "chỉ đạo",
# "chủ trì", "tổ chức", "ban hành", "quyết định", "thành lập", "tham mưu", "triển khai", "thực hiện"),
# a body reporting its own plan: "Đài … cho biết sẽ …", and a duty's ground after its body: "Các cơ quan,
# đơn vị căn cứ chức năng, nhiệm vụ được giao xây dựng …". Not in a board's name: "Ban Chỉ đạo …",
# "Ban tổ chức".
PREDICATE_START = re.compile(
    r"\s(?:đã|sẽ|đang|vừa|cũng|tiếp\s+tục|thường\s+xuyên|phối\s+hợp|(?<!(?-i:Ban)\s)(?:chỉ\s+đạo|tổ\s+chức)|chủ\s+trì|ban\s+hành|quyết\s+định|thành\s+lập|"
    r"tham\s+mưu|triển\s+khai|thực\s+hiện|mở|xây\s+dựng|sản\s+xuất|biên\s+soạn|trao|tặng|hỗ\s+trợ|dự\s+kiến|khai\s+mạc|khai\s+giảng|"
    r"phát\s+động|cùng\s+nhau|cho\s+biết|căn\s+cứ|chủ\s+động)\b",
    re.IGNORECASE,
)
# A body that directs another to act, which is then the organizer: "UBND tỉnh đã chỉ đạo Sở Thông tin
# và Truyền thông tổ chức …", "giao Sở Tư pháp chủ trì …".
DELEGATED = re.compile(r"^\s*(?:đã\s+)?(?:chỉ\s+đạo|giao(?:\s+cho)?)\s+(?P<body>[^,;]{3,80}?)\s+(?:tổ\s+chức|chủ\s+trì|phối\s+hợp|thực\s+hiện|triển\s+khai)\b",
                       re.IGNORECASE)
# The head words of a body that can organize something: "Sở", "Ban", "Ủy ban" / "UBND", "Hội", "Đài",
# "Báo", "Phòng", "Trung tâm", "Tỉnh đoàn", "Đoàn", "Công an", "Bộ", "Cục", "Chi cục", "Trường",
# "Viện", "Mặt trận", "Liên đoàn", "Tỉnh ủy" / "Huyện ủy" / "Thành ủy" / "Đảng ủy", "Bộ Chỉ huy",
# "Văn phòng", "Đồn", "Thư viện", "Bảo tàng", "Vụ" (a ministry's department); or a unit or its people: "tỉnh", "huyện", "xã", "các
# địa phương", "đơn vị", "ngành", "cơ quan", "Hai đơn vị" (the two parties of a twinning).
ORGANIZER_HEAD = re.compile(
    r"^(?:(?i:các|những|hai)\s+)?(?:Sở|Ban|Ủy\s+ban|Uỷ\s+ban|UBND|HĐND|Hội(?!\s+(?i:nghị|thảo|thi|đàm|chợ))|Đài|Báo|Phòng|Trung\s+tâm|Tỉnh\s+đoàn|Huyện\s+đoàn|Thành\s+đoàn|Đoàn|"
    r"Công\s+an|Bộ|Cục|Chi\s+cục|Trường|Viện|Mặt\s+trận|Liên\s+đoàn|Tỉnh\s+[uủ]ỷ?|Huyện\s+[uủ]ỷ?|Thành\s+[uủ]ỷ?|Đảng\s+[uủ]ỷ?|"
    r"Văn\s+phòng|Đồn|Thư\s+viện|Bảo\s+tàng|Vụ|Chính\s+phủ|Thủ\s+tướng|Tòa\s+án|Viện\s+kiểm\s+sát|Kho\s+bạc|"
    r"(?i:tỉnh|huyện|thành\s+phố|xã(?!\s+hội)|phường|thị\s+trấn|địa\s+phương|đơn\s+vị|ngành|cơ\s+quan|sở))(?!\w)"
)
# The people an activity reaches or gathers, as a count's noun: "cán bộ", "công chức", "đại biểu",
# "người", "lượt người", "học viên", "hộ dân", "hộ", "đoàn viên", "hội viên", "đảng viên", "khách",
# "lượt khách", "học sinh", "sinh viên", "nhân dân", "thanh niên", "phụ nữ", "người dân", "thành viên",
# "báo cáo viên", "tuyên truyền viên", "hòa giải viên", "phóng viên", "già làng", "người có uy tín",
# "chiến sĩ", "cán bộ, chiến sĩ", "em", "cháu", "giáo viên", "lao động", "nông dân", "đồng bào", a contest's
# "thí sinh", an award's "cá nhân".
PEOPLE = re.compile(
    r"^(?:lượt\s+)?(?:cán\s+bộ|công\s+chức|viên\s+chức|đại\s+biểu|người|học\s+viên|hộ|đoàn\s+viên|hội\s+viên|đảng\s+viên|khách|học\s+sinh|"
    r"sinh\s+viên|nhân\s+dân|thanh\s+niên|thanh\s+thiếu\s+niên|phụ\s+nữ|thành\s+viên|báo\s+cáo\s+viên|tuyên\s+truyền\s+viên|h[òo]a\s+giải\s+viên|"
    r"phóng\s+viên|già\s+làng|chiến\s+sĩ|đồng\s+chí|em|cháu|giáo\s+viên|lao\s+động|nông\s+dân|đồng\s+bào|trẻ\s+em|học\s+sinh|cựu\s+chiến\s+binh|"
    r"thí\s+sinh|cá\s+nhân)\b",
    re.IGNORECASE,
)
# The people an event gathered, told after it: "Tham dự hội nghị có …", "với sự tham gia của …", "… tham gia",
# "Dự hội nghị có …", "thu hút hơn 200 cán bộ …", "Tại hội nghị, hơn 100 đại biểu … được tập huấn".
ATTENDANCE = re.compile(r"\b(?:[Tt]ham\s+dự|tham\s+gia|[Dd]ự\s+(?:hội\s+nghị|lớp|buổi|lễ|chương\s+trình)|thu\s+hút|[Tt]ại\s+(?:hội\s+nghị|lớp|buổi))\b")
# "lượt" before a noun counts visits, not a different audience: "160 lượt người" → "người".
AUDIENCE_VISITS = re.compile(r"^lượt\s+", re.IGNORECASE)
# The audience named without a count after "cho": "cho đoàn viên, thanh thiếu niên của xã …", "cho
# đội ngũ hòa giải viên, tuyên truyền viên cơ sở", "cho các cơ quan báo chí Trung ương": lower-case
# words up to a preposition, a capitalised name or a clause mark; "các", "những", "đội ngũ" dropped.
AUDIENCE_AFTER_FOR = re.compile(
    rf"\s+cho\s+(?:(?:các|những|toàn\s+thể|đội\s+ngũ)\s+)*(?P<audience>[{LOWER}]+(?:(?:\s+|\s*,\s*)(?!(?:của|tại|trong|trên|về|ở|và|với|thuộc|"
    rf"đóng|nhằm|để|có|được|đã|là|từ|đến|theo)\b)[{LOWER}]+){{0,7}})"
)
# Where the places an activity covered stop being its own: a topic ("về", "nội dung"), an aim
# ("nhằm", "để", "góp phần") or a reason ("trong việc", "có nhiều thành tích") follows.
PLACES_END = re.compile(r"\b(?:về|nội\s+dung|nhằm|để|góp\s+phần|trong\s+việc|thành\s+tích)\b", re.IGNORECASE)
# Sentences end at ". ", "! ", "? ", "…", a line break, and at a full stop glued to the next
# sentence's capital ("thành phố.Tổ chức 04 hội nghị", "tham quan.Báo Bắc Kạn").
# Not after an abbreviation: "TP. Tư pháp", "đ/c. …", an initial ("H. Hòa An").
# An ellipsis before a lower-case word goes on with the sentence ("các xã, thôn, cụm xã… vùng DTTS").
SENTENCE_BREAK = re.compile(rf"(?<!\bTP)(?<!\bđ/c)(?<!\b[{UPPER}])(?:[.!?]+|…)(?=[ \t]+[^\s{LOWER}]|[ \t]*(?:\n|$)|[{UPPER}])|\n")
# A heading of a plan's section, at a line's start: "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu",
# "II. NHIỆM VỤ", "3. Sở Khoa học và Công nghệ", "4. Đề nghị Ủy ban Mặt trận …", "TỔ CHỨC THỰC HIỆN".
SECTION_HEADING = re.compile(
    rf"[ \t]*(?:(?P<roman>[IVX]{{1,4}})[.)]|\d{{1,2}}[.)])[ \t]*(?P<words>[{UPPER}][^\n]{{0,100}})|[ \t]*(?P<caps>[{UPPER}][{UPPER} ,\t]{{6,80}})$",
    re.MULTILINE,
)
# A section heading for a plan's purpose, requirements or targets: no activity under it.
PURPOSE_HEADING = re.compile(r"(?:MỤC ĐÍCH|YÊU CẦU|MỤC TIÊU|CHỈ TIÊU|Mục đích|Yêu cầu|Mục tiêu|Chỉ tiêu)\b")
# A heading alone on its line naming the body a plan assigns the tasks below it to: "1. Công an tỉnh",
# "3. Sở Khoa học và Công nghệ", "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các Đoàn thể".
ASSIGNEE_HEADING = re.compile(
    r"[ \t]*(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)][ \t]*(?:Đề[ \t]+nghị[ \t]+|Giao[ \t]+)?"
    r"(?:Sở|Ban|Ủy[ \t]+ban|Uỷ[ \t]+ban|UBND|Bộ|Công[ \t]+an|Cục|Chi[ \t]+cục|Đài|Báo|Trung[ \t]+tâm|Văn[ \t]+phòng|Hội|Liên[ \t]+đoàn|Tỉnh[ \t]+đoàn|"
    r"Thành[ \t]+đoàn|Mặt[ \t]+trận|Các[ \t]+sở|Các[ \t]+cơ[ \t]+quan)\b[^\n.;:]{0,100}"
)
# What a sentence reports as done: "đã", "vừa".
DONE = re.compile(r"\b(?:đã|vừa)\b")
# A duty in a plan's or a legal text's list: an item mark and a verb of directing or doing, with no
# subject ("- Chủ trì, phối hợp …", "+ Tăng cường tổ chức tập huấn", "- Đẩy mạnh công tác thanh tra",
# "a) In ấn, phát hành tờ rơi"). It is planned.
DUTY_ITEM = re.compile(rf"^[ \t]*(?:[-–+•*]|[a-zđ]\)|\d{{1,2}}\.\d{{1,2}}\.?)[ \t]*[{UPPER}](?!.*\bđã\b)")
