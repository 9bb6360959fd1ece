"""A page's published date: its own stamp beside the headline, then labels, metadata in Vietnam's
time, htmldate; never a date that only appears on the page. Real forms, exact answers."""
from datetime import date, datetime, timezone

import pytest
from vncorpus.extract.dates import date_in_lines, dates_on_page, fetch_day, is_dateline, metadata_date, published_date, vietnam_day
from vncorpus.extract.page import Page

FETCHED = date(2026, 11, 24)
HEADLINE = "Hội nghị tập huấn công tác thông tin đối ngoại"
STORY = "Ngày 30/5/2023, Sở Ngoại vụ tổ chức Hội nghị tập huấn."


@pytest.mark.parametrize(
    "page_lines, expected",
    [
        # NukeViet: weekday and time under the headline (seed 003)
        ([HEADLINE, "Thứ hai - 05/09/2022 22:28", STORY], date(2022, 9, 5)),
        # SharePoint: the update stamp is the only date (seed 002)
        ([HEADLINE, "(Cập nhật lúc: 16/01/2020 16:39:43 )", STORY], date(2020, 1, 16)),
        # label and date in neighbouring elements
        ([HEADLINE, "Ngày đăng:", "30/05/2023", STORY], date(2023, 5, 30)),
        # Joomla's Vietnamese month names: "Được đăng ngày Thứ năm, 12 Tháng 3 2021 09:15"
        ([HEADLINE, "Được đăng ngày Thứ năm, 12 Tháng 3 2021 09:15", STORY], date(2021, 3, 12)),
        ([HEADLINE, "Ngày xuất bản: ngày 30 tháng 5 năm 2023", STORY], date(2023, 5, 30)),
        ([HEADLINE, "Thứ Hai, 05-09-2022 - 22:28", STORY], date(2022, 9, 5)),
        ([HEADLINE, "30.05.2023 | 09:15", STORY], date(2023, 5, 30)),
        # the header's "today" above the headline loses to the article's own stamp below it
        ["Thứ Ba, 24/11/2026".split("\n") + [HEADLINE, "Ngày đăng: 30/05/2023", STORY], date(2023, 5, 30)],
        # a publication date beats an update date shown beside it
        ([HEADLINE, "Cập nhật: 02/06/2023", "Ngày đăng: 30/05/2023", STORY], date(2023, 5, 30)),
        # a sidebar of dated news before the article is not the article's date
        (["Tin mới", "Lào Cai tập huấn biên giới", "(28/05/2023)", "Hà Giang đón đoàn Vân Nam", "(27/05/2023)", HEADLINE, "Ngày đăng: 30/05/2023", STORY], date(2023, 5, 30)),
        # a date stamp printed at the foot, labelled as the publication ("Ngày đăng" after the story)
        ([HEADLINE, STORY, "Ngày đăng: 30/05/2023 | Lượt xem: 1.245"], date(2023, 5, 30)),
        # a theme that prints the stamp just above the headline
        (["30/05/2023 09:15", HEADLINE, STORY], date(2023, 5, 30)),
    ],
)
def test_date_on_the_page(page_lines, expected):
    assert date_in_lines("\n".join(page_lines), HEADLINE, STORY, FETCHED) == expected


