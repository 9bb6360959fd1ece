"""Dates, counts and places: real phrases from the seeds and the sample portals, exact outputs."""
from datetime import date

import pytest

from nlp.counts import find_counts
from nlp.dates import find_dates
from nlp.find import find_facts
from nlp.gazetteer import canonical_province, province_2025
from nlp.places import find_places


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ngày 16/01/2023, Sở Ngoại vụ", [(date(2023, 1, 16), "day", "16/01/2023")]),
        ("ngày 5/8/2020", [(date(2020, 8, 5), "day", "5/8/2020")]),
        ("ngày 5 tháng 8 năm 2020", [(date(2020, 8, 5), "day", "ngày 5 tháng 8 năm 2020")]),
        ("trong tháng 9/2023", [(date(2023, 9, 1), "month", "tháng 9/2023")]),
        ("tháng 12 năm 2022", [(date(2022, 12, 1), "month", "tháng 12 năm 2022")]),
        ("thực hiện trong năm 2022", [(date(2022, 1, 1), "year", "năm 2022")]),
        ("giai đoạn 2021 - 2030", [(date(2021, 1, 1), "year", "2021"), (date(2030, 1, 1), "year", "2030")]),
        ("nhiệm kỳ 2020-2025", [(date(2020, 1, 1), "year", "2020"), (date(2025, 1, 1), "year", "2025")]),
        ("ngày 31/02/2020", []),  # not a date
        ("số 34/2017/QĐ-UBND", []),  # a document number, not a date
    ],
)
def test_dates(text, expected):
    assert [(d.date, d.precision, d.mention) for d in find_dates(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tổ chức 07 cuộc Hội nghị tuyên truyền", [(7, "cuộc Hội nghị", None, None, "07 cuộc Hội nghị")]),
        ("trực tiếp cho 700 cán bộ, công chức", [(700, "cán bộ", None, None, "700 cán bộ")]),
        ("với hơn 2.500 cuốn, phát đến", [(2500, "cuốn", "hơn", None, "hơn 2.500 cuốn")]),
        ("cùng trên 200 đại biểu là cán bộ", [(200, "đại biểu", "trên", None, "trên 200 đại biểu")]),
        ("Tổng kinh phí thực hiện là 500 triệu đồng./.", [(500_000_000, "đồng", None, None, "500 triệu đồng")]),
        ("kinh phí 1,5 tỷ đồng", [(1_500_000_000, "đồng", None, None, "1,5 tỷ đồng")]),
        ("Thực hiện in ấn 20.000 tờ rơi/ năm.", [(20000, "tờ rơi", None, "năm", "20.000 tờ rơi/ năm")]),
        ("nghiệp vụ 01 lớp/năm.", [(1, "lớp", None, "năm", "01 lớp/năm")]),
        ("tuyên truyền 02 kỳ/ năm.", [(2, "kỳ", None, "năm", "02 kỳ/ năm")]),
        ("khoảng 1 435 lượt người", [(1435, "lượt người", "khoảng", None, "khoảng 1 435 lượt người")]),
        ("Tổ chức 03 cuộchội nghị cho", [(3, "cuộc hội nghị", None, None, "03 cuộchội nghị")]),  # glued classifier
        ("khoảng 1,2 nghìn tỷ đồng", [(1_200_000_000_000, "đồng", "khoảng", None, "khoảng 1,2 nghìn tỷ đồng")]),
        ("in 1,5 vạn tờ gấp", [(15000, "tờ gấp", None, None, "1,5 vạn tờ gấp")]),
        ("06 hội nghị cho khoảng 1 200 người", [(6, "hội nghị", None, None, "06 hội nghị"), (1200, "người", "khoảng", None, "khoảng 1 200 người")]),
        # not counts
        ("thuộc Dự án 10, Tiểu dự án 1, Nội dung số 2 theo", []),
        ("Đại hội lần thứ 5 của", []),
        ("hàng trăm cán bộ", []),
        ("trong năm 2023 Sở Ngoại vụ", []),
        ("Điện thoại: 0215 3825 912", []),
        ("Hôm nay: 51\nTrong tuần: 1 435\n", []),
        ("trong 3 ngày", []),
    ],
)
def test_counts(text, expected):
    assert [(c.value, c.unit, c.qualifier, c.per, c.mention) for c in find_counts(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("có từ 50 đến 100 người tham gia", [(50, 100, "người", None, "từ 50 đến 100 người")]),
        ("khoảng 30–40 hộ dân", [(30, 40, "hộ dân", "khoảng", "khoảng 30–40 hộ dân")]),
        ("50 - 100 người", [(50, 100, "người", None, "50 - 100 người")]),
        ("thuộc Dự án 1 - 3 người", []),  # numbering, even as a range
    ],
)
def test_count_ranges(text, expected):
    assert [(c.value, c.value_max, c.unit, c.qualifier, c.mention) for c in find_counts(text)] == expected


