"""Text in, the document's FeatureCollection out: the one path the CLI, ingest and web share.

Places and borders come from the geoparser, links and deployments from the relations stage,
so every caller gets the same output.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from geomap.gazetteer import Candidate, Gazetteer, Place
from geomap.geoparse import Geoparser, Mention, ParseResult, PlaceHit, feature_collection
from geomap.relations import extract_relations, merge_relations

MAX_CANDIDATES = 8


@dataclass(frozen=True)
class PlaceCorrection:
    """A person's word on one mention: it names the gazetteer place `key`, or none (None)."""

    start: int
    end: int
    key: str | None


@dataclass
class Analysis:
    result: ParseResult  # as parsed, corrections not applied
    collection: dict  # the `geomap parse` FeatureCollection of one document
    corrections: tuple[PlaceCorrection, ...] = field(default=())


class Pipeline:
    """Built once per process (it indexes the gazetteer); `analyse` is thread-safe."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.geoparser = Geoparser(gazetteer)

    def analyse(
        self, text: str, lang: str = "auto", corrections: Iterable[PlaceCorrection] = ()
    ) -> Analysis:
        """The collection's places are as parsed (the store applies corrections when it reads
        them, so they can be undone); its links and deployments come from the places after
        `corrections`, since a relation cannot be corrected when read."""
        result = self.geoparser.parse(text, lang)
        corrections = tuple(sorted(set(corrections), key=lambda c: (c.start, c.end)))
        corrected = self._corrected(result, corrections) if corrections else result
        relations = merge_relations(extract_relations(corrected, self.gazetteer))
        return Analysis(result, feature_collection(result, self.gazetteer, relations), corrections)

    def candidates(self, mention_text: str) -> list[Candidate]:
        """Gazetteer places a mention could name, best first: the choices a person gets, and
        so the only places a correction can choose."""
        return self.geoparser.geocoder.candidates(mention_text, limit=MAX_CANDIDATES)

    def _corrected(
        self, result: ParseResult, corrections: tuple[PlaceCorrection, ...]
    ) -> ParseResult:
        spans = {(c.start, c.end) for c in corrections}
        hits: dict[int, PlaceHit] = {}
        for hit in result.places:
            kept = [m for m in hit.mentions if (m.start, m.end) not in spans]
            if kept:
                hits[hit.place.id] = replace(hit, mentions=kept)
        for correction in corrections:
            place = self._chosen_place(result.text, correction)
            if place is None:
                continue
            words = result.text[correction.start : correction.end]
            mention = Mention(correction.start, correction.end, words)
            hit = hits.setdefault(place.id, PlaceHit(place, [], 1.0))
            hit.mentions = sorted([*hit.mentions, mention], key=lambda m: m.start)
            hit.confidence = 1.0
        unresolved = [r for r in result.unresolved if (r.mention.start, r.mention.end) not in spans]
        return replace(result, places=list(hits.values()), unresolved=unresolved)

    def _chosen_place(self, text: str, correction: PlaceCorrection) -> Place | None:
        """The place a correction chose, None for a dropped mention (or a place the
        gazetteer no longer offers for those words)."""
        if correction.key is None:
            return None
        words = text[correction.start : correction.end]
        return next(
            (c.place for c in self.candidates(words) if c.place.key == correction.key), None
        )
