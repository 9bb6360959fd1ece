"""Text repair: legacy font encodings, decomposed Unicode, glued words — real forms, exact outputs."""
import unicodedata

import pytest

from vncorpus.extract.legacy import repair_legacy_encoding
from vncorpus.extract.normalize import normalize_text


@pytest.mark.parametrize(
    "legacy, unicode_text",
    [
        # TCVN3 (.VnTime) as a browser decodes it with a Western charset
        ("Th«ng tin ®èi ngo¹i cña tØnh Cao B»ng vµ c¸c huyÖn", "Thông tin đối ngoại của tỉnh Cao Bằng và các huyện"),
        ("Së Ngo¹i vô tæ chøc héi nghÞ tËp huÊn c«ng t¸c th«ng tin ®èi ngo¹i cho c¸c huyÖn", "Sở Ngoại vụ tổ chức hội nghị tập huấn công tác thông tin đối ngoại cho các huyện"),
        # VNI-Windows
        ("Thoâng tin ñoái ngoaïi cuûa tænh Cao Baèng vaø caùc huyeän", "Thông tin đối ngoại của tỉnh Cao Bằng và các huyện"),
        ("Sôû Ngoaïi vuï toå chöùc hoäi nghò taäp huaán coâng taùc thoâng tin ñoái ngoaïi cho caùc huyeän", "Sở Ngoại vụ tổ chức hội nghị tập huấn công tác thông tin đối ngoại cho các huyện"),
        ("THOÂNG TIN ÑOÁI NGOAÏI cuûa tænh vaø caùc huyeän", "THÔNG TIN ĐỐI NGOẠI của tỉnh và các huyện"),
    ],
)
def test_legacy_encodings_become_unicode(legacy, unicode_text):
    assert repair_legacy_encoding(legacy) == unicode_text


@pytest.mark.parametrize(
    "text",
    [
        "Thông tin đối ngoại của tỉnh Cao Bằng và các huyện",  # already Unicode
        "Nhiệt độ 25°C, © 2023 Cổng thông tin điện tử",  # Latin-1 symbols in real Vietnamese
        "Hello world ± 5 µm",  # not Vietnamese at all
    ],
)
def test_unicode_text_is_left_alone(text):
    assert repair_legacy_encoding(text) == text


@pytest.mark.parametrize(
    "raw, expected",
    [
        (unicodedata.normalize("NFD", "Hòa An, Trùng Khánh"), "Hòa An, Trùng Khánh"),  # decomposed → NFC
        ("Quyết định số 1486/QĐ-TTg ngày 06/11/2018ban hành", "Quyết định số 1486/QĐ-TTg ngày 06/11/2018 ban hành"),
        ("ngày 05/8/2020của Thủ tướng", "ngày 05/8/2020 của Thủ tướng"),
        ("Tổng   kinh phí\u00a0là 500 triệu đồng", "Tổng kinh phí là 500 triệu đồng"),
        ("dòng 1\n\n\n\ndòng 2", "dòng 1\n\ndòng 2"),
        ("số 1533/KH-SNgV", "số 1533/KH-SNgV"),  # nothing glued: unchanged
        # a number run into its counted noun (seed 000's portal, Bắc Kạn's)
        ("Tổ chức 07cuộc Hội nghị cho 700cán bộ", "Tổ chức 07 cuộc Hội nghị cho 700 cán bộ"),
        ("in hơn 2.500cuốn cẩm nang", "in hơn 2.500 cuốn cẩm nang"),
        # two syllables run together (seed 002: "03 cuộchội nghị")
        ("mở 03 cuộchội nghị", "mở 03 cuộc hội nghị"),
        ("Hội nghịtập huấn", "Hội nghị tập huấn"),
        # a sentence run into the next (seed 002: "thành phố.Tổ chức 04 hội nghị")
        ("UBND các huyện, thành phố.Tổ chức 04 hội nghị", "UBND các huyện, thành phố. Tổ chức 04 hội nghị"),
    ],
)
def test_normalize_text(raw, expected):
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    "text",
    [
        "5ha lúa, 10km đường, 8h30, 500đ",  # a unit written against its number
        "H5N1, COVID-19, 4G, G20",  # codes with digits
        "TP.Hồ Chí Minh, Mic.gov.vn, v.v.",  # abbreviations and addresses, not sentences
        "Khuổi Nặm, Đakrông, Chrôh Pơnan, Phongsaly",  # names written as one word
        "khuổi",  # splits only before a vowel ("khu" + "ổi"): not glue
        "nguyễn khuyến nghiêng thuyền ngoèo",  # long syllables, each one word
        "hoà bình, thuỷ lợi",  # old-style tones are spelling, not glue
    ],
)
def test_what_is_not_glue_stays(text):
    assert normalize_text(text) == text
