"""English military news that stations no forces, and forces told in ways that are easy to
split or to credit to the wrong state (issue 4, eval/gold/dev_deploy_en3.jsonl)."""


def _deployments(deployments):
    return {
        (p["actor_country"], p["host_country"], p["place"], p["troops"])
        for f in deployments
        if (p := f["properties"])["status"] in ("realised", "planned", "requested")
    }


def _pairs(deployments):
    return {(actor, host) for actor, host, _, _ in _deployments(deployments)}


def test_the_target_of_an_air_strike_houses_no_forces_of_the_attacker(relations_of):
    _, deployments = relations_of(
        "Israeli warplanes struck the port of Hodeidah in Yemen on Monday, the Israeli"
        " military said."
    )
    assert _pairs(deployments) == set()


def test_forces_attacked_at_their_outpost_are_still_there(relations_of):
    _, deployments = relations_of(
        "A drone launched by a militia struck a US logistics outpost in northeastern Jordan on"
        " Sunday, wounding five American soldiers."
    )
    assert ("US", "JO") in _pairs(deployments)


def test_where_an_official_spoke_is_no_station(relations_of):
    _, deployments = relations_of(
        "Mali and Niger expelled French forces, their leaders said in Niamey on Tuesday."
    )
    assert ("FR", "NE") not in _pairs(deployments)


def test_drills_around_an_island_and_ships_off_a_coast_are_at_sea(relations_of):
    _, deployments = relations_of(
        "China's military sent 21 warships and 71 aircraft into waters around Taiwan on"
        " Wednesday. Australia deployed warships and fighter jets to waters off Palawan in the"
        " Philippines."
    )
    assert _pairs(deployments) == set()


def test_forces_trained_with_are_the_subject_s_partners(relations_of):
    _, deployments = relations_of(
        "South Korea said about 500 of its marines would train with British forces at Thumrait"
        " in Oman next month."
    )
    assert _pairs(deployments) == {("KR", "OM")}


def test_a_mission_s_total_is_no_contributor_s_force(relations_of):
    _, deployments = relations_of(
        "Rwanda denies sending troops to Congo. The UN peacekeeping mission MONUSCO, with about"
        " 11,000 troops, has bases in both provinces."
    )
    assert _pairs(deployments) == set()


def test_a_firm_or_government_based_somewhere_is_no_force(relations_of):
    _, deployments = relations_of(
        "The army-aligned government, based in Port Sudan since it left Khartoum, accused the"
        " United Arab Emirates of arming the RSF."
    )
    assert _pairs(deployments) == set()


def test_a_presence_that_ended_years_before_the_story_is_history(relations_of):
    _, deployments = relations_of(
        "PANAMA CITY, April 9, 2025 - Hegseth toured a jungle school near Colon. The United"
        " States kept up to 10,000 troops at bases in Panama until 1999."
    )
    assert _pairs(deployments) == set()


def test_a_province_and_a_town_in_it_are_one_deployment(relations_of):
    _, deployments = relations_of(
        "Uganda has doubled its force in the Democratic Republic of Congo's Ituri province to"
        " about 4,000 soldiers and moved a battalion into Bunia, the provincial capital."
    )
    found = _deployments(deployments)
    assert len(found) == 1
    assert next(iter(found))[3] == 4000


def test_two_names_sharing_one_class_noun_are_one_area(relations_of):
    _, deployments = relations_of(
        "Ethiopia, whose troops remain in the Gedo and Bay regions of Somalia, criticised the"
        " plan."
    )
    assert len([p for p in _deployments(deployments) if p[:2] == ("ET", "SO")]) == 1


def test_the_country_called_on_to_withdraw_is_the_actor(relations_of):
    _, deployments = relations_of(
        "Moldova's parliament called on Russia to withdraw its roughly 1,500 soldiers from the"
        " breakaway region of Transnistria."
    )
    assert ("RU", "MD") in _pairs(deployments)
    assert ("MD", "RU") not in _pairs(deployments)


def test_a_source_is_no_destination(relations_of):
    _, deployments = relations_of(
        "North Korean troops have been deployed to the Kursk region, according to South Korea's"
        " spy agency."
    )
    assert ("KP", "KR") not in _pairs(deployments)


def test_a_base_named_for_its_owner_holds_the_owner_s_forces(relations_of):
    _, deployments = relations_of("Armenia buys Indian howitzers as Russian base in Gyumri stays")
    assert _pairs(deployments) == {("RU", "AM")}


