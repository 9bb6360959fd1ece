"""Counts: a quantity of something counted ("07 cuộc Hội nghị", "hơn 2.500 cuốn", "500 triệu đồng").

Not counts: years, dates, document numbers, ordinals and project numbering ("Dự án 10",
"lần thứ 5", "Nội dung số 2"), phone numbers and visitor counters ("Hôm nay: 51").
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from vncorpus.nlp.models import CountMention
from vncorpus.nlp.regexes import (
    COUNT,
    COUNT_RANGE,
    COUNTER_LABEL,
    LABEL_BEFORE,
    MULTIPLIERS,
    ORDINAL_BEFORE,
    PHONE_BEFORE,
    RATE,
    STREET_AFTER_NUMBER,
    YEAR_DIGITS,
    Scan,
)
from vncorpus.nlp.spans import SpanSet
from vncorpus.nlp.text import is_word, words

# Words that open a counted noun phrase as its classifier, so the phrase may run one word longer:
# "07 cuộc Hội nghị", "03 buổi tập huấn", "02 lớp bồi dưỡng", "20.000 tờ rơi", "300 hộ đồng bào"
# Nouns of documents and materials open a phrase the same way, their purpose following them: "05
# văn bản hướng dẫn", "300 tài liệu tuyên truyền", "02 ấn phẩm giới thiệu".
CLASSIFIERS = frozenset("cuộc buổi lớp đợt lượt kỳ bản tờ cuốn chiếc con ngôi căn đoàn đội nhóm bộ tập gói suất số hộ".split()) | frozenset(
    {"văn bản", "tài liệu", "ấn phẩm"}
)
# Counted noun phrases of this corpus that underthesea's word list lacks, so that they are not cut
# after their first syllable: "03 chuyên trang", "1 200 người có uy tín", "02 đợt khám chữa bệnh",
# "18 thủ tục hành chính" (the legal term, which every list of procedures counts).
COUNTED_PHRASES = frozenset({"chuyên trang", "người có uy tín", "khám chữa bệnh", "tin bài", "băng rôn", "pa nô", "thủ tục hành chính"})
# A counted noun phrase ends before the closed classes of word that cannot go on a noun phrase:
# prepositions ("từ", "giữa"), conjunctions ("và", "nếu"), determiners ("các", "mỗi"), auxiliaries and
# modal verbs ("đã", "được", "bị", "cần", "phải"), adverbs of negation, degree and time ("không",
# "chưa", "rất", "vẫn", "còn", "đều", "cũng"), and the verbs of taking part ("tham gia", "tổ chức").
# Whole words, so that "tham gia" stops a phrase and "gia đình" ("04 hộ gia đình") does not.
STOP_WORDS = frozenset(
    "cho về tại với là được của và hoặc trong trên dưới để từ đến theo nhằm gồm có thuộc đã sẽ "
    "đang các những này đó kia mỗi cùng phát đạt ở vào ra lên xuống sang qua bằng như nên mà thì "
    "nhưng khi sau trước do bởi tới giữa nếu hay rằng bị cần phải muốn không chưa chẳng rất vẫn còn đều cũng "
    "kèm".split()
) | frozenset({"tham dự", "tham gia", "thực hiện", "tổ chức", "triển khai", "có thể", "kèm theo"})
# The tags underthesea gives a preposition or a conjunction: a dictionary word running across one
# ("đồng từ" of "60 triệu đồng từ nguồn …") is two words here.
_FUNCTION_TAGS = frozenset({"E", "C", "CC"})
# Time units make durations and ages, not counts of things.
TIME_UNITS = frozenset("giờ phút giây ngày tuần tháng quý năm".split())
_VOWELS = "aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"


def find_counts(text: str, exclude: Sequence[tuple[int, int]] = ()) -> list[CountMention]:
    """Counts in `text`, skipping any number inside an `exclude` span (dates, document references).
    Ranges ("từ 50 đến 100 người") are read first and keep both bounds."""
    ranges = _find(text, COUNT_RANGE, list(exclude))
    taken = [*exclude, *((c.start, c.end) for c in ranges)]
    return sorted(ranges + _find(text, COUNT, taken), key=lambda c: c.start)


def _find(text: str, pattern: Scan, exclude: list[tuple[int, int]]) -> list[CountMention]:
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
        if ORDINAL_BEFORE.search(text, max(0, number_start - 40), number_start) and not qualifier:
            continue
        if STREET_AFTER_NUMBER.match(text, match.end("number")):  # "244 Điện Biên Phủ, Phường …"
            continue
        if LABEL_BEFORE.search(text, max(0, number_start - 5), number_start) and (
            not match["unit"][0].islower() or COUNTER_LABEL.search(text, max(0, number_start - 40), number_start)
        ):
            continue
        unit_words = _with_modifiers(_unit_words(match["unit"]), text, match.start("unit"))
        # "6 tháng", "3 năm học" are durations; "25.499 ngày công", "120 giờ công" (labour) are counts.
        if not unit_words or (unit_words[0].lower() in TIME_UNITS and [w.lower() for w in unit_words[1:2]] != ["công"]):
            continue
        scale = 1.0
        for word in (match["multiplier"] or "").split():
            scale *= MULTIPLIERS[word]
        start = match.start("qualifier") if qualifier else match.start("from_word") if groups.get("from_word") else number_start
        end = match.start("unit") + _span_of_words(text[match.start("unit") : match.start("unit") + 160], len(unit_words))
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
        word = _word_at(syllables, position)
        if _is_stop(word):
            break
        if (
            len(word) == 1
            and position + 1 < len(syllables)
            and not _is_stop(_word_at(syllables, position + 1))
            and word[0].lower() not in CLASSIFIERS
            and word[0].lower() not in _single_syllable_words()
        ):
            word = syllables[position : position + 2]
        phrase += word
        position += len(word)
        if " ".join(phrase).lower() not in CLASSIFIERS:
            break
    return phrase


# Heads that say only how something is counted, not what: the noun after them belongs to the counted
# phrase ("92 đơn vị hành chính", "135 nghìn ngày công lao động", "120 giờ công lao động"), and so do
# the measures of goods ("12 tấn gạo", "300 kg muối", "2.000 lít dầu"). After any other head a noun
# starts a new thought ("02 hội chợ thương mại": the head is what is counted).
GENERIC_HEADS = frozenset({"đơn vị", "ngày công", "giờ công", "tấn", "tạ", "kg", "lít"})
# The administrative level a counted unit names: "đơn vị hành chính cấp xã", "cán bộ cấp huyện".
LEVEL = re.compile(r"cấp (?:xã|huyện|tỉnh|cơ sở|trung ương|thôn)$", re.IGNORECASE)
# How far a phrase may run past its head, in words: a noun phrase, not a clause.
_MODIFIER_WORDS = 3
_PHRASE_END = re.compile(r"[^\n.,;:!?()\[\]\"“”]{0,60}")


def _with_modifiers(head: list[str], text: str, start: int) -> list[str]:
    """The counted noun phrase: its head (`head`, found at `start`) and what qualifies it, read from
    underthesea's part-of-speech tags up to the next punctuation: adjectives ("350 đại biểu chính
    thức"), a level ("cấp xã") and, after a generic head, nouns ("92 đơn vị hành chính")."""
    if not head:
        return head
    reach = _PHRASE_END.match(text, start)  # always matches: it may take no character
    stretch = reach.group() if reach else ""
    head = _before_function_word(head, stretch)
    after = stretch.split()[len(head) : len(head) + 2]
    if not after or _is_stop(after[:1]) or _is_stop(after):  # nothing could qualify the head: no tagging
        return head
    tagged = _tagged(stretch)
    phrase, taken = list(head), 0
    generic = " ".join(head).lower() in GENERIC_HEADS
    i = 0
    while i < len(tagged) and taken < len(head):  # the head itself, however the tagger groups it
        taken += len(tagged[i][0].split())
        i += 1
    if taken != len(head):  # the tagger's words straddle the head's end: keep the head alone
        return head
    for _ in range(_MODIFIER_WORDS):
        if i >= len(tagged):
            break
        word, tag = tagged[i]
        pair = f"{word} {tagged[i + 1][0]}" if i + 1 < len(tagged) else ""
        if LEVEL.match(pair):
            phrase += pair.split()
            i += 2
        elif (tag == "A" or (generic and tag == "N")) and not _is_stop(word.split()):
            phrase += word.split()
            i += 1
        else:
            break
    return phrase


