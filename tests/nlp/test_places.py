"""Places: gazetteer names with their level and province, foreign places, NER for unknown names,
and what is not a place."""
import pytest

from vncorpus.nlp.models import PlaceMention
from vncorpus.nlp.places import article_province, find_places

CB = "Cao Bằng"


def places(text, province=None):
    found = find_places(text, province)
    assert all(text[p.start : p.end] == p.mention for p in found)
    return [(p.name, p.level, p.province) for p in found]


@pytest.mark.parametrize(
    "text, province, expected",
    [
        # a list after a plural unit word yields every name, whatever separates them
        (
            "các huyện: Quảng Hòa; Trùng Khánh, Hạ Lang, Hòa An, Nguyên Bình, Thạch An, Hà Quảng.",
            CB,
            [("Quảng Hòa", "district", CB), ("Trùng Khánh", "district", CB), ("Hạ Lang", "district", CB), ("Hòa An", "district", CB),
             ("Nguyên Bình", "district", CB), ("Thạch An", "district", CB), ("Hà Quảng", "district", CB)],
        ),
        # tone placement and case do not matter; the name is canonical
        ("huyện Hoà An", None, [("Hòa An", "district", CB)]),
        ("HUYỆN TRÙNG KHÁNH", None, [("Trùng Khánh", "district", CB)]),
        ("huyện Trùng khánh và huyện Hoà an", None, [("Trùng Khánh", "district", CB), ("Hòa An", "district", CB)]),
        ("tỉnh Cao Bằng", None, [(CB, "province", CB)]),
        ("TP. Hồ Chí Minh", None, [("Hồ Chí Minh", "province", "Hồ Chí Minh")]),
        ("tỉnh Bà Rịa - Vũng Tàu", None, [("Bà Rịa - Vũng Tàu", "province", "Bà Rịa - Vũng Tàu")]),
        ("Thừa Thiên Huế và Huế", None, [("Thừa Thiên Huế", "province", "Thừa Thiên Huế")] * 2),
        # an organisation names its province once
        ("Sở Ngoại vụ Cao Bằng đã ban hành", None, [(CB, "province", CB)]),
        ("Ban Dân tộc tỉnh Lạng Sơn", None, [("Lạng Sơn", "province", "Lạng Sơn")]),
        ("Thông tấn xã Việt Nam và Hợp tác xã Tân Tiến", None, []),
        # the unit word picks among same-named units
        ("thành phố Cao Bằng", None, [(CB, "district", CB)]),
        ("thị xã Sa Pa", None, [("Sa Pa", "district", "Lào Cai")]),
        ("tỉnh Lào Cai", None, [("Lào Cai", "province", "Lào Cai")]),  # not Lào
        # foreign places, with and without a unit word
        ("Khu tự trị dân tộc Choang Quảng Tây, Trung Quốc", None, [("Quảng Tây", "foreign", None), ("Trung Quốc", "foreign", None)]),
        ("tỉnh Phông-sa-ly (nước CHDCND Lào)", None, [("Phông-sa-ly", "foreign", None), ("Lào", "foreign", None)]),
        ("tỉnh Vân Nam (Trung Quốc)", None, [("Vân Nam", "foreign", None), ("Trung Quốc", "foreign", None)]),
        ("thủ đô Viêng Chăn và thành phố Côn Minh, Campuchia", None, [("Viêng Chăn", "foreign", None), ("Côn Minh", "foreign", None), ("Campuchia", "foreign", None)]),
        # a name several provinces share: the article's province, or one the text names, settles it
        ("huyện Bảo Lâm", CB, [("Bảo Lâm", "district", CB)]),
        ("huyện Bảo Lâm", "Lâm Đồng", [("Bảo Lâm", "district", "Lâm Đồng")]),
        ("huyện Bảo Lâm", "tỉnh Lâm Đồng", [("Bảo Lâm", "district", "Lâm Đồng")]),
        ("huyện Bảo Lâm, tỉnh Cao Bằng", None, [("Bảo Lâm", "district", CB), (CB, "province", CB)]),
        # half of a common word is no country: "Hiến pháp, Pháp luật", "Sở Tư Pháp", "Đức tin"
        ("Hiến pháp, Pháp luật và Luật Tư Pháp", None, []),
        ("Sở Tư Pháp tỉnh Hà Tĩnh", None, [("Hà Tĩnh", "province", "Hà Tĩnh")]),
        ("Pháp và Đức ký hiệp định", None, [("Pháp", "foreign", None), ("Đức", "foreign", None)]),
        ("thị trường Mỹ, Úc, Nhật Bản", None, [("Mỹ", "foreign", None), ("Úc", "foreign", None), ("Nhật Bản", "foreign", None)]),
        ("hợp tác với Mỹ, Hàn Quốc và tỉnh Sê Kông", None, [("Mỹ", "foreign", None), ("Hàn Quốc", "foreign", None), ("Sê Kông", "foreign", None)]),
        ("triển lãm mỹ thuật. Mỹ thuật dân gian", None, []),
        # a credit label puts a photographer or writer, not a place, after it
        ("Lễ trao bằng khen. Ảnh: Xuân Trường.", None, []),
        ("đoàn thăm hỏi (Ảnh: Đức Thọ)", None, []),
        ("Bài và ảnh: Hải Hà", None, []),
        # a rank, degree or calling makes the name a person's
        ("Đại tá Hà Quảng phát biểu", None, []),
        ("Thượng tá Xuân Trường, Chỉ huy trưởng", None, []),
        ("PGS.TS Hà Quảng và nhà báo Minh Hóa", None, []),
        ("ThS. Bảo Lạc trình bày tại huyện Bảo Lạc", "Cao Bằng", [("Bảo Lạc", "district", CB)]),
        # a pen name alone on the last line is the writer
        ("Đoàn làm việc tại huyện Bảo Lạc.\nXuân Trường", "Cao Bằng", [("Bảo Lạc", "district", CB)]),
        ("Đoàn làm việc tại huyện Bảo Lạc.\n\nMinh Châu (tổng hợp)\n", "Cao Bằng", [("Bảo Lạc", "district", CB)]),
        ("Đoàn làm việc tại huyện Bảo Lạc, tỉnh Cao Bằng", None, [("Bảo Lạc", "district", CB), (CB, "province", CB)]),
        ("huyện Xuân Trường, tỉnh Nam Định", None, [("Xuân Trường", "district", "Nam Định"), ("Nam Định", "province", "Nam Định")]),
        # a commune name the legacy map has twice and the 2025 map once
        ("tập huấn tại xã Hương Bình, UBND huyện phối hợp", None, [("Hương Bình", "commune", "Hà Tĩnh")]),
        # villages, border gates and streets named after a place are not that place; routes keep theirs
        ("thôn Hòa An, xã Hồng Việt", CB, [("Hồng Việt", "commune", CB)]),
        ("qua cửa khẩu Trà Lĩnh và cửa khẩu quốc tế Tà Lùng", CB, []),
        ("số 5 đường Điện Biên Phủ, thành phố Cao Bằng", CB, [(CB, "district", CB)]),
        ("tuyến đường Hà Nội - Lào Cai", None, [("Hà Nội", "province", "Hà Nội"), ("Lào Cai", "province", "Lào Cai")]),
        # the district written beside a shared commune name says which commune it is
        ("xã Tân Lập, huyện Bắc Sơn và xã Tân Lập, huyện Đà Bắc", None,
         [("Tân Lập", "commune", "Lạng Sơn"), ("Bắc Sơn", "district", "Lạng Sơn"), ("Tân Lập", "commune", "Hòa Bình"), ("Đà Bắc", "district", "Hòa Bình")]),
        # ambiguous and nothing to settle it: the unit word makes it a district, its province stays open
        ("huyện Bảo Lâm", None, [("Bảo Lâm", "district", None)]),
        # communes need their unit word; a district named in the text settles a shared commune name
        ("xã Bắc Xa và xã Bính Xá", "Lạng Sơn", [("Bắc Xa", "commune", "Lạng Sơn"), ("Bính Xá", "commune", "Lạng Sơn")]),
        ("các xã: Đức Long, Ngọc Côn và Ngọc Khê thuộc huyện Trùng Khánh", None,
         [("Đức Long", "commune", CB), ("Ngọc Côn", "commune", CB), ("Ngọc Khê", "commune", CB), ("Trùng Khánh", "district", CB)]),
        ("Quang Trung", "Lạng Sơn", []),
        # a spelling slip of a province the article names correctly
        ("tỉnh Bạc Liêu. Bạc Liệu sẽ sản xuất", None, [("Bạc Liêu", "province", "Bạc Liêu")] * 2),
        ("Bạc Liệu sẽ sản xuất", None, []),
        ("tỉnh Đăk Lăk", None, [("Đắk Lắk", "province", "Đắk Lắk")]),
        # not places: common words, people, the President
        ("Hòa bình, hữu nghị, hợp tác", None, []),
        ("Đồng chí Nguyễn Hải Hà, Bí thư", None, []),
        ("ông Hà Quảng phát biểu", None, []),
        ("Chủ tịch UBND tỉnh Lý Thái Hải tiếp Đại sứ Israel tại Hà Nội", None, [("Israel", "foreign", None), ("Hà Nội", "province", "Hà Nội")]),
        ("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", None, []),
        ("Hồ Ba Bể", "Bắc Kạn", [("Ba Bể", "district", "Bắc Kạn")]),
        ("tổ chức tại Hội trường UBND tỉnh, tại Trung tâm Hội nghị", None, []),
    ],
)
def test_place_forms(text, province, expected):
    assert places(text, province) == expected


