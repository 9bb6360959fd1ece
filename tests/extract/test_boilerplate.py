"""Which lines of trafilatura's text are the story: the furniture of real portals, line by line."""
import lxml.html
import pytest

from vncorpus.extract.boilerplate import is_furniture, story_lines
from vncorpus.extract.page import Page

TITLE = "Hội nghị tập huấn công tác thông tin đối ngoại năm 2022"
P1 = "Ngày 14/9/2022, Sở Ngoại vụ tổ chức Hội nghị tập huấn công tác thông tin đối ngoại cho 120 cán bộ các huyện biên giới."
P2 = "Hội nghị đã thống nhất các nội dung phối hợp trong năm 2023 giữa các sở, ngành và địa phương."


@pytest.mark.parametrize(
    "line",
    [
        "5.29.IMG 9644", "DSC_0123.JPG", "ảnh-bài-bạc-liêu.png", "IMG_20191120_093512",  # file names as captions
        "Skip Ribbon Commands", "Sign In", "Đăng nhập",
        "In bài viết", "[In bài] [Gửi bài cho bạn] [Về đầu trang]", "- Đóng cửa sổ này", "In trang | Quay lại",
        "Lượt xem: 1.245", "•Máy chủ tìm kiếm : 3", "Tổng lượt truy cập : 2,901,388", "- Lượt truy cập: 2318",
        "1.245 Lượt xem", "- 1245 lượt đọc", "(0 Phiếu bầu)", "★★★★★", "- Bản in thân thiện",
        "Ngày đăng: 22/11/2019 10:15 | (Cập nhật lúc: 25/11/2019 08:30:41) | Lượt xem: 1.045",
        "| | UBND TỈNH AN GIANG SỞ NGOẠI VỤ | Ngày in: 24/11/2026 09:37 |",
        "Thứ hai - 05/09/2022 22:28", "(Cập nhật lúc: 16/01/2020 16:39:43 )",
        "Ngày xuất bản: 18-07-2023 15:42 | Cập nhật lúc: 19/07/2023 08:10",
        "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KON TUM Ngày in: 24/11/2026",
        "Được đăng trên Cổng thông tin điện tử huyện Sốp Cộp (http://127.0.0.1:8000)",
        "[1] http://127.0.0.1:8000/tin-tuc/tin-hoat-dong", "Tin hoạt động [2]",
        "- Lai Châu tiếp Đoàn công tác Châu Hồng Hà, tỉnh Vân Nam (Trung Quốc) (20/11/2026)",
        "- Tiếp Đại sứ Lào tại Việt Nam 18/11/2026", "- 02-03-2021 - Đakrông tuyên truyền pháp luật cho đồng bào vùng biên",
    ],
)
def test_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        P1,
        "Toàn cảnh Hội nghị tập huấn",  # a caption is story
        "- Kế hoạch số 51/KH-UBND ngày 28/01/2019 về hoạt động thông tin đối ngoại",  # a cited document in a list
        "- Tình hình thế giới, khu vực và chính sách đối ngoại của Đảng, Nhà nước ta;",
        "In ấn 20.000 tờ rơi tuyên truyền về biên giới cho đồng bào các xã.",
    ],
)
def test_story(line):
    assert not is_furniture(line)


@pytest.mark.parametrize(
    "main_text",
    [
        # a visitor counter and a sidebar before the article (SharePoint, NukeViet left columns)
        f"Thống kê truy cập\n- Đang truy cập: 12\n- Hôm nay: 348\n{TITLE}\n(Cập nhật lúc: 21/03/2024 10:05:12 )\n{P1}\n{P2}",
        f"Thông tin mới nhất\n- Sơ kết công tác đối ngoại (17/11/2026)\n{TITLE}\nThứ năm - 15/09/2022 08:45\n{P1}\n{P2}",
        # what follows the story
        f"{TITLE}\n{P1}\n{P2}\nNhững tin mới hơn\n- Tập huấn nghiệp vụ lễ tân (20/11/2026)\nNhững tin cũ hơn",
        f"{P1}\n{P2}\nĐÁNH GIÁ BÀI VIẾT( 0)\nThống kê truy cập",
        f"{P1}\n{P2}\nTừ khóa: thông tin đối ngoại, biên giới",
        # a portlet title and breadcrumb above the first paragraph
        f"Đường dẫn\nTin tức - Sự kiện\n{P1}\n{P2}",
    ],
)
def test_story_lines(main_text):
    assert story_lines(main_text, TITLE) == [P1, P2]


def test_layout_tables_become_divisions_and_data_tables_stay():
    long_cell = "Nội dung bài viết rất dài. " * 20
    page = Page(
        f"<html><body><table><tr><td>Menu</td><td>{long_cell}<table><tr><td>Số liệu</td><td>12</td></tr></table></td></tr></table>"
        "<table><tr><td>Huyện</td><td>Số hội nghị</td></tr><tr><td>Trùng Khánh</td><td>7</td></tr></table></body></html>"
    )
    markup = lxml.html.tostring(page.markup(), encoding="unicode")
    assert markup.count("<table") == 1 and "<td>Trùng Khánh</td>" in markup


def test_captions_survive_as_paragraphs_and_hidden_labels_go():
    page = Page(
        '<html><body><figure><img src="a.jpg"><figcaption class="wp-element-caption">Toàn cảnh Hội nghị tập huấn</figcaption></figure>'
        "<span style='display:none'>Tóm tắt</span><div class='img-caption'>Đại biểu phát biểu tại hội nghị</div></body></html>"
    )
    markup = lxml.html.tostring(page.markup(), encoding="unicode")
    assert "<p>Toàn cảnh Hội nghị tập huấn</p>" in markup and "<p>Đại biểu phát biểu tại hội nghị</p>" in markup
    assert "Tóm tắt" not in markup and "Tóm tắt" not in page.text
