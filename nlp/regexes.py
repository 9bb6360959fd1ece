"""Named pattern pieces, composed into the finders' patterns (the eyecite way).

Every piece names the Vietnamese forms it covers. All are linear: no nested unbounded
quantifiers, so a 1 MB article cannot make them backtrack catastrophically.
"""
from __future__ import annotations

import re

# ---- letters and numbers ---------------------------------------------------------------------

# A Vietnamese upper-case letter: A–Z plus Đ and every toned or hatted capital, listed one by one
# (a range like À-Ỹ would also take in the lower-case letters between them).
UPPER = "A-Z" + "".join(ch for ch in map(chr, range(0x00C0, 0x1EFA)) if ch.isupper() and ch.isalpha())
# A syllable: letters only ("Hội", "nghị", "ĐÁNH").
SYLLABLE = r"[^\W\d_]+"
# A capitalised syllable: "Trùng", "Khánh", "Phông".
CAP_SYLLABLE = rf"[{UPPER}][^\W\d_]*"

# Vietnamese digits grouping: "2.500", "20.000", "1 435" (thousands), "1,5" (decimal), "07".
NUMBER = r"\d{1,3}(?:[.\u00a0 ]\d{3})+(?:,\d+)?(?![\d.,]\d)|\d+(?:,\d+)?(?![\d.,]\d)"

# ---- dates ----------------------------------------------------------------------------------

DAY = r"(?P<day>[0-3]?\d)"
MONTH = r"(?P<month>[01]?\d)"
YEAR = r"(?P<year>(?:19|20)\d{2})"
# "05/8/2020", "5/8/2020", "05-08-2020", "05.08.2020"
NUMERIC_DATE = rf"\b{DAY}(?P<sep>[/.\-]){MONTH}(?P=sep){YEAR}\b"
# "ngày 5 tháng 8 năm 2020", "ngày 05 tháng 08 năm 2020"
WORDED_DATE = r"\b(?i:ngày)\s+(?P<wday>[0-3]?\d)\s+(?i:tháng)\s+(?P<wmonth>[01]?\d)\s+(?i:năm)\s+(?P<wyear>(?:19|20)\d{2})\b"
# "tháng 9/2023", "tháng 9 năm 2023", "tháng 09-2023", "Tháng 12/2022"
MONTH_YEAR = r"\b(?i:tháng)\s+(?P<mmonth>[01]?\d)(?:\s*[/\-]\s*|\s+(?i:năm)\s+)(?P<myear>(?:19|20)\d{2})\b"
# "năm 2022", "Năm 2019", "NĂM 2020": banners are written in capitals, so every label word matches in any case
YEAR_ONLY = r"\b(?i:năm)\s+(?P<yyear>(?:19|20)\d{2})\b"
# "giai đoạn 2021 - 2030", "giai đoạn 2013-2020", "nhiệm kỳ 2020 - 2025", "giai đoạn 2024- 2025"
YEAR_RANGE = r"\b(?i:giai\s+đoạn|nhiệm\s+kỳ|thời\s+kỳ)\s+(?P<from>(?:19|20)\d{2})\s*[-–]\s*(?P<to>(?:19|20)\d{2})\b"

# The first day of a span written once for two days: "ngày 14 và 15/11/2022", "từ ngày 15 đến ngày 24/3/2021"
LEADING_DAY = re.compile(
    r"\b(?i:ngày)\s+(?P<lday>[0-3]?\d)\s*(?:và|,|-|–|(?i:đến)(?:\s+(?i:ngày))?)\s*"
    r"(?=[0-3]?\d[/.\-](?P<lmonth>[01]?\d)[/.\-](?P<lyear>(?:19|20)\d{2})\b)"
)

DATE = re.compile("|".join(f"(?:{p})" for p in (WORDED_DATE, NUMERIC_DATE, MONTH_YEAR, YEAR_RANGE, YEAR_ONLY)))

# ---- legal-document references -----------------------------------------------------------------

