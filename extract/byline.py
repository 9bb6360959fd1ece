"""The author of an article: the byline that closes the story, however the portal prints it.

"Tác giả: Tin, ảnh: Minh Thùy" (NukeViet, label and value in separate elements), "Bài, ảnh: Thu
Trang", a name alone on the last line ("Vi Trường"), a name followed by the writer's office
("Tô Thị Thương" / "Trung Tâm Công nghệ số"). Source credits ("Nguồn: Báo Lạng Sơn", "Nguồn tin:
Sở Ngoại vụ") and an editorial office alone ("Ban Biên tập") close a story too, but name no
author. All of these are metadata: they leave the story text.
"""
from __future__ import annotations

import re

from vncorpus.nlp.regexes import UPPER

# A label alone on its line, whose value is on the next: "Tác giả:" / "Tin, ảnh: Lò Thị Hương".
_LABEL_ONLY = re.compile(r"^(?:Tác\s+giả|Nguồn(?:\s+tin)?|Người\s+viết|Phóng\s+viên)\s*:?$", re.IGNORECASE)
# A byline: "Tác giả: Phạm Hà", "Tác giả: Tin, ảnh: Minh Thùy", "Bài, ảnh: Thu Trang", "Tin và ảnh: …",
# "Bài và ảnh: …", "PV: …", a feature's credits "Thực hiện: …", "Nhóm thực hiện: …", "Nội dung: …" —
# the writer's name after the last colon.
_BYLINE = re.compile(
    r"^(?:Tác\s+giả\s*:?\s*)?(?:(?:Tin|Bài)(?:\s*(?:,|và|&|-)\s*ảnh)?|Tác\s+giả|Người\s+viết|Phóng\s+viên|PV|Nhóm\s+PV"
    r"|(?:Nhóm\s+)?thực\s+hiện|Nội\s+dung|Bài\s+viết)\s*:\s*(?P<value>.+)$",
    re.IGNORECASE,
)
# A photographer's credit, "Ảnh: Minh Đức", "(Ảnh: TTXVN)": it closes a story, and names who took the
# pictures, not who wrote it.
_PHOTO_CREDIT = re.compile(r"^\(?Ảnh\s*:\s*[^.:;]{1,60}\)?$", re.IGNORECASE)
# The writer and the photographer (or a feature's designer) on one line: "Lan Anh - Ảnh: Quốc Tuấn",
# "Tin: Lan Anh - Ảnh: Quốc Tuấn", "Minh Khang; ảnh: Hữu Thắng", "Nội dung: Minh Anh; Ảnh: Quốc Tuấn;
# Thiết kế: Thu Hà". The writer is before the first of these credits ("Tin, ảnh: Minh Thùy" is one
# person who did both, joined by a comma and read as a labelled byline). Only the credit is a pattern,
# searched for: a pattern spelling out the writer before it too ("^(.*?[^\W\d_].*?)…") was tried from
# every split of every story line, most of a page's extraction time.
_PHOTO_CREDIT_AFTER = re.compile(
    r"\s*[-–;|]\s*\(?(?:Ảnh|Thiết\s+kế|Đồ\s+h[ọo]a|Trình\s+bày|Video|Clip|Quay\s+phim|Dựng\s+hình)\s*:", re.IGNORECASE
)
_LETTER = re.compile(r"[^\W\d_]")
# What stands before "- ảnh:" when one person did both ("Bài - ảnh: Thu Trang"): no writer.
_WORK_LABEL = re.compile(r"^(?:Tác\s+giả\s*:?\s*)?(?:Tin|Bài)$", re.IGNORECASE)
# A writer's role printed before the name: "CTV Ngọc Anh", "PV Hữu Thắng", "Nhà báo Minh Anh".
_ROLE_FIRST = re.compile(rf"^(?:CTV|PV|Phóng\s+viên|Nhà\s+báo)\s+(?=[{UPPER}])")
# A writer signing with initials, as provincial papers print them after a label: "Tin, ảnh: T.H",
# "Bài, ảnh: N.T.Hằng" (a name alone in initials is too like an abbreviation to take unlabelled).
_INITIALS = re.compile(rf"^[{UPPER}]\.(?:\s?[{UPPER}][^\W\d_]*\.?)+$")
# A source credit: "Nguồn: Báo Quảng Trị", "Nguồn tin: Sở Ngoại vụ Lai Châu", "(Nguồn: Báo Nông nghiệp)", "(Theo Báo Lào Cai)",
# "Theo baochinhphu.vn", and an outlet by its name alone: "Theo Infonet", "Theo K14", "Theo Thanh Niên",
# "(Theo VnExpress)" (a person is credited with the outlet beside the name, see _BY_PERSON_FROM).
_CREDIT = re.compile(
    r"^(?:\(?Nguồn(?:\s+tin)?\s*:.+|\(?(?:Theo|Nguồn)\s+(?:Báo|Cổng|Trang|Đài|Tạp\s+chí|TTXVN|VOV|VTV|[\w.]+\.vn)[^.:;]{0,60}\)?"
    rf"|\(?Theo\s+[\w.]+(?:\s+[{UPPER}][\w.]*){{0,4}}\)?)$",
    re.IGNORECASE,
)
# A group of reporters signing together: "Nhóm PV", "Nhóm phóng viên", "Nhóm PV Thời sự".
_GROUP = re.compile(r"^Nhóm\s+(?:PV|phóng\s+viên)(?:\s+[^\W\d_]+){0,3}$", re.IGNORECASE)
# A note after the writer's name on what the writer did: "Hà Thu (tổng hợp)", "Ngọc Anh (t/h)", "Minh Anh
# (theo Reuters)", "Lan Hương (biên dịch)", "Thu Trang (lược dịch)", or who the writer is: "Lê Minh Anh
# (Phóng viên thường trú tại Pháp)", "Ngọc Anh (CTV)"; the name is the author.
_WRITER_NOTE = re.compile(r"\s*\((?:tổng\s+hợp|t/h|thực\s+hiện|(?:phóng\s+viên|PV|cộng\s+tác\s+viên|CTV|nhà\s+báo)\b[^()]{0,60}|theo\s+[^()]{1,40}|biên\s+dịch|lược\s+dịch|dịch|tổng\s+hợp\s+từ\s+[^()]{1,40})\)$", re.IGNORECASE)
# "Theo Sầm Hoa (Vietnamnet/Reuters)": a person credited by name with the outlet in brackets is the
# author; "Theo Infonet", "Theo K14" name an outlet, not a person.
_BY_PERSON_FROM = re.compile(r"^Theo\s+(?P<name>[^()]{3,60}?)\s*\((?P<outlet>[^()]{2,60})\)$", re.IGNORECASE)
# "Theo Nguyễn Văn An/Báo Cao Bằng", "(Theo Hà Linh/VOV)": the person before the outlet.
_BY_PERSON_SLASH = re.compile(r"^\(?Theo\s+(?P<name>[^()/]{3,60}?)\s*/\s*(?P<outlet>[^()/]{2,60})\)?$", re.IGNORECASE)
# A writer signing with the outlet or office after the name, without "Theo": "Lan Anh (TTXVN)",
# "Minh Khang - Hữu Thắng (Báo Lào Cai)", "Lan Anh (Vietnam+)", "Nguyễn Văn Hùng (Trung tâm Văn hóa
# huyện)", "Lan Anh/VOV". The names are the author; the bracket must name an outlet or an office
# (_OUTLET_MARK, or an office by _ORGANISATION), so that "Hồ Gươm (Hà Nội)" under a picture is no byline.
_WRITER_FROM = re.compile(r"^(?P<name>[^()/]{3,80}?)\s*(?:\((?P<outlet>[^()]{2,60})\)|/\s*(?P<slashed>[^()/\s][^()/]{1,40}))$")
# The same after a dash: "Ngọc Anh - TTXVN", "Nguyễn Văn Hùng - Trung tâm Văn hóa huyện"; the writers
# before the last dash ("Minh Khang - Hữu Thắng - TTXVN").
_WRITER_DASH_FROM = re.compile(r"^(?P<name>.+)\s+[-–]\s+(?P<outlet>[^-–()/]{2,60})$")
# An outlet by its letters after a dash, one word: "TTXVN", "VOV", "QĐND", "Vietnam+" ("LÊ THU" after
# "HOÀNG MINH -" is a second writer).
_OUTLET_WORD = re.compile(rf"^(?:[{UPPER}]{{2,}}\+?|[\w-]+\+|[\w.-]+\.vn)$")
# An outlet by its letters: "TTXVN", "VOV", "QĐND", "Vietnam+", "baotinh.vn".
_OUTLET_MARK = re.compile(rf"^(?:[{UPPER}]{{2,}}\b.*|.*\+|[\w.-]+\.vn)$")
# "Theo Hồ Hương" where a page's author slot (its metadata, an element named for the author) holds
# the writer and prints the outlet apart ("Đại Đoàn kết" in the element after it).
_CREDITED = re.compile(r"^\(?Theo\s+(?P<name>[^()/:]{3,60}?)\)?$", re.IGNORECASE)
# What joins a second writer printed in an element of its own: "NGUYỄN VĂN AN" "-" "TRẦN THỊ BÌNH".
_NAME_JOINER = re.compile(r"^(?:[-–&,]|và)$")
_JOINED_NAME = re.compile(r"^(?P<joiner>[-–&,])\s*(?P<name>.+)$")
# The writer's address printed after the name: "Minh Anh - minhanh@baotinh.vn", "Minh Anh (minhanh@baotinh.vn)".
_EMAIL = re.compile(r"\s*[-–,|]?\s*\(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?\s*$")
# A rating widget's count run into the byline by the page: "(6816 bình chọn, 9/10 điểm)".
RATING = re.compile(r"\s*\(\s*[\d.,]+\s+bình\s+chọn(?:\s*,\s*[\d.,]+(?:/\d+)?\s+điểm)?\s*\)\s*$", re.IGNORECASE)
# What a serial or an opinion piece prints around its byline: "(Còn nữa)", "(Còn tiếp)", "(Hết)",
# "Kỳ tới: Chè vùng cao vươn ra thế giới", "* Bài viết thể hiện quan điểm riêng của tác giả.", and the
# rules and marks that close a story: "---", "***", "./.".
_CLOSING_NOTE = re.compile(
    r"^(?:\(?(?:Còn\s+(?:nữa|tiếp)|Hết)\)?\.?|\(?Kỳ\s+(?:tới|sau|cuối)\s*:\s*[^()]{1,120}\)?"
    r"|\*?\s*(?:Bài\s+viết|Nội\s+dung\s+bài\s+viết)\s+(?:thể\s+hiện|phản\s+ánh)\s+quan\s+điểm.{0,80}|[-–—*_~=]{3,}|\./\.)$",
    re.IGNORECASE,
)
# An editorial office signing alone: "Ban Biên tập", "BBT".
_EDITORS = re.compile(r"^(?:Ban\s+biên\s+tập|BBT)\b", re.IGNORECASE)
# One person's name: one to five capitalised syllables ("Vi Trường", "Y Xuân", "Hoàng Thuý Hoà"),
# Central Highlands names with an apostrophe among them ("H’Linh Mlô", "Y'Moan").
_SYLLABLE = rf"[{UPPER}](?:[’'][{UPPER}])?[^\W\d_]*\.?"
_PERSON = rf"{_SYLLABLE}(?:\s+{_SYLLABLE}){{0,4}}"
# A byline of one or more names: "Hoàng Hương - Lò Mai", "Quàng Minh, Lò Hoa".
# A title printed before a writer's name: "PGS.TS Nguyễn Văn Hùng", "ThS. Lê Minh", "TS. BS Trần An",
# "Luật sư Phạm Hà".
_TITLE = r"(?:(?:P?GS|TS(?:KH)?|ThS|BS|CK(?:II|I|\d)|LS|KS|NCS|Luật\s+sư|Bác\s+sĩ|Kỹ\s+sư)\.?\s*)+"
_NAMES = re.compile(rf"^(?:{_TITLE}(?=[{UPPER}]))?{_PERSON}(?:\s*[-–,&]\s*{_PERSON}|\s+và\s+{_PERSON}){{0,3}}$")
# Offices and organisations: a name that starts so is no person ("Ban Biên tập", "Sở Ngoại vụ",
# "Trung Tâm Công nghệ số", "Báo Lào Cai", "UBND huyện …").
_ORGANISATION = re.compile(
    r"^(?:Ban|BBT|Sở|Trung\s+tâm|UBND|Ủy\s+ban|Uỷ\s+ban|Báo|Đài|Cổng|Trang|Phòng|Văn\s+phòng|Tạp\s+chí|Cục|Vụ|Bộ|Hội|"
    r"Liên\s+hiệp|Tỉnh\s+ủy|Tỉnh\s+uỷ|Huyện\s+ủy|Đảng\s+ủy|Công\s+an|Đồn|Chi\s+cục|Thông\s+tấn|TTXVN|VOV|VTV|admin|Quản\s+trị)\b",
    re.IGNORECASE,
)
_MAX_NAME_CHARS = 60
_MAX_OUTLET_WORDS = 6
_MAX_ORGANISATION_WORDS = 14
# How many lines after the story a byline may stand in the page (label, value, credit, office).
BYLINE_REACH = 6


