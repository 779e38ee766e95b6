"""The learned second opinion on the rules' links: how it is trained, stored and applied."""

import json
from pathlib import Path

import pytest

from geomap.geoparse import Geoparser
from geomap.relations import DEFAULT_MODEL_PATH, LinkModel, train_link_model, training_examples
from geomap.relations.extract import RelationExtractor
from geomap.relations.learned import second_opinion

ROOT = Path(__file__).resolve().parents[2]
KENYA_NORWAY_CHILE = (
    "The talks in Geneva, attended by Kenya, ended as Norway signed a fisheries agreement with"
    " Chile. About 300 French soldiers remain at a base in Djibouti."
)


@pytest.fixture(scope="module")
def geoparser(gazetteer) -> Geoparser:
    return Geoparser(gazetteer)


def _read(geoparser, text: str, lang: str = "en") -> tuple[RelationExtractor, list[dict]]:
    extractor = RelationExtractor(geoparser.parse(text, lang), geoparser.gazetteer)
    return extractor, extractor.run()


def _links(features: list[dict]) -> dict[tuple, dict]:
    return {
        tuple(sorted((p["source_country"], p["target_country"]))): p
        for f in features
        if (p := f["properties"])["kind"] == "link"
    }


def test_a_sure_model_adds_pairs_the_rules_missed_and_keeps_deployments(geoparser):
    extractor, features = _read(geoparser, KENYA_NORWAY_CHILE)
    assert set(_links(features)) == {("CL", "NO")}
    checked = second_opinion(extractor, features, LinkModel({"bias": 9.0}))
    links = _links(checked)
    assert set(links) == {("CL", "NO"), ("CL", "KE"), ("KE", "NO")}
    added = links[("CL", "KE")]
    assert added["found_by"] == "model" and added["confidence"] == 1.0
    assert added["relation"] == "agreement" and added["status"] == "realised"
    assert added["evidence"][0]["sentence"].startswith("The talks in Geneva")
    assert "found_by" not in links[("CL", "NO")]
    deployments = [f["properties"] for f in checked if f["properties"]["kind"] == "deployment"]
    assert [(d["actor_country"], d["host_country"]) for d in deployments] == [("FR", "DJ")]


def test_a_doubting_model_leaves_the_rules_links_as_they_are(geoparser):
    extractor, features = _read(geoparser, KENYA_NORWAY_CHILE)
    assert second_opinion(extractor, features, LinkModel({"bias": -9.0})) == features


def test_a_pair_the_rules_read_as_denied_is_not_the_models_to_add(geoparser):
    extractor, features = _read(
        geoparser,
        "Norway signed a fisheries agreement with Chile. Peru did not sign it with Chile.",
    )
    statuses = {pair: p["status"] for pair, p in _links(features).items()}
    assert statuses == {("CL", "NO"): "realised", ("CL", "PE"): "negated"}
    checked = second_opinion(extractor, features, LinkModel({"bias": 9.0}))
    assert {pair: p["status"] for pair, p in _links(checked).items()} == statuses


def test_training_ranks_gold_pairs_above_the_others(geoparser):
    documents = [
        json.loads(line)
        for name in ("dev_links_mix1.jsonl", "dev_relations3.jsonl")
        for line in (ROOT / "eval" / "gold" / name).read_text(encoding="utf-8").splitlines()
    ]
    examples = [
        example
        for doc in documents
        for example in training_examples(
            geoparser.parse(doc["text"], doc["lang"]), geoparser.gazetteer, doc
        )
    ]
    gold = [features for features, is_gold in examples if is_gold]
    other = [features for features, is_gold in examples if not is_gold]
    assert gold and other
    model = train_link_model(examples)

    def mean(rows: list[set[str]]) -> float:
        return sum(model.probability(features) for features in rows) / len(rows)

    assert mean(gold) > 0.5 > mean(other)
    assert train_link_model(examples) == model  # deterministic: the shipped file can be rebuilt


def test_a_model_survives_its_json_and_rejects_other_files():
    model = LinkModel({"bias": -1.5, "btw:signed": 2.25, "trig:agreement": 0.5})
    again = LinkModel.from_json(model.to_json())
    assert again == model
    assert again.probability({"btw:signed"}) == model.probability({"btw:signed"}) > 0.5
    with pytest.raises(ValueError, match="geomap link model"):
        LinkModel.from_json(json.dumps({"link": {}}))


@pytest.mark.slow
def test_the_shipped_model_is_the_one_the_dev_gold_trains(run_cli, tmp_path):
    """Fails when the rules or the dev gold changed and the model was not rebuilt with
    `geomap relations train eval/gold/dev*.jsonl`."""
    gold = sorted(str(p) for p in (ROOT / "eval" / "gold").glob("dev*.jsonl"))
    out = tmp_path / "model.json"
    result = run_cli("relations", "train", "--out", str(out), *gold)
    assert result.returncode == 0, result.stderr
    documents = sum(
        1 for p in gold for line in Path(p).read_text(encoding="utf-8").splitlines() if line.strip()
    )
    assert result.stdout.startswith(f"{documents} documents")
    trained = LinkModel.from_json(out.read_text(encoding="utf-8")).weights
    shipped = LinkModel.from_json(DEFAULT_MODEL_PATH.read_text(encoding="utf-8")).weights
    differing = {
        name for name in trained.keys() | shipped.keys()
        if abs(trained.get(name, 0.0) - shipped.get(name, 0.0)) > 0.002
    }  # fmt: skip
    assert not differing, f"rebuild the model: {sorted(differing)[:5]}"


def test_train_refuses_a_file_that_is_no_gold(run_cli, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("this is not json\n", encoding="utf-8")
    result = run_cli("relations", "train", "--out", str(tmp_path / "m.json"), str(bad))
    assert result.returncode != 0
    assert "bad.jsonl" in result.stderr
    assert not (tmp_path / "m.json").exists()