def test_an_aircraft_model_number_is_no_troop_count(relations_of):
    _, deployments = relations_of(
        "Four Italian F-35 fighters and about 130 airmen arrived at Keflavik air base in Iceland"
        " on Monday."
    )
    assert {p[3] for p in _deployments(deployments) if p[:2] == ("IT", "IS")} == {130}


def test_troops_taken_up_again_are_at_the_place_the_next_sentence_names(relations_of):
    _, deployments = relations_of(
        "Pakistan will post a contingent of about 1,600 soldiers to Saudi Arabia early next"
        " year. The troops will be stationed in the kingdom's Eastern Province."
    )
    assert {p for p in _deployments(deployments) if p[:2] == ("PK", "SA")} == {
        ("PK", "SA", "Eastern Province", 1600)
    }


def test_a_country_that_keeps_hosting_a_battalion_hosts_its_owner_s_forces(relations_of):
    _, deployments = relations_of(
        "Brunei will keep hosting a battalion of British Army Gurkhas in the oil town of Seria."
    )
    assert ("GB", "BN") in _pairs(deployments)


def test_a_base_described_after_its_name_and_the_town_it_is_near_are_one_place(relations_of):
    _, deployments = relations_of(
        "American submarines will rotate through HMAS Stirling, the naval base on Garden Island"
        " near Perth, from 2027."
    )
    assert {p[2] for p in _deployments(deployments)} == {"HMAS Stirling"}


def test_a_base_some_distance_from_a_port_city_is_not_in_it(relations_of):
    _, deployments = relations_of(
        "Washington has voiced concern that the base, about 30 km from the port city of"
        " Sihanoukville, could host Chinese warships."
    )
    assert ("US", "KH") not in _pairs(deployments)


def test_a_headline_s_second_subject_is_no_place(relations_of):
    _, deployments = relations_of("Turkey opens drone base in northern Cyprus, Greece protests")
    assert ("TR", "GR") not in _pairs(deployments)


def test_a_town_then_its_county_told_later_are_one_deployment(relations_of):
    _, deployments = relations_of(
        "Arctic town of Setermoen to host 1,000 US Marines\n\nOSLO, Oct 20, 2025 - Setermoen, a"
        " garrison town in northern Norway's Troms county, will host about 1,000 US Marines from"
        " January, the armed forces said."
    )
    assert {p[2] for p in _deployments(deployments) if p[:2] == ("US", "NO")} == {"Setermoen"}


def test_bases_a_state_is_let_use_are_no_station(relations_of):
    _, deployments = relations_of(
        "A 2021 agreement also lets US forces use Rygge and Evenes air stations in Norway."
    )
    assert _pairs(deployments) == set()


def test_a_presence_in_a_year_long_gone_is_history(relations_of):
    _, deployments = relations_of(
        "HANOI, April 30, 2025 - At the war's height in 1968, the United States had more than"
        " 500,000 troops in South Vietnam, including Marines at the Da Nang air base."
    )
    assert _pairs(deployments) == set()


def test_a_mission_s_size_is_no_contributor_s_and_each_contributor_is_there(relations_of):
    _, deployments = relations_of(
        "The UN peacekeeping force UNFICYP, with about 800 troops from countries including"
        " Argentina, Britain and Slovakia, patrols the buffer zone in Cyprus."
    )
    found = _deployments(deployments)
    assert {(a, h) for a, h, _, _ in found} == {("AR", "CY"), ("GB", "CY"), ("SK", "CY")}
    assert {troops for *_, troops in found} == {None}


def test_military_advisers_and_troops_a_list_has_are_deployed(relations_of):
    _, deployments = relations_of(
        "Germany also keeps a small team of military advisers in Erbil, in northern Iraq."
        " Turkey, Romania and Italy also have troops in EUFOR."
    )
    assert {("DE", "IQ"), ("TR", "BA"), ("RO", "BA"), ("IT", "BA")} <= _pairs(deployments)


def test_troops_in_kosovo_are_in_kosovo_not_serbia(relations_of):
    _, deployments = relations_of("Turkey, which has about 800 soldiers in Kosovo, will lead KFOR.")
    assert ("TR", "XK") in _pairs(deployments)
    assert ("TR", "RS") not in _pairs(deployments)


def test_a_territory_forces_move_to_is_no_actor(relations_of):
    _, deployments = relations_of(
        "TOKYO, April 21, 2026 - Japan set aside money for the relocation of 4,000 marines from"
        " Okinawa to Guam."
    )
    assert ("GU", "JP") not in _pairs(deployments)


