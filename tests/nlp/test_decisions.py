"""Legal-document references: every form in use, exact fields, exact spans."""
from datetime import date

import pytest

from nlp.decisions import find_decisions


def refs(text):
    return [(d.canonical, d.doc_type, d.number, d.code, d.issued, d.issuer, d.via, d.mention) for d in find_decisions(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "theo Quyết định số 1191/QĐ-TTg ngày 05/8/2020 của Thủ tướng Chính phủ về",
            [("1191/QĐ-TTg", "Quyết định", "1191", "QĐ-TTg", date(2020, 8, 5), "Thủ tướng Chính phủ", "number", "Quyết định số 1191/QĐ-TTg ngày 05/8/2020 của Thủ tướng Chính phủ")],
        ),
        (
            "triển khai QĐ 1191/QĐ-TTg trên địa bàn",
            [("1191/QĐ-TTg", "Quyết định", "1191", "QĐ-TTg", None, None, "number", "QĐ 1191/QĐ-TTg")],
        ),
        (
            "Nghị quyết 24-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương",
            [("24-NQ/TW", "Nghị quyết", "24", "NQ/TW", date(2003, 3, 12), "Ban Chấp hành Trung ương", "number", "Nghị quyết 24-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương")],
        ),
        (
            "Quyết định số 272-QĐ/TW, ngày 21/01/2015 của Bộ Chính trị về việc",
            [("272-QĐ/TW", "Quyết định", "272", "QĐ/TW", date(2015, 1, 21), "Bộ Chính trị", "number", "Quyết định số 272-QĐ/TW, ngày 21/01/2015 của Bộ Chính trị")],
        ),
        (
            "Quyết định số 34/2017/QĐ-UBND ngày 27/11/2017 về việc",
            [("34/2017/QĐ-UBND", "Quyết định", "34", "QĐ-UBND", date(2017, 11, 27), None, "number", "Quyết định số 34/2017/QĐ-UBND ngày 27/11/2017")],
        ),
        (
            "đã ban hành Kế hoạch số 51/KH-UBND ngày 28/01/2019 về",
            [("51/KH-UBND", "Kế hoạch", "51", "KH-UBND", date(2019, 1, 28), None, "number", "Kế hoạch số 51/KH-UBND ngày 28/01/2019")],
        ),
        (
            "ban hành Kế hoạch số 1533/KH-SNgV về",
            [("1533/KH-SNgV", "Kế hoạch", "1533", "KH-SNgV", None, None, "number", "Kế hoạch số 1533/KH-SNgV")],
        ),
        (
            # glued date: the reference ends at the year
            "Quyết định số 1486/QĐ-TTg ngày 06/11/2018ban hành",
            [("1486/QĐ-TTg", "Quyết định", "1486", "QĐ-TTg", date(2018, 11, 6), None, "number", "Quyết định số 1486/QĐ-TTg ngày 06/11/2018")],
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
                ("1191/QĐ-TTg", "Quyết định", "1191", "QĐ-TTg", None, None, "number", "Quyết định 1191/QĐ-TTg"),
                ("45/KH-UBND", "Kế hoạch", "45", "KH-UBND", date(2023, 2, 10), "UBND tỉnh", "number", "Kế hoạch số 45/KH-UBND ngày 10/02/2023 của UBND tỉnh"),
            ],
        ),
        (
            # the number repeated later without its code
            "Quyết định số 1191/QĐ-TTg. Sau đó, Quyết định 1191 được triển khai",
            [
                ("1191/QĐ-TTg", "Quyết định", "1191", "QĐ-TTg", None, None, "number", "Quyết định số 1191/QĐ-TTg"),
                ("1191/QĐ-TTg", "Quyết định", "1191", "QĐ-TTg", None, None, "number", "Quyết định 1191"),
            ],
        ),
        (
            # a programme named by its decision's number, resolved through the registry
            "nội dung thông tin và truyền thông trong Chương trình MTQG 1719 tại Bạc Liêu",
            [("1719/QĐ-TTg", "Quyết định", "1719", "QĐ-TTg", None, None, "number", "Chương trình MTQG 1719")],
        ),
        (
            # a bare number with no code and no registry entry is too weak to count
            "Quyết định số 4567 của huyện",
            [],
        ),
    ],
)
def test_reference_forms(text, expected):
    assert refs(text) == expected


def test_title_mention_needs_foreign_information_context():
    with_context = "Hội nghị tập huấn công tác thông tin đối ngoại góp phần xây dựng biên giới hòa bình, hữu nghị, hợp tác và phát triển vùng đồng bào."
    without = "Nhân dân hai bên góp phần xây dựng biên giới hòa bình, hữu nghị, hợp tác và phát triển."
    assert [(d.canonical, d.via) for d in find_decisions(with_context)] == [("1191/QĐ-TTg", "title")]
    assert find_decisions(without) == []


def test_wrong_date_is_flagged_against_the_registry():
    [right] = find_decisions("Quyết định số 1191/QĐ-TTg ngày 05/8/2020")
    [wrong] = find_decisions("Quyết định số 1191/QĐ-TTg ngày 15/8/2021")
    assert (right.date_conflict, wrong.date_conflict) == (False, True)