def _before_function_word(head: list[str], stretch: str) -> list[str]:
    """The head up to a syllable of it that the tagger reads as a preposition or a conjunction: the
    word list's "đồng từ" in "60 triệu đồng từ nguồn" is "đồng" and the preposition "từ"; "nhà ở"
    (housing) stays whole. Tagged only where such a syllable could be one."""
    if not any(syllable.lower() in STOP_WORDS for syllable in head[1:]):
        return head
    position = 0
    for word, tag in _tagged(stretch):
        if position >= len(head):
            break
        if position and tag in _FUNCTION_TAGS:
            return head[:position]
        position += len(word.split())
    return head


# Portals repeat their stock phrases ("350 đại biểu tham dự", "các đơn vị hành chính cấp xã") page
# after page, and tagging is the dearest step of a count: a stretch is tagged once. Bounded, so a
# long run keeps flat memory.
@lru_cache(maxsize=8192)
def _tagged(stretch: str) -> tuple[tuple[str, str], ...]:
    from underthesea import pos_tag

    return tuple(tuple(pair) for pair in pos_tag(stretch))


def _is_stop(word: list[str]) -> bool:
    return " ".join(word).lower() in STOP_WORDS


def _word_at(syllables: list[str], position: int) -> list[str]:
    """The longest counted phrase or word of Vietnamese (underthesea's Viet74K list) at `position`."""
    for length in range(min(4, len(syllables) - position), 1, -1):
        candidate = " ".join(syllables[position : position + length]).lower()
        if candidate in COUNTED_PHRASES or is_word(candidate):
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
    return list(re.finditer(r"[^\W\d_]+", candidate))[n - 1].end()


def _value(raw: str) -> float:
    digits = re.sub(r"[.\u00a0 ](?=\d{3}\b)", "", raw)
    return float(digits.replace(",", "."))


def _is_year(raw: str) -> bool:
    return bool(re.fullmatch(YEAR_DIGITS, raw))


def _looks_like_phone(text: str, raw: str, start: int) -> bool:
    """A leading 0 and six or more digits ("0215 3825 912"; counts are "07", "01"), or a phone label."""
    if raw.startswith("0") and len(re.sub(r"\D", "", raw)) >= 6:
        return True
    return bool(PHONE_BEFORE.search(text, max(0, start - 20), start))
