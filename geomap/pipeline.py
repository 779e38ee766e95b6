"""Text in, the document's FeatureCollection out: the one path the CLI, ingest and web share.

Places and borders come from the geoparser, links and deployments from the relations stage,
so every caller gets the same output.
"""

from __future__ import annotations

from dataclasses import dataclass

from geomap.gazetteer import Gazetteer
from geomap.geoparse import Geoparser, ParseResult, feature_collection
from geomap.relations import extract_relations, merge_relations


@dataclass
class Analysis:
    result: ParseResult
    collection: dict  # the `geomap parse` FeatureCollection of one document


class Pipeline:
    """Built once per process (it indexes the gazetteer); `analyse` is thread-safe."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.geoparser = Geoparser(gazetteer)

    def analyse(self, text: str, lang: str = "auto") -> Analysis:
        result = self.geoparser.parse(text, lang)
        relations = merge_relations(extract_relations(result, self.gazetteer))
        return Analysis(result, feature_collection(result, self.gazetteer, relations))
