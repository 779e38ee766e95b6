"""A real SQLite store holding the seed corpus plus an imported Vladivostok-Anchorage link
(whose great circle crosses the antimeridian), and the RFC 7946 schema to check against."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from geomap.pipeline import Pipeline
from geomap.relations import read_relations_file
from geomap.storage import Store, ingest_paths

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parents[1] / "seeds"
PACIFIC_CSV = b"source,target,type,date\nVladivostok,Anchorage,agreement,2015-06\n"


@pytest.fixture(scope="session")
def rfc7946() -> Draft202012Validator:
    schema = json.loads((HERE / "rfc7946.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@pytest.fixture(scope="session")
def export_data_dir(tmp_path_factory, gazetteer) -> Path:
    data_dir = tmp_path_factory.mktemp("export-data")
    store = Store.open(data_dir)
    report = ingest_paths(store, Pipeline(gazetteer), [SEEDS])
    assert not report.failed, report.failed
    features = read_relations_file(PACIFIC_CSV, "pacific.csv", gazetteer)
    store.add_import("pacific.csv", PACIFIC_CSV, features)
    store.close()
    return data_dir


@pytest.fixture(scope="session")
def store(export_data_dir: Path) -> Store:
    opened = Store.open(export_data_dir)
    yield opened
    opened.close()
