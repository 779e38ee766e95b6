"""The document store: what ingest, the web app and exports read and write.

Every write is one short transaction (a document and all its features together, or
nothing), and bumps a revision number that caches of rendered maps key on.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Row, delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, load_only, selectinload, sessionmaker

from geomap import config
from geomap.pipeline import Analysis, PlaceCorrection
from geomap.storage.engine import database_url, make_engine, migrate, writer
from geomap.storage.features import (
    corpus_places,
    date_in_range,
    document_date,
    joined_relations,
    mention_dict,
    place_features,
    relation_columns,
    relation_feature,
)
from geomap.storage.models import (
    Correction,
    Document,
    Evidence,
    Import,
    Mention,
    Place,
    Relation,
    StoreState,
)

MAX_TITLE_CHARS = 300
MAX_URL_CHARS = 2000
_COUNTRY = re.compile(r"^[A-Za-z]{2}$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_WORD = re.compile(r"^[\w -]{1,100}$")
FEATURE_KINDS = ("place", "border", "link", "deployment")
_DATE_COLUMNS = (Document.id, Document.published, Document.created)
_PLACE_COLUMNS = (Place.id, Place.document_id, Place.gazetteer_key, Place.geometry, Place.bbox,
                  Place.properties)  # fmt: skip
_MENTION_COLUMNS = (Mention.document_id, Mention.place_id, Mention.start, Mention.end,
                    Mention.text, Mention.sentence, Mention.reason)  # fmt: skip
# what features say about their document (not its text, the bulk of a corpus)
_SOURCE_COLUMNS = (*_DATE_COLUMNS, Document.title, Document.source_url, Document.content_hash)


class StoreError(ValueError):
    """Input the store refuses; the message says why and nothing was written."""


class StaleAnalysis(StoreError):
    """The document's corrections changed while it was being analysed again: analyse anew."""


def clean_text(text: str) -> str:
    """The form a document's text is stored, hashed and analysed in."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def content_hash(text: str) -> str:
    return hashlib.sha256(clean_text(text).encode("utf-8")).hexdigest()


def default_title(text: str) -> str:
    """The first line of the text, cut at a word boundary."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if len(first) <= 120:
        return first
    cut = first[:120]
    return (cut.rsplit(" ", 1)[0] if " " in cut[60:] else cut) + "…"


