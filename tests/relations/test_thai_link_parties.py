"""Who is a party of a Thai cooperation link (issue 4, eval/gold/dev_long_th3.jsonl): bodies
whose names hold a trigger, the reach of a negation and of a condition, competitors and
exceptions, an embassy's host country, a bare service of a foreign state, the separate givers
of one receiver, crimes told beside the news, and whom "ทั้งสองประเทศ" refers back to."""

from relation_pairs import asserted_pairs, pair


def test_a_defence_ministry_speaking_is_no_arms_deal(relations_of):
    links, _ = relations_of(
        "ส่วนกระทรวงกลาโหมกัมพูชาระบุว่าจะติดตามการเสริมสร้างกำลังทางอากาศของไทยอย่างใกล้ชิด"
    )
    assert asserted_pairs(links) == set()


def test_a_negation_reaches_only_to_the_next_joining_word(relations_of):
    links, _ = relations_of(
        "กระทรวงกลาโหมมาเลเซียแถลงว่า ไม่มีความกังวลต่อการจัดซื้อครั้งนี้"
        " และมาเลเซียเพิ่งรับมอบเครื่องบินฝึก/โจมตีเบา FA-50 ลำแรกจากเกาหลีใต้เมื่อเดือนก่อน"
    )
    assert asserted_pairs(links) == {pair("MY", "KR")}
    links, _ = relations_of("อินเดียเสนอขายขีปนาวุธให้เวียดนามมาตั้งแต่ปี 2565 แต่ยังไม่มีการลงนาม")
    assert asserted_pairs(links) == set()


def test_a_condition_and_competitors_state_no_link(relations_of):
    links, _ = relations_of(
        "นักเศรษฐศาสตร์เตือนว่า หากไทยไม่สามารถบรรลุข้อตกลงได้ทัน"
        " สินค้าส่งออกของไทยอาจเสียเปรียบคู่แข่งอย่างเวียดนามและมาเลเซียในตลาดสหรัฐฯ"
    )
    assert asserted_pairs(links) == set()


def test_a_country_set_apart_takes_no_part(relations_of):
    links, _ = relations_of(
        "เรือพิฆาตญี่ปุ่นเทียบท่าฐานทัพเรือเรียม เป็นเรือรบต่างชาติลำแรกนอกจากจีน"
    )
    assert asserted_pairs(links) == set()
    links, _ = relations_of(
        "นอกจากไทยแล้ว กริพเพนยังประจำการอยู่ในกองทัพอากาศฮังการีและเช็ก"
        " ซึ่งเช่าเครื่องบินจากสวีเดนมาตั้งแต่ต้นทศวรรษ 2000"
    )
    assert not any("TH" in p for p in asserted_pairs(links))


def test_the_country_an_embassy_sits_in_is_no_party(relations_of):
    links, _ = relations_of(
        'สถานทูตสหรัฐฯ ประจำประเทศไทยออกแถลงการณ์ระบุว่า วอชิงตัน "ผิดหวัง" กับผลการคัดเลือก'
        " แต่ยังคงให้ความสำคัญกับความเป็นพันธมิตรที่ยาวนาน"
    )
    assert asserted_pairs(links) == set()


def test_a_bare_service_after_a_foreign_one_is_that_states(relations_of):
    links, _ = relations_of(
        "กองทัพเรือฟิลิปปินส์เคยรับมอบเรือฟริเกต 2 ลำจากผู้ต่อเรือรายเดียวกันเมื่อปี 2564"
        " และกองทัพอากาศเคยจัดซื้อเครื่องบินขับไล่ FA-50 จากเกาหลีใต้เมื่อปี 2557"
    )
    assert asserted_pairs(links) == {pair("PH", "KR")}


def test_two_givers_of_one_receiver_are_no_pair(relations_of):
    links, _ = relations_of(
        "นักวิเคราะห์ระบุว่า ฟิลิปปินส์กำลังกระจายแหล่งจัดหาอาวุธ หลังจากรับมอบขีปนาวุธบราห์มอส"
        "จากอินเดียเมื่อปี 2567 และได้รับเงินช่วยเหลือทางทหาร 500 ล้านดอลลาร์จากสหรัฐฯ เมื่อปีที่แล้ว"
    )
    assert pair("IN", "US") not in asserted_pairs(links)


def test_officials_from_two_countries_meeting_stay_a_pair(relations_of):
    links, _ = relations_of("เจ้าหน้าที่จากไทยและจากกัมพูชาร่วมประชุมที่ด่านคลองลึกเมื่อวันจันทร์")
    assert asserted_pairs(links) == {pair("TH", "KH")}


def test_a_crime_told_beside_the_news_is_no_hostility(relations_of):
    links, _ = relations_of(
        "การจับกุมเป็นผลจากข่าวกรองที่สำนักงานปราบปรามยาเสพติดของสหรัฐฯ ส่งให้ฝ่ายไทยเมื่อกลางปี"
        " เครือข่ายของผู้ต้องหาถูกกล่าวหาว่าลักลอบขนยาบ้ากว่า 30 ล้านเม็ด"
    )
    assert asserted_pairs(links) == {pair("US", "TH")}


