"""Places: provinces, districts and communes from the gazetteer, foreign places, and underthesea's
NER where the gazetteer is silent; plus the province an article is about."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from nlp.gazetteer import Unit, fold, names_index
from nlp.models import PlaceMention
from nlp.regexes import CAP_SYLLABLE

# Foreign places Vietnamese border news names (hyphenated Lao names as the press writes them).
FOREIGN = (
    "Trung Quốc", "Quảng Tây", "Vân Nam", "Quảng Đông", "Lào", "Bắc Lào", "Phông-sa-ly", "Phongsaly", "Luang Prabang",
    "Luông-pha-băng", "Hủa Phăn", "Hủa-phăn", "Xiêng Khoảng", "Bò Kẹo", "Bo-ly-khăm-xay", "Khăm Muộn",
    "Sa-va-na-khẹt", "Chăm-pa-xắc", "Campuchia", "Thái Lan", "Myanmar", "Nhật Bản", "Hàn Quốc", "Hoa Kỳ",
    "Israel", "Ấn Độ", "Nga", "Pháp", "Đức", "Australia", "Singapore", "Malaysia", "Indonesia", "Philippines",
    "Cu-ba", "Cuba", "Quế Lâm", "Nam Ninh", "Bằng Tường", "Long Châu", "Tĩnh Tây", "Na Pha", "Hà Khẩu", "Mông Tự",
)
# Spellings that fold alike ("Hủa Phăn", "Hủa-phăn") share the first one as their canonical name.
_FOREIGN: dict[str, str] = {}
for _name in FOREIGN:
    _FOREIGN.setdefault(fold(_name), _name)
# Unit words that may precede a name, each saying which level it names.
UNIT_WORDS = {
    "tỉnh": "province", "thành phố": None, "tp.": None, "tp": None, "huyện": "district", "quận": "district",
    "thị xã": "district", "xã": "commune", "phường": "commune", "thị trấn": "commune",
}
# A run of capitalised syllables, optionally hyphen-joined ("Phông-sa-ly"): a name candidate.
_NAME_RUN = re.compile(rf"{CAP_SYLLABLE}(?:(?:[ \t]+|-){CAP_SYLLABLE}|-[a-zà-ỹđ]+)*")
_UNIT_BEFORE = re.compile(r"(tỉnh|thành\s+phố|tp\.?|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)\s*:?\s*$", re.IGNORECASE)
# Lists after a plural unit word: "các huyện: Quảng Hòa; Trùng Khánh, Hạ Lang" (the unit word carries
# across "," ";" "và" until the list ends).
_LIST_HEAD = re.compile(r"các\s+(tỉnh|huyện|xã|thành\s+phố|thị\s+xã|phường)\s*:?\s*", re.IGNORECASE)
_LIST_SEP = re.compile(r"\s*(?:,|;|và)\s*")
_SYLLABLE = re.compile(r"[^\s-]+")
# Cue words before a capitalised name the gazetteer may not know, which NER then checks.
_NER_CUE = re.compile(r"\b(?:tỉnh|huyện|xã|tại|thành\s+phố|nước|thủ\s+đô)\s+$", re.IGNORECASE)


def find_places(text: str, province: str | None = None) -> list[PlaceMention]:
    hits = _name_hits(text)
    list_units = _list_unit_words(text)
    # Provinces that settle names several provinces share: the article's own and any it names.
    context = {province} if province else set()
    context |= {u.name for _, _, key in hits for u in names_index().get(key, ()) if u.level == "province"}
    found: list[PlaceMention] = []
    unresolved: list[tuple[int, int, str]] = []
    for start, end, key in hits:
        unit_word = _unit_word_before(text, start) or list_units.get(start)
        place = _resolve(key, text[start:end], start, end, unit_word, context, province)
        if place is not None:
            found.append(place)
        elif unit_word and _NER_CUE.search(text[max(0, start - 15) : start]):
            unresolved.append((start, end, UNIT_WORDS.get(unit_word.lower()) or "foreign"))
    found += _ner_places(text, unresolved)
    return sorted(found, key=lambda p: p.start)


def _name_hits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded name) of every known name in the capitalised runs, longest first."""
    hits = []
    first_syllables = _first_syllables()
    for run in _NAME_RUN.finditer(text):
        syllables = [(m.start(), m.end()) for m in _SYLLABLE.finditer(text, run.start(), run.end())]
        i = 0
        while i < len(syllables):
            hit = None
            if fold(text[syllables[i][0] : syllables[i][1]]) in first_syllables:
                # No place name in the gazetteer or the foreign list runs past five syllables.
                for j in range(min(len(syllables), i + 5) - 1, i - 1, -1):
                    key = fold(text[syllables[i][0] : syllables[j][1]])
                    if key in _FOREIGN or key in names_index():
                        hit = (syllables[i][0], syllables[j][1], key, j)
                        break
            if hit is None:
                i += 1
                continue
            hits.append(hit[:3])
            i = hit[3] + 1
    return hits


