"""The byline, date and boilerplate forms that real saved news and portal pages showed where the
extractor failed (issue #24), each written here in our own words and markup: a byline in capitals
with two names joined by a dash, a byline in an element of its own after the story, "Theo
<name>/<outlet>" and "Theo <name>" with the outlet in the next element, a photographer's credit
beside the writer, a date the page writes into its stamp with an inline script, related boxes set
inside a VCCorp story, an author slot after a Liferay story, "Tin, ảnh: <initials>"."""
from datetime import date

import pytest

from vncorpus.crawler.models import Capture, Source
from vncorpus.extract.article import extract_article
from vncorpus.extract.boilerplate import story_lines
from vncorpus.extract.byline import split_byline

HEADLINE = "Hợp tác xã chè vùng cao ký hợp đồng bao tiêu sản phẩm"
PARAGRAPHS = [
    "Sáng 14/3, hợp tác xã chè của xã vùng cao đã ký hợp đồng bao tiêu toàn bộ sản lượng chè búp tươi với một doanh nghiệp chế biến trong tỉnh.",
    "Theo hợp đồng, doanh nghiệp cam kết thu mua chè búp tươi với giá ổn định trong ba năm và hỗ trợ bà con kỹ thuật chăm sóc theo hướng hữu cơ.",
    "Đại diện hợp tác xã cho biết đây là lần đầu tiên các hộ trồng chè trong xã yên tâm về đầu ra, không còn phải bán cho thương lái với giá thấp.",
]
LAST = PARAGRAPHS[-1]


def _extract(body: str, head: str = "", after: str = ""):
    story = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (
        f'<html lang="vi"><head><meta charset="utf-8"><title>{HEADLINE}</title>{head}</head><body>'
        '<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/kinh-te/">Kinh tế</a></li></ul>'
        f'<h1>{HEADLINE}</h1><span class="date">Thứ bảy, 14/03/2026 08:15</span>'
        f'<div class="detail-content">{story}{body}</div>{after}'
        '<div class="footer"><p>Giấy phép số 12/GP-BTTTT. Ghi rõ nguồn khi phát hành lại thông tin.</p></div></body></html>'
    )
    url = "https://baotinh.example.vn/kinh-te/hop-tac-xa-che-vung-cao-123.htm"
    return extract_article(Capture("", url, "e", 200, {"Content-Type": "text/html; charset=utf-8"}, None, html.encode()), Source("e", "e", None, (url,)))


