"""Score the parser against gold files in the format of `shared/eval/seeds_gold.jsonl`.

Gold mentions are every occurrence of each gold surface, except occurrences inside a
longer gold or optional span. A predicted mention counts when its span equals a gold
mention's; predictions inside optional spans are ignored. Resolution is right when a
country has the gold code, or any other place lies within the gold `tol_km` (a border by
its nearest part). End-to-end F1 counts a mention right only when it is also resolved right.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from shapely.geometry import Point, shape

from geomap.gazetteer import haversine_km
from geomap.geoparse.parser import Geoparser, ParseResult

DEFAULT_TOLERANCE_KM = 161.0


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    resolved_right: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched
        self.resolved_right += other.resolved_right
        self.errors.extend(other.errors)

    def scores(self) -> dict:
        precision = self.matched / self.predicted if self.predicted else 0.0
        recall = self.matched / self.gold if self.gold else 0.0
        e2e_p = self.resolved_right / self.predicted if self.predicted else 0.0
        e2e_r = self.resolved_right / self.gold if self.gold else 0.0
        return {
            "documents_gold_mentions": self.gold,
            "predicted": self.predicted,
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "f1": round(_f1(precision, recall), 3),
            "acc_at_161km": round(self.resolved_right / self.matched, 3) if self.matched else 0.0,
            "end_to_end_f1": round(_f1(e2e_p, e2e_r), 3),
        }


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def load_gold(path: Path) -> list[dict]:
    documents = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            documents.append(json.loads(line))
        except json.JSONDecodeError as error:
            raise ValueError(f"{path}:{number}: not JSON ({error.msg})") from error
    return documents


def gold_mentions(doc: dict) -> tuple[dict[tuple[int, int], dict], list[tuple[int, int]]]:
    """Gold spans -> their gold entry, and the optional spans."""
    text = doc["text"]
    spans: list[tuple[int, int, dict | None]] = []
    for entry in doc.get("places", []):
        if "start" in entry and "end" in entry:
            spans.append((entry["start"], entry["end"], entry))
            continue
        spans.extend(
            (s, s + len(entry["surface"]), entry) for s in _occurrences(text, entry["surface"])
        )
    optional = [
        (s, s + len(o), None) for o in doc.get("optional", []) for s in _occurrences(text, o)
    ]
    everything = spans + optional
    kept = {}
    for start, end, entry in spans:
        inside_longer = any(
            a <= start and end <= b and (b - a) > (end - start) for a, b, _ in everything
        )
        if not inside_longer:
            kept[(start, end)] = entry
    return kept, [(a, b) for a, b, _ in optional]


def _occurrences(text: str, surface: str) -> list[int]:
    found, start = [], text.find(surface)
    while surface and start != -1:
        found.append(start)
        start = text.find(surface, start + 1)
    return found


def score_document(doc: dict, result: ParseResult, geometry_of, country_shape_of) -> Tally:
    gold, optional = gold_mentions(doc)
    predicted = {}
    for hit in result.places:
        for mention in hit.mentions:
            predicted[(mention.start, mention.end)] = hit.place
    tally = Tally(gold=len(gold))
    for span, place in predicted.items():
        if span not in gold and any(a <= span[0] and span[1] <= b for a, b in optional):
            continue
        tally.predicted += 1
        entry = gold.get(span)
        if entry is None:
            tally.errors.append(
                f"{doc['id']}: false place {doc['text'][span[0] : span[1]]!r} -> {place.name}"
            )
            continue
        tally.matched += 1
        if _resolved_right(entry, place, geometry_of, country_shape_of):
            tally.resolved_right += 1
        else:
            tally.errors.append(
                f"{doc['id']}: {entry['surface']!r} resolved to {place.name} ({place.country_code},"
                f" {place.feature_type})"
            )
    for span, entry in gold.items():
        if span not in predicted:
            tally.errors.append(f"{doc['id']}: missed {entry['surface']!r}")
    return tally


def _resolved_right(entry: dict, place, geometry_of, country_shape_of) -> bool:
    if entry.get("type") == "country" and "lat" not in entry:
        return place.country_code == entry.get("country")
    if entry.get("lat") is None:
        return entry.get("country") is not None and place.country_code == entry.get("country")
    tolerance = entry.get("tol_km") or DEFAULT_TOLERANCE_KM
    outline = country_shape_of(place.country_code) if place.feature_type == "country" else None
    # a country is right when the gold point lies on it (gold sets differ on centroids)
    if outline is not None and outline.buffer(0.1).contains(Point(entry["lon"], entry["lat"])):
        return True
    geometry = shape(geometry_of(place))
    nearest = (
        geometry.interpolate(geometry.project(Point(entry["lon"], entry["lat"])))
        if (geometry.geom_type in ("LineString", "MultiLineString"))
        else geometry
    )
    if nearest.geom_type != "Point":
        nearest = nearest.representative_point()
    return haversine_km(entry["lat"], entry["lon"], nearest.y, nearest.x) <= tolerance


def evaluate(parser: Geoparser, documents: list[dict], progress=None) -> dict:
    """Per-language and overall scores, plus the list of errors."""
    by_language: dict[str, Tally] = defaultdict(Tally)
    for index, doc in enumerate(documents):
        result = parser.parse(doc["text"], doc.get("lang", "auto"))
        tally = score_document(
            doc, result, parser.gazetteer.geometry, parser.gazetteer.country_shape
        )
        by_language[doc.get("lang", result.lang)].add(tally)
        if progress:
            progress(index + 1, len(documents))
    overall = Tally()
    for tally in by_language.values():
        overall.add(tally)
    report = {lang: tally.scores() for lang, tally in sorted(by_language.items())}
    report["overall"] = overall.scores()
    report["documents"] = len(documents)
    report["errors"] = overall.errors
    return report
