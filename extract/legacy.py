"""Legacy Vietnamese 8-bit font encodings still found on old portal pages: TCVN3 (ABC, the
.VnTime fonts) text that a browser shows as "Th«ng tin ®èi ngo¹i" — detected and converted.

Such pages declare a Western charset, so by the time we see them the bytes have been decoded
as windows-1252/latin-1: each legacy byte became the Latin-1 character with the same code.
"""
from __future__ import annotations

import re

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

# Words on almost every Vietnamese news page; how many appear tells real text from mojibake.
_COMMON = re.compile(
    r"\b(?:của|và|các|được|những|trong|với|cho|tỉnh|huyện|thông tin|đối ngoại|người|công tác|năm|ngày|thực hiện)\b",
    re.IGNORECASE,
)


def vietnamese_score(text: str) -> int:
    return len(_COMMON.findall(text))


def from_tcvn3(text: str) -> str:
    return text.translate(_TCVN3)


def repair_legacy_encoding(text: str) -> str:
    """`text` converted from TCVN3 when that makes it read as Vietnamese; otherwise unchanged."""
    if not any("\u00a1" <= ch <= "\u00fe" for ch in text):
        return text
    converted = from_tcvn3(text)
    before, after = vietnamese_score(text), vietnamese_score(converted)
    return converted if after >= 3 and after > 2 * before else text
