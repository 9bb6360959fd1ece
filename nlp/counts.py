"""Counts: a quantity of something counted ("07 cuộc Hội nghị", "hơn 2.500 cuốn", "500 triệu đồng").

Not counts: years, dates, document numbers, ordinals and project numbering ("Dự án 10",
"lần thứ 5", "Nội dung số 2"), phone numbers and visitor counters ("Hôm nay: 51").
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from nlp.models import CountMention
from nlp.regexes import COUNT, COUNT_RANGE, MULTIPLIERS, RATE

# Words that open a counted noun phrase as its classifier, so the phrase may run one word longer:
# "07 cuộc Hội nghị", "03 buổi tập huấn", "02 lớp bồi dưỡng", "20.000 tờ rơi"
CLASSIFIERS = frozenset("cuộc buổi lớp đợt lượt kỳ bản tờ cuốn chiếc con ngôi căn đoàn đội nhóm bộ tập gói suất số hộ".split())
# A counted noun phrase ends before these: prepositions, verbs, conjunctions, determiners.
STOP_WORDS = frozenset(
    "cho về tại với là được của và hoặc trong trên dưới để từ đến theo nhằm gồm có thuộc đã sẽ "
    "đang các những này đó kia mỗi cùng tham dự tham gia phát đạt thực hiện tổ chức triển khai "
    "ở vào ra lên xuống sang qua bằng như nên mà thì nhưng khi sau trước do bởi tới".split()
)
# Time units make durations and ages, not counts of things.
TIME_UNITS = frozenset("giờ phút giây ngày tuần tháng quý năm".split())
# A number right after these is an ordinal, a label or an identifier, not a quantity:
# "Dự án 10", "Tiểu dự án 1", "Nội dung số 2", "lần thứ 5", "khóa 15", "Điều 3", "Khoản 2".
_ORDINAL_BEFORE = re.compile(
    r"(?:\b(?:số|thứ|lần|khóa|khoá|kỳ\s+họp|điều|khoản|mục|chương|phần|điểm|dự\s+án|tiểu\s+dự\s+án|"
    r"nội\s+dung|tiểu\s+mục|giai\s+đoạn|nhiệm\s+kỳ|phòng|tầng|quốc\s+lộ|tỉnh\s+lộ|km|lô|đường|tổ|xóm|bản|thôn|khu|"
    r"quyết\s+định|nghị\s+quyết|kế\s+hoạch|chỉ\s+thị|công\s+văn|thông\s+tư|nghị\s+định|top)|[:#№])"
    r"(?:\s*\d+\s*[-–])?\s*$",  # also the end of a numbered span: "Dự án 1 - 3"
    re.IGNORECASE,
)
# Phone and fax numbers: "0214 3840 888", "(0206) 3852 123", "ĐT: 0912345678".
_PHONE_BEFORE = re.compile(r"(?:điện\s+thoại|đt|fax|hotline|sđt|tel)\.?\s*:?\s*\(?$", re.IGNORECASE)


def find_counts(text: str, exclude: list[tuple[int, int]] = ()) -> list[CountMention]:
    """Counts in `text`, skipping any number inside an `exclude` span (dates, document references).
    Ranges ("từ 50 đến 100 người") are read first and keep both bounds."""
    ranges = _find(text, COUNT_RANGE, list(exclude))
    taken = [*exclude, *((c.start, c.end) for c in ranges)]
    return sorted(ranges + _find(text, COUNT, taken), key=lambda c: c.start)


def _find(text: str, pattern, exclude: list[tuple[int, int]]) -> list[CountMention]:
    found = []
    for match in pattern.finditer(text):
        number_end = match.end("number")
        # A range is checked from its first number: "Dự án 1 - 3" is numbering, not a count.
        number_start = match.start("low") if match.groupdict().get("low") else match.start("number")
        if any(start < number_end and number_start < end for start, end in exclude):
            continue
        raw = match["number"]
        if _is_year(raw) or _looks_like_phone(text, match):
            continue
        before = text[max(0, number_start - 25) : number_start]
        if _ORDINAL_BEFORE.search(before) and not match.groupdict().get("qualifier"):
            continue
        unit_words = _unit_words(match["unit"])
        if not unit_words or unit_words[0].lower() in TIME_UNITS:
            continue
        unit = " ".join(_unglued(unit_words))
        scale = 1.0
        for word in (match["multiplier"] or "").split():
            scale *= MULTIPLIERS[word]
        value = _value(raw) * scale
        low = match.groupdict().get("low")
        qualifier = match.groupdict().get("qualifier")
        start = match.start("qualifier") if qualifier else match.start("low") if low else number_start
        if low and not qualifier and text[max(0, start - 3) : start].lower() == "từ ":
            start -= 3
        end = match.start("unit") + _span_of_words(match["unit"], len(unit_words))
        per = None
        rate = RATE.match(text, end)
        if rate:
            per, end = rate["per"], rate.end()
        found.append(
            CountMention(
                value=_value(low) * scale if low else value,
                unit=unit,
                mention=text[start:end],
                start=start,
                end=end,
                qualifier=qualifier,
                per=per,
                value_max=value if low else None,
            )
        )
    return found


def _unit_words(candidate: str) -> list[str]:
    """The counted noun phrase at the start of `candidate`, as syllables: one dictionary word
    ("cán bộ", "tờ rơi", "đại biểu"), led by a classifier when there is one ("cuộc Hội nghị",
    "cuốn tài liệu", "lượt người"); a syllable the dictionary does not know takes its neighbour
    ("chuyên trang")."""
    syllables = candidate.split()
    phrase: list[str] = []
    position = 0
    while position < len(syllables) and len(phrase) < 4:
        if syllables[position].lower() in STOP_WORDS:
            break
        word = _dictionary_word(syllables, position)
        if len(word) == 1 and position + 1 < len(syllables) and syllables[position + 1].lower() not in STOP_WORDS \
                and syllables[position].lower() not in CLASSIFIERS and word[0].lower() not in _single_syllable_words():
            word = syllables[position : position + 2]
        phrase += word
        position += len(word)
        if not (len(phrase) == 1 and phrase[0].lower() in CLASSIFIERS):
            break
    return phrase


def _dictionary_word(syllables: list[str], position: int) -> list[str]:
    """The longest word of Vietnamese (underthesea's Viet74K list) starting at `position`."""
    words = _dictionary()
    for length in range(min(4, len(syllables) - position), 1, -1):
        if " ".join(syllables[position : position + length]).lower() in words:
            return syllables[position : position + length]
    return syllables[position : position + 1]


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    try:
        text = resources.files("underthesea").joinpath("corpus", "data", "Viet74K.txt").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return frozenset()
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip())


