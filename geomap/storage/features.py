"""Rows back into contract Features, with people's corrections applied on the way out.

Corrections are applied when features are read (never written into the parsed rows), so
re-ingesting or re-parsing a document keeps them, and every map and export sees them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import chain, zip_longest

from sqlalchemy import Row

from geomap.relations import merge_relations
from geomap.storage.models import Correction, Document, Mention, Place, Relation

_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_.:-]")


def place_feature_id(document_id: int, gazetteer_key: str) -> str:
    """Stable across re-ingest and corrections: the document and the gazetteer's key."""
    return f"place-{document_id}-{_ID_UNSAFE.sub('_', gazetteer_key)}"


def corpus_place_id(gazetteer_key: str) -> str:
    """A place across the corpus (one feature however many documents name it)."""
    return f"place-{_ID_UNSAFE.sub('_', gazetteer_key)}"


def document_date(document: Document) -> str:
    """The date a document speaks for: its publication date, else when it was added."""
    return (document.published or document.created.date()).isoformat()


def document_properties(document: Document) -> dict:
    """The source line every feature carries (the maps stage shows it in popups)."""
    properties = {
        "document_id": document.id,
        "document_title": document.title,
        "document_date": document_date(document),
    }
    if document.source_url:
        properties["document_url"] = document.source_url
    return properties


def mention_dict(mention: Mention | Row) -> dict:
    return {
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "sentence": mention.sentence,
    }


def place_features(
    document: Document,
    places: Iterable[Place | Row],
    mentions: Iterable[Mention | Row],
    corrections: Iterable[Correction],
) -> tuple[list[dict], list[dict]]:
    """(place features, unresolved mentions) of one document, corrections applied; places
    and mentions may be ORM objects or rows with the same columns."""
    by_key: dict[str, dict] = {}
    key_of_place: dict[int, str] = {}
    for place in places:
        key_of_place[place.id] = place.gazetteer_key
        by_key[place.gazetteer_key] = _feature(
            document.id, place.geometry, place.bbox, {**place.properties, "mentions": []}
        )
    unresolved: list[dict] = []
    for mention in mentions:
        if mention.place_id is None:
            unresolved.append({**mention_dict(mention), "reason": mention.reason})
        else:
            by_key[key_of_place[mention.place_id]]["properties"]["mentions"].append(
                mention_dict(mention)
            )
    for correction in corrections:
        _apply(correction, document.id, by_key, unresolved)
    shared = document_properties(document)
    features = []
    for feature in by_key.values():
        mentions_of = feature["properties"]["mentions"]
        if not mentions_of:
            continue
        mentions_of.sort(key=lambda m: m["start"])
        feature["properties"].update(shared)
        features.append(feature)
    features.sort(key=lambda f: f["properties"]["mentions"][0]["start"])
    return features, unresolved


def _feature(document_id: int, geometry: dict, bbox: list | None, properties: dict) -> dict:
    feature = {
        "type": "Feature",
        "id": place_feature_id(document_id, properties["gazetteer_key"]),
        "geometry": geometry,
        "properties": properties,
    }
    if bbox:
        feature["bbox"] = bbox
    return feature


def _apply(
    correction: Correction, document_id: int, by_key: dict[str, dict], unresolved: list[dict]
) -> None:
    span = (correction.start, correction.end)
    for holder in [f["properties"]["mentions"] for f in by_key.values()] + [unresolved]:
        holder[:] = [m for m in holder if (m["start"], m["end"]) != span]
    if correction.action != "choose" or not correction.place:
        return
    chosen = correction.place
    key = chosen["properties"]["gazetteer_key"]
    if key not in by_key:
        properties = {**chosen["properties"], "mentions": [], "corrected": True}
        by_key[key] = _feature(document_id, chosen["geometry"], chosen.get("bbox"), properties)
    by_key[key]["properties"]["mentions"].append({**correction.mention, "corrected": True})


def relation_feature(relation: Relation) -> dict:
    properties = {
        **relation.properties,
        "evidence": [_import_evidence(e.data) for e in relation.evidence],
    }
    if relation.document is not None:
        properties.update(document_properties(relation.document))
    if relation.import_id is not None:
        properties["import_id"] = relation.import_id
    return {
        "type": "Feature",
        "id": f"{relation.kind}-{relation.id}",
        "geometry": relation.geometry,
        "properties": properties,
    }


def _import_evidence(item: dict) -> dict:
    """An imported row's evidence as maps and pages show any evidence: its note is the
    sentence, its file and line the source, its url the source's link."""
    if item.get("kind") != "import":
        return item
    shown = {**item, "document_title": f"{item.get('file')}, line {item.get('line')}"}
    if not shown.get("sentence") and item.get("note"):
        shown["sentence"] = item["note"]
    if item.get("url"):
        shown["document_url"] = item["url"]
    return shown


MAX_LISTED_DOCUMENTS = 20
MAX_SAMPLE_MENTIONS = 10
MAX_EVIDENCE = 20
DOCUMENT_FIELDS = ("document_id", "document_title", "document_date", "document_url")


