"""The gazetteer: canonical province names, the 2025 map, coordinates."""
import pytest

from vncorpus.nlp.gazetteer import (
    canonical_province,
    legacy_provinces,
    province_2025,
    province_coordinates,
)


@pytest.mark.parametrize(
    "name, canonical, in_2025",
    [
        ("tỉnh Cao Bằng", "Cao Bằng", "Cao Bằng"),
        ("Cao Bang", "Cao Bằng", "Cao Bằng"),  # without diacritics
        ("CAO BẰNG", "Cao Bằng", "Cao Bằng"),
        ("Bắc Kạn", "Bắc Kạn", "Thái Nguyên"),
        ("Bắc Cạn", "Bắc Kạn", "Thái Nguyên"),
        ("Bạc Liêu", "Bạc Liêu", "Cà Mau"),
        ("Hoà Bình", "Hòa Bình", "Phú Thọ"),  # old-style tone placement
        ("Thanh Hoá", "Thanh Hóa", "Thanh Hóa"),
        ("TP. Hồ Chí Minh", "Hồ Chí Minh", "Hồ Chí Minh"),
        ("Thành phố Hồ Chí Minh", "Hồ Chí Minh", "Hồ Chí Minh"),
        ("Thừa Thiên Huế", "Thừa Thiên Huế", "Huế"),
        ("Huế", "Thừa Thiên Huế", "Huế"),
        ("Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh"),
        ("Đăk Lăk", "Đắk Lắk", "Đắk Lắk"),
        ("Lạng Sơn", "Lạng Sơn", "Lạng Sơn"),
        ("Điện Biên", "Điện Biên", "Điện Biên"),
        ("Atlantis", None, None),
        ("", None, None),
    ],
)
def test_province_names(name, canonical, in_2025):
    assert canonical_province(name) == canonical
    assert province_2025(name) == in_2025


def test_63_provinces_map_onto_34():
    provinces = legacy_provinces()
    assert len(provinces) == len(set(provinces)) == 63
    assert {"Cao Bằng", "Thừa Thiên Huế", "Hồ Chí Minh", "Bà Rịa - Vũng Tàu"} <= set(provinces)
    assert all(canonical_province(p) == p for p in provinces)
    assert len({province_2025(p) for p in provinces}) == 34
    assert province_2025(None) is None


def test_every_province_has_coordinates_in_vietnam():
    for province in legacy_provinces():
        lat, lon = province_coordinates(province)
        assert 8 < lat < 24 and 102 < lon < 110, province
    assert province_coordinates("Atlantis") is None
