"""Contract Features as strict RFC 7946 GeoJSON, for other tools to read.

Stored geometries are already lon/lat, but an export promises more than a map needs:
positions with 6 decimals (about 10 cm, RFC 7946 section 11.2), polygons that follow the
right-hand rule, a `bbox` on every area and line, and links as densified great circles cut
at the antimeridian, so no link crosses the map the long way (section 3.1.9).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator

from shapely.geometry import mapping, shape
from shapely.geometry.polygon import orient

from geomap.relations import great_circle

PRECISION = 6
LINK_POINTS = 64
_SCALE = 10**PRECISION
_GEOMETRY_TYPES = (
    "Point",
    "MultiPoint",
    "LineString",
    "MultiLineString",
    "Polygon",
    "MultiPolygon",
)


class ExportError(ValueError):
    """The export cannot be made: a bad filter, an unknown document, a broken geometry."""


def feature_collection(features: Iterable[dict], **members) -> dict:
    """An RFC 7946 FeatureCollection of contract Features; `members` are added as foreign
    members (e.g. `document` with the source's title and date)."""
    return {
        "type": "FeatureCollection",
        **members,
        "features": [rfc7946_feature(f) for f in features],
    }


def rfc7946_feature(feature: dict) -> dict:
    """One Feature normalised: precision, winding, great-circle links, bbox."""
    properties = dict(feature.get("properties") or {})
    geometry = feature.get("geometry")
    label = feature.get("id") or properties.get("name") or "a feature"
    try:
        geometry = _normalised_geometry(geometry, properties.get("kind"))
    except (TypeError, ValueError, KeyError, IndexError) as error:
        raise ExportError(f"{label}: {error}") from error
    result: dict = {"type": "Feature"}
    if feature.get("id") is not None:
        result["id"] = feature["id"]
    bbox = feature.get("bbox") or (geometry_bbox(geometry) if _is_extended(geometry) else None)
    if bbox:
        result["bbox"] = _outward(bbox, label)
    result["geometry"] = geometry
    result["properties"] = properties
    return result


def geojson_text(collection: dict) -> str:
    """Compact UTF-8 JSON; NaN and infinities are refused (they are not JSON)."""
    return json.dumps(collection, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def geometry_bbox(geometry: dict) -> list[float]:
    """[west, south, east, north]; for a geometry cut at the antimeridian west > east
    (RFC 7946 section 5.2), so the box spans the 180th meridian rather than the world."""
    parts = list(_parts(geometry))
    positions = [p for part in parts for p in part]
    lons = [p[0] for p in positions]
    lats = [p[1] for p in positions]
    west, east = min(lons), max(lons)
    touches_east = any(p[0] == 180 for part in parts for p in part)
    touches_west = any(p[0] == -180 for part in parts for p in part)
    if len(parts) > 1 and touches_east and touches_west:
        shifted = [lon + 360 if lon < 0 else lon for lon in lons]
        if max(shifted) - min(shifted) < east - west:
            west, east = min(shifted), max(shifted)
            east = east - 360 if east > 180 else east
    return [west, min(lats), east, max(lats)]


# geometry --------------------------------------------------------------------------
def _normalised_geometry(geometry: dict | None, kind: str | None) -> dict | None:
    if geometry is None:
        return None  # RFC 7946 allows unlocated features
    kind_of = geometry.get("type")
    if kind_of not in _GEOMETRY_TYPES:
        raise ValueError(f"unsupported geometry type {kind_of!r}")
    if kind == "link" and kind_of in ("LineString", "MultiLineString"):
        return _link_geometry(geometry)
    coordinates = _rounded(geometry["coordinates"])
    if kind_of in ("Polygon", "MultiPolygon"):
        coordinates = _right_hand_rule({"type": kind_of, "coordinates": coordinates})
    return {"type": kind_of, "coordinates": coordinates}


def _link_geometry(geometry: dict) -> dict:
    """The great circle between the link's two ends, whatever the stored line looks like."""
    parts = (
        geometry["coordinates"]
        if geometry["type"] == "MultiLineString"
        else [geometry["coordinates"]]
    )
    (lon1, lat1), (lon2, lat2) = _position(parts[0][0]), _position(parts[-1][-1])
    line = great_circle(lon1, lat1, lon2, lat2, points=LINK_POINTS)
    return {"type": line["type"], "coordinates": _rounded(line["coordinates"])}


def _right_hand_rule(geometry: dict) -> list:
    """Exterior rings counterclockwise, holes clockwise (RFC 7946 section 3.1.6)."""
    polygon = shape(geometry)
    if geometry["type"] == "Polygon":
        oriented = orient(polygon, sign=1.0)
    else:
        oriented = type(polygon)([orient(part, sign=1.0) for part in polygon.geoms])
    return _rounded(_lists(mapping(oriented)["coordinates"]))


def _lists(value):
    return [_lists(v) for v in value] if isinstance(value, list | tuple) else value


def _rounded(coordinates):
    if coordinates and isinstance(coordinates[0], int | float):
        lon, lat = _position(coordinates)
        return [round(lon, PRECISION), round(lat, PRECISION)]
    return [_rounded(c) for c in coordinates]


def _position(position) -> tuple[float, float]:
    lon, lat = float(position[0]), float(position[1])
    if not (math.isfinite(lon) and math.isfinite(lat)):
        raise ValueError("a coordinate is not a finite number")
    if not -90 <= lat <= 90:
        raise ValueError(f"latitude {lat} is outside -90..90")
    if not -180 <= lon <= 180:
        lon = (lon + 180) % 360 - 180  # the same meridian, written in range
    return lon, lat


def _parts(geometry: dict) -> Iterator[list]:
    """Every line/ring of positions in a geometry (a point is a part of one position)."""
    kind, coordinates = geometry["type"], geometry["coordinates"]
    if kind == "Point":
        yield [coordinates]
    elif kind in ("MultiPoint", "LineString"):
        yield coordinates
    elif kind in ("MultiLineString", "Polygon"):
        yield from coordinates
    else:
        for polygon in coordinates:
            yield from polygon


def _is_extended(geometry: dict | None) -> bool:
    return geometry is not None and geometry["type"] != "Point"


def _outward(bbox: list, label: str) -> list[float]:
    """Rounded away from the box's inside, so it still holds every rounded position."""
    if len(bbox) != 4 or not all(isinstance(v, int | float) for v in bbox):
        raise ExportError(f"{label}: bbox must be [west, south, east, north]")
    west, south, east, north = (float(v) for v in bbox)
    if not (-90 <= south <= north <= 90 and -180 <= west <= 180 and -180 <= east <= 180):
        raise ExportError(f"{label}: bbox {bbox} is out of range")
    return [
        math.floor(west * _SCALE) / _SCALE,
        math.floor(south * _SCALE) / _SCALE,
        math.ceil(east * _SCALE) / _SCALE,
        math.ceil(north * _SCALE) / _SCALE,
    ]
