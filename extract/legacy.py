"""Legacy Vietnamese 8-bit font encodings still found on old portal pages, detected and
converted: TCVN3 (ABC, the .VnTime fonts), which a browser shows as "Th«ng tin ®èi ngo¹i", and
VNI-Windows, shown as "Thoâng tin ñoái ngoaïi".

Such pages declare a Western charset, so by the time we see them the bytes have been decoded
as windows-1252/latin-1: each legacy byte became the Latin-1 character with the same code.
"""
from __future__ import annotations

import re

import numpy as np

# TCVN 5712:1993 VN3, bytes 0xA1–0xFE. Tone order inside each vowel: huyền, hỏi, ngã, sắc, nặng.
_TCVN3_BYTES = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}
_TCVN3 = str.maketrans({chr(code): char for code, char in _TCVN3_BYTES.items()})

# VNI-Windows writes a letter as its base plus one or two mark characters. Marks for lower case;
# upper case uses the upper-case Latin-1 letter of the same mark.
_VNI_TONES = {"": "", "ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
# The circumflex (â ê ô) and breve (ă) carry the tone in one combined mark character.
_VNI_CIRCUMFLEX = {"â": "", "á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303", "ä": "\u0323"}
_VNI_BREVE = {"ê": "", "é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}
# Letters VNI writes as one character: ơ ư đ, and i / ỵ, whose tones have characters of their own.
_VNI_SINGLE = {"ô": "ơ", "ö": "ư", "ñ": "đ", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"}


def _vni_table() -> dict[str, str]:
    import unicodedata

    table: dict[str, str] = {}

    def add(sequence: str, base: str, *marks: str) -> None:
        for seq, text in ((sequence, base), (sequence.upper(), base.upper())):
            table[seq] = unicodedata.normalize("NFC", text + "".join(marks))

    for vowel in "aeouy":
        for mark, tone in _VNI_TONES.items():
            if mark:
                add(vowel + mark, vowel, tone)
    for vowel in "aeo":
        for mark, tone in _VNI_CIRCUMFLEX.items():
            add(vowel + mark, vowel, "\u0302", tone)
    for mark, tone in _VNI_BREVE.items():
        add("a" + mark, "a", "\u0306", tone)
    for single, letter in _VNI_SINGLE.items():
        add(single, letter)
        if single in "ôö":
            for mark, tone in _VNI_TONES.items():
                if mark:
                    add(single + mark, letter, tone)
    return table


_VNI = _vni_table()
_VNI_SEQUENCE = re.compile("|".join(sorted(map(re.escape, _VNI), key=len, reverse=True)))

# Words on almost every Vietnamese news page; how many appear tells real text from mojibake.
_COMMON = re.compile(
    r"\b(?:của|và|các|được|những|trong|với|cho|tỉnh|huyện|thông tin|đối ngoại|người|công tác|năm|ngày|thực hiện)\b",
    re.IGNORECASE,
)


def vietnamese_score(text: str) -> int:
    return len(_COMMON.findall(text))


def from_tcvn3(text: str) -> str:
    return text.translate(_TCVN3)


def from_vni(text: str) -> str:
    return _VNI_SEQUENCE.sub(lambda m: _VNI[m.group()], text)


# What a legacy font's bytes turn into when read as a Western charset: Latin-1 letters and signs.
_WESTERN = (0x00A1, 0x00FE)
# Letters only Unicode Vietnamese has (ă đ ĩ ũ ơ ư and the precomposed toned vowels ạ…ỹ): no
# Western charset produces them, so text full of them is already Unicode.
_VIETNAMESE_ONLY = np.array([0x0102, 0x0103, 0x0110, 0x0111, 0x0128, 0x0129, 0x0168, 0x0169, 0x01A0, 0x01A1, 0x01AF, 0x01B0], dtype=np.uint32)
_TONED_VOWELS = (0x1EA0, 0x1EF9)


# How much of a page decides its font: far more than any real article page holds.
_SAMPLE_CHARS = 2**20


def repair_legacy_encoding(text: str) -> str:
    """`text` converted from TCVN3 or VNI when that makes it read as Vietnamese; else unchanged."""
    # Every page is counted, so the code points are counted by numpy rather than by a regex.
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    western = np.count_nonzero((points >= _WESTERN[0]) & (points <= _WESTERN[1]))
    # Unicode Vietnamese has two to three times more Vietnamese-only letters than Latin-1 ones
    # (à, é, ô …); only a page where Latin-1 letters dominate can be a legacy font, and only such
    # pages pay for scoring every conversion.
    if not western:
        return text
    vietnamese = np.count_nonzero((points >= _TONED_VOWELS[0]) & (points <= _TONED_VOWELS[1])) + np.count_nonzero(np.isin(points, _VIETNAMESE_ONLY))
    if vietnamese >= western:
        return text
    # A page is set in one font throughout: its first part tells which, and only the conversion
    # chosen runs over the whole of a page of many megabytes.
    sample = text[:_SAMPLE_CHARS]
    best, best_score = None, vietnamese_score(sample)
    for convert in (from_tcvn3, from_vni):
        score = vietnamese_score(convert(sample))
        if score >= 3 and score > 2 * best_score:
            best, best_score = convert, score
    return best(text) if best else text
