"""Thai deployment rules (issue 4), each on sentences in the style of eval/gold/dev_deploy_th*."""

import pytest

from geomap.relations import find_troops
from geomap.relations.magnitudes import thai_word_number


def _deployments(deployments, statuses=("realised", "planned", "requested")):
    return {
        (p["actor_country"], p["host_country"], p["troops"])
        for f in deployments
        if (p := f["properties"])["status"] in statuses
    }


@pytest.mark.parametrize(
    ("words", "value"),
    [("หนึ่งพัน", 1000), ("สามร้อยห้าสิบ", 350), ("หกสิบ", 60), ("ยี่สิบเอ็ด", 21),
     ("หนึ่งหมื่นสองพัน", 12000), ("หนึ่งร้อยแปดสิบ", 180)],
)  # fmt: skip
def test_thai_number_words(words, value):
    assert thai_word_number(words) == value


def test_troop_numbers_in_thai_words_but_not_vague_ones():
    counts = find_troops("ญี่ปุ่นส่งทหารหนึ่งพันนาย เกาหลีใต้ส่งนาวิกโยธินสามร้อยห้าสิบนาย หลายร้อยนาย")
    assert [c.troops for c in counts] == [1000, 350]


def test_a_year_before_a_title_is_no_troop_number():
    assert find_troops("ตามบันทึกความเข้าใจที่ลงนามเมื่อปี 2558\n\nนายกรัฐมนตรีย้ำว่า") == []
    assert find_troops("เมื่อปี 2558 นายสมชายกล่าว") == []


def test_a_mission_named_by_its_acronym_is_in_its_country(relations_of):
    _, deployments = relations_of(
        "ด้านกระทรวงกลาโหมเนปาลแถลงว่า เนปาลเตรียมส่งกำลังพลอีก 850 นาย เข้าร่วมภารกิจ UNIFIL"
        " ภายในเดือนเมษายน"
    )
    assert _deployments(deployments) == {("NP", "LB", 850)}


def test_a_port_call_is_no_deployment(relations_of):
    _, deployments = relations_of(
        "เรือดำน้ำของกองทัพเรือรัสเซียพร้อมลูกเรือราว 50 นาย เทียบท่าที่ท่าเรือตันจุงปริออกในกรุง"
        "จาการ์ตา ซึ่งกองทัพเรืออินโดนีเซียระบุว่าเป็นการเยือนตามปกติ"
    )
    assert _deployments(deployments) == set()


def test_forces_moved_from_one_country_to_another_are_in_the_second(relations_of):
    _, deployments = relations_of(
        "รัสเซียได้ย้ายระบบป้องกันภัยทางอากาศและทหารราว 1,500 นาย จากซีเรียไปยังฐานทัพอากาศ"
        "อัล-คาดิม ทางตะวันออกของลิเบีย"
    )
    assert _deployments(deployments) == {("RU", "LY", 1500)}


def test_a_government_s_seat_is_not_where_forces_are(relations_of):
    _, deployments = relations_of(
        "รัฐบาลชั่วคราวในกรุงดามัสกัสเรียกร้องให้รัสเซียถอนกำลังทั้งหมดออกจากฐานทัพอากาศฮไมมิม"
    )
    assert {f["properties"]["place"] for f in deployments} == {"Khmeimim Air Base"}


def test_the_speaker_is_not_whose_forces_move(relations_of):
    _, deployments = relations_of(
        "กระทรวงกลาโหมญี่ปุ่นแถลงว่า สหรัฐฯ จะเริ่มย้ายนาวิกโยธินชุดแรกราว 100 นายออกจากจังหวัด"
        "โอกินาวา ซึ่งส่วนหนึ่งจะย้ายไปยังรัฐฮาวาย"
    )
    assert {(a, h) for a, h, _ in _deployments(deployments)} == {("US", "JP")}


def test_each_side_pulling_back_its_own_forces_is_no_deployment(relations_of):
    _, deployments = relations_of(
        "ที่ประชุมคณะกรรมการชายแดนทั่วไปไทย-กัมพูชาได้ข้อสรุปให้ต่างฝ่ายต่างถอนกำลังทหารของตน"
        "ออกจากแนวชายแดนบริเวณช่องบก จังหวัดอุบลราชธานี"
    )
    assert _deployments(deployments) == set()


def test_a_host_asking_for_a_withdrawal_hosts_the_forces(relations_of):
    _, deployments = relations_of(
        "ส่วนรัฐบาลชาดที่กรุงเอ็นจาเมนาได้ขอให้สหรัฐฯ ถอนหน่วยรบพิเศษราว 75 นายออกจากฐานทัพอากาศ"
        "ใกล้สนามบินนานาชาติ"
    )
    assert _deployments(deployments, ("requested",)) == {("US", "TD", 75)}


