"""The offline basemap: Natural Earth country shapes from the gazetteer, simplified once.

Simplified to about 8 km with the smallest islands dropped, the world is ~300 KB of GeoJSON
instead of several MB; both renderers share the shapes, computed once per process. Rings that
jump across the antimeridian (Fiji, Chukotka) would be drawn as bands around the world on a
flat map, so they are cut at the jumps into pieces that each stay on one side.
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


def _one_sided(polygon: Polygon) -> list[Polygon]:
    """The polygon, or the runs of its outer ring between jumps of over 180° of longitude."""
    ring = list(polygon.exterior.coords)[:-1]
    jumps = [i for i in range(len(ring)) if abs(ring[i][0] - ring[i - 1][0]) > 180]
    if not jumps:
        return [polygon]
    runs = [ring[start:end] for start, end in zip(jumps, [*jumps[1:], len(ring)], strict=True)]
    runs[-1] += ring[: jumps[0]]  # the run that wraps past the ring's starting point
    pieces = [shapely.make_valid(Polygon(run)) for run in runs if len(run) >= 3]
    return [p for piece in pieces for p in shapely.get_parts(piece) if p.geom_type == "Polygon"]


def _lighter(shape: BaseGeometry) -> BaseGeometry:
    polygons = [p for p in shapely.get_parts(shape) if p.geom_type in ("Polygon", "MultiPolygon")]
    flat = [piece for p in polygons for part in shapely.get_parts(p) for piece in _one_sided(part)]
    parts = sorted(flat, key=lambda part: -part.area)
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