def test_list_names_carry_their_unit_word():
    [mention] = [p for p in find_places("các xã: Đức Long, Ngọc Côn", None) if p.name == "Ngọc Côn"]
    assert mention == PlaceMention("Ngọc Côn", "commune", CB, "Ngọc Côn", 18, 26, province_2025=CB, map="legacy", commune_2025="Đình Phong")


@pytest.mark.parametrize(
    "text, expected",
    [
        # names the gazetteer does not know, after a place cue, confirmed by underthesea's NER
        ("Đoàn đại biểu tỉnh Luang Namtha sang thăm", [("Luang Namtha", "foreign", None, "ner")]),
        ("làm việc tại tỉnh Savannakhet", [("Savannakhet", "foreign", None, "ner")]),
        # Vietnam has only a commune "Mường Khoa"; a district of that name, beside a Lao province, is abroad
        (
            "làm việc tại huyện Mường Khoa, tỉnh Phông-sa-ly (Lào).",
            [("Mường Khoa", "foreign", None, "ner"), ("Phông-sa-ly", "foreign", None, "gazetteer"), ("Lào", "foreign", None, "gazetteer")],
        ),
        # acronyms and organisation words are never asked about
        ("nước CHDCND Lào", [("Lào", "foreign", None, "gazetteer")]),
    ],
)
def test_unknown_names_go_to_ner(text, expected):
    found = find_places(text)
    assert [(p.name, p.level, p.province, p.source) for p in found] == expected
    assert all(text[p.start : p.end] == p.mention for p in found)