def split_byline(story: list[str]) -> tuple[str | None, list[str]]:
    """(author, story without its closing byline and credit lines)."""
    for start in range(max(0, len(story) - 5), len(story)):
        author, taken = read_byline(story[start:])
        if taken == len(story) - start:
            return author, story[:start]
    return None, story


def read_byline(lines: list[str]) -> tuple[str | None, int]:
    """(author, how many of the leading lines are byline, credit or office lines)."""
    author: str | None = None
    i = 0
    while i < len(lines):
        line = _without_photo_credit(_without_end_marks(lines[i]))
        if _LABEL_ONLY.match(line) and i + 1 < len(lines):
            line, step = f"{line.rstrip(' :')}: {lines[i + 1]}", 2
        else:
            step = 1
        named = _BY_PERSON_FROM.match(line)
        slashed = _BY_PERSON_SLASH.match(line)
        if named and is_vietnamese_person(named["name"]):
            author = author or named["name"]
        elif slashed and _full_name(slashed["name"]):
            author = author or slashed["name"]
        elif author and (second := _second_writer(lines[i:])):
            author, step = f"{author} {second[0]}", second[1]
        elif _GROUP.match(line):
            author = author or line
        elif _WRITER_NOTE.search(line) and is_person(_WRITER_NOTE.sub("", line)):
            author = author or _WRITER_NOTE.sub("", line)
        elif writer := _writer_from_outlet(line):
            author = author or writer
        elif _BYLINE.match(line) and not _CREDIT.match(line):
            author = author or labelled_author(line)
        elif _CREDIT.match(line) or _PHOTO_CREDIT.match(line) or _CLOSING_NOTE.match(line) or (is_organisation(line) and (i > 0 or _EDITORS.match(line))):
            pass  # a credit, or the writer's office after the byline: no author, not story
        elif is_person(line) and author is None:
            author = line
        else:
            break
        i += step
    return author, i


