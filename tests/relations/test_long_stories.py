"""Links in long stories of several events: third states' reactions, headlines of two
stories, places named in passing (issue 4, eval/gold/dev_long_en*.jsonl)."""

from relation_pairs import asserted_pairs, pair


def test_a_state_reacting_to_others_cooperation_takes_no_part_in_it(relations_of):
    links, _ = relations_of("Japan welcomed the agreement between Armenia and Azerbaijan.")
    assert asserted_pairs(links) == {pair("AM", "AZ")}
    links, _ = relations_of("Ukraine welcomed the Polish order, saying it hoped for a share.")
    assert asserted_pairs(links) == set()
    links, _ = relations_of("India congratulated Nepal and Bangladesh on the power deal.")
    assert asserted_pairs(links) == {pair("NP", "BD")}
    links, _ = relations_of("China condemned the defence pact between Japan and the Philippines.")
    assert asserted_pairs(links) == {pair("JP", "PH")}


def test_greeting_a_guest_is_a_meeting(relations_of):
    links, _ = relations_of("Vietnam welcomed the visiting Indian president in Hanoi on Monday.")
    assert asserted_pairs(links) == {pair("VN", "IN")}


def test_a_headline_of_two_stories_links_neither_with_the_other(relations_of):
    links, _ = relations_of(
        "Australia signs Japanese frigate deal as British carrier docks in Yokosuka"
    )
    assert asserted_pairs(links) == {pair("AU", "JP")}


def test_the_port_a_cargo_passes_through_is_a_place(relations_of):
    links, _ = relations_of("Moscow also delivered wheat to Niger through the port of Lome.")
    assert asserted_pairs(links) == {pair("RU", "NE")}


def test_land_between_two_states_and_a_demonym_before_a_place_noun_name_places(relations_of):
    links, _ = relations_of(
        "Polish and Lithuanian troops will hold a joint exercise to rehearse the defence of the"
        " strip of land between Belarus and the Russian exclave of Kaliningrad."
    )
    assert asserted_pairs(links) == {pair("PL", "LT")}


def test_an_official_introduced_with_a_state_stands_for_it_by_name_later(relations_of):
    links, _ = relations_of(
        "Somali President Hassan Sheikh Mohamud flew home on Monday.\n\nEritrea's President"
        " Isaias Afwerki met Sisi and Hassan Sheikh in Asmara, where the three leaders agreed"
        " to coordinate security."
    )
    assert asserted_pairs(links) == {pair("ER", "EG"), pair("ER", "SO"), pair("EG", "SO")}


def test_a_leader_s_name_inside_a_longer_name_is_someone_else(relations_of):
    links, _ = relations_of(
        "Niger and Russia signed a military cooperation agreement during a visit by Russian"
        " Deputy Defence Minister Yunus-Bek Yevkurov."
    )
    assert asserted_pairs(links) == {pair("NE", "RU")}


def test_a_lone_list_after_to_names_destinations(relations_of):
    links, _ = relations_of("The deal follows sales of Bayraktar TB2 drones to Kuwait and Qatar.")
    assert asserted_pairs(links) == set()


def test_what_the_subject_did_before_with_others_links_it_with_them(relations_of):
    links, _ = relations_of(
        "The British aircraft carrier docked at Yokosuka, after exercises with US and Japanese"
        " warships in the Philippine Sea."
    )
    assert asserted_pairs(links) >= {pair("GB", "US"), pair("GB", "JP"), pair("US", "JP")}


def test_a_denial_in_what_is_said_after_the_trigger_is_the_speaker_s(relations_of):
    links, _ = relations_of(
        "President Volodymyr Zelenskiy, speaking in Ankara after talks with Turkish President"
        " Tayyip Erdogan, said Kyiv would not recognise any agreement reached without it."
    )
    assert asserted_pairs(links) == {pair("UA", "TR")}


def test_an_accord_after_the_subject_binds_it(relations_of):
    links, _ = relations_of(
        "Venezuela, which shares a 2,200-km border with Colombia, said it would reopen two"
        " crossings near Cucuta next week under a deal reached in Caracas between the interior"
        " ministers of the two countries."
    )
    assert asserted_pairs(links) == {pair("VE", "CO")}