def test_the_two_countries_are_not_a_suspects_nationality(relations_of):
    links, _ = relations_of(
        "ตำรวจลาวได้ส่งตัวนายหลี่ เหวินไห่ ชาวมาเลเซียเชื้อสายจีน ให้แก่เจ้าหน้าที่ของไทย"
        "ที่สะพานมิตรภาพไทย-ลาว แห่งที่ 1 เมื่อบ่ายวันอังคาร\n\n"
        "เลขาธิการ ป.ป.ส. ระบุว่า การส่งตัวครั้งนี้เป็นไปตามสนธิสัญญาส่งผู้ร้ายข้ามแดน"
        "ที่ทั้งสองประเทศลงนามไว้ตั้งแต่ปี 2542"
    )
    assert asserted_pairs(links) == {pair("LA", "TH")}


def test_taking_delivery_and_calling_on_are_cooperation(relations_of):
    links, _ = relations_of(
        "ผู้แทนพิเศษอาเซียนจากมาเลเซียได้เดินทางถึงกรุงเนปิดอว์ และเข้าพบผู้นำรัฐบาลทหารเมียนมา"
    )
    assert pair("MY", "MM") in asserted_pairs(links)
    links, _ = relations_of("จีนได้ส่งทีมแพทย์ชุดใหม่ไปยังเมืองมัณฑะเลย์ของเมียนมา")
    assert asserted_pairs(links) == {pair("CN", "MM")}


def test_a_speaker_is_no_party_of_cooperation_between_others(relations_of):
    links, _ = relations_of(
        "ญี่ปุ่นและสหรัฐต่างออกแถลงการณ์ประณามความร่วมมือทางทหารระหว่างมอสโกกับเปียงยาง\n\n"
        "ด้านโฆษกกระทรวงการต่างประเทศจีนกล่าวว่าความร่วมมือระหว่างสองประเทศเป็นเรื่องของรัฐอธิปไตย"
        " และปักกิ่งไม่ได้มีส่วนเกี่ยวข้อง"
    )
    assert not any("CN" in p for p in asserted_pairs(links))


def test_a_country_in_a_condition_is_no_party(relations_of):
    links, _ = relations_of(
        '"ถ้าไทยยังลดต้นทุนไม่ได้ เราจะเสียตลาดให้อินเดียทั้งหมด" นายกสมาคมกล่าว'
        " พร้อมเสนอให้รัฐบาลเร่งเจรจากับบังกลาเทศ"
    )
    assert asserted_pairs(links) == set()


def test_observers_and_an_unconditional_ceasefire(relations_of):
    links, _ = relations_of(
        "ผู้นำไทยและกัมพูชาพบกันที่เมืองปุตราจายา ประเทศมาเลเซีย โดยมีนายกรัฐมนตรีมาเลเซียเป็นเจ้าภาพ"
        " และผู้แทนสหรัฐฯ และจีนร่วมสังเกตการณ์ ทั้งสองฝ่ายตกลงหยุดยิงโดยไม่มีเงื่อนไขตั้งแต่เที่ยงคืน"
    )
    assert asserted_pairs(links) == {pair("TH", "KH"), pair("TH", "MY"), pair("KH", "MY")}


def test_a_list_right_before_a_joint_verb_acts_together(relations_of):
    links, _ = relations_of(
        "ไทยและกัมพูชาจะจัดการประชุมคณะกรรมาธิการเขตแดนร่วมที่จังหวัดเสียมราฐในวันที่ 2 ตุลาคม"
        " โดยมาเลเซียในฐานะประธานอาเซียนจะส่งผู้แทนเข้าร่วมสังเกตการณ์การประชุม"
    )
    assert pair("TH", "KH") in asserted_pairs(links)


def test_the_person_handed_over_is_no_party(relations_of):
    links, _ = relations_of("ศาลอาญาสั่งส่งตัวชาวรัสเซียให้สหรัฐฯ")  # the Thai court hands over
    assert asserted_pairs(links) == {pair("TH", "US")}
    links, _ = relations_of("ไทยส่งผู้ร้ายข้ามแดนชาวออสเตรเลีย")  # no receiver named: Australia
    assert asserted_pairs(links) == {pair("TH", "AU")}


def test_rescue_teams_from_a_list_each_help_the_stricken_country(relations_of):
    links, _ = relations_of(
        "ยอดผู้เสียชีวิตจากเหตุแผ่นดินไหวใกล้เมืองมัณฑะเลย์ของเมียนมาเพิ่มขึ้นเป็น 2,700 ราย"
        " ขณะที่ทีมค้นหาและกู้ภัยจากจีน อินเดีย และรัสเซีย ได้เดินทางถึงมัณฑะเลย์แล้ว\n\n"
        "โฆษกรัฐบาลทหารเมียนมาระบุว่า จะไม่รับทีมกู้ภัยจากไต้หวัน"
    )
    assert asserted_pairs(links) == {pair("CN", "MM"), pair("IN", "MM"), pair("RU", "MM")}
