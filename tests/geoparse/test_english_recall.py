"""English names the parser used to miss: natural features, AP state short forms, names after
"The" or a direction word, short forms of longer names, and towns beside the story's places."""


def test_volcanoes_islands_and_seas_from_the_feature_table(places_of):
    found = places_of(
        "Mount Etna erupted again. Near Naples, Vesuvius is quiet. Ash fell on Stromboli in the "
        "Aeolian Islands, and ferries across the Tyrrhenian Sea were halted."
    )
    assert found["Mount Etna"] == ("Mount Etna", "site", "IT")
    assert found["Vesuvius"][:2] == ("Mount Vesuvius", "site")
    assert found["Aeolian Islands"][1] == "region"
    assert found["Tyrrhenian Sea"][1] == "water"


def test_an_ocean_named_alone_is_the_ocean_not_a_town(places_of):
    found = places_of("U.S. Navy ships crossed the Atlantic and the Pacific this month.")
    assert found["Atlantic"][:2] == ("Atlantic Ocean", "water")
    assert found["Pacific"][:2] == ("Pacific Ocean", "water")


def test_ap_state_short_forms_after_a_town(places_of):
    found = places_of(
        "TALLAHASSEE, Fla. (AP) — Crews from Macon, Ga., arrived. Mass rallies followed."
    )
    assert found["Fla."][:2] == ("Florida", "admin1")
    assert found["Ga."][:2] == ("Georgia", "admin1")
    assert "Mass" not in found


def test_a_country_after_the_or_a_direction_word_is_no_person(places_of):
    found = places_of(
        "MANILA (Reuters) - The Philippines and Japan met. Fires burned across Northern "
        "California. The Kenya Red Cross sent water. Kenya's government paid."
    )
    assert found["Philippines"][2] == "PH"
    assert found["California"][:2] == ("California", "admin1")
    assert found["Kenya"][2] == "KE"


def test_people_and_clubs_named_like_places_are_not_places(places_of):
    found = places_of(
        "Volcanologist Marco Florence spoke, and Leicester City hired Jordan Madrid as coach. "
        "The USS Harry S. Truman left port."
    )
    assert not set(found) & {"Marco", "Florence", "Leicester", "Jordan", "Madrid", "Truman"}


def test_a_short_form_names_the_place_of_its_longer_name(places_of):
    found = places_of(
        "GOMA, Democratic Republic of Congo (Reuters) - Fighting spread in eastern Congo. Ships "
        "sailed near Scarborough Shoal; Manila says Scarborough is its own."
    )
    assert found["Congo"][2] == "CD"
    assert found["Scarborough"][0] == "Scarborough Shoal"


def test_a_small_town_listed_beside_the_story_places_is_that_town(places_of):
    found = places_of(
        "SANTA ROSA, Calif. (AP) — The fire reached parts of Windsor, Healdsburg and Petaluma, "
        "near Santa Rosa."
    )
    assert found["Healdsburg"][2] == "US"
    assert found["Calif."][:2] == ("California", "admin1")


def test_a_constituent_country_outranks_a_small_town_of_its_name(places_of):
    found = places_of("NEWCASTLE, England (AP) — American investors bought the club.")
    assert found["England"][1:] == ("admin1", "GB")


def test_a_town_called_so_today_beats_one_formerly_called_so(places_of):
    found = places_of("KYIV (AP) — Russian forces pressed toward Pokrovsk in Ukraine's east.")
    assert found["Pokrovsk"][1:] == ("city", "UA")


def test_press_spellings_and_exonyms_of_conflict_places(places_of):
    found = places_of(
        "Fighting spread in Karen State. Shells hit Qamishli, strikes killed 12 in Deir al-Balah "
        "and rockets landed in Kiryat Shmona."
    )
    assert found["Karen State"][1:] == ("admin1", "MM")
    assert found["Qamishli"][2] == "SY"
    assert found["Deir al-Balah"][2] == "PS"
    assert found["Kiryat Shmona"][2] == "IL"


def test_a_named_bridge_does_not_turn_its_country_into_a_person(places_of):
    found = places_of(
        "The Second Thailand-Myanmar Friendship Bridge stayed shut. Thailand's army said so."
    )
    assert found["Thailand"][2] == "TH"


def test_an_armed_group_is_no_town(places_of):
    assert "Hamas" not in places_of("Hamas officials in Doha studied the proposal.")


def test_a_country_before_its_official_s_title_is_named_and_the_solomons_resolve(places_of):
    found = places_of(
        "New Zealand Foreign Minister Winston Peters met Japan Prime Minister Shigeru Ishiba."
        " Australia has 300 soldiers in the Solomons."
    )
    assert found["New Zealand"][2] == "NZ"
    assert found["Japan"][2] == "JP"
    assert found["Solomons"][2] == "SB"
