"""The store against real databases: documents with their features in one transaction,
dedup, corrections that outlive re-ingest, relation features of any kind, filters."""

from __future__ import annotations

import copy

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from geomap.storage import CorpusFilter, Store, StoreError, clean_text
from geomap.storage.features import MAX_EVIDENCE, MAX_LISTED_DOCUMENTS, MAX_SAMPLE_MENTIONS
from geomap.storage.models import Base


@pytest.fixture(scope="module")
def analysed(pipeline, seed_texts):
    """(text, FeatureCollection) of each seed, analysed once."""
    out = []
    for raw in seed_texts:
        text = clean_text(raw)
        out.append((text, pipeline.analyse(text).collection))
    return out


def _link(source: str, target: str, relation: str, status: str, date: str | None) -> dict:
    return {
        "type": "Feature",
        "geometry": {"type": "LineString", "coordinates": [[37.6, 55.8], [-82.4, 23.1]]},
        "properties": {
            "kind": "link",
            "source_country": source,
            "target_country": target,
            "source": "Moscow",
            "target": "Havana",
            "relation": relation,
            "status": status,
            "date": date,
            "confidence": 0.8,
            "evidence": [{"sentence": "evidence sentence", "start": 0, "end": 17}],
        },
    }


def _places_only(collection: dict) -> dict:
    places = copy.deepcopy(collection)
    places["features"] = [f for f in places["features"] if "mentions" in f["properties"]]
    return places


def _with_relations(collection: dict) -> dict:
    """The places the pipeline found, with hand-made relations of every kind in place of its own."""
    extended = _places_only(collection)
    extended["features"] += [
        _link("RU", "CU", "military_cooperation", "realised", "2014-07-11"),
        _link("RU", "VE", "arms_sale", "planned", None),
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [-82.4, 23.1]},
            "properties": {
                "kind": "deployment",
                "actor_country": "RU",
                "host_country": "CU",
                "troops": 1500,
                "status": "refused",
                "date": "2019",
                "evidence": [{"sentence": "a", "start": 1, "end": 2}, {"sentence": "b"}],
            },
        },
        {  # a kind no stage makes yet: stored and returned all the same
            "type": "Feature",
            "geometry": None,
            "properties": {"kind": "visit", "actor_country": "CU", "date": "2018-11"},
        },
    ]
    return extended


