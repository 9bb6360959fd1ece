"""Dates: every written form, with its precision and exact span; impossible dates rejected."""
from datetime import date

import pytest

from vncorpus.nlp.dates import find_dates


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ngày 16/01/2023, Sở Ngoại vụ", [(date(2023, 1, 16), "day", "16/01/2023")]),  # dd/mm/yyyy
        ("ngày 5/8/2020", [(date(2020, 8, 5), "day", "5/8/2020")]),  # d/m/yyyy
        ("ngày 05-08-2020", [(date(2020, 8, 5), "day", "05-08-2020")]),
        ("ngày 5 tháng 8 năm 2020", [(date(2020, 8, 5), "day", "ngày 5 tháng 8 năm 2020")]),
        ("NGÀY 5 THÁNG 8 NĂM 2020", [(date(2020, 8, 5), "day", "NGÀY 5 THÁNG 8 NĂM 2020")]),
        ("trong tháng 9/2023", [(date(2023, 9, 1), "month", "tháng 9/2023")]),
        ("tháng 12 năm 2022", [(date(2022, 12, 1), "month", "tháng 12 năm 2022")]),
        ("thực hiện trong năm 2022", [(date(2022, 1, 1), "year", "năm 2022")]),
        ("giai đoạn 2021 - 2030", [(date(2021, 1, 1), "year", "2021"), (date(2030, 1, 1), "year", "2030")]),
        ("giai đoạn 2024- 2025", [(date(2024, 1, 1), "year", "2024"), (date(2025, 1, 1), "year", "2025")]),
        ("nhiệm kỳ 2020-2025", [(date(2020, 1, 1), "year", "2020"), (date(2025, 1, 1), "year", "2025")]),
        ("NHIỆM KỲ 2020 - 2025", [(date(2020, 1, 1), "year", "2020"), (date(2025, 1, 1), "year", "2025")]),
        ("các năm 2022-2023", [(date(2022, 1, 1), "year", "2022"), (date(2023, 1, 1), "year", "2023")]),
        ("từ năm 2021 đến năm 2025", [(date(2021, 1, 1), "year", "năm 2021"), (date(2025, 1, 1), "year", "năm 2025")]),
        ("ngày 14 và 15/11/2022", [(date(2022, 11, 14), "day", "14"), (date(2022, 11, 15), "day", "15/11/2022")]),
        ("Thứ hai - 05/09/2022 22:28", [(date(2022, 9, 5), "day", "05/09/2022")]),
        ("29/02/2024", [(date(2024, 2, 29), "day", "29/02/2024")]),
        # not dates
        ("ngày 31/02/2020", []),
        ("ngày 29/02/2023", []),
        ("tháng 13/2020", []),
        ("ngày 0/1/2020", []),
        ("số 34/2017/QĐ-UBND", []),  # a document number
        ("Tổng lượt truy cập: 256602", []),
    ],
)
def test_date_forms(text, expected):
    found = find_dates(text)
    assert [(d.date, d.precision, d.mention) for d in found] == expected
    assert all(text[d.start : d.end] == d.mention for d in found)
