"""Links mentions to canonical entities: a document number to the document it names (a code the
article wrote, else the bundled registry), a place name to one gazetteer unit.

What the registry knows stays apart from what the article wrote: a mention's `issued` and `issuer`
are the ones written beside it; `registry_document()` gives the registry's, and `date_conflict()`
says when the two dates disagree.
"""
from __future__ import annotations

from datetime import date

from nlp import registry
from nlp.gazetteer import Unit, names_index, needs_unit_word
from nlp.models import DecisionMention

# The level each unit word names; "thành phố" names a province (Hà Nội) or a district (Cao Bằng).
UNIT_LEVELS = {
    "tỉnh": "province", "thành phố": None, "huyện": "district", "quận": "district", "thị xã": "district",
    "xã": "commune", "phường": "commune", "thị trấn": "commune",
}


def unit_word_key(word: str) -> str:
    """"TP.", "Tp", "Thành  phố" → "thành phố"; "Huyện" → "huyện"."""
    word = " ".join(word.lower().split())
    return "thành phố" if word.startswith("tp") else word


def document_canonical(number: str, doc_type: str | None, written: dict[tuple[str | None, str], str]) -> str | None:
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


def place_unit(key: str, unit_word: str | None, context: set[str]) -> Unit | None:
    """The one unit a folded name means, given the unit word before it (if any) and the provinces
    that settle names several provinces share (`context`: the article's province and the ones it
    names); None when the name is not a place here or stays ambiguous."""
    candidates = names_index().get(key, [])
    if unit_word:
        # The unit word says which of the same-named units is meant: "thành phố Cao Bằng" is the
        # city, "tỉnh Cao Bằng" the province, "huyện ..." a district of any kind.
        word = unit_word_key(unit_word)
        exact = [u for u in candidates if u.unit_word == word]
        candidates = exact or [u for u in candidates if u.level == UNIT_LEVELS.get(word)]
    else:
        # Without a unit word a single syllable is too often a person or a common word unless it
        # names a province ("Huế"), and communes' names ("Tân Lập", "Quang Trung") too often
        # something else; some names are mostly a person's ("Hồ Chí Minh").
        if needs_unit_word(key) or (" " not in key and not any(u.level == "province" for u in candidates)):
            return None
        candidates = [u for u in candidates if u.level != "commune"]
    if not candidates:
        return None
    provinces = [u for u in candidates if u.level == "province"]
    if provinces and (not unit_word or unit_word_key(unit_word) == "tỉnh"):
        return provinces[0]
    local = [u for u in candidates if u.province in context]
    if len({(u.level, u.province) for u in local}) == 1:
        return local[0]
    if len({(u.level, u.province) for u in candidates}) == 1:
        return candidates[0]
    return None  # several places share the name and the article does not say which
