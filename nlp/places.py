"""Places: provinces, districts and communes from the gazetteer, foreign places, and underthesea's
NER for names the gazetteer does not know; plus the province an article is about."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from nlp.gazetteer import canonical_province, loose_province, names_index
from nlp.models import PlaceMention
from nlp.regexes import (
    LIST_HEAD,
    LIST_SEP,
    NAME_AFTER_UNIT,
    NAME_RUN,
    NAME_SYLLABLE,
    NER_CUE,
    PERSON_BEFORE,
    SENTENCE_END,
    UNIT_BEFORE,
)
from nlp.resolve import UNIT_LEVELS, place_unit, unit_word_key
from nlp.text import fold, loose, syllables

# Foreign places Vietnamese border news names, in the spellings the press uses (hyphenated Lao names,
# Sino-Vietnamese readings of Chinese ones).
FOREIGN = (
    "Trung Quốc", "Quảng Tây", "Vân Nam", "Quảng Đông", "Hải Nam", "Lào", "Bắc Lào", "Phông-sa-ly", "Phongsaly",
    "Luang Prabang", "Luông-pha-băng", "Hủa Phăn", "Hủa-phăn", "Xiêng Khoảng", "Bò Kẹo", "Bo-ly-khăm-xay",
    "Khăm Muộn", "Sa-va-na-khẹt", "Chăm-pa-xắc", "Viêng Chăn", "Campuchia", "Thái Lan", "Myanmar", "Nhật Bản",
    "Hàn Quốc", "Hoa Kỳ", "Israel", "Ấn Độ", "Nga", "Pháp", "Đức", "Australia", "Singapore", "Malaysia",
    "Indonesia", "Philippines", "Cu-ba", "Cuba", "Quế Lâm", "Nam Ninh", "Bằng Tường", "Long Châu", "Tĩnh Tây",
    "Na Pha", "Hà Khẩu", "Mông Tự", "Côn Minh",
)
# Spellings that fold alike ("Hủa Phăn", "Hủa-phăn") share the first one as their canonical name.
_FOREIGN: dict[str, str] = {}
for _name in FOREIGN:
    _FOREIGN.setdefault(fold(_name), _name)
# Common Vietnamese surnames: a short capitalised run led by one is a person ("Lò Văn Mừng", "Nguyễn
# Hải Hà"), and no place name inside it counts unless the whole run is one ("Hà Giang", "Cao Bằng").
# Not "Hồ": far more runs it leads are lakes ("Hồ Ba Bể") than people named after a district.
SURNAMES = frozenset(fold(s) for s in (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Ngô Dương Lý Lò Hà Vi Nông Đinh Lương Triệu Tô "
    "Doãn Mai Đào Trịnh Lâm Quách Lục Hứa Chu Tạ Cao Kiều Lã Thái Văn Vương Tăng Mạc Giáp Lưu Châu Khổng La "
    "Sầm Đoàn Tống Bế Hầu Ma Lầu Thào Giàng Sùng Mùa Vàng Cầm Quàng Khúc Phùng Nghiêm Âu Trương Đàm Ninh Kim "
    "Từ Diệp Chử Cù Thân Đồng Tòng Lường Bạch Đồ Mông Lù Tẩn Chảo Hờ"
).split())
# Capitalised words after "tại", "tỉnh" … that open an organisation, an event, a building or a title
# ("tại Hội nghị", "tỉnh Ủy", "tại Trung tâm", "tỉnh Chủ tịch"), not a place: NER is not asked about them.
NOT_PLACE_HEADS = frozenset(fold(w) for w in (
    "Hội Lễ Đại Kỳ Sở Ban Bộ Ủy UBND HĐND MTTQ Trung Trường Nhà Công Cục Phòng Văn Trụ Cửa Đồn Chương Dự Quyết "
    "Nghị Kế Thông Khu Cụm Điểm Tòa Bệnh Trạm Đài Báo Đảng Tỉnh Huyện Xã Thành Quận Phường Thị Việt Buổi Tổ "
    "Đoàn Lớp Đền Chùa Di Lăng Sân Nghĩa Bảo Khách Tập Ngân Cổng Trang Chủ Phó Bí Thủ Tổng Giám Trưởng Đồng "
    "Hợp Liên Viện Học Kho Chợ Bến Cảng Ga Sư Tiểu Lữ Quân Hạt Ký Hiệp Nông Lâm Mặt Tuần"
).split())
# Cue words that put a name NER found abroad: every Vietnamese province and city is in the gazetteer,
# so "tỉnh"/"thành phố" before one it does not know means a foreign one ("tỉnh Luang Namtha").
_FOREIGN_CUES = frozenset({"tỉnh", "thành phố", "nước", "thủ đô"})
# How far after a name NER found a foreign place marks it as abroad ("huyện Mường Khoa, tỉnh Phông-sa-ly").
_FOREIGN_AFTER = 60


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    key: str  # fold() of the name, or of the province a loose spelling reads as
    loose: bool = False  # matched without diacritics ("Bạc Liệu")


def find_places(text: str, province: str | None = None) -> list[PlaceMention]:
    hits, unknown = _scan(text)
    list_units = _list_unit_words(text)
    unit_words = [_unit_word_before(text, hit.start) or list_units.get(hit.start) for hit in hits]
    # Provinces that settle names several provinces share: the article's own, the ones it names,
    # then those of the places only one province has ("huyện Trùng Khánh" puts Cao Bằng in context).
    context = {canonical_province(province) or province} if province else set()
    context |= {u.name for hit in hits if not hit.loose for u in names_index().get(hit.key, ()) if u.level == "province"}
    first = [_place(text, hit, word, context) for hit, word in zip(hits, unit_words, strict=True)]
    context |= {place.province for place in first if place and place.province}
    found = []
    for hit, word, place in zip(hits, unit_words, first, strict=True):
        place = place or _place(text, hit, word, context)
        if place:
            found.append(place)
        elif word and not hit.loose and _contradicts(hit.key, word):
            # "huyện Mường Khoa": Vietnam has only a commune of that name, so this district is
            # one the gazetteer does not know (here, in Laos).
            unknown.append((hit.start, hit.end, word))
    found += _ner_places(text, unknown, found)
    return sorted(found, key=lambda p: p.start)


def _contradicts(key: str, unit_word: str) -> bool:
    """Whether no unit of that name has the level the unit word gives."""
    level = UNIT_LEVELS.get(unit_word_key(unit_word))
    return level is not None and key not in _FOREIGN and not any(u.level == level for u in names_index().get(key, ()))


def _scan(text: str) -> tuple[list[_Hit], list[tuple[int, int, str]]]:
    """Known names in the capitalised runs, longest first; and the unknown runs right after a place
    cue word ("tỉnh Luang Namtha"), as (start, end, cue) for NER."""
    hits: list[_Hit] = []
    unknown: list[tuple[int, int, str]] = []
    for run in NAME_RUN.finditer(text):
        if (hits and run.start() < hits[-1].end) or PERSON_BEFORE.search(text, max(0, run.start() - 12), run.start()):
            continue
        spans = _syllables(text, run.start(), run.end())
        found = _run_hits(text, spans)
        if _is_person(text, spans):
            found = [hit for hit in found if (hit.start, hit.end) == (run.start(), run.end())]
        if _unit_word_before(text, run.start()) and (tail := NAME_AFTER_UNIT.match(text, run.start())):
            longer = _longest_name(text, _syllables(text, tail.start(), tail.end()), 0)
            if longer and longer[0].end > run.end():
                found = [longer[0]]
        hits += found
        if not found or found[0].start > run.start():
            cue = NER_CUE.search(text, max(0, run.start() - 12), run.start())
            if cue:
                # The syllables before the first known name, at most four (no place name is longer).
                before = [e for _, e in spans if e <= (found[0].start if found else run.end())][:4]
                unknown.append((run.start(), before[-1], cue.group(1)))
    return hits, unknown


def _syllables(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in NAME_SYLLABLE.finditer(text, start, end)]


def _run_hits(text: str, spans: list[tuple[int, int]]) -> list[_Hit]:
    hits = []
    i = 0
    while i < len(spans):
        hit = _longest_name(text, spans, i)
        if hit is None:
            i += 1
            continue
        hits.append(hit[0])
        i = hit[1] + 1
    return hits


def _longest_name(text: str, spans: list[tuple[int, int]], i: int) -> tuple[_Hit, int] | None:
    """The longest known name starting at syllable i (no name in the gazetteer or the foreign list
    runs past five syllables), else the longest province name read without diacritics, with the
    index of its last syllable."""
    start = spans[i][0]
    last = min(len(spans), i + 5) - 1
    if fold(text[start : spans[i][1]]) in _first_syllables():
        for j in range(last, i - 1, -1):
            key = fold(text[start : spans[j][1]])
            if key in _FOREIGN or key in names_index():
                return _Hit(start, spans[j][1], key), j
    if loose(text[start : spans[i][1]]) in _loose_first_syllables():
        for j in range(last, i, -1):
            province = loose_province(text[start : spans[j][1]])
            if province:
                return _Hit(start, spans[j][1], fold(province), loose=True), j
    return None


@lru_cache(maxsize=1)
def _first_syllables() -> frozenset[str]:
    return frozenset(key.split(" ")[0] for key in (*names_index(), *_FOREIGN))


@lru_cache(maxsize=1)
def _loose_first_syllables() -> frozenset[str]:
    return frozenset(loose(unit.name).split(" ")[0] for units in names_index().values() for unit in units if unit.level == "province")


def _is_person(text: str, spans: list[tuple[int, int]]) -> bool:
    """A run of two to four syllables in title case led by a surname ("Lò Văn Mừng"), or by "Ông"/"Bà"
    and a surname ("Bà Hà Thị Nga"; "Bà Rịa" is not one)."""
    run = text[spans[0][0] : spans[-1][1]]
    if not 2 <= len(spans) <= 4 or run.isupper() or "-" in run or "–" in run:
        return False
    first = fold(text[spans[0][0] : spans[0][1]])
    second = fold(text[spans[1][0] : spans[1][1]])
    return first in SURNAMES or (first in {"ông", "bà", "anh", "chị"} and second in SURNAMES)


def _place(text: str, hit: _Hit, unit_word: str | None, context: set[str]) -> PlaceMention | None:
    mention = text[hit.start : hit.end]
    if hit.loose:
        # A spelling slip ("Bạc Liệu") counts where its unit word says province, or where the
        # article names that province correctly elsewhere.
        name = names_index()[hit.key][0].province
        if (unit_word and unit_word_key(unit_word) in ("tỉnh", "thành phố")) or name in context:
            return PlaceMention(name, "province", name, mention, hit.start, hit.end)
        return None
    # "Quảng Tây", "tỉnh Phông-sa-ly", "thành phố Côn Minh" are foreign unless the name is also a
    # Vietnamese unit's and a unit word says which.
    unit = place_unit(hit.key, unit_word, context) if unit_word or hit.key not in _FOREIGN else None
    if unit:
        return PlaceMention(unit.name, unit.level, unit.province, mention, hit.start, hit.end)
    return PlaceMention(_FOREIGN[hit.key], "foreign", None, mention, hit.start, hit.end) if hit.key in _FOREIGN else None


def _unit_word_before(text: str, start: int) -> str | None:
    match = UNIT_BEFORE.search(text, max(0, start - 14), start)
    return match.group(1) if match else None


def _list_unit_words(text: str) -> dict[int, str]:
    """Start offset of each name in a list after "các huyện:" → that unit word."""
    units: dict[int, str] = {}
    for head in LIST_HEAD.finditer(text):
        position = head.end()
        while name := NAME_RUN.match(text, position):
            units[name.start()] = head.group(1)
            separator = LIST_SEP.match(text, name.end())
            if not separator:
                break
            position = separator.end()
    return units


def _ner_places(text: str, unknown: list[tuple[int, int, str]], known: list[PlaceMention]) -> list[PlaceMention]:
    """Names the gazetteer does not know, right after a place cue word, kept where underthesea's NER
    tags them as a location. NER costs ~1 s to load and milliseconds a sentence, so it only reads
    the sentences holding such names, and not at all for names that open an organisation, an event
    or a title ("tại Hội nghị") or look like a person's ("tỉnh Lý Thái Hải")."""
    found = []
    # Sorted once, so each name looks only at the foreign places just after it (not at all of them).
    foreign_starts = sorted(p.start for p in known if p.level == "foreign")
    for start, end, cue in unknown:
        spans = _syllables(text, start, end)
        folded = [fold(text[s:e]) for s, e in spans]
        first = text[spans[0][0] : spans[0][1]]
        # Acronyms ("UBND", "CHDCND" in "nước CHDCND Lào") name bodies and state forms, never a place
        # the gazetteer lacks.
        if folded[0] in NOT_PLACE_HEADS or (folded[0] in SURNAMES and len(folded) >= 3) or (len(first) > 1 and first.isupper()):
            continue
        level = _ner_level(unit_word_key(cue), text[start:end], folded, [s - end for s in foreign_starts[bisect_left(foreign_starts, end) : bisect_right(foreign_starts, end + _FOREIGN_AFTER)]])
        if level is None:
            continue
        located = _located_syllables(_sentence(text, start))
        kept = 0
        while kept < len(folded) and folded[kept] in located:
            kept += 1
        # One Vietnamese syllable ("huyện Hoà" of "Hoà an") is too little to call a place.
        if kept > 1 or (kept == 1 and folded[0] not in syllables()):
            mention = text[start : spans[kept - 1][1]]
            found.append(PlaceMention(mention, level, None, mention, start, start + len(mention), source="ner"))
    return found


