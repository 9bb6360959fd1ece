"""News-site forms met on real saved pages (national and regional news sites), rewritten in our own
words: printed stamps with a zone, English labels, bylines with notes and outlets, reporter groups,
rating counts and related boxes, a headline repeated after the story, an author linked to the
writer's page, and a site that names itself as the author."""
from datetime import date

import pytest

from vncorpus.crawler.models import Source
from vncorpus.extract.article import extract_page
from vncorpus.extract.boilerplate import is_furniture, story_lines
from vncorpus.extract.byline import split_byline
from vncorpus.extract.dates import date_in_lines, without_stamp

FETCHED = date(2026, 11, 24)
HEADLINE = "Nông dân vùng cao thu hoạch mùa chè sớm"
STORY = "Những ngày đầu tháng tư, bà con các xã vùng cao đã bắt đầu hái chè búp đầu mùa và bán tại chợ phiên."


@pytest.mark.parametrize(
    "page_lines, expected",
    [
        # the stamp with the zone, above the headline and below it
        (["Thứ tư, 14/03/2012, 09:05 GMT+7", HEADLINE, STORY], date(2012, 3, 14)),
        ([HEADLINE, "Chủ Nhật, 18/03/2012, 11:40 AM (GMT+7)", STORY], date(2012, 3, 18)),
        # English labels write the month first
        ([HEADLINE, "Published on 04-11-2010 08:00 PM Số lần xem: 12", STORY], date(2010, 4, 11)),
        ([HEADLINE, "Posted on 12-25-2011", STORY], date(2011, 12, 25)),
        # "ngày" before the numeric date, a zone with minutes
        ([HEADLINE, "Thứ Năm, ngày 15/03/2012 - 10:18", STORY], date(2012, 3, 15)),
        ([HEADLINE, "Cập nhật: 16/03/2012 10:18 (GMT+07:00)", STORY], date(2012, 3, 16)),
        # a day above 12 cannot be a month: read as written
        ([HEADLINE, "Published on 25-04-2011", STORY], date(2011, 4, 25)),
    ],
)
def test_printed_dates(page_lines, expected):
    assert date_in_lines("\n".join(page_lines), HEADLINE, STORY, FETCHED) == expected


def test_a_stamp_glued_to_the_headline_is_no_story_line():
    line = f"Thứ hai, 02/04/2012, 07:30 GMT+7 {HEADLINE}"
    assert without_stamp(line) == HEADLINE
    assert story_lines(f"{line}\n{STORY}", HEADLINE) == [STORY]


def test_a_headline_repeated_after_the_story_leaves_the_story():
    second = "Giá chè búp tươi năm nay cao hơn năm ngoái, nhiều hộ gia đình đã có thêm thu nhập để sửa sang nhà cửa."
    assert story_lines(f"{STORY}\n{second}\n{HEADLINE}", HEADLINE) == [STORY, second]


@pytest.mark.parametrize(
    "tail, author",
    [
        (["Minh Châu (tổng hợp)"], "Minh Châu"),  # a note after the name
        (["Lan Anh (theo AFP)"], "Lan Anh"),
        (["Theo Vũ Hạnh (Tiền Phong/AP)"], "Vũ Hạnh"),  # a person credited with the outlet beside the name
        (["Theo Vũ Hạnh (Tiền Phong)(1523 bình chọn, 8/10 điểm)"], "Vũ Hạnh"),  # a rating count run into it
        (["Nhóm PV"], "Nhóm PV"),  # reporters signing together
        (["Nhóm PV", "Theo Vietnamplus"], "Nhóm PV"),
        (["Theo Kenh14"], None),  # an outlet by its name alone
        (["Theo Tuổi Trẻ"], None),
        (["Theo Người Lao Động"], None),
    ],
)
def test_news_bylines(tail, author):
    assert split_byline([STORY, *tail]) == (author, [STORY])


@pytest.mark.parametrize(
    "line",
    [
        "(2310 bình chọn, 7/10 điểm)",
        "0912.34.56.78",
        "(028) 3822 1144",
        "- Học sinh miền núi đến trường trong giá rét Ngày 05/12/2012",  # a related link with its stamp
    ],
)
def test_news_furniture(line):
    assert is_furniture(line)


def test_a_cited_document_in_a_list_is_no_related_link():
    assert not is_furniture("- Kế hoạch số 51/KH-UBND ngày 28/01/2019 của UBND tỉnh")


@pytest.mark.parametrize("heading", ["Tiêu điểm", "SỰ KIỆN TIÊU ĐIỂM", "Thông tin doanh nghiệp", "Chia sẻ bài viết của bạn về chuyện này tại đây."])
def test_blocks_that_end_a_news_story(heading):
    other = "Một bài khác của chuyên mục này kể chuyện người trồng chè ở một huyện khác trong tỉnh."
    assert story_lines(f"{STORY}\n{heading}\n{other}", HEADLINE) == [STORY]


