"""Legal-document references: every form in use, exact fields, exact spans."""
from datetime import date

import pytest

from vncorpus.nlp.decisions import find_decisions


def refs(text):
    found = find_decisions(text)
    assert all(text[d.start : d.end] == d.mention for d in found)
    return [(d.canonical, d.doc_type, d.number, d.code, d.issued, d.issuer, d.via, d.mention) for d in found]


QD = "Quyết định"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "theo Quyết định số 1191/QĐ-TTg ngày 05/8/2020 của Thủ tướng Chính phủ về",
            [("1191/QĐ-TTg", QD, "1191", "QĐ-TTg", date(2020, 8, 5), "Thủ tướng Chính phủ", "number", "Quyết định số 1191/QĐ-TTg ngày 05/8/2020 của Thủ tướng Chính phủ")],
        ),
        (  # a date after the issuer is on its line: the next paragraph's opening date is not the title's
            "theo Quyết định số 1191/QĐ-TTg của Thủ tướng Chính phủ\nNgày 16/01/2023, Sở Ngoại vụ",
            [("1191/QĐ-TTg", QD, "1191", "QĐ-TTg", None, "Thủ tướng Chính phủ", "number", "Quyết định số 1191/QĐ-TTg của Thủ tướng Chính phủ")],
        ),
        (
            "triển khai QĐ 1191/QĐ-TTg trên địa bàn",
            [("1191/QĐ-TTg", QD, "1191", "QĐ-TTg", None, None, "number", "QĐ 1191/QĐ-TTg")],
        ),
        (
            "theo quyết định số: 1191/QĐ-TTg",
            [("1191/QĐ-TTg", QD, "1191", "QĐ-TTg", None, None, "number", "quyết định số: 1191/QĐ-TTg")],
        ),
        (
            "Quyết định số 1191/QĐ-TTg ngày 5 tháng 8 năm 2020",
            [("1191/QĐ-TTg", QD, "1191", "QĐ-TTg", date(2020, 8, 5), None, "number", "Quyết định số 1191/QĐ-TTg ngày 5 tháng 8 năm 2020")],
        ),
        (
            "Nghị quyết 24-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương (khóa IX)",
            [("24-NQ/TW", "Nghị quyết", "24", "NQ/TW", date(2003, 3, 12), "Ban Chấp hành Trung ương", "number", "Nghị quyết 24-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương")],
        ),
        (
            "Quyết định số 272-QĐ/TW, ngày 21/01/2015 của Bộ Chính trị về việc",
            [("272-QĐ/TW", QD, "272", "QĐ/TW", date(2015, 1, 21), "Bộ Chính trị", "number", "Quyết định số 272-QĐ/TW, ngày 21/01/2015 của Bộ Chính trị")],
        ),
        (
            "Quyết định số 34/2017/QĐ-UBND ngày 27/11/2017 về việc",
            [("34/2017/QĐ-UBND", QD, "34", "QĐ-UBND", date(2017, 11, 27), None, "number", "Quyết định số 34/2017/QĐ-UBND ngày 27/11/2017")],
        ),
        (
            "đã ban hành Kế hoạch số 51/KH-UBND ngày 28/01/2019 về",
            [("51/KH-UBND", "Kế hoạch", "51", "KH-UBND", date(2019, 1, 28), None, "number", "Kế hoạch số 51/KH-UBND ngày 28/01/2019")],
        ),
        (
            "ban hành Kế hoạch số 1533/KH-SNgV về",  # the code's letters as written
            [("1533/KH-SNgV", "Kế hoạch", "1533", "KH-SNgV", None, None, "number", "Kế hoạch số 1533/KH-SNgV")],
        ),
        (
            "Hướng dẫn số 16-HD/BTGTU ngày 29/01/2019 về",
            [("16-HD/BTGTU", "Hướng dẫn", "16", "HD/BTGTU", date(2019, 1, 29), None, "number", "Hướng dẫn số 16-HD/BTGTU ngày 29/01/2019")],
        ),
        (
            "Công văn số 123/UBND-VX ngày 3/4/2023 của UBND tỉnh",
            [("123/UBND-VX", "Công văn", "123", "UBND-VX", date(2023, 4, 3), "UBND tỉnh", "number", "Công văn số 123/UBND-VX ngày 3/4/2023 của UBND tỉnh")],
        ),
        (
            "Thông tư số 05/2023/TT-BTTTT và Nghị định số 17/2017/NĐ-CP",
            [
                ("05/2023/TT-BTTTT", "Thông tư", "05", "TT-BTTTT", None, None, "number", "Thông tư số 05/2023/TT-BTTTT"),
                ("17/2017/NĐ-CP", "Nghị định", "17", "NĐ-CP", None, None, "number", "Nghị định số 17/2017/NĐ-CP"),
            ],
        ),
        (
            "thực hiện Chương trình số 12-CTr/TU",  # the type from the code when written as a word too
            [("12-CTr/TU", "Chương trình", "12", "CTr/TU", None, None, "number", "Chương trình số 12-CTr/TU")],
        ),
        (
            # glued date: the reference ends at the year
            "Quyết định số 1486/QĐ-TTg ngày 06/11/2018ban hành",
            [("1486/QĐ-TTg", QD, "1486", "QĐ-TTg", date(2018, 11, 6), None, "number", "Quyết định số 1486/QĐ-TTg ngày 06/11/2018")],
        ),
        (
            # a list: the issuer written after it belongs to every document of the same body
            "Nghị quyết số 36-NQ/TW, Chỉ thị số 45-CT/TW và Kết luận số 12-KL/TW của Bộ Chính trị về",
            [
                ("36-NQ/TW", "Nghị quyết", "36", "NQ/TW", None, "Bộ Chính trị", "number", "Nghị quyết số 36-NQ/TW"),
                ("45-CT/TW", "Chỉ thị", "45", "CT/TW", None, "Bộ Chính trị", "number", "Chỉ thị số 45-CT/TW"),
                ("12-KL/TW", "Kết luận", "12", "KL/TW", None, "Bộ Chính trị", "number", "Kết luận số 12-KL/TW của Bộ Chính trị"),
            ],
        ),
        (
            # neighbours keep their own issuer and date
            "Thực hiện Quyết định 1191/QĐ-TTg và Kế hoạch số 45/KH-UBND ngày 10/02/2023 của UBND tỉnh, các",
            [
                ("1191/QĐ-TTg", QD, "1191", "QĐ-TTg", None, None, "number", "Quyết định 1191/QĐ-TTg"),
                ("45/KH-UBND", "Kế hoạch", "45", "KH-UBND", date(2023, 2, 10), "UBND tỉnh", "number", "Kế hoạch số 45/KH-UBND ngày 10/02/2023 của UBND tỉnh"),
            ],
        ),
        (
            "Quyết định số 368/QĐ-TTg phê duyệt ... và Quyết định số 1486/QĐ-TTg ngày 06/11/2018 của Thủ tướng Chính phủ",
            [
                ("368/QĐ-TTg", QD, "368", "QĐ-TTg", None, None, "number", "Quyết định số 368/QĐ-TTg"),
                ("1486/QĐ-TTg", QD, "1486", "QĐ-TTg", date(2018, 11, 6), "Thủ tướng Chính phủ", "number", "Quyết định số 1486/QĐ-TTg ngày 06/11/2018 của Thủ tướng Chính phủ"),
            ],
        ),
        # number without code: resolved by the registry, or by a code the article wrote for the same type
        ("theo Quyết định 1191, các tỉnh", [("1191/QĐ-TTg", QD, "1191", "QĐ-TTg", None, None, "number", "Quyết định 1191")]),
        (
            "Quyết định 1191 ngày 05/8/2020 của Thủ tướng Chính phủ",
            [("1191/QĐ-TTg", QD, "1191", "QĐ-TTg", date(2020, 8, 5), "Thủ tướng Chính phủ", "number", "Quyết định 1191 ngày 05/8/2020 của Thủ tướng Chính phủ")],
        ),
        ("Nghị quyết 36 và Chỉ thị 45", [
            ("36-NQ/TW", "Nghị quyết", "36", "NQ/TW", None, None, "number", "Nghị quyết 36"),
            ("45-CT/TW", "Chỉ thị", "45", "CT/TW", None, None, "number", "Chỉ thị 45"),
        ]),
        (
            "Kế hoạch số 51/KH-UBND. Sau đó, Kế hoạch 51 được triển khai",
            [
                ("51/KH-UBND", "Kế hoạch", "51", "KH-UBND", None, None, "number", "Kế hoạch số 51/KH-UBND"),
                ("51/KH-UBND", "Kế hoạch", "51", "KH-UBND", None, None, "number", "Kế hoạch 51"),
            ],
        ),
        ("Kế hoạch 1191 của tỉnh", []),  # 1191 is a decision: another type is another document
        ("Quyết định số 4567 của huyện", []),  # a bare number nobody knows is too weak to count
        # a programme named by its decision's number
        ("trong Chương trình MTQG 1719 tại Bạc Liêu", [("1719/QĐ-TTg", QD, "1719", "QĐ-TTg", None, None, "number", "Chương trình MTQG 1719")]),
        ("Chương trình mục tiêu quốc gia 1719.", [("1719/QĐ-TTg", QD, "1719", "QĐ-TTg", None, None, "number", "Chương trình mục tiêu quốc gia 1719")]),
        ("Chương trình 1719,", [("1719/QĐ-TTg", QD, "1719", "QĐ-TTg", None, None, "number", "Chương trình 1719")]),
        # not references
        ("Hội nghị ngày 31/02/2020", []),
        ("giai đoạn 2021 - 2030", []),
    ],
)
def test_reference_forms(text, expected):
    assert refs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hội nghị tập huấn công tác thông tin đối ngoại góp phần xây dựng biên giới hòa bình, hữu nghị, hợp tác và phát triển vùng đồng bào.",
            [("1191/QĐ-TTg", "title", "góp phần xây dựng biên giới hòa bình, hữu nghị, hợp tác và phát triển")],
        ),
        (
            "Thông tin Đối ngoại góp phần xây dựng đường biên giới hoà bình, hữu nghị, hợp tác và phát triển",  # old-style tone
            [("1191/QĐ-TTg", "title", "góp phần xây dựng đường biên giới hoà bình, hữu nghị, hợp tác và phát triển")],
        ),
        # without "thông tin đối ngoại" nearby the phrase is ordinary political language
        ("Nhân dân hai bên góp phần xây dựng biên giới hòa bình, hữu nghị, hợp tác và phát triển.", []),
    ],
)
def test_title_mentions_need_foreign_information_context(text, expected):
    assert [(d.canonical, d.via, d.mention) for d in find_decisions(text)] == expected


@pytest.mark.parametrize(
    "text, issued, conflict",
    [
        ("Quyết định số 1191/QĐ-TTg ngày 05/8/2020", date(2020, 8, 5), False),
        # the written date stays the mention's own even where the registry disagrees
        ("Quyết định số 1191/QĐ-TTg ngày 15/8/2021", date(2021, 8, 15), True),
        ("Quyết định 1191 ngày 15/8/2021", date(2021, 8, 15), True),
        ("Quyết định số 1191/QĐ-TTg", None, False),  # no written date, nothing to disagree with
        ("Kế hoạch số 51/KH-UBND ngày 28/01/2019", date(2019, 1, 28), False),  # not in the registry
    ],
)
def test_written_date_is_checked_against_the_registry(text, issued, conflict):
    [mention] = find_decisions(text)
    assert (mention.issued, mention.date_conflict) == (issued, conflict)


def test_year_inside_the_code():
    [mention] = find_decisions("Quyết định số 34/2017/QĐ-UBND")
    assert (mention.number, mention.year, mention.code) == ("34", 2017, "QĐ-UBND")
