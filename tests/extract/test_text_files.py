"""A plain-text file read into an article (extract.text): a legal document keeps its header, a page
saved as text loses its menus, and no paragraph is taken for a headline. Each case is a file under
tests/extract/texts/ with its expected article beside it (.yaml): title, published, author, how
the text starts and what it must hold."""
from pathlib import Path

import pytest
import yaml

from vncorpus.crawler.models import Source
from vncorpus.extract.text import EmptyText, article_from_text

TEXTS = Path(__file__).parent / "texts"
CASES = sorted(TEXTS.glob("*.txt"))
LOCAL = Source(id="local-file", name="local file", province=None, start_urls=("file:///",))


def expected(case: Path) -> dict:
    return yaml.safe_load(case.with_suffix(".yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_text_file_article(case):
    gold = expected(case)
    article = article_from_text(case.read_text(encoding="utf-8"), case.as_uri(), LOCAL)
    assert (article.title, article.published, article.author) == (gold["title"], gold["published"], gold["author"])
    assert article.text.startswith(gold["text_starts"])
    for held in gold["contains"]:
        assert held in article.text


@pytest.mark.parametrize(
    "first_lines, title",
    [
        # the first line of substance, shaped like a headline, below a menu, a counter and a banner
        (["Trang chủ", "Lượt truy cập: 1.204", "CHÀO MỪNG NGÀY QUỐC KHÁNH 2/9", "Hội nghị giao ban công tác đối ngoại quý III năm 2024"],
         "Hội nghị giao ban công tác đối ngoại quý III năm 2024"),
        # a sentence first: no headline, and the line after it is never one
        (["Sở Ngoại vụ đã tổ chức hội nghị giao ban quý III với các huyện biên giới.",
          "Hội nghị giao ban công tác đối ngoại quý III năm 2024"], ""),
        # a paragraph that lost its full stop but opens on its day, or holds a sentence's end inside
        (["Ngày 12/9/2024, Sở Ngoại vụ tổ chức hội nghị giao ban công tác đối ngoại quý III"], ""),
        (["Sở đã tổ chức 05 hội nghị trong quý. Các huyện cử 120 cán bộ tham dự đầy đủ"], ""),
        # a report's numbered section first
        (["1. Công tác tuyên truyền", "Toàn tỉnh tổ chức 25 lớp tập huấn cho cán bộ cơ sở tại các huyện"], ""),
        (["- Tổ chức 25 lớp tập huấn cho 1.250 lượt cán bộ cơ sở tại các huyện biên giới"], ""),
    ],
)
def test_a_text_headline_is_its_first_line_of_substance_only_when_shaped_like_one(first_lines, title):
    story = "Các đại biểu đã thảo luận và thống nhất nhiều nội dung phối hợp trong thời gian tới, nhất là công tác tuyên truyền."
    article = article_from_text("\n".join([*first_lines, story]), "file:///a.txt", LOCAL)
    assert article.title == title
    for line in first_lines[first_lines.index(title) if title else 0 :]:
        if len(line.split()) >= 8:  # menus and counters go; every line of substance stays
            assert line in article.text


def test_an_empty_file_is_refused():
    with pytest.raises(EmptyText):
        article_from_text(" \n\n ", "file:///a.txt", LOCAL)
