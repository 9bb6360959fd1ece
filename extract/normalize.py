"""Text normalisation: NFC Unicode, tidy whitespace, and words the portal's editor ran together
pulled apart where only one reading is possible."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from vncorpus.nlp.regexes import DAY_DIGITS, LOWER, MONTH_DIGITS, UPPER, YEAR_DIGITS
from vncorpus.nlp.text import syllables

_VOWEL = re.compile(r"[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]")

# "06/11/2018ban hành", "ngày 12/3/2021tại" → a space after the date: a full date followed at once
# by a letter is always two tokens run together, never one word.
_GLUED_DATE = re.compile(rf"((?<!\w){DAY_DIGITS}/{MONTH_DIGITS}/{YEAR_DIGITS})(?=[^\W\d_])")
# "07cuộc hội nghị", "700cán bộ", "2.500cuốn": a number (not part of a code such as "H5N1" or
# "COVID-19") followed at once by lower-case letters; split only when the letters are a Vietnamese
# syllable and not a unit written against its number ("5ha", "10km", "8h30", "500đ").
_GLUED_NUMBER = re.compile(rf"(\d(?<![\w.,/\-]\d)\d*(?:[.,]\d+)*)([{LOWER}]+)\b")
_UNITS = frozenset({"ha", "ca", "tr", "đ", "h", "m", "g", "kg", "km", "ml", "am", "pm", "lần"})
# "thành phố.Tổ chức": a full stop between a lower-case word and a capitalised one, with no
# space (not "TP.Hồ Chí Minh", not "mic.gov.vn").
_GLUED_SENTENCE = re.compile(rf"\.(?<=[{LOWER}]{{2}}\.)(?=[{UPPER}][{LOWER}])")
# A lower-case word with Vietnamese letters that is no syllable: "cuộchội" (cuộc + hội), "nghịtập".
# Capitalised words are left alone: names of places and peoples ("Đakrông", "Pơnan") are often
# written as one word.
# Only a word with a letter beyond a–z can be Vietnamese glue, so the pattern asks for one (the
# lookahead) rather than handing every English or toneless word to Python.
_WORD = re.compile(rf"\b(?=[a-z]*[{LOWER.replace('a-z', '')}])[{LOWER}]{{4,}}\b")

# Each pattern above opens with what it must match first (a digit, the full stop) and looks
# behind only from there: a pattern that opens with a lookbehind is tried at every position.
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_OTHER_SPACE = re.compile(r"[\t\u00a0\u2000-\u200b\u202f\u205f\u3000]")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def normalize_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = unglue(text)
    # None of _SPACES is a line break, so one pass over the whole text spaces every line alike; a
    # text spaced by single spaces alone (most are) needs none.
    if "  " in text or _OTHER_SPACE.search(text):
        text = _SPACES.sub(" ", text)
    lines = map(str.strip, text.splitlines())
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def unglue(text: str) -> str:
    text = _GLUED_DATE.sub(r"\1 ", text)
    text = _GLUED_NUMBER.sub(_split_number, text)
    text = _GLUED_SENTENCE.sub(". ", text)
    # Each distinct word is judged once; the text is rewritten only when one of them is glue, which
    # almost no text has.
    glued = {word: split for word in set(_WORD.findall(text)) if (split := _split_word(word)) != word}
    return _WORD.sub(lambda match: glued.get(match.group(), match.group()), text) if glued else text


def _split_number(match: re.Match) -> str:
    number, letters = match.groups()
    if letters in _UNITS or not _is_syllable(letters):
        return match.group()
    return f"{number} {letters}"


@lru_cache(maxsize=65536)  # a corpus reuses a few thousand words; each is judged once
def _split_word(word: str) -> str:
    """Two syllables run together, when exactly one split makes two and the second starts with a
    consonant (a word that only splits before a vowel, "khuổi" = "khu" + "ổi", is a name, not glue)."""
    lower = word.lower()
    if lower in syllables():
        return word
    splits = [
        i for i in range(2, len(lower) - 1)
        if not _VOWEL.match(lower[i]) and _is_syllable(lower[:i]) and _is_syllable(lower[i:])
    ]
    return f"{word[:splits[0]]} {word[splits[0]:]}" if len(splits) == 1 else word


def _is_syllable(letters: str) -> bool:
    """A Vietnamese syllable: in underthesea's word list and with a vowel (the list also holds
    abbreviations such as "km", "tr")."""
    return len(letters) >= 2 and letters in syllables() and bool(_VOWEL.search(letters))
