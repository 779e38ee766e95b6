"""Colours, widths and sizes shared by the interactive map and the PNG, so they read alike."""

from __future__ import annotations

import math
import zlib

from geomap.maps.model import MapFeature
from geomap.maps.strings import RELATIONS, relation_key

SEA = "#dbe9f4"
LAND = "#f4f1ea"
LAND_EDGE = "#b9b3a6"
LAND_MENTIONED = "#e9dfc6"
BORDER = "#d7301f"
BORDER_HALO = "#fdd49e"
PLACE = "#253494"
DEPLOYMENT = "#7a0177"
WITHDRAWN = "#8c8c8c"

# Colour-blind-safe-ish qualitative palette (Tableau 10 without grey).
PALETTE = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
    "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#1f5f8b",
)  # fmt: skip
_FIXED = {key: PALETTE[i % len(PALETTE)] for i, key in enumerate(RELATIONS)}

# Stroke dash pattern by status (None: solid).
DASHES = {"planned": "8 6", "requested": "8 6", "refused": "2 6", "negated": "2 6"}


def relation_colour(relation: object) -> str:
    """Known types get fixed colours; others a stable one from their name."""
    key = relation_key(relation)
    return _FIXED.get(key) or PALETTE[zlib.crc32(key.encode()) % len(PALETTE)]


def link_weight(feature: MapFeature) -> float:
    """Line width in pixels: 2 for one piece of evidence, growing to 10."""
    return min(2.0 + 1.5 * (max(feature.evidence_count, 1) - 1), 10.0)


def troops(feature: MapFeature) -> int | None:
    value = feature.properties.get("troops")
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def deployment_radius(feature: MapFeature) -> float:
    """Marker radius in pixels: area grows with troop numbers (7 px when not given)."""
    count = troops(feature)
    return 7.0 if count is None else min(6.0 + 2.5 * math.sqrt(count / 100), 32.0)


def deployment_style(status: str) -> dict:
    """Realised: filled; planned/requested: dashed and pale; withdrawn/refused: grey, hollow."""
    if status == "withdrawn":
        return {"color": WITHDRAWN, "fill_opacity": 0.08, "dash": "3 4"}
    if status in ("refused", "negated"):
        return {"color": WITHDRAWN, "fill_opacity": 0.0, "dash": DASHES[status]}
    if status in ("planned", "requested"):
        return {"color": DEPLOYMENT, "fill_opacity": 0.15, "dash": DASHES[status]}
    return {"color": DEPLOYMENT, "fill_opacity": 0.45, "dash": None}