def test_schema_from_migrations_matches_models(store: Store):
    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_document_and_features_round_trip(store: Store, analysed):
    text, collection = analysed[0]
    added = store.add_document(text, collection, title="Russia and Cuba", origin="seed.txt")
    assert added.created
    stored = store.get_document(added.id)
    assert stored.text == text and stored.title == "Russia and Cuba" and stored.lang == "th"

    features = store.document_features(added.id)
    assert len(features) == len(collection["features"])
    assert len({f["id"] for f in features}) == len(features)
    places = [f for f in features if "mentions" in f["properties"]]
    parsed_places = [f for f in collection["features"] if "mentions" in f["properties"]]
    for got, parsed in zip(places, parsed_places, strict=True):
        assert got["geometry"] == parsed["geometry"]
        assert got["properties"]["mentions"] == parsed["properties"]["mentions"]
        assert got["properties"]["gazetteer_key"] == parsed["properties"]["gazetteer_key"]
        assert got["properties"]["document_id"] == added.id
        for mention in got["properties"]["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]
    relations = [f for f in features if "evidence" in f["properties"]]
    parsed_relations = [f for f in collection["features"] if "evidence" in f["properties"]]
    assert len(relations) == len(parsed_relations) > 0
    for got in relations:
        for evidence in got["properties"]["evidence"]:
            assert evidence["sentence"] in text

    [summary] = store.list_documents()
    assert summary.id == added.id
    assert summary.places == len(parsed_places)
    assert summary.mentions == sum(len(f["properties"]["mentions"]) for f in places)
    assert store.document_collection(added.id)["unresolved"] == collection["unresolved"]


def test_same_text_is_stored_once(store: Store, analysed):
    text, collection = analysed[0]
    first = store.add_document(text, collection)
    revision = store.revision()
    again = store.add_document(text, collection, title="another title")
    assert (again.id, again.created) == (first.id, False)
    assert store.document_id_for(text + "\n") == first.id  # same text after cleaning
    assert len(store.list_documents()) == 1
    assert store.revision() == revision


def test_a_bad_feature_stores_nothing(store: Store, analysed):
    text, collection = analysed[0]
    broken = copy.deepcopy(collection)
    place = next(f for f in broken["features"] if "mentions" in f["properties"])
    place["properties"]["mentions"][0]["start"] += 1
    with pytest.raises(StoreError, match="is not at"):
        store.add_document(text, broken)
    assert store.list_documents() == []
    assert store.revision() == 0
    with pytest.raises(StoreError, match="empty"):
        store.add_document("", {"features": []})
    with pytest.raises(StoreError, match="published"):
        store.add_document(text, collection, published="next week")
    with pytest.raises(StoreError, match="source_url"):
        store.add_document(text, collection, source_url="javascript:alert(1)")
    assert store.list_documents() == []


def test_corrections_apply_everywhere_and_survive_reingest(store: Store, analysed):
    text, collection = analysed[0]
    doc = store.add_document(text, collection).id
    features = store.document_features(doc)
    dropped = features[0]["properties"]["mentions"][0]
    moved_feature = next(f for f in features if len(f["properties"]["mentions"]) >= 2)
    moved = moved_feature["properties"]["mentions"][-1]
    elsewhere = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [100.5, 13.75]},
        "properties": {"kind": "place", "gazetteer_key": "test:elsewhere", "name": "Elsewhere",
                       "country_code": "TH", "feature_type": "city"},
    }  # fmt: skip
    store.correct_mention(doc, dropped["start"], dropped["end"], author="editor")
    store.correct_mention(doc, moved["start"], moved["end"], place=elsewhere, author="editor")

    def check(features: list[dict]) -> None:
        spans = {
            (m["start"], m["end"]): f["properties"]["gazetteer_key"]
            for f in features
            for m in f["properties"].get("mentions", [])
        }
        assert (dropped["start"], dropped["end"]) not in spans
        assert spans[(moved["start"], moved["end"])] == "test:elsewhere"
        chosen = next(
            f for f in features if f["properties"].get("gazetteer_key") == "test:elsewhere"
        )
        assert chosen["properties"]["corrected"] is True
        assert chosen["geometry"] == elsewhere["geometry"]

    check(store.document_features(doc))
    check(store.corpus_features())
    assert [f["properties"]["name"] for f in store.corpus_features({"country": "TH"})] == [
        "Elsewhere"
    ]
    assert len(store.place_features("test:elsewhere")) == 1
    assert {c["action"] for c in store.corrections(doc)} == {"drop", "choose"}

    assert store.delete_document(doc)
    assert store.list_documents() == []
    again = store.add_document(text, collection).id
    assert again != doc
    check(store.document_features(again))

    assert store.undo_correction(again, moved["start"], moved["end"])
    restored = store.document_features(again)
    assert all(f["properties"].get("gazetteer_key") != "test:elsewhere" for f in restored)


def test_dropping_every_mention_drops_the_feature(store: Store, analysed):
    text, collection = analysed[0]
    doc = store.add_document(text, collection).id
    target = store.document_features(doc)[1]
    for mention in target["properties"]["mentions"]:
        store.correct_mention(doc, mention["start"], mention["end"])
    assert target["id"] not in {f["id"] for f in store.document_features(doc)}
    with pytest.raises(StoreError):
        store.correct_mention(doc, len(text), len(text) + 5)
    with pytest.raises(KeyError):
        store.correct_mention(doc + 100, 0, 1)


