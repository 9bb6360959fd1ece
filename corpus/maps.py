"""Province outlines for the maps, in either map: the 63 provinces before 1 July 2025 (Natural
Earth admin-1, shipped as provinces_63.geojson; tools/build_province_shapes.py says how it was
made) and the 34 after, dissolved from the 63 by each one's 2025 province (the 2025 reform merged
whole provinces, so the dissolve is exact).

A province's outline includes its islands: Quần đảo Hoàng Sa is part of Đà Nẵng and Quần đảo
Trường Sa of Khánh Hòa, in both maps. A map draws the archipelagos in an inset of their own
(`archipelagos`), with the mainland (`islands=False`) in the main frame."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from vncorpus.nlp.gazetteer import province_2025

# The two province columns of the tables, each a map.
MAP_COLUMNS = ("province", "province_2025")


def checked_map(column: str) -> str:
    """`column` if it names one of the two maps, else a ValueError."""
    if column not in MAP_COLUMNS:
        raise ValueError(f"map_column must be one of {MAP_COLUMNS}, not {column!r}")
    return column


@lru_cache(maxsize=1)
def _features() -> list[dict]:
    collection = json.loads(resources.files(__package__).joinpath("maps", "provinces_63.geojson").read_text(encoding="utf-8"))
    return collection["features"]


@lru_cache(maxsize=4)
def province_shapes(map_column: str = "province", islands: bool = True) -> dict[str, BaseGeometry]:
    """Province name → its outline (lon/lat), for `map_column` 'province' (63) or 'province_2025'
    (34); with `islands` False, without the archipelagos."""
    checked_map(map_column)
    members: dict[str, list[BaseGeometry]] = {}
    for feature in _features():
        if islands or "archipelago" not in feature["properties"]:
            members.setdefault(_province_in(map_column, feature["properties"]["province"]), []).append(shape(feature["geometry"]))
    return {name: parts[0] if len(parts) == 1 else unary_union(parts) for name, parts in members.items()}


def _province_in(map_column: str, province: str) -> str:
    """The province an outline of provinces_63.geojson belongs to in the map `map_column`."""
    if map_column == "province":
        return province
    merged = province_2025(province)
    if merged is None:
        raise ValueError(f"provinces_63.geojson names {province!r}, which is no province of the gazetteer")
    return merged


@dataclass(frozen=True)
class Archipelago:
    name: str  # Quần đảo Hoàng Sa
    province: str  # the province it belongs to, in the map asked for
    of: str  # that province as a map names it: "thành phố Đà Nẵng"
    outline: BaseGeometry


@lru_cache(maxsize=2)
def archipelagos(map_column: str = "province") -> list[Archipelago]:
    checked_map(map_column)
    return [
        Archipelago(
            f["properties"]["archipelago"],
            _province_in(map_column, f["properties"]["province"]),
            f["properties"]["of"],
            shape(f["geometry"]),
        )
        for f in _features() if "archipelago" in f["properties"]
    ]
