"""What the built store must hold."""

import pycountry


def test_every_iso_country_has_english_and_thai_names_and_a_shape(gazetteer):
    codes = set(gazetteer.country_codes())
    assert codes >= {c.alpha_2 for c in pycountry.countries}
    for code in ("TH", "RU", "CU", "US", "TJ", "AF"):
        country = gazetteer.country(code)
        assert country.name and country.name_th
        assert gazetteer.country_shape(code) is not None
        assert gazetteer.capital(code) is not None
        _, south, _, north = country.bbox
        assert south < country.lat < north


def test_thai_news_spellings_of_countries_resolve(gazetteer):
    for spelling, code in [
        ("สหรัฐ", "US"),
        ("สหรัฐฯ", "US"),
        ("สหรัฐอเมริกา", "US"),
        ("อาร์เมเนีย", "AM"),
        ("อาร์มีเนีย", "AM"),
    ]:
        kinds = {(p.feature_type, p.country_code) for p, _ in gazetteer.lookup(spelling)}
        assert ("country", code) in kinds, spelling


def test_russia_bbox_crosses_the_antimeridian(gazetteer):
    west, _, east, _ = gazetteer.country("RU").bbox
    assert west > east


def test_admin1_regions_of_many_countries(gazetteer):
    wanted = {"Ingushetia": "RU", "Telangana": "IN", "Amur Oblast": "RU", "Chiang Mai": "TH"}
    for name, code in wanted.items():
        found = [p for p, _ in gazetteer.lookup(name) if p.feature_type == "admin1"]
        assert any(p.country_code == code for p in found), name
    crimea = [p for p, _ in gazetteer.lookup("Crimea") if p.feature_type in ("admin1", "region")]
    assert crimea


def test_cities_come_with_alternate_names_population_and_admin1(gazetteer):
    havana = [p for p, _ in gazetteer.lookup("La Habana") if p.feature_type == "city"]
    best = max(havana, key=lambda p: p.population)
    assert best.country_code == "CU" and best.population > 1_000_000 and best.admin1


def test_named_sites_and_regions_are_in_the_store(gazetteer):
    sites = [p for p, _ in gazetteer.lookup("ทำเนียบไฮเดอราบาด") if p.feature_type == "site"]
    assert sites and sites[0].country_code == "IN"
    regions = [p for p, _ in gazetteer.lookup("เอเชียกลาง")]
    assert any(p.feature_type == "region" for p in regions)
    water = [p for p, _ in gazetteer.lookup("Black Sea")]
    assert any(p.feature_type == "water" for p in water)


def test_borders_are_the_shared_boundary_of_two_countries(gazetteer):
    border = gazetteer.border("TJ", "AF")
    assert border is not None and border.feature_type == "border"
    geometry = gazetteer.geometry(border)
    assert geometry["type"] in ("LineString", "MultiLineString")
    assert 35 < border.lat < 39.5 and 66 < border.lon < 75.5


def test_lookup_many_agrees_with_lookup(gazetteer):
    names = ["Havana", "ฮาวานา", "Nowhere-in-particular-xyz", "Black Sea", ""]
    batch = gazetteer.lookup_many(names)
    assert set(batch) == set(names)
    for name in names:
        alone = gazetteer.lookup(name)
        assert sorted(p.id for p, _ in batch[name]) == sorted(p.id for p, _ in alone)
    assert batch["Havana"] and not batch["Nowhere-in-particular-xyz"] and not batch[""]


def test_sound_alike_index_is_pickled_beside_the_store_and_reused(gazetteer_path, tmp_path):
    import shutil

    from geomap.gazetteer import Gazetteer
    from geomap.text import phonetic_of

    store = tmp_path / "gazetteer.sqlite"
    shutil.copy(gazetteer_path, store)
    first = Gazetteer(store).sounds_like(phonetic_of("Havana"), limit=3)
    cached = list(tmp_path.glob("gazetteer.sqlite.phonetic-*.pickle"))
    assert len(cached) == 1 and Gazetteer(store).meta()["fingerprint"] in cached[0].name
    again = Gazetteer(store).sounds_like(phonetic_of("Havana"), limit=3)
    assert [p.id for p, _ in again] == [p.id for p, _ in first] and first


def test_us_counties_lie_among_their_own_towns(gazetteer):
    from geomap.gazetteer import haversine_km

    expected = {  # county seat or middle, state
        "Knott County": (37.35, -82.95, "US-KY"),
        "Hays County": (30.06, -98.03, "US-TX"),
        "Sonoma County": (38.52, -122.92, "US-CA"),
        "Orleans Parish": (29.95, -90.07, "US-LA"),
    }
    for name, (lat, lon, state) in expected.items():
        counties = [p for p, q in gazetteer.lookup(name) if q == 0 and p.subtype == "county"]
        county = next(p for p in counties if p.admin1 == state)
        assert county.feature_type == "region" and county.country_code == "US"
        assert haversine_km(lat, lon, county.lat, county.lon) < 40, name


def test_a_small_towns_respellings_are_its_own_names(gazetteer):
    """Mokha and Marib are how the press spells GeoNames' Mocha and Ma'rib."""
    for spelling, name in (("Mokha", "Mocha"), ("Marib", "Ma'rib"), ("Bint Jbeil", "Bent Jbaïl")):
        assert any(p.name == name and q == 0 for p, q in gazetteer.lookup(spelling)), spelling
    assert not any(p.name == "Kiel" and q == 0 for p, q in gazetteer.lookup("Kyle"))


def test_kosovo_is_a_country_though_iso_leaves_it_a_user_assigned_code(gazetteer):
    kosovo = gazetteer.country("XK")
    assert (kosovo.name, kosovo.name_th) == ("Kosovo", "โคโซโว")
    assert gazetteer.country_shape("XK") is not None
    assert gazetteer.capital("XK").name == "Pristina"


def test_capitals_written_without_accents_in_geonames_are_linked(gazetteer):
    """GeoNames' country table writes "Brasilia", "Bogota", "Lome"; the cities carry accents."""
    for code, name in [("BR", "Brasília"), ("CO", "Bogotá"), ("KZ", "Astana"), ("TG", "Lomé")]:
        assert gazetteer.capital(code).name == name