def _without_end_marks(line: str) -> str:
    """The line without a rating's count or the writer's e-mail at its end. Each pattern is tried
    only on a line holding its mark: anchored at the end, it is tried from every position of every
    story line read as a candidate byline."""
    if "bình chọn" in line.lower():
        line = RATING.sub("", line)
    return _EMAIL.sub("", line) if "@" in line else line


def _without_photo_credit(line: str) -> str:
    """The writer's part of a line that also credits the photographer, without the writer's role."""
    writer = next((line[: c.start()] for c in _PHOTO_CREDIT_AFTER.finditer(line) if _LETTER.search(line, 0, c.start())), None)
    line = writer if writer is not None and not _WORK_LABEL.match(writer) else line
    return _ROLE_FIRST.sub("", line)


def _writer_from_outlet(line: str) -> str | None:
    """The names in "Lan Anh (TTXVN)", "Lan Anh/VOV", "Ngọc Anh - TTXVN": a writer signing with the
    outlet or office."""
    if _CREDIT.match(line) or line.lower().startswith("theo "):
        return None
    dashed = _WRITER_DASH_FROM.match(line)
    if dashed and is_person(dashed["name"]) and not dashed["name"].isupper():
        outlet = dashed["outlet"].strip()
        if _OUTLET_WORD.match(outlet) or is_organisation(outlet):
            return dashed["name"]
    signed = _WRITER_FROM.match(line)
    if not signed or not is_person(signed["name"]):
        return None
    outlet = (signed["outlet"] or signed["slashed"]).strip()
    if signed["slashed"] and not _full_name(signed["name"]):
        return None
    return signed["name"] if _OUTLET_MARK.match(outlet) or is_organisation(outlet) else None


