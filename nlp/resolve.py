"""Links mentions to canonical entities: a document number to the document it names (a code the
article wrote, else the bundled registry), a place name to one gazetteer unit.

What the registry knows stays apart from what the article wrote: a mention's `issued` and `issuer`
are the ones written beside it; `registry_document()` gives the registry's, and `date_conflict()`
says when the two dates disagree.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from vncorpus.nlp import registry
from vncorpus.nlp.gazetteer import LEGACY, MAP_2025, Unit, names_index, needs_unit_word, province_2025
from vncorpus.nlp.models import DecisionMention

# The level each unit word names; "thành phố" names a province (Hà Nội) or a district (Cao Bằng);
# a special zone ("đặc khu Phú Quốc") of the 2025 map stands where a commune does.
UNIT_LEVELS = {
    "tỉnh": "province", "thành phố": None, "huyện": "district", "quận": "district", "thị xã": "district",
    "xã": "commune", "phường": "commune", "thị trấn": "commune", "đặc khu": "commune",
}


def unit_word_key(word: str) -> str:
    """"TP.", "Tp", "Thành  phố" → "thành phố"; "Huyện" → "huyện"."""
    word = " ".join(word.lower().split())
    return "thành phố" if word.startswith("tp") else word


def document_canonical(number: str, doc_type: str | None, written: dict[tuple[str | None, str | None], str | None]) -> str | None:
    """The canonical number of "Quyết định 1191" or "Chương trình MTQG 1719": the code the article
    wrote for the same type and number (`written`), else the registry's only document of that type
    and number; None when neither knows it."""
    if (doc_type, number) in written:
        return written[(doc_type, number)]
    document = registry.by_number(number, doc_type)
    return document.canonical if document else None


def registry_document(mention: DecisionMention) -> registry.Document | None:
    """The registry's record of the document a mention names (its issuer, date and title)."""
    return registry.documents().get(mention.canonical) if mention.canonical else None


def date_conflict(canonical: str | None, issued: date | None) -> bool:
    """Whether a written date disagrees with the registry's date for that document."""
    document = registry.documents().get(canonical) if canonical else None
    return bool(document and issued and issued != document.issued)


def place_unit(key: str, unit_word: str | None, context: Sequence[str], prefer: str = LEGACY, last_resort: bool = True) -> Unit | None:
    """The one unit a folded name means, given the unit word before it (if any), the provinces
    that settle names several units share (`context`, strongest first: the province written
    beside the name, the article's province, then the provinces named in the text, nearest
    first) and the map read first (`prefer`: the
    2025 map for a text published from 1 July 2025); None when the name is not a place here or
    stays ambiguous. A name the first map knows several times and the other map once ("xã Hương
    Bình": two legacy communes, one in 2025) is that one only as a `last_resort`, once the
    places the text settles have had their say."""
    candidates = _candidates(key, unit_word)
    if not candidates:
        return None
    maps = (prefer, MAP_2025 if prefer == LEGACY else LEGACY)
    provinces = [u for u in candidates if u.level == "province"]
    if provinces and (not unit_word or unit_word_key(unit_word) == "tỉnh"):
        return min(provinces, key=lambda u: maps.index(u.map))  # stable: an alias's province first
    # A province in context settles the name, in its own map first, then by where it went in
    # 2025 ("xã Bằng Thành, tỉnh Bắc Kạn" in a text of 2026 names the commune now in Thái Nguyên).
    # The candidates grouped once by map and province, old and 2025: a text names dozens of
    # provinces and a common name has dozens of units, and filtering them per province was most
    # of the finder's time.
    by_province: dict[tuple[str, str, str | None], list[Unit]] = {}
    for u in candidates:
        by_province.setdefault(("own", u.map, u.province), []).append(u)
        by_province.setdefault(("2025", u.map, u.province_2025), []).append(u)
    for province in context:
        for belongs in (("own", province), ("2025", province_2025(province))):
            for map_ in maps:
                if unit := _only(by_province.get((belongs[0], map_, belongs[1]), [])):
                    return unit
    for map_ in maps:
        in_map = [u for u in candidates if u.map == map_]
        if in_map and ((unit := _only(in_map)) or not last_resort):
            return unit
    return None  # several places share the name and the article does not say which


def place_level(key: str, unit_word: str | None) -> str | None:
    """The level a unit word gives a name that several units of that level share ("xã Tân Lập"):
    a place for sure, in a province nothing settles; None without a unit word or a single level."""
    levels = {u.level for u in _candidates(key, unit_word)} if unit_word else set()
    return levels.pop() if len(levels) == 1 else None


def _candidates(key: str, unit_word: str | None) -> list[Unit]:
    candidates = names_index().get(key, [])
    if unit_word:
        # The unit word says which of the same-named units is meant: "thành phố Cao Bằng" is the
        # city, "tỉnh Cao Bằng" the province, "huyện ..." a district of any kind.
        word = unit_word_key(unit_word)
        exact = [u for u in candidates if u.unit_word == word]
        return exact or [u for u in candidates if u.level == UNIT_LEVELS.get(word)]
    # Without a unit word a single syllable is too often a person or a common word unless it
    # names a province ("Huế"), and communes' names ("Tân Lập", "Quang Trung") too often
    # something else; some names are mostly a person's ("Hồ Chí Minh").
    if needs_unit_word(key) or (" " not in key and not any(u.level == "province" for u in candidates)):
        return []
    return [u for u in candidates if u.level != "commune"]


def _only(units: list[Unit]) -> Unit | None:
    """The unit when all of `units` are one place (same level and province), else None."""
    return units[0] if len({(u.level, u.province) for u in units}) == 1 else None
