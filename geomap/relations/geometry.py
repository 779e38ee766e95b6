"""Great-circle lines for links, split at the antimeridian as RFC 7946 section 3.1.9 asks.

A straight segment on a web map between Vladivostok and Anchorage would cross the whole
map the long way; the great circle crosses longitude 180 instead, so it is cut there into
two parts, each ending exactly on +180 or -180.
"""

from __future__ import annotations

import itertools
import math


def _interpolate(lon1: float, lat1: float, lon2: float, lat2: float, points: int):
    p1, l1, p2, l2 = map(math.radians, (lat1, lon1, lat2, lon2))
    x1, y1, z1 = math.cos(p1) * math.cos(l1), math.cos(p1) * math.sin(l1), math.sin(p1)
    x2, y2, z2 = math.cos(p2) * math.cos(l2), math.cos(p2) * math.sin(l2), math.sin(p2)
    angle = math.acos(max(-1.0, min(1.0, x1 * x2 + y1 * y2 + z1 * z2)))
    if angle < 1e-9:
        return [(lon1, lat1), (lon2, lat2)]
    result = []
    for i in range(points):
        f = i / (points - 1)
        a = math.sin((1 - f) * angle) / math.sin(angle)
        b = math.sin(f * angle) / math.sin(angle)
        x, y, z = a * x1 + b * x2, a * y1 + b * y2, a * z1 + b * z2
        lat = math.degrees(math.atan2(z, math.hypot(x, y)))
        lon = math.degrees(math.atan2(y, x))
        result.append((lon, lat))
    result[0], result[-1] = (lon1, lat1), (lon2, lat2)
    return result


def _round(point: tuple[float, float]) -> list[float]:
    return [round(point[0], 5), round(point[1], 5)]


def great_circle(lon1: float, lat1: float, lon2: float, lat2: float, points: int = 64) -> dict:
    """GeoJSON LineString along the great circle, or a MultiLineString when it crosses 180."""
    points = max(2, min(points, 1024))
    line = _interpolate(lon1, lat1, lon2, lat2, points)
    parts: list[list[tuple[float, float]]] = [[line[0]]]
    for (a_lon, a_lat), (b_lon, b_lat) in itertools.pairwise(line):
        if abs(b_lon - a_lon) > 180:  # the segment wraps: cut it where it meets +-180
            edge = 180.0 if a_lon > 0 else -180.0
            shifted = b_lon + 360 if a_lon > 0 else b_lon - 360
            fraction = (edge - a_lon) / (shifted - a_lon)
            crossing_lat = a_lat + fraction * (b_lat - a_lat)
            parts[-1].append((edge, crossing_lat))
            parts.append([(-edge, crossing_lat)])
        parts[-1].append((b_lon, b_lat))
    if len(parts) == 1:
        return {"type": "LineString", "coordinates": [_round(p) for p in parts[0]]}
    return {
        "type": "MultiLineString",
        "coordinates": [[_round(p) for p in part] for part in parts if len(part) >= 2],
    }