def test_forces_sent_in_the_next_sentence_are_at_the_place_just_told_of(relations_of):
    _, deployments = relations_of(
        "อาบีจาน 20 ก.พ. 2568 – ฝรั่งเศสจัดพิธีส่งมอบค่ายทหารในกรุงอาบีจาน คืนให้แก่โกตดิวัวร์"
        " ถือเป็นการถอนทหารฝรั่งเศสราว 600 นายออกจากประเทศ\n\nรัฐมนตรีกลาโหมโกตดิวัวร์กล่าวว่า"
        " ฝรั่งเศสจะคงครูฝึกทหารไว้ราวแปดสิบนาย เพื่อช่วยฝึกกองทัพโกตดิวัวร์ต่อไป"
    )
    assert _deployments(deployments) == {("FR", "CI", 600), ("FR", "CI", 80)}


def test_a_change_of_strength_counts_the_new_number(relations_of):
    _, deployments = relations_of(
        "แคนาดาจะเพิ่มกำลังพลในลัตเวียจากราว 1,000 นายเป็น 2 พันนายภายในปี 2569"
        " โดยจะประจำการที่ฐานทัพในเมืองอาดาชิ ใกล้กรุงริกา"
    )
    assert _deployments(deployments) == {("CA", "LV", 2000)}


def test_a_total_from_many_countries_is_no_one_force_s_number(relations_of):
    _, deployments = relations_of(
        "สหรัฐฯ และไทยเปิดการฝึกที่ฐานทัพเรือสัตหีบ จังหวัดชลบุรี โดยมีกำลังพลจาก 30 ประเทศ"
        "เข้าร่วมรวมกว่า 8,000 นาย"
    )
    assert _deployments(deployments) == {("US", "TH", None)}


def test_forces_of_a_headline_s_second_story_are_its_subject_s(relations_of):
    _, deployments = relations_of(
        "สหรัฐฯ เริ่มย้ายนาวิกโยธินชุดแรกออกจากโอกินาวา ญี่ปุ่นเตรียมตั้งหน่วยขีปนาวุธที่โยนากูนิ"
    )
    assert {f["properties"]["place"] for f in deployments} == {"Okinawa"}


def test_peace_operation_towns_and_exercise_areas_have_thai_names(gazetteer):
    for thai, name in [("เบนติว", "Bentiu"), ("อัลไอน์", "Al Ain City"),
                       ("อ่าวชอลวอเตอร์", "Shoalwater Bay Training Area")]:  # fmt: skip
        assert gazetteer.lookup(thai)[0][0].name == name


def test_forces_counted_in_khon_but_not_victims():
    assert [c.troops for c in find_troops("ยังมีทหารเกาหลีเหนือราว 11,000 คน ประจำการอยู่")] == [11000]
    assert find_troops("ยอดผู้เสียชีวิตเพิ่มขึ้นเป็นกว่า 2,000 คน") == []


def test_a_bare_service_name_belongs_to_the_state_the_sentence_is_about(relations_of):
    _, deployments = relations_of(
        "ขณะที่อินเดียส่งโรงพยาบาลสนามของกองทัพบกพร้อมเจ้าหน้าที่ 118 นาย ไปตั้งที่เมืองมัณฑะเลย์"
        "ของเมียนมา"
    )
    assert {(a, h) for a, h, _ in _deployments(deployments)} == {("IN", "MM")}


def test_a_region_after_a_base_of_its_country_only_says_where_it_is(relations_of):
    _, deployments = relations_of(
        "ออสเตรเลียได้ส่งเครื่องบินลาดตระเวนทางทะเล P-8A จำนวน 2 ลำ ไปปฏิบัติการที่ฐานทัพอากาศ"
        "บัตเตอร์เวิร์ธของมาเลเซีย ในรัฐปีนัง"
    )
    assert len(deployments) == 1


def test_the_country_a_withdrawal_leaves_is_the_host_not_the_one_asking(relations_of):
    _, deployments = relations_of(
        "กระทรวงการต่างประเทศเกาหลีใต้เรียกร้องให้เกาหลีเหนือถอนทหารทั้งหมดออกจากรัสเซียทันที"
    )
    assert {(a, h) for a, h, _ in _deployments(deployments)} == {("KP", "RU")}


def test_forces_driven_out_are_no_deployment(relations_of):
    _, deployments = relations_of(
        "ทหารเกาหลีเหนือราว 11,000 คนถูกส่งไปช่วยกองทัพรัสเซียผลักดันกองกำลังยูเครนออกจากแคว้น"
        "คูร์สก์"
    )
    assert "UA" not in {a for a, _, _ in _deployments(deployments)}