# Every label's first word inside a longer line (the labelled scan starts only at those words).
@pytest.mark.parametrize(
    "line, expected",
    [
        ("Lượt xem: 120 | Ngày đăng: 30/05/2023 | In bài", (date(2023, 5, 30), "published")),
        ("Bài viết | Ngày xuất bản: 30/05/2023", (date(2023, 5, 30), "published")),
        ("Tin, ảnh: Minh Thùy | Được đăng ngày Thứ ba, 30 Tháng 5 2023", (date(2023, 5, 30), "published")),
        ("Bài viết | Đăng lúc 30/05/2023 09:15", (date(2023, 5, 30), "published")),
        ("Bài viết | Xuất bản ngày 30-05-2023", (date(2023, 5, 30), "published")),
        ("Bài viết | Thời gian đăng: 30.05.2023", (date(2023, 5, 30), "published")),
        ("Admin | Published on 05-30-2023", (date(2023, 5, 30), "published")),
        ("Admin | Posted on 30/05/2023", (date(2023, 5, 30), "published")),
        ("Admin | Date posted: 2023-05-30", (date(2023, 5, 30), "published")),
        ("Lượt xem: 120 | Cập nhật lúc: 30/05/2023", (date(2023, 5, 30), "updated")),
        ("Lượt xem: 120 | Lần cập nhật: 30/05/2023", (date(2023, 5, 30), "updated")),
        ("Lượt xem: 120 | Sửa đổi 30/05/2023", (date(2023, 5, 30), "updated")),
        ("Admin | Updated 30/05/2023", (date(2023, 5, 30), "updated")),
        ("Trang in | Ngày in: 30/05/2023", (date(2023, 5, 30), "other")),
        ("Trang in | In ngày 30/05/2023", (date(2023, 5, 30), "other")),
        ("Thống kê | Hôm nay: 30/05/2023", (date(2023, 5, 30), "other")),
        ("Thống kê | Truy cập ngày 30/05/2023", (date(2023, 5, 30), "other")),
        ("Văn bản mới | Ngày ban hành: 30/05/2023", (date(2023, 5, 30), "other")),
        ("Page | Printed 30/05/2023", (date(2023, 5, 30), "other")),
    ],
)
def test_a_labelled_date_inside_a_line(line, expected):
    assert [(d.value, d.label) for d in dates_on_page(line)] == [expected]


@pytest.mark.parametrize(
    "page_lines",
    [
        # a print view's date and a counter's "today" are not the article's
        [HEADLINE, "Ngày in: 24/11/2026", STORY],
        [HEADLINE, STORY, "Thống kê truy cập", "Hôm nay: 24/11/2026"],
        # the header's "today" above a headline with no date of its own
        ["Thứ Ba, 24/11/2026", HEADLINE, STORY],
        # a cited decision's date in the story, a related article's date below it
        [HEADLINE, "Thực hiện Quyết định số 1191/QĐ-TTg ngày 05/8/2020 của Thủ tướng Chính phủ.", "Tin liên quan", "Lạng Sơn đẩy mạnh thông tin đối ngoại (12/04/2023)"],
        # a date after the fetch day cannot be a publication date
        [HEADLINE, "Ngày đăng: 30/11/2026", STORY],
        # a relative time is no date
        [HEADLINE, "3 giờ trước", STORY],
        # a sidebar's dates above a headline that has none
        ["Tin mới", "Lào Cai tập huấn biên giới", "(28/05/2023)", "Tin tức - Sự kiện", HEADLINE, STORY],
    ],
)
def test_no_date_where_the_page_gives_none(page_lines):
    assert date_in_lines("\n".join(page_lines), HEADLINE, STORY, FETCHED) is None


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2022-09-04T17:28:00Z", date(2022, 9, 5)),  # UTC, already 5 September in Vietnam
        ("2022-09-04T17:28:00+00:00", date(2022, 9, 5)),
        ("2022-09-04T16:59:59.000Z", date(2022, 9, 4)),
        ("2023-05-30T09:15:00+07:00", date(2023, 5, 30)),
        ("2023-05-30T23:15:00+0700", date(2023, 5, 30)),
        ("2023-05-30 23:15:00", date(2023, 5, 30)),  # no offset: Vietnam's own time
        ("2023-05-30", date(2023, 5, 30)),
        ("Tue, 30 May 2023", None),
        ("2023-02-30T10:00:00Z", None),
    ],
)
def test_metadata_timestamps_are_days_in_vietnam(value, expected):
    assert vietnam_day(value) == expected


