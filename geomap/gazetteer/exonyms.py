"""How well the transliteration matcher finds places from Thai spellings it has never seen.

The test set is every Thai name GeoNames and CLDR already hold (cities, countries, Thai
provinces). The phonetic index is built from Latin names only, so those Thai names are
hidden from the matcher by construction; a lookup is right when its best answer is the
place that carries the name (or lies within 25 km of it). "Invented" counts answers the
matcher was confident in and that were wrong.
"""

from __future__ import annotations

import random

from geomap.gazetteer.geocoder import SAME_PLACE_KM, GazetteerGeocoder
from geomap.gazetteer.store import haversine_km


def evaluate(geocoder: GazetteerGeocoder, sample: int = 600, seed: int = 1) -> dict:
    """Precision and recall of sound-alike lookups: top-1, and when confident."""
    rows = geocoder.gazetteer.places_with_thai_names(("city", "country", "admin1"))
    random.Random(seed).shuffle(rows)
    rows = rows[:sample]
    top1_right = top1_answered = confident_right = confident_answered = 0
    for place in rows:
        found = geocoder.candidates(place.name_th or "", phonetic_only=True, limit=8)
        if not found:
            continue
        best = found[0].place
        right = best.id == place.id or (
            haversine_km(place.lat, place.lon, best.lat, best.lon) <= SAME_PLACE_KM
        )
        top1_answered += 1
        top1_right += right
        if geocoder.confident(found):
            confident_answered += 1
            confident_right += right
    total = len(rows) or 1
    return {
        "names_tried": len(rows),
        "confident": {
            "answered": confident_answered,
            "right": confident_right,
            "invented": confident_answered - confident_right,
            "precision": round(confident_right / max(1, confident_answered), 3),
            "recall": round(confident_right / total, 3),
        },
        "top1": {
            "answered": top1_answered,
            "right": top1_right,
            "precision": round(top1_right / max(1, top1_answered), 3),
            "recall": round(top1_right / total, 3),
        },
    }
