"""Stage 3 of the pipeline: find and resolve the places a Thai or English text names.

Public surface: `Geoparser` (parse a text), `ParseResult`/`PlaceHit`/`Mention`, and
`feature_collection` (the `geomap parse` GeoJSON contract).
"""

from geomap.geoparse.features import feature_collection, mention_json, place_feature
from geomap.geoparse.parser import MAX_TEXT_CHARS, Geoparser, ParseResult, PlaceHit
from geomap.geoparse.recognize import Mention

__all__ = [
    "MAX_TEXT_CHARS",
    "Geoparser",
    "Mention",
    "ParseResult",
    "PlaceHit",
    "feature_collection",
    "mention_json",
    "place_feature",
]