@pytest.mark.parametrize(
    "body, after, author",
    [
        # capitals, two names joined by a dash, in one paragraph and in elements of their own
        ("<p><strong>HOÀNG MINH - LÊ THU</strong></p>", "", "HOÀNG MINH - LÊ THU"),
        ("", '<div class="article-author"><a class="name" href="/u/1">HOÀNG MINH</a> - <a class="name" href="/u/2">LÊ THU</a></div>', "HOÀNG MINH - LÊ THU"),
        ("", '<div class="box-bottom"><a class="name" href="/u/1">HOÀNG MINH</a><span>-</span><a class="name" href="/u/2">LÊ THU</a></div>', "HOÀNG MINH - LÊ THU"),
        # a byline after the story, in an element of its own outside the story's container
        ("", '<div class="box-bottom"><p><strong>Phạm Thu Hà</strong></p></div>', "Phạm Thu Hà"),
        ("", '<div class="box-bottom"><span>SONG THƯ</span></div>', "SONG THƯ"),
        # "Theo <name>/<outlet>", and "Theo <name>" with the outlet in the next element
        ("<p><em>Theo Trần Hoài/Báo Hòa Bình</em></p>", "", "Trần Hoài"),
        ('<p class="author">Theo Đỗ Minh Thư</p><p class="source">Đại Đoàn kết</p>', "", "Đỗ Minh Thư"),
        ('<p class="author">Minh Khôi</p><p class="source">Nhịp sống nông thôn</p>', "", "Minh Khôi"),
        # a photographer's credit beside the writer names the writer only; alone, no one
        ("<p>Minh Khang</p><p><em>Ảnh</em>: <strong>Quốc Tuấn</strong></p>", "", "Minh Khang"),
        ("<p>(Ảnh: Quốc Tuấn)</p>", "", None),
        # the writer and the photographer on one line: the writer, before the credit
        ("<p><em>Tin: Lan Anh - Ảnh: Quốc Tuấn</em></p>", "", "Lan Anh"),
        ("<p><strong>Lan Anh</strong> - <em>Ảnh: Quốc Tuấn</em></p>", "", "Lan Anh"),
        ("<p>Minh Khang; ảnh: Hữu Thắng</p>", "", "Minh Khang"),
        # a feature's credits: the writer, not the photographer or the designer
        ("<p><strong>Thực hiện: Minh Anh - Thu Hà</strong></p>", "", "Minh Anh - Thu Hà"),
        ("<p>Nội dung: Minh Anh; Ảnh: Quốc Tuấn; Thiết kế: Thu Hà</p>", "", "Minh Anh"),
        ("<p><em>Bài - ảnh: Thu Trang</em></p>", "", "Thu Trang"),
        # the writer's address, role or title printed with the name
        ("<p>Minh Anh - minhanh@baotinh.vn</p>", "", "Minh Anh"),
        ("<p><strong>Lê Minh Anh</strong> (Phóng viên thường trú tại Pháp)</p>", "", "Lê Minh Anh"),
        ("<p>Ngọc Anh (t/h)</p>", "", "Ngọc Anh"),
        ("<p><em>PGS.TS Nguyễn Văn Hùng</em></p>", "", "PGS.TS Nguyễn Văn Hùng"),
        ("<p>Luật sư Phạm Thu Hà</p>", "", "Luật sư Phạm Thu Hà"),
        # a writer's role before the name
        ("<p>CTV Ngọc Anh</p>", "", "Ngọc Anh"),
        ("<p><strong>PV Hữu Thắng</strong></p>", "", "Hữu Thắng"),
        # a source credit in brackets after the writer, and alone
        ("<p><strong>Minh Khang</strong></p><p>(Nguồn: Báo Nông nghiệp)</p>", "", "Minh Khang"),
        ("<p><em>(Nguồn tin: Sở Nông nghiệp và Môi trường)</em></p>", "", None),
        # a writer signing with the outlet or office after the name, without "Theo"
        ("<p>Lan Anh (TTXVN)</p>", "", "Lan Anh"),
        ("<p><em>Minh Khang - Hữu Thắng (Báo Lào Cai)</em></p>", "", "Minh Khang - Hữu Thắng"),
        ("<p>Lan Anh (Vietnam+)</p>", "", "Lan Anh"),
        ("<p>Nguyễn Văn Hùng (Trung tâm Văn hóa huyện)</p>", "", "Nguyễn Văn Hùng"),
        ("<p><strong>Lan Anh/VOV</strong></p>", "", "Lan Anh"),
        ("<p><strong>Minh Anh - Thu Hà</strong> (thực hiện)</p>", "", "Minh Anh - Thu Hà"),
        ("<p>Ngọc Anh - TTXVN</p>", "", "Ngọc Anh"),
        ("<p>Minh Khang - Hữu Thắng - QĐND</p>", "", "Minh Khang - Hữu Thắng"),
        ("<p>Nguyễn Văn Hùng - Trung tâm Văn hóa huyện</p>", "", "Nguyễn Văn Hùng"),
        # a serial's or an opinion piece's notes, and a rule, around the byline
        ("<p>Minh Anh</p><p>(Còn nữa)</p>", "", "Minh Anh"),
        ("<p><em>(Còn tiếp)</em></p>", "", None),
        ("<p><strong>Kỳ tới: Chè vùng cao vươn ra thế giới</strong></p><p>Minh Anh</p>", "", "Minh Anh"),
        ("<p>---</p><p>Minh Anh</p>", "", "Minh Anh"),
        ("<p>Minh Anh</p><p>* Bài viết thể hiện quan điểm riêng của tác giả.</p>", "", "Minh Anh"),
        # an element a news theme names for the byline
        ("", '<div class="article-byline"><span>Minh Anh</span></div>', "Minh Anh"),
        ("", '<p class="bylines">Trần Thu Hà - Lê Quang</p>', "Trần Thu Hà - Lê Quang"),
        # an author's element that also prints the date or a follow button
        ("", '<div class="author">Minh Anh <span class="time">16/03/2026 08:15</span></div>', "Minh Anh"),
        ("", '<div class="detail-author"><a class="name" href="/phong-vien/minh-anh">Minh Anh</a><button>Theo dõi</button></div>', "Minh Anh"),
        # an author slot after a Liferay story
        ("", '<div class="journal-content-article"></div><div class="tac-gia"><span>Nguyễn Thị Hồng Nhung</span></div>', "Nguyễn Thị Hồng Nhung"),
        # a provincial paper's writer in initials after a label
        ("<p><em>Tin, ảnh: N.V.T</em></p>", "", "N.V.T"),
        ("<p>Tin, ảnh: P.Q.</p>", "", "P.Q."),
    ],
)
def test_bylines_of_real_pages(body, after, author):
    article = _extract(body, after=after)
    assert article.author == author
    assert article.text.split("\n\n")[-1] == LAST


