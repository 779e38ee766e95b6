"""Stage 5 of the pipeline: the document store (SQLAlchemy; SQLite by default).

Public surface: `Store` / `open_store` (documents, their features with corrections applied,
corrections, imports), `CorpusFilter`, `StoreError` (and `StaleAnalysis`, a correction that
raced another), `clean_text`, `content_hash`,
`ingest_paths` (files and folders into the store) and `import_relations` (a relations file
into the store, all or nothing).
"""

from __future__ import annotations

from pathlib import Path

from geomap.storage.ingest import (
    ImportReport,
    IngestReport,
    import_relations,
    ingest_document,
    ingest_paths,
    ingest_text,
)
from geomap.storage.store import (
    Added,
    CorpusFilter,
    DocumentSummary,
    StaleAnalysis,
    Store,
    StoredDocument,
    StoreError,
    clean_text,
    content_hash,
)


def open_store(data_dir: str | Path | None = None) -> Store:
    """The store of a data directory (or the one GEOMAP_DATABASE_URL names)."""
    return Store.open(data_dir)


__all__ = [
    "Added",
    "CorpusFilter",
    "DocumentSummary",
    "ImportReport",
    "IngestReport",
    "StaleAnalysis",
    "Store",
    "StoreError",
    "StoredDocument",
    "clean_text",
    "content_hash",
    "import_relations",
    "ingest_document",
    "ingest_paths",
    "ingest_text",
    "open_store",
]