def test_forces_offered_on_a_condition_are_nowhere_yet(relations_of):
    _, deployments = relations_of(
        "Bangladesh is ready to send an infantry battalion to Haiti if the UN Security Council"
        " turns the Kenyan-led police mission there into a peacekeeping operation."
    )
    assert _pairs(deployments) == set()
    _, deployments = relations_of("Bangladesh has sent an infantry battalion to Haiti.")
    assert _pairs(deployments) == {("BD", "HT")}


def test_and_after_a_relative_clause_goes_back_to_its_subject(relations_of):
    _, deployments = relations_of(
        "Tanzania agreed to share intelligence with Mozambique on fighters crossing the Ruvuma"
        " river, which marks the border between the two countries, and will move an extra"
        " battalion to Mtwara."
    )
    assert _pairs(deployments) == set()  # Tanzania's own battalion at home


def test_a_withdrawal_in_an_earlier_year_is_history(relations_of):
    _, deployments = relations_of(
        "TOKYO, April 21, 2026 - The United States withdrew about 1,000 troops from its drone"
        " base at Agadez in Niger in 2024, and Russia sent 100 instructors to Niamey in 2025."
    )
    assert _pairs(deployments) == {("RU", "NE")}


def test_a_host_of_a_counted_or_led_force_names_its_guests(relations_of):
    _, deployments = relations_of(
        "Djibouti, which hosts about 1,500 French troops, remains France's largest base abroad."
    )
    assert _deployments(deployments) == {("FR", "DJ", "Djibouti", 1500)}
    _, deployments = relations_of("Estonia, which hosts a British-led battlegroup, said on Monday.")
    assert _pairs(deployments) == {("GB", "EE")}


def test_forces_told_by_their_size_are_counted(relations_of):
    _, deployments = relations_of(
        "ROME, May 28, 2026 - In Kosovo, the Italian contingent with the NATO-led force numbers"
        " about 700."
    )
    assert _deployments(deployments) == {("IT", "XK", "Kosovo", 700)}
    _, deployments = relations_of(
        "Uruguay said its helicopter unit at Goma airport in the Democratic Republic of Congo,"
        " about 120 strong, would be rotated in March."
    )
    assert ("UY", "CD", "Goma", 120) in _deployments(deployments)
    _, deployments = relations_of(
        "Italy will raise the number of soldiers it leads in the NATO battlegroup in Bulgaria to"
        " 1,000 from about 750 by the autumn."
    )
    assert _deployments(deployments) == {("IT", "BG", "Bulgaria", 1000)}


def test_either_or_names_two_places_of_the_forces(relations_of):
    _, deployments = relations_of(
        "French forces are no longer stationed in either Senegal or Chad, officials said."
    )
    assert _pairs(deployments) == {("FR", "SN"), ("FR", "TD")}


def test_forces_training_others_are_there_but_funding_training_is_no_presence(relations_of):
    _, deployments = relations_of(
        "Italian special forces are training Kurdish units in Erbil in northern Iraq."
    )
    assert _pairs(deployments) == {("IT", "IQ")}
    _, deployments = relations_of(
        "The United States will fund the training of Nigerian special forces in Kaduna."
    )
    assert _pairs(deployments) == set()