@lru_cache(maxsize=1)
def _first_syllables() -> frozenset[str]:
    return frozenset(key.split(" ")[0] for key in (*names_index(), *_FOREIGN))


def _resolve(key, mention, start, end, unit_word, context, province) -> PlaceMention | None:
    candidates: list[Unit] = names_index().get(key, [])
    if key in _FOREIGN and (unit_word is None or not candidates):
        # "Quảng Tây", "tỉnh Phông-sa-ly": foreign unless the name is also Vietnamese and a unit word says so
        return PlaceMention(_FOREIGN[key], "foreign", None, mention, start, end)
    if unit_word:
        # The unit word says which of the same-named units is meant: "thành phố Cao Bằng" is the
        # city, "tỉnh Cao Bằng" the province, "huyện ..." a district of any kind.
        word = "thành phố" if unit_word.lower().startswith("tp") else unit_word.lower()
        exact = [u for u in candidates if u.unit_word == word]
        candidates = exact or [u for u in candidates if u.level == UNIT_WORDS.get(word)]
    else:
        # Without a unit word a single syllable ("Vinh", "Huế" aside) is too often a person or a
        # common word, and communes' names ("Tân Lập", "Quang Trung") too often something else.
        if " " not in key and not any(u.level == "province" for u in candidates):
            return None
        candidates = [u for u in candidates if u.level != "commune"]
    if not candidates:
        return None
    provinces = [u for u in candidates if u.level == "province"]
    if provinces and (not unit_word or unit_word.lower() == "tỉnh"):
        chosen = provinces[0]
    else:
        local = [u for u in candidates if u.province in context]
        if len({(u.level, u.province) for u in local}) == 1:
            chosen = local[0]
        elif len({(u.level, u.province) for u in candidates}) == 1 and (unit_word or candidates[0].level != "commune"):
            chosen = candidates[0]
        else:
            return None  # several places share the name and the article does not say which
    return PlaceMention(chosen.name, chosen.level, chosen.province, mention, start, end)


def _unit_word_before(text: str, start: int) -> str | None:
    match = _UNIT_BEFORE.search(text[max(0, start - 14) : start])
    return re.sub(r"\s+", " ", match.group(1)) if match else None


def _list_unit_words(text: str) -> dict[int, str]:
    """Start offset of each name in a list after "các huyện:" → that unit word."""
    units: dict[int, str] = {}
    for head in _LIST_HEAD.finditer(text):
        unit = re.sub(r"\s+", " ", head.group(1)).lower()
        position = head.end()
        while True:
            name = _NAME_RUN.match(text, position)
            if not name:
                break
            units[name.start()] = unit
            separator = _LIST_SEP.match(text, name.end())
            if not separator:
                break
            position = separator.end()
    return units


def _ner_places(text: str, spans: list[tuple[int, int, str]]) -> list[PlaceMention]:
    """underthesea's NER on the sentences around names the gazetteer does not know, kept only where
    it tags the same name as a location; the level is the unit word's. Costly (~1 s an article
    when run on every sentence), hence only here."""
    found = []
    for start, end, level in spans:
        sentence_start = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
        sentence_end_candidates = [i for i in (text.find(".", end), text.find("\n", end)) if i != -1]
        sentence_end = min(sentence_end_candidates) if sentence_end_candidates else len(text)
        if _tagged_location(text[sentence_start:sentence_end], text[start:end]):
            found.append(PlaceMention(text[start:end], level, None, text[start:end], start, end, source="ner"))
    return found


@lru_cache(maxsize=4096)
def _tagged_location(sentence: str, name: str) -> bool:
    from underthesea import ner

    words = [token[0] for token in ner(sentence) if token[3].endswith("LOC")]
    return any(fold(name) in fold(word) or fold(word) in fold(name) for word in words)


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
    runner_up = rest[0][1]
    return best if best_votes >= 2 and best_votes >= 2 * runner_up else None