@pytest.mark.parametrize(
    "title, text, expected",
    [
        (
            "Kết quả thực hiện nội dung thông tin và truyền thông trong Chương trình MTQG 1719 tại Bạc Liêu",
            "Sở TT&TT Bạc Liêu cho biết ... tỉnh Bạc Liêu",
            "Bạc Liêu",
        ),
        ("Hội nghị tập huấn", "Đoàn công tác tỉnh Cao Bằng và tỉnh Lạng Sơn", None),  # no province leads
        ("Hợp tác với Lào", "tỉnh Phông-sa-ly (Lào)", None),  # foreign places have no province
        ("Tin tổng hợp", "tỉnh Cao Bằng và tỉnh Cao Bằng", "Cao Bằng"),
    ],
)
def test_article_province(title, text, expected):
    assert article_province(title, text, find_places(text)) == expected


# Every unit word UNIT_BEFORE reads, in the cases articles write it, with and without a colon: the
# quick last-letter test before the search must let each through.
@pytest.mark.parametrize(
    "unit_word",
    ["tỉnh", "Tỉnh", "TỈNH", "thành phố", "Thành phố", "THÀNH PHỐ", "TP.", "TP", "tp", "huyện", "Huyện", "quận",
     "thị xã", "Thị xã", "xã", "Xã", "phường", "thị trấn", "đặc khu", "Đặc khu"],
)
@pytest.mark.parametrize("between", [" ", ": ", " : ", "  "])
def test_every_unit_word_is_read_before_a_name(unit_word, between):
    from vncorpus.nlp.places import _unit_word_before

    text = f"Đoàn công tác đến {unit_word}{between}Hòa An"
    assert _unit_word_before(text, text.index("Hòa An")) == unit_word


# Every cue NER_CUE reads, in the cases articles write it: the quick test of how the text before a
# name ends must let each through.
@pytest.mark.parametrize(
    "cue",
    ["tỉnh", "Tỉnh", "huyện", "quận", "thị xã", "xã", "Xã", "phường", "thị trấn", "đặc khu", "thành phố", "Thành phố",
     "tại", "Tại", "nước", "thủ đô", "Thủ đô"],
)
def test_every_ner_cue_is_read_before_a_name(cue):
    from vncorpus.nlp.places import _ner_cue

    text = f"Đoàn công tác (sang {cue} Viêng Chăn"
    assert _ner_cue(text, text.index("Viêng")).group(1) == cue
