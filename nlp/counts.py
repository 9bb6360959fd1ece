"""Counts: a quantity of something counted ("07 cuộc Hội nghị", "hơn 2.500 cuốn", "500 triệu đồng").

Not counts: years, dates, document numbers, ordinals and project numbering ("Dự án 10",
"lần thứ 5", "Nội dung số 2"), phone numbers and visitor counters ("Hôm nay: 51").
"""
from __future__ import annotations

import re
from functools import lru_cache

from nlp.models import CountMention
from nlp.regexes import (
    COUNT,
    COUNT_RANGE,
    MULTIPLIERS,
    ORDINAL_BEFORE,
    PHONE_BEFORE,
    RATE,
)
from nlp.text import words
from nlp.spans import SpanSet

# Words that open a counted noun phrase as its classifier, so the phrase may run one word longer:
# "07 cuộc Hội nghị", "03 buổi tập huấn", "02 lớp bồi dưỡng", "20.000 tờ rơi", "300 hộ đồng bào"
CLASSIFIERS = frozenset("cuộc buổi lớp đợt lượt kỳ bản tờ cuốn chiếc con ngôi căn đoàn đội nhóm bộ tập gói suất số hộ".split())
# Counted noun phrases of this corpus that underthesea's word list lacks, so that they are not cut
# after their first syllable: "03 chuyên trang", "1 200 người có uy tín", "02 đợt khám chữa bệnh".
COUNTED_PHRASES = frozenset({"chuyên trang", "người có uy tín", "khám chữa bệnh", "tin bài", "băng rôn", "pa nô"})
# A counted noun phrase ends before these: prepositions, verbs, conjunctions, determiners.
STOP_WORDS = frozenset(
    "cho về tại với là được của và hoặc trong trên dưới để từ đến theo nhằm gồm có thuộc đã sẽ "
    "đang các những này đó kia mỗi cùng tham dự tham gia phát đạt thực hiện tổ chức triển khai "
    "ở vào ra lên xuống sang qua bằng như nên mà thì nhưng khi sau trước do bởi tới".split()
)
# Time units make durations and ages, not counts of things.
TIME_UNITS = frozenset("giờ phút giây ngày tuần tháng quý năm".split())
_VOWELS = "aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"


def find_counts(text: str, exclude: list[tuple[int, int]] = ()) -> list[CountMention]:
    """Counts in `text`, skipping any number inside an `exclude` span (dates, document references).
    Ranges ("từ 50 đến 100 người") are read first and keep both bounds."""
    ranges = _find(text, COUNT_RANGE, list(exclude))
    taken = [*exclude, *((c.start, c.end) for c in ranges)]
    return sorted(ranges + _find(text, COUNT, taken), key=lambda c: c.start)


def _find(text: str, pattern: re.Pattern, exclude: list[tuple[int, int]]) -> list[CountMention]:
    found = []
    taken = SpanSet(exclude)
    for match in pattern.finditer(text):
        groups = match.groupdict()
        low, qualifier = groups.get("low"), groups["qualifier"]
        # A range is judged from its first number: "Dự án 1 - 3" is numbering, not a count.
        number_start = match.start("low") if low else match.start("number")
        if taken.overlaps(number_start, match.end("number")):
            continue
        if (_is_year(match["number"]) and not qualifier) or _looks_like_phone(text, match["number"], number_start):
            continue
        if ORDINAL_BEFORE.search(text, max(0, number_start - 25), number_start) and not qualifier:
            continue
        unit_words = _unit_words(match["unit"])
        if not unit_words or unit_words[0].lower() in TIME_UNITS:
            continue
        scale = 1.0
        for word in (match["multiplier"] or "").split():
            scale *= MULTIPLIERS[word]
        start = match.start("qualifier") if qualifier else match.start("from_word") if groups.get("from_word") else number_start
        end = match.start("unit") + _span_of_words(match["unit"], len(unit_words))
        rate = RATE.match(text, end)
        value = _value(match["number"]) * scale
        found.append(
            CountMention(
                value=_value(low) * scale if low else value,
                unit=" ".join(_unglued(unit_words)),
                mention=text[start : rate.end() if rate else end],
                start=start,
                end=rate.end() if rate else end,
                qualifier=" ".join(qualifier.lower().split()) if qualifier else None,
                per=rate["per"] if rate else None,
                value_max=value if low else None,
            )
        )
    return found


def _unit_words(candidate: str) -> list[str]:
    """The counted noun phrase at the start of `candidate`, as syllables: one word ("cán bộ",
    "tờ rơi", "đại biểu"), led by a classifier when there is one ("cuộc Hội nghị", "cuốn tài
    liệu", "lượt người"); a syllable that is no word on its own takes its neighbour."""
    syllables = candidate.split()
    phrase: list[str] = []
    position = 0
    while position < len(syllables) and len(phrase) < 4:
        if syllables[position].lower() in STOP_WORDS:
            break
        word = _word_at(syllables, position)
        if (
            len(word) == 1
            and position + 1 < len(syllables)
            and syllables[position + 1].lower() not in STOP_WORDS
            and word[0].lower() not in CLASSIFIERS
            and word[0].lower() not in _single_syllable_words()
        ):
            word = syllables[position : position + 2]
        phrase += word
        position += len(word)
        if not (len(phrase) == 1 and phrase[0].lower() in CLASSIFIERS):
            break
    return phrase


def _word_at(syllables: list[str], position: int) -> list[str]:
    """The longest counted phrase or word of Vietnamese (underthesea's Viet74K list) at `position`."""
    for length in range(min(4, len(syllables) - position), 1, -1):
        candidate = " ".join(syllables[position : position + length]).lower()
        if candidate in COUNTED_PHRASES or candidate in words():
            return syllables[position : position + length]
    return syllables[position : position + 1]


@lru_cache(maxsize=1)
def _single_syllable_words() -> frozenset[str]:
    return frozenset(word for word in words() if " " not in word)


def _unglued(words: list[str]) -> list[str]:
    """"03 cuộchội nghị": a classifier run into the next word by the editor is two words (the rest
    starts with a consonant, so "cuộc" + "hội", never a word that merely begins like a classifier)."""
    first = words[0]
    for classifier in sorted(CLASSIFIERS, key=len, reverse=True):
        rest = first[len(classifier) :]
        if first.lower().startswith(classifier) and len(rest) >= 2 and rest[0].lower() not in _VOWELS:
            return [first[: len(classifier)], rest, *words[1:]]
    return words


def _span_of_words(candidate: str, n: int) -> int:
    """Length of the first n words of `candidate` with the single spaces between them."""
    return list(re.finditer(r"\S+", candidate))[n - 1].end()


def _value(raw: str) -> float:
    digits = re.sub(r"[.\u00a0 ](?=\d{3}\b)", "", raw)
    return float(digits.replace(",", "."))


def _is_year(raw: str) -> bool:
    return bool(re.fullmatch(r"(?:19|20)\d{2}", raw))


def _looks_like_phone(text: str, raw: str, start: int) -> bool:
    """A leading 0 and six or more digits ("0215 3825 912"; counts are "07", "01"), or a phone label."""
    if raw.startswith("0") and len(re.sub(r"\D", "", raw)) >= 6:
        return True
    return bool(PHONE_BEFORE.search(text, max(0, start - 20), start))