def test_relations_of_any_kind_and_corpus_filters(store: Store, analysed):
    text, collection = analysed[0]
    doc = store.add_document(text, _with_relations(collection), published="2020-01-02").id
    other_text, other = analysed[1]
    store.add_document(other_text, _places_only(other), published="2010-05-05")

    features = store.document_features(doc)
    kinds = [f["properties"]["kind"] for f in features]
    assert kinds.count("link") == 2 and kinds.count("deployment") == 1 and "visit" in kinds
    deployment = next(f for f in features if f["properties"]["kind"] == "deployment")
    assert deployment["id"].startswith("deployment-")
    assert deployment["properties"]["troops"] == 1500
    assert [e["sentence"] for e in deployment["properties"]["evidence"]] == ["a", "b"]
    [summary] = [s for s in store.list_documents() if s.id == doc]
    assert (summary.links, summary.deployments) == (2, 1)

    def kinds_of(**args) -> list[str]:
        return sorted(f["properties"]["kind"] for f in store.corpus_features(args))

    assert kinds_of(type="arms_sale") == ["link"]
    assert kinds_of(status="refused") == ["deployment"]
    assert kinds_of(kind="link") == ["link", "link"]
    assert kinds_of(country="VE", kind="link") == ["link"]
    assert "visit" in kinds_of(country="CU")
    # dated relations by their date, undated ones and places by their document's
    assert kinds_of(**{"from": "2014-07-01", "to": "2014-07-31", "kind": "link"}) == ["link"]
    assert kinds_of(**{"from": "2019-06", "to": "2019-06", "kind": "deployment"}) == ["deployment"]
    old = store.corpus_features({"to": "2011"})
    assert old and {f["properties"]["document_date"] for f in old} == {"2010-05-05"}
    with pytest.raises(StoreError, match="country"):
        CorpusFilter.parse({"country": "Thailand"})
    with pytest.raises(StoreError, match="from"):
        CorpusFilter.parse({"from": "yesterday"})


def test_imported_relations_are_stored_once(store: Store):
    features = [_link("TH", "US", "exercise", "realised", "2024-02-27")]
    first = store.add_import("cobra-gold.csv", b"raw file bytes", features, author="editor")
    assert first.created
    assert store.add_import("renamed.csv", b"raw file bytes", features).id == first.id
    [link] = store.corpus_features({"country": "TH", "kind": "link"})
    assert link["properties"]["import_id"] == first.id
    assert link["properties"]["evidence"] == [
        {**item, "import_id": first.id} for item in features[0]["properties"]["evidence"]
    ]
    with pytest.raises(StoreError, match="no relations"):
        store.add_import("empty.csv", b"", [])
    assert [(i["id"], i["filename"], i["relations"]) for i in store.imports()] == [
        (first.id, "cobra-gold.csv", 1)
    ]
    assert store.delete_import(first.id) and not store.delete_import(first.id)
    assert store.corpus_features({"kind": "link"}) == [] and store.imports() == []


def test_corpus_joins_imported_rows_with_extracted_relations(store: Store, analysed):
    text, collection = analysed[0]
    extracted = _link("RU", "CU", "arms_sale", "realised", "2014-07")
    places = _places_only(collection)
    document = {**places, "features": [*places["features"], extracted]}
    doc = store.add_document(text, document, title="Arms for Havana").id
    row = _link("CU", "RU", "arms_sale", "planned", "2014-07")  # the same pair, either way
    row["properties"]["evidence"] = [
        {"kind": "import", "file": "mine.csv", "line": 2, "note": "my note", "url": None}
    ]
    other = _link("CU", "RU", "arms_sale", "realised", "2015")  # another date: its own
    imported = store.add_import("mine.csv", b"bytes", [row, other]).id

    links = store.corpus_features({"kind": "link"})
    assert len(links) == 2
    joined = next(f for f in links if f["properties"]["date"] == "2014-07")
    assert joined["properties"]["sources"] == 2 and "document_id" not in joined["properties"]
    sentence, note = joined["properties"]["evidence"]
    assert (sentence["document_id"], sentence["document_title"]) == (doc, "Arms for Havana")
    assert (note["import_id"], note["sentence"]) == (imported, "my note")
    assert note["document_title"] == "mine.csv, line 2"
    assert [f["id"] for f in store.relations_of_country("CU")] == [f["id"] for f in links]
    own = store.document_features(doc)  # a document's own map is not joined
    assert [e["sentence"] for f in own if f["properties"]["kind"] == "link"
            for e in f["properties"]["evidence"]] == ["evidence sentence"]  # fmt: skip
    store.delete_document(doc)
    [alone, _] = store.corpus_features({"kind": "link"})
    assert alone["properties"]["import_id"] == imported and "sources" not in alone["properties"]


