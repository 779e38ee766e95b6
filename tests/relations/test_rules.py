"""The relation rules added for issue 4, each on real news sentences (eval/gold/dev*.jsonl)."""


def _pairs(links, statuses=("realised", "planned", "requested")):
    return {
        frozenset((f["properties"]["source_country"], f["properties"]["target_country"]))
        for f in links
        if f["properties"]["status"] in statuses
    }


def _deployments(deployments):
    return {
        (p["actor_country"], p["host_country"], p["place"], p["troops"])
        for f in deployments
        if (p := f["properties"])["status"] in ("realised", "planned", "requested")
    }


def test_the_two_sides_are_the_story_s_main_pair(relations_of):
    links, _ = relations_of(
        "The Japanese prime minister arrived in Hanoi on Monday for talks with Vietnam's"
        " leaders. The two sides signed a defence equipment transfer agreement."
    )
    signed = [f for f in links if "two sides" in f["properties"]["evidence"][0]["sentence"]]
    assert _pairs(signed) == {frozenset(("JP", "VN"))}


def test_all_three_are_the_last_three_countries_not_the_other_side(relations_of):
    links, _ = relations_of(
        "Mali, Burkina Faso and Niger expelled French forces. All three have signed military"
        " cooperation accords with Russia."
    )
    with_russia = {frozenset((c, "RU")) for c in ("ML", "BF", "NE")}
    assert with_russia <= _pairs(links)
    assert not any("FR" in pair for pair in _pairs(links))


def test_co_donors_give_to_the_stricken_country_not_to_each_other(relations_of):
    links, _ = relations_of("น้ำท่วมเชียงรายหนักสุดในรอบ 80 ปี ญี่ปุ่น-จีนเร่งส่งความช่วยเหลือ")
    assert _pairs(links) == {frozenset(("JP", "TH")), frozenset(("CN", "TH"))}


def test_aid_to_the_quake_zone_goes_to_the_country_it_hit(relations_of):
    links, _ = relations_of(
        "China pledged $7 million in emergency aid to Afghanistan on Tuesday after an"
        " earthquake in the eastern province of Kunar killed more than 1,400 people."
        " Iran sent two cargo planes of tents and medicine to Kabul, while India delivered"
        " 1,000 family tents to the quake zone."
    )
    assert _pairs(links) == {frozenset(("AF", c)) for c in ("CN", "IR", "IN")}


def test_ending_a_cooperation_agreement_is_no_link(relations_of):
    links, _ = relations_of("รัฐบาลชาดยกเลิกข้อตกลงความร่วมมือด้านกลาโหมกับฝรั่งเศสเมื่อปลายปีที่แล้ว")
    assert _pairs(links) == set()
    links, _ = relations_of("Chad terminated its defence cooperation agreement with France.")
    assert _pairs(links) == set()


def test_a_declined_invitation_is_a_refused_link(relations_of):
    links, _ = relations_of(
        "ทางการไทยได้เชิญกัมพูชาและเมียนมาเข้าร่วมการประชุมด้วย แต่กัมพูชาปฏิเสธคำเชิญโดยอ้างว่า"
        "ติดภารกิจ ขณะที่เมียนมาไม่ได้ส่งผู้แทนเข้าร่วม"
    )
    assert frozenset(("KH", "TH")) in _pairs(links, ("refused",))
    assert frozenset(("KH", "TH")) not in _pairs(links)


def test_an_aside_after_and_as_is_its_own_clause(relations_of):
    links, _ = relations_of(
        "The shipment came days after Qatar agreed to pay for fuel for the Lebanese army,"
        " and as France prepares to host a donor conference for Lebanon in Paris."
    )
    assert frozenset(("FR", "QA")) not in _pairs(links)


def test_a_province_after_a_base_only_says_where_the_base_is(relations_of):
    _, deployments = relations_of(
        "สหรัฐอเมริกาส่งทหาร 4,500 นายไปประจำการที่ฐานทัพเรือสัตหีบ จังหวัดชลบุรี"
    )
    assert _deployments(deployments) == {("US", "TH", "Sattahip Naval Base", 4500)}


def test_a_town_the_site_lies_south_of_is_not_the_site(relations_of):
    _, deployments = relations_of(
        "ขณะเดียวกัน ออสเตรเลียได้อนุญาตให้สหรัฐฯ ส่งนาวิกโยธินหมุนเวียนมาประจำการที่เมืองดาร์วิน"
        "เพิ่มเป็น 2,500 นาย และทหารอีกส่วนหนึ่งประจำการที่ค่ายแห่งหนึ่งทางใต้ของกรุงแคนเบอร์รา"
    )
    assert _deployments(deployments) == {("US", "AU", "Darwin", 2500)}


def test_a_headline_number_in_a_country_merges_into_the_site(relations_of):
    _, deployments = relations_of(
        "สหรัฐฯ ส่งนาวิกโยธิน 2,500 นายไปออสเตรเลีย\n\nแคนเบอร์รา 5 ส.ค. 2568 – ออสเตรเลียอนุญาตให้"
        "สหรัฐฯ ส่งนาวิกโยธินหมุนเวียนมาประจำการที่เมืองดาร์วินเพิ่มเป็น 2,500 นาย"
    )
    assert _deployments(deployments) == {("US", "AU", "Darwin", 2500)}


def test_forces_listed_together_are_each_deployed(relations_of):
    _, deployments = relations_of(
        "American and British troops are stationed at the air base in Darwin, Australia."
    )
    assert {(a, h) for a, h, _, _ in _deployments(deployments)} == {("US", "AU"), ("GB", "AU")}


def test_a_researcher_based_somewhere_is_no_deployment(relations_of):
    _, deployments = relations_of(
        "Russia handed Wagner's operations in Mali to the Africa Corps. \"The fighters are the"
        ' same, only the paymaster has changed," said a West African security researcher'
        " based in Dakar."
    )
    assert all(f["properties"]["host_country"] != "SN" for f in deployments)


def test_a_gang_s_base_is_no_deployment(relations_of):
    _, deployments = relations_of(
        "รัฐบาลไทยได้ตัดกระแสไฟฟ้าไปยังเมืองเมียวดีของเมียนมา เพื่อกดดันเครือข่ายแก๊งคอลเซ็นเตอร์"
        "ที่ตั้งฐานอยู่ในพื้นที่ชเวก๊กโกตามแนวชายแดนไทยกับเมียนมา"
    )
    assert _deployments(deployments) == set()


def test_a_contested_presence_is_a_deployment_but_no_link(relations_of):
    links, deployments = relations_of(
        "Moldova's parliament on Monday again demanded the withdrawal of some 1,500 Russian"
        " troops stationed in Moldova. Russia has kept soldiers guarding the Cobasna"
        " ammunition depot since 1992 and refuses to remove them."
    )
    assert {(a, h) for a, h, _, _ in _deployments(deployments)} == {("RU", "MD")}
    assert frozenset(("MD", "RU")) not in _pairs(links)


def test_a_withdrawal_is_no_hosting_link(relations_of):
    links, deployments = relations_of("ฝรั่งเศสถอนทหารราว 1,000 นายออกจากชาด")
    assert [f["properties"]["relation"] for f in deployments] == ["withdrawal"]
    assert _pairs(links) == set()


def test_the_country_forces_withdraw_from_is_the_host(relations_of):
    _, deployments = relations_of(
        "India completed the withdrawal of its military personnel from the Maldives on Friday."
    )
    assert {(p["actor_country"], p["host_country"], p["relation"]) for f in deployments
            if (p := f["properties"])} == {("IN", "MV", "withdrawal")}  # fmt: skip
