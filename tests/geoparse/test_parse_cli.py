"""The `geomap parse` output contract, through the real command line."""

import json
from pathlib import Path

import pytest

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def test_geojson_is_one_feature_collection_with_valid_offsets(run_cli):
    result = run_cli("parse", "--format", "geojson", *map(str, SEEDS))
    assert result.returncode == 0, result.stderr
    collection = json.loads(result.stdout)
    assert collection["type"] == "FeatureCollection"
    texts = {str(path): path.read_text(encoding="utf-8") for path in SEEDS}
    kinds = set()
    for feature in collection["features"]:
        props = feature["properties"]
        kinds.add(props["kind"])
        if props["kind"] in ("link", "deployment"):
            continue  # their contract: tests/relations/test_cli.py
        for key in ("feature_type", "name", "name_th", "country_code", "geonameid", "confidence"):
            assert key in props
        assert 0 < props["confidence"] <= 1
        text = texts[props["document"]]
        for mention in props["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]
            assert mention["text"] in mention["sentence"]
        if props["feature_type"] in ("country", "admin1", "region", "water"):
            assert len(feature["bbox"]) == 4
        if props["kind"] == "border":
            assert feature["geometry"]["type"] in ("LineString", "MultiLineString")
        else:
            assert feature["geometry"]["type"] == "Point"
    assert kinds == {"place", "border", "link", "deployment"}


def test_jsonl_is_one_collection_per_file_in_order(run_cli):
    result = run_cli("parse", "--format", "jsonl", str(SEEDS[1]), str(SEEDS[0]))
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    borders = [f for f in first["features"] if f["properties"]["kind"] == "border"]
    assert borders, "the second seed names the Tajik-Afghan border"


def test_stdin_and_language_flag(run_cli):
    result = run_cli("parse", "--lang", "en", "-", input="Floods hit Chiang Mai and Bangkok.")
    names = {f["properties"]["name"] for f in json.loads(result.stdout)["features"]}
    assert {"Chiang Mai", "Bangkok"} <= names


def test_offsets_are_code_points_of_the_text_as_read(run_cli):
    text = "🙂 ข่าวจากกรุงเทพฯ\r\nและมอสโก"
    collection = json.loads(run_cli("parse", input=text).stdout)
    for feature in collection["features"]:
        for mention in feature["properties"]["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"\xff\xfe\x00\x00bad", "not UTF-8"), (b"abc\x00def", "binary")],
)
def test_bad_files_are_refused_with_a_reason(run_cli, tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run_cli("parse", str(path))
    assert result.returncode == 1 and message in result.stderr and str(path) in result.stderr


def test_missing_file_is_a_usage_error(run_cli, tmp_path):
    result = run_cli("parse", str(tmp_path / "nope.txt"))
    assert result.returncode == 2 and "does not exist" in result.stderr