def test_a_body_of_no_named_state_is_the_sentence_s_subject(relations_of):
    links, _ = relations_of(
        "Indonesia ordered 42 Rafale fighters from France in 2022, and the defence ministry said"
        " on Thursday it was in talks with Ankara to buy 48 jets."
    )
    assert pair("ID", "TR") in asserted_pairs(links)


def test_a_state_signing_its_part_of_the_deal_joins_its_parties(relations_of):
    links, _ = relations_of(
        "Tanzania and Burundi signed a $900 million railway agreement on Wednesday. The line"
        " will later reach Uvira in the Democratic Republic of Congo, whose transport minister"
        " said Kinshasa would sign its part of the deal next year."
    )
    assert asserted_pairs(links) == {pair("TZ", "BI"), pair("CD", "TZ"), pair("CD", "BI")}
    links, _ = relations_of(
        "Tanzania and Burundi signed a $900 million railway agreement on Wednesday. Kenya said"
        " the deal would divert cargo from Mombasa."
    )
    assert asserted_pairs(links) == {pair("TZ", "BI")}


def test_support_or_concern_for_others_cooperation_is_a_reaction(relations_of):
    links, _ = relations_of(
        "Russia said it was concerned about the pact Japan signed with the Philippines."
    )
    assert asserted_pairs(links) == {pair("JP", "PH")}
    links, _ = relations_of(
        "Beijing expressed support for the talks between Thailand and Cambodia."
    )
    assert asserted_pairs(links) == {pair("TH", "KH")}
    links, _ = relations_of("The United States supports Ukraine with weapons and intelligence.")
    assert asserted_pairs(links) == {pair("US", "UA")}


def test_states_restoring_ties_in_a_brokered_deal_are_linked_with_each_other(relations_of):
    links, _ = relations_of(
        "Saudi Arabia and Iran restored ties in a deal brokered by China in Beijing in 2023."
    )
    assert asserted_pairs(links) == {pair("SA", "IR"), pair("SA", "CN"), pair("IR", "CN")}


def test_a_headline_s_second_verb_and_a_time_clause_keep_to_their_own_parties(relations_of):
    links, _ = relations_of("Poland orders more Korean howitzers, plans drills with Lithuania")
    assert asserted_pairs(links) == {pair("PL", "LT")}
    links, _ = relations_of(
        "Poland signed a contract for 180 howitzers from South Korea, the latest in a string of"
        " orders placed with Seoul since Russia invaded Ukraine in 2022."
    )
    assert asserted_pairs(links) == {pair("PL", "KR")}


def test_the_seat_of_a_union_is_no_party_to_its_meetings(relations_of):
    links, _ = relations_of(
        "EU leaders agree Ukraine aid at Brussels summit after Hungary drops veto"
    )
    assert asserted_pairs(links) == set()


def test_ending_an_accord_is_no_cooperation(relations_of):
    links, _ = relations_of(
        "Relations between the neighbours have collapsed since Bamako ended a 2015 peace deal"
        " brokered by Algiers."
    )
    assert asserted_pairs(links) == set()


def test_a_state_that_does_not_comment_on_others_accord_leaves_it_standing(relations_of):
    links, _ = relations_of(
        "The United States, which is Japan's only treaty ally, did not comment on the agreement"
        " between Tokyo and Seoul."
    )
    assert pair("JP", "KR") in asserted_pairs(links)
    assert pair("US", "KR") not in asserted_pairs(links)


def test_others_reaction_in_apposition_and_a_pronoun_s_time_clause_stand_apart(relations_of):
    links, _ = relations_of(
        "Moscow and Minsk signed the treaty in December, placing Belarus under Russia's nuclear"
        " umbrella, a move Warsaw and Vilnius called a threat."
    )
    assert asserted_pairs(links) == {pair("RU", "BY")}
    links, _ = relations_of(
        "The visit by Indian Prime Minister Narendra Modi to Kyiv came weeks after he hugged"
        " Vladimir Putin in Moscow."
    )
    assert pair("UA", "RU") not in asserted_pairs(links)
