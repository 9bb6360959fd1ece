"""Places: provinces, districts and communes from the gazetteer, foreign places, and underthesea's
NER for names the gazetteer does not know; plus the province an article is about."""
from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from vncorpus.nlp.gazetteer import LEGACY, MAP_2025, canonical_province, loose_province, map_on, names_index, needs_unit_word, province_2025
from vncorpus.nlp.models import PlaceMention
from vncorpus.nlp.regexes import (
    ADDRESS_LABEL_BEFORE,
    APPOSITION,
    BYLINE_LAST_LINE,
    CREDIT_BEFORE,
    LIST_HEAD,
    LIST_SEP,
    NAME_AFTER_UNIT,
    NAME_RUN,
    NAME_SYLLABLE,
    NER_CUE,
    NER_CUE_TAILS,
    NOT_PLACE_BEFORE,
    PERSON_BEFORE,
    PAIR_HEAD,
    PERSON_TITLE_BEFORE,
    PREFECTURE,
    SENTENCE_END,
    STREET_AFTER_NUMBER,
    STREET_NUMBER_BEFORE,
    UNIT_BEFORE,
    UNIT_REACH,
    UNIT_WORD_TAILS,
    UNIT_NUMBER,
    WORD_AFTER,
    WORD_BEFORE,
)
from vncorpus.nlp.resolve import UNIT_LEVELS, place_level, place_unit, unit_word_key
from vncorpus.nlp.text import fold, loose, syllables, words

# Foreign places Vietnamese border news names, in the spellings the press uses (hyphenated Lao names,
# Sino-Vietnamese readings of Chinese ones).
FOREIGN = (
    "Trung Quốc", "Quảng Tây", "Vân Nam", "Quảng Đông", "Hải Nam", "Lào", "Bắc Lào", "Phông-sa-ly", "Phongsaly",
    "Luang Prabang", "Luông-pha-băng", "Hủa Phăn", "Hủa-phăn", "Xiêng Khoảng", "Bò Kẹo", "Bo-ly-khăm-xay",
    "Khăm Muộn", "Sa-va-na-khẹt", "Chăm-pa-xắc", "Viêng Chăn", "Campuchia", "Thái Lan", "Myanmar", "Nhật Bản",
    "Hàn Quốc", "Hoa Kỳ", "Israel", "Ấn Độ", "Nga", "Pháp", "Đức", "Australia", "Singapore", "Malaysia",
    "Indonesia", "Philippines", "Cu-ba", "Cuba", "Quế Lâm", "Nam Ninh", "Bằng Tường", "Long Châu", "Tĩnh Tây",
    "Na Pha", "Hà Khẩu", "Mông Tự", "Côn Minh",
    # Provinces of Laos, Cambodia and China along the border, in the press's spellings (names
    # after a cue word that are not here, such as "tỉnh Luang Namtha", go to NER).
    "Sê Kông", "Xê Kông", "Attapeu", "A-tô-pư", "Salavan", "Sa-la-van", "Luổng Nặm Thà", "U-đôm-xay",
    "Oudomxay", "Champasak", "Ratanakiri", "Ra-ta-na-ki-ri", "Mondulkiri", "Mun-đun-ki-ri", "Takeo",
    "Kampot", "Svay Rieng", "Svây Riêng", "Prey Veng", "Kratie", "Kra-chê", "Stung Treng", "Kandal", "Tbong Khmum",
    "Bách Sắc", "Sùng Tả", "Phòng Thành Cảng", "Văn Sơn", "Hàng Châu", "Quảng Châu", "Thâm Quyến", "Tứ Xuyên",
    # Other countries and capitals the news names. Not "Anh" (a given name and a pronoun) nor "Áo"
    # (a shirt); "Mỹ" alone is the United States ("Mỹ Tho", "mỹ thuật" are longer names and words).
    "Mỹ", "Úc", "Bắc Kinh", "Thượng Hải", "Hồng Kông", "Đài Loan", "Ma Cao", "Triều Tiên", "Mông Cổ", "Nam Phi", "Ai Cập",
    "Canada", "Brazil", "Italy", "Tây Ban Nha", "Bồ Đào Nha", "Hà Lan", "Thụy Điển", "Thụy Sĩ", "Na Uy", "Phần Lan",
    "Đan Mạch", "Ba Lan", "Hungary", "Ukraine", "Belarus", "Kazakhstan", "Brunei", "Đông Timor", "Timor-Leste",
    "New Zealand", "Thổ Nhĩ Kỳ", "Hy Lạp", "Cộng hòa Séc", "Bangladesh", "Sri Lanka", "Pakistan", "Mexico", "Argentina",
    "Tokyo", "Seoul", "Bình Nhưỡng", "Paris", "London", "Moskva", "Mát-xcơ-va", "Washington", "Vientiane",
    "Phnom Penh", "Phnôm Pênh", "Bangkok", "Băng Cốc", "Kuala Lumpur", "Jakarta", "Manila", "Yangon",
    # Countries and capitals as legal texts and treaties transliterate them (the spellings of the
    # Ministry of Foreign Affairs), hyphenated syllable by syllable.
    "Mê-hi-cô", "Ma-lai-xi-a", "Ku-a-la Lăm-pơ", "In-đô-nê-xi-a", "Xin-ga-po", "Phi-líp-pin", "Bru-nây",
    "Mi-an-ma", "Ô-xtrây-li-a", "Niu Di-lân", "Ca-na-đa", "Chi-lê", "Pê-ru", "Ác-hen-ti-na", "Bra-xin",
    "Pa-ri", "Luân Đôn", "Oa-sinh-tơn", "Gia-các-ta", "Ma-ni-la",
)
# Oceans whose names hold a place's ("Thái Bình Dương" holds Thái Bình and Bình Dương): no place.
_OCEANS = frozenset(("thai binh duong", "an do duong", "dai tay duong", "bac bang duong"))
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