@dataclass(frozen=True)
class DocumentSummary:
    id: int
    title: str
    created: str
    published: str | None
    source_url: str | None
    lang: str
    origin: str | None
    places: int
    mentions: int
    links: int
    deployments: int

    def as_json(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class StoredDocument:
    id: int
    title: str
    text: str
    lang: str
    created: str
    published: str | None
    source_url: str | None
    origin: str | None
    content_hash: str
    date: str


@dataclass(frozen=True)
class Added:
    id: int
    created: bool  # False: the same text was already stored under this id


@dataclass(frozen=True)
class CorpusFilter:
    """Which features the corpus map shows. Relation type and status select relations, so
    setting either leaves places out."""

    country: str | None = None
    type: str | None = None
    status: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    kind: str | None = None

    @classmethod
    def parse(cls, args: Mapping[str, str] | None) -> CorpusFilter:
        """From query parameters (country, type, status, from, to, kind); StoreError if bad."""
        args = args or {}

        def value(name: str, pattern: re.Pattern, what: str) -> str | None:
            raw = (args.get(name) or "").strip()
            if not raw:
                return None
            if not pattern.match(raw):
                raise StoreError(f"{name}: expected {what}, got {raw[:40]!r}")
            return raw

        kind = value("kind", _WORD, "a feature kind")
        if kind and kind not in FEATURE_KINDS:
            raise StoreError(f"kind: one of {', '.join(FEATURE_KINDS)}")
        country = value("country", _COUNTRY, "an ISO 3166-1 alpha-2 code such as TH")
        date_from = _calendar_date("from", value("from", _DATE, "a date YYYY[-MM[-DD]]"))
        date_to = _calendar_date("to", value("to", _DATE, "a date YYYY[-MM[-DD]]"))
        if date_from and date_to and date_from[: len(date_to)] > date_to[: len(date_from)]:
            raise StoreError(f"from ({date_from}) is after to ({date_to})")
        return cls(
            country=country.upper() if country else None,
            type=value("type", _WORD, "a relation type"),
            status=value("status", _WORD, "a status"),
            date_from=date_from,
            date_to=date_to,
            kind=kind,
        )

    def wants_places(self) -> bool:
        return not (self.type or self.status) and self.kind in (None, "place", "border")


def _calendar_date(name: str, value: str | None) -> str | None:
    """A date that exists (not 2014-02-30), however much of it is given."""
    if value:
        padded = value + "-01-01"[len(value) - 4 :]
        try:
            date.fromisoformat(padded)
        except ValueError:
            raise StoreError(f"{name}: {value} is not a date on the calendar") from None
    return value


class Store:
    """Thread-safe: each call runs in its own session."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        migrate(self.engine)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(writer(self.engine), expire_on_commit=False)

    @classmethod
    def open(cls, data_dir: str | Path | None = None) -> Store:
        directory = config.data_dir(data_dir)
        directory.mkdir(parents=True, exist_ok=True)
        return cls(database_url(directory))

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        with self._write.begin() as session:
            yield session
            state = session.get(StoreState, 1)
            if state is None:
                session.add(StoreState(id=1, revision=1))
            else:
                session.execute(
                    update(StoreState)
                    .where(StoreState.id == 1)
                    .values(revision=StoreState.revision + 1)
                )

    def revision(self) -> int:
        """Goes up with every write; equal revisions mean equal contents."""
        with self._read() as session:
            return session.scalar(select(StoreState.revision).where(StoreState.id == 1)) or 0

    # documents -------------------------------------------------------------------
    def document_id_for(self, text: str) -> int | None:
        """The id the same text is stored under, if any (to skip analysing it again)."""
        with self._read() as session:
            return session.scalar(
                select(Document.id).where(Document.content_hash == content_hash(text))
            )

    def add_document(
        self,
        text: str,
        collection: Mapping,
        *,
        title: str | None = None,
        source_url: str | None = None,
        published: str | date | None = None,
        origin: str | None = None,
    ) -> Added:
        """Store a document and its FeatureCollection (from `Pipeline.analyse`) together.

        `text` must be the text the collection was made from (after `clean_text`). The same
        text again returns the existing id.
        """
        if text != clean_text(text):
            raise StoreError("pass the text through clean_text before analysing it")
        if not text:
            raise StoreError("the document is empty")
        digest = content_hash(text)
        existing = self.document_id_for(text)
        if existing is not None:
            return Added(existing, False)
        document = Document(
            content_hash=digest,
            title=_title(title, text),
            source_url=_url(source_url),
            published=_published(published),
            lang=str(collection.get("lang") or "und")[:8],
            origin=origin[:500] if origin else None,
            text=text,
            created=datetime.now(UTC),
        )
        _attach_features(document, text, collection)
        return self._insert_once(document, lambda: self.document_id_for(text))

    def get_document(self, document_id: int) -> StoredDocument | None:
        with self._read() as session:
            document = session.get(Document, document_id)
            return _stored(document) if document else None

    def delete_document(self, document_id: int) -> bool:
        """Delete a document and its features; its corrections stay for a re-ingest."""
        return self._delete(Document, document_id)

    def list_documents(self) -> list[DocumentSummary]:
        """Every document, newest first, with counts after corrections (links and
        deployments are stored as re-derived from the corrected places; places and mentions
        of corrected documents are counted from their features)."""
        with self._read() as session:
            places = _counts(session, Place.document_id)
            mentions = _counts(session, Mention.document_id, Mention.place_id.is_not(None))
            links = _counts(session, Relation.document_id, Relation.kind == "link")
            deployments = _counts(session, Relation.document_id, Relation.kind == "deployment")
            documents = list(
                session.scalars(
                    select(Document)
                    .options(load_only(*_SOURCE_COLUMNS, Document.lang, Document.origin))
                    .order_by(Document.created.desc(), Document.id.desc())
                )
            )
            corrected = set(session.scalars(select(Correction.content_hash).distinct()))
            recounted = self._place_features(
                session, [d for d in documents if d.content_hash in corrected]
            )
            for document_id, (features, _) in recounted.items():
                places[document_id] = len(features)
                mentions[document_id] = sum(len(f["properties"]["mentions"]) for f in features)
            return [
                DocumentSummary(
                    id=d.id,
                    title=d.title,
                    created=_iso(d.created),
                    published=d.published.isoformat() if d.published else None,
                    source_url=d.source_url,
                    lang=d.lang,
                    origin=d.origin,
                    places=places.get(d.id, 0),
                    mentions=mentions.get(d.id, 0),
                    links=links.get(d.id, 0),
                    deployments=deployments.get(d.id, 0),
                )
                for d in documents
            ]

    def facets(self) -> dict:
        """What the corpus map's filters can offer: countries, relation types, statuses,
        and the first and last date of the corpus."""
        with self._read() as session:
            countries = set(session.scalars(select(Place.country_code).distinct()))
            countries |= set(session.scalars(select(Relation.from_country).distinct()))
            countries |= set(session.scalars(select(Relation.to_country).distinct()))
            dates = [d for d in session.scalars(select(Relation.date).distinct()) if d]
            dates += [
                document_date(d)
                for d in session.scalars(select(Document).options(load_only(*_DATE_COLUMNS)))
            ]
            return {
                "countries": sorted(c for c in countries if c),
                "types": sorted(
                    t for t in session.scalars(select(Relation.relation_type).distinct()) if t
                ),
                "statuses": sorted(
                    s for s in session.scalars(select(Relation.status).distinct()) if s
                ),
                "first_date": min(dates, default=None),
                "last_date": max(dates, default=None),
            }

    # features --------------------------------------------------------------------
    def document_features(self, document_id: int) -> list[dict]:
        """The document's Features (places first, then relations), corrections applied."""
        return self.document_collection(document_id)["features"]

    def document_collection(self, document_id: int) -> dict:
        """The document's FeatureCollection with its unresolved mentions; KeyError if none."""
        with self._read() as session:
            document = session.get(Document, document_id)
            if document is None:
                raise KeyError(document_id)
            places, unresolved = self._place_features(session, [document])[document.id]
            relations = session.scalars(
                select(Relation)
                .where(Relation.document_id == document_id)
                .options(selectinload(Relation.evidence), selectinload(Relation.document))
                .order_by(Relation.id)
            )
            return {
                "type": "FeatureCollection",
                "lang": document.lang,
                "features": places + [relation_feature(r) for r in relations],
                "unresolved": unresolved,
            }

    def corpus_features(
        self, filters: CorpusFilter | Mapping[str, str] | None = None
    ) -> list[dict]:
        """The Features of the documents that pass `filters` (a CorpusFilter or query args),
        joined across documents: one per place (`corpus_places`) and one per relation
        (`joined_relations`); each document's own features are `document_features`."""
        if not isinstance(filters, CorpusFilter):
            filters = CorpusFilter.parse(filters)
        with self._read() as session:
            features: list[dict] = []
            if filters.wants_places():
                documents = list(
                    session.scalars(
                        select(Document).options(load_only(*_SOURCE_COLUMNS)).order_by(Document.id)
                    )
                )
                documents = [
                    d
                    for d in documents
                    if date_in_range(document_date(d), filters.date_from, filters.date_to)
                ]
                per_document = self._place_features(session, documents).values()
                features = [
                    f
                    for f in corpus_places(places for places, _ in per_document)
                    if _place_matches(f, filters)
                ]
            relations = [
                relation_feature(r)
                for r in self._relations(session, filters)
                if date_in_range(
                    r.date or (document_date(r.document) if r.document else None),
                    filters.date_from,
                    filters.date_to,
                )
            ]
            return features + joined_relations(relations)

    def place_features(self, gazetteer_key: str) -> list[dict]:
        """One place's features across documents (its page), corrections applied."""
        with self._read() as session:
            document_ids = select(Place.document_id).where(Place.gazetteer_key == gazetteer_key)
            corrected = select(Document.id).where(
                Document.content_hash.in_(
                    select(Correction.content_hash).where(Correction.action == "choose")
                )
            )
            documents = list(
                session.scalars(
                    select(Document)
                    .where(Document.id.in_(document_ids) | Document.id.in_(corrected))
                    .order_by(Document.id)
                )
            )
            return [
                feature
                for places, _ in self._place_features(session, documents).values()
                for feature in places
                if feature["properties"].get("gazetteer_key") == gazetteer_key
            ]

    def relations_of_country(self, country_code: str) -> list[dict]:
        """Links and deployments with this country on either end, joined across sources."""
        with self._read() as session:
            return joined_relations(
                [
                    relation_feature(r)
                    for r in self._relations(session, CorpusFilter(country=country_code.upper()))
                ]
            )

    @staticmethod
    def _relations(session: Session, filters: CorpusFilter) -> list[Relation]:
        query = (
            select(Relation)
            .where(Relation.kind.not_in(("place", "border")))
            .options(
                selectinload(Relation.evidence),
                selectinload(Relation.document).load_only(*_SOURCE_COLUMNS),
            )
            .order_by(Relation.id)
        )
        if filters.kind in ("place", "border"):
            return []
        if filters.kind:
            query = query.where(Relation.kind == filters.kind)
        if filters.country:
            query = query.where(
                (Relation.from_country == filters.country)
                | (Relation.to_country == filters.country)
            )
        if filters.type:
            query = query.where(Relation.relation_type == filters.type)
        if filters.status:
            query = query.where(Relation.status == filters.status)
        return list(session.scalars(query))

    @staticmethod
    def _place_features(
        session: Session, documents: list[Document]
    ) -> dict[int, tuple[list[dict], list[dict]]]:
        """Place features per document, three queries however many documents there are.
        Places and mentions are read as plain rows: a corpus has tens of thousands, and
        building ORM objects for them cost more than the rest of the read."""
        ids = [d.id for d in documents]
        places: dict[int, list[Row]] = defaultdict(list)
        mentions: dict[int, list[Row]] = defaultdict(list)
        corrections: dict[str, list[Correction]] = defaultdict(list)
        for chunk in _chunks(ids):
            query = select(*_PLACE_COLUMNS).where(Place.document_id.in_(chunk))
            for place in session.execute(query):
                places[place.document_id].append(place)
            for mention in session.execute(
                select(*_MENTION_COLUMNS)
                .where(Mention.document_id.in_(chunk))
                .order_by(Mention.start)
            ):
                mentions[mention.document_id].append(mention)
        for chunk in _chunks([d.content_hash for d in documents]):
            for correction in session.scalars(
                select(Correction).where(Correction.content_hash.in_(chunk)).order_by(Correction.id)
            ):
                corrections[correction.content_hash].append(correction)
        return {
            d.id: place_features(d, places[d.id], mentions[d.id], corrections[d.content_hash])
            for d in documents
        }

    # corrections -----------------------------------------------------------------
    def correct_mention(
        self,
        document_id: int,
        start: int,
        end: int,
        *,
        place: dict | None = None,
        author: str | None = None,
        analysis: Analysis | None = None,
    ) -> None:
        """Drop the mention at start:end (place None) or say it names `place`, a Feature
        built from the gazetteer (geometry, optional bbox, properties with gazetteer_key).
        A later correction of the same span replaces an earlier one.

        `analysis`: the document analysed with the corrections it has after this one; its
        links and deployments replace the stored ones in the same transaction (see
        `_rederive`)."""
        if place is not None and not (
            isinstance(place.get("geometry"), dict)
            and isinstance(place.get("properties"), dict)
            and place["properties"].get("gazetteer_key")
            and place["properties"].get("name")
        ):
            raise StoreError("the chosen place needs geometry and properties with a key")
        with self._writing() as session:
            document = session.get(Document, document_id, with_for_update=True)
            if document is None:
                raise KeyError(document_id)
            if not (0 <= start < end <= len(document.text)):
                raise StoreError(f"no text at {start}:{end}")
            known = session.scalar(
                select(Mention).where(
                    Mention.document_id == document_id,
                    Mention.start == start,
                    Mention.end == end,
                )
            )
            mention = (
                mention_dict(known)
                if known
                else {
                    "start": start,
                    "end": end,
                    "text": document.text[start:end],
                    "sentence": _line_around(document.text, start, end),
                }
            )
            session.execute(
                delete(Correction).where(
                    Correction.content_hash == document.content_hash,
                    Correction.start == start,
                    Correction.end == end,
                )
            )
            session.add(
                Correction(
                    content_hash=document.content_hash,
                    start=start,
                    end=end,
                    action="choose" if place else "drop",
                    mention=mention,
                    place=_place_snapshot(place) if place else None,
                    author=author[:200] if author else None,
                    created=datetime.now(UTC),
                )
            )
            _rederive(session, document, analysis)

    def corrections(self, document_id: int) -> list[dict]:
        with self._read() as session:
            digest = select(Document.content_hash).where(Document.id == document_id)
            return [
                {
                    "start": c.start,
                    "end": c.end,
                    "action": c.action,
                    "text": c.mention.get("text"),
                    "place": (c.place or {}).get("properties", {}).get("name"),
                    "author": c.author,
                    "created": _iso(c.created),
                }
                for c in session.scalars(
                    select(Correction)
                    .where(Correction.content_hash.in_(digest))
                    .order_by(Correction.start)
                )
            ]

    def undo_correction(
        self, document_id: int, start: int, end: int, *, analysis: Analysis | None = None
    ) -> bool:
        """Forget the correction at start:end (False: there was none, nothing changed);
        `analysis` as for `correct_mention`, made without this correction."""
        with self._writing() as session:
            document = session.get(Document, document_id, with_for_update=True)
            if document is None:
                return False
            removed = session.execute(
                delete(Correction).where(
                    Correction.content_hash == document.content_hash,
                    Correction.start == start,
                    Correction.end == end,
                )
            )
            if removed.rowcount == 0:
                return False
            _rederive(session, document, analysis)
            return True

    def place_corrections(self, digest: str) -> list[PlaceCorrection]:
        """The corrections of the text with this content hash, as the pipeline takes them
        (a document to analyse again, or a text stored before and ingested anew)."""
        with self._read() as session:
            return _place_corrections(session, digest)

    # imports ---------------------------------------------------------------------
    def add_import(
        self, filename: str, data: bytes, features: list[dict], author: str | None = None
    ) -> Added:
        """Store relations read from an imported file, all or nothing; the same file again
        returns the earlier import's id."""
        digest = hashlib.sha256(data).hexdigest()
        if not features:
            raise StoreError("the file holds no relations")
        existing = self._import_id(digest)
        if existing is not None:  # nothing written, the revision stays
            return Added(existing, False)
        record = Import(
            content_hash=digest,
            filename=filename[:500],
            created=datetime.now(UTC),
            author=author[:200] if author else None,
        )
        record.relations = [_relation(feature) for feature in features]
        return self._insert_once(record, lambda: self._import_id(digest))

    def _insert_once(
        self, record: Document | Import, existing_id: Callable[[], int | None]
    ) -> Added:
        """Insert `record`, or name the row a concurrent writer stored first with the same hash."""
        try:
            with self._writing() as session:
                session.add(record)
                session.flush()
                new_id = record.id
        except IntegrityError:
            existing = existing_id()
            if existing is None:
                raise
            return Added(existing, False)
        return Added(new_id, True)

    def _import_id(self, digest: str) -> int | None:
        with self._read() as session:
            return session.scalar(select(Import.id).where(Import.content_hash == digest))

    def imports(self) -> list[dict]:
        """Every imported file, newest first, with how many relations it holds."""
        with self._read() as session:
            counts = _counts(session, Relation.import_id, Relation.import_id.is_not(None))
            return [
                {
                    "id": record.id,
                    "filename": record.filename,
                    "created": _iso(record.created),
                    "author": record.author,
                    "relations": counts.get(record.id, 0),
                }
                for record in session.scalars(select(Import).order_by(Import.id.desc()))
            ]

    def delete_import(self, import_id: int) -> bool:
        """Delete an imported file's relations (documents' relations stay)."""
        return self._delete(Import, import_id)

    def _delete(self, model: type[Document] | type[Import], row_id: int) -> bool:
        with self._writing() as session:
            row = session.get(model, row_id)
            if row is None:
                return False
            session.delete(row)
            return True


def _attach_features(document: Document, text: str, collection: Mapping) -> None:
    for feature in collection.get("features", []):
        properties = feature.get("properties") or {}
        kind = properties.get("kind")
        if kind in ("place", "border"):
            place = Place(
                gazetteer_key=str(properties["gazetteer_key"]),
                kind=kind,
                feature_type=properties.get("feature_type"),
                name=str(properties.get("name") or "")[:500],
                name_th=properties.get("name_th"),
                country_code=properties.get("country_code"),
                confidence=properties.get("confidence"),
                geometry=feature["geometry"],
                bbox=feature.get("bbox"),
                properties={k: v for k, v in properties.items() if k != "mentions"},
            )
            document.places.append(place)
            for mention in properties.get("mentions", []):
                document.mentions.append(_mention_row(text, mention, place))
        elif kind:
            document.relations.append(_relation(feature))
        else:
            raise StoreError("a feature without properties.kind")
    for item in collection.get("unresolved", []):
        document.mentions.append(_mention_row(text, item, None))


def _mention_row(text: str, mention: Mapping, place: Place | None) -> Mention:
    start, end = int(mention["start"]), int(mention["end"])
    if text[start:end] != mention["text"]:
        raise StoreError(f"mention {mention['text']!r} is not at {start}:{end} of the text")
    return Mention(
        start=start,
        end=end,
        text=mention["text"][:1000],
        sentence=mention.get("sentence") or "",
        reason=None if place else str(mention.get("reason") or "")[:500],
        place=place,
    )


def _relation(feature: dict) -> Relation:
    relation = Relation(**relation_columns(feature))
    relation.evidence = [
        Evidence(
            position=position,
            sentence=item.get("sentence"),
            start=item.get("start") if isinstance(item.get("start"), int) else None,
            end=item.get("end") if isinstance(item.get("end"), int) else None,
            data=item,
        )
        for position, item in enumerate((feature.get("properties") or {}).get("evidence") or [])
    ]
    return relation


def _place_corrections(session: Session, digest: str) -> list[PlaceCorrection]:
    return [
        PlaceCorrection(
            c.start, c.end, (c.place or {}).get("properties", {}).get("gazetteer_key") or None
        )
        for c in session.scalars(
            select(Correction)
            .where(Correction.content_hash == digest)
            .order_by(Correction.start, Correction.end)
        )
    ]


def _rederive(session: Session, document: Document, analysis: Analysis | None) -> None:
    """Replace the document's links and deployments with those of `analysis`, which must
    have been made from its text with exactly the corrections it now has (else StaleAnalysis,
    and the transaction, the correction with it, is rolled back)."""
    if analysis is None:
        return
    if analysis.result.text != document.text:
        raise StoreError("the analysis is of another text")
    session.flush()
    if set(_place_corrections(session, document.content_hash)) != set(analysis.corrections):
        raise StaleAnalysis("the document was corrected meanwhile; analyse it again")
    document.relations = [
        _relation(feature)
        for feature in analysis.collection.get("features", [])
        if (feature.get("properties") or {}).get("kind") not in ("place", "border")
    ]


def _place_snapshot(feature: dict) -> dict:
    snapshot = {"geometry": feature["geometry"], "properties": dict(feature["properties"])}
    snapshot["properties"].pop("mentions", None)
    if feature.get("bbox"):
        snapshot["bbox"] = feature["bbox"]
    return snapshot


def _line_around(text: str, start: int, end: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return text[line_start : line_end if line_end >= 0 else len(text)]


def _place_matches(feature: dict, filters: CorpusFilter) -> bool:
    properties = feature["properties"]
    if filters.kind and properties.get("kind") != filters.kind:
        return False
    if not filters.country:
        return True
    return properties.get("country_code") == filters.country or filters.country in (
        properties.get("countries") or ()
    )


def _counts(session: Session, column, *conditions) -> dict[int, int]:
    query = select(column, func.count()).where(*conditions).group_by(column)
    return dict(session.execute(query).all())


def _chunks(values: list, size: int = 500) -> Iterator[list]:
    for index in range(0, len(values), size):
        yield values[index : index + size]


def _stored(document: Document) -> StoredDocument:
    return StoredDocument(
        id=document.id,
        title=document.title,
        text=document.text,
        lang=document.lang,
        created=_iso(document.created),
        published=document.published.isoformat() if document.published else None,
        source_url=document.source_url,
        origin=document.origin,
        content_hash=document.content_hash,
        date=document_date(document),
    )


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:  # SQLite hands back naive datetimes; they were stored in UTC
        moment = moment.replace(tzinfo=UTC)
    return moment.isoformat(timespec="seconds")


def check_metadata(
    text: str, title: str | None, source_url: str | None, published: str | date | None
) -> None:
    """Raise StoreError for a title, address or date the store would refuse, before any
    analysis (and whether or not the text is stored already)."""
    _title(title, text)
    _url(source_url)
    _published(published)


def _title(title: str | None, text: str) -> str:
    chosen = " ".join((title or "").split()) or default_title(text)
    if len(chosen) > MAX_TITLE_CHARS:
        raise StoreError(f"the title is longer than {MAX_TITLE_CHARS} characters")
    return chosen


def _url(url: str | None) -> str | None:
    url = (url or "").strip()
    if not url:
        return None
    if len(url) > MAX_URL_CHARS or not re.match(r"^https?://[^\s<>\"']+$", url):
        raise StoreError("source_url must be an http(s) address without spaces")
    return url


def _published(value: str | date | None) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError as error:
        raise StoreError(f"published must be a date YYYY-MM-DD, got {str(value)[:40]!r}") from error