# Document types as written in full: "Quyết định", "Kế hoạch", "Nghị quyết", "Chỉ thị", "Kết luận",
# "Hướng dẫn", "Nghị định", "Thông tư", "Công văn", "Thông báo", "Quy định", "Quy chế", "Đề án".
DOC_TYPES_FULL = (
    "Quyết định", "Kế hoạch", "Nghị quyết", "Nghị định", "Chỉ thị", "Kết luận", "Hướng dẫn",
    "Thông tư", "Công văn", "Thông báo", "Quy định", "Quy chế", "Đề án", "Luật", "Pháp lệnh",
)
# Abbreviations used before a number: "QĐ 1191/QĐ-TTg", "NQ 24-NQ/TW", "KH số 51/KH-UBND".
DOC_TYPE_ABBREVIATIONS = {"QĐ": "Quyết định", "NQ": "Nghị quyết", "KH": "Kế hoạch", "CT": "Chỉ thị", "KL": "Kết luận", "HD": "Hướng dẫn", "NĐ": "Nghị định", "TT": "Thông tư", "CV": "Công văn", "TB": "Thông báo"}
DOC_TYPE = "(?P<doc_type>" + "|".join(
    [re.escape(t) for t in DOC_TYPES_FULL] + [re.escape(t.lower()) for t in DOC_TYPES_FULL] + list(DOC_TYPE_ABBREVIATIONS)
) + ")"
# "số", "số:" between the type and the number: "Quyết định số 1191/...", "Kế hoạch số: 51/..."
NUMBER_WORD = r"(?:\s+số\s*:?)?"
# A document code: upper-case-led segments joined by "-" or "/", mixed case allowed inside:
# "QĐ-TTg", "NQ/TW", "KH-SNgV", "QĐ-UBND", "CT/TW", "NQ-CP", "KH-BTTTT"
CODE_SEGMENT = rf"[{UPPER}][{UPPER}a-zđ]*"
CODE = rf"(?P<code>{CODE_SEGMENT}(?:[-/]{CODE_SEGMENT}){{1,3}})"
# Number and code: "1191/QĐ-TTg", "24-NQ/TW", "34/2017/QĐ-UBND" (year inside), "789-QĐ/TU"
DOC_NUMBER = rf"(?P<number>\d{{1,5}})(?P<sep>[/-])(?:(?P<year>(?:19|20)\d{{2}})/)?{CODE}"
# The date a reference carries: ", ngày 21/01/2015", " ngày 05/8/2020", " ngày 5 tháng 8 năm 2020"
REF_DATE = (
    r"(?:\s*,)?\s+ngày\s+(?:(?P<rday>[0-3]?\d)[/.\-](?P<rmonth>[01]?\d)[/.\-](?P<ryear>(?:19|20)\d{2})"
    r"|(?P<rwday>[0-3]?\d)\s+tháng\s+(?P<rwmonth>[01]?\d)\s+năm\s+(?P<rwyear>(?:19|20)\d{2}))"
)
# Issuers as the corpus writes them after "của" / "do": "của Thủ tướng Chính phủ", "của Bộ Chính trị",
# "của Ban Chấp hành Trung ương", "của Ban Thường vụ Tỉnh ủy", "của UBND tỉnh", "của Chính phủ" ...
ISSUERS = (
    "Thủ tướng Chính phủ", "Chính phủ", "Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương Đảng",
    "Ban Chấp hành Trung ương", "Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh uỷ", "Tỉnh ủy", "Tỉnh uỷ",
    "Ủy ban nhân dân tỉnh", "Uỷ ban nhân dân tỉnh", "UBND tỉnh", "Hội đồng nhân dân tỉnh", "HĐND tỉnh",
    "Quốc hội", "Ủy ban Thường vụ Quốc hội", "Chủ tịch nước", "Bộ Thông tin và Truyền thông",
    "Bộ Ngoại giao", "Ủy ban Dân tộc", "Sở Ngoại vụ", "Sở Thông tin và Truyền thông", "Ban Dân tộc tỉnh",
    "Chủ tịch UBND tỉnh", "Chủ tịch Ủy ban nhân dân tỉnh",
)
ISSUER = r"\s+(?:của|do)\s+(?P<issuer>" + "|".join(re.escape(i) for i in sorted(ISSUERS, key=len, reverse=True)) + r")"

