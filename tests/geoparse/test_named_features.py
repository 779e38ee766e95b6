"""A class word and a name (เกาะภูเก็ต, Senkaku Island, Lake Erie): the name is looked up with
the class as the kind of place it must be, and nothing is guessed when it is no such place."""


def test_an_island_named_by_its_head_name(places_of):
    found = places_of("Chinese coast guard ships sailed close to Senkaku Island on Monday.")
    assert found["Senkaku Island"] == ("Senkaku Islands", "region", "JP")


def test_a_valley_named_after_a_province_keeps_its_class_word(places_of):
    found = places_of("Militants retreated into the Fergana Valley.")
    assert found["Fergana Valley"][1:] == ("admin1", "UZ")


def test_a_lake_named_like_a_town_is_not_the_town(places_of):
    found = places_of("Algae blooms returned to Lake Norman, officials in North Carolina said.")
    assert "Norman" not in found and "Lake Norman" not in found
    assert found["North Carolina"][1:] == ("admin1", "US")


def test_a_known_lake_named_like_a_town_is_the_lake(places_of):
    found = places_of("Algae blooms have returned to Lake Erie, officials in Ohio said.")
    assert found["Lake Erie"][1] == "water" and "Erie" not in found


def test_a_gulf_named_like_a_country_is_neither_the_country_nor_a_province(places_of):
    found = places_of("Pirates attacked tankers in the Gulf of Honduras and the Gulf of Guinea.")
    assert "Honduras" not in found and "Gulf of Honduras" not in found  # not in the tables
    assert found["Gulf of Guinea"] == ("Gulf of Guinea", "water", None)  # not Guinea


def test_a_thai_island_is_written_by_its_name(places_of):
    found = places_of("นักท่องเที่ยวจีนเดินทางไปเกาะภูเก็ตและเกาะสมุย")
    assert found["ภูเก็ต"][2] == "TH" and found["เกาะสมุย"] == ("Ko Samui", "city", "TH")


def test_a_thai_river_named_like_a_province_is_not_the_province(parser):
    text = "เรือประมงล่มในแม่น้ำน่าน ส่วนชาวบ้านที่จังหวัดน่านช่วยกันค้นหา"
    result = parser.parse(text)
    starts = [m.start for hit in result.places for m in hit.mentions if m.text == "น่าน"]
    assert starts == [text.index("จังหวัดน่าน") + len("จังหวัด")]
