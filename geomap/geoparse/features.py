"""The `geomap parse` output contract: RFC 7946 features for the places of a document."""

from __future__ import annotations

from geomap.gazetteer import Gazetteer, Place
from geomap.geoparse.parser import ParseResult


def mention_json(result: ParseResult, start: int, end: int, text: str) -> dict:
    sentence_start, sentence_end = result.sentence_of(start)
    return {
        "start": start,
        "end": end,
        "text": text,
        "sentence": result.text[sentence_start:sentence_end],
    }


def place_feature(place: Place, gazetteer: Gazetteer, confidence: float) -> dict:
    """One place as the contract writes it (without mentions): shared with corrections."""
    properties = {
        "kind": "border" if place.feature_type == "border" else "place",
        "feature_type": place.feature_type,
        "name": place.name,
        "name_th": place.name_th,
        "country_code": place.country_code,
        "geonameid": place.geonameid,
        "confidence": confidence,
        "gazetteer_key": place.key,
    }
    if place.feature_type == "border":
        properties["countries"] = list(place.border_countries)
    feature = {"type": "Feature", "geometry": gazetteer.geometry(place), "properties": properties}
    if (place.is_area or place.feature_type == "border") and place.bbox:
        feature["bbox"] = [round(v, 6) for v in place.bbox]
    return feature


def place_features(result: ParseResult, gazetteer: Gazetteer) -> list[dict]:
    """One Feature per distinct resolved place, in order of first mention."""
    features = []
    for hit in sorted(result.places, key=lambda h: h.mentions[0].start):
        feature = place_feature(hit.place, gazetteer, hit.confidence)
        feature["properties"]["mentions"] = [
            mention_json(result, m.start, m.end, m.text) for m in hit.mentions
        ]
        features.append(feature)
    return features


def feature_collection(result: ParseResult, gazetteer: Gazetteer, extra: list[dict] = ()) -> dict:
    """The whole document as a FeatureCollection; unresolved mentions ride along."""
    return {
        "type": "FeatureCollection",
        "lang": result.lang,
        "features": place_features(result, gazetteer) + list(extra),
        "unresolved": [
            {
                **mention_json(result, r.mention.start, r.mention.end, r.mention.text),
                "reason": r.reason,
            }
            for r in result.unresolved
        ],
        "actors": [
            {**mention_json(result, m.start, m.end, m.text), "countries": list(m.countries)}
            for m in result.actors
        ],
    }
