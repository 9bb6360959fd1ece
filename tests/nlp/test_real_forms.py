"""Forms met in real public text (legal-text sites, provincial portals, news), each rewritten in
our own sentences: references with legislature codes, header numbers dated by the line below,
issuers at every level, spaced date separators, counts after labels and whole counted phrases."""
from datetime import date

import pytest

from vncorpus.nlp.counts import find_counts
from vncorpus.nlp.dates import find_dates
from vncorpus.nlp.decisions import find_decisions
from vncorpus.nlp.find import find_facts


def refs(text):
    found = find_decisions(text)
    assert all(text[d.start : d.end] == d.mention for d in found)
    return [(d.canonical, d.doc_type, d.issued, d.issuer) for d in found]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A law cited by name and the National Assembly's code, the legislature's number in it.
        ("Căn cứ Luật Thủy sản số 18/2017/QH14;", [("18/2017/QH14", None, None, None)]),
        ("được sửa đổi bởi Luật số 47/2024/QH15;", [("47/2024/QH15", "Luật", None, None)]),
        # The Standing Committee's resolutions.
        (
            "Nghị quyết số 1211/2016/UBTVQH13 ngày 25/5/2016 của Ủy ban Thường vụ Quốc hội về tiêu chuẩn",
            [("1211/2016/UBTVQH13", "Nghị quyết", date(2016, 5, 25), "Ủy ban Thường vụ Quốc hội")],
        ),
        # A number with an office's code only, after its type word.
        ("tại Tờ trình số 88/STNMT ngày 02/3/2019,", [("88/STNMT", "Tờ trình", date(2019, 3, 2), None)]),
        ("Phương án số 12/PA-UBND ngày 9/1/2024 của UBND huyện", [("12/PA-UBND", "Phương án", date(2024, 1, 9), "UBND huyện")]),
        # One segment with no year and no type word is too weak: "số 5/TW" may be anything.
        ("trang 5/TW và các mục khác", []),
        # A heading in capitals takes the code as the text writes it elsewhere.
        (
            "KẾ HOẠCH THỰC HIỆN CHỈ THỊ SỐ 07/CT-TTG\n\nThực hiện Chỉ thị số 07/CT-TTg ngày 02/3/2022 của Thủ tướng Chính phủ,",
            [("07/CT-TTg", "Chỉ thị", None, None), ("07/CT-TTg", "Chỉ thị", date(2022, 3, 2), "Thủ tướng Chính phủ")],
        ),
    ],
)
def test_reference_forms(text, expected):
    assert refs(text) == expected


@pytest.mark.parametrize(
    "text, canonical, issued",
    [
        # The header's own number, and the place-and-date line under it.
        ("Số: 17/2019/QĐ-UBND\n\nCao Bằng, ngày 12 tháng 6 năm 2019\n\nQUYẾT ĐỊNH", "17/2019/QĐ-UBND", date(2019, 6, 12)),
        ("Số: 230/KH-UBND\n\nBuôn Ma Thuột, ngày 03/4/2022", "230/KH-UBND", date(2022, 4, 3)),
        # A place with a hyphen, and a date broken over a table cell's lines.
        ("Số 41/BC-UBND\n|\nPhan Rang-Tháp Chàm, ngày 8\ntháng 11 năm 2018\n|", "41/BC-UBND", date(2018, 11, 8)),
    ],
)
def test_header_number_takes_the_date_below(text, canonical, issued):
    (found,) = find_decisions(text)
    assert (found.canonical, found.issued) == (canonical, issued)


def test_a_number_in_running_text_does_not_take_a_later_header_date():
    text = "theo Kế hoạch số 15/KH-UBND.\nHà Giang, ngày 05 tháng 3 năm 2021"
    assert refs(text) == [("15/KH-UBND", "Kế hoạch", None, None)]


@pytest.mark.parametrize(
    "text, issuer",
    [
        ("Thông báo số 102-TB/TU ngày 3/5/2024 của Ban Chấp hành Đảng bộ tỉnh về việc", "Ban Chấp hành Đảng bộ tỉnh"),
        ("Chỉ thị số 09-CT/TU ngày 1/3/2024 của Ban Thường vụ Thành ủy về công tác", "Ban Thường vụ Thành ủy"),
        ("Kế hoạch số 21/KH-HĐTĐKT ngày 4/8/2022 của Hội đồng Thi đua - Khen thưởng Trung ương, các tỉnh", "Hội đồng Thi đua - Khen thưởng Trung ương"),
        ("Kế hoạch số 77/KH-UBND ngày 2/2/2023 của Ủy ban nhân dân tỉnh Điện Biên về thực hiện", "Ủy ban nhân dân tỉnh Điện Biên"),
        # The name ends where the words stop being one body's name.
        ("Quyết định số 5/QĐ-UBND của Ủy ban nhân dân tỉnh Sơn La ban hành quy chế", "Ủy ban nhân dân tỉnh Sơn La"),
        ("Nghị quyết số 30/NQ-HĐND của HĐND huyện Mường Nhé về", "HĐND huyện Mường Nhé"),
        ("Công văn số 45/STTTT-TTBCXB của Sở Thông tin và Truyền thông về", "Sở Thông tin và Truyền thông"),
        ("Quyết định số 12/QĐ-BTĐKT của Ban Thi đua - Khen thưởng tỉnh về", "Ban Thi đua - Khen thưởng tỉnh"),
        ("Kết luận số 21-KL/HU của Huyện ủy Điện Biên Đông về", "Huyện ủy Điện Biên Đông"),
        ("Quyết định số 1191/QĐ-TTg của Thủ tướng Chính phủ Phê duyệt Đề án", "Thủ tướng Chính phủ"),
    ],
)
def test_issuers_at_every_level(text, issuer):
    (found,) = find_decisions(text)
    assert found.issuer == issuer
    assert text[found.start : found.end].endswith(issuer)