def corpus_places(per_document: Iterable[list[dict]]) -> list[dict]:
    """One feature per place (gazetteer key) out of each document's place features.

    A corpus of thousands of documents names the same few hundred places again and again;
    one marker per place and document would bury the map (and pass its feature limit).
    Each feature says how many documents and mentions name the place
    (`document_count`, `mention_count`), lists the newest documents (`documents`, at most
    MAX_LISTED_DOCUMENTS) and keeps a sample of mentions (at most MAX_SAMPLE_MENTIONS, the
    first of each document before any second one), each with its document's source line
    so its offsets stay meaningful and a popup can say where it comes from. A place named
    by one document keeps that document's source line, as a relation from one source does.
    """
    groups: dict[str, list[dict]] = {}
    for features in per_document:
        for feature in features:
            groups.setdefault(feature["properties"]["gazetteer_key"], []).append(feature)
    places = [_corpus_place(key, group) for key, group in groups.items()]
    places.sort(key=lambda f: (-f["properties"]["mention_count"], f["id"]))
    return places


def _corpus_place(key: str, group: list[dict]) -> dict:
    group = sorted(
        group,
        key=lambda f: (f["properties"]["document_date"], f["properties"]["document_id"]),
        reverse=True,
    )  # newest first: the sample and the list show the latest reporting
    sources = [{k: f["properties"][k] for k in DOCUMENT_FIELDS if k in f["properties"]}
               for f in group]  # fmt: skip
    mentions = [[{**m, **source} for m in f["properties"]["mentions"]]
                for f, source in zip(group, sources, strict=True)]  # fmt: skip
    first = group[0]
    properties = {
        k: v for k, v in first["properties"].items() if k not in DOCUMENT_FIELDS and k != "mentions"
    }
    confidences = [f["properties"].get("confidence") for f in group]
    numbers = [c for c in confidences if isinstance(c, int | float)]
    if numbers:
        properties["confidence"] = max(numbers)
    if any(f["properties"].get("corrected") for f in group):
        properties["corrected"] = True
    properties.update(
        document_count=len(group),
        mention_count=sum(len(m) for m in mentions),
        documents=sources[:MAX_LISTED_DOCUMENTS],
        mentions=[m for m in chain.from_iterable(zip_longest(*mentions)) if m is not None][
            :MAX_SAMPLE_MENTIONS
        ],
    )
    if len(group) == 1:
        properties.update(sources[0])
    feature = {"type": "Feature", "id": corpus_place_id(key), "geometry": first["geometry"],
               "properties": properties}  # fmt: skip
    if first.get("bbox"):
        feature["bbox"] = first["bbox"]
    return feature


SOURCE_FIELDS = ("document_id", "document_title", "document_date", "document_url", "import_id")


def joined_relations(features: list[dict]) -> list[dict]:
    """Relations of the whole corpus, joined at read time: the same unordered pair (links) or
    actor, host and place (deployments), with the same type and date, become one feature
    whose evidence lists every sentence and imported row that says so (`merge_relations`).

    Joining when reading keeps the stored rows as each source gave them, so deleting a
    document or an import takes exactly its own evidence away. Each piece of evidence
    carries its own source line; a feature joined from several sources drops the single
    source line it had and says how many sources it has instead. The evidence list keeps
    the first MAX_EVIDENCE pieces and `evidence_count` says how many there are in all, so a
    claim repeated by a thousand reports stays one bounded feature.
    """
    sourced = []
    for feature in features:
        properties = feature["properties"]
        source = {k: properties[k] for k in SOURCE_FIELDS if properties.get(k) is not None}
        evidence = [{**source, **item} for item in properties.get("evidence") or []]
        sourced.append({**feature, "properties": {**properties, "evidence": evidence}})
    joined = merge_relations(sourced)
    for feature in joined:
        properties = feature["properties"]
        evidence = properties["evidence"]
        sources = {(item.get("document_id"), item.get("import_id")) for item in evidence}
        if len(sources) > 1:
            for key in SOURCE_FIELDS:
                properties.pop(key, None)
            properties["sources"] = len(sources)
        properties["evidence_count"] = len(evidence)
        properties["evidence"] = evidence[:MAX_EVIDENCE]
    return joined


def relation_columns(feature: dict) -> dict:
    """The queryable columns of a link, a deployment or a later kind of feature."""
    properties = feature.get("properties") or {}
    date = properties.get("date")
    confidence = properties.get("confidence")
    return {
        "kind": str(properties["kind"])[:40],
        "from_country": _code(properties.get("source_country") or properties.get("actor_country")),
        "to_country": _code(properties.get("target_country") or properties.get("host_country")),
        "relation_type": _short(properties.get("relation") or properties.get("type"), 100),
        "status": _short(properties.get("status"), 40),
        "date": str(date)[:10] if date else None,
        "confidence": float(confidence) if isinstance(confidence, int | float) else None,
        "geometry": feature.get("geometry"),
        "properties": {k: v for k, v in properties.items() if k != "evidence"},
    }


def _code(value) -> str | None:
    return str(value).upper()[:8] if value else None


def _short(value, length: int) -> str | None:
    return str(value)[:length] if value else None


def date_in_range(value: str | None, date_from: str | None, date_to: str | None) -> bool:
    """ISO dates, maybe partial ("2014", "2014-07"), compared on the part both have."""
    if not (date_from or date_to):
        return True
    if not value:
        return False
    if date_from and value < date_from[: len(value)]:
        return False
    return not (date_to and value[: len(date_to)] > date_to[: len(value)])
