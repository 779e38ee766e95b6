"""Who stands for a state without naming it (eval/gold/dev_actors1.jsonl): Thai state bodies
written without the country, leaders and ministers named alone, in English and Thai."""

from relation_pairs import asserted_pairs, pair


def _deployment_pairs(deployments: list[dict]) -> set[tuple[str, str]]:
    return {
        (p["actor_country"], p["host_country"])
        for f in deployments
        if (p := f["properties"])["status"] in ("realised", "planned", "requested")
    }


def test_a_thai_state_body_without_a_country_is_thailand_s(relations_of):
    links, _ = relations_of(
        "ศาลอาญามีคำสั่งให้ส่งตัวผู้ต้องหาคดีฟอกเงินให้แก่ทางการสหรัฐฯ ตามคำร้องขอของ"
        "กระทรวงยุติธรรมสหรัฐฯ"
    )
    assert asserted_pairs(links) == {pair("TH", "US")}
    links, _ = relations_of(
        "รัฐมนตรีว่าการกระทรวงการต่างประเทศได้พบหารือกับนายหวัง อี้ รัฐมนตรีว่าการกระทรวง"
        "การต่างประเทศจีน โดยฝ่ายจีนยืนยันจะส่งผู้เชี่ยวชาญมาช่วยเก็บกู้ทุ่นระเบิด"
    )
    assert asserted_pairs(links) == {pair("CN", "TH")}


def test_a_body_with_its_state_after_it_is_that_state_s(relations_of):
    links, _ = relations_of(
        "กระทรวงกลาโหมสหรัฐฯ ออกแถลงการณ์ว่า สหรัฐฯ จะส่งมอบเรือตรวจการณ์ 2 ลำให้แก่ฟิลิปปินส์"
    )
    assert asserted_pairs(links) == {pair("PH", "US")}


def test_a_body_named_again_belongs_to_the_state_it_was_named_with(relations_of):
    links, _ = relations_of(
        "โตเกียว 15 ส.ค. 2568 – กระทรวงกลาโหมญี่ปุ่นแถลงว่า ญี่ปุ่นจะส่งทหาร 300 นาย"
        "ไปร่วมฝึกกับกองทัพฟิลิปปินส์\n\nกระทรวงกลาโหมระบุด้วยว่า รัฐมนตรีว่าการกระทรวง"
        "กลาโหมจะเดินทางเยือนกรุงฮานอยเพื่อลงนามความตกลงกับเวียดนาม"
    )
    assert pair("JP", "VN") in asserted_pairs(links)
    assert not any("TH" in p for p in asserted_pairs(links))


def test_a_foreign_leader_s_title_is_no_thai_body(relations_of):
    links, _ = relations_of(
        "นายเซอร์เกย์ ลาฟรอฟ รัฐมนตรีว่าการกระทรวงการต่างประเทศ กล่าวว่า รัสเซียและอินเดีย"
        "จะจัดการประชุมระดับรัฐมนตรีต่างประเทศที่นิวเดลีในเดือนกันยายน"
    )
    assert asserted_pairs(links) == {pair("IN", "RU")}


def test_a_meeting_of_ministers_is_no_body_acting(relations_of):
    links, _ = relations_of(
        "ผู้นำญี่ปุ่น จีน และเกาหลีใต้ยังตกลงจัดประชุมรัฐมนตรีต่างประเทศที่เซี่ยงไฮ้ในเดือนกันยายน"
    )
    assert not any("TH" in p for p in asserted_pairs(links))


def test_a_body_in_a_foreign_state_s_words_is_that_state_s(relations_of):
    links, _ = relations_of(
        "ด้านสาธารณรัฐเช็กระบุว่าจะส่งคณะผู้แทนกระทรวงกลาโหมไปกรุงโซลในเดือนหน้า"
        " เพื่อเจรจาเรื่องรถถัง K2"
    )
    assert asserted_pairs(links) == {pair("CZ", "KR")}


def test_leaders_in_thai_spelling_stand_for_their_states(relations_of):
    links, _ = relations_of("ปูตินต้อนรับโมดีที่เครมลิน ลงนามข้อตกลงพลังงาน 9 ฉบับ")
    assert asserted_pairs(links) == {pair("IN", "RU")}
    links, _ = relations_of(
        "ในอีกด้านหนึ่ง สี จิ้นผิง ต่อสายหารือกับลูลา ดา ซิลวา เมื่อคืนวันจันทร์"
        " ทั้งสองตกลงจะขยายการนำเข้าถั่วเหลือง"
    )
    assert asserted_pairs(links) == {pair("BR", "CN")}


