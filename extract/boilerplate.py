"""Which lines of a page's main text are the story: trafilatura's text still carries the furniture
Vietnamese portals put around an article, and these rules take it out.

A story runs from the headline to the first block that ends it ("Những tin mới hơn", "Tin liên
quan", "Thống kê truy cập", "ĐÁNH GIÁ BÀI VIẾT"). Such a block standing *before* the story (a
left sidebar of news or a visitor counter earlier in the markup) is passed over instead, up to the
first paragraph of prose. Some lines are furniture wherever they stand: date stamps, camera file
names used as captions, ribbons, buttons, view counts, links listed by a print view.
"""
from __future__ import annotations

import re

from vncorpus.extract.dates import is_dateline, without_stamp
from vncorpus.nlp.regexes import numeric_date

# Headings of the blocks that come after a story, never inside one.
_BLOCK_HEADING = re.compile(
    r"""^(?:
        (?:Những\s+)?tin\s+(?:mới|cũ)\s+hơn            # NukeViet: "Những tin mới hơn", "Những tin cũ hơn"
      | (?:Các\s+)?tin\s+(?:liên\s+quan|cùng\s+chuyên\s+mục|cùng\s+danh\s+mục|khác|đã\s+đưa)  # "Tin liên quan", "Các tin khác", "Các tin đã đưa"
      | (?:Thông\s+)?tin\s+mới(?:\s+nhất|\s+cập\s+nhật)?    # sidebars: "Tin mới", "Thông tin mới nhất", "Tin mới cập nhật"
      | Thông\s+tin\s+cập\s+nhật\s+về\s+[^.!?]{1,40}     # a topic's box: "Thông tin cập nhật về Amazon"
      | Tin\s+(?:xem|đọc)\s+nhiều(?:\s+nhất)? | Xem\s+nhiều(?:\s+nhất)? | Đọc\s+nhiều(?:\s+nhất)?
      | Tin\s+(?:nổi\s+bật|tiêu\s+điểm|ảnh|video)
      | Bài\s+(?:viết\s+)?(?:liên\s+quan|mới|khác|cùng\s+chuyên\s+mục)   # WordPress, Joomla: "Bài viết liên quan"
      | (?:Tin\s+bài|Nội\s+dung)\s+(?:liên\s+quan|khác)   # Liferay's related assets: "Nội dung liên quan"
      | Có\s+thể\s+bạn\s+quan\s+tâm | Theo\s+dòng\s+sự\s+kiện | Văn\s+bản\s+mới
      | Thống\s+kê\s+truy\s+cập | Thăm\s+dò\s+ý\s+kiến | Liên\s+kết\s+website
      | ĐÁNH\s+GIÁ(?:\s+BÀI\s+VIẾT)?                    # rating widgets: "ĐÁNH GIÁ BÀI VIẾT( 0)", "Đánh giá ★★★★★"
      | Tổng\s+số\s+điểm\s+của\s+bài\s+viết              # NukeViet rating "Tổng số điểm của bài viết là: 0 trong 0 đánh giá"
      | (?:Ý\s+kiến\s+bạn\s+đọc|Bình\s+luận|Gửi\s+(?:ý\s+kiến|bình\s+luận)|Để\s+lại\s+một\s+bình\s+luận)  # comment forms
      | Chia\s+sẻ(?:\s+bài\s+viết)?                       # share buttons
      | (?:Chia\s+sẻ|Gửi)\s+(?:bài\s+viết|câu\s+chuyện|ý\s+kiến|ảnh)\s+của\s+bạn\b.*  # calls to readers: "Chia sẻ bài viết của bạn về … tại đây."
      | (?:Sự\s+kiện\s+)?Tiêu\s+điểm | Tin\s+khác | Tin\s+nổi\s+bật(?:\s+mục)?  # news sites' related boxes
      | Thông\s+tin\s+doanh\s+nghiệp                      # advertorial boxes
      | Từ\s+kh(?:óa|oá) | Tags?                            # tags: "Từ khóa:", old-style "Từ khoá:"
      | Bạn\s+đã\s+không\s+sử\s+dụng\s+Site               # NukeViet session-timeout notice
      | URL\s+của\s+bản\s+tin\s+này | Địa\s+chỉ\s+bài\s+viết | Nguồn\s+URL | Liên\s+kết | Được\s+đăng\s+trên  # print views' footers
    )(?:\s*[:(]\s*[\d\s]*\)?.*)?$""",
    re.IGNORECASE | re.VERBOSE,
)

