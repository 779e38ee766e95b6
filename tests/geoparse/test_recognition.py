"""Which spans are places: Thai without spaces, English with its traps."""


def test_thai_longest_name_wins(places_of):
    found = places_of("การประชุมที่ทำเนียบไฮเดอราบาด เดลี ประเทศอินเดีย")
    assert found["ทำเนียบไฮเดอราบาด"][1] == "site"
    assert "ไฮเดอราบาด" not in found
    assert found["เดลี"][2] == "IN" and found["อินเดีย"][1] == "country"


def test_thai_border_phrase_is_one_place(places_of):
    found = places_of("ทหารรัสเซียประจำการตามแนวชายแดนทาจิกิสถานกับอัฟกานิสถาน")
    assert found["ชายแดนทาจิกิสถานกับอัฟกานิสถาน"][1] == "border"
    assert "ทาจิกิสถาน" not in found


def test_thai_spelling_variants_and_abbreviation_sign(places_of):
    found = places_of("ทั้งสหรัฐฯ และสหรัฐอเมริกา ส่งทูตไปฮาวาน่า")
    assert found["สหรัฐฯ"][2] == "US" and found["สหรัฐอเมริกา"][2] == "US"
    assert found["ฮาวาน่า"][0] == "Havana"


def test_demonyms_are_actors_not_places(parser):
    result = parser.parse("ชาวอัฟกันหลายพันคนอพยพ ขณะที่ทหารรัสเซียเฝ้าชายแดน")
    assert not any(m.text.startswith("ชาวอัฟกัน") for h in result.places for m in h.mentions)
    assert any("AF" in actor.countries for actor in result.actors)


def test_person_titles_make_a_name_a_person(places_of):
    assert "ปารีส" not in places_of("นายปารีส ใจดี เดินทางมาถึงเมื่อวานนี้")
    assert places_of("ประธานาธิบดีรัสเซียเยือนจีน")["รัสเซีย"][2] == "RU"


def test_unknown_thai_spellings_are_found_by_sound_after_a_trigger(places_of):
    found = places_of("การโจมตีโรงเรียนเบสลันและการโจมตีอื่น ๆ ที่อินกูเชเตีย ในปฏิบัติการร่วมกัน")
    assert found["เบสลัน"][0] == "Beslan"
    assert found["อินกูเชเตีย"][0] == "Ingushetia"


def test_latin_names_inside_thai_text(places_of):
    found = places_of("รัสเซียอาจเปิดฐานทัพ Lourdes ในคิวบาอีกครั้ง")
    assert found["Lourdes"][1:] == ("site", "CU")


def test_english_possessives_datelines_and_person_names(places_of):
    found = places_of(
        "BANGKOK, March 3 (Reuters) - Georgia's president met Paris Hilton in Tbilisi. "
        "Russian troops stayed near the Tajik-Afghan border."
    )
    assert found["BANGKOK"][2] == "TH"
    assert found["Georgia"][1:] == ("country", "GE")
    assert found["Tbilisi"][2] == "GE"
    assert "Paris" not in found
    assert "Russian" not in found
    assert found["Tajik-Afghan border"][1] == "border"


def test_sentence_initial_words_are_not_towns(places_of):
    found = places_of("If the rain continues, Most roads will close. For now Bangkok is dry.")
    assert set(found) == {"Bangkok"}


def test_ordinary_thai_words_are_not_towns_without_an_administrative_word(places_of):
    found = places_of("ทั้งสองประเทศส่งกำลังพลไปช่วยเหลือชาวบ้านในชนบท ซึ่งรอมานานหลายปี")
    assert not set(found) & {"สอง", "พล", "ชนบท", "นาน"}


def test_thai_administrative_prefixes_stay_outside_the_span(places_of):
    found = places_of("การประชุมที่อำเภออรัญประเทศ จังหวัดสระแก้ว ใกล้ชายแดนกัมพูชา")
    assert found["อรัญประเทศ"][2] == "TH" and found["สระแก้ว"][2] == "TH"
    assert "อำเภออรัญประเทศ" not in found


def test_places_inside_thai_company_club_and_family_names(places_of):
    found = places_of("นายกฤษดา ณ เชียงใหม่ กล่าวว่าธนาคารกรุงเทพและบุรีรัมย์ ยูไนเต็ดจะช่วยเหลือ")
    assert not set(found) & {"เชียงใหม่", "กรุงเทพ", "บุรีรัมย์"}
    assert "ชุมพร" not in places_of("นายชุมพร วิเศษสุข กล่าวว่า")


