"""Which sense: the document decides."""


def test_lourdes_beside_cuba_is_the_signals_station(places_of):
    found = places_of("Russia may reopen its base at Lourdes, Cuba, closed in 2002.")
    assert found["Lourdes"][1:] == ("site", "CU")


def test_lourdes_alone_is_the_french_town(places_of):
    assert places_of("Pilgrims travelled to Lourdes in southern France.")["Lourdes"][2] == "FR"


def test_georgia_the_us_state_when_the_text_says_so(places_of):
    found = places_of("ผู้ว่าการรัฐจอร์เจียของสหรัฐ แถลงข่าว")
    assert found["รัฐจอร์เจีย"][1:] == ("admin1", "US")  # the state is named with its word


def test_georgia_among_cis_states_is_the_country(places_of):
    found = places_of("รัฐบาลของจอร์เจีย, มอลโดวา และเติร์กเมนิสถานเลือกไม่เข้าร่วม")
    assert found["จอร์เจีย"][1:] == ("country", "GE")


def test_city_country_pattern(places_of):
    assert places_of("Flooding hit Victoria, Canada overnight.")["Victoria"][2] == "CA"


def test_one_sense_per_document(parser):
    result = parser.parse("Tripoli, Lebanon was calm. Later in Tripoli the market reopened.")
    hits = [h for h in result.places if h.place.name == "Tripoli"]
    assert len(hits) == 1 and hits[0].place.country_code == "LB" and len(hits[0].mentions) == 2


def test_every_place_has_a_confidence_and_unknowns_are_listed(parser):
    result = parser.parse("เขาเดินทางไปที่เมืองกรืดฟลัซซ์ก่อนกลับมา และไปเยือนกรุงเทพฯ")
    assert all(0 < hit.confidence <= 1 for hit in result.places)
    assert any(item.mention.text.startswith("กรืด") for item in result.unresolved)


def test_the_country_most_places_lie_in_picks_between_two_large_cities(places_of):
    found = places_of(
        "Floods hit India's Assam. In Pakistan, boats were sent from Karachi, Sukkur and "
        "Hyderabad, said officials in Islamabad."
    )
    assert found["Hyderabad"][2] == "PK"
    assert places_of("Engineers in Hyderabad and Bengaluru built it.")["Hyderabad"][2] == "IN"


def test_the_leading_country_does_not_turn_a_province_into_a_town(places_of):
    found = places_of("Cases rose in Ontario, Canada, and in Texas, Ohio and Florida.")
    assert found["Ontario"][1:] == ("admin1", "CA")


def test_mountain_ranges_and_seas_named_alone(places_of):
    found = places_of("Across the Andes, Santiago differs. Georgia links the Caspian and Turkey.")
    assert found["Andes"][1] == "region" and found["Caspian"][1] == "water"


def test_a_frequent_word_names_a_province_only_where_the_text_says_so(places_of):
    found = places_of("บ่อบาดาลสูบขึ้นมาไม่มีน้ำเลย ขอให้ประชาชนในจังหวัดชัยภูมิและเลยประหยัดน้ำ")
    loei = [surface for surface in found if surface == "เลย"]
    assert loei == ["เลย"] and found["เลย"][2] == "TH"
    assert "เลย" not in places_of("ปีนี้ไม่มีน้ำเลย")


def test_a_name_held_back_as_a_word_is_the_place_the_text_names_elsewhere(parser):
    text = "น้ำป่าหลากท่วมน่าน\n\nน่าน 12 ส.ค. 2568 – ฝนตกหนักในจังหวัดน่าน"
    hits = [h for h in parser.parse(text).places if any(m.text == "น่าน" for m in h.mentions)]
    assert len(hits) == 1 and len(hits[0].mentions) == 3 and hits[0].place.country_code == "TH"


def test_tone_marks_choose_between_towns_of_one_folded_name(places_of):
    found = places_of("บุหรี่ถูกลักลอบผ่านอำเภอแว้ง จังหวัดนราธิวาส")
    assert found["แว้ง"][2] == "TH"


def test_a_thai_district_town_named_by_its_own_spelling_needs_no_population(places_of):
    assert places_of("นักท่องเที่ยวเดินทางต่อไปยังด่านซ้าย")["ด่านซ้าย"][1:] == ("city", "TH")


def test_bangkok_districts_pythainlp_lists_among_its_words(places_of):
    found = places_of("ฝนตกหนักในเขตมีนบุรี และสำนักงานเขตประเวศ เปิดศูนย์พักพิง")
    assert found["มีนบุรี"][0] == "Min Buri" and found["ประเวศ"][2] == "TH"


def test_a_name_listed_among_countries_is_the_country(places_of):
    found = places_of("Algeria, Niger, Nigeria sign gas pipeline deal; Nigerian gas to flow north")
    assert found["Niger"][1:] == ("country", "NE")  # not Niger State of Nigeria
