"""What `geomap export` and the web's download routes both call: a store and a choice in,
a file's text, media type and name out."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from geomap.export.geojson import ExportError, feature_collection, geojson_text
from geomap.export.tables import relations_csv
from geomap.storage import CorpusFilter, Store, StoreError

FORMATS = ("geojson", "links.csv", "deployments.csv")
_MEDIA_TYPES = {
    "geojson": "application/geo+json",
    "links.csv": "text/csv; charset=utf-8",
    "deployments.csv": "text/csv; charset=utf-8",
}
_CSV_KINDS = {"links.csv": "link", "deployments.csv": "deployment"}


@dataclass(frozen=True)
class Export:
    text: str
    media_type: str
    filename: str  # a suggested name, e.g. geomap-document-3.geojson
    count: int  # features (GeoJSON) or rows (CSV)


def parse_filters(args: Mapping[str, str] | CorpusFilter | None) -> CorpusFilter:
    """Query arguments or CLI options (country, type, status, from, to, kind) checked."""
    if isinstance(args, CorpusFilter):
        return args
    try:
        return CorpusFilter.parse(args)
    except StoreError as error:
        raise ExportError(str(error)) from error


def export_document(store: Store, document_id: int, fmt: str = "geojson") -> Export:
    """One document's places, links and deployments; ExportError if there is no such one."""
    _check_format(fmt)
    document = store.get_document(document_id)
    if document is None:
        raise ExportError(f"no document with id {document_id}")
    features = store.document_features(document_id)
    about = {
        "id": document.id,
        "title": document.title,
        "date": document.date,
        "lang": document.lang,
        "source_url": document.source_url,
    }
    return _export(features, fmt, f"geomap-document-{document_id}", document=about)


def export_corpus(
    store: Store, filters: Mapping[str, str] | CorpusFilter | None = None, fmt: str = "geojson"
) -> Export:
    """Every document's features that pass the filters (the corpus map's)."""
    _check_format(fmt)
    return export_corpus_features(store.corpus_features(parse_filters(filters)), fmt)


def export_corpus_features(features: list[dict], fmt: str = "geojson") -> Export:
    """An already-read corpus view as a file (the web app reads it once for all formats)."""
    _check_format(fmt)
    return _export(features, fmt, "geomap-corpus")


def _export(features: list[dict], fmt: str, stem: str, **members) -> Export:
    if fmt == "geojson":
        collection = feature_collection(features, **members)
        text, count = geojson_text(collection), len(collection["features"])
        return Export(text, _MEDIA_TYPES[fmt], f"{stem}.geojson", count)
    kind = _CSV_KINDS[fmt]
    text = relations_csv(features, kind)
    count = sum(1 for f in features if f["properties"].get("kind") == kind)
    return Export(text, _MEDIA_TYPES[fmt], f"{stem}-{fmt}", count)


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ExportError(f"format: one of {', '.join(FORMATS)}, not {fmt!r}")
