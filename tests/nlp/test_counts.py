"""Counts: a quantity of something counted, with its unit, qualifier and rate; and what is not a count."""
import pytest

from vncorpus.nlp.counts import find_counts
from vncorpus.nlp.find import find_facts


@pytest.mark.parametrize(
    "text, expected",
    [
        # (value, unit, qualifier, per, mention)
        ("Tổ chức 07 cuộc Hội nghị tuyên truyền", [(7, "cuộc Hội nghị tuyên truyền", None, None, "07 cuộc Hội nghị tuyên truyền")]),
        ("trực tiếp cho 700 cán bộ, công chức", [(700, "cán bộ", None, None, "700 cán bộ")]),
        ("với hơn 2.500 cuốn, phát đến", [(2500, "cuốn", "hơn", None, "hơn 2.500 cuốn")]),
        ("cùng trên 200 đại biểu là cán bộ", [(200, "đại biểu", "trên", None, "trên 200 đại biểu")]),
        ("Hơn 300 hộ đồng bào", [(300, "hộ đồng bào", "hơn", None, "Hơn 300 hộ đồng bào")]),
        ("Tổng kinh phí thực hiện là 500 triệu đồng./.", [(500_000_000, "đồng", None, None, "500 triệu đồng")]),
        ("kinh phí 1,5 tỷ đồng", [(1_500_000_000, "đồng", None, None, "1,5 tỷ đồng")]),
        ("khoảng 1,2 nghìn tỷ đồng", [(1_200_000_000_000, "đồng", "khoảng", None, "khoảng 1,2 nghìn tỷ đồng")]),
        ("in 1,5 vạn tờ gấp", [(15000, "tờ gấp", None, None, "1,5 vạn tờ gấp")]),
        ("khoảng 1 435 lượt người", [(1435, "lượt người", "khoảng", None, "khoảng 1 435 lượt người")]),  # space-grouped thousands
        ("1.000.000 đồng", [(1_000_000, "đồng", None, None, "1.000.000 đồng")]),
        ("Thực hiện in ấn 20.000 tờ rơi/ năm.", [(20000, "tờ rơi", None, "năm", "20.000 tờ rơi/ năm")]),
        ("nghiệp vụ 01 lớp/năm.", [(1, "lớp", None, "năm", "01 lớp/năm")]),
        ("tuyên truyền 02 kỳ/ năm.", [(2, "kỳ", None, "năm", "02 kỳ/ năm")]),
        ("mở 03 chuyên mục Thông tin đối ngoại", [(3, "chuyên mục", None, None, "03 chuyên mục")]),
        ("mở 03 chuyên trang", [(3, "chuyên trang", None, None, "03 chuyên trang")]),
        ("cho 167 đại biểu là lãnh đạo", [(167, "đại biểu", None, None, "167 đại biểu")]),
        ("Tổ chức 04 hội nghị cung cấp", [(4, "hội nghị", None, None, "04 hội nghị")]),
        ("phân công 01 đồng chí Phó Chủ tịch", [(1, "đồng chí", None, None, "01 đồng chí")]),
        ("Tổ chức 03 cuộchội nghị cho", [(3, "cuộc hội nghị", None, None, "03 cuộchội nghị")]),  # glued classifier
        ("02 đợt khám chữa bệnh", [(2, "đợt khám chữa bệnh", None, None, "02 đợt khám chữa bệnh")]),
        ("1 200 người có uy tín", [(1200, "người có uy tín", None, None, "1 200 người có uy tín")]),
        ("hơn 2000 người", [(2000, "người", "hơn", None, "hơn 2000 người")]),  # year-shaped, but qualified
        (
            "06 hội nghị cho khoảng 1 200 người",
            [(6, "hội nghị", None, None, "06 hội nghị"), (1200, "người", "khoảng", None, "khoảng 1 200 người")],
        ),
        # not counts
        ("thuộc Dự án 10, Tiểu dự án 1, Nội dung số 2 theo", []),  # project numbering
        ("Đại hội lần thứ 5 của", []),  # ordinal
        ("hàng trăm cán bộ", []),  # not a number
        ("trong năm 2023 Sở Ngoại vụ", []),  # a year
        ("2022 cán bộ", []),  # year-shaped and unqualified: taken for a year
        ("Điện thoại: 0215 3825 912", []),
        ("Đang truy cập: 4\n  • Hôm nay: 51\n  • Trong tuần: 1 435\n  • Tổng lượt truy cập: 256602", []),  # visitor counter
        ("Đang truy cập: 4 người", []),
        ("trong 3 ngày", []),  # a duration
        ("tăng 10%", []),
        ("111 111 111 111 111 111 người", []),  # not a number Vietnamese writes
    ],
)
def test_count_forms(text, expected):
    found = find_counts(text)
    assert [(c.value, c.unit, c.qualifier, c.per, c.mention) for c in found] == expected
    assert all(text[c.start : c.end] == c.mention for c in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        # (low, high, unit, qualifier, mention)
        ("có từ 50 đến 100 người tham gia", [(50, 100, "người", None, "từ 50 đến 100 người")]),
        ("khoảng 30–40 hộ dân", [(30, 40, "hộ dân", "khoảng", "khoảng 30–40 hộ dân")]),
        ("50 - 100 người", [(50, 100, "người", None, "50 - 100 người")]),
        ("thuộc Dự án 1 - 3 người", []),  # numbering, even as a range
    ],
)
def test_count_ranges(text, expected):
    assert [(c.value, c.value_max, c.unit, c.qualifier, c.mention) for c in find_counts(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ giao 3 nhiệm vụ", [(3, "nhiệm vụ")]),
        ("Kế hoạch số 51/KH-UBND ngày 28/01/2019 về 2 nội dung", [(2, "nội dung")]),
        ("ngày 5 tháng 8 năm 2020 có 40 đại biểu", [(40, "đại biểu")]),
    ],
)
def test_numbers_in_dates_and_documents_are_not_counts(text, expected):
    assert [(c.value, c.unit) for c in find_facts(text).counts] == expected
