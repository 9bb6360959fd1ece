"""The 2025 map (issue 12): 34 provinces and 3,321 communes, wards and special zones beside the
legacy units; texts read in the map of their day; every place with its 2025 province."""
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
import yaml

from vncorpus.extract.normalize import normalize_text
from vncorpus.nlp import gazetteer
from vncorpus.nlp.find import find_facts
from vncorpus.nlp.places import article_province, find_places

AFTER = date(2025, 9, 1)
BEFORE = date(2024, 9, 1)


def test_the_2025_map_has_its_official_counts():
    units = gazetteer.communes_2025()
    assert len(gazetteer.provinces_2025()) == 34
    assert len(units) == 3321
    assert sorted((w, sum(u.unit_word == w for u in units)) for w in {u.unit_word for u in units}) == [
        ("phường", 687), ("xã", 2621), ("đặc khu", 13)
    ]
    assert {u.level for u in units} == {"commune"}


def test_legacy_units_go_where_the_package_maps_their_communes():
    """Provinces merged whole, so a legacy unit's 2025 province is its province's, even for a
    commune split between several 2025 communes; the package's commune-by-commune mapping must
    agree for every legacy commune it lists."""
    converter = gazetteer._load("converter_2025.json")
    new_names = {key: unit.name for key, unit in gazetteer.provinces_2025().items()}
    legacy_names = {key: unit.name for key, unit in gazetteer.provinces().items()}
    checked = 0
    for new_key, wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for legacy_keys in wards.values():
            for legacy_key in legacy_keys:
                assert gazetteer.province_2025(legacy_names[legacy_key.split("_")[0]]) == new_names[new_key]
                checked += 1
    # A commune split between several 2025 communes: every part lies in the same 2025 province.
    for new_key, splits in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for legacy_key in splits:
            assert gazetteer.province_2025(legacy_names[legacy_key.split("_")[0]]) == new_names[new_key]
            checked += 1
    assert checked > 9000


def places(text, province=None, published=None):
    return [(p.name, p.level, p.province, p.province_2025) for p in find_places(text, province, published)]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a ward named after a former province's town: only the 2025 map has such a ward
        ("phường Bắc Kạn, tỉnh Thái Nguyên", AFTER, [("Bắc Kạn", "commune", "Thái Nguyên", "Thái Nguyên"), ("Thái Nguyên", "province", "Thái Nguyên", "Thái Nguyên")]),
        ("phường Yên Bái", AFTER, [("Yên Bái", "commune", "Lào Cai", "Lào Cai")]),
        # special zones are a unit word, and the unit a commune
        ("đặc khu Vân Đồn", AFTER, [("Vân Đồn", "commune", "Quảng Ninh", "Quảng Ninh")]),
        ("các đặc khu Lý Sơn và Cồn Cỏ", AFTER, [("Lý Sơn", "commune", "Quảng Ngãi", "Quảng Ngãi"), ("Cồn Cỏ", "commune", "Quảng Trị", "Quảng Trị")]),
        # a number ends some 2025 names
        ("phường Hà Giang 2 và xã A Lưới 3", AFTER, [("Hà Giang 2", "commune", "Tuyên Quang", "Tuyên Quang"), ("A Lưới 3", "commune", "Huế", "Huế")]),
        # a new name is found whatever the date says
        ("phường Hoài Nhơn Tây", None, [("Hoài Nhơn Tây", "commune", "Gia Lai", "Gia Lai")]),
        ("xã Tây Tiền Hải, tỉnh Hưng Yên", BEFORE, [("Tây Tiền Hải", "commune", "Hưng Yên", "Hưng Yên"), ("Hưng Yên", "province", "Hưng Yên", "Hưng Yên")]),
        # a name both maps know: the map of the day first ("xã Trùng Khánh" of 2025 is in Cao Bằng,
        # the legacy one in Lạng Sơn) …
        ("xã Trùng Khánh", AFTER, [("Trùng Khánh", "commune", "Cao Bằng", "Cao Bằng")]),
        ("xã Trùng Khánh", BEFORE, [("Trùng Khánh", "commune", "Lạng Sơn", "Lạng Sơn")]),
        # … unless the province named beside it says otherwise
        ("xã Trùng Khánh, tỉnh Lạng Sơn", AFTER, [("Trùng Khánh", "commune", "Lạng Sơn", "Lạng Sơn"), ("Lạng Sơn", "province", "Lạng Sơn", "Lạng Sơn")]),
        # the nearest province named settles a shared name
        ("xã Hòa An, tỉnh Cao Bằng và xã Đông Hưng, tỉnh Hưng Yên", AFTER,
         [("Hòa An", "commune", "Cao Bằng", "Cao Bằng"), ("Cao Bằng", "province", "Cao Bằng", "Cao Bằng"),
          ("Đông Hưng", "commune", "Hưng Yên", "Hưng Yên"), ("Hưng Yên", "province", "Hưng Yên", "Hưng Yên")]),
        # a name the legacy map has twice and the 2025 map once waits for the text's own places
        # (Móng Cái puts the legacy communes in Quảng Ninh) before the 2025 map decides
        ("thành phố Móng Cái phối hợp với các xã Hải Xuân, Vạn Ninh", None,
         [("Móng Cái", "district", "Quảng Ninh", "Quảng Ninh"), ("Hải Xuân", "commune", "Quảng Ninh", "Quảng Ninh"),
          ("Vạn Ninh", "commune", "Quảng Ninh", "Quảng Ninh")]),
        ("tập huấn tại xã Hương Bình", None, [("Hương Bình", "commune", "Hà Tĩnh", "Hà Tĩnh")]),
        # legacy places keep their province and carry the 2025 one
        ("huyện Chợ Mới, tỉnh Bắc Kạn", BEFORE, [("Chợ Mới", "district", "Bắc Kạn", "Thái Nguyên"), ("Bắc Kạn", "province", "Bắc Kạn", "Thái Nguyên")]),
        ("tỉnh Bạc Liêu", AFTER, [("Bạc Liêu", "province", "Bạc Liêu", "Cà Mau")]),
        ("thị xã Sa Pa", BEFORE, [("Sa Pa", "district", "Lào Cai", "Lào Cai")]),
    ],
)
def test_both_maps(text, published, expected):
    assert places(text, published=published) == expected


