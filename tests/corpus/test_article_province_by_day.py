"""An article's province by its publication day (issue 12): the source's province as it was then,
and for a national source the one its places point to, in the map of that day."""
from datetime import date

import pytest

from vncorpus.corpus.pipeline import analyze_article
from vncorpus.extract.models import Article


def article(province, published, text, title="Tin hoạt động"):
    return Article("a", "https://example.gov.vn/a", "s", province, None, title, published, text)


@pytest.mark.parametrize(
    "province, published, text, expected",
    [
        # a provincial source: its province as it was on the day
        ("Hà Giang", date(2025, 6, 30), "Hội nghị tổng kết công tác năm.", ("Hà Giang", "Tuyên Quang")),
        ("Hà Giang", date(2025, 7, 1), "Hội nghị tổng kết công tác năm.", ("Tuyên Quang", "Tuyên Quang")),
        ("Cao Bằng", date(2026, 2, 1), "Hội nghị tổng kết công tác năm.", ("Cao Bằng", "Cao Bằng")),
        ("Bắc Kạn", None, "Hội nghị tổng kết công tác năm.", ("Bắc Kạn", "Thái Nguyên")),
        # a national source: one 2025 commune with its province is enough
        (None, date(2025, 9, 1), "UBND phường Trấn Biên, tỉnh Đồng Nai tổ chức hội nghị.", ("Đồng Nai", "Đồng Nai")),
        (None, date(2025, 9, 1), "Đoàn công tác làm việc tại đặc khu Phú Quốc, tỉnh An Giang.", ("An Giang", "An Giang")),
        (None, date(2025, 9, 1), "Phường Bắc Kạn, tỉnh Thái Nguyên ra mắt bộ phận một cửa.", ("Thái Nguyên", "Thái Nguyên")),
        # before 1 July 2025 the legacy province, which the 2025 column maps
        (None, date(2024, 3, 1), "Huyện Chợ Đồn, tỉnh Bắc Kạn tổ chức hội nghị.", ("Bắc Kạn", "Thái Nguyên")),
    ],
)
def test_article_province_by_the_day(province, published, text, expected):
    settled, facts = analyze_article(article(province, published, text))
    assert (settled.province, settled.province_2025) == expected
    assert all(p.province_2025 for p in facts.places if p.level != "foreign")