# "Quyết định số 1191/QĐ-TTg ngày 05/8/2020 của Thủ tướng Chính phủ" and every shorter form:
# "QĐ 1191/QĐ-TTg", "Nghị quyết 24-NQ/TW", "1191/QĐ-TTg" alone.
DOCUMENT_REFERENCE = re.compile(
    rf"(?:\b{DOC_TYPE}{NUMBER_WORD}\s*)?(?<![\w/.-]){DOC_NUMBER}(?![\w/-])(?:{REF_DATE})?(?:{ISSUER})?"
)
# A reference by type and number alone, code omitted: "Quyết định 1191", "Quyết định số 1191".
NUMBER_ONLY_REFERENCE = re.compile(rf"\b{DOC_TYPE}{NUMBER_WORD}\s*(?P<number>\d{{3,5}})(?![\w/,.-]|[.,]\d)")
# A programme named by its decision's number: "Chương trình MTQG 1719", "Chương trình mục tiêu quốc gia 1719".
PROGRAMME_REFERENCE = re.compile(r"\bChương\s+trình\s+(?:MTQG|mục\s+tiêu\s+quốc\s+gia)\s+(?P<number>\d{3,5})\b")
# Between references of one list: "Nghị quyết số 36-NQ/TW, Chỉ thị số 45-CT/TW và Kết luận số 12-KL/TW"
LIST_GLUE = re.compile(r"^\s*(?:,|;|và|,\s*và)\s*$")

# ---- counts ---------------------------------------------------------------------------------

# Words before a number that make it approximate or bounded: "hơn 2.500", "trên 200", "gần 300",
# "khoảng 50", "gần như", "tới 100", "lên tới", "ít nhất", "tối đa", "dưới", "xấp xỉ", "hàng"
QUALIFIER = r"(?P<qualifier>hơn|trên|gần|khoảng|xấp\s+xỉ|chừng|tới|lên\s+tới|lên\s+đến|ít\s+nhất|tối\s+thiểu|tối\s+đa|dưới|gần\s+như|hàng)"
# Multipliers written as words: "500 triệu đồng", "1,5 tỷ đồng", "20 nghìn", "3 ngàn", "1,5 vạn" (10 000)
# and compounds of two: "1,2 nghìn tỷ đồng", "5 trăm triệu" is rare but "nghìn tỷ" is common in budgets
MULTIPLIER = r"(?P<multiplier>(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ)(?:[ \t]+(?:tỷ|tỉ|triệu))?)"
MULTIPLIERS = {"nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
# A rate's base: "20.000 tờ rơi/năm", "01 lớp/năm", "02 kỳ/ năm", "3 buổi/tháng"
PER = r"(?:\s*/\s*(?P<per>năm|tháng|tuần|ngày|quý|kỳ|người|xã|huyện|lớp))"
# A count never runs across a line break: "Hôm nay: 51\nTrong tuần" is a counter, not "51 Trong".
_GAP = r"[ \t\u00a0]+"
# The unit is read in a lookahead: the words after one number may hold the next count's qualifier
# ("06 hội nghị cho khoảng 1 200 người"), so they must stay unconsumed.
COUNT = re.compile(
    rf"(?:\b{QUALIFIER}{_GAP})?(?<![\w/.,-])(?P<number>{NUMBER})(?:{_GAP}{MULTIPLIER})?(?={_GAP}(?P<unit>{SYLLABLE}(?:[ \t]{SYLLABLE}){{0,3}}))"
)
RATE = re.compile(PER)
# A range of two numbers before one unit: "từ 50 đến 100 người", "50 - 100 người", "30–40 hộ"
COUNT_RANGE = re.compile(
    rf"(?:\b{QUALIFIER}{_GAP})?(?:\b(?i:từ){_GAP})?(?<![\w/.,-])(?P<low>{NUMBER})(?:[ \t]*[-–][ \t]*|{_GAP}(?:đến|tới){_GAP})"
    rf"(?P<number>{NUMBER})(?:{_GAP}{MULTIPLIER})?(?={_GAP}(?P<unit>{SYLLABLE}(?:[ \t]{SYLLABLE}){{0,3}}))"
)
