"""Text in, the document's FeatureCollection out: the one path the CLI, ingest and web share.

Later stages (relations) add their features here, so every caller gets the same output.
"""

from __future__ import annotations

from dataclasses import dataclass

from geomap.gazetteer import Gazetteer
from geomap.geoparse import Geoparser, ParseResult, feature_collection


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
        return Analysis(result, feature_collection(result, self.gazetteer))
