"""Bylines as portals print them: the author's name, and the lines that leave the story."""
import pytest

from vncorpus.extract.byline import labelled_author, read_byline, split_byline

STORY = "Hội nghị đã thống nhất các nội dung phối hợp trong năm 2024 giữa hai tỉnh biên giới./."


@pytest.mark.parametrize(
    "tail, author",
    [
        (["Tác giả: Tin, ảnh: Minh Thùy"], "Minh Thùy"),  # seed 003 (NukeViet)
        (["Tác giả:", "Tin, ảnh: Lò Thị Hương", "Nguồn tin:", "Sở Ngoại vụ Lai Châu"], "Lò Thị Hương"),  # label and value apart
        (["Tác giả", "Bài, ảnh: Vàng Thị Mai"], "Vàng Thị Mai"),  # Drupal field label without a colon
        (["Bài, ảnh: Thu Trang"], "Thu Trang"),
        (["Tin và ảnh: Hồ Thị Liên"], "Hồ Thị Liên"),
        (["Tác giả: Phạm Hà", "Nguồn: Ban Dân tộc tỉnh"], "Phạm Hà"),
        (["Vi Trường"], "Vi Trường"),  # seed 000: a name alone on the last line
        (["Tô Thị Thương", "Trung Tâm Công nghệ số"], "Tô Thị Thương"),  # seed 001: name, then the writer's office
        (["Hoàng Lan", "Sở Ngoại vụ"], "Hoàng Lan"),
        (["Y Xuân"], "Y Xuân"),  # Ê Đê names
        (["Hoàng Hương - Lò Mai"], "Hoàng Hương - Lò Mai"),  # two writers, as printed
        (["H’Linh Mlô"], "H’Linh Mlô"),  # Central Highlands names carry an apostrophe
        (["Nguồn: Báo Quảng Trị"], None),  # a source credit names no author
        (["Nguồn tin:", "Báo Điện Biên Phủ"], None),
        (["Ban Biên tập"], None),  # an editorial office is no author
        (["(Theo Báo Lào Cai)"], None),
    ],
)
def test_byline_leaves_the_story(tail, author):
    assert split_byline([STORY, *tail]) == (author, [STORY])


@pytest.mark.parametrize(
    "tail",
    [
        ["Toàn cảnh Hội nghị tập huấn"],  # a caption: lower-case words, not a name
        ["Ban tổ chức trao giải cho các đội"],  # an organisation's name opening a caption, with nothing before it
        ["Theo kế hoạch, năm 2024 tỉnh tổ chức 10 hội nghị tuyên truyền."],  # a sentence, not a credit
    ],
)
def test_story_endings_that_are_not_bylines(tail):
    assert split_byline([STORY, *tail]) == (None, [STORY, *tail])


def test_byline_after_the_story_stops_at_the_first_other_line():
    assert read_byline(["Bài, ảnh: Ngọc Hân", "Lượt xem: 1.245", "Nguyễn Văn A"]) == ("Ngọc Hân", 1)


@pytest.mark.parametrize(
    "line, author",
    [
        ("Tác giả: Phạm Hải Yến", "Phạm Hải Yến"),  # Liferay prints it beside the date, above the story
        ("Bài, ảnh: Thu Trang", "Thu Trang"),
        ("Tác giả: Ban Biên tập", None),
        ("Tin tức - Sự kiện", None),
    ],
)
def test_labelled_author(line, author):
    assert labelled_author(line) == author


@pytest.mark.parametrize(
    "tail, author",
    [
        # two writers in capitals joined by a dash, on one line or in elements of their own
        (["LÒ VĂN HẢI - ĐINH THỊ NGA"], "LÒ VĂN HẢI - ĐINH THỊ NGA"),
        (["LÒ VĂN HẢI", "-", "ĐINH THỊ NGA"], "LÒ VĂN HẢI - ĐINH THỊ NGA"),
        (["LÒ VĂN HẢI", "- ĐINH THỊ NGA"], "LÒ VĂN HẢI - ĐINH THỊ NGA"),
        # a person credited with the outlet after a slash is the author; an outlet alone is not
        (["Theo Nguyễn Thị Lan/Báo Hà Giang"], "Nguyễn Thị Lan"),
        (["(Theo Đặng Quang/VOV)"], "Đặng Quang"),
        (["Theo VTV/Báo Hà Giang"], None),
        (["Theo K14"], None),
        # a photographer's credit closes the story and names no writer
        (["Ảnh: Minh Đức"], None),
        (["Hà Vy", "Ảnh: Minh Đức"], "Hà Vy"),
        # provincial papers' initials after a label, as printed
        (["Tin, ảnh: T.H"], "T.H"),
        (["Bài, ảnh: N.T.Hằng"], "N.T.Hằng"),
        (["Tin, ảnh: QA"], "QA"),
    ],
)
def test_news_and_provincial_paper_bylines(tail, author):
    assert split_byline([STORY, *tail]) == (author, [STORY])