@pytest.mark.parametrize("line", ["Hồ Gươm (Hà Nội)", "Lễ hội Lồng tồng (Tuyên Quang)", "Chợ phiên Bắc Hà/Lào Cai"])
def test_a_place_in_brackets_is_no_writers_outlet(line):
    assert split_byline([PARAGRAPHS[0], line]) == (None, [PARAGRAPHS[0], line])


def test_a_date_written_into_its_stamp_by_an_inline_script():
    body = '<span class="date" id="pTime"></span>'
    script = '<script>document.getElementById("pTime").innerHTML="Th&#7913; n&#259;m, 20/12/2012, 16:10 GMT+7";</script>'
    story = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (
        f'<html lang="vi"><head><meta charset="utf-8"><title>{HEADLINE}</title></head><body>'
        f"<h1>{HEADLINE}</h1>{body}<div class='detail-content'>{story}</div><div class='footer'>Ghi rõ nguồn khi phát hành lại.</div>"
        f"{script}</body></html>"
    )
    url = "https://baotinh.example.vn/kinh-te/hop-tac-xa-che-vung-cao-123.htm"
    article = extract_article(Capture("", url, "e", 200, {"Content-Type": "text/html; charset=utf-8"}, None, html.encode()), Source("e", "e", None, (url,)))
    assert article.published == date(2012, 12, 20)


@pytest.mark.parametrize(
    "box, leaked",
    [
        # VCCorp's related-news box set between two paragraphs of the story
        ('<div class="VCSortableInPreviewMode" type="RelatedNewsBox"><a class="OneNewsTitle" href="/a-1.htm">Giá chè búp khô tăng mạnh dịp cuối năm</a>'
         '<p class="VCObjectBoxRelatedNewsItemSapo">Nhu cầu chè khô tăng cao khiến giá thu mua tại các vùng nguyên liệu tăng gần gấp đôi so với đầu năm.</p></div>',
         ["Giá chè búp khô tăng mạnh dịp cuối năm", "Nhu cầu chè khô tăng cao"]),
        # its "see also" callouts
        ('<div class="kbwscwl-relatedbox"><span class="kbwscwlrl-label">Tham khảo thêm</span><a class="title link-callout" href="/b-2.htm">Nông dân vùng cao chuyển đổi sang trồng chè hữu cơ</a></div>',
         ["Tham khảo thêm", "Nông dân vùng cao chuyển đổi sang trồng chè hữu cơ"]),
        ('<div class="link-content-footer"><a class="title link-callout" href="/c-3.htm">Doanh nghiệp chế biến chè mở rộng vùng nguyên liệu</a></div>',
         ["Doanh nghiệp chế biến chè mở rộng vùng nguyên liệu"]),
    ],
)
def test_related_boxes_inside_a_vccorp_story(box, leaked):
    story = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]) + box + f"<p>{LAST}</p>"
    html = (
        f'<html lang="vi"><head><meta charset="utf-8"><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>'
        f'<span class="date">14/03/2026 08:15</span><div class="detail-content afcbc-body">{story}</div></body></html>'
    )
    url = "https://baotinh.example.vn/kinh-te/hop-tac-xa-che-vung-cao-123.htm"
    article = extract_article(Capture("", url, "e", 200, {"Content-Type": "text/html; charset=utf-8"}, None, html.encode()), Source("e", "e", None, (url,)))
    assert article.text.split("\n\n") == PARAGRAPHS
    assert not [s for s in leaked if s in article.text]


