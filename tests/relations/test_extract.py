"""Links and deployments from text, through the real parser and gazetteer."""

import json
from pathlib import Path

import pytest

from geomap.relations import score_relations

ROOT = Path(__file__).resolve().parents[2]
SEEDS_GOLD = ROOT.parent / "shared" / "eval" / "seeds_gold.jsonl"


def _pairs(links, status=None):
    return {
        frozenset((f["properties"]["source_country"], f["properties"]["target_country"]))
        for f in links
        if status is None or f["properties"]["status"] == status
    }


def test_a_signed_agreement_is_a_dated_link_with_evidence(relations_of):
    text = "ญี่ปุ่นและไทยลงนามความตกลงว่าด้วยความร่วมมือด้านกลาโหมเมื่อวันที่ 5 ธ.ค. 2559"
    links, deployments = relations_of(text)
    assert deployments == []
    (link,) = links
    props = link["properties"]
    assert {props["source_country"], props["target_country"]} == {"JP", "TH"}
    assert props["status"] == "realised" and props["date"] == "2016-12-05"
    assert props["cameo"] and 0 < props["confidence"] <= 1
    evidence = props["evidence"][0]
    assert text[evidence["start"] : evidence["end"]] == evidence["sentence"]
    assert link["geometry"]["type"] == "LineString"  # Tokyo to Bangkok


def test_credit_carries_its_amount_and_currency(relations_of):
    links, _ = relations_of("รัสเซียและคิวบาได้ลงนามในข้อตกลง โดยคิวบาได้รับเครดิต 38 ล้านยูโรจากรัสเซีย")
    amounts = {(f["properties"].get("amount"), f["properties"].get("currency")) for f in links}
    assert (38_000_000, "EUR") in amounts


def test_declining_to_attend_is_a_refused_link_not_cooperation(relations_of):
    links, _ = relations_of(
        "Georgia, Moldova and Turkmenistan declined to attend the meeting with Russia."
    )
    assert links and {f["properties"]["status"] for f in links} == {"refused"}


def test_sanctions_and_hostility_are_not_links(relations_of):
    links, _ = relations_of("The United States imposed new sanctions on Russia and Iran.")
    assert links == []
    links, _ = relations_of("จีนประณามการฝึกร่วมของฟิลิปปินส์ ขณะที่เรือจีนฉีดปืนใหญ่น้ำใส่เรือฟิลิปปินส์")
    assert frozenset(("CN", "PH")) not in _pairs(links)


def test_a_planned_base_is_a_planned_deployment(relations_of):
    _, deployments = relations_of(
        "Russia plans to open a new naval base in Port Sudan, the Sudanese government said."
    )
    (deployment,) = deployments
    props = deployment["properties"]
    assert (props["actor_country"], props["host_country"]) == ("RU", "SD")
    assert props["status"] == "planned" and props["relation"] == "base"
    lon, lat = deployment["geometry"]["coordinates"]
    assert abs(lat - 19.6) < 0.5 and abs(lon - 37.2) < 0.5


def test_a_requested_withdrawal_keeps_its_troops_and_border(relations_of):
    for text in (
        "รัฐบาลทาจิกิสถานได้ขอร้องรัสเซียเพื่อให้เริ่มถอนทหาร 20,000 นายจากชายแดนทาจิกิสถานกับอัฟกานิสถาน",
        "Tajikistan asked Russia to withdraw about 20,000 troops from the Tajik-Afghan border.",
    ):
        _, deployments = relations_of(text)
        (deployment,) = deployments
        props = deployment["properties"]
        assert (props["actor_country"], props["host_country"]) == ("RU", "TJ")
        assert props["troops"] == 20_000
        assert (props["relation"], props["status"]) == ("withdrawal", "requested")
        lon, lat = deployment["geometry"]["coordinates"]  # on the Tajik-Afghan border
        assert 36.5 < lat < 38.5 and 67 < lon < 75


def test_troops_by_demonym_are_a_deployment(relations_of):
    _, deployments = relations_of(
        "About 10,000 American troops are stationed in Poland, the Pentagon said."
    )
    (deployment,) = deployments
    props = deployment["properties"]
    assert (props["actor_country"], props["host_country"], props["troops"]) == ("US", "PL", 10_000)



@pytest.mark.skipif(not SEEDS_GOLD.exists(), reason="shared/ is not beside the checkout")
def test_seeds_give_the_gold_links_and_deployments(pipeline):
    for line in SEEDS_GOLD.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        text = (ROOT / doc["file"]).read_text(encoding="utf-8")
        assert text == doc["text"]
        features = pipeline.analyse(text, doc["lang"]).collection["features"]
        tally = score_relations(doc, features)
        assert tally.link_matched == tally.link_gold == tally.link_predicted, tally.errors
        assert tally.deployment_matched == tally.deployment_gold, tally.errors
        assert tally.troops_right == tally.deployment_gold, tally.errors
        statuses = {
            (p["actor_country"], p["host_country"]): p["status"]
            for f in features
            if (p := f["properties"])["kind"] == "deployment"
        }
        if doc["id"].startswith("000"):
            assert statuses[("RU", "CU")] == "planned"  # Lourdes will reopen
        else:
            assert statuses[("RU", "TJ")] == "requested"  # Tajikistan asked for a withdrawal