def credited_writer(line: str) -> str | None:
    """The writer in an author slot's "Theo <full name>"; an outlet ("Theo Infonet", "Theo K14")
    is no writer."""
    credited = _CREDITED.match(line)
    name = credited["name"] if credited else ""
    return name if credited and _full_name(name) and is_vietnamese_person(name) else None


def is_outlet_name(line: str) -> bool:
    """A line that can only be an outlet's name printed after its writer's credit: a few words, no
    sentence ("Đại Đoàn kết", "Nhịp sống thị trường")."""
    return 0 < len(line.split()) <= _MAX_OUTLET_WORDS and not re.search(r"[.!?…:;,]$", line) and line[:1].isupper()


def _full_name(name: str) -> bool:
    """A person's full name before an outlet ("Nguyễn Văn An" in "Theo Nguyễn Văn An/Báo Cao Bằng"):
    two syllables or more, not an outlet's acronym ("VOV", "TTXVN"). Not checked against the
    syllable list, which lacks surnames such as Nguyễn."""
    return is_person(name) and len(name.split()) >= 2 and not name.isupper()


def _second_writer(lines: list[str]) -> tuple[str, int] | None:
    """A second writer printed in elements of its own after the first: ("- TRẦN THỊ BÌNH", lines
    it takes) from "-", "TRẦN THỊ BÌNH" or "- TRẦN THỊ BÌNH"."""
    if _NAME_JOINER.match(lines[0]) and len(lines) > 1 and is_person(lines[1]):
        return f"{lines[0]} {lines[1]}", 2
    joined = _JOINED_NAME.match(lines[0])
    if joined and is_person(joined["name"]):
        return f"{joined['joiner']} {joined['name']}", 1
    return None


def labelled_author(line: str) -> str | None:
    """The name in a labelled byline ("Tác giả: Phạm Hải Yến", "Bài, ảnh: Thu Trang", "Tin, ảnh:
    T.H"), wherever the theme prints it (some beside the date, above the story)."""
    byline = _BYLINE.match(line)
    name = re.split(r":\s*", byline["value"])[-1].strip(" ") if byline else ""
    name = name if _INITIALS.match(name) else name.rstrip(".")
    return name if is_person(name) or _INITIALS.match(name) else None


def is_person(name: str) -> bool:
    return len(name) <= _MAX_NAME_CHARS and bool(_NAMES.match(name)) and not _ORGANISATION.match(name)


def is_vietnamese_person(name: str) -> bool:
    """A person's name in Vietnamese syllables ("Sầm Hoa"), not an outlet ("Infonet", "K14")."""
    from vncorpus.nlp.text import syllables

    return is_person(name) and all(s.lower() in syllables() for s in re.findall(r"[^\W\d_]+", name))


def is_organisation(line: str) -> bool:
    return bool(_ORGANISATION.match(line)) and len(line.split()) <= _MAX_ORGANISATION_WORDS and not line.rstrip().endswith(".")
