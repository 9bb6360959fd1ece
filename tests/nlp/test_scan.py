"""regexes.Scan finds exactly what the pattern's own finditer finds, though it starts the engine only
at its opening words and digits."""
import re

import pytest
from vncorpus.nlp.regexes import COUNT, COUNT_RANGE, DATE, DOCUMENT_REFERENCE, LIST_HEAD, Scan

_LABEL = Scan(r"\b(?:ngày\s+đăng|đăng\s+lúc|in)\s*:?\s*(?P<d>\d{1,2}/\d{1,2}/\d{4})", "ngày", "đăng", "in", digit=False, flags=re.IGNORECASE)

TEXTS = [
    "Lượt xem: 120 | Ngày đăng: 30/05/2023 | In: 01/06/2023",
    # openings inside words ("xin", "Nguyễn Đăng") and overlapping candidates
    "Xin gửi ông Nguyễn Đăng Khoa | NGÀY ĐĂNG 30/05/2023 đăng lúc 31/05/2023",
    "ngày đăng ngày đăng: 30/05/2023",
    "không có nhãn nào ở đây 30/05/2023",
    # letters whose folded form is longer ("İ", "ß") and digits other than 0–9: the engine scans
    "İstanbul | Ngày đăng: 30/05/2023 | Quyết định số 1191/QĐ-TTg",
    "Straße | Ngày đăng: 30/05/2023",
    "Ngày đăng: ３０/05/2023, hơn ７00 cán bộ",
    "Thực hiện Quyết định số 1191/QĐ-TTg ngày 05/8/2020, trong giai đoạn 2021 - 2025, tháng 9/2023, các huyện: Hà Quảng, "
    "Trùng Khánh; từ 50 đến 100 người, khoảng 1 435 lượt người, XẤP XỈ 40 hộ, 07 cuộc Hội nghị, KH số 51/KH-UBND",
    "",
]


@pytest.mark.parametrize("scan", [_LABEL, COUNT, COUNT_RANGE, DATE, DOCUMENT_REFERENCE, LIST_HEAD])
@pytest.mark.parametrize("text", TEXTS)
def test_scan_finds_what_finditer_finds(scan, text):
    assert [m.span() for m in scan.finditer(text)] == [m.span() for m in scan.regex.finditer(text)]


def test_openings_are_literal_prefixes_and_digits():
    assert COUNT.openings[:3] == ("chừng", "dưới", "gần") and COUNT.digit
    # a pattern piece counts up to its first regex syntax; a phrase written with one space is whole
    assert "xấp" in COUNT.openings and "quyết định" in DOCUMENT_REFERENCE.openings
    # abbreviations open a reference only in capitals, as the pattern writes them
    assert "QĐ" in DOCUMENT_REFERENCE.exact and "qđ" not in DOCUMENT_REFERENCE.openings
    assert "Quyết định" not in DOCUMENT_REFERENCE.exact  # its lower case already finds it in any case


def _corpus() -> list[str]:
    from pathlib import Path

    import yaml

    root = Path(__file__).resolve().parent.parent
    gold = [yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted((root / "gold" / "nlp").glob("*.yaml"))]
    texts = [case["text"] for case in gold if "text" in case]  # the seed cases name a seed page instead
    return texts + [path.read_text(encoding="utf-8", errors="replace") for path in sorted((root / "gold" / "extract").glob("*.html"))]


def _scans() -> list[Scan]:
    from vncorpus.extract import dates
    from vncorpus.nlp import regexes

    return [value for module in (regexes, dates) for value in vars(module).values() if isinstance(value, Scan)]


def test_every_scan_finds_what_finditer_finds_on_the_gold_texts():
    corpus = _corpus()
    assert len(corpus) > 40 and len(_scans()) >= 8
    for scan in _scans():
        for text in corpus:
            assert [m.span() for m in scan.finditer(text)] == [m.span() for m in scan.regex.finditer(text)], scan.regex.pattern[:60]


@pytest.mark.parametrize("text", TEXTS + ["Ông H. Hòa An nói… các xã. TP. Cao Bằng!Tổ chức\n\nhội nghị.Báo Bắc Kạn ... xong?"])
def test_sentence_breaks_are_the_patterns_own(text):
    """The activities' sentence splitter starts the engine only at a break's first character."""
    from vncorpus.nlp.activities import _breaks
    from vncorpus.nlp.regexes import SENTENCE_BREAK

    assert [m.span() for m in _breaks(text)] == [m.span() for m in SENTENCE_BREAK.finditer(text)]


def test_sentence_breaks_are_the_patterns_own_on_the_gold_texts():
    from vncorpus.nlp.activities import _breaks
    from vncorpus.nlp.regexes import SENTENCE_BREAK

    for text in _corpus():
        assert [m.span() for m in _breaks(text)] == [m.span() for m in SENTENCE_BREAK.finditer(text)]
