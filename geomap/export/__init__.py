"""Stage 7 of the pipeline: the data out, for other tools (strict RFC 7946 GeoJSON, CSV).

Public surface: `export_document` / `export_corpus` (a store and a format in, an `Export`
out: the one path for `geomap export` and the web's downloads), `export_corpus_features`
(the same from a corpus view already read), `parse_filters`,
`feature_collection` / `rfc7946_feature` / `geometry_bbox` / `geojson_text` (the RFC 7946
normalisation), `relations_csv` / `csv_columns`, `FORMATS` and `ExportError`.
"""

from geomap.export.exports import (
    FORMATS,
    Export,
    export_corpus,
    export_corpus_features,
    export_document,
    parse_filters,
)
from geomap.export.geojson import (
    ExportError,
    feature_collection,
    geojson_text,
    geometry_bbox,
    rfc7946_feature,
)
from geomap.export.tables import csv_columns, relations_csv

__all__ = [
    "FORMATS",
    "Export",
    "ExportError",
    "csv_columns",
    "export_corpus",
    "export_corpus_features",
    "export_document",
    "feature_collection",
    "geojson_text",
    "geometry_bbox",
    "parse_filters",
    "relations_csv",
    "rfc7946_feature",
]
