"""Code written for geopy works with the offline geocoder unchanged."""

from geopy.geocoders.base import Geocoder
from geopy.location import Location


def test_is_a_geopy_geocoder_returning_locations(geocoder):
    assert isinstance(geocoder, Geocoder)
    location = geocoder.geocode("มอสโก")
    assert isinstance(location, Location)
    assert location.address == "Moscow, Russia"
    assert abs(location.latitude - 55.75) < 0.1
    assert location.raw["country_code"] == "RU" and location.raw["geonameid"] == 524901


def test_exactly_one_false_lists_senses_best_first(geocoder):
    senses = geocoder.geocode("Georgia", exactly_one=False)
    assert [s.raw["country_code"] for s in senses[:2]] == ["GE", "US"]
    assert senses[0].raw["score"] >= senses[1].raw["score"]


def test_reverse_finds_the_nearest_town(geocoder):
    location = geocoder.reverse((13.7563, 100.5018))
    assert location.raw["country_code"] == "TH"


def test_unknown_name_gives_none(geocoder):
    assert geocoder.geocode("zzqxqzzqxq") is None


def test_transliteration_finds_spellings_no_gazetteer_holds(geocoder):
    for thai, name in [("เบสลัน", "Beslan"), ("อินกูเชเตีย", "Ingushetia")]:
        found = geocoder.candidates(thai)
        assert found[0].place.name == name and geocoder.confident(found)


def test_exonym_matcher_is_precise_when_confident(geocoder):
    from geomap.gazetteer.exonyms import evaluate

    report = evaluate(geocoder, sample=300)
    assert report["names_tried"] == 300
    assert report["confident"]["precision"] >= 0.85
    assert report["confident"]["recall"] >= 0.15
