"""Corrections reach relations: a document's links and deployments are derived again from its
corrected places, stored with the correction in one transaction (a stale or foreign analysis
changes nothing), kept through re-ingest, and counted in the document list."""

from __future__ import annotations

import pytest

from geomap.geoparse import place_feature
from geomap.pipeline import PlaceCorrection
from geomap.storage import StaleAnalysis, Store, StoreError, clean_text, ingest_text

TEXT = clean_text(
    "Russia sent 500 troops to Georgia in May 2021. Japan and Vietnam signed a defence "
    "cooperation agreement in Hanoi on 3 May 2021."
)
START = TEXT.index("Georgia")
END = START + len("Georgia")


def relation_keys(features: list[dict]) -> list[tuple]:
    """What a relation says (ids and evidence aside), in a stable order."""
    keys = []
    for feature in features:
        p = feature["properties"]
        if p["kind"] in ("place", "border"):
            continue
        keys.append((
            p["kind"], p.get("source_country") or p.get("actor_country"),
            p.get("target_country") or p.get("host_country"), p.get("relation") or p.get("type"),
            p.get("status"), p.get("date"),
        ))  # fmt: skip
    return sorted(keys, key=repr)


def countries(features: list[dict]) -> set[str]:
    return {country for key in relation_keys(features) for country in key[1:3]}


def snapshot(store: Store, document_id: int) -> tuple:
    return (
        store.revision(),
        store.document_collection(document_id),
        store.corrections(document_id),
        store.list_documents(),
    )


@pytest.fixture(scope="module")
def us_state(pipeline, gazetteer) -> tuple[PlaceCorrection, dict]:
    """Georgia read as the US state: the correction and the place feature it chooses."""
    state = next(c for c in pipeline.candidates("Georgia") if c.place.country_code == "US")
    fix = PlaceCorrection(START, END, state.place.key)
    return fix, place_feature(state.place, gazetteer, 1.0)


def test_a_correction_rederives_relations_and_counts(store: Store, pipeline, us_state):
    fix, state = us_state
    doc = store.add_document(TEXT, pipeline.analyse(TEXT).collection).id
    parsed = store.document_features(doc)
    assert "GE" in countries(parsed)  # the country Georgia takes part in a relation
    [before] = store.list_documents()

    corrected = pipeline.analyse(TEXT, "en", [fix])
    store.correct_mention(doc, START, END, place=state, author="editor", analysis=corrected)
    features = store.document_features(doc)
    assert relation_keys(features) == relation_keys(corrected.collection["features"])
    assert "GE" not in countries(features)
    [owner] = [f for f in features if (START, END) in
               {(m["start"], m["end"]) for m in f["properties"].get("mentions", [])}]  # fmt: skip
    assert owner["properties"]["gazetteer_key"] == fix.key
    assert owner["properties"]["corrected"] is True
    corpus = store.corpus_features({"country": "GE"})
    assert [f for f in corpus if f["properties"]["kind"] not in ("place", "border")] == []

    [after] = store.list_documents()
    links = sum(f["properties"]["kind"] == "link" for f in features)
    deployments = sum(f["properties"]["kind"] == "deployment" for f in features)
    places = [f for f in features if f["properties"]["kind"] in ("place", "border")]
    assert (after.links, after.deployments) == (links, deployments)
    assert (after.links, after.deployments) != (before.links, before.deployments)
    assert after.places == len(places) == before.places  # one country swapped for a state
    assert after.mentions == sum(len(f["properties"]["mentions"]) for f in places)

    # undone: the parsed places and relations come back, and the counts with them
    assert store.undo_correction(doc, START, END, analysis=pipeline.analyse(TEXT, "en"))
    assert relation_keys(store.document_features(doc)) == relation_keys(parsed)
    assert store.list_documents() == [before]


def test_dropping_a_mention_takes_its_relations_and_counts(store: Store, pipeline):
    doc = store.add_document(TEXT, pipeline.analyse(TEXT).collection).id
    [before] = store.list_documents()
    dropped = pipeline.analyse(TEXT, "en", [PlaceCorrection(START, END, None)])
    store.correct_mention(doc, START, END, analysis=dropped)
    assert "GE" not in countries(store.document_features(doc))
    [after] = store.list_documents()
    assert (after.places, after.mentions) == (before.places - 1, before.mentions - 1)
    assert after.links + after.deployments < before.links + before.deployments


def test_a_stale_or_foreign_analysis_changes_nothing(store: Store, pipeline, us_state):
    fix, state = us_state
    doc = store.add_document(TEXT, pipeline.analyse(TEXT).collection).id
    unchanged = snapshot(store, doc)
    with pytest.raises(StaleAnalysis):  # made without the correction it is stored with
        store.correct_mention(doc, START, END, place=state, analysis=pipeline.analyse(TEXT))
    with pytest.raises(StaleAnalysis):  # made with a drop, stored with a choice
        store.correct_mention(
            doc, START, END, place=state,
            analysis=pipeline.analyse(TEXT, "en", [PlaceCorrection(START, END, None)]),
        )  # fmt: skip
    other = clean_text("Thailand and Cambodia held talks in Bangkok on 1 June 2023.")
    with pytest.raises(StoreError, match="another text"):
        store.correct_mention(doc, START, END, analysis=pipeline.analyse(other, "en", [fix]))
    assert snapshot(store, doc) == unchanged

    with_fix = pipeline.analyse(TEXT, "en", [fix])
    store.correct_mention(doc, START, END, place=state, analysis=with_fix)
    corrected = snapshot(store, doc)
    with pytest.raises(StaleAnalysis):  # an undo whose analysis still has the correction
        store.undo_correction(doc, START, END, analysis=with_fix)
    assert snapshot(store, doc) == corrected


def test_reingest_derives_relations_from_kept_corrections(store: Store, pipeline, us_state):
    fix, state = us_state
    doc = ingest_text(store, pipeline, TEXT).id
    corrected = pipeline.analyse(TEXT, "en", [fix])
    store.correct_mention(doc, START, END, place=state, analysis=corrected)
    expected = relation_keys(store.document_features(doc))
    assert store.delete_document(doc)
    again = ingest_text(store, pipeline, TEXT)
    assert again.created and again.id != doc
    assert store.place_corrections(store.get_document(again.id).content_hash) == [fix]
    features = store.document_features(again.id)
    assert relation_keys(features) == expected
    assert any(m.get("corrected") for f in features for m in f["properties"].get("mentions", []))