# Lines that are never story text wherever they stand.
_FURNITURE = re.compile(
    r"""^(?:
        [\w\-. ]*\.(?:jpe?g|png|gif|webp)                  # "ảnh-bài-bạc-liêu.png", "DSC_0123.JPG"
      | \d+(?:\.\d+)*\.?\s*(?:IMG|DSC|DSCF|DJI|P)[\s_-]?\d+  # "5.29.IMG 9644": camera file names as captions
      | (?:IMG|DSC|DSCF|DJI)[\s_-]?\d+(?:[\s_-]\d+)*(?:\.\w+)?   # "IMG_20191120_093512"
      | Skip\s+(?:Ribbon\s+Commands|to\s+main\s+content)   # SharePoint ribbon
      | Sign\s+In | Đăng\s+nhập | Đường\s+dẫn
      # buttons and print toolbars, one or several on a line: "In bài viết", "[In bài] [Gửi bài cho bạn]", "- Đóng cửa sổ này"
      | (?:[-|]?\s*\[?(?:In(?:\s+(?:bài(?:\s+viết)?|trang|ra))?|Gửi\s+(?:email|bài(?:\s+cho\s+bạn)?|cho\s+bạn\s+bè)|Email
          |Lưu\s+bài\s+viết|Bản\s+in(?:\s+thân\s+thiện)?|Về\s+đầu\s+trang|Quay\s+lại|Trở\s+về|Đóng(?:\s+cửa\s+sổ(?:\s+này)?)?)\]?\s*)+
      | .{1,60}\s\[\d+\]                                   # a print view's link with its footnote number: "Tin hoạt động [2]"
      # view counts and visitor counters: "Lượt xem: 1.245", "•Máy chủ tìm kiếm : 3", "Tổng lượt truy cập : 2,901,388"
      | (?:(?:Số\s+)?lượt\s+(?:xem|truy\s+cập) | Đang\s+(?:truy\s+cập|online) | Máy\s+chủ\s+tìm\s+kiếm | Khách\s+viếng\s+thăm
          | Hôm\s+(?:nay|qua) | (?:Trong\s+)?tuần(?:\s+này)? | Tháng\s+(?:này|hiện\s+tại|trước) | Năm\s+nay | Tất\s+cả
          | Tổng(?:\s+số)?\s+lượt\s+(?:truy\s+cập|xem)
        )\s*:?\s*[\d.,\s]*
      | [\d.,]+\s+lượt\s+(?:xem|đọc|truy\s+cập)          # the count first: "1.245 Lượt xem", "1245 lượt đọc"
      | \(?\d+\s+(?:phiếu(?:\s+bầu)?|lượt\s+đánh\s+giá)\)? | [★☆\s]+   # ratings: "(0 Phiếu bầu)", "★★★★★"
      | \(\s*[\d.,]+\s+bình\s+chọn(?:\s*,\s*[\d.,]+(?:/\d+)?\s+điểm)?\s*\)   # "(6816 bình chọn, 9/10 điểm)"
      | (?:Chuyên\s+mục|Danh\s+mục|Tài\s+liệu\s+đính\s+kèm|Tệp\s+đính\s+kèm)\s*:.*   # category and attachment labels
      # callouts to other articles set into the story: "Xem thêm: Giá chè tăng …", "Đọc thêm: …",
      # ">> Giá chè tăng …", "» Nông dân …", ">>> Mời quý độc giả xem thêm video:"
      | (?:>{2,}|»)?\s*(?:Xem|Đọc)\s+(?:thêm|tiếp)\s*:.*
      | (?:>{2,}|»).{1,150}
      | Mời\s+(?:quý\s+)?(?:độc\s+giả|bạn\s+đọc|quý\s+vị)\s+(?:xem|theo\s+dõi|đón\s+(?:đọc|xem)|cùng\s+xem)\b.*
      | Được\s+đăng\s+trên\s.*                          # a print view's header: "Được đăng trên Cổng thông tin …"
      | .*\bNgày\s+in\s*:.*                                # print views' "Ngày in: 24/11/2026"
      | Bạn\s+hãy\s+tắt\s+cửa\s+sổ\s+này\s+sau\s+khi\s+in.*
      | (?:\[\d+\]\s*)?https?://\S+                        # a bare address, a print view's numbered links
      | \(?0\d{2,3}\)?(?:[\s.-]?\d{2,4}){2,4}                # a phone number alone: "0985.57.88.55", "(024) 3736 6491"
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# A dated link in a list is a related article: "- Tiêu đề (20/11/2026)", "- Tiêu đề 23/11/2026",
# "- Tiêu đề Ngày 26/11/2012" (a stamp, capitalised), "- 02-03-2021 - Tiêu đề"; not a cited document
# ("- Kế hoạch số 51/KH-UBND ngày 28/01/2019").
_DATED_LIST_ITEM = re.compile(
    rf"""^[-•*]\s(?:
        .*(?:\({numeric_date("a")}\)|(?-i:(?<!ngày))\s{numeric_date("b")})
      | {numeric_date("c")}\s+[-–]\s.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_WORD = re.compile(r"[^\W\d_]+")
_LIST_MARKER = re.compile(r"^[-•*]\s*")
# A sentence's end, perhaps inside a closing quote or bracket: "… phát triển./.", "… “Biển đảo Việt Nam”."
_SENTENCE_END = re.compile(r"[.!?…;:][\"”')]*\s*$")


def story_lines(text: str, headline: str) -> list[str]:
    """The story's lines of a main text that trafilatura extracted."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    # The story starts after the headline, when the headline stands above it; a headline repeated
    # after the story (hidden microdata, a share box) leaves the story where it is.
    if headline in lines and not any(is_prose(line) for line in lines[: lines.index(headline)]):
        lines = lines[lines.index(headline) + 1 :]
    story: list[str] = []
    started = passing_block = False  # started: a paragraph of prose has been kept
    for line in lines:
        if _BLOCK_HEADING.match(line):
            if started:
                break
            # A block before the story: what came before it was furniture too.
            story, passing_block = [], True
            continue
        if passing_block and not is_prose(line):
            continue
        passing_block = False
        # The headline, alone or after the date stamp the page prints beside it.
        if is_furniture(line) or line == headline or without_stamp(line) == headline:
            continue
        if not started and len(_WORD.findall(line)) < 5:
            continue  # a portlet title or breadcrumb above the first paragraph
        story.append(line)
        started = started or is_prose(line)
    return story


def is_furniture(line: str) -> bool:
    """Never story: checked without a list marker ("- Lượt truy cập: 2318"), and part by part for a
    line of stamps and counts joined by bars."""
    if _DATED_LIST_ITEM.match(line):
        return True
    line = _LIST_MARKER.sub("", line)
    if _FURNITURE.match(line) or is_dateline(line):
        return True
    # "Ngày đăng: 22/11/2019 10:15 | (Cập nhật lúc: …) | Lượt xem: 1.045"
    parts = [part.strip() for part in line.split("|") if part.strip()]
    return len(parts) > 1 and all(is_furniture(part) for part in parts)


def ends_story(line: str) -> bool:
    return bool(_BLOCK_HEADING.match(line))


def is_prose(line: str) -> bool:
    """A paragraph of running text, not a heading, caption or link."""
    words = len(line.split())
    return words >= 25 or (words >= 12 and bool(_SENTENCE_END.search(line)))