def find_places(text: str, province: str | None = None, published: date | None = None) -> list[PlaceMention]:
    """Places named in `text`. `province` (the article's) settles names several provinces share;
    `published` picks the map read first: the 2025 map from 1 July 2025, the legacy one before
    and when the day is unknown."""
    prefer = map_on(published)
    hits, unknown = _scan(text)
    list_units = _list_unit_words(text)
    unit_words = [_unit_word_before(text, hit.start) or list_units.get(hit.start) or _address_unit_word(text, hit) for hit in hits]
    # Provinces that settle names several provinces share: the article's own and the ones the text
    # names; after a first pass, also those of the places only one province has ("huyện Trùng
    # Khánh" puts Cao Bằng in context). Each name weighs them by where they stand (`_context`).
    own = [canonical_province(province) or province] if province else []
    named = [(hit.start, u.name) for hit in hits if not hit.loose for u in names_index().get(hit.key, ()) if u.level == "province"]
    anchors = _Anchors(named)
    first = [_place(text, hit, word, _context(text, own, anchors, hit), prefer, False) for hit, word in zip(hits, unit_words, strict=True)]
    anchors = _Anchors(named + [(place.start, place.province) for place in first if place and place.province])
    found = []
    for hit, word, place in zip(hits, unit_words, first, strict=True):
        place = place or _place(text, hit, word, _context(text, own, anchors, hit), prefer) or _unsettled(text, hit, word, prefer)
        if place:
            found.append(place)
        elif word and not hit.loose and _contradicts(hit.key, word):
            # "huyện Mường Khoa": Vietnam has only a commune of that name, so this district is
            # one the gazetteer does not know (here, in Laos).
            unknown.append((hit.start, hit.end, word))
    prefectures = _prefectures(text)
    if prefectures:  # the prefecture's reading, not the Vietnamese commune or the unknown name it also is
        found = [p for p in found if not _within(p.start, prefectures)] + prefectures
        unknown = [u for u in unknown if not _within(u[0], prefectures)]
    found = _split_communes(found)
    found += _ner_places(text, unknown, found)
    return sorted(found, key=lambda p: p.start)


def _split_communes(places: list[PlaceMention]) -> list[PlaceMention]:
    """A legacy commune split in 2025 between several communes maps to the one of them the text
    names elsewhere (a commune of that name in the same 2025 province), else to none."""
    # Where each commune is named, looked up per split commune rather than gathered again for each
    # (a statistics annex names thousands of communes).
    named: dict[tuple[str, str | None], set[int]] = {}
    for p in places:
        if p.level == "commune":
            named.setdefault((p.name, p.province_2025), set()).add(p.start)
    settled = []
    for place in places:
        if place.map == LEGACY and place.level == "commune" and place.commune_2025 is None:
            parts = [
                part for part in _parts_2025(place.name, place.province)
                if named.get((part, place.province_2025), set()) - {place.start}
            ]
            if len(parts) == 1:
                place = dataclasses.replace(place, commune_2025=parts[0])
        settled.append(place)
    return settled