def test_thai_spellings_of_foreign_cities_and_hyphenated_names(places_of):
    found = places_of("สหรัฐฯ ย้ายทหารจากแบกแดดไปเออร์บิล ส่วนมาเลเซียเสมอกับติมอร์-เลสเต")
    assert found["แบกแดด"][0] == "Baghdad" and found["เออร์บิล"][2] == "IQ"
    assert found["ติมอร์-เลสเต"][2] == "TL"


def test_thai_state_and_airport_are_named_with_their_word(places_of):
    found = places_of("ผู้อพยพจากรัฐกะเหรี่ยงบินออกจากท่าอากาศยานแม่สอด")
    assert found["รัฐกะเหรี่ยง"][2] == "MM"
    assert found["ท่าอากาศยานแม่สอด"][2] == "TH"


def test_english_possessive_before_a_name_hyphens_and_clubs(places_of):
    found = places_of(
        "Spain's King Felipe visited Myanmar's Shan State. The Qatar-owned club beat "
        "Real Madrid on the Baku-Tbilisi-Kars line near the Fergana Valley."
    )
    assert found["Spain"][2] == "ES" and found["Qatar"][2] == "QA"
    assert found["Shan State"][2] == "MM" and found["Fergana Valley"][2] == "UZ"
    assert {"Baku", "Tbilisi", "Kars"} <= set(found)
    assert "Madrid" not in found


def test_prefix_dictionary_tokenises_as_pythainlps_trie():
    from pythainlp.corpus import thai_words
    from pythainlp.tokenize import word_dict_trie, word_tokenize

    from geomap.geoparse.recognize import _PrefixDictionary

    text = "นายกรัฐมนตรีเดินทางถึงปักกิ่งเมื่อเช้าวันนี้ เพื่อเยือนจีนอย่างเป็นทางการ ก"
    ours = _PrefixDictionary(frozenset(thai_words()))
    assert word_tokenize(text, custom_dict=ours, engine="newmm") == word_tokenize(
        text, custom_dict=word_dict_trie(), engine="newmm"
    )


def test_country_abbreviations_are_places_but_money_is_not(places_of):
    found = places_of("The U.S. and the UK said US troops would stay. It cost US$5 million.")
    assert found["U.S."][2] == "US" and found["US"][2] == "US" and found["UK"][2] == "GB"
    assert "US$" not in found and not any(s.startswith("US$") for s in found)


def test_an_abbreviation_is_not_a_town_that_folds_to_it(places_of):
    assert "RAA" not in places_of("ระบบ RAA ของกองทัพเรือเริ่มใช้งานที่กรุงเทพฯ")


def test_a_four_letter_dateline_is_a_city(places_of):
    assert places_of("LIMA, April 15 - Peru votes.")["LIMA"][2] == "PE"


def test_state_abbreviations_from_the_table(places_of):
    found = places_of("Floods hit NSW and Queensland, officials in Sydney said.")
    assert found["NSW"][:3] == ("New South Wales", "admin1", "AU")


def test_the_is_outside_a_buildings_name_but_inside_the_hagues(places_of):
    found = places_of("The White House said the court in The Hague would rule.")
    assert found["White House"][1] == "site"
    assert found["The Hague"][2] == "NL"


def test_thai_site_named_like_an_actor_is_a_place(places_of):
    assert places_of("ทรัมป์ลงนามคำสั่งที่ทำเนียบขาว เมื่อวันจันทร์")["ทำเนียบขาว"][1] == "site"


def test_thai_names_across_a_space_and_hyphen(places_of):
    found = places_of("รถบรรทุกข้ามสะพานมิตรภาพไทย-ลาว แห่งที่ 2 ไปยังแขวงสะหวันนะเขตของลาว")
    assert found["สะพานมิตรภาพไทย-ลาว แห่งที่ 2"][1] == "site"
    assert "ไทย" not in found
    assert found["สะหวันนะเขต"][2] == "LA"


def test_thai_beaches_and_a_hotel_near_them(places_of):
    found = places_of("โรงแรมบริเวณหาดป่าตองและหาดกะตะเต็ม ส่วนเรือไปเกาะพีพีเพิ่มรอบ")
    assert found["หาดป่าตอง"][1] == "site" and found["หาดกะตะ"][1] == "site"
    assert found["เกาะพีพี"][1] == "site"


def test_big_town_named_by_a_dictionary_word(places_of):
    assert places_of("นักท่องเที่ยวเดินทางไปโคราชเมื่อวันเสาร์")["โคราช"][0] == "Nakhon Ratchasima"


def test_united_after_a_comma_is_not_a_club(places_of):
    found = places_of("Many were infected in California, United States, this year.")
    assert found["California"][1:] == ("admin1", "US") and "United States" in found


def test_a_country_abbreviation_before_a_body_is_still_the_country(places_of):
    found = places_of("The US Army ran tests, said the US Centers for Disease Control.")
    assert found["US"][2] == "US"


