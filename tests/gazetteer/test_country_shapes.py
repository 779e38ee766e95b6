"""Country shapes as stored: planar RFC 7946 polygons, cut at the antimeridian, no wrap-around.

world-atlas ships spherical (stitched) rings; these countries are the ones that cross ±180°
or circle a pole, plus the US (Aleutians near 180°, Alaska) as an ordinary large country.
"""

import itertools
import json
import sqlite3

import pytest
import shapely
from shapely.geometry import LinearRing, Point

MAX_EDGE_LONGITUDE_DEGREES = 30

INSIDE = {
    "RU": {
        "Moscow": (37.62, 55.75),
        "Chukotka, inland of Anadyr": (177.0, 65.0),
        "Provideniya, east of 180°": (-173.2, 64.5),
        "Wrangel Island, west of 180°": (179.5, 71.2),
        "Wrangel Island, east of 180°": (-179.5, 71.2),
    },
    "FJ": {
        "Suva, Viti Levu": (178.42, -18.12),
        "Lakeba, Lau group": (-178.8, -18.2),
        "Rabi Island, across 180°": (-179.96, -16.48),
    },
    "AQ": {
        "South Pole": (0.0, -89.9),
        "Ross Ice Shelf edge, west of 180°": (179.9, -85.0),
        "Ross Ice Shelf edge, east of 180°": (-179.9, -85.0),
    },
    "US": {"Anchorage": (-149.9, 61.2), "Washington": (-77.04, 38.9)},
}

# Places a ring that wraps round the world would wrongly cover.
OUTSIDE = {
    "RU": {"Nunavut": (-100.0, 66.0), "Alaska": (-150.0, 65.0), "Norwegian Sea": (0.0, 68.0)},
    "FJ": {"Atlantic": (0.0, -17.0), "Indian Ocean": (80.0, -17.0)},
    "AQ": {"Southern Ocean": (0.0, -55.0), "Cape Horn": (-67.3, -55.98)},
    "US": {"Chukotka": (177.0, 65.0), "Kamchatka": (160.0, 56.0)},
}


@pytest.fixture(scope="module")
def stored_geojson(gazetteer_path):
    """The GeoJSON exactly as the store holds it (shapely would close open rings on reading)."""
    with sqlite3.connect(f"file:{gazetteer_path}?mode=ro", uri=True) as conn:
        rows = conn.execute(
            "SELECT code, shape FROM country WHERE code IN ('RU', 'FJ', 'AQ', 'US')"
        ).fetchall()
    return {code: json.loads(shape) for code, shape in rows}


def _polygons(geometry: dict) -> list[list[list[list[float]]]]:
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    assert geometry["type"] == "MultiPolygon"
    return geometry["coordinates"]


@pytest.mark.parametrize("code", list(INSIDE))
def test_rings_are_closed_in_range_and_never_jump(stored_geojson, code):
    for polygon in _polygons(stored_geojson[code]):
        for position, ring in enumerate(polygon):
            assert len(ring) >= 4 and ring[0] == ring[-1], code
            assert all(-180 <= lon <= 180 and -90 <= lat <= 90 for lon, lat in ring), code
            widest = max(abs(a[0] - b[0]) for a, b in itertools.pairwise(ring))
            assert widest <= MAX_EDGE_LONGITUDE_DEGREES, (code, widest)
            # RFC 7946 right-hand rule: outer rings anticlockwise, holes clockwise.
            assert LinearRing(ring).is_ccw == (position == 0), code


@pytest.mark.parametrize("code", list(INSIDE))
def test_shape_is_a_valid_polygon_or_multipolygon(gazetteer, code):
    shape = gazetteer.country_shape(code)
    assert shape.geom_type in ("Polygon", "MultiPolygon")
    assert shape.is_valid, shapely.is_valid_reason(shape)


@pytest.mark.parametrize("code", list(INSIDE))
def test_known_places_fall_inside_and_far_places_outside(gazetteer, code):
    shape = gazetteer.country_shape(code)
    for name, (lon, lat) in INSIDE[code].items():
        assert shape.contains(Point(lon, lat)), f"{name} should be in {code}"
    for name, (lon, lat) in OUTSIDE[code].items():
        assert not shape.intersects(Point(lon, lat)), f"{name} should not be in {code}"


def test_shapes_across_the_antimeridian_have_a_wrapping_bbox(gazetteer):
    for code in ("RU", "FJ"):
        west, _, east, _ = gazetteer.country(code).bbox
        assert west > east, code
    west, south, east, _ = gazetteer.country("AQ").bbox
    assert (west, south, east) == (-180, -90, 180)
