"""Spelling-insensitive keys for Vietnamese names and phrases (tone placement, case, spacing,
hyphens and, where asked, diacritics), and the Vietnamese word list the finders consult."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

# Old-style tone placement ("Hoà", "Thuỷ") → the new style the gazetteer's names use ("Hòa", "Thủy").
_OLD_TONES = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_OLD_TONE = re.compile("|".join(_OLD_TONES), re.IGNORECASE)
_NEW_TONE = re.compile("|".join(_OLD_TONES.values()), re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s\-‐–]+")


def _to_new_tone(match: re.Match) -> str:
    old = match.group()
    new = _OLD_TONES[old.lower()]
    return new.upper() if old.isupper() else (new[0].upper() + new[1:] if old[0].isupper() else new)


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """The key a name is looked up by: NFC, new-style tones, lower case, single spaces, hyphens as
    spaces ("Phông-sa-ly" = "Phông Sa Ly", "Hoà An" = "Hòa An" = "HÒA AN")."""
    name = _OLD_TONE.sub(_to_new_tone, unicodedata.normalize("NFC", name))
    return _SEPARATORS.sub(" ", name).strip().lower()


def strip_diacritics(text: str) -> str:
    """"Cao Bằng" → "Cao Bang", "Đắk Lắk" → "Dak Lak"."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(ch for ch in text if unicodedata.category(ch) != "Mn"))


@lru_cache(maxsize=65536)
def loose(name: str) -> str:
    """fold() without diacritics: the key of a name as typed without them or with a wrong tone."""
    return strip_diacritics(fold(name))


def phrase_pattern(phrase: str) -> str:
    """A regex for `phrase` that allows either tone placement, any case (with re.IGNORECASE) and any
    whitespace between words: "hòa bình" also finds "hoà  bình"."""
    def word(w: str) -> str:
        parts, position = [], 0
        for match in _NEW_TONE.finditer(w):
            new = match.group().lower()
            old = next(o for o, n in _OLD_TONES.items() if n == new)
            parts += [re.escape(w[position : match.start()]), f"(?:{new}|{old})"]
            position = match.end()
        return "".join(parts) + re.escape(w[position:])

    return r"\s+".join(word(w) for w in phrase.split())


@lru_cache(maxsize=1)
def words() -> frozenset[str]:
    """Vietnamese words, lower case (underthesea's Viet74K list, bundled with the package)."""
    try:
        text = resources.files("underthesea").joinpath("corpus", "data", "Viet74K.txt").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return frozenset()
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip())


@lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """Every syllable of those words: a name with a syllable outside them is not Vietnamese."""
    return frozenset(syllable for word in words() for syllable in word.split())


@lru_cache(maxsize=1)
def _folded_words() -> frozenset[str]:
    return frozenset(fold(word) for word in words())


def is_word(phrase: str) -> bool:
    """Whether `phrase` is a word of Vietnamese in either tone placement: the word list writes
    "văn hoá", articles write "văn hóa"."""
    return fold(phrase) in _folded_words()
