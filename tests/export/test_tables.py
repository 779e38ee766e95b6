"""Links and deployments as CSV: the columns spreadsheets get, one row per relation, values
that match the GeoJSON, and no cell a spreadsheet would run as a formula."""

from __future__ import annotations

import csv
import io
import json

import pytest

from geomap.export import csv_columns, export_corpus, relations_csv

LINK_COLUMNS = [
    "id",
    "document_id",
    "document_title",
    "document_date",
    "source_country",
    "target_country",
    "source",
    "target",
    "relation",
    "cameo",
    "status",
    "date",
    "amount",
    "currency",
    "confidence",
    "source_lon",
    "source_lat",
    "target_lon",
    "target_lat",
    "evidence",
]
DEPLOYMENT_COLUMNS = [
    "id",
    "document_id",
    "document_title",
    "document_date",
    "actor_country",
    "host_country",
    "actor",
    "place",
    "relation",
    "troops",
    "status",
    "date",
    "confidence",
    "lon",
    "lat",
    "evidence",
]


def rows(text: str) -> list[dict]:
    assert text.startswith("\ufeff")  # spreadsheets then read the Thai text as UTF-8
    return list(csv.DictReader(io.StringIO(text[1:], newline="")))


@pytest.mark.parametrize(
    ("fmt", "kind", "columns"),
    [("links.csv", "link", LINK_COLUMNS), ("deployments.csv", "deployment", DEPLOYMENT_COLUMNS)],
)
def test_csv_rows_match_the_geojson(store, fmt, kind, columns):
    assert csv_columns(kind) == columns
    made = export_corpus(store, fmt=fmt)
    table = rows(made.text)
    assert list(table[0]) == columns
    features = json.loads(export_corpus(store, {"kind": kind}).text)["features"]
    assert made.count == len(table) == len(features) > 0
    by_id = {f["id"]: f for f in features}
    for row in table:
        feature = by_id[row["id"]]
        properties = feature["properties"]
        assert row["status"] == (properties.get("status") or "")
        assert row["document_id"] == str(properties.get("document_id") or "")
        first = feature["geometry"]["coordinates"]
        if kind == "link":
            while isinstance(first[0], list):
                first = first[0]
            assert float(row["source_lon"]) == pytest.approx(first[0], abs=1e-5)
            assert row["source_country"] == properties["source_country"]
        else:
            assert float(row["lon"]) == pytest.approx(first[0], abs=1e-5)
            assert row["host_country"] == properties["host_country"]
        if properties.get("evidence") and properties["evidence"][0].get("sentence"):
            assert properties["evidence"][0]["sentence"] in row["evidence"]


def test_formulas_are_defused():
    feature = {
        "type": "Feature",
        "id": "link-1",
        "geometry": {"type": "LineString", "coordinates": [[100.5, 13.75], [104.9, 11.55]]},
        "properties": {
            "kind": "link",
            "source": '=HYPERLINK("http://evil.example","x")',
            "target": "@SUM(A1)",
            "relation": "aid",
            "amount": -5,
            "evidence": [{"sentence": "+1 said the minister"}],
        },
    }
    (row,) = rows(relations_csv([feature], "link"))
    assert row["source"] == "'" + feature["properties"]["source"]
    assert row["target"] == "'@SUM(A1)"
    assert row["evidence"] == "'+1 said the minister"
    assert row["amount"] == "-5"  # numbers stay numbers
    assert row["source_lon"] == "100.5" and row["target_lat"] == "11.55"
    with pytest.raises(ValueError, match="link or deployment"):
        relations_csv([feature], "place")
