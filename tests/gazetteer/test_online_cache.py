"""The opt-in online path: off by default, and its cache answers repeated queries.

The cache wraps any geopy geocoder; here it wraps our own offline one, so nothing
leaves the machine.
"""

import pytest

from geomap.gazetteer.online import CachedGeocoder, online_geocoder


def test_online_backend_is_off_unless_switched_on(tmp_path, monkeypatch):
    monkeypatch.delenv("GEOMAP_ONLINE_GEOCODER", raising=False)
    assert online_geocoder(tmp_path) is None
    monkeypatch.setenv("GEOMAP_ONLINE_GEOCODER", "bing")
    with pytest.raises(ValueError, match="nominatim"):
        online_geocoder(tmp_path)


def test_cache_serves_a_repeated_query_from_disk(geocoder, tmp_path):
    cached = CachedGeocoder(geocoder, tmp_path / "cache.sqlite", min_delay_seconds=0)
    first = cached.geocode("Havana")
    again = CachedGeocoder(geocoder, tmp_path / "cache.sqlite", min_delay_seconds=0)
    second = again.geocode("Havana")
    assert (cached.misses, again.hits, again.misses) == (1, 1, 0)
    assert second.raw["country_code"] == first.raw["country_code"] == "CU"
    assert again.geocode("zzqxqzzqxq") is None and again.geocode("zzqxqzzqxq") is None
    assert again.hits == 2
