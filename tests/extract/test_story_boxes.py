"""Boxes news sites set into a story's markup are no part of the story: other readers' opinions in a
shaded table, related news by the box's name ("tinlienquan", "xem-them", VCCorp's type), a floated
list of links, another article's teaser card. Data tables, captioned pictures, the frame a story
stands in and a credit aligned right stay. The forms are written in our own words."""
import lxml.html
import pytest

from vncorpus.crawler.models import Source
from vncorpus.extract.article import extract_from_html
from vncorpus.extract.page import Page

HEADLINE = "Nông dân vùng cao thu hoạch mùa chè sớm"
STORY = [
    "Những ngày đầu tháng tư, bà con các xã vùng cao đã bắt đầu hái chè búp đầu mùa và bán tại chợ phiên của huyện.",
    "Giá chè búp tươi năm nay cao hơn năm ngoái, nhiều hộ gia đình đã có thêm thu nhập để sửa sang nhà cửa và mua sắm.",
    "Ông Lò Văn Khánh, trưởng bản, cho biết cả bản có hơn bốn mươi hộ trồng chè, mỗi hộ thu vài tạ búp mỗi vụ.",
    "Huyện sẽ hỗ trợ giống mới và mở lớp tập huấn kỹ thuật chăm sóc chè cho bà con trong tháng tới.",
]
OPINIONS = (
    "<p><b>Ý kiến của các chuyên gia về nghề chè</b></p>"
    "<p>“Muốn chè có giá thì phải giữ được chất lượng búp, hái đúng lứa và sao ngay trong ngày, không để búp ôi. "
    "Người trồng chè cần liên kết với nhau để bán được giá cao hơn cho các doanh nghiệp.”</p>"
    "<p><i>Kỹ sư Hà Minh Tuấn - Viện Chè</i></p>"
)
LINKS = "".join(f"<li><a href='/nong-nghiep/che-shan-{n}.htm'>Chè Shan tuyết được mùa ở xã biên giới số {n}</a></li>" for n in range(1, 4))
CARD = (
    "<a href='/nong-nghiep/che-co-thu-12.htm'><img src='/anh/che.jpg'></a>"
    "<h3><a href='/nong-nghiep/che-co-thu-12.htm'>Chè Shan tuyết cổ thụ được công nhận cây di sản</a></h3>"
    "<p>Hơn một trăm cây chè cổ thụ trên núi cao được công nhận.</p>"
)
URL = "https://tin.example.vn/nong-nghiep/nong-dan-thu-hoach-che-123.htm"


def _page(box: str, after: int = 2, frame: str = "{}") -> str:
    """The story with `box` after its first `after` paragraphs, in `frame`, with a byline."""
    paragraphs = [f"<p>{text}</p>" for text in STORY]
    story = "".join(paragraphs[:after]) + box + "".join(paragraphs[after:])
    article = frame.format(f"<h1>{HEADLINE}</h1><p class='date'>Thứ sáu, 06/03/2026 - 07:15</p>{story}<p>Minh Châu</p>")
    return (
        f"<html><head><title>{HEADLINE}</title></head><body><div class='menu'><a href='/'>Trang chủ</a></div>"
        f"<div class='detail'>{article}</div><div class='footer'>Báo điện tử Tin Nhanh</div></body></html>"
    )


def _text(html: str) -> str:
    return extract_from_html(html, URL, Source("e", "e", None, (URL,))).text


