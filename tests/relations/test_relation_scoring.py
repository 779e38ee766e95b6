"""The relation scorer counts every error by kind, so unread sets still say where they lose."""

import json
from pathlib import Path

import pytest

from geomap.relations import score_relations


def _deployment(actor: str, host: str, status: str = "realised") -> dict:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [0.0, 0.0]},
        "properties": {
            "kind": "deployment", "actor_country": actor, "host_country": host,
            "troops": None, "status": status, "place": host,
        },
    }  # fmt: skip


def _link(a: str, b: str, relation: str, status: str = "realised", **extra) -> dict:
    return {
        "type": "Feature",
        "geometry": None,
        "properties": {
            "kind": "link", "source_country": a, "target_country": b,
            "relation": relation, "status": status, **extra,
        },
    }  # fmt: skip


def test_deployment_errors_are_counted_by_kind():
    gold = {
        "id": "d",
        "deployments": [
            {"actor": "US", "host": "JP"}, {"actor": "US", "host": "JP"},
            {"actor": "FR", "host": "DJ"}, {"actor": "CN", "host": "DJ"},
            {"actor": "RU", "host": "SY"}, {"actor": "TR", "host": "QA"},
        ],
    }  # fmt: skip
    features = [
        _deployment("US", "JP"),  # one of two gold sites
        _deployment("FR", "DJ"), _deployment("FR", "DJ"),  # a site too many
        _deployment("CN", "ER"),  # the right actor in another host
        _deployment("IT", "DJ"),  # another actor in a gold host
        _deployment("RU", "SY", status="negated"),  # read as negated
        _deployment("GB", "CY"),  # nothing of the kind in the gold
    ]
    kinds = score_relations(gold, features).kinds
    assert kinds == {
        "missed deployment: a site fewer than the gold": 1,
        "false deployment: another site of a gold pair": 1,
        "missed deployment: its actor placed in another host": 1,
        "false deployment: right actor, wrong host": 1,
        "false deployment: right host, wrong actor": 1,
        "missed deployment output as negated": 1,
        "missed deployment: nothing for its actor or host": 1,
        "false deployment: neither actor nor host in the gold": 1,
    }


def test_link_errors_are_counted_by_relation_and_cause():
    gold = {"id": "l", "links": [["TH", "JP"], ["TH", "CN"], ["LA", "VN"]]}
    features = [
        _link("JP", "TH", "agreement"),
        _link("TH", "CN", "meeting", status="refused"),
        _link("US", "PH", "arms"), _link("US", "PH", "joint_exercise"),
        _link("KR", "AU", "summit", found_by="model"),
    ]  # fmt: skip
    kinds = score_relations(gold, features).kinds
    assert kinds == {
        "missed link output as refused": 1,
        "missed link: nothing": 1,
        "false link: arms, joint_exercise": 1,
        "false link added by the model": 1,
    }


def test_evaluate_prints_error_kinds_without_text(run_cli, tmp_path):
    text = "About 10,000 American troops are stationed in Poland, the Pentagon said."
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "x", "lang": "en", "text": text, "places": []}) + "\n")
    result = run_cli("evaluate", "--error-kinds", str(gold))
    assert result.returncode == 0, result.stderr
    assert "relation errors by kind, overall:" in result.stdout
    assert "1  false deployment: neither actor nor host in the gold" in result.stdout
    assert "Pentagon" not in result.stdout
    report = json.loads(run_cli("evaluate", "--json", str(gold)).stdout)
    kinds = report["relations"]["overall"]["error_kinds"]
    assert kinds == {"false deployment: neither actor nor host in the gold": 1}


def test_an_overlay_scores_its_own_relation_layer_on_a_text_kept_elsewhere(run_cli, tmp_path):
    text = "About 10,000 American troops are stationed in Poland, the Pentagon said."
    gold = tmp_path / "corpus.jsonl"
    gold.write_text(
        json.dumps({"id": "x", "lang": "en", "text": text, "places": []}) + "\n"
        + json.dumps({"id": "y", "lang": "en", "text": "Nothing here.", "places": []}) + "\n"
    )  # fmt: skip
    overlay = tmp_path / "relations.jsonl"
    deployment = {"actor": "US", "host": "PL", "troops": 10000}
    layer = {"id": "x", "links": [], "deployments": [deployment]}
    overlay.write_text(json.dumps(layer) + "\n")
    report = json.loads(run_cli("evaluate", "--json", "--overlay", str(overlay), str(gold)).stdout)
    assert report["documents"] == 1
    deployments = report["relations"]["overall"]["deployments"]
    assert deployments["f1"] == 1.0 and deployments["troops_accuracy"] == 1.0

    overlay.write_text(json.dumps({**layer, "id": "z"}) + "\n")
    result = run_cli("evaluate", "--overlay", str(overlay), str(gold))
    assert result.returncode != 0
    assert "names document 'z', which no gold file holds" in result.stderr


ROOT = Path(__file__).resolve().parents[2]
PEER_TEXTS = ROOT.parent / "shared" / "eval" / "peer" / "geovirus_gold.jsonl"
PEER_RELATIONS = ROOT / "eval" / "gold" / "peer" / "geovirus_relations.jsonl"


@pytest.mark.skipif(not PEER_TEXTS.exists(), reason="shared/ is not beside the checkout")
def test_the_real_news_relation_layer_fits_its_corpus(gazetteer):
    texts = [json.loads(line)["id"] for line in PEER_TEXTS.read_text().splitlines()]
    layer = [json.loads(line) for line in PEER_RELATIONS.read_text().splitlines()]
    assert [entry["id"] for entry in layer] == texts
    for entry in layer:
        pairs = entry["links"] + entry["allowed_links"]
        pairs += [[d["actor"], d["host"]] for d in entry["deployments"]]
        for pair in pairs:
            assert len(set(pair)) == 2 and all(gazetteer.country(code) for code in pair), entry
