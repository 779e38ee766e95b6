"""Files and folders into the store: read, analyse and store each document on its own, so
one bad file never stops (or half-writes) the others."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from geomap.gazetteer import Gazetteer
from geomap.pipeline import Pipeline
from geomap.relations import read_relations_file
from geomap.storage.store import (
    Added,
    Store,
    StoreError,
    check_metadata,
    clean_text,
    content_hash,
)
from geomap.text.sources import MAX_DOCUMENT_BYTES, SUFFIXES, DocumentError, read_document

MAX_FILES = 10_000


@dataclass
class IngestReport:
    added: list[tuple[str, int]] = field(default_factory=list)
    present: list[tuple[str, int]] = field(default_factory=list)  # the same text was stored
    failed: list[tuple[str, str]] = field(default_factory=list)  # (name, reason)

    def summary(self) -> str:
        return (
            f"{len(self.added)} added, {len(self.present)} already present, "
            f"{len(self.failed)} failed"
        )


def collect_files(paths: Iterable[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """The files to ingest (folders searched recursively for known suffixes, in name order)
    and the paths that cannot be ingested, with the reason."""
    files: list[Path] = []
    problems: list[tuple[str, str]] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith(".")
                )
            )
        elif path.is_file():
            files.append(path)
        else:
            problems.append((str(path), "no such file or folder"))
    if len(files) > MAX_FILES:
        raise ValueError(f"{len(files)} files; ingest at most {MAX_FILES} at a time")
    return files, problems


def ingest_document(
    store: Store,
    pipeline: Pipeline,
    data: bytes,
    filename: str,
    *,
    title: str | None = None,
    source_url: str | None = None,
    published: str | None = None,
    lang: str = "auto",
) -> Added:
    """Read, analyse and store one document (one transaction); the web app uses it too.

    Raises DocumentError or StoreError (ValueError both) with the reason.
    """
    source = read_document(data, filename)
    return ingest_text(
        store,
        pipeline,
        source.text,
        title=title or source.title,
        source_url=source_url or source.source_url,
        published=published or source.published,
        origin=filename,
        lang=lang,
    )


def ingest_text(
    store: Store,
    pipeline: Pipeline,
    text: str,
    *,
    title: str | None = None,
    source_url: str | None = None,
    published: str | None = None,
    origin: str | None = None,
    lang: str = "auto",
) -> Added:
    text = clean_text(text)
    if not text:
        raise StoreError("the document is empty")
    check_metadata(text, title, source_url, published)
    existing = store.document_id_for(text)
    if existing is not None:
        return Added(existing, False)
    # a text stored and corrected before, then deleted: its relations follow the corrections
    analysis = pipeline.analyse(text, lang, store.place_corrections(content_hash(text)))
    return store.add_document(
        text,
        analysis.collection,
        title=title,
        source_url=source_url,
        published=published,
        origin=origin,
    )


def ingest_paths(
    store: Store,
    pipeline: Pipeline,
    paths: Iterable[Path],
    *,
    lang: str = "auto",
    progress: Callable[[str], None] | None = None,
    stored: Callable[[str, Added], None] | None = None,
) -> IngestReport:
    """Each file in its own transaction; `stored(name, added)` is told once a document is
    committed (or found already stored), `progress(name)` after every file."""
    files, problems = collect_files(paths)
    report = IngestReport(failed=problems)
    for path in files:
        name = str(path)
        try:
            with path.open("rb") as handle:  # one byte past the limit is enough to refuse
                data = handle.read(MAX_DOCUMENT_BYTES + 1)
            added = ingest_document(store, pipeline, data, path.name, lang=lang)
        except (OSError, DocumentError, StoreError, ValueError) as error:
            report.failed.append((name, str(error)))
        else:
            (report.added if added.created else report.present).append((name, added.id))
            if stored:
                stored(name, added)
        if progress:
            progress(name)
    return report


@dataclass(frozen=True)
class ImportReport:
    added: Added  # created False: the same file (same bytes) was imported before
    rows: int
    links: int
    deployments: int

    def summary(self) -> str:
        verb = "imported as" if self.added.created else "already imported as"
        return (
            f"{self.rows} rows ({self.links} links, {self.deployments} deployments) "
            f"{verb} import {self.added.id}"
        )


def import_relations(
    store: Store,
    gazetteer: Gazetteer,
    data: bytes,
    filename: str,
    author: str | None = None,
    *,
    validated: Callable[[int], None] | None = None,
) -> ImportReport:
    """Validate a relations file whole, then store every row in one transaction.

    Raises RelationFileError (every bad line) before anything is written, or StoreError.
    `validated(rows)` is told when the file has passed and its rows are about to be stored.
    The same bytes again return the earlier import; the rows join documents' relations
    when read (`Store.corpus_features`)."""
    features = read_relations_file(data, filename, gazetteer)
    if validated:
        validated(len(features))
    added = store.add_import(filename, data, features, author=author)
    links = sum(1 for f in features if f["properties"]["kind"] == "link")
    return ImportReport(added, len(features), links, len(features) - links)
