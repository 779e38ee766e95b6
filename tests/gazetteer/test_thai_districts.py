"""Thai spellings of Thai towns, read off pythainlp's word lists by their romanisation."""

import pytest

from geomap.gazetteer.sources import thai_spellings


@pytest.mark.slow
def test_thai_spellings_follow_the_official_romanisation():
    spelled = thai_spellings()
    assert spelled["Mae Sariang"] == "แม่สะเรียง"
    assert spelled["Pra Wet"] == "ประเวศ"  # เขตประเวศ is listed; ประเวช only sounds so
    assert "Pai" not in spelled  # ปาย, ป่าย, ไป๋ ... read alike: no way to choose
    assert "Wiang Sa" not in spelled  # two towns, เวียงสา and เวียงสระ, romanised alike


def test_districts_geonames_lacks_are_places_with_their_thai_names(gazetteer):
    found = [p for p, _ in gazetteer.lookup("แม่สะเรียง") if p.country_code == "TH"]
    assert found and found[0].feature_type == "city"
    assert abs(found[0].lat - 18.2) < 0.3 and abs(found[0].lon - 97.85) < 0.3
    # GeoNames' own Thai name stays, the news spelling finds the town too
    assert [p.name for p, _ in gazetteer.lookup("บางกะปิ")] == ["Bang Kapi"]