# Whole stories of eval/gold/dev_long_en1.jsonl and dev_long_en2.jsonl, where the context counts
NIGER_STORY = (
    'Niger signs defence pact with Russia as last US troops leave\n'
    '\n'
    'NIAMEY, April 2, 2026 - Niger and Russia signed a military cooperation agreement on '
    'Wednesday during a visit by Russian Deputy Defence Minister Yunus-Bek Yevkurov, the '
    'ruling junta said, deepening ties that have grown since the 2023 coup.\n'
    '\n'
    'About 100 Russian military instructors arrived in Niamey last year with an air '
    'defence system, and the new pact provides for training of Nigerien pilots in Russia, '
    'state television said.\n'
    '\n'
    'Separately, the United States completed the withdrawal of its last 600 troops from '
    'the drone base at Agadez, ending a decade-long presence after the junta revoked a '
    'military accord with Washington. The Pentagon said the base had been handed to '
    'Nigerien forces.\n'
    '\n'
    'Niger, Mali and Burkina Faso, which left the ECOWAS bloc last year, agreed at a '
    'summit in Bamako to set up a joint force of 5,000 soldiers to fight jihadist groups '
    'in the border region they share.\n'
    '\n'
    'France, expelled by the junta in 2023, said it regretted the drift of the region but '
    'respected its sovereignty. Algeria, which closed its airspace to Malian flights after '
    'a drone was shot down near the border, did not comment.\n'
    '\n'
    '"Our partners are those who respect us," junta spokesman Colonel Amadou Abdramane '
    'told reporters in Niamey.'
)
INDONESIA_STORY = (
    'Indonesia, Australia sign defence treaty; Prabowo eyes Turkish jets\n'
    '\n'
    'CANBERRA, Nov 12, 2026 - Indonesia and Australia signed a defence cooperation treaty '
    'in Canberra on Wednesday that commits the neighbours to consult on threats to either '
    'country and expands joint training, Prime Minister Anthony Albanese and President '
    'Prabowo Subianto said.\n'
    '\n'
    'The treaty replaces the 2006 Lombok Treaty and allows Indonesian troops to train in '
    'northern Australia, where about 2,500 US Marines rotate through Darwin each dry '
    'season.\n'
    '\n'
    "Prabowo, a former general, has diversified Jakarta's arms purchases. Indonesia "
    'ordered 42 Rafale fighters from France in 2022, and the defence ministry said on '
    'Thursday it was in talks with Ankara to buy 48 KAAN jets from Turkish Aerospace.\n'
    '\n'
    'China\'s foreign ministry spokesman Guo Jiakun said Beijing respected the "independent '
    'foreign policy" of both countries but warned against "bloc confrontation". Indonesia '
    'joined the BRICS group in 2025, and its navy held its first exercise with Russia off '
    'Surabaya in 2024.\n'
    '\n'
    'Papua New Guinea, which signed its own defence treaty with Australia last year, '
    'welcomed the deal. Timor-Leste said it would seek a similar pact with Jakarta. The '
    'first joint patrols under the treaty will begin in the Arafura Sea in March.'
)


def test_a_body_that_speaks_is_no_site_of_forces(relations_of):
    _, deployments = relations_of(NIGER_STORY)
    assert _pairs(deployments) == {("RU", "NE"), ("US", "NE")}


def test_a_seller_of_jets_and_leave_to_train_are_no_forces(relations_of):
    _, deployments = relations_of(INDONESIA_STORY)
    assert _pairs(deployments) == {("US", "AU")}


def test_bases_a_state_once_ran_are_history(relations_of):
    _, deployments = relations_of(
        "LONDON, Nov 30, 2026 - The United Arab Emirates, which once ran bases in Eritrea and"
        " Somaliland, now keeps no permanent forces on the continent."
    )
    assert _pairs(deployments) == set()


def test_seeking_access_to_a_base_is_no_presence(relations_of):
    _, deployments = relations_of(
        "The spokesman declined to comment on reports that India was seeking access to an air"
        " base in Tajikistan."
    )
    assert _pairs(deployments) == set()


def test_a_state_body_that_hosts_forces_names_their_host(relations_of):
    _, deployments = relations_of(
        "The Central African Republic's government, which also hosts Russian military"
        " instructors, has asked the UN to keep its force."
    )
    assert _pairs(deployments) == {("RU", "CF")}


def test_a_state_s_own_troops_in_a_town_are_there(relations_of):
    _, deployments = relations_of(
        "Kenya said its troops in Kismayo in Somalia would not be affected by any reorganisation."
    )
    assert _pairs(deployments) == {("KE", "SO")}


def test_forces_moved_on_are_where_they_went(relations_of):
    _, deployments = relations_of(
        "El Salvador's 70 soldiers, who run the mission's medical unit, have been moved from"
        " Port-au-Prince to Cap-Haitien in the north of Haiti."
    )
    assert _deployments(deployments) == {("SV", "HT", "Cap-Haïtien", 70)}


def test_its_forces_are_those_of_the_sentence_before(relations_of):
    _, deployments = relations_of(
        "MOGADISHU, July 2, 2026 - Ethiopia has 2,500 soldiers in Gedo in Somalia. Burundi is no"
        " longer part of the mission. Its last 800 soldiers left the Hiraan region in April."
    )
    assert _pairs(deployments) == {("ET", "SO"), ("BI", "SO")}


def test_the_speaker_s_troops_beside_a_led_brigade_are_not_the_leader_s(relations_of):
    _, deployments = relations_of(
        "MADRID, Oct 8, 2026 - Q: And Latvia? A: We have about 600 troops at Adazi in Latvia with"
        " the Canadian-led brigade."
    )
    assert ("CA", "LV") not in _pairs(deployments)
