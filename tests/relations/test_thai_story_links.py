"""Thai cooperation links in long multi-event stories (issue 4, eval/gold/dev_long_th*.jsonl):
the wider news vocabulary of joint acts, people counted by nationality, an intelligence
agency as speaker, and the separate sellers of one buyer."""


def _pairs(links):
    return {
        frozenset((p["source_country"], p["target_country"]))
        for f in links
        if (p := f["properties"])["status"] in ("realised", "planned", "requested")
    }


def _pair(a, b):
    return frozenset((a, b))


def test_joint_patrols_and_drills_are_links(relations_of):
    links, _ = relations_of("เรือตรวจการณ์ของจีน ลาว และไทย ออกลาดตระเวนร่วมในแม่น้ำโขง")
    assert _pairs(links) == {_pair("CN", "LA"), _pair("CN", "TH"), _pair("LA", "TH")}
    links, _ = relations_of("อิหร่านและอาร์เมเนียมีกำหนดจัดการซ้อมรบร่วมบริเวณชายแดนในเดือนเมษายน")
    assert _pairs(links) == {_pair("IR", "AM")}


def test_people_counted_by_nationality_are_no_parties(relations_of):
    links, _ = relations_of(
        "ตำรวจกัมพูชาควบคุมตัวคนไทย 68 คน ชาวจีน 41 คน และชาวเวียดนาม 12 คน"
        " และจะส่งตัวคนไทยทั้งหมดให้ทางการไทยในสัปดาห์หน้า"
    )
    assert _pairs(links) == {_pair("KH", "TH")}


def test_an_intelligence_agency_reporting_shares_nothing(relations_of):
    links, _ = relations_of(
        "หน่วยข่าวกรองแห่งชาติของเกาหลีใต้รายงานต่อรัฐสภาว่า เกาหลีเหนือได้ส่งทหารราว 11,000 นาย"
        "ไปยังรัสเซีย"
    )
    assert _pair("KR", "KP") not in _pairs(links)
    assert _pair("KR", "RU") not in _pairs(links)


def test_two_sellers_of_one_buyer_are_no_pair(relations_of):
    links, _ = relations_of("อาร์เมเนียรับมอบปืนใหญ่จากอินเดีย ลงนามซื้อปืนใหญ่อัตตาจรจากฝรั่งเศส")
    assert _pairs(links) == {_pair("AM", "IN"), _pair("AM", "FR")}


def test_a_comment_after_the_news_does_not_undo_it(relations_of):
    links, _ = relations_of(
        "ญี่ปุ่นประกาศให้เงินช่วยเหลือด้านอาหารแก่ลาว 5 ล้านดอลลาร์ผ่านโครงการอาหารโลก"
        " โดยเอกอัครราชทูตญี่ปุ่นระบุว่าโตเกียวไม่ได้ต้องการแข่งขันกับประเทศใด"
    )
    assert _pairs(links) == {_pair("JP", "LA")}


def test_cooperation_told_as_background_is_a_link(relations_of):
    links, _ = relations_of(
        "ตำรวจไทยคาดว่าจะมีการส่งตัวผู้ต้องหาเพิ่มขึ้นในปีหน้า"
        " หลังจากที่ไทยลงนามบันทึกความเข้าใจด้านการปราบปรามอาชญากรรมข้ามชาติกับลาวเมื่อเดือนกันยายน"
    )
    assert _pairs(links) == {_pair("TH", "LA")}


def test_the_two_countries_include_a_neighbour_named_before(relations_of):
    links, _ = relations_of(
        "ด้านอิหร่านซึ่งมีพรมแดนติดกับอาร์เมเนียทางตอนใต้ แถลงว่าทั้งสองประเทศมีกำหนดจัดการซ้อมรบร่วม"
        "ครั้งแรกในเดือนเมษายน ท่ามกลางความกังวลของเตหะรานต่อเส้นทางคมนาคมสายใหม่"
    )
    assert _pairs(links) == {_pair("IR", "AM")}


def test_a_headline_official_starts_the_next_story(relations_of):
    links, _ = relations_of(
        "โอมานเป็นตัวกลางเจรจาสหรัฐ-อิหร่านรอบสามที่มัสกัต รมว.ต่างประเทศซาอุฯ เยือนเตหะราน\n\n"
        "มัสกัต 26 เม.ย. 2568 – ผู้แทนพิเศษของสหรัฐและรัฐมนตรีต่างประเทศอิหร่านเจรจาทางอ้อม"
    )
    assert _pair("OM", "SA") not in _pairs(links)
    assert _pair("SA", "IR") in _pairs(links)


def test_observers_do_not_act_together(relations_of):
    links, _ = relations_of("ผู้แทนจากสหรัฐและจีนเข้าร่วมประชุมในฐานะผู้สังเกตการณ์")
    assert _pairs(links) == set()