def test_a_place_after_an_organisation_word_is_a_place(places_of):
    found = places_of(
        "SOS Children's Villages Sudan said the SOS Children's Village Malakal is calm. "
        "Flights reach Darfur and Malakal."
    )
    assert found["Malakal"][2] == "SS" and found["Sudan"][2] == "SD"


def test_a_named_part_of_a_province_and_a_name_ending_lowercase(places_of):
    found = places_of("A woman from West Java died. The Baltic states met. Southern Indiana too.")
    assert "West Java" in found and found["Baltic states"][1] == "region"
    assert "Indiana" in found and "Southern Indiana" not in found


def test_family_names_and_monks_titles_hide_place_words(places_of):
    found = places_of("นายสมชาย ปากเกร็ด และพระครูสุรินทร์ธรรมวัฒน์ เดินทางไปเชียงใหม่")
    assert "ปากเกร็ด" not in found and "สุรินทร์" not in found
    assert found["เชียงใหม่"][2] == "TH"
    # นาย counting soldiers is no title: the country after it is still named
    assert places_of("ส่งทหาร 118 นายไปตั้งที่มัณฑะเลย์ รัสเซียส่งแพทย์")["รัสเซีย"][2] == "RU"


def test_a_bare_port_word_is_not_part_of_the_name(places_of):
    found = places_of("ท่าเรือโอเดสซาได้รับความเสียหาย")
    assert "โอเดสซา" in found and "ท่าเรือโอเดสซา" not in found


def test_abbreviation_dots_inside_a_thai_name(places_of):
    found = places_of("วอชิงตัน ดี.ซี. 2 ก.ย. 2568 – ประธานาธิบดีลงนาม")
    assert found["วอชิงตัน ดี.ซี."][2] == "US"
    assert places_of("เยือนสปป.ลาว")["ลาว"][2] == "LA"  # สปป. is a title, not D.C.-like


def test_thai_districts_without_thai_names_are_found_by_sound(places_of):
    found = places_of("ผู้ประกอบการในอำเภอปายระบุว่ามีนักท่องเที่ยวยกเลิกห้องพัก")
    assert found["ปาย"][1:] == ("city", "TH")
    assert not places_of("น้ำท่วม 4 อำเภอของจังหวัดน่าน").keys() - {"น่าน"}


def test_thai_words_after_a_trigger_are_not_foreign_names(places_of):
    assert "วันพุธ" not in places_of("เราพร้อมสำหรับเกมที่เซี่ยงไฮ้ในวันพุธ")


def test_checkpoint_words_are_not_part_of_the_name(places_of):
    found = places_of("รถบรรทุกผ่านด่านเจดีย์สามองค์ อำเภอสังขละบุรี และจุดผ่านแดนถาวรช่องสะงำ")
    assert "เจดีย์สามองค์" in found and "ช่องสะงำ" in found
    assert not {"ด่านเจดีย์สามองค์", "จุดผ่านแดนถาวรช่องสะงำ"} & set(found)


def test_a_place_before_a_venue_word_is_part_of_the_venue(places_of):
    assert "เอมิเรตส์" not in places_of("อาร์เซนอลเสมอกับเชลซีที่เอมิเรตส์ สเตเดียม")


def test_ranks_given_names_and_counted_men_around_thai_place_words(places_of):
    found = places_of("ร.ต.อ.สุรินทร์ แก้วมณี และพล.ต.ต.ชุมพร วงศ์ใหญ่ เดินทางไปยะลา")
    assert "สุรินทร์" not in found and "ชุมพร" not in found and found["ยะลา"][2] == "TH"
    # a given name shared with a province, and the royal-lineage family name after it
    found = places_of('ผลเลือกตั้ง "สุรินทร์ ณ ระนอง" ชนะขาด ประชุม ณ เชียงใหม่ วันนี้')
    assert "สุรินทร์" not in found and "ระนอง" not in found and "เชียงใหม่" in found
    assert places_of("ทหารพรานเจ็บ 3 นาย ตากใบตั้งด่านเข้ม")["ตากใบ"][0] == "Tak Bai"


def test_latin_place_names_listed_with_spaces_inside_thai_text(places_of):
    found = places_of("นักท่องเที่ยวจาก Kuala Lumpur Jakarta และ Manila นิยมมาไทย")
    assert {"Kuala Lumpur", "Jakarta", "Manila"} <= set(found)
    assert places_of("นาย Jordan Lee และ George Washington กล่าว") == {}


def test_clubs_with_sponsors_companies_and_hospitals_hide_place_words(places_of):
    found = places_of("นครราชสีมา มาสด้า เอฟซี ชนะ 1-0 นครราชสีมา มาสด้า ประกาศย้ายไปปากช่อง")
    assert set(found) == {"ปากช่อง"}
    assert "ตรัง" not in places_of("บริษัท ศรีตรังแอโกรอินดัสทรี เปิดโรงงาน")
    assert set(places_of("ส่งโรงพยาบาลรือเสาะ ในจังหวัดนราธิวาส")) == {"นราธิวาส"}