def test_document_numbers_and_dates_are_not_counts():
    facts = find_facts("Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ giao 3 nhiệm vụ")
    assert [(c.value, c.unit) for c in facts.counts] == [(3, "nhiệm vụ")]


@pytest.mark.parametrize(
    "text, province, expected",
    [
        (
            "các huyện: Quảng Hòa; Trùng Khánh, Hạ Lang, Hoà An, Nguyên Bình, Thạch An, Hà Quảng.",
            "Cao Bằng",
            [("Quảng Hòa", "district", "Cao Bằng"), ("Trùng Khánh", "district", "Cao Bằng"), ("Hạ Lang", "district", "Cao Bằng"),
             ("Hòa An", "district", "Cao Bằng"), ("Nguyên Bình", "district", "Cao Bằng"), ("Thạch An", "district", "Cao Bằng"),
             ("Hà Quảng", "district", "Cao Bằng")],
        ),
        # an organisation names its province once
        ("Sở Ngoại vụ Cao Bằng đã ban hành", None, [("Cao Bằng", "province", "Cao Bằng")]),
        ("thành phố Cao Bằng", None, [("Cao Bằng", "district", "Cao Bằng")]),
        # foreign places, with and without a unit word
        ("Khu tự trị dân tộc Choang Quảng Tây, Trung Quốc", None, [("Quảng Tây", "foreign", None), ("Trung Quốc", "foreign", None)]),
        ("tỉnh Phông-sa-ly (nước CHDCND Lào)", None, [("Phông-sa-ly", "foreign", None), ("Lào", "foreign", None)]),
        ("tỉnh Lào Cai", None, [("Lào Cai", "province", "Lào Cai")]),  # not Lào
        # a district name several provinces share, settled by the article's province
        ("huyện Bảo Lâm", "Cao Bằng", [("Bảo Lâm", "district", "Cao Bằng")]),
        ("huyện Bảo Lâm", "Lâm Đồng", [("Bảo Lâm", "district", "Lâm Đồng")]),
        ("huyện Bảo Lâm", None, []),  # ambiguous and nothing to settle it
        # communes need their unit word
        ("xã Bắc Xa và xã Bính Xá", "Lạng Sơn", [("Bắc Xa", "commune", "Lạng Sơn"), ("Bính Xá", "commune", "Lạng Sơn")]),
        ("Quang Trung", "Lạng Sơn", []),
    ],
)
def test_places(text, province, expected):
    assert [(p.name, p.level, p.province) for p in find_places(text, province)] == expected


@pytest.mark.parametrize(
    "name, canonical, in_2025",
    [
        ("tỉnh Cao Bằng", "Cao Bằng", "Cao Bằng"),
        ("Bắc Kạn", "Bắc Kạn", "Thái Nguyên"),
        ("Bạc Liêu", "Bạc Liêu", "Cà Mau"),
        ("Hoà Bình", "Hòa Bình", "Phú Thọ"),
        ("TP. Hồ Chí Minh", "Hồ Chí Minh", "Hồ Chí Minh"),
        ("Cao Bang", "Cao Bằng", "Cao Bằng"),
        ("Atlantis", None, None),
    ],
)
def test_provinces(name, canonical, in_2025):
    assert canonical_province(name) == canonical
    assert province_2025(name) == in_2025


def test_dates_in_capitals():
    text = "NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH LẠNG SƠN LẦN THỨ XVII, NHIỆM KỲ 2020 - 2025"
    assert [(d.date.year, d.precision, d.mention) for d in find_dates(text)] == [(2020, "year", "2020"), (2025, "year", "2025")]
