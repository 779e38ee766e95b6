"""Country shapes and borders from Natural Earth, as npm's world-atlas ships them (TopoJSON).

TopoJSON stores every boundary segment once, as an arc shared by the countries on either
side; an arc that exactly two countries use is a stretch of their common border, so the
borders fall out of the topology without any polygon overlay.

world-atlas runs Natural Earth through d3's geostitch, which removes the cuts along ±180° and
at the poles: its rings are spherical, so Chukotka, Wrangel Island and Fiji's eastern islands
are rings whose edges cross the antimeridian, and Antarctica is a coastline that circles the
South Pole plus a degenerate ring along the pole. Read as planar lon/lat those rings jump
across the map and Antarctica turns inside out, so the cuts are put back (RFC 7946 3.1.9).
"""

from __future__ import annotations

import itertools
import json
import math
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pycountry
from shapely import affinity
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Polygon, box
from shapely.geometry.base import BaseGeometry
from shapely.geometry.polygon import orient
from shapely.ops import linemerge, unary_union
from shapely.validation import make_valid

# Natural Earth features that world-atlas leaves without an ISO numeric id.
_NAMED_WITHOUT_ID = {"Kosovo": "XK", "N. Cyprus": None, "Somaliland": None}
# Quantization puts the poles at ±89.999, so a ring this close to a pole is a stitched polar cut.
POLE_TOLERANCE_DEGREES = 0.01
# A ring closed through a pole runs along it in steps this long, so no edge spans the map.
POLE_STEP_DEGREES = 10

Ring = list[tuple[float, float]]


@dataclass(frozen=True)
class CountryShapes:
    shapes: dict[str, BaseGeometry]  # ISO alpha-2 -> (Multi)Polygon
    borders: dict[tuple[str, str], BaseGeometry]  # sorted code pair -> (Multi)LineString


def _decode_arcs(topology: dict) -> list[Ring]:
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


def _ring(arc_ids: list[int], arcs: list[Ring]) -> Ring:
    ring: Ring = []
    for index in arc_ids:
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        ring.extend(points if not ring else points[1:])
    return ring


def _continuous(ring: Ring) -> Ring:
    """The ring with longitudes unwrapped past ±180 so no edge jumps; a ring that circles a
    pole (it ends 360° from where it started) is closed through that pole."""
    points = [ring[0]]
    offset = 0.0
    for (before, _), (after, lat) in itertools.pairwise(ring):
        if after - before > 180:
            offset -= 360
        elif after - before < -180:
            offset += 360
        points.append((after + offset, lat))
    if offset:
        pole = -90.0 if sum(lat for _, lat in ring) < 0 else 90.0
        steps = math.ceil(abs(offset) / POLE_STEP_DEGREES)
        start, end = points[-1][0], points[0][0]
        points += [(start + (end - start) * i / steps, pole) for i in range(steps + 1)]
        points.append(points[0])
    return points


def _at_pole(ring: Ring) -> bool:
    return all(abs(lat) >= 90 - POLE_TOLERANCE_DEGREES for _, lat in ring)


def _polygon(arc_rings: list[list[int]], arcs: list[Ring]) -> BaseGeometry | None:
    """One TopoJSON polygon as planar polygons, cut at ±180 into parts that stay in range.

    A ring along a pole encloses nothing on the sphere and is dropped; when it was the outer
    ring (Antarctica), the coastline after it becomes the outline."""
    decoded = [_ring(arc_ids, arcs) for arc_ids in arc_rings]
    rings = [_continuous(ring) for ring in decoded if not _at_pole(ring)]
    if not rings or len(rings[0]) < 4:
        return None
    shell, holes = rings[0], [hole for hole in rings[1:] if len(hole) >= 4]
    centre = _mean_longitude(shell)
    holes = [_shifted(hole, 360 * round((centre - _mean_longitude(hole)) / 360)) for hole in holes]
    polygon = _fix(Polygon(shell, holes))
    west, _, east, _ = polygon.bounds
    if west >= -180 and east <= 180:
        return polygon
    pieces = [
        affinity.translate(polygon.intersection(box(lo, -90, lo + 360, 90)), xoff=-180 - lo)
        for lo in (-540, -180, 180)
    ]
    return unary_union([piece for piece in pieces if not piece.is_empty])


def _mean_longitude(ring: Ring) -> float:
    return sum(lon for lon, _ in ring) / len(ring)


def _shifted(ring: Ring, degrees: float) -> Ring:
    return [(lon + degrees, lat) for lon, lat in ring]


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
                parts[code].extend(_polygons_of(polygon))
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


def _polygons_of(geometry: BaseGeometry) -> list[Polygon]:
    """The polygons in a geometry, exterior rings anticlockwise (RFC 7946 right-hand rule)."""
    if isinstance(geometry, Polygon):
        return [orient(geometry)] if not geometry.is_empty else []
    return [p for part in getattr(geometry, "geoms", []) for p in _polygons_of(part)]


def bbox_of(geometry: BaseGeometry) -> tuple[float, float, float, float]:
    """RFC 7946 bbox; a shape that straddles the antimeridian gets west > east, one that takes
    in a pole spans every longitude (RFC 7946 5.3)."""
    west, south, east, north = geometry.bounds
    if east - west <= 180 or south <= -90 or north >= 90:
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
