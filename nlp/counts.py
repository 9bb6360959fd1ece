"""Counts: a quantity of something counted ("07 cuộc Hội nghị", "hơn 2.500 cuốn", "500 triệu đồng").

Not counts: years, dates, document numbers, ordinals and project numbering ("Dự án 10",
"lần thứ 5", "Nội dung số 2"), phone numbers and visitor counters ("Hôm nay: 51").
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from vncorpus.nlp.models import CountMention
from vncorpus.nlp.resolve import UNIT_LEVELS
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
# "07 cuộc Hội nghị", "03 buổi tập huấn", "02 lớp bồi dưỡng", "20.000 tờ rơi", "300 hộ đồng bào",
# "90 em học sinh" (the classifier of children), "5.000 quyển tập" (of books and notebooks), "300 phần
# quà Tết" (of gifts, as "suất")
# Nouns of documents and materials open a phrase the same way, their purpose following them: "05
# văn bản hướng dẫn", "300 tài liệu tuyên truyền", "02 ấn phẩm giới thiệu".
CLASSIFIERS = frozenset("cuộc buổi lớp đợt lượt kỳ bản tờ cuốn quyển phần chiếc con ngôi căn đoàn đội nhóm bộ tập gói suất số hộ em".split()) | frozenset(
    {"văn bản", "tài liệu", "ấn phẩm"}
)
# Counted noun phrases of this corpus that underthesea's word list lacks, so that they are not cut
# after their first syllable: "03 chuyên trang", "1 200 người có uy tín", "02 đợt khám chữa bệnh",
# "18 thủ tục hành chính" (the legal term, which every list of procedures counts).
COUNTED_PHRASES = frozenset({"chuyên trang", "người có uy tín", "khám chữa bệnh", "tin bài", "băng rôn", "pa nô", "thủ tục hành chính"})
# A counted noun phrase ends before the closed classes of word that cannot go on a noun phrase:
# prepositions ("từ", "giữa"), conjunctions ("và", "nếu"), determiners ("các", "mỗi"), auxiliaries and
# modal verbs ("đã", "được", "bị", "cần", "phải"), adverbs of negation, degree and time ("không",
# "chưa", "rất", "vẫn", "còn", "đều", "cũng"), and the verbs of taking part ("tham gia", "tổ chức",
# "300 người dân | hưởng ứng", which the tagger reads as a numeral, "M", and so as a noun).
# Whole words, so that "tham gia" stops a phrase and "gia đình" ("04 hộ gia đình") does not.
STOP_WORDS = frozenset(
    "cho về tại với là được của và hoặc trong trên dưới để từ đến theo nhằm gồm có thuộc đã sẽ "
    "đang các những này đó kia mỗi cùng phát đạt ở vào ra lên xuống sang qua bằng như nên mà thì "
    "nhưng khi sau trước do bởi tới giữa nếu hay rằng bị cần phải muốn không chưa chẳng rất vẫn còn đều cũng "
    "kèm".split()
) | frozenset({"tham dự", "tham gia", "hưởng ứng", "thực hiện", "tổ chức", "triển khai", "có thể", "kèm theo", "đầu tiên"})
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
        ordinal = ORDINAL_BEFORE.search(text, max(0, number_start - 40), number_start)
        if ordinal and not qualifier and not _ends_a_list(ordinal.group(), match["unit"]):
            continue
        if STREET_AFTER_NUMBER.match(text, match.end("number")):  # "244 Điện Biên Phủ, Phường …"
            continue
        if LABEL_BEFORE.search(text, max(0, number_start - 5), number_start) and (
            not match["unit"][0].islower() or COUNTER_LABEL.search(text, max(0, number_start - 40), number_start)
        ):
            continue
        unit_words = _counted_phrase(text, match.start("unit"), match["unit"])
        if unit_words and " ".join(unit_words[:2]).lower() in PURPOSES:  # "Phòng nghiệp vụ 1 | tuyên truyền": a verb counts nothing
            continue
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


def _counted_phrase(text: str, start: int, candidate: str) -> list[str]:
    """The counted noun phrase at `start`. A heading in capitals ("QUYẾT ĐỊNH CÔNG BỐ 12 THỦ TỤC HÀNH
    CHÍNH ĐƯỢC SỬA ĐỔI") is read as the sentence it capitalises, which the tagger and the word lists
    know, and its unit given in lower case, as the gold gives "02 CẤP" as "cấp"; an abbreviation
    alone ("02 TTHC)") keeps its capitals."""
    window = text[start : start + 61]
    reach = _PHRASE_END.match(window)
    stretch = reach.group() if reach else ""
    if len(stretch.split()) > 1 and stretch.isupper():
        return _with_modifiers(_unit_words(candidate.lower()), window.lower(), 0)
    return _with_modifiers(_unit_words(candidate), text, start)


def _ends_a_list(ordinal: str, unit: str) -> bool:
    """Whether a number that an ordinal list seems to reach ("số 1 và 328") starts a count of its own:
    it names a thing in lower case that is no label of the list ("Trường … số 1 và 328 áo ấm"), where a
    list of ordinals goes on in labels or capitals ("Điều 3, 4 và 5 Chương II", "lần 1 và 2 năm 2024")."""
    first = unit.split()[0] if unit.split() else ""
    return (
        re.search(r"\d\s*(?:,|và)\s*$", ordinal) is not None  # a list, not a range ("Dự án 1 - 3")
        and first[:1].islower()
        and not ORDINAL_BEFORE.search(first + " ")
        and first.lower() not in TIME_UNITS
    )


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


# What the counted noun phrase is (the unit of a count). It is the head noun (with its classifier:
# "07 cuộc Hội nghị", "90 em học sinh", "2 căn nhà") and the words that make it the thing counted:
# - nouns that say which kind: "35 hội viên nông dân", "2 trường tiểu học", "2 căn nhà tình thương",
#   "1.000 lượt người dân", "540 tổ công nghệ số cộng đồng", "3.000 đơn vị máu", "04 hộ gia đình",
#   "92 đơn vị hành chính", "135 nghìn ngày công lao động", "12 tấn gạo", "01 chương trình truyền
#   hình", and an abbreviation in capitals ("75 xã ATK");
# - adjectives that classify: "350 đại biểu chính thức", "258 nghìn hộ nghèo", "47 học sinh giỏi",
#   "02 hội chợ thương mại quốc tế"; the administrative level: "đơn vị hành chính cấp xã";
# - the purpose an event, a group or a document is for, one verb right after its head ("07 hội
#   nghị tuyên truyền", "3 cụm thi đua", "2 lớp dạy nghề", "05 văn bản hướng dẫn", "5.000 tờ rơi
#   tuyên truyền"), with the manner of that purpose ("02 buổi tuyên truyền lưu động", "48 lượt tuần
#   tra song phương") but not its object ("2 lớp tập huấn | kỹ thuật trồng hoa", "04 lớp bồi dưỡng |
#   nghiệp vụ"), unless the head is a body's title in capitals ("18 Tổ Chỉ đạo công nghệ số cấp xã");
# - what a device does, a verb and its object ("50 bình lọc nước", "244 bồn chứa nước"), or the job
#   of equipment ("01 họng nước chữa cháy"); an animal's sex ("60 con bò cái giống"); how a thing was
#   made or is laid out ("07 súng cồn tự chế", "200 ha rừng sản xuất tập trung").
# It ends before: punctuation; a verb of the sentence ("150 đại biểu | đại diện", "suất quà | tặng
#   hội viên", "92,5 nghìn lượt hộ | vay vốn"); a preposition, a conjunction or a determiner ("75
#   suất học bổng | và quà", "hội viên | tại xã"); a noun that a number follows, which names a rank
#   or a grade ("59 xã | khu vực III", "10 học sinh | lớp 7"); an adjective of evaluation ("suất
#   quà | ý nghĩa", "3 nội dung | chính"); a place or person name and the kind noun before it ("2
#   tỉnh | Hà Tĩnh", "03 chuyên trang | tiếng Trung"), but a brand or an occasion stays ("400 phần quà
#   Tết"); the field a list of procedures is in ("35 thủ tục hành chính | lĩnh vực …"); a description after the modifiers ("90 em
#   học sinh nữ | nghèo vượt khó"); a purpose that opens a list of purposes ("03 Hội nghị | phổ
#   biến, giáo dục pháp luật"). Money is its currency alone ("1 triệu đồng | tiền mặt"). Fixed terms
#   keep their own verbs ("người có uy tín", "thủ tục hành chính").
# The purposes that name a kind of event, group or document, as the tagger reads them (verbs).
PURPOSES = frozenset({
    "tuyên truyền", "tập huấn", "bồi dưỡng", "dạy nghề", "khám chữa bệnh", "hướng dẫn", "giới thiệu", "hỏi đáp",
    "khảo sát", "giao ban", "tư vấn", "đối thoại", "sơ kết", "tổng kết", "thi đua", "tuần tra", "kiểm tra",
    "giám sát", "phổ biến", "chỉ đạo", "huấn luyện", "diễn tập", "sinh hoạt", "vận động", "quảng bá",
    # and the jobs that name a kind of equipment: "01 họng nước chữa cháy", "02 xe cứu thương"
    "chữa cháy", "cứu hộ", "cứu thương",
})
# How such an event is held: "lưu động" (mobile), "trực tiếp", "miễn phí", "song phương".
MANNERS = frozenset({"lưu động", "trực tiếp", "trực tuyến", "miễn phí", "song phương", "đa phương", "chuyên đề", "định kỳ", "đột xuất", "liên ngành"})
# Adjectives that judge the thing (its worth, size or weight) rather than say which kind it is.
EVALUATIONS = frozenset({
    "ý nghĩa", "thiết thực", "hiệu quả", "bổ ích", "lớn", "nhỏ", "quan trọng", "nổi bật", "đặc sắc",
    "phong phú", "đa dạng", "tiêu biểu", "xuất sắc", "chính", "trọng tâm", "trọng điểm", "mới", "cũ",
})
# The tags of a noun modifier: a noun, or the tagger's "M" (numeral), which it gives words of the
# kind it knows little of, most of them nominal ("công trình thủy lợi", "trường mầm non", "cán bộ
# chuyên trách"); numerals in digits are ranks and end the phrase before this is asked.
_NOUN_TAGS = frozenset({"N", "M"})
# Modifiers the tagger reads as verbs though they qualify a noun: "bản tin đối ngoại" (of foreign
# affairs), "07 súng cồn tự chế" (home-made; the tagger's two words "tự" "chế").
_NOUN_MODIFIERS = frozenset({"đối ngoại", "đối nội", "tự chế", "tự tạo"})
# How the things counted are laid out, which the tagger reads as a verb: after a modifier it says which
# kind ("910 công trình nước sinh hoạt | tập trung", "200 ha rừng sản xuất tập trung"), where right
# after a head of beings it is what they do ("50 hộ | tập trung sản xuất").
_LAYOUTS = frozenset({"tập trung", "phân tán"})
# The activities that name the kind of an establishment, a case or a household, with what they are
# about ("20 cơ sở sản xuất kinh doanh", "35 cơ sở kinh doanh thực phẩm", "12 vụ vi phạm hành chính",
# "45 doanh nghiệp chế biến gỗ"): unlike a purpose, the activity keeps its object, which says which trade.
SECTORS = frozenset({
    "sản xuất", "kinh doanh", "vi phạm", "chế biến", "chăn nuôi", "nuôi trồng", "khai thác", "buôn bán",
    "vận tải", "dịch vụ", "xuất khẩu", "nhập khẩu",
})
# Things made to do a job, named by what they do: a verb of one syllable and its object after them
# are the thing's name, not a verb of the sentence ("bình lọc nước", "thiết bị lọc nước", "bồn chứa
# nước", "xe chở rác", "máy cày làm đất"), where a gift or a person takes the sentence's verb ("suất
# quà | tặng hội viên").
INSTRUMENTS = frozenset({
    "máy", "bình", "bồn", "bể", "thùng", "téc", "thiết bị", "dụng cụ", "hệ thống", "xe", "tàu", "thuyền",
    "ghe", "lò", "ống", "đường ống", "trạm", "giếng", "bếp",
})
# The sex of an animal after its noun ("60 con bò cái giống", "lợn nái"), which the tagger reads as a
# particle ("cái") and so would end the phrase.
SEXES = frozenset({"cái", "đực", "nái", "mái", "trống"})
# The currencies: what follows the money is its source or its form, not what is counted.
CURRENCIES = frozenset({"đồng", "đ", "usd", "euro"})
# The administrative level a counted unit names: "đơn vị hành chính cấp xã", "cán bộ cấp huyện".
LEVEL = re.compile(r"cấp (?:xã|huyện|tỉnh|cơ sở|trung ương|thôn)$", re.IGNORECASE)
# The nouns of places and their kinds: after a head they say where the things counted are ("6 hộ dân |
# xã biên giới", "35 hội viên | thôn Nà Khà"), and before a name what the name is ("2 tỉnh | Hà Tĩnh").
PLACE_NOUNS = frozenset(UNIT_LEVELS) | {"thôn", "bản", "xóm", "ấp", "làng", "tổ dân phố", "khu dân cư"}
# The nouns that say what a name after them is, besides places: a language, a people, a body, a
# person's title ("03 chuyên trang | tiếng Trung", "người | dân tộc Mông", "2 học sinh | trường Kim Đồng").
KINDS_OF_NAME = frozenset({
    "tiếng", "dân tộc", "trường", "chùa", "đền", "sông", "suối", "núi", "đảo", "hồ", "báo", "đài", "hội",
    "quỹ", "công ty", "ông", "bà", "anh", "chị", "đồng chí", "cụm", "khu", "cửa khẩu", "đồn", "bệnh viện",
})
_NAME_KINDS = PLACE_NOUNS | KINDS_OF_NAME
# A rank or grade after a noun: "khu vực III", "lớp 7"; or a month or a date after a time noun ("02
# cấp | tháng 11/2025").
_RANK = re.compile(r"(?:\d+(?:/\d+)*|[IVXLC]+)$")
# How far a phrase may run past its head, in the tagger's words: a noun phrase, not a clause.
_MODIFIER_WORDS = 5
# The stretch a phrase may run over: up to punctuation, a table cell's border or a dash.
_PHRASE_END = re.compile(r"[^\n.,;:!?()\[\]\"“”|–—]{0,60}")


def _with_modifiers(head: list[str], text: str, start: int) -> list[str]:
    """The counted noun phrase (see above): its head (`head`, found at `start`) and what qualifies
    it, read from underthesea's part-of-speech tags up to the next punctuation."""
    if not head or " ".join(head).lower() in CURRENCIES:
        return head
    if [w.lower() for w in head[:2]] == ["đồng", "tiền"]:  # the word list's "đồng tiền": the currency, then cash
        return head[:1]
    reach = _PHRASE_END.match(text, start)  # always matches: it may take no character
    stretch = reach.group() if reach else ""
    # What ends the stretch, so that a purpose before a comma is seen to open a list.
    closing = (text[start + len(stretch) : start + len(stretch) + 1], "CH")
    head = _before_function_word(head, stretch)
    after = stretch.split()[len(head) : len(head) + 2]
    if not after or _is_stop(after[:1]) or _is_stop(after):  # nothing could qualify the head: no tagging
        return head
    tagged = _tagged(stretch)
    if _acts(head, tagged):
        return head[:1]
    taken = 0
    i = 0
    while i < len(tagged) and taken < len(head):  # the head itself, however the tagger groups it
        taken += len(tagged[i][0].split())
        i += 1
    if taken != len(head):
        # The tagger reads the head's last word as the start of a longer word that the word list
        # lacks ("86 người dân", "214 chi hội trưởng", "1.000 lượt người dân"): the head is that word.
        word, tag = tagged[i - 1]
        if tag in _FUNCTION_TAGS or _is_stop(word.split()):
            return head
        head = stretch.split()[:taken]
    phrase = list(head)
    title = any(syllable[0].isupper() for syllable in head)
    purpose = " ".join(head[-2:]).lower() in PURPOSES or " ".join(head[-3:]).lower() in PURPOSES
    # After a classifier the noun is a thing, and an activity after it what was done with it: "04
    # lượt chương trình | sản xuất mới" (programmes produced).
    classified = head[0].lower() in CLASSIFIERS
    noun = " ".join(head[1:] if classified and len(head) > 1 else head).lower().split()
    instrument = noun[0] in INSTRUMENTS or " ".join(noun[:2]) in INSTRUMENTS
    animal = head[0].lower() == "con"
    sector = False
    for _ in range(_MODIFIER_WORDS):
        if i >= len(tagged):
            break
        word, tag = tagged[i]
        low = word.lower()
        following = tagged[i + 1] if i + 1 < len(tagged) else closing
        pair = f"{word} {following[0]}"
        if LEVEL.match(pair):
            phrase += pair.split()
            i += 2
            continue
        if _is_stop(word.split()) or low in EVALUATIONS or _RANK.match(word):
            break
        if low == "cấp" and (following[1] in _FUNCTION_TAGS or _is_stop(following[0].split())):
            break  # "cấp" that names no level is the verb: "60 con bò giống | cấp cho nhân dân"
        if not title and word[0].isupper() and not word.isupper():
            break  # a name after a common noun: "2 tỉnh | Hà Tĩnh", "03 chuyên mục | Thông tin đối ngoại"
        if _RANK.match(following[0]) or (following[1] == "Np" and not following[0].isupper() and _is_kind_of_name(word)):
            break  # "xã | khu vực III", "chuyên trang | tiếng Trung"
        if low in PLACE_NOUNS or low == "lĩnh vực":
            break  # where, or in which field: "35 thủ tục hành chính | lĩnh vực Địa chất và Khoáng sản"
        directly = len(phrase) == len(head)
        if animal and low in SEXES:
            phrase += word.split()
        elif instrument and directly and tag == "V" and " " not in word and following[1] == "N":
            phrase += word.split()  # what the thing does, and the object that follows: "bình lọc | nước"
        elif purpose and low in MANNERS:
            phrase += word.split()
        elif directly and not purpose and low in PURPOSES:
            if following[0] == ",":  # the first of a list of purposes: "03 Hội nghị | phổ biến, giáo dục"
                break
            phrase += word.split()
            purpose = True
        elif f"{low} {following[0].lower()}" in _NOUN_MODIFIERS and not (purpose and not title):
            phrase += pair.split()
            i += 1
        elif directly and not purpose and f"{low} {following[0].lower()}" in PURPOSES:
            phrase += pair.split()  # the tagger's two words of one purpose: "dạy" "nghề"
            purpose = True
            i += 1
        elif (sector or (directly and not purpose and not classified)) and low in SECTORS:
            phrase += word.split()
            sector = True
        elif directly and tag == "V" and len(word.split()) >= 3:
            # A term of three syllables or more that the tagger reads as one verb is the name of a
            # kind, not a verb of the sentence: "thẻ bảo hiểm y tế", "căn nhà đại đoàn kết".
            phrase += word.split()
        elif tag in _NOUN_TAGS or low in _NOUN_MODIFIERS or (low in _LAYOUTS and not directly) or (tag == "Np" and word.isupper()) or (tag == "V" and low.endswith(" viên")):
            if purpose and not title:  # the purpose's object: "lớp tập huấn | kỹ thuật"
                break
            phrase += word.split()
        elif tag == "A" and low not in MANNERS and (directly or following[1] != "V"):
            phrase += word.split()
        else:
            break
        i += 1
    return phrase


# The classifiers of beings: what follows them may be what they do, a verb of the sentence.
_BEINGS = frozenset({"hộ", "em"})


def _acts(head: list[str], tagged: tuple[tuple[str, str], ...]) -> bool:
    """Whether the word a classifier of beings took is the beings' own verb: "40 hộ | nhận hỗ trợ",
    "300 hộ | sử dụng nước sạch", where "hộ kinh doanh" (a trade) and "hộ tái định cư" (a term of
    three syllables) say which households."""
    if len(head) < 2 or head[0].lower() not in _BEINGS or len(tagged) < 2 or tagged[0][0].lower() != head[0].lower():
        return False
    word, tag = tagged[1]
    return tag == "V" and word.lower() not in PURPOSES | SECTORS and len(word.split()) < 3


def _is_kind_of_name(word: str) -> bool:
    """A noun that, before a name, says what the name is: "tỉnh" (Hà Tĩnh), "tiếng" (Trung), "thành phố";
    not a thing named by its brand ("40 sổ gạo | Khuyến Học", "1.000 cây hoa | Hoàng Yến")."""
    return word.lower() in _NAME_KINDS


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
    """The longest counted phrase, purpose ("dạy nghề") or word of Vietnamese (underthesea's Viet74K
    list) at `position`."""
    for length in range(min(4, len(syllables) - position), 1, -1):
        candidate = " ".join(syllables[position : position + length]).lower()
        if candidate in COUNTED_PHRASES or candidate in PURPOSES or is_word(candidate):
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