@lru_cache(maxsize=1)
def _single_syllable_words() -> frozenset[str]:
    return frozenset(word for word in _dictionary() if " " not in word)


def _unglued(words: list[str]) -> list[str]:
    """"03 cuộchội nghị": a classifier run into the next word by the editor is two words."""
    first = words[0]
    for classifier in sorted(CLASSIFIERS, key=len, reverse=True):
        rest = first[len(classifier) :]
        if first.lower().startswith(classifier) and len(rest) >= 2 and rest[0].lower() not in "aăâeêioôơuưy":
            return [first[: len(classifier)], rest, *words[1:]]
    return words


def _span_of_words(candidate: str, n: int) -> int:
    """Length of the first n words of `candidate` with the single spaces between them."""
    matches = list(re.finditer(r"\S+", candidate))
    return matches[n - 1].end()


def _value(raw: str) -> float:
    digits = re.sub(r"[.\u00a0 ](?=\d{3}\b)", "", raw)
    return float(digits.replace(",", "."))


def _is_year(raw: str) -> bool:
    return bool(re.fullmatch(r"(?:19|20)\d{2}", raw))


def _looks_like_phone(text: str, match: re.Match) -> bool:
    raw = match["number"]
    if raw.startswith("0") and len(re.sub(r"\D", "", raw)) >= 6:
        return True
    return bool(_PHONE_BEFORE.search(text[max(0, match.start("number") - 20) : match.start("number")]))
