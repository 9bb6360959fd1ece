"""The five real seed pages, boilerplate and all: the facts researchers count, exactly."""
from datetime import date

import pytest
from checkout import seed_text

from vncorpus.nlp.find import find_facts
from vncorpus.nlp.places import article_province

S000, S001, S002, S003, S004 = "000_48b2f031c01f9a57", "001_a1ed80c6601a64c0", "002_590ebb3add425e83", "003_dbc14d009e467cf4", "004_df9ab84536827210"
SEEDS = [S000, S001, S002, S003, S004]
# Each seed's source province (mic.gov.vn, seed 004, is national).
PROVINCE = {S000: "Cao Bằng", S001: "Lạng Sơn", S002: "Bắc Kạn", S003: "Điện Biên", S004: None}
TTG = "Thủ tướng Chính phủ"
BCT = "Bộ Chính trị"


def facts(seed):
    return find_facts(seed_text(seed), PROVINCE[seed])


@pytest.mark.parametrize(
    "seed, expected",
    [
        # (canonical, issued, issuer, via), in text order
        (S000, [
            ("1191/QĐ-TTg", date(2020, 8, 5), TTG, "number"), ("1191/QĐ-TTg", date(2020, 8, 5), TTG, "number"),
            ("1719/QĐ-TTg", date(2021, 10, 14), TTG, "number"), ("1719/QĐ-TTg", date(2021, 10, 14), TTG, "number"),
            ("1533/KH-SNgV", None, None, "number"),
            ("1191/QĐ-TTg", date(2020, 8, 5), TTG, "number"), ("1719/QĐ-TTg", date(2021, 10, 14), TTG, "number"),
            ("1191/QĐ-TTg", None, None, "title"), ("1191/QĐ-TTg", None, None, "number"),
        ]),
        (S001, [
            ("1191/QĐ-TTg", None, None, "title"), ("1191/QĐ-TTg", None, None, "title"),
            ("24-NQ/TW", date(2003, 3, 12), "Ban Chấp hành Trung ương", "number"),
            ("1191/QĐ-TTg", None, None, "title"),
        ]),
        (S002, [
            ("368/QĐ-TTg", None, None, "number"), ("1486/QĐ-TTg", date(2018, 11, 6), None, "number"),
            ("51/KH-UBND", date(2019, 1, 28), None, "number"), ("71/KH-UBND", date(2019, 2, 21), None, "number"),
            ("34/2017/QĐ-UBND", date(2017, 11, 27), None, "number"), ("16-HD/BTGTU", date(2019, 1, 29), None, "number"),
        ]),
        (S003, [
            ("272-QĐ/TW", date(2015, 1, 21), BCT, "number"), ("789-QĐ/TU", date(2016, 8, 16), "Ban Thường vụ Tỉnh ủy", "number"),
            ("1191/QĐ-TTg", date(2020, 8, 5), TTG, "number"), ("1191/QĐ-TTg", None, None, "title"),
            ("36-NQ/TW", None, BCT, "number"), ("45-CT/TW", None, BCT, "number"), ("12-KL/TW", None, BCT, "number"),
            ("169/NQ-CP", None, "Chính phủ", "number"),
            ("36-NQ/TW", None, BCT, "number"), ("45-CT/TW", None, BCT, "number"), ("12-KL/TW", None, BCT, "number"),
        ]),
        (S004, [
            ("1719/QĐ-TTg", None, None, "number"),  # "Chương trình MTQG 1719" in the title
            ("1719/QĐ-TTg", date(2021, 10, 14), TTG, "number"), ("1719/QĐ-TTg", date(2021, 10, 14), TTG, "number"),
        ]),
    ],
)
def test_seed_decisions(seed, expected):
    assert [(d.canonical, d.issued, d.issuer, d.via) for d in facts(seed).decisions] == expected
    assert not any(d.date_conflict for d in facts(seed).decisions)