def _page(head: str, body: str) -> str:
    paragraphs = "".join(f"<p>{STORY} {i}. Bà con phấn khởi vì chè được giá, thương lái đến tận nơi thu mua.</p>" for i in range(4))
    return f"<html><head><title>{HEADLINE}</title>{head}</head><body><h1>{HEADLINE}</h1>{body}<div class='content'>{paragraphs}</div></body></html>"


def _extract(html: str):
    url = "https://tin.example.vn/xa-hoi/nong-dan-vung-cao-123.htm"
    return extract_page(html.encode(), "text/html; charset=utf-8", url, Source("e", "e", None, (url,)))


def test_author_linked_to_the_writers_page_beats_the_sites_meta_author():
    html = _page(
        '<meta name="author" content="Tin Nhanh"><meta property="og:site_name" content="Báo điện tử Tin Nhanh">',
        '<div class="meta"><a href="/tac-gia/ha-linh-42.htm">Hà Linh</a><span>Thứ sáu, 06/03/2026 - 07:15</span></div>',
    )
    article = _extract(html)
    assert (article.author, article.published) == ("Hà Linh", date(2026, 3, 6))


@pytest.mark.parametrize(
    "after_story, author",
    [
        # WordPress's block themes: labels and values in elements of their own, the name in the post-author block
        ('<div><p>Posted</p><div class="wp-block-post-date"><time datetime="2026-03-06T07:15:00+07:00">March 6, 2026</time></div>'
         '<p>in</p><div class="wp-block-post-terms"><a href="/?cat=2">Tin tức</a></div></div>'
         '<div><p>by</p><div class="wp-block-post-author"><div class="wp-block-post-author__content">'
         '<p class="wp-block-post-author__name">Lò Văn Thành</p></div></div></div>', "Lò Văn Thành"),
        # classic themes' "author vcard"
        ('<footer class="entry-footer"><span class="byline"><span class="author vcard"><a class="url fn n" href="/?author=2">Trần Minh Đức</a></span></span></footer>', "Trần Minh Đức"),
        # schema.org microdata
        ('<p>Tác giả: <span itemprop="author">Hà Linh</span></p>', "Hà Linh"),
        # an element named for the author that holds a credit names no author
        ('<div class="author">Theo Báo Lai Châu</div>', None),
    ],
)
def test_the_author_the_markup_names(after_story, author):
    html = _page("", "<p>06/03/2026</p>").replace("</body>", after_story + "</body>")
    assert _extract(html).author == author


def test_the_sites_own_name_in_the_meta_is_no_author():
    html = _page('<meta name="author" content="Tin Nhanh"><meta property="og:site_name" content="Tin Nhanh Online">', "<p>06/03/2026</p>")
    assert _extract(html).author is None


def test_a_nukeviet_story_keeps_the_page_order_of_lead_photo_and_body():
    """NukeViet prints the lead ("hometext") and the first photo above #news-bodyhtml; trafilatura,
    pointed at that container, reads the body, and the lead and caption come back above it in the
    order the page shows them."""
    lead = "TTĐT - Sáng 12/4, Sở Ngoại vụ tỉnh tổ chức hội nghị tập huấn công tác thông tin đối ngoại cho cán bộ các xã biên giới."
    caption = "Quang cảnh hội nghị tập huấn công tác thông tin đối ngoại tại hội trường Sở Ngoại vụ."
    body = [
        "Tham dự hội nghị có hơn 120 cán bộ làm công tác tuyên truyền của các xã, phường và lực lượng Bộ đội Biên phòng tỉnh.",
        "Tại hội nghị, các báo cáo viên đã trao đổi về kỹ năng cung cấp thông tin cho báo chí và xử lý thông tin sai lệch trên mạng xã hội.",
        "Kết thúc hội nghị, Sở Ngoại vụ đề nghị các địa phương xây dựng kế hoạch tuyên truyền về biên giới hòa bình, hữu nghị năm 2026.",
    ]
    html = (
        '<html lang="vi"><head><meta charset="utf-8"><title>Tập huấn thông tin đối ngoại cho cán bộ xã biên giới</title></head><body>'
        '<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc/">Tin tức</a></li></ul>'
        "<div class=\"news_column\"><h1>Tập huấn thông tin đối ngoại cho cán bộ xã biên giới</h1><span>Thứ hai - 13/04/2026 09:15</span>"
        f'<div class="hometext">{lead}</div><figure class="article center"><img src="/uploads/a.jpg"><figcaption>{caption}</figcaption></figure>'
        f'<div id="news-bodyhtml" class="bodytext">{"".join(f"<p>{p}</p>" for p in body)}</div></div>'
        '<div><h4>Những tin cũ hơn</h4><ul><li><a href="/tin-tuc/a-1.html">Hội nghị triển khai nhiệm vụ năm 2026</a> (10/04/2026)</li></ul></div>'
        "</body></html>"
    )
    assert _extract(html).text.split("\n\n") == [lead, caption, *body]