@pytest.mark.parametrize(
    "box, after",
    [
        # other readers' opinions in a shaded, centred one-cell table at the story's end
        (f"<table width='500' bgcolor='#e8eefa' align='center'><tr><td>{OPINIONS}</td></tr></table>", 4),
        # a second opinion makes the cell as long as a layout table's, which would be unwrapped
        (f"<table width='500' bgcolor='#e8eefa' align='center'><tr><td>{OPINIONS}<p>“Nên có nhãn hiệu chung cho chè của cả vùng để người mua dễ nhận ra.”</p></td></tr></table>", 4),
        # the same box shaded by its style, between two paragraphs
        (f"<table style='background-color: #f2f2f2; width: 90%'><tbody><tr><td>{OPINIONS}</td></tr></tbody></table>", 2),
        # the box's cell shaded rather than its table
        (f"<table width='90%'><tr><td bgcolor='#fdf5e6'>{OPINIONS}</td></tr></table>", 2),
        # a one-column table floated beside the story
        (f"<table align='right' width='220'><tr><td>{OPINIONS}</td></tr></table>", 2),
        # related news by the box's name, its heading in mid-story (which would end the story)
        (f"<div class='box-tinlienquan'><b>Tin liên quan</b><ul>{LINKS}</ul></div>", 2),
        (f"<div class='xem-them'><p>Xem thêm:</p><ul>{LINKS}</ul></div>", 2),
        ("<div class='VCSortableInPreviewMode' type='RelatedOneNews'><a href='/nong-nghiep/che-co-thu-12.htm'>Chè Shan tuyết cổ thụ được công nhận cây di sản</a></div>", 3),
        # a list of links floated beside the story
        (f"<div style='float: right; width: 240px'><p>Đọc thêm</p><ul>{LINKS}</ul></div>", 2),
        # another article's teaser: picture and headline to one address, with its summary
        (f"<div class='news-card'>{CARD}</div>", 2),
    ],
)
def test_a_box_in_the_story_is_left_out(box, after):
    assert _text(_page(box, after)) == "\n\n".join(STORY)


@pytest.mark.parametrize(
    "html, text",
    [
        # a data table, even shaded, is story
        (
            _page("<table bgcolor='#eeeeee'><tr><th>Xã</th><th>Số hộ</th></tr><tr><td>Tả Van</td><td>42</td></tr><tr><td>Bản Hồ</td><td>37</td></tr></table>"),
            "\n\n".join([*STORY[:2], "| Xã | Số hộ |", "|---|---|", "| Tả Van | 42 |", "| Bản Hồ | 37 |", *STORY[2:]]),
        ),
        # a picture with its caption, in a floated shaded table: the caption is story
        (
            _page("<table align='right' bgcolor='#f0f0f0'><tr><td><img src='/anh/doi-che.jpg'></td></tr><tr><td>Đồi chè của bản Khau Vai mùa thu hoạch</td></tr></table>"),
            "\n\n".join([*STORY[:2], "| Đồi chè của bản Khau Vai mùa thu hoạch |", *STORY[2:]]),
        ),
        # a one-cell table on a white ground, as a word processor writes it
        (
            _page("<table style='background: none repeat scroll 0% 0% white'><tr><td>Sản lượng chè búp tươi cả huyện đạt 1.200 tấn.</td></tr></table>"),
            "\n\n".join([*STORY[:2], "| Sản lượng chè búp tươi cả huyện đạt 1.200 tấn. |", *STORY[2:]]),
        ),
        # a link in a paragraph whose class says related is no box
        (
            _page("<p>Xem thêm bài <a class='link-related' href='/nong-nghiep/che-co-thu-12.htm'>Chè Shan tuyết cổ thụ được công nhận</a> trên báo.</p>"),
            "\n\n".join([*STORY[:2], "Xem thêm bài Chè Shan tuyết cổ thụ được công nhận trên báo.", *STORY[2:]]),
        ),
        # the story in a shaded one-cell table, or a white one: the page's frame, not a box
        (_page("", frame="<table bgcolor='#f5f5f5' align='center' width='980'><tr><td>{}</td></tr></table>"), "\n\n".join(STORY)),
        (_page("", frame="<table bgcolor='#FFFFFF' align='center' width='980'><tr><td>{}</td></tr></table>"), "\n\n".join(STORY)),
    ],
)
def test_what_looks_like_a_box_and_is_story(html, text):
    assert _text(html) == text


def test_a_right_aligned_credit_is_no_floated_box():
    page = Page(_page("<p align='right'><a href='/nguon/nong-thon'>Theo Báo Nông Thôn Ngày Nay</a></p>", 4))
    assert "Theo Báo Nông Thôn Ngày Nay" in lxml.html.tostring(page.markup(), encoding="unicode")
