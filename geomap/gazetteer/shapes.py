"""Country shapes and borders from Natural Earth, as npm's world-atlas ships them (TopoJSON).

TopoJSON stores every boundary segment once, as an arc shared by the countries on either
side; an arc that exactly two countries use is a stretch of their common border, so the
borders fall out of the topology without any polygon overlay.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pycountry
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import linemerge
from shapely.validation import make_valid

# Natural Earth features that world-atlas leaves without an ISO numeric id.
_NAMED_WITHOUT_ID = {"Kosovo": "XK", "N. Cyprus": None, "Somaliland": None}


@dataclass(frozen=True)
class CountryShapes:
    shapes: dict[str, BaseGeometry]  # ISO alpha-2 -> (Multi)Polygon
    borders: dict[tuple[str, str], BaseGeometry]  # sorted code pair -> (Multi)LineString


def _decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def _ring(arc_ids: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    ring: list[tuple[float, float]] = []
    for index in arc_ids:
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        ring.extend(points if not ring else points[1:])
    return ring


def _polygon(rings: list[list[int]], arcs) -> Polygon | None:
    coords = [_ring(r, arcs) for r in rings]
    if len(coords[0]) < 4:
        return None
    return Polygon(coords[0], [c for c in coords[1:] if len(c) >= 4])


def _alpha2(geometry: dict) -> str | None:
    numeric = geometry.get("id")
    if numeric:
        country = pycountry.countries.get(numeric=str(numeric).zfill(3))
        return country.alpha_2 if country else None
    return _NAMED_WITHOUT_ID.get(geometry.get("properties", {}).get("name", ""))


def load_country_shapes(path: Path) -> CountryShapes:
    """Read world-atlas countries TopoJSON into shapely shapes and shared borders."""
    topology = json.loads(path.read_text(encoding="utf-8"))
    arcs = _decode_arcs(topology)
    parts: dict[str, list[Polygon]] = defaultdict(list)
    arc_users: dict[int, set[str]] = defaultdict(set)
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = _alpha2(geometry)
        if code is None or geometry.get("type") is None:
            continue
        polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else list(geometry["arcs"])
        for rings in polygons:
            polygon = _polygon(rings, arcs)
            if polygon is not None:
                parts[code].append(polygon)
            for ring in rings:
                for index in ring:
                    arc_users[index if index >= 0 else ~index].add(code)
    shapes = {code: _fix(MultiPolygon(polys)) for code, polys in parts.items()}
    segments: dict[tuple[str, str], list[LineString]] = defaultdict(list)
    for index, users in arc_users.items():
        if len(users) == 2:
            pair = tuple(sorted(users))
            segments[pair].append(LineString(arcs[index]))  # type: ignore[index]
    borders = {pair: linemerge(MultiLineString(lines)) for pair, lines in segments.items()}
    return CountryShapes(shapes=shapes, borders=borders)


def _fix(geometry: BaseGeometry) -> BaseGeometry:
    return geometry if geometry.is_valid else make_valid(geometry)


def bbox_of(geometry: BaseGeometry) -> tuple[float, float, float, float]:
    """RFC 7946 bbox; a shape that straddles the antimeridian gets west > east."""
    west, south, east, north = geometry.bounds
    if east - west <= 180:
        return (west, south, east, north)
    longitudes = _longitudes(geometry)
    shifted = [lon + 360 if lon < 0 else lon for lon in longitudes]
    if max(shifted) - min(shifted) < east - west:
        low, high = min(shifted), max(shifted)
        return (low, south, high - 360 if high > 180 else high, north)
    return (west, south, east, north)


def _longitudes(geometry: BaseGeometry) -> list[float]:
    polygons = getattr(geometry, "geoms", [geometry])
    lons: list[float] = []
    for polygon in polygons:
        if hasattr(polygon, "exterior"):
            lons.extend(x for x, _ in polygon.exterior.coords)
        elif hasattr(polygon, "geoms"):
            lons.extend(_longitudes(polygon))
    return lons