def _ner_level(cue: str, name: str, folded: list[str], foreign_after: list[int]) -> str | None:
    """The level a cue word gives; "foreign" for a name that is not Vietnamese (hyphenated as
    transliterations are, or with a syllable Vietnamese words lack: "Luang") or that a foreign place
    closely follows (`foreign_after`: how far after the name each foreign place starts); None after
    "tại" for a Vietnamese-looking name, whose level nothing tells."""
    abroad = (
        cue in _FOREIGN_CUES
        or "-" in name
        or not set(folded) <= syllables()
        or any(0 <= gap <= _FOREIGN_AFTER for gap in foreign_after)
    )
    return "foreign" if abroad else UNIT_LEVELS.get(cue)


def _sentence(text: str, position: int) -> str:
    start = max(0, position - 400)
    ends = [m.end() for m in SENTENCE_END.finditer(text, start, position)]
    start = ends[-1] if ends else start
    after = SENTENCE_END.search(text, position, position + 400)
    return text[start : after.start() if after else min(len(text), position + 400)]


@lru_cache(maxsize=4096)
def _located_syllables(sentence: str) -> frozenset[str]:
    """The folded syllables underthesea's NER tags as part of a location in `sentence`."""
    from underthesea import ner

    return frozenset(syllable for token in ner(sentence) if token[3].endswith("LOC") for syllable in fold(token[0]).split())


def article_province(title: str, text: str, places: list[PlaceMention]) -> str | None:
    """The province an article from a national source is about: the one its places point to most,
    a title mention weighing three text mentions; None unless one province clearly leads."""
    votes: Counter[str] = Counter()
    for place in places:
        if place.province:
            votes[place.province] += 1
    for place in find_places(title):
        if place.province:
            votes[place.province] += 3
    if not votes:
        return None
    (best, best_votes), *rest = votes.most_common(2) + [(None, 0)]
    return best if best_votes >= 2 and best_votes >= 2 * rest[0][1] else None
