"""The `geomap geocode` contract, driven through the real command line."""

import json

import pytest


def geocode(run_cli, *args):
    result = run_cli("geocode", "--format", "json", *args)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    for row in rows:
        assert {"name", "name_th", "country_code", "feature_type", "lat", "lon", "geonameid",
                "score"} <= row.keys()  # fmt: skip
    return rows


@pytest.mark.parametrize(
    ("query", "name", "country", "feature_type"),
    [
        ("ฮาวาน่า", "Havana", "CU", "city"),
        ("Delhi", "Delhi", "IN", "city"),
        ("Lourdes", "Lourdes", "FR", "city"),
        ("จอร์เจีย", "Georgia", "GE", "country"),
    ],
)
def test_contract_examples_come_out_first(run_cli, query, name, country, feature_type):
    best = geocode(run_cli, query)[0]
    assert (best["name"], best["country_code"], best["feature_type"]) == (
        name,
        country,
        feature_type,
    )


def test_country_bias_picks_the_lourdes_signals_station(run_cli):
    best = geocode(run_cli, "--country", "CU", "Lourdes")[0]
    assert best["feature_type"] == "site" and best["country_code"] == "CU"
    assert abs(best["lat"] - 22.97) < 0.2 and abs(best["lon"] + 82.47) < 0.2


def test_hyderabad_house_is_the_building_in_new_delhi(run_cli):
    best = geocode(run_cli, "ทำเนียบไฮเดอราบาด")[0]
    assert best["feature_type"] == "site" and best["country_code"] == "IN"
    assert abs(best["lat"] - 28.61) < 0.1


def test_border_phrase_resolves_to_the_border_line(run_cli):
    best = geocode(run_cli, "ชายแดนทาจิกิสถานกับอัฟกานิสถาน")[0]
    assert best["feature_type"] == "border"
    english = geocode(run_cli, "Tajik-Afghan border")[0]
    assert english["feature_type"] == "border" and english["name"] == best["name"]


def test_limit_and_text_format(run_cli):
    assert len(geocode(run_cli, "--limit", "2", "Springfield")) == 2
    text = run_cli("geocode", "--format", "text", "Moscow")
    assert text.returncode == 0 and text.stdout.startswith("1. Moscow, RU [city]")


def test_bad_input_is_refused_clearly(run_cli):
    bad_country = run_cli("geocode", "--country", "CUBA", "Havana")
    assert bad_country.returncode == 2 and "alpha-2" in bad_country.stderr
    nothing = run_cli("geocode", "--format", "text", "qqqqqqqqqqzzzz")
    assert nothing.returncode == 1 and "no place found" in nothing.stderr


def test_missing_gazetteer_says_how_to_build_it(run_cli, tmp_path):
    result = run_cli("geocode", "Havana", env={"GEOMAP_GAZETTEER": str(tmp_path / "none.db")})
    assert result.returncode == 1 and "geomap gazetteer build" in result.stderr