def _parts_2025(name: str, province: str | None) -> tuple[str, ...]:
    """The 2025 communes a legacy commune of that name and province went to (several provinces'
    districts may share a commune name, so all of that province's are taken together)."""
    units = [u for u in names_index().get(fold(name), ()) if u.map == LEGACY and u.level == "commune" and u.province == province]
    return tuple(dict.fromkeys(part for u in units for part in u.communes_2025))


# How far after a name the province written beside it may start: the longest apposition
# (", thuộc thành phố ") with room to spare.
_APPOSITION_REACH = 64


class _Anchors:
    """The provinces a text names, by position, indexed so that `_context` costs a lookup per
    province instead of a pass over every name in the text (which made long texts quadratic)."""

    def __init__(self, named: list[tuple[int, str]]):
        self.named = named
        self.order = sorted(range(len(named)), key=lambda i: named[i][0])  # stable: ties keep the text's order
        self.positions = [named[i][0] for i in self.order]
        self.by_name: dict[str, list[int]] = {}
        for position, name in sorted(named):
            self.by_name.setdefault(name, []).append(position)

    def after(self, start: int, reach: int) -> list[tuple[int, str]]:
        """The names starting within `reach` characters from `start`, in the order they were given."""
        window = self.order[bisect_left(self.positions, start) : bisect_right(self.positions, start + reach)]
        return [self.named[i] for i in sorted(window)]

    def by_distance(self, position: int) -> list[str]:
        """Each province, nearest to `position` first (ties by name); a name is no context for itself."""
        nearest = []
        for name, positions in self.by_name.items():
            i, j = bisect_left(positions, position), bisect_right(positions, position)
            distances = ([position - positions[i - 1]] if i else []) + ([positions[j] - position] if j < len(positions) else [])
            if distances:
                nearest.append((min(distances), name))
        return [name for _, name in sorted(nearest)]


def _context(text: str, own: list[str], anchors: _Anchors, hit: _Hit) -> list[str]:
    """The provinces that settle `hit`, strongest first: one written beside it ("xã Hòa An, tỉnh Cao
    Bằng"), the article's, then the others the text names by their distance from it."""
    beside = [name for position, name in anchors.after(hit.end, _APPOSITION_REACH) if APPOSITION.fullmatch(text, hit.end, position)]
    return list(dict.fromkeys([*beside, *own, *anchors.by_distance(hit.start)]))


def _contradicts(key: str, unit_word: str) -> bool:
    """Whether no unit of that name has the level the unit word gives."""
    level = UNIT_LEVELS.get(unit_word_key(unit_word))
    return level is not None and key not in _FOREIGN and not any(u.level == level for u in names_index().get(key, ()))


def _scan(text: str) -> tuple[list[_Hit], list[tuple[int, int, str]]]:
    """Known names in the capitalised runs, longest first; and the unknown runs right after a place
    cue word ("tỉnh Luang Namtha"), as (start, end, cue) for NER."""
    hits: list[_Hit] = []
    unknown: list[tuple[int, int, str]] = []
    byline = BYLINE_LAST_LINE.search(text, max(0, len(text) - 80))
    byline = byline if byline and not byline.group("name").isupper() else None
    for run in NAME_RUN.finditer(text):
        if (hits and run.start() < hits[-1].end) or (byline and run.start() == byline.start("name")):
            continue  # inside the last name found; the writer's name on the last line
        spans = _syllables(text, run.start(), run.end())
        names = _run_hits(text, spans)
        unit_word, cue = _unit_word_before(text, run.start()), _ner_cue(text, run.start())
        # Most capitalised runs (a sentence's first word, a body's name) hold no known name and
        # follow neither a unit word nor a cue: nothing below could come of them, so the person
        # test, three searches, is spared them.
        if (not names and not unit_word and not cue) or _person_follows(text, run.start()):
            continue
        # A title may sit inside the run, before a name it makes a person's ("TS Hà Quảng").
        found = [
            hit
            for hit in names
            if not _in_common_word(text, hit) and (hit.start == run.start() or not _person_follows(text, hit.start))
        ]
        if _is_person(text, spans):
            found = [hit for hit in found if (hit.start, hit.end) == (run.start(), run.end())]
        elif (name := _name_after_heading(text, spans)) and _is_person(text, name):
            # "CHỦ TỊCH Phạm Đức Ấn": a signature's title in capitals, then the signer's name.
            found = [hit for hit in found if hit.end <= name[0][0]]
        if _is_street(text, run.start()):
            continue
        if [(h.start, h.end) for h in found] == [(run.start(), run.end())] and NOT_PLACE_BEFORE.search(text, max(0, run.start() - 40), run.start()):
            # "thôn Hòa An", "cửa khẩu Trà Lĩnh", "đường Điện Biên Phủ"; a route keeps its places
            # ("đường Hà Nội - Lào Cai" is two names in one run).
            continue
        if unit_word and (tail := NAME_AFTER_UNIT.match(text, run.start())):
            longer = _longest_name(text, _syllables(text, tail.start(), tail.end()), 0)
            if longer and longer[0].end > run.end():
                found = [longer[0]]
        if found and _unit_word_before(text, found[-1].start) and (number := UNIT_NUMBER.match(text, found[-1].end)):
            numbered = fold(text[found[-1].start : number.end()])
            if numbered in names_index():
                found[-1] = _Hit(found[-1].start, number.end(), numbered)
        hits += found
        if not found or found[0].start > run.start():
            if cue:
                # The syllables before the first known name, at most four (no place name is longer).
                before = [e for _, e in spans if e <= (found[0].start if found else run.end())][:4]
                unknown.append((run.start(), before[-1], cue.group(1)))
    return hits, unknown