@pytest.mark.parametrize(
    "title, text, published, province",
    [
        # one commune and its province are enough evidence, in the map of the day
        ("Hội nghị chuyển đổi số", "UBND phường Trấn Biên, tỉnh Đồng Nai tổ chức hội nghị.", AFTER, "Đồng Nai"),
        ("Ra mắt trung tâm hành chính công", "Phường Hà Giang 1, tỉnh Tuyên Quang ra mắt trung tâm.", AFTER, "Tuyên Quang"),
        # a former province named in a text of 2026 counts as the province it went to
        ("Tổng kết", "Huyện Ba Bể và huyện Chợ Đồn của tỉnh Bắc Kạn cũ tổng kết năm.", date(2026, 1, 5), "Thái Nguyên"),
        ("Tổng kết", "Huyện Ba Bể và huyện Chợ Đồn của tỉnh Bắc Kạn tổng kết năm.", BEFORE, "Bắc Kạn"),
    ],
)
def test_article_province_in_the_map_of_its_day(title, text, published, province):
    assert article_province(title, text, find_places(text, published=published), published) == province


@pytest.mark.parametrize(
    "province, published, expected",
    [("Hà Giang", date(2025, 7, 1), "Tuyên Quang"), ("Hà Giang", date(2025, 6, 30), "Hà Giang"), ("Cao Bằng", AFTER, "Cao Bằng"),
     ("Thừa Thiên Huế", AFTER, "Huế"), ("Bắc Kạn", None, "Bắc Kạn"), (None, AFTER, None)],
)
def test_province_on_the_day(province, published, expected):
    assert gazetteer.province_on(province, published) == expected


GOLD_DIR = Path(__file__).resolve().parent.parent / "gold" / "nlp"


def _gold_with_2025_provinces():
    for path in sorted(GOLD_DIR.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        entries = doc["facts"].get("places") or []
        if any("province_2025" in e for e in entries):
            yield pytest.param(doc, entries, id=path.stem)


@pytest.mark.parametrize("doc, entries", list(_gold_with_2025_provinces()))
def test_gold_places_carry_their_2025_province(doc, entries):
    """Every place of the 2025-map gold texts, with the 2025 province annotated. Gold entries that
    share a mention are listed in the order they occur, so the k-th is the k-th found."""
    found = find_facts(normalize_text(doc["text"]), doc.get("province"), doc.get("published")).places
    by_mention = {}
    for place in found:
        by_mention.setdefault(place.mention, []).append(place)
    seen = Counter()
    for entry in entries:
        places = by_mention.get(entry["mention"], [])
        assert seen[entry["mention"]] < len(places), f"{entry['mention']} not found"
        place = places[seen[entry["mention"]]]
        seen[entry["mention"]] += 1
        assert (place.name, place.level, place.province_2025) == (entry["name"], entry["level"], entry["province_2025"]), entry
    assert sum(seen.values()) == len(found)  # and nothing else was found

@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a legacy commune merged whole: the 2025 commune it went to
        ("phường Sông Cầu, thành phố Bắc Kạn", BEFORE, [("Sông Cầu", "Bắc Kạn"), ("Bắc Kạn", None)]),
        ("xã Nguyễn Thị Minh Khai, huyện Chợ Đồn", BEFORE, [("Nguyễn Thị Minh Khai", "Đức Xuân"), ("Chợ Đồn", None)]),
        # a 2025 commune is itself; provinces and districts have none
        ("phường Bắc Kạn, tỉnh Thái Nguyên", AFTER, [("Bắc Kạn", "Bắc Kạn"), ("Thái Nguyên", None)]),
        # a commune split between several: the part the text names, else none
        ("phường Bùi Hữu Nghĩa, thành phố Cần Thơ", BEFORE, [("Bùi Hữu Nghĩa", None), ("Cần Thơ", None)]),
        ("phường Bùi Hữu Nghĩa (nay thuộc phường Cái Khế), thành phố Cần Thơ", BEFORE,
         [("Bùi Hữu Nghĩa", "Cái Khế"), ("Cái Khế", "Cái Khế"), ("Cần Thơ", None)]),
        # naming itself is no evidence for a part that shares its name
        ("xã Tân Thạnh, huyện Thới Lai, thành phố Cần Thơ", BEFORE, [("Tân Thạnh", None), ("Thới Lai", None), ("Cần Thơ", None)]),
    ],
)
def test_the_2025_commune_a_place_is_or_became(text, published, expected):
    assert [(p.name, p.commune_2025) for p in find_places(text, published=published)] == expected
