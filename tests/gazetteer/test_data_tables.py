"""The project's own tables of places: rows the builder can trust."""

import pytest

from geomap.gazetteer.sources import english_spellings, read_table
from geomap.gazetteer.store import FEATURE_TYPES
from geomap.text import thai_key

TABLES = ("features.csv", "sites.csv", "regions.csv")


@pytest.mark.parametrize("table", TABLES)
def test_thai_names_are_long_enough_not_to_match_inside_words(table):
    # tone marks fold away when matching: a short name like ว้า would match every ว่า
    short = [
        name
        for row in read_table(table)
        for name in [row["name_th"], *row["aliases_th"].split("|")]
        if name and len(thai_key(name)) < 3
    ]
    assert short == []


def test_feature_rows_are_well_formed():
    rows = read_table("features.csv")
    assert len({row["key"] for row in rows}) == len(rows)
    for row in rows:
        assert row["feature_type"] in FEATURE_TYPES, row["key"]
        lat, lon = float(row["lat"]), float(row["lon"])
        assert -90 <= lat <= 90 and -180 <= lon <= 180, row["key"]
        if row["west"]:
            west, south, east, north = (float(row[k]) for k in ("west", "south", "east", "north"))
            assert west <= lon <= east and south <= lat <= north, row["key"]


def test_english_press_spellings_of_arabic_and_hebrew_town_names():
    assert "Qāmishlī" in english_spellings("Al Qāmishlī")
    assert "Deir al Balah" in english_spellings("Dayr al Balaḩ")
    assert english_spellings("Qiryat Shmona") == ["Kiryat Shmona"]
    assert english_spellings("As Salt") == []  # too short to stand without its article
    assert english_spellings("El Paso") == []


def test_actor_rows_are_well_formed():
    rows = read_table("actors.csv")
    kinds = {"demonym", "language", "leader", "organization", "state_body"}
    seen = set()
    for row in rows:
        assert row["lang"] in ("en", "th") and row["kind"] in kinds, row["term"]
        assert (row["term"], row["lang"]) not in seen, row["term"]
        seen.add((row["term"], row["lang"]))
        if row["kind"] == "leader":
            assert len(row["country_code"]) == 2 and row["note"], row["term"]


def test_bare_family_names_that_are_common_words_stand_for_no_one(gazetteer):
    for word in ("สี", "หวัง", "Wang", "Lee", "Kim", "Wong"):
        assert not any(a.kind == "leader" for a in gazetteer.actors(word)), word


def test_leaders_are_known_in_thai_and_english_spellings(gazetteer):
    for term, code in [
        ("แอร์โดอัน", "TR"), ("ฮุน มาเนต", "KH"), ("สี จิ้นผิง", "CN"), ("หวัง อี้", "CN"),
        ("ลาฟรอฟ", "RU"), ("Hakan Fidan", "TR"), ("Richard Marles", "AU"),
    ]:  # fmt: skip
        assert ("leader", code) in {(a.kind, a.country_code) for a in gazetteer.actors(term)}
