"""Links and deployments through the real command line."""

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SEEDS_GOLD = ROOT.parent / "shared" / "eval" / "seeds_gold.jsonl"


def test_parse_output_holds_links_and_deployments_in_the_contract(run_cli):
    result = run_cli("parse", "--format", "geojson", *map(str, SEEDS))
    assert result.returncode == 0, result.stderr
    features = json.loads(result.stdout)["features"]
    texts = {str(path): path.read_text(encoding="utf-8") for path in SEEDS}
    links = [f for f in features if f["properties"]["kind"] == "link"]
    deployments = [f for f in features if f["properties"]["kind"] == "deployment"]
    assert links and deployments
    for feature in links:
        props = feature["properties"]
        for key in ("source_country", "target_country", "source", "target", "relation",
                    "cameo", "status", "date", "evidence", "confidence"):  # fmt: skip
            assert key in props
        assert len(props["source_country"]) == 2 and len(props["target_country"]) == 2
        assert feature["geometry"]["type"] in ("LineString", "MultiLineString")
    for feature in deployments:
        props = feature["properties"]
        for key in ("actor_country", "host_country", "troops", "status", "date", "evidence",
                    "confidence"):  # fmt: skip
            assert key in props
        assert feature["geometry"]["type"] == "Point"
    for feature in links + deployments:
        props = feature["properties"]
        assert props["status"] in ("realised", "planned", "requested", "refused", "negated")
        assert 0 < props["confidence"] <= 1
        for evidence in props["evidence"]:
            text = texts[props["document"]]
            assert text[evidence["start"] : evidence["end"]] == evidence["sentence"]
    credit = [f for f in links if f["properties"].get("currency") == "EUR"]
    assert credit and credit[0]["properties"]["amount"] == 38_000_000
    border = [f for f in deployments if f["properties"]["host_country"] == "TJ"]
    assert border and border[0]["properties"]["troops"] == 20_000


def test_summary_lists_links_and_deployments(run_cli):
    result = run_cli("parse", "--format", "summary", str(SEEDS[1]))
    assert result.returncode == 0, result.stderr
    assert "link CN-IN summit" in result.stdout or "link IN-CN summit" in result.stdout
    assert "deployment RU in TJ" in result.stdout and "20,000 troops" in result.stdout


@pytest.mark.skipif(not SEEDS_GOLD.exists(), reason="shared/ is not beside the checkout")
def test_evaluate_reports_links_and_deployments(run_cli):
    result = run_cli("evaluate", "--json", str(SEEDS_GOLD))
    assert result.returncode == 0, result.stderr
    relations = json.loads(result.stdout)["relations"]
    assert relations["overall"]["links"]["f1"] >= 0.9
    assert relations["overall"]["deployments"]["f1"] >= 0.9
    assert relations["overall"]["deployments"]["troops_accuracy"] == 1.0
    table = run_cli("evaluate", str(SEEDS_GOLD)).stdout
    assert "links" in table and "deploy" in table


def test_import_dry_run_validates_and_joins(run_cli):
    result = run_cli("relations", "import", "--dry-run", str(ROOT / "examples" / "relations.csv"))
    assert result.returncode == 0, result.stderr
    assert "12 rows valid" in result.stdout and "nothing stored" in result.stdout
    result = run_cli(
        "relations", "import", "--dry-run", "--format", "geojson",
        str(ROOT / "examples" / "relations.geojson"),
    )  # fmt: skip
    collection = json.loads(result.stdout)
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == 12


def test_import_of_a_bad_file_fails_with_every_line(run_cli, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(
        "source,target,type,date\nNarnialand,Cuba,aid,2019\nRussia,Cuba,aid,2019-14\n",
        encoding="utf-8",
    )
    result = run_cli("relations", "import", "--dry-run", str(path))
    assert result.returncode == 1
    assert "line 2: unknown country" in result.stderr and "line 3: bad date" in result.stderr


def test_import_stores_once_and_joins_extracted_relations(run_cli, tmp_path):
    from geomap.storage import Store

    data_dir = tmp_path / "data"
    ingest = run_cli("ingest", "--data-dir", str(data_dir), str(ROOT / "seeds"))
    assert ingest.returncode == 0, ingest.stderr
    store = Store(f"sqlite:///{data_dir / 'geomap.sqlite'}")
    extracted = len(store.corpus_features({"kind": "link"}))
    example = str(ROOT / "examples" / "relations.csv")

    result = run_cli("relations", "import", "--data-dir", str(data_dir), example)
    assert result.returncode == 0, result.stderr
    assert "12 rows (8 links, 4 deployments) imported as import 1" in result.stdout
    revision = store.revision()
    again = run_cli("relations", "import", "--data-dir", str(data_dir), example)
    assert "already imported as import 1" in again.stdout
    assert store.revision() == revision and len(store.imports()) == 1

    links = store.corpus_features({"kind": "link"})
    # the seed text says Georgia refused to meet Turkmenistan in February 2006; so does a row
    [joined] = [
        f for f in links
        if {f["properties"]["source_country"], f["properties"]["target_country"]} == {"GE", "TM"}
    ]  # fmt: skip
    evidence = joined["properties"]["evidence"]
    assert any(e.get("document_id") and e["sentence"] for e in evidence)  # from the seed
    assert joined["properties"]["sources"] == 2
    imported = next(e for e in evidence if e.get("kind") == "import")
    assert imported["sentence"] == "Declined to send representatives"
    assert imported["document_title"] == "relations.csv, line 13"
    assert extracted < len(links) + 1 <= extracted + 8  # at least one row joined, none lost

    bad = tmp_path / "bad.csv"
    bad.write_text("source,target,type\nRussia,Cuba,aid\nRussia,Narnialand,aid\n", "utf-8")
    refused = run_cli("relations", "import", "--data-dir", str(data_dir), str(bad))
    assert refused.returncode == 1 and "line 3: unknown country" in refused.stderr
    assert store.revision() == revision and len(store.imports()) == 1
    store.close()
