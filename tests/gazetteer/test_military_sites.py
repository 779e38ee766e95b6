"""Military bases and deployment towns: where deployment extraction places forces."""

import pytest

from geomap.gazetteer import haversine_km


@pytest.mark.parametrize(
    ("name", "country", "lat", "lon"),
    [
        ("Rukla", "LT", 55.03, 24.38),
        ("Lombrum", "PG", -2.04, 147.37),
        ("Port-Bouët", "CI", 5.26, -3.93),
        ("Naqoura", "LB", 33.11, 35.13),
        ("Fort Magsaysay", "PH", 15.45, 121.09),
        ("ฐานทัพอากาศโคราช", "TH", 14.93, 102.08),
        ("ค่ายสมเด็จพระนารายณ์มหาราช", "TH", 14.80, 100.64),
    ],
)
def test_bases_the_news_names_are_sites_where_they_stand(gazetteer, name, country, lat, lon):
    sites = [p for p, _ in gazetteer.lookup(name) if p.feature_type == "site"]
    assert sites, name
    assert sites[0].country_code == country
    assert haversine_km(sites[0].lat, sites[0].lon, lat, lon) < 5


@pytest.mark.parametrize(
    ("thai", "english", "country"),
    [("อากาเดซ", "Agadez", "NE"), ("วาอู", "Wau", "SS"), ("เดียร์ เอซ-ซอร์", "Deir ez-Zor", "SY")],
)
def test_thai_spellings_of_deployment_towns_name_the_towns(gazetteer, thai, english, country):
    towns = [p for p, _ in gazetteer.lookup(thai) if p.feature_type == "city"]
    assert [(p.name, p.country_code) for p in towns] == [(english, country)]
