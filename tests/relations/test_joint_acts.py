"""Links of acts of several states: states joining an act told before, number phrases for
the states acting, hosts, hostile asides and rankings (issue 4, eval/gold/dev_joint1.jsonl)."""

from relation_pairs import asserted_pairs, pair


def test_a_state_joining_an_act_of_three_acts_with_each(relations_of):
    links, _ = relations_of(
        "Uzbekistan, Kyrgyzstan and Turkmenistan signed an agreement on Tuesday to build a"
        " railway to the Caspian. Azerbaijan's deputy prime minister said Baku would become"
        " the company's fourth shareholder, so cargo could continue to Georgia."
    )
    assert asserted_pairs(links) == {
        pair("UZ", "KG"), pair("UZ", "TM"), pair("KG", "TM"),
        pair("AZ", "UZ"), pair("AZ", "KG"), pair("AZ", "TM"),
    }  # fmt: skip


def test_a_state_asking_to_take_part_is_a_requested_link_with_the_partners(relations_of):
    links, _ = relations_of(
        "Indonesia and Australia will hold joint patrols in the Arafura Sea next year. Papua"
        " New Guinea's foreign minister said Port Moresby had asked Canberra and Jakarta to let"
        " its navy take part in the patrols."
    )
    requested = {
        pair(p["source_country"], p["target_country"])
        for f in links if (p := f["properties"])["status"] == "requested"
    }  # fmt: skip
    assert {pair("PG", "AU"), pair("PG", "ID")} <= requested


def test_a_thai_state_sending_troops_to_a_drill_drills_with_all(relations_of):
    links, _ = relations_of(
        "กองทัพอินโดนีเซียและกองทัพสหรัฐฯ เปิดการฝึกผสมประจำปีที่เมืองบาตูราจา โดยมีทหารจาก"
        "ออสเตรเลียและญี่ปุ่นเข้าร่วมการฝึกด้วย\n\nปีนี้ฝรั่งเศสส่งทหารนาวิกโยธิน 150 นาย"
        "มาร่วมการฝึกเป็นครั้งแรก"
    )
    assert {pair("FR", c) for c in ("ID", "US", "AU", "JP")} <= asserted_pairs(links)


def test_joining_only_a_part_joins_those_who_lead_the_act(relations_of):
    links, _ = relations_of(
        "กองทัพไทยและกองทัพสหรัฐฯ เปิดการฝึกคอบร้าโกลด์ โดยมีกำลังพลจากไทย สหรัฐฯ สิงคโปร์"
        " และญี่ปุ่นเข้าร่วม\n\nจีนเข้าร่วมเฉพาะการฝึกด้านมนุษยธรรม"
    )
    pairs = asserted_pairs(links)
    assert pair("CN", "TH") in pairs and pair("CN", "SG") not in pairs


def test_states_declining_to_join_join_nothing(relations_of):
    links, _ = relations_of(
        "Russia, Armenia and Belarus signed a security pact in Minsk. Georgia and Moldova"
        " did not join the pact."
    )
    assert not any(c in {"GE", "MD"} for p in asserted_pairs(links) for c in p)


def test_a_state_represented_at_a_hosted_summit_meets_the_host(relations_of):
    links, _ = relations_of(
        "Vietnam hosted the leaders of Cambodia, Laos and Thailand on Friday at a Mekong"
        " summit in Hanoi. Myanmar, the fifth member of the grouping, was represented by its"
        " deputy foreign minister."
    )
    assert pair("MM", "VN") in asserted_pairs(links)
    assert pair("MM", "LA") not in asserted_pairs(links)


def test_a_number_phrase_stands_for_the_states_listed_before(relations_of):
    links, _ = relations_of(
        "The defence ministers of Benin, Togo and Ghana inaugurated a joint military command"
        " in Dapaong. The United States will provide $20 million in equipment to the three"
        " coastal states."
    )
    assert {pair("US", "BJ"), pair("US", "TG"), pair("US", "GH")} <= asserted_pairs(links)
    links, _ = relations_of(
        "รัฐมนตรีพลังงานของลาว ไทย มาเลเซีย และสิงคโปร์ ลงนามขยายโครงการซื้อขายไฟฟ้า"
        "\n\nผู้แทนเวียดนามเปิดเผยว่า ฮานอยได้ยื่นหนังสือถึงทั้งสี่ประเทศเพื่อขอเข้าร่วมโครงการ"
    )
    assert {pair("VN", c) for c in ("LA", "TH", "MY", "SG")} <= asserted_pairs(links)


