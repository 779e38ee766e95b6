"""The database schema (SQLAlchemy 2 declarative); migrations in `migrations/` create it.

Features are kept both as queryable columns (what the filters need) and as their full GeoJSON
properties (`properties`), so features a later stage adds come back unchanged.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    type_annotation_map = {dict: JSON, list: JSON}  # noqa: RUF012 - SQLAlchemy reads it


class Document(Base):
    __tablename__ = "documents"
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012 - ids never come back

    id: Mapped[int] = mapped_column(primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    source_url: Mapped[str | None] = mapped_column(String(2000))
    published: Mapped[date | None] = mapped_column(Date, index=True)
    lang: Mapped[str] = mapped_column(String(8))
    origin: Mapped[str | None] = mapped_column(String(500))  # file name, "api" or "web"
    text: Mapped[str] = mapped_column(Text)
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)

    places: Mapped[list[Place]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True
    )
    mentions: Mapped[list[Mention]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True
    )
    relations: Mapped[list[Relation]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True
    )


class Place(Base):
    """One resolved place of one document (the `geomap parse` place or border feature)."""

    __tablename__ = "places"
    __table_args__ = (UniqueConstraint("document_id", "gazetteer_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    gazetteer_key: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    feature_type: Mapped[str | None] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(500))
    name_th: Mapped[str | None] = mapped_column(String(500))
    country_code: Mapped[str | None] = mapped_column(String(8), index=True)
    confidence: Mapped[float | None] = mapped_column(Float)
    geometry: Mapped[dict] = mapped_column(JSON)
    bbox: Mapped[list | None] = mapped_column(JSON)
    properties: Mapped[dict] = mapped_column(JSON)  # everything but the mentions

    document: Mapped[Document] = relationship(back_populates="places")
    mentions: Mapped[list[Mention]] = relationship(back_populates="place")


class Mention(Base):
    """A span of a document's text naming a place; `place_id` is null when unresolved."""

    __tablename__ = "mentions"
    __table_args__ = (Index("ix_mentions_document_span", "document_id", "start", "end"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    place_id: Mapped[int | None] = mapped_column(
        ForeignKey("places.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(1000))
    sentence: Mapped[str] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(String(500))  # why it stayed unresolved

    document: Mapped[Document] = relationship(back_populates="mentions")
    place: Mapped[Place | None] = relationship(back_populates="mentions")


class Relation(Base):
    """A link, a deployment or any later feature kind, from a document or an imported file.

    `from_country`/`to_country` hold source/target of a link and actor/host of a deployment.
    """

    __tablename__ = "relations"
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012 - feature ids never come back

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    import_id: Mapped[int | None] = mapped_column(
        ForeignKey("imports.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(40), index=True)
    from_country: Mapped[str | None] = mapped_column(String(8), index=True)
    to_country: Mapped[str | None] = mapped_column(String(8), index=True)
    relation_type: Mapped[str | None] = mapped_column(String(100), index=True)
    status: Mapped[str | None] = mapped_column(String(40), index=True)
    date: Mapped[str | None] = mapped_column(String(10), index=True)  # ISO, maybe partial
    confidence: Mapped[float | None] = mapped_column(Float)
    geometry: Mapped[dict | None] = mapped_column(JSON)
    properties: Mapped[dict] = mapped_column(JSON)  # everything but the evidence

    document: Mapped[Document | None] = relationship(back_populates="relations")
    source_import: Mapped[Import | None] = relationship(back_populates="relations")
    evidence: Mapped[list[Evidence]] = relationship(
        back_populates="relation",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Evidence.position",
    )


class Evidence(Base):
    """A sentence (or an imported row) that supports a relation."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    relation_id: Mapped[int] = mapped_column(
        ForeignKey("relations.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    sentence: Mapped[str | None] = mapped_column(Text)
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    data: Mapped[dict] = mapped_column(JSON)  # the evidence object as the stage gave it

    relation: Mapped[Relation] = relationship(back_populates="evidence")


class Import(Base):
    """A relationship file someone imported; its relations point back here."""

    __tablename__ = "imports"
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012

    id: Mapped[int] = mapped_column(primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    filename: Mapped[str] = mapped_column(String(500))
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    author: Mapped[str | None] = mapped_column(String(200))

    relations: Mapped[list[Relation]] = relationship(
        back_populates="source_import", cascade="all, delete-orphan", passive_deletes=True
    )


class Correction(Base):
    """A person's fix of one mention, keyed by the text's hash so it outlives re-ingest.

    action "drop": the mention is not a place; "choose": it names `place` (a snapshot of
    the chosen place feature, `{geometry, bbox, properties}`, taken when the choice was made,
    so reading never needs the gazetteer).
    """

    __tablename__ = "corrections"
    __table_args__ = (UniqueConstraint("content_hash", "start", "end"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(10))
    mention: Mapped[dict] = mapped_column(JSON)  # {start, end, text, sentence} when made
    place: Mapped[dict | None] = mapped_column(JSON)
    author: Mapped[str | None] = mapped_column(String(200))
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class StoreState(Base):
    """One row whose revision goes up with every write: caches of rendered maps key on it."""

    __tablename__ = "store_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    revision: Mapped[int] = mapped_column(Integer, default=0)