@pytest.mark.parametrize(
    "seed, expected",
    [
        # (value, unit, qualifier, per, mention), in text order
        (S000, [
            (3, "nội dung", None, None, "3 nội dung"), (7, "cuộc Hội nghị tuyên truyền trực tiếp", None, None, "07 cuộc Hội nghị tuyên truyền trực tiếp"),
            (700, "cán bộ", None, None, "700 cán bộ"), (3, "chuyên mục", None, None, "03 chuyên mục"),
            (2, "Bên", None, None, "2 Bên"), (2, "địa phương", None, None, "2 địa phương"),
        ]),
        (S001, [(200, "đại biểu", "trên", None, "trên 200 đại biểu")]),
        (S002, [
            (1, "đồng chí", None, None, "01 đồng chí"), (167, "đại biểu", None, None, "167 đại biểu"),
            (4, "hội nghị", None, None, "04 hội nghị"), (3, "cuộc hội nghị báo cáo viên", None, None, "03 cuộchội nghị báo cáo viên"),
            (160, "lượt người", "trên", None, "trên 160 lượt người"), (2, "hội nghị giao ban", None, None, "02 hội nghị giao ban"),
            (60, "lượt người", None, None, "60 lượt người"), (1, "chương trình truyền hình", None, None, "01 chương trình truyền hình"),
            (4, "lượt chương trình", None, None, "04 lượt chương trình"), (1000, "lượt khách", "hơn", None, "hơn 1.000 lượt khách"),
        ]),
        (S003, []),
        (S004, [
            (2500, "cuốn", "hơn", None, "hơn 2.500 cuốn"), (150, "cán bộ", "hơn", None, "hơn 150 cán bộ"),
            (20000, "tờ rơi", None, "năm", "20.000 tờ rơi/ năm"), (1, "lớp", None, "năm", "01 lớp/năm"),
            (2, "kỳ", None, "năm", "02 kỳ/ năm"), (500_000_000, "đồng", None, None, "500 triệu đồng"),
        ]),
    ],
)
def test_seed_counts(seed, expected):
    assert [(c.value, c.unit, c.qualifier, c.per, c.mention) for c in facts(seed).counts] == expected


@pytest.mark.parametrize("seed", SEEDS)
def test_no_count_comes_from_a_number_that_is_something_else(seed):
    text = seed_text(seed)
    found = facts(seed)
    taken = [(m.start, m.end) for m in (*found.decisions, *found.dates)]
    counter = text.find("Thống kê truy cập"), text.find("Đăng nhập")
    for count in found.counts:
        assert not any(count.start < end and start < count.end for start, end in taken), count
        assert not counter[0] <= count.start < counter[1], count  # seed 000's visitor counter block


@pytest.mark.parametrize(
    "seed, expected",
    [
        (S000, {
            ("Cao Bằng", "province", "Cao Bằng"), ("Quảng Hòa", "district", "Cao Bằng"), ("Trùng Khánh", "district", "Cao Bằng"),
            ("Hạ Lang", "district", "Cao Bằng"), ("Hòa An", "district", "Cao Bằng"), ("Nguyên Bình", "district", "Cao Bằng"),
            ("Thạch An", "district", "Cao Bằng"), ("Hà Quảng", "district", "Cao Bằng"),
            ("Trung Quốc", "foreign", None), ("Quảng Tây", "foreign", None),
        }),
        (S001, {("Lạng Sơn", "province", "Lạng Sơn")}),
        (S002, {
            ("Bắc Kạn", "province", "Bắc Kạn"), ("Ngân Sơn", "district", "Bắc Kạn"), ("Israel", "foreign", None),
            ("Hoàng Sa", "district", "Đà Nẵng"), ("Trường Sa", "district", "Khánh Hòa"),
        }),
        (S003, {
            ("Điện Biên", "province", "Điện Biên"), ("Phông-sa-ly", "foreign", None), ("Lào", "foreign", None),
            ("Bắc Lào", "foreign", None), ("Vân Nam", "foreign", None), ("Trung Quốc", "foreign", None),
        }),
        (S004, {("Bạc Liêu", "province", "Bạc Liêu")}),
    ],
)
def test_seed_places(seed, expected):
    assert {(p.name, p.level, p.province) for p in facts(seed).places} == expected


@pytest.mark.parametrize(
    "seed, expected",
    [
        (S001, [(2020, "year", "2020"), (2025, "year", "2025"), (2023, "day", "30/5/2023"), (2003, "day", "12/3/2003"),
                (2021, "year", "2021"), (2030, "year", "2030"), (2021, "year", "2021"), (2030, "year", "2030")]),
        (S003, [(2022, "day", "05/09/2022"), (2022, "year", "2022"), (2023, "year", "2023"), (2015, "day", "21/01/2015"),
                (2016, "day", "16/8/2016"), (2020, "day", "05/8/2020"), (2022, "year", "2022"), (2026, "year", "2026")]),
    ],
)
def test_seed_dates(seed, expected):
    assert [(d.date.year, d.precision, d.mention) for d in facts(seed).dates] == expected


def test_seed_004_is_about_bac_lieu():
    text = seed_text(S004)
    title = text.split("\n", 1)[0]
    assert article_province(title, text, facts(S004).places) == "Bạc Liêu"


@pytest.mark.parametrize("seed", SEEDS)
def test_every_span_holds(seed):
    text = seed_text(seed)
    found = facts(seed)
    mentions = [*found.dates, *found.decisions, *found.counts, *found.places]
    assert mentions
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.mention