@pytest.mark.parametrize(
    "head, expected",
    [
        ('<meta property="article:published_time" content="2022-09-04T17:28:00Z">', date(2022, 9, 5)),
        ('<span property="dc:date dc:created" content="2023-05-30T09:15:00+07:00"></span>', date(2023, 5, 30)),
        ('<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2021-03-11T18:05:00Z"}]}</script>', date(2021, 3, 12)),
        ('<time class="entry-date published" datetime="2024-01-15T08:00:00+07:00">15/01/2024</time><time class="updated" datetime="2024-02-01T08:00:00+07:00"></time>', date(2024, 1, 15)),
        ('<meta property="article:modified_time" content="2024-02-01T08:00:00+07:00">', None),  # an update is not a publication
        ('<meta property="article:published_time" content="2027-01-01T00:00:00+07:00">', None),  # after the fetch day
    ],
)
def test_metadata_date(head, expected):
    assert metadata_date(Page(f"<html><head>{head}</head><body></body></html>"), FETCHED) == expected


def test_print_view_date_is_not_taken_from_the_markup_either():
    page = Page(f"""<html><body><h1>{HEADLINE}</h1><div class="date">Ngày in: 24/11/2026</div>
    <div class="content"><p>{STORY}</p></div></body></html>""")
    assert published_date(page, HEADLINE, STORY, FETCHED) == (None, None)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Thứ hai - 05/09/2022 22:28", True),
        ("(Cập nhật lúc: 16/01/2020 16:39:43 )", True),
        ("Ngày đăng: 30/05/2023", True),
        ("30/05/2023 09:15", True),
        ("Ngày 30/5/2023, Sở Ngoại vụ tổ chức hội nghị.", False),
    ],
)
def test_dateline(line, expected):
    assert is_dateline(line) is expected


def test_fetch_day_is_vietnams():
    assert fetch_day(datetime(2026, 11, 23, 18, 30, tzinfo=timezone.utc)) == date(2026, 11, 24)


def test_a_date_the_page_shows_for_another_article_is_not_taken_from_the_markup():
    # A Liferay page with no date of its own: htmldate would read the related list's date class.
    page = Page(f"""<html><body><h1>{HEADLINE}</h1><div class="content"><p>{STORY}</p></div>
    <h3>Tin cùng chuyên mục</h3><ul><li><a href="/a">Quảng Trị tiếp Đoàn cán bộ tỉnh Sa-vẳn-na-khệt</a>
    <span class="metadata-entry metadata-publish-date">12/04/2024</span></li></ul></body></html>""")
    assert published_date(page, HEADLINE, STORY, FETCHED) == (None, None)


def test_htmldate_reads_what_the_stamps_do_not():
    # WordPress in Vietnamese prints "Tháng Sáu 17, 2025": not a stamp we read, but htmldate's.
    page = Page(f"""<html><body><h1>{HEADLINE}</h1><p class="post-date">Tháng Sáu 17, 2025 @ 8:15 sáng</p>
    <time class="entry-date" datetime="2025-06-17T08:15:00+07:00"></time>
    <div class="content"><p>{STORY}</p></div></body></html>""")
    assert published_date(page, HEADLINE, STORY, FETCHED) == (date(2025, 6, 17), "htmldate")


@pytest.mark.parametrize(
    "script, expected",
    [
        ("document.write(formatTime('2024-02-06 07:40'))", date(2024, 2, 6)),  # VCCorp's sites
        # A day-first date written by a script: its match has no label, which once raised
        # IndexError (no group "en") and lost the whole page.
        ("document.write('06/02/2024 07:40')", date(2024, 2, 6)),
        ("document.getElementById('d').innerHTML = 'Thứ ba, 06/02/2024';", date(2024, 2, 6)),
    ],
)
def test_a_date_a_script_writes_into_the_date_element(script, expected):
    page = Page(f"""<html><body><h1>{HEADLINE}</h1><span class="author-date" id="d"><script>{script}</script></span>
    <div class="content"><p>{STORY}</p></div></body></html>""")
    assert published_date(page, HEADLINE, STORY, FETCHED) == (expected, "page")