@pytest.mark.parametrize(
    "text, mention, day",
    [
        ("Đăng ngày 09 - 11 - 2023\nLượt xem: 12", "09 - 11 - 2023", date(2023, 11, 9)),
        ("cập nhật 3 / 7 / 2021 lúc 9 giờ", "3 / 7 / 2021", date(2021, 7, 3)),
    ],
)
def test_spaced_date_separators(text, mention, day):
    found = [(d.mention, d.date, d.precision) for d in find_dates(text)]
    assert (mention, day, "day") in found


def test_a_spaced_range_of_years_is_still_two_years():
    assert [(d.mention, d.precision) for d in find_dates("giai đoạn 2021 - 2025")] == [("2021", "year"), ("2025", "year")]


def counts(text):
    found = find_facts(text).counts
    assert all(text[c.start : c.end] == c.mention for c in found)
    return [(c.value, c.unit, c.mention) for c in found]


@pytest.mark.parametrize(
    "text, expected",
    [
        # After a label and a colon.
        ("Tổng vốn đầu tư: 1.250,5 triệu đồng.", [(1250500000, "đồng", "1.250,5 triệu đồng")]),
        ("xây mới 120 nhà; sửa chữa: 45 nhà.", [(120, "nhà", "120 nhà"), (45, "nhà", "45 nhà")]),
        # Counters keep their labels' colons: no counts.
        ("Đang truy cập: 7 Hôm nay: 90", []),
        ("Lượt truy cập: 1.204 lượt", []),
        # Work-days are counted; days are a duration.
        ("huy động 3.200 ngày công tham gia", [(3200, "ngày công", "3.200 ngày công")]),
        ("hơn 20 nghìn ngày công lao động để", [(20000, "ngày công lao động", "hơn 20 nghìn ngày công lao động")]),
        ("trong 6 ngày liên tục", []),
        # A big dotted number after "dân số".
        ("với dân số 1.204.330 người, tỉnh mới", [(1204330, "người", "1.204.330 người")]),
        # The whole counted phrase, not its head noun.
        ("hỗ trợ 12 hộ gia đình có công", [(12, "hộ gia đình", "12 hộ gia đình")]),
        ("có 280 đại biểu chính thức tham dự", [(280, "đại biểu chính thức", "280 đại biểu chính thức")]),
        ("sắp xếp còn 51 đơn vị hành chính cấp xã, trong đó", [(51, "đơn vị hành chính cấp xã", "51 đơn vị hành chính cấp xã")]),
        # The nouns and classifying adjectives that say which kind are the unit's too.
        ("tổ chức 02 hội chợ thương mại quốc tế", [(2, "hội chợ thương mại quốc tế", "02 hội chợ thương mại quốc tế")]),
        ("đến 300 hộ đồng bào", [(300, "hộ đồng bào", "300 hộ đồng bào")]),
        # A measure of goods takes the goods.
        ("tiếp nhận 15 tấn gạo cứu trợ", [(15, "tấn gạo cứu trợ", "15 tấn gạo cứu trợ")]),
    ],
)
def test_count_forms(text, expected):
    assert counts(text) == [(float(v), u, m) for v, u, m in expected]


def test_a_stop_word_inside_a_noun_does_not_cut_it():
    # "gia" of "tham gia" is no stop word on its own: "hộ gia đình" stays whole.
    assert [c.unit for c in find_counts("cấp cho 8 hộ gia đình")] == ["hộ gia đình"]


@pytest.mark.parametrize(
    "text, canonical",
    [
        ("Nghị quyết số 1656/NQ-UBTVQH15 ngày 5/1/2024", "1656/NQ-UBTVQH15"),
        ("theo Nghị quyết 17/NQ-QH14 của Quốc hội", "17/NQ-QH14"),
    ],
)
def test_legislature_numbers_close_codes_of_several_segments(text, canonical):
    assert [d.canonical for d in find_decisions(text)] == [canonical]


def test_the_prime_minister_named_alone():
    assert refs("Chỉ thị số 15/CT-TTg ngày 27/3/2020 của Thủ tướng về các biện pháp") == [("15/CT-TTg", "Chỉ thị", date(2020, 3, 27), "Thủ tướng")]


def test_header_number_on_the_same_line_as_its_place_and_date():
    (found,) = find_decisions("Số: 09/QĐ-UBND        Lạng Sơn, ngày 04 tháng 01 năm 2023")
    assert found.issued == date(2023, 1, 4)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the date after the issuer, and after "ban hành"
        ("Quyết định số 45/QĐ-UBND của UBND tỉnh Lào Cai ngày 12/01/2022 về", ("45/QĐ-UBND", date(2022, 1, 12), "UBND tỉnh Lào Cai")),
        ("Kế hoạch số 9/KH-SNV ban hành ngày 3/2/2021 của Sở Nội vụ", ("9/KH-SNV", date(2021, 2, 3), "Sở Nội vụ")),
        # a ministry whose name holds a comma before its "và"
        ("Thông tư số 06/2017/TT-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch quy định", ("06/2017/TT-BVHTTDL", None, "Bộ Văn hóa, Thể thao và Du lịch")),
        # two bodies listed are two issuers: the first is the reference's
        ("Thông tư liên tịch số 3/2015/TTLT-BYT-BTC của Bộ Y tế, Bộ Tài chính về", ("3/2015/TTLT-BYT-BTC", None, "Bộ Y tế")),
    ],
)
def test_dates_and_issuers_in_either_order(text, expected):
    (found,) = find_decisions(text)
    assert (found.canonical, found.issued, found.issuer) == expected
    assert text[found.start : found.end] == found.mention
