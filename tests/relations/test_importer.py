"""Users' relation files: every kind of bad row rejects the file; good files join."""

import json
from pathlib import Path

import pytest

from geomap.relations import RelationFileError, merge_relations, read_relations_file
from geomap.relations.importer import MAX_ROWS

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
HEADER = "source,target,type,date,troops,amount,currency,status,place,note,url\n"
GOOD_ROW = "Russia,Cuba,agreement,2016-12,,,,,,,\n"


def _problems(gazetteer, data: bytes, filename: str = "relations.csv"):
    with pytest.raises(RelationFileError) as caught:
        read_relations_file(data, filename, gazetteer)
    return caught.value.problems


@pytest.mark.parametrize("name", ["relations.csv", "relations.json", "relations.geojson"])
def test_the_example_files_import(gazetteer, name):
    features = read_relations_file((EXAMPLES / name).read_bytes(), name, gazetteer)
    kinds = {f["properties"]["kind"] for f in features}
    assert kinds == {"link", "deployment"}
    first = features[0]["properties"]
    assert (first["source_country"], first["target_country"]) == ("RU", "CU")  # Thai names
    assert first["evidence"][0]["kind"] == "import" and first["evidence"][0]["line"] > 1


def test_the_three_formats_say_the_same(gazetteer):
    def signature(name):
        features = read_relations_file((EXAMPLES / name).read_bytes(), name, gazetteer)
        return [{k: v for k, v in f["properties"].items() if k != "evidence"} for f in features]

    assert signature("relations.csv") == signature("relations.json")
    assert signature("relations.csv") == signature("relations.geojson")


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("Narnialand,Cuba,agreement,2016,,,,,,,\n", "unknown country or place in source"),
        (",Cuba,agreement,2016,,,,,,,\n", "missing source"),
        ("Russia,Cuba,,2016,,,,,,,\n", "missing type"),
        ("Russia,Cuba,friendship,2016,,,,,,,\n", "unknown type"),
        ("Russia,Cuba,agreement,2016-13-40,,,,,,,\n", "bad date"),
        ("Russia,Cuba,agreement,sometime,,,,,,,\n", "bad date"),
        ("RU,CU,base,2019,many,,,,,,\n", "bad number in troops"),
        ("RU,CU,base,2019,-5,,,,,,\n", "bad number in troops"),
        ("Russia,Cuba,aid,2019,,lots,EUR,,,,\n", "bad number in amount"),
        ("Russia,Cuba,aid,2019,,38000000,,,,,\n", "needs a currency"),
        ("Russia,Cuba,agreement,2016,,,,maybe,,,\n", "unknown status"),
        ("Russia,Cuba,agreement,2016,,,,,,,ftp://x.org/a\n", "not an http(s) address"),
        ("Russia,Russia,agreement,2016,,,,,,,\n", "the same country"),
        ("Russia,Cuba,agreement,2016,500,,,,,,\n", "troops are given only for deployments"),
        ("Russia,Cuba,agreement,2016,,,,,,,,extra\n", "more fields than the header"),
    ],
)
def test_each_kind_of_bad_row_is_reported_with_its_line(gazetteer, row, reason):
    data = (HEADER + GOOD_ROW + row + GOOD_ROW).encode()
    problems = _problems(gazetteer, data)
    assert len(problems) == 1
    line, message = problems[0]
    assert line == 3 and reason in message


def test_every_bad_row_is_listed_and_nothing_is_returned(gazetteer):
    data = (HEADER + "Narnialand,Cuba,agreement,,,,,,,,\n" + GOOD_ROW + "RU,CU,nope,,,,,,,,\n")
    problems = _problems(gazetteer, data.encode())
    assert [line for line, _ in problems] == [2, 4]


@pytest.mark.parametrize(
    ("data", "filename", "reason"),
    [
        (b"\xff\xfe\x00s\x00o", "r.csv", "not UTF-8"),
        (b"source,target\nRU,CU\n", "r.csv", "missing column(s): type"),
        (b"source,target,type,colour\nRU,CU,aid,red\n", "r.csv", "unknown column(s): colour"),
        (b'{"source": "RU"}', "r.json", "expected a JSON list"),
        (b'[{"source": "RU", "target": "CU", "type": "aid",', "r.json", "not valid JSON"),
        (b'{"type": "FeatureCollection", "features": [{"type": "Point"}]}', "r.geojson",
         "not a GeoJSON Feature"),
        (b"<xml/>", "r.xlsx", "unknown format"),
        (HEADER.encode(), "r.csv", "no rows"),
    ],
)
def test_files_of_the_wrong_shape_are_rejected(gazetteer, data, filename, reason):
    problems = _problems(gazetteer, data, filename)
    assert any(reason in message for _, message in problems), problems


def test_too_many_rows_are_rejected(gazetteer):
    data = (HEADER + GOOD_ROW * (MAX_ROWS + 1)).encode()
    problems = _problems(gazetteer, data)
    assert "limit" in problems[0][1]


def test_json_rows_are_reported_on_their_own_lines(gazetteer):
    rows = [
        {"source": "Russia", "target": "Cuba", "type": "agreement"},
        {"source": "Russia", "target": "Narnialand", "type": "agreement"},
    ]
    data = json.dumps(rows, indent=2).encode()
    problems = _problems(gazetteer, data, "r.json")
    assert problems == [(7, "unknown country or place in target: 'Narnialand'")]


def test_an_imported_row_joins_the_relation_extracted_from_text(gazetteer, pipeline):
    text = "ข้อตกลงความร่วมมือทางทหารได้มีการลงนามระหว่างรัสเซียและคิวบาในเดือนธันวาคม 2016"
    extracted = [
        f for f in pipeline.analyse(text).collection["features"]
        if f["properties"]["kind"] == "link"
    ]  # fmt: skip
    (link,) = extracted
    row = f"คิวบา,รัสเซีย,{link['properties']['relation']},ธ.ค. 2559,,,,,,From our desk,\n"
    imported = read_relations_file((HEADER + row).encode(), "desk.csv", gazetteer)
    (joined,) = merge_relations(extracted + imported)
    kinds = [e["kind"] for e in joined["properties"]["evidence"]]
    assert kinds == ["text", "import"]
    assert joined["properties"]["date"] == "2016-12"