def _name_after_heading(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The syllables in title case after a run's syllables in capitals ("Phạm Đức Ấn" of "CHỦ TỊCH
    Phạm Đức Ấn"); none when the run is not so split."""
    for i in range(1, len(spans)):
        if text[spans[i][0] : spans[i][1]] != text[spans[i][0] : spans[i][1]].upper():
            # Words in capitals, not a Roman numeral ("cửa khẩu số II Kim Thành").
            capitals = all(len(text[s:e]) > 1 and text[s:e].isupper() and not _ROMAN.fullmatch(text[s:e]) for s, e in spans[:i])
            return spans[i:] if capitals else []
    return []


_ROMAN = re.compile(r"[IVXLCDM]+")


def _is_street(text: str, start: int) -> bool:
    """Whether the run at `start` names the street of an address: "244 Điện Biên Phủ, Phường Xuân Hòa"."""
    number = STREET_NUMBER_BEFORE.search(text, max(0, start - 12), start)
    return bool(number and STREET_AFTER_NUMBER.match(text, number.start() + len(number.group().rstrip())))


def _person_follows(text: str, start: int) -> bool:
    """Whether a title ("ông", "đồng chí", "Đại tá") or a credit label ("Ảnh:") puts a person at `start`."""
    return bool(
        PERSON_BEFORE.search(text, max(0, start - 12), start)
        or PERSON_TITLE_BEFORE.search(text, max(0, start - 24), start)
        or CREDIT_BEFORE.search(text, max(0, start - 16), start)
    )


def _in_common_word(text: str, hit: _Hit) -> bool:
    """Whether a one-syllable name is half of a common word with the syllable beside it: "Pháp" in
    "Hiến pháp, Pháp luật", "Sở Tư Pháp"; "Đức" in "Đức tin". Viet74K lists such words, not names."""
    if " " in hit.key or _unit_word_before(text, hit.start):
        return False
    before = WORD_BEFORE.search(text, max(0, hit.start - 12), hit.start)
    after = WORD_AFTER.match(text, hit.end)
    return bool(
        (before and f"{fold(before.group(1))} {hit.key}" in words())
        or (after and f"{hit.key} {fold(after.group(1))}" in words())
    )


def _syllables(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in NAME_SYLLABLE.finditer(text, start, end)]


def _run_hits(text: str, spans: list[tuple[int, int]]) -> list[_Hit]:
    hits = []
    i = 0
    while i < len(spans):
        ocean = next((j for j in (i + 2, i + 3) if j < len(spans) and loose(text[spans[i][0] : spans[j][1]]) in _OCEANS), None)
        if ocean is not None:
            i = ocean + 1
            continue
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


def _place(text: str, hit: _Hit, unit_word: str | None, context: list[str], prefer: str, last_resort: bool = True) -> PlaceMention | None:
    mention = text[hit.start : hit.end]
    if hit.loose:
        # A spelling slip ("Bạc Liệu") counts where its unit word says province, or where the
        # article names that province correctly elsewhere.
        name = names_index()[hit.key][0].province
        if (unit_word and unit_word_key(unit_word) in ("tỉnh", "thành phố")) or name in context:
            return PlaceMention(name, "province", name, mention, hit.start, hit.end, province_2025=province_2025(name), map=LEGACY)
        return None
    # "Quảng Tây", "tỉnh Phông-sa-ly", "thành phố Côn Minh" are foreign unless the name is also a
    # Vietnamese unit's and a unit word says which.
    unit = place_unit(hit.key, unit_word, context, prefer, last_resort) if unit_word or hit.key not in _FOREIGN else None
    if unit:
        parts = _parts_2025(unit.name, unit.province) if unit.map == LEGACY and unit.level == "commune" else unit.communes_2025
        return PlaceMention(
            unit.name, unit.level, unit.province, mention, hit.start, hit.end,
            province_2025=unit.province_2025, map=unit.map, commune_2025=parts[0] if len(parts) == 1 else None,
        )
    return PlaceMention(_FOREIGN[hit.key], "foreign", None, mention, hit.start, hit.end) if hit.key in _FOREIGN else None


def _unsettled(text: str, hit: _Hit, unit_word: str | None, prefer: str) -> PlaceMention | None:
    """A name several units share after a unit word that gives their level ("tại xã Hương Bình" with
    no province near): the place, with its province left open."""
    level = None if hit.loose else place_level(hit.key, unit_word)
    if level is None:
        return None
    units = sorted(names_index()[hit.key], key=lambda u: u.map != prefer)
    name = next(u.name for u in units if u.level == level)
    return PlaceMention(name, level, None, text[hit.start : hit.end], hit.start, hit.end)


def _unit_word_before(text: str, start: int) -> str | None:
    # Asked of every capitalised run: how the text before it ends rules out most without a search.
    if not text[max(0, start - 14) : start].rstrip().removesuffix(":").rstrip().lower().endswith(UNIT_WORD_TAILS):
        return None
    match = UNIT_BEFORE.search(text, max(0, start - UNIT_REACH), start)
    return match.group(1) if match else None


def _ner_cue(text: str, start: int) -> re.Match | None:
    window = text[max(0, start - 12) : start]
    if not window[-1:].isspace() or not window.rstrip().lower().endswith(NER_CUE_TAILS):
        return None
    return NER_CUE.search(text, max(0, start - 12), start)


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
    for pair in PAIR_HEAD.finditer(text):
        units.setdefault(pair.end(), pair.group(1))
    return units


def _address_unit_word(text: str, hit: _Hit) -> str | None:
    """In an address ("Địa chỉ: Hồ Chí Minh") a name that counts as a place only after its unit word
    stands where the unit word would: the province's own unit word, for the name to resolve by."""
    if not needs_unit_word(hit.key) or not ADDRESS_LABEL_BEFORE.search(text, max(0, hit.start - 100), hit.start):
        return None
    return next((u.unit_word for u in names_index()[hit.key] if u.level == "province"), None)


def _within(position: int, places: list[PlaceMention]) -> bool:
    return any(p.start <= position < p.end for p in places)


def _prefectures(text: str) -> list[PlaceMention]:
    """China's prefectures named with their unit word ("châu tự trị Văn Sơn"): foreign, whatever
    Vietnamese commune shares the reading."""
    return [
        PlaceMention(_FOREIGN.get(fold(m["name"]), m["name"]), "foreign", None, m["name"], m.start("name"), m.end("name"))
        for m in PREFECTURE.finditer(text)
    ]


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
        if (_squeezed(text[start:end]), UNIT_LEVELS.get(unit_word_key(cue))) in _loose_unit_names():
            continue  # a Vietnamese unit of the cue's level spelt otherwise ("huyện Đăk Glei", "Đakrông"): not abroad
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


@lru_cache(maxsize=1)
def _loose_unit_names() -> frozenset[tuple[str, str]]:
    """(name without diacritics or spaces, level) of every unit of either map."""
    return frozenset((_squeezed(unit.name), unit.level) for units in names_index().values() for unit in units)


def _squeezed(name: str) -> str:
    """A name as typed without its tones or the space between syllables: "Đakrông" = "Đa Krông"."""
    return loose(name).replace(" ", "")


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


def article_province(title: str, text: str, places: list[PlaceMention], published: date | None = None) -> str | None:
    """The province an article from a national source is about, in the map of its day (one of the
    34 from 1 July 2025): the one its places point to most, a commune's as much as a province's, a
    title mention weighing three text mentions; None unless one province clearly leads."""
    in_2025 = map_on(published) == MAP_2025
    votes: Counter[str] = Counter()
    for weight, mentions in ((1, places), (3, find_places(title, published=published))):
        for place in mentions:
            if province := (place.province_2025 if in_2025 else place.province):
                votes[province] += weight
    if not votes:
        return None
    (best, best_votes), *rest = votes.most_common(2) + [(None, 0)]
    return best if best_votes >= 2 and best_votes >= 2 * rest[0][1] else None
