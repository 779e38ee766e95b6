"""Who a clause links: origins, buyers and destinations are no parties; local officials,
delegates and donors through agencies are (issue 4, eval/gold/dev_links_mix*.jsonl)."""

from relation_pairs import asserted_pairs, pair


def test_where_a_thing_was_made_or_registered_names_no_party(relations_of):
    links, _ = relations_of(
        "Thailand signed a memorandum on air-defence radars with South Korea and bought"
        " Chinese-made drones."
    )
    assert asserted_pairs(links) == {pair("TH", "KR")}


def test_producers_and_trade_destinations_are_no_parties(relations_of):
    links, _ = relations_of(
        "The refinery has struggled to buy enough crude from Nigerian producers and has"
        " imported cargoes from the United States and Brazil."
    )
    assert asserted_pairs(links) == set()
    links, _ = relations_of(
        "The floods damaged paddy fields that supply rice exports to Bangladesh and Malaysia."
    )
    assert asserted_pairs(links) == set()


def test_buyers_from_several_countries_are_no_parties(relations_of):
    links, _ = relations_of("ปีนี้ผู้ซื้อจากเวียดนาม มาเลเซีย และกัมพูชาสนใจซื้อข้าวหอมมะลิมากขึ้น")
    assert asserted_pairs(links) == set()


def test_governors_of_two_countries_meeting_are_a_link(relations_of):
    links, _ = relations_of(
        "ผู้ว่าราชการจังหวัดหนองคายหารือกับเจ้าแขวงบอลิคำไซเรื่องการขยายเวลาเปิดด่าน"
    )
    assert asserted_pairs(links) == {pair("TH", "LA")}
    links, _ = relations_of(
        "The governor of Chiang Rai held talks with the governor of Bokeo on reopening"
        " the crossing."
    )
    assert asserted_pairs(links) == {pair("TH", "LA")}


def test_a_country_s_delegates_are_its_party_not_a_target(relations_of):
    links, _ = relations_of("ผู้แทนเวียดนามและกัมพูชาหารือทวิภาคีเรื่องการบริหารจัดการน้ำในแม่น้ำโขง")
    assert asserted_pairs(links) == {pair("KH", "VN")}


def test_aid_through_a_un_agency_for_people_in_a_country_links_donor_and_country(relations_of):
    links, _ = relations_of(
        "รัฐบาลญี่ปุ่นประกาศให้เงิน 3 ล้านดอลลาร์ผ่าน UNHCR สำหรับผู้ลี้ภัยในบังกลาเทศ"
    )
    assert asserted_pairs(links) == {pair("JP", "BD")}
    links, _ = relations_of(
        "A magnitude 6.4 earthquake struck western Nepal on Wednesday. Switzerland will fund"
        " the rebuilding of 40 schools through UNICEF."
    )
    assert asserted_pairs(links) == {pair("CH", "NP")}


def test_handing_over_details_is_a_link(relations_of):
    links, _ = relations_of(
        "Malaysian police said they had shared the crew's passport details with their Thai"
        " counterparts."
    )
    assert asserted_pairs(links) == {pair("MY", "TH")}
    links, _ = relations_of("ตำรวจมาเลเซียแจ้งว่าจะส่งข้อมูลบัญชีม้าให้ตำรวจไทยภายในสัปดาห์หน้า")
    assert asserted_pairs(links) == {pair("MY", "TH")}


def test_forces_alone_are_no_link_with_their_host(relations_of):
    links, deployments = relations_of(
        "About 900 US troops remain at the al-Tanf garrison in eastern Syria, officials said."
    )
    assert deployments and asserted_pairs(links) == set()


def test_forces_sent_on_request_or_to_train_are_a_link_with_their_host(relations_of):
    links, _ = relations_of(
        "About 4,000 US soldiers will rotate through Poland from June. The deployment was"
        " requested by Warsaw."
    )
    assert asserted_pairs(links) == {pair("US", "PL")}
    links, _ = relations_of(
        "Russia sent about 200 military instructors to Equatorial Guinea last month to train"
        " the presidential guard."
    )
    assert asserted_pairs(links) == {pair("RU", "GQ")}


def test_the_host_of_a_meeting_meets_each_member_the_members_only_each_other_maybe(
    relations_of,
):
    links, _ = relations_of(
        "Japanese Prime Minister Shigeru Ishiba met the leaders of Kazakhstan, Kyrgyzstan and"
        " Uzbekistan in Astana at a summit hosted by Kazakh President Kassym-Jomart Tokayev."
    )
    pairs = asserted_pairs(links)
    assert {pair("KZ", "KG"), pair("KZ", "UZ"), pair("JP", "KZ"), pair("JP", "UZ")} <= pairs
    assert pair("KG", "UZ") not in pairs


def test_statements_made_separately_link_no_one(relations_of):
    links, _ = relations_of("Qatar and Egypt welcomed the talks in separate statements.")
    assert asserted_pairs(links) == set()


def test_giving_a_sum_is_aid(relations_of):
    links, _ = relations_of("South Korea will give $500,000 to the Philippines.")
    assert asserted_pairs(links) == {pair("KR", "PH")}


def test_a_state_s_own_embassy_abroad_meets_no_one(relations_of):
    links, _ = relations_of(
        "สถานเอกอัครราชทูตไทยประจำกรุงโตเกียวจัดงานเลี้ยงต้อนรับนักกีฬาในคืนวันพฤหัสบดี"
    )
    assert asserted_pairs(links) == set()


def test_a_state_and_its_own_territory_are_no_link(relations_of):
    links, _ = relations_of(
        "The US Air Force moved four B-52 bombers to Diego Garcia from Guam last week."
    )
    assert asserted_pairs(links) == set()


def test_a_deployment_called_provocative_is_no_link(relations_of):
    links, _ = relations_of(
        "Japan opened a new missile unit on Ishigaki island, in a deployment that China called"
        " provocative."
    )
    assert asserted_pairs(links) == set()


def test_a_railway_named_by_two_countries_is_no_link(relations_of):
    links, _ = relations_of("ทุเรียนจันท์ขึ้นรถไฟลาว-จีนวันละ 40 ตู้")
    assert asserted_pairs(links) == set()


def test_training_for_another_country_is_a_link(relations_of):
    links, _ = relations_of("ฝ่ายจีนรับปากฝึกอบรมพนักงานให้ฝ่ายลาว")
    assert asserted_pairs(links) == {pair("CN", "LA")}


def test_countries_visited_one_after_another_are_no_pair(relations_of):
    links, _ = relations_of("นายกฯ เยือนบราซิล-อาร์เจนตินา ลงนามความตกลงไก่-น้ำตาล")
    assert asserted_pairs(links) == set()
    links, _ = relations_of("ไทย-ลาวลงนามสร้างสะพานแห่งใหม่")
    assert asserted_pairs(links) == {pair("TH", "LA")}