def test_a_deployment_at_a_request_is_done_not_asked(relations_of):
    _, deployments = relations_of(
        "อินเดียส่งโรงพยาบาลสนามพร้อมเจ้าหน้าที่ทหาร 118 นาย ไปตั้งที่เมืองมัณฑะเลย์ของเมียนมา"
        " ตามคำร้องขอของรัฐบาลเมียนมา"
    )
    assert {f["properties"]["status"] for f in deployments} == {"realised"}


def test_a_later_clause_s_own_number_is_not_the_earlier_site_s(relations_of):
    _, deployments = relations_of(
        "ทั้งนี้ ภารกิจซึ่งประกอบด้วยทหารจากแอฟริกาใต้ และบอตสวานา ได้ถอนกำลังออกจากโมซัมบิกแล้ว"
        " แต่แทนซาเนียยังคงทหารราว 300 นายไว้ตามแนวชายแดน"
    )
    troops = {a: t for a, _, t in _deployments(deployments)}
    assert troops.get("BW") is None and troops.get("ZA") is None


def test_a_denied_report_of_forces_is_no_deployment_but_refusing_to_leave_is(relations_of):
    _, denied = relations_of(
        "โฆษกกระทรวงการต่างประเทศทาจิกิสถานปฏิเสธรายงานของสื่อตะวันตกที่ระบุว่า จีนมีทหารหลายร้อยนาย"
        "ประจำการที่ฐานลับในแคว้นกอร์โน-บาดัคชาน"
    )
    assert _deployments(denied) == set()
    _, kept = relations_of(
        "ส่วนรัสเซียปฏิเสธข้อเรียกร้องของสหภาพยุโรปที่ให้ถอนทหารราว ๓,๐๐๐ นายออกจากแคว้นเซาท์"
        "ออสซีเชียของจอร์เจีย"
    )
    assert {(a, h) for a, h, _ in _deployments(kept)} == {("RU", "GE")}


def test_a_base_in_a_province_is_a_cue(relations_of):
    _, deployments = relations_of(
        "สหรัฐฯ จะปิดฐานที่มั่นขนาดเล็ก 3 แห่งในจังหวัดเดียร์ เอซ-ซอร์ และรวมกำลังไว้ที่ฐานในจังหวัด"
        "ฮาซากะห์ของซีเรีย"
    )
    assert len({f["properties"]["place"] for f in deployments}) == 2


def test_the_base_forces_set_out_from_is_no_site(relations_of):
    _, deployments = relations_of(
        "กองทัพอากาศสิงคโปร์ส่งเครื่องบินขับไล่ F-16D จำนวน 8 ลำ พร้อมนักบินราว 150 นาย มาประจำการ"
        "ชั่วคราวที่จังหวัดนครราชสีมา เพื่อร่วมฝึกกับกองทัพอากาศไทย\n\n"
        "ด้านกองทัพอากาศสหรัฐฯ ส่งเครื่องบินขับไล่ F-15E จำนวน 6 ลำ"
        " พร้อมกำลังพลราว 250 นาย จากฐานทัพอากาศคาเดนะในญี่ปุ่น มายังกองบิน 1 เช่นกัน"
    )
    assert _deployments(deployments) == {("SG", "TH", 150), ("US", "TH", 250)}


def test_a_list_counts_forces_by_the_place_each_line_opens_with(relations_of):
    _, deployments = relations_of(
        "กระทรวงกองทัพฝรั่งเศสเผยแพร่ตัวเลขกำลังพลที่ยังประจำการอยู่ในแอฟริกา ดังนี้\n\n"
        "- จิบูตี: ราว 1,500 นาย ยังเป็นฐานทัพที่ใหญ่ที่สุดของฝรั่งเศสในต่างประเทศ\n"
        "- กาบอง: 100 นาย ที่ค่ายทหารในกรุงลีเบรอวิล ลดลงจาก 350 นายเมื่อปี 2567\n"
        "- โกตดิวัวร์: 80 นาย ทำหน้าที่ครูฝึกให้กองทัพโกตดิวัวร์ที่เมืองอาบีจาน"
    )
    assert _deployments(deployments) == {("FR", "DJ", 1500), ("FR", "GA", 100), ("FR", "CI", 80)}


def test_a_country_that_hosts_the_bases_of_several_states(relations_of):
    _, deployments = relations_of(
        "ปัจจุบันจิบูตียังเป็นที่ตั้งฐานทัพของสหรัฐฯ จีน ฝรั่งเศส และอิตาลีด้วย"
    )
    assert {a for a, _, _ in _deployments(deployments)} == {"US", "CN", "FR", "IT"}


