"""Stage 6 of the pipeline: maps of places, borders, links and deployments.

Public surface: `MapOptions`, `render_map` (an offline Leaflet page: linked or inlined
assets, CSP nonce, embed messages), `render_png` (a static image with Thai labels), and the
errors they raise for bad input (`MapInputError`), a missing Thai font (`MapFontError`) and
missing front-end packages (`MapAssetsMissing`).
"""

from geomap.maps.assets import MapAssetsMissing
from geomap.maps.html import render_map
from geomap.maps.model import MapInputError
from geomap.maps.options import MapOptions
from geomap.maps.png import MapFontError, render_png

__all__ = [
    "MapAssetsMissing",
    "MapFontError",
    "MapInputError",
    "MapOptions",
    "render_map",
    "render_png",
]