def test_a_hostile_aside_of_the_subject_leaves_its_act_standing(relations_of):
    links, _ = relations_of(
        "Egypt, locked in a dispute with Ethiopia over the Nile dam, has deepened military"
        " ties with Eritrea and Somalia."
    )
    assert asserted_pairs(links) == {pair("EG", "ER"), pair("EG", "SO")}


def test_a_host_of_talks_over_a_disputed_frontier_meets_both_parties(relations_of):
    links, _ = relations_of(
        "Kenya hosted two days of talks between Ethiopia and Eritrea that ended with an"
        " agreement to set up a joint committee on the demarcation of the disputed frontier."
    )
    assert {pair("KE", "ET"), pair("KE", "ER")} <= asserted_pairs(links)


def test_rankings_are_no_links(relations_of):
    links, _ = relations_of(
        "The Philippines ranks as Asia's fastest-growing arms importer, ahead of Indonesia"
        " and Vietnam."
    )
    assert asserted_pairs(links) == set()
    links, _ = relations_of(
        "นักวิเคราะห์ระบุว่า ฟิลิปปินส์ใช้งบประมาณกลาโหมต่ำเป็นอันดับสองในอาเซียน รองจากลาว"
    )
    assert asserted_pairs(links) == set()


def test_tariffs_talked_over_are_no_hostility_but_tariffs_imposed_are(relations_of):
    links, _ = relations_of(
        "Iranian and Turkmen railway officials would meet in Ashgabat next month to discuss"
        " transit tariffs."
    )
    assert asserted_pairs(links) == {pair("IR", "TM")}
    links, _ = relations_of(
        "The United States imposed new tariffs on Vietnam after talks with Hanoi stalled."
    )
    assert asserted_pairs(links) == set()


def test_a_list_before_a_thai_relative_clause_is_its_subject(relations_of):
    links, _ = relations_of(
        "ไทยเป็นเจ้าภาพการประชุมสุดยอดแม่โขงที่กรุงเทพฯ โดยมีผู้นำกัมพูชาและลาวเข้าร่วม"
        "\n\nญี่ปุ่นและเกาหลีใต้ ซึ่งเป็น"
        "หุ้นส่วนด้านการพัฒนา ส่งรัฐมนตรีช่วยว่าการกระทรวงการต่างประเทศเข้าร่วมการประชุม"
    )
    assert {pair("JP", "TH"), pair("KR", "TH")} <= asserted_pairs(links)
    links, _ = relations_of(
        "สำนักงานปราบปรามยาเสพติดของสหรัฐฯ (ดีอีเอ) ซึ่งให้ทุนสนับสนุนการฝึกอบรมเจ้าหน้าที่"
        "ตำรวจน้ำของไทยและลาว จะส่งผู้เชี่ยวชาญมาช่วยวางระบบ"
    )
    assert {pair("US", "TH"), pair("US", "LA")} <= asserted_pairs(links)


def test_citizens_listed_by_country_are_people_not_states(relations_of):
    links, _ = relations_of(
        "ทางการเมียนมาปล่อยตัวพลเมืองอินโดนีเซีย อินเดีย และเวียดนาม ซึ่งทยอยถูกส่งตัวข้าม"
        "สะพานเข้าสู่อำเภอแม่สอด"
    )
    assert not {pair("ID", "IN"), pair("ID", "VN"), pair("IN", "VN")} & asserted_pairs(links)


def test_a_reactor_described_between_commas_takes_no_part(relations_of):
    links, _ = relations_of(
        "Algeria, Niger and Nigeria signed a gas pipeline agreement on Thursday. Italy,"
        " Algeria's largest gas customer, welcomed the agreement."
    )
    assert pair("IT", "DZ") not in asserted_pairs(links)