@pytest.mark.parametrize(
    "line, ends",
    [
        ("Tin mới cập nhật", True),  # a sidebar of the latest news
        ("Thông tin cập nhật về hợp tác xã chè", True),  # a topic's box after the story
        ("Thông tin cập nhật về giá chè cho thấy nhu cầu của thị trường tăng mạnh trong quý này.", False),  # a sentence
    ],
)
def test_news_boxes_that_end_a_story(line, ends):
    other = "Một bài khác của chuyên mục này kể chuyện người trồng chè ở một huyện khác trong tỉnh."
    expected = [PARAGRAPHS[0]] if ends else [PARAGRAPHS[0], line, other]
    assert story_lines(f"{PARAGRAPHS[0]}\n{line}\n{other}", HEADLINE) == expected


@pytest.mark.parametrize(
    "after",
    [
        # a comment form after the story: trafilatura leaves out its heading, keeps its notice
        '<div><h3>Ý kiến bạn đọc</h3><p>Chưa có ý kiến nào về bài viết này, mời bạn đọc gửi ý kiến đầu tiên cho chúng tôi.</p></div>',
        # the section's other news, a headline and its summary under a heading
        '<div class="more"><h3>Tin cùng chuyên mục</h3><a href="/d-4.htm">Vùng chè đặc sản mở rộng thêm hai trăm héc-ta trong năm nay</a>'
        "<p>Các hộ trồng chè ở ba xã vùng cao được hỗ trợ giống và phân bón hữu cơ để mở rộng diện tích trong vụ xuân năm nay.</p></div>",
    ],
)
def test_a_block_after_the_story_whose_heading_trafilatura_drops(after):
    assert _extract("", after=after).text.split("\n\n") == PARAGRAPHS


@pytest.mark.parametrize(
    "callout, leaked",
    [
        ('<p><strong>Xem thêm:</strong> <a href="/e-5.htm">Giá chè búp tươi tăng mạnh dịp cuối năm</a></p>', ["Xem thêm", "Giá chè búp tươi"]),
        ('<p>Đọc thêm: <a href="/e-5.htm">Giá chè búp tươi tăng mạnh dịp cuối năm</a></p>', ["Đọc thêm", "Giá chè búp tươi"]),
        ('<p><a href="/e-5.htm"><strong>&gt;&gt; Giá chè búp tươi tăng mạnh dịp cuối năm</strong></a></p>', ["Giá chè búp tươi"]),
        ('<p><a href="/e-6.htm">» Nông dân vùng cao học cách làm chè hữu cơ</a></p>', ["Nông dân vùng cao học"]),
        ("<p><em>&gt;&gt;&gt; Mời quý độc giả xem thêm video về vùng chè:</em></p>", ["Mời quý độc giả"]),
    ],
)
def test_callouts_to_other_articles_set_into_the_story(callout, leaked):
    text = _extract(callout).text
    assert text.split("\n\n") == PARAGRAPHS and not [s for s in leaked if s in text]


@pytest.mark.parametrize("stamp", ["08:15 16/03/2026", "08:15 - 16/03/2026", "8h15, Thứ hai 16/03/2026", "Thứ Hai, 16/3/2026 | 08:15"])
def test_a_stamp_with_the_time_before_or_after_the_date(stamp):
    story = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (
        f'<html lang="vi"><head><meta charset="utf-8"><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>'
        f'<span class="time">{stamp}</span><div class="detail-content">{story}</div></body></html>'
    )
    url = "https://baotinh.example.vn/kinh-te/hop-tac-xa-che-vung-cao-123.htm"
    article = extract_article(Capture("", url, "e", 200, {"Content-Type": "text/html; charset=utf-8"}, None, html.encode()), Source("e", "e", None, (url,)))
    assert article.published == date(2026, 3, 16)
