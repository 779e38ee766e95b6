"""The reach of English negation and refusal over the deployment a clause tells
(geomap/relations/scope.py): each case both ways, a frame that leaves the forces where they
are and a negation or refusal of the forces themselves."""


def _told(deployments):
    """(actor, host) -> (status, relation) of every deployment, whatever its status."""
    return {
        (p["actor_country"], p["host_country"]): (p["status"], p["relation"])
        for f in deployments
        if (p := f["properties"])
    }


def _status(relations_of, text, pair):
    _, deployments = relations_of(text, "en")
    return _told(deployments).get(pair, (None, None))[0]


def test_a_reporting_frame_does_not_negate_the_forces(relations_of):
    text = (
        "About 600 British soldiers are stationed at Tapa in Estonia; the ministry did not say"
        " how many more would be sent."
    )
    assert _status(relations_of, text, ("GB", "EE")) == "realised"


def test_forces_a_state_has_not_are_negated(relations_of):
    text = "Britain has no troops in Estonia, the ministry said."
    assert _status(relations_of, text, ("GB", "EE")) == "negated"


def test_declining_to_give_numbers_is_no_refusal(relations_of):
    text = (
        "A spokesman declined to give numbers of Turkish troops at the new outposts in Iraq's"
        " Duhok province."
    )
    assert _status(relations_of, text, ("TR", "IQ")) == "realised"


def test_declining_a_request_for_troops_is_a_refusal(relations_of):
    text = (
        "Kenya declined a request from Kinshasa to send troops to Goma in the Democratic"
        " Republic of Congo."
    )
    assert _status(relations_of, text, ("KE", "CD")) == "refused"


def test_a_denied_cut_keeps_the_forces_there(relations_of):
    _, deployments = relations_of(
        "The Pentagon denied reports that it was preparing to cut the roughly 13,500 US troops"
        " stationed at Camp Arifjan in Kuwait.",
        "en",
    )
    assert _told(deployments)[("US", "KW")] == ("realised", "stationed")


def test_forces_denied_are_refused(relations_of):
    text = "The ministry denied that Turkish troops had been deployed at the T4 air base in Syria."
    assert _status(relations_of, text, ("TR", "SY")) == "refused"
    text = "Rwanda denies sending troops to the Democratic Republic of Congo."
    assert _status(relations_of, text, ("RW", "CD")) == "refused"


def test_a_denial_of_what_named_forces_were_told_leaves_them_there(relations_of):
    text = (
        "A spokesman denied that the contingent of 700 South African troops, based at Mubambiro"
        " near Goma in the Democratic Republic of Congo, had been ordered to stay."
    )
    assert _status(relations_of, text, ("ZA", "CD")) == "realised"


def test_not_only_but_compares_and_negates_nothing(relations_of):
    text = (
        "Australia not only funds the base but keeps about 40 personnel at Lombrum in Papua"
        " New Guinea."
    )
    assert _status(relations_of, text, ("AU", "PG")) == "realised"


def test_forces_a_state_will_not_send_are_negated(relations_of):
    text = "Italy will not send soldiers to Ukraine, the minister said."
    assert _status(relations_of, text, ("IT", "UA")) == "negated"


def test_a_negation_across_but_belongs_to_the_other_host(relations_of):
    _, deployments = relations_of(
        "Russia has instructors in Mali, but has no troops in Chad, officials said.", "en"
    )
    told = _told(deployments)
    assert told[("RU", "ML")][0] == "realised"
    assert told[("RU", "TD")][0] == "negated"


def test_forces_no_longer_based_there_have_withdrawn(relations_of):
    _, deployments = relations_of(
        "US troops are no longer based at Ain al-Asad in Iraq, the coalition said.", "en"
    )
    assert _told(deployments)[("US", "IQ")] == ("realised", "withdrawal")


def test_a_presence_that_will_not_be_permanent_is_still_there(relations_of):
    text = (
        "Hungary has about 200 soldiers in Chad on a mission that it says will not be permanent."
    )
    assert _status(relations_of, text, ("HU", "TD")) in ("realised", "planned")


def test_forces_that_have_not_yet_arrived_are_planned(relations_of):
    text = "A Danish battalion of about 700 has not yet arrived at Adazi in Latvia."
    assert _status(relations_of, text, ("DK", "LV")) == "planned"


def test_no_forces_stationed_yet_is_a_negation(relations_of):
    text = "No Saudi troops have yet been stationed in Djibouti."
    assert _status(relations_of, text, ("SA", "DJ")) == "negated"


def test_a_base_that_will_not_move_keeps_its_forces(relations_of):
    text = (
        "The US air operations centre at Al Udeid in Qatar, home to about 10,000 US personnel,"
        " will not move, officials said."
    )
    assert _status(relations_of, text, ("US", "QA")) in ("realised", "planned")


def test_a_host_that_will_not_allow_a_base_refuses_it(relations_of):
    text = "Vanuatu said it would not allow a Chinese naval base at Luganville."
    assert _status(relations_of, text, ("CN", "VU")) == "refused"


def test_forces_only_asked_about_are_nowhere(relations_of):
    text = (
        "Shoebridge asked whether Australian units would be stationed in Papua New Guinea under"
        " the treaty."
    )
    assert _status(relations_of, text, ("AU", "PG")) is None


def test_no_evidence_for_a_base_negates_it(relations_of):
    text = (
        "The survey found no evidence for reports of a Chinese base at Bata in Equatorial"
        " Guinea."
    )
    assert _status(relations_of, text, ("CN", "GQ")) == "negated"


def test_an_exception_is_out_of_the_negation(relations_of):
    text = (
        "India and Japan had expanded naval visits but not bases, with the exception of Japan's"
        " facility in Djibouti, which houses about 180 personnel."
    )
    assert _status(relations_of, text, ("JP", "DJ")) == "realised"


def test_a_refusal_told_after_its_object_refuses_it(relations_of):
    text = "A planned deployment of Bangladeshi troops to Haiti was shelved last year."
    assert _status(relations_of, text, ("BD", "HT")) == "refused"
    text = (
        "Reports that India has stationed military personnel on Agalega island in Mauritius are"
        " baseless."
    )
    assert _status(relations_of, text, ("IN", "MU")) == "refused"


def test_a_move_denied_keeps_forces_where_they_are_and_refuses_where_they_go(relations_of):
    _, deployments = relations_of(
        "He rejected reports that Washington planned to move some of its 35,000 troops in Germany"
        " to Poland.",
        "en",
    )
    told = _told(deployments)
    assert told[("US", "DE")][0] == "realised"
    assert told[("US", "PL")][0] == "refused"


def test_a_question_states_no_deployment(relations_of):
    text = "Would Spain send soldiers to Ukraine after a ceasefire?"
    assert _status(relations_of, text, ("ES", "UA")) is None
