"""Input checking: contract Features in, `MapFeature`s (kind, id, lon/lat parts) out.

Both renderers (HTML and PNG) draw from the same checked list, so a bad feature is refused
the same way whichever output is asked for.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

MAX_FEATURES = 10_000
MAX_POINTS_PER_FEATURE = 20_000
KINDS = ("border", "place", "link", "deployment")
FEATURE_ID = re.compile(r"[A-Za-z0-9_.:-]{1,100}")  # ids reach the page's script unescaped
COUNTRY_CODE = re.compile(r"[A-Z]{2}")
_GEOMETRIES = {
    "place": ("Point",),
    "border": ("LineString", "MultiLineString"),
    "link": ("LineString", "MultiLineString"),
    "deployment": ("Point",),
}


class MapInputError(ValueError):
    """A feature cannot be drawn; the message names the feature and the reason."""


@dataclass(frozen=True)
class MapFeature:
    kind: str  # one of KINDS
    id: str | None  # the top-level feature "id" (storage assigns them), for focus messages
    parts: tuple[tuple[tuple[float, float], ...], ...]  # lon/lat lines; a point is one part
    properties: dict

    @property
    def point(self) -> tuple[float, float]:
        return self.parts[0][0]

    @property
    def status(self) -> str:
        """realised, planned, requested, refused, negated or (deployments) withdrawn."""
        props = self.properties
        status = str(props.get("status") or "realised").strip().lower()
        wording = " ".join(str(props.get(key) or "") for key in ("relation", "type")).lower()
        if self.kind == "deployment" and ("withdraw" in status or "withdraw" in wording):
            return "withdrawn"
        return status if status in ("planned", "requested", "refused", "negated") else "realised"

    @property
    def evidence(self) -> list[dict]:
        items = self.properties.get("evidence") or []
        return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []

    @property
    def mentions(self) -> list[dict]:
        items = self.properties.get("mentions")
        return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []

    @property
    def evidence_count(self) -> int:
        """Pieces of evidence in all: a joined relation sends a sample and says how many."""
        return _count(self.properties.get("evidence_count"), len(self.evidence))

    @property
    def mention_count(self) -> int:
        """Mentions in all: a corpus place sends a sample and says how many."""
        return _count(self.properties.get("mention_count"), len(self.mentions))


def _count(given: object, sent: int) -> int:
    valid = isinstance(given, int) and not isinstance(given, bool) and given >= sent
    return given if valid else sent  # type: ignore[return-value]


def _kind(properties: dict) -> str:
    kind = properties.get("kind")
    if kind == "place" and properties.get("feature_type") == "border":
        return "border"
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r} (expected one of {', '.join(KINDS)})")
    return kind


def _position(value: object) -> tuple[float, float]:
    if not isinstance(value, list | tuple) or len(value) < 2:
        raise ValueError("a position must be [longitude, latitude]")
    lon, lat = value[0], value[1]
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (lon, lat)):
        raise ValueError("coordinates must be numbers")
    if not (math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90):
        raise ValueError(f"position out of range: {lon}, {lat}")
    return float(lon), float(lat)


def _parts(
    geometry: object, allowed: tuple[str, ...]
) -> tuple[tuple[tuple[float, float], ...], ...]:
    if not isinstance(geometry, dict) or geometry.get("type") not in allowed:
        kind = geometry.get("type") if isinstance(geometry, dict) else type(geometry).__name__
        raise ValueError(f"geometry must be {' or '.join(allowed)}, not {kind}")
    coordinates = geometry.get("coordinates")
    lines = {
        "Point": lambda: [[coordinates]],
        "LineString": lambda: [coordinates],
        "MultiLineString": lambda: coordinates,
    }[geometry["type"]]()
    if not isinstance(lines, list) or not lines or not all(isinstance(x, list) for x in lines):
        raise ValueError("geometry has no coordinates")
    if sum(len(line) for line in lines) > MAX_POINTS_PER_FEATURE:
        raise ValueError(f"geometry has more than {MAX_POINTS_PER_FEATURE} positions")
    parts = tuple(tuple(_position(p) for p in line) for line in lines)
    if geometry["type"] != "Point" and any(len(part) < 2 for part in parts):
        raise ValueError("a line needs at least two positions")
    return parts


def check_features(features: object) -> list[MapFeature]:
    """The drawable features, in input order; features without geometry are left out."""
    if not isinstance(features, list | tuple):
        raise MapInputError("features must be a list of GeoJSON Features")
    if len(features) > MAX_FEATURES:
        raise MapInputError(f"too many features for one map ({len(features)} > {MAX_FEATURES})")
    checked = []
    for index, feature in enumerate(features):
        try:
            if not isinstance(feature, dict) or feature.get("type") != "Feature":
                raise ValueError("not a GeoJSON Feature")
            properties = feature.get("properties")
            if not isinstance(properties, dict):
                raise ValueError("properties must be an object")
            kind = _kind(properties)
            if feature.get("geometry") is None:
                continue
            feature_id = feature.get("id")
            if feature_id is not None and not (
                isinstance(feature_id, str | int) and FEATURE_ID.fullmatch(str(feature_id))
            ):
                raise ValueError("id must be 1-100 letters, digits or _.:- (or a number)")
            parts = _parts(feature["geometry"], _GEOMETRIES[kind])
        except ValueError as error:
            name = feature.get("id") if isinstance(feature, dict) else None
            label = f"feature {index}" + (f" ({name!r})" if name is not None else "")
            raise MapInputError(f"{label}: {error}") from None
        checked.append(
            MapFeature(kind, None if feature_id is None else str(feature_id), parts, properties)
        )
    return checked


def mentioned_countries(features: list[MapFeature]) -> list[str]:
    """ISO codes of the countries the features name (tinted on the basemap)."""
    keys = ("country_code", "source_country", "target_country", "actor_country", "host_country")
    codes = {f.properties.get(key) for f in features for key in keys}
    codes |= {
        c for f in features if f.kind == "border" for c in f.properties.get("countries") or []
    }
    return sorted(
        c.upper() for c in codes if isinstance(c, str) and COUNTRY_CODE.fullmatch(c.upper())
    )
