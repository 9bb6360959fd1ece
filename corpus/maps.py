"""Province outlines for the maps, in either map: the 63 provinces before 1 July 2025 (Natural
Earth admin-1, shipped as provinces_63.geojson; tools/build_province_shapes.py says how it was
made) and the 34 after, dissolved from the 63 by each one's 2025 province (the 2025 reform merged
whole provinces, so the dissolve is exact)."""
from __future__ import annotations

import json
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
def _legacy_shapes() -> dict[str, BaseGeometry]:
    collection = json.loads(resources.files(__package__).joinpath("maps", "provinces_63.geojson").read_text(encoding="utf-8"))
    return {f["properties"]["province"]: shape(f["geometry"]) for f in collection["features"]}


@lru_cache(maxsize=2)
def province_shapes(map_column: str = "province") -> dict[str, BaseGeometry]:
    """Province name → its outline (lon/lat), for `map_column` 'province' (63) or 'province_2025' (34)."""
    legacy = _legacy_shapes()
    if checked_map(map_column) == "province":
        return legacy
    members: dict[str, list[BaseGeometry]] = {}
    for name, geometry in legacy.items():
        members.setdefault(province_2025(name), []).append(geometry)
    return {name: unary_union(parts) for name, parts in members.items()}