def test_a_state_joins_the_body_it_names_not_the_last_act(relations_of):
    links, _ = relations_of(
        "Angola, Zambia and the Democratic Republic of Congo signed a transit agreement in 2023"
        " and set up a joint corridor agency in Luanda. China agreed last year with Zambia and"
        " Tanzania to revive the Tazara line with a loan. Botswana's transport minister said"
        " Gaborone had applied to join the corridor agency."
    )
    pairs = asserted_pairs(links)
    assert {pair("BW", "AO"), pair("BW", "ZM"), pair("BW", "CD")} <= pairs
    assert pair("BW", "CN") not in pairs and pair("BW", "TZ") not in pairs


def test_a_thai_joint_body_is_an_act_that_others_ask_to_join(relations_of):
    links, _ = relations_of(
        "เวียดนาม กัมพูชา และลาว ตั้งศูนย์บัญชาการร่วมปราบปรามการค้ามนุษย์ที่จังหวัดกอนตุม"
        " ขณะที่ไทยได้ยื่นขอเข้าร่วมศูนย์ดังกล่าวในฐานะสมาชิกสมทบ"
    )
    assert {pair("VN", "KH"), pair("VN", "LA"), pair("KH", "LA")} <= asserted_pairs(links)
    assert {pair("TH", "VN"), pair("TH", "KH"), pair("TH", "LA")} <= asserted_pairs(links)


def test_the_two_sides_are_the_two_named_between_each_other(relations_of):
    links, _ = relations_of(
        "มาเลเซียเป็นเจ้าภาพการเจรจาระหว่างนายกรัฐมนตรีไทยและนายกรัฐมนตรีกัมพูชา โดยมีเอกอัครราชทูต"
        "สหรัฐฯ และจีนเข้าร่วมในฐานะผู้สังเกตการณ์ ที่ประชุมตกลงหยุดยิงโดยไม่มีเงื่อนไข\n\n"
        "รัฐมนตรีกลาโหมของทั้งสองประเทศประชุมคณะกรรมการชายแดนทั่วไปที่กรุงกัวลาลัมเปอร์"
    )
    pairs = asserted_pairs(links)
    assert {pair("MY", "TH"), pair("MY", "KH"), pair("KH", "TH")} <= pairs  # unconditionally
    assert pair("US", "CN") not in pairs


def test_the_other_side_of_a_tension_is_no_partner(relations_of):
    links, _ = relations_of(
        "อียิปต์และซูดานจัดการฝึกร่วมทางอากาศในภาคเหนือของซูดาน ท่ามกลางความตึงเครียดกับเอธิโอเปีย"
    )
    assert asserted_pairs(links) == {pair("EG", "SD")}


def test_the_pair_named_just_before_outweighs_an_older_between(relations_of):
    links, _ = relations_of(
        "Ghana and Togo signed a border security pact in 2022. The pact answered a court ruling"
        " that fixed the sea line between Benin and Nigeria. Two years later, Ghanaian and"
        " Togolese officers began training together. Both governments have since bought patrol"
        " boats from France."
    )
    pairs = asserted_pairs(links)
    assert {pair("GH", "FR"), pair("TG", "FR")} <= pairs
    assert not {pair("BJ", "FR"), pair("NG", "FR")} & pairs


def test_a_thai_list_before_a_relative_clause_acts_each_on_its_own(relations_of):
    links, _ = relations_of(
        "นอกจากไทยแล้ว เครื่องบินรุ่นนี้ยังประจำการในกองทัพอากาศของเปรูและชิลี ซึ่งกำลังทยอย"
        "รับมอบเครื่องบินที่ประกอบในประเทศ"
    )
    assert pair("PE", "CL") not in asserted_pairs(links)
    links, _ = relations_of(
        "นอกจากไทยแล้ว เครื่องบินรุ่นนี้ยังประจำการในกองทัพอากาศของเปรูและชิลี ซึ่งลงนาม"
        "ความร่วมมือด้านการซ่อมบำรุงร่วมกันเมื่อปีก่อน"
    )
    assert pair("PE", "CL") in asserted_pairs(links)