def _report(number: int) -> tuple[str, dict]:
    """A short report naming Havana twice (and Moscow in every third), as parsed."""
    text = f"Report {number}: talks in Havana.\nHavana hosted them." + (
        " Moscow sent envoys." if number % 3 == 0 else ""
    )

    def place(key: str, name: str, code: str, lon: float, lat: float) -> dict:
        spans = [i for i in range(len(text)) if text.startswith(name, i)]
        return {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {
                "kind": "place", "feature_type": "city", "gazetteer_key": key, "name": name,
                "country_code": code, "confidence": 0.5 + number / 1000,
                "mentions": [{"start": i, "end": i + len(name), "text": name,
                              "sentence": f"sentence {number} at {i}"} for i in spans],
            },
        }  # fmt: skip

    features = [place("test:havana", "Havana", "CU", -82.4, 23.1)]
    if "Moscow" in text:
        features.append(place("test:moscow", "Moscow", "RU", 37.6, 55.8))
    return text, {"type": "FeatureCollection", "lang": "en", "features": features}


def test_corpus_joins_each_place_across_documents(store: Store):
    count = MAX_LISTED_DOCUMENTS + 2
    ids, texts = [], {}
    for number in range(count):
        text, collection = _report(number)
        published = f"2020-01-{number + 1:02}"
        ids.append(store.add_document(text, collection, title=f"R{number}", published=published).id)
        texts[ids[-1]] = text

    places = store.corpus_features()
    assert [f["id"] for f in places] == ["place-test:havana", "place-test:moscow"]
    havana, moscow = (f["properties"] for f in places)
    assert (havana["document_count"], havana["mention_count"]) == (count, 2 * count)
    assert (moscow["document_count"], moscow["mention_count"]) == (8, 8)
    assert havana["confidence"] == max(0.5 + n / 1000 for n in range(count))
    # the newest documents listed first, at most MAX_LISTED_DOCUMENTS of them
    assert [d["document_id"] for d in havana["documents"]] == ids[::-1][:MAX_LISTED_DOCUMENTS]
    assert havana["documents"][0]["document_title"] == f"R{count - 1}"
    # a bounded sample: each document's first mention before any second one
    sample = havana["mentions"]
    assert len(sample) == MAX_SAMPLE_MENTIONS
    assert [m["document_id"] for m in sample] == ids[::-1][:MAX_SAMPLE_MENTIONS]
    for mention in sample + moscow["mentions"]:
        assert texts[mention["document_id"]][mention["start"] : mention["end"]] == mention["text"]
        assert mention["document_title"] == f"R{ids.index(mention['document_id'])}"
    # several documents: no single source line on the feature itself
    assert "document_id" not in havana and "document_title" not in havana
    # each document's own view is as it was: one feature per place, every mention
    for document_id in ids:
        [own] = [f for f in store.document_features(document_id) if f["id"].endswith("havana")]
        assert own["id"] == f"place-{document_id}-test:havana"
        assert own["properties"]["document_id"] == document_id
        assert len(own["properties"]["mentions"]) == 2
    # filters select documents first, then join what they name
    [alone] = store.corpus_features({"from": "2020-01-02", "to": "2020-01-02"})
    assert alone["properties"]["document_count"] == 1
    assert alone["properties"]["document_id"] == ids[1]
    assert [f["id"] for f in store.corpus_features({"country": "RU"})] == ["place-test:moscow"]
    assert store.corpus_features({"country": "RU", "to": "2020-01-02"})[0]["properties"][
        "mention_count"
    ] == 1


def test_joined_relation_evidence_is_bounded(store: Store):
    rows = []
    for number in range(MAX_EVIDENCE + 5):
        row = _link("RU", "CU", "arms_sale", "realised", "2014-07")
        row["properties"]["evidence"] = [{"sentence": f"report {number}", "start": 0, "end": 6}]
        rows.append(row)
    store.add_import("many.csv", b"many", rows)
    [link] = store.corpus_features({"kind": "link"})
    assert link["properties"]["evidence_count"] == MAX_EVIDENCE + 5
    evidence = link["properties"]["evidence"]
    assert [e["sentence"] for e in evidence] == [f"report {n}" for n in range(MAX_EVIDENCE)]
