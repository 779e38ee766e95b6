"""Bases named with their class words, and bases that share a name with a town abroad."""


def test_a_town_with_air_base_after_it_is_the_base_not_part_of_a_name(places_of):
    found = places_of("Troops moved to Vilseck Air Station and Baumholder Airfield in Germany.")
    assert found["Vilseck Air Station"][1:] == ("city", "DE")
    assert found["Baumholder Airfield"][1:] == ("city", "DE")


def test_a_base_by_its_full_english_name(places_of):
    found = places_of("US jets flew from Shaikh Isa Air Base and from Camp Foster on Okinawa.")
    assert found["Shaikh Isa Air Base"][1:] == ("site", "BH")
    assert found["Camp Foster"][1:] == ("site", "JP")  # not the town of Foster


def test_a_base_short_name_beside_its_country_beats_a_town_abroad(places_of):
    found = places_of("Australia will base the bombers at Tindal, south of Darwin.")
    assert found["Tindal"][1:] == ("site", "AU")  # Tindal in India is a town of that name


def test_thai_class_word_names_reach_the_base(places_of):
    found = places_of("สหรัฐส่งทหาร 400 นายไปประจำที่ฐานทัพอากาศคุนซานในเกาหลีใต้")
    assert found["ฐานทัพอากาศคุนซาน"][1:] == ("site", "KR")
    found = places_of("ทหารเยอรมัน 4,000 นายจะประจำการที่รุคลาในลิทัวเนีย")
    assert found["รุคลา"][1:] == ("site", "LT")


def test_the_country_after_a_datelines_dash_is_no_part_of_a_name(places_of):
    found = places_of("MANAMA, June 12 - The United States has moved F-16 fighters to Bahrain.")
    assert found["United States"][1:] == ("country", "US")


def test_a_ship_named_after_a_place_is_no_place_but_a_shore_base_is(places_of):
    found = places_of(
        "HMCS Ville de Quebec and HMAS Canberra sailed past Japan, the HMS Prince of Wales"
        " strike group stayed at HMAS Stirling in Australia."
    )
    assert not {"Ville de Quebec", "Quebec", "Canberra", "Wales"} & set(found)
    assert found["HMAS Stirling"][1:] == ("site", "AU")
    assert found["Japan"][1:] == ("country", "JP")
