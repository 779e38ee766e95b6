"""Stage 2 of the pipeline: the embedded gazetteer and the geocoder over it.

Public surface: `Gazetteer` (read a built store), `Place`, `GazetteerGeocoder` (a geopy
backend with context-aware `candidates`), `Candidate`, `build_store`, `haversine_km`.
"""

from geomap.gazetteer.geocoder import Candidate, GazetteerGeocoder
from geomap.gazetteer.store import Actor, Gazetteer, GazetteerMissing, Place, haversine_km


def __getattr__(name: str):
    """`build_store` imports the build's heavy dependencies only when asked for."""
    if name == "build_store":
        from geomap.gazetteer.build import build

        return build
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Actor",
    "Candidate",
    "Gazetteer",
    "GazetteerGeocoder",
    "GazetteerMissing",
    "Place",
    "build_store",
    "haversine_km",
]