def test_a_treaty_named_after_a_city_is_no_party(relations_of):
    links, _ = relations_of(
        "กระทรวงฯ ได้แจ้งฝ่ายรัสเซียผ่านช่องทางการทูตแล้ว และพร้อมอำนวยความสะดวกด้านกงสุล"
        "ตามอนุสัญญากรุงเวียนนา"
    )
    assert not any("AT" in p for p in asserted_pairs(links))


def test_troops_sent_to_their_own_border_are_at_home(relations_of):
    _, deployments = relations_of("ทรัมป์สั่งส่งทหารเพิ่มไปชายแดนเม็กซิโก ผู้ว่าฯ เท็กซัสหนุนเต็มที่")
    assert _deployment_pairs(deployments) == set()


def test_a_leader_named_in_full_is_later_written_by_family_name(relations_of):
    links, _ = relations_of(
        "Sergei Lavrov held talks with Wang Yi in Beijing on Tuesday. The ministry said Wang"
        " would travel to New Delhi later this month for border talks with Indian officials."
    )
    assert pair("CN", "IN") in asserted_pairs(links)


def test_a_leader_s_name_before_a_family_name_is_someone_else(relations_of):
    links, _ = relations_of(
        "Russia also sent about 200 military instructors to Equatorial Guinea last month to"
        " protect President Teodoro Obiang and to train his guard."
    )
    assert not any("PH" in p for p in asserted_pairs(links))


def test_a_question_put_to_a_minister_states_nothing(relations_of):
    links, _ = relations_of(
        "Teodoro, asked whether Manila would invite Vietnam to the November drills, said there"
        " were no such plans."
    )
    assert asserted_pairs(links) == set()


def test_an_invitation_turned_down_is_no_link(relations_of):
    links, _ = relations_of(
        "Anwar also said he had turned down an invitation to the Russia-hosted forum in Kazan."
    )
    assert asserted_pairs(links) == set()


def test_a_state_watching_others_cooperate_takes_no_part(relations_of):
    links, _ = relations_of(
        "In Tokyo, the chief cabinet secretary said Japan was watching military cooperation"
        ' between Beijing and Moscow "with grave concern".'
    )
    assert not any("JP" in p for p in asserted_pairs(links))


def test_a_hyphenated_leader_name_is_known(relations_of):
    links, _ = relations_of(
        "Lee Jae-myung will travel to Washington on Aug 25 for his first summit with Donald Trump."
    )
    assert asserted_pairs(links) == {pair("KR", "US")}


def test_a_private_person_sharing_a_leader_s_family_name_is_no_actor(relations_of):
    links, _ = relations_of(
        "Kim Jong Un rejected any talks. Kim, a 34-year-old engineer from Incheon, was sentenced"
        " on Thursday for leaking chip designs to a firm that cooperates with Pyongyang."
    )
    assert asserted_pairs(links) == set()


def test_a_scholar_s_nationality_is_no_party(relations_of):
    links, _ = relations_of(
        "Wong, a Singaporean political scientist, said Seoul was rebuilding ties with Washington."
    )
    assert not any("SG" in p for p in asserted_pairs(links))


def test_help_for_a_state_s_own_people_abroad_is_no_aid_to_the_host(relations_of):
    links, _ = relations_of(
        "กต. ขอให้คนไทยในอิสราเอลติดตามสถานการณ์ โดยสถานเอกอัครราชทูตไทยในกรุงเทลอาวีฟ"
        "พร้อมให้ความช่วยเหลือตลอด 24 ชั่วโมง"
    )
    assert asserted_pairs(links) == set()


def test_a_leader_due_in_a_capital_visits_its_state(relations_of):
    links, _ = relations_of(
        "Erdogan is due in Manila in November. Marcos has asked the Philippines' navy to"
        " study a Turkish corvette design."
    )
    assert pair("PH", "TR") in asserted_pairs(links)


def test_a_body_owned_by_a_government_we_cannot_name_is_not_thailand(relations_of):
    """ "รัฐมนตรีต่างประเทศของรัฐบาลตาลีบัน": an owner is written, though it is no country."""
    links, _ = relations_of(
        "อินเดียและอัฟกานิสถานตกลงเปิดเส้นทางขนส่งสินค้าทางอากาศอีกครั้ง"
        " หลังจากรัฐมนตรีต่างประเทศของรัฐบาลตาลีบันเยือนนิวเดลีเมื่อปลายปีที่แล้ว"
    )
    assert asserted_pairs(links) == {pair("IN", "AF")}