def test_company_and_airline_names_and_district_words(places_of):
    found = places_of("บางกอกแลนด์ และไทยแอร์เอเชีย เปิดสาขาที่อำเภอหัวหิน จังหวัดประจวบคีรีขันธ์")
    assert "บางกอก" not in found and "ไทย" not in found and "เอเชีย" not in found
    assert found["หัวหิน"][0] == "Hua Hin"  # อำเภอ is no part of the district's name
    assert "สิรินธร" not in places_of("ชมพิพิธภัณฑ์สิรินธร ที่กาฬสินธุ์")


def test_a_name_glued_to_the_next_word_keeps_its_last_syllable(places_of):
    found = places_of("ทหารเกาหลีเหนือกว่า 12,000 นายอยู่ในรัสเซีย")
    assert found["เกาหลีเหนือ"][2] == "KP" and "เกาหลี" not in found
    found = places_of("นาโตตั้งฐานในยุโรปตะวันออกใกล้พรมแดนรัสเซีย")
    assert "ยุโรปตะวันออก" in found and "ยุโรป" not in found


def test_a_province_word_before_a_name_inside_a_rare_compound(places_of):
    found = places_of("กรมอุตุฯ เตือนว่าจังหวัดตากฝนจะตกหนักถึงหนักมาก")
    assert found["ตาก"][2] == "TH"


def test_short_names_inside_ordinary_words_stay_words(places_of):
    found = places_of("เรือจีนรุกล้ำน่านน้ำ ขณะที่โรคแพร่ระบาดหลังน้ำลด และกองทัพทดลองยิงขีปนาวุธ")
    assert {"น่าน", "แพร่", "ลอง"}.isdisjoint(found)
    assert "ชายแดนใต้" in places_of("ทหารพรานในจังหวัดชายแดนใต้")


def test_a_title_does_not_reach_across_a_line_break(places_of):
    found = places_of("เอสโตเนียรับทหารเพิ่ม 2 พันนาย\n\nทาลลินน์ 18 เม.ย. 2568 – กระทรวงกลาโหม")
    assert found["ทาลลินน์"][0] == "Tallinn"


def test_region_and_island_words_before_foreign_names(places_of):
    found = places_of("จรวดตกในแคว้นคูร์สก์และแคว้นกาลิลี นักท่องเที่ยวไปเกาะลังกาวี")
    assert {"คูร์สก์", "กาลิลี", "ลังกาวี"} <= set(found)
    assert "รอบเกาะ" not in places_of("ซ้อมรบรอบเกาะ ญี่ปุ่นส่งเครื่องบิน")
    assert places_of("ซ้อมรบรอบเกาะ ญี่ปุ่นส่งเครื่องบิน")["ญี่ปุ่น"][2] == "JP"


def test_a_thai_region_word_said_of_another_country(places_of):
    assert "ภาคเหนือ" not in places_of("ยิงจรวดใส่ชุมชนทางภาคเหนือของอิสราเอล")
    assert "ภาคใต้" in places_of("ฝนตกหนักในภาคใต้ของประเทศไทย และภาคใต้ตอนล่าง")


def test_provinces_listed_with_spaces_and_firms_of_a_country(places_of):
    found = places_of("พื้นที่เสี่ยง ได้แก่ จังหวัดน่าน แพร่ อุตรดิตถ์ และตาก")
    assert {"น่าน", "แพร่", "อุตรดิตถ์", "ตาก"} <= set(found)
    assert "แพร่" not in places_of("เชื้ออาจแพร่ ลำปางจึงสั่งปิดฟาร์ม")
    assert places_of("สหภาพยุโรปเตรียมเก็บภาษีรถที่ผลิตโดยบริษัทจีน")["จีน"][2] == "CN"
    assert "กรุงเทพ" not in places_of("ผู้บริหารธนาคารกรุงเทพกล่าวว่า")


def test_a_long_name_across_a_space_of_two_words_is_two_words(places_of):
    found = places_of("ความร่วมมือด้านความมั่นคงทางทะเล ฟิลิปปินส์จับมือออสเตรเลีย")
    assert found["ฟิลิปปินส์"][2] == "PH" and not any(s.startswith("ทะเล") for s in found)
    assert "ตะวันออก ใกล้" not in places_of("ป่าทางทิศตะวันออก ใกล้ดอยตุง")
    assert places_of("แข่งที่สนามช้าง อารีนา บุรีรัมย์")["สนามช้าง อารีนา"][1] == "site"
