"""The five real seed pages: the facts researchers count, exactly, and spans that hold."""
from datetime import date

import pytest

from conftest import seed_text
from nlp.find import find_facts
from nlp.places import article_province

SEEDS = ["000_48b2f031c01f9a57", "001_a1ed80c6601a64c0", "002_590ebb3add425e83", "003_dbc14d009e467cf4", "004_df9ab84536827210"]


@pytest.mark.parametrize(
    "seed, expected",
    [
        ("000_48b2f031c01f9a57", {("1191/QĐ-TTg", date(2020, 8, 5), "Thủ tướng Chính phủ"), ("1719/QĐ-TTg", date(2021, 10, 14), "Thủ tướng Chính phủ"), ("1533/KH-SNgV", None, None)}),
        ("001_a1ed80c6601a64c0", {("24-NQ/TW", date(2003, 3, 12), "Ban Chấp hành Trung ương")}),
        ("002_590ebb3add425e83", {("368/QĐ-TTg", None, None), ("1486/QĐ-TTg", date(2018, 11, 6), None), ("51/KH-UBND", date(2019, 1, 28), None), ("71/KH-UBND", date(2019, 2, 21), None), ("34/2017/QĐ-UBND", date(2017, 11, 27), None)}),
        ("003_dbc14d009e467cf4", {("272-QĐ/TW", date(2015, 1, 21), "Bộ Chính trị"), ("789-QĐ/TU", date(2016, 8, 16), "Ban Thường vụ Tỉnh ủy"), ("36-NQ/TW", None, "Bộ Chính trị"), ("45-CT/TW", None, "Bộ Chính trị"), ("12-KL/TW", None, "Bộ Chính trị"), ("169/NQ-CP", None, "Chính phủ")}),
        ("004_df9ab84536827210", {("1719/QĐ-TTg", date(2021, 10, 14), "Thủ tướng Chính phủ"), ("1719/QĐ-TTg", None, None)}),
    ],
)
def test_seed_decisions(seed, expected):
    found = {(d.canonical, d.issued, d.issuer) for d in find_facts(seed_text(seed)).decisions if d.via == "number"}
    assert expected <= found


@pytest.mark.parametrize(
    "seed, expected",
    [
        ("000_48b2f031c01f9a57", {(7, "cuộc Hội nghị"), (700, "cán bộ"), (3, "chuyên mục"), (3, "nội dung")}),
        ("001_a1ed80c6601a64c0", {(200, "đại biểu")}),
        ("002_590ebb3add425e83", {(167, "đại biểu"), (4, "hội nghị"), (1, "đồng chí")}),
        ("004_df9ab84536827210", {(2500, "cuốn"), (20000, "tờ rơi"), (1, "lớp"), (2, "kỳ"), (500_000_000, "đồng")}),
    ],
)
def test_seed_counts(seed, expected):
    assert expected <= {(c.value, c.unit) for c in find_facts(seed_text(seed)).counts}


def test_seed_000_places():
    places = {(p.name, p.level, p.province) for p in find_facts(seed_text("000_48b2f031c01f9a57"), "Cao Bằng").places}
    for district in ("Quảng Hòa", "Trùng Khánh", "Hạ Lang", "Hòa An", "Nguyên Bình", "Thạch An", "Hà Quảng"):
        assert (district, "district", "Cao Bằng") in places
    assert {("Cao Bằng", "province", "Cao Bằng"), ("Trung Quốc", "foreign", None), ("Quảng Tây", "foreign", None)} <= places


def test_seed_003_foreign_places():
    places = {(p.name, p.level) for p in find_facts(seed_text("003_dbc14d009e467cf4")).places}
    assert {("Phông-sa-ly", "foreign"), ("Lào", "foreign")} <= places


def test_seed_004_is_about_bac_lieu():
    text = seed_text("004_df9ab84536827210")
    facts = find_facts(text)
    assert article_province(text.split("\n", 1)[0], text, facts.places) == "Bạc Liêu"


@pytest.mark.parametrize("seed", SEEDS)
def test_every_span_holds(seed):
    text = seed_text(seed)
    facts = find_facts(text)
    for kind in (facts.dates, facts.decisions, facts.counts, facts.places):
        for mention in kind:
            assert text[mention.start : mention.end] == mention.mention
