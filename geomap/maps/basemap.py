"""The offline basemap: Natural Earth country shapes from the gazetteer, simplified once.

Simplified to about 8 km with the smallest islands dropped, the world is ~300 KB of GeoJSON
instead of several MB; both renderers share the shapes, computed once per process. The
gazetteer already cuts shapes at the antimeridian (RFC 7946), so they draw as they are.
"""

from __future__ import annotations

import json
import threading
from functools import lru_cache

import shapely
from shapely.geometry import MultiPolygon, Polygon, mapping
from shapely.geometry.base import BaseGeometry

from geomap.gazetteer import Gazetteer

TOLERANCE_DEGREES = 0.08
MIN_ISLAND_SQ_DEGREES = 0.1
GRID_DEGREES = 0.01
_lock = threading.RLock()  # one thread builds, the others wait for the cached result


def _lighter(shape: BaseGeometry) -> BaseGeometry:
    polygons = [part for part in shapely.get_parts(shape) if part.geom_type == "Polygon"]
    parts = sorted(polygons, key=lambda part: -part.area)
    if not parts:
        return Polygon()
    kept = [parts[0], *(part for part in parts[1:] if part.area >= MIN_ISLAND_SQ_DEGREES)]
    merged = MultiPolygon(kept) if len(kept) > 1 else kept[0]
    return shapely.set_precision(merged.simplify(TOLERANCE_DEGREES), GRID_DEGREES)


@lru_cache(maxsize=4)
def _country_shapes(gazetteer: Gazetteer) -> dict[str, BaseGeometry]:
    shapes = {}
    for code in gazetteer.country_codes():
        shape = gazetteer.country_shape(code)
        if shape is not None and not shape.is_empty:
            light = _lighter(shape)
            if not light.is_empty:
                shapes[code] = light
    return shapes


def country_shapes(gazetteer: Gazetteer) -> dict[str, BaseGeometry]:
    """ISO alpha-2 code -> simplified (Multi)Polygon, for every country with a shape."""
    with _lock:
        return _country_shapes(gazetteer)


@lru_cache(maxsize=4)
def _basemap_json(gazetteer: Gazetteer) -> str:
    features = [
        {"type": "Feature", "properties": {"code": code}, "geometry": mapping(shape)}
        for code, shape in country_shapes(gazetteer).items()
    ]
    return json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":"))


def basemap_json(gazetteer: Gazetteer) -> str:
    """The basemap as a GeoJSON FeatureCollection string (codes and numbers only)."""
    with _lock:
        return _basemap_json(gazetteer)