def test_forces_told_of_before_take_the_next_sentence_s_count(relations_of):
    _, deployments = relations_of(
        "กระทรวงกลาโหมญี่ปุ่นประกาศว่า จะส่งกองกำลังป้องกันตนเองชุดใหม่ไปยังฐานปฏิบัติการในจิบูตี"
        "ภายในปลายเดือนนี้\n\nกองกำลังดังกล่าวประกอบด้วยเจ้าหน้าที่ราว 180 นาย และเครื่องบินลาดตระเวน"
        " P-3C อีก 2 ลำ"
    )
    assert _deployments(deployments) == {("JP", "DJ", 180)}


def test_listed_senders_share_a_total_and_contributors_have_their_own_count(relations_of):
    _, sent = relations_of(
        "การฝึกคอบร้าโกลด์เปิดฉากที่อำเภอสัตหีบ จังหวัดชลบุรี โดยกองทัพสหรัฐฯ ส่งกำลังพลเข้าร่วมราว"
        " 4,500 นาย ขณะที่ญี่ปุ่น เกาหลีใต้ และมาเลเซียส่งทหารเข้าร่วมรวมกว่า 1,200 นาย"
    )
    assert _deployments(sent) == {
        ("US", "TH", 4500), ("JP", "TH", None), ("KR", "TH", None), ("MY", "TH", None)
    }
    _, listed = relations_of(
        "อินโดนีเซียส่งทหาร 1,000 นาย ไปประจำการที่ฐานในเมืองนาเกาะรา ทางตอนใต้ของเลบานอน\n\n"
        "ปัจจุบันยูนิฟิลมีกำลังพลราว 10,000 นาย จาก 48 ประเทศ รองลงมาคืออิตาลีราว 1,000 นาย"
        " อินเดีย 900 นาย และกานา 870 นาย"
    )
    assert _deployments(listed) == {
        ("ID", "LB", 1000), ("IT", "LB", 1000), ("IN", "LB", 900), ("GH", "LB", 870)
    }


def test_training_received_abroad_and_a_war_s_name_are_no_deployment(relations_of):
    _, trained = relations_of(
        "นักบินและช่างอากาศยานของไทยราว 40 นาย ได้เข้ารับการฝึกที่เมืองลินเชอปิงในสวีเดนนาน 8 เดือน"
        " และเดินทางกลับถึงไทยแล้วเมื่อต้นเดือนนี้"
    )
    assert _deployments(trained) == set()
    _, history = relations_of(
        "การฝึกปีนี้ตรงกับวาระครบรอบ 50 ปีที่สหรัฐฯ ถอนทหารชุดสุดท้ายออกจากไทย ในช่วงสงครามเวียดนาม"
    )
    assert _deployments(history) == set()


def test_forces_sent_off_are_at_the_first_place_after_the_one_they_leave(relations_of):
    _, deployments = relations_of(
        "กองทัพเรือไทยจัดพิธีส่งเรือหลวงภูมิพลอดุลยเดช พร้อมกำลังพลรวม 250 นาย ออกเดินทางจาก"
        "ฐานทัพเรือสัตหีบ ไปร่วมการฝึกริมแพค 2026 ซึ่งกองทัพเรือสหรัฐฯ เป็นเจ้าภาพ ณ เพิร์ลฮาร์เบอร์"
        " รัฐฮาวาย"
    )
    assert _deployments(deployments) == {("TH", "US", 250)}


def test_a_place_right_before_a_number_takes_it(relations_of):
    _, deployments = relations_of(
        "ปัจจุบันสหรัฐฯ มีทหารประจำการในเกาหลีใต้ราว 28,500 นาย ส่วนใหญ่อยู่ที่ค่ายฮัมฟรีส์ในเมือง"
        "พย็องแท็ก และในญี่ปุ่นอีกราว 54,000 นาย"
    )
    assert _deployments(deployments) == {("US", "KR", 28500), ("US", "JP", 54000)}


def test_soldiers_who_flee_across_a_border_are_no_deployment(relations_of):
    _, deployments = relations_of(
        "ทหารเมียนมาราว 200 นาย พร้อมครอบครัว ได้หลบหนีข้ามแม่น้ำเมยเข้ามายังฝั่งไทยในอำเภอแม่สอด"
    )
    assert _deployments(deployments) == set()


def test_a_regional_command_of_a_state_is_its_forces_not_a_region(relations_of):
    """ "กองบัญชาการภาคใต้ของสหรัฐฯ" is US Southern Command; "ภาคใต้ของ" alone would place it."""
    _, deployments = relations_of(
        "กองบัญชาการภาคใต้ของสหรัฐฯ ประกาศส่งทหาร 150 นายไปประจำที่กรุงจอร์จทาวน์เป็นเวลาหกเดือน"
        " เพื่อฝึกกองกำลังป้องกันประเทศกายอานาด้านการเฝ้าระวังทางทะเล"
    )
    assert _deployments(deployments) == {("US", "GY", 150)}
