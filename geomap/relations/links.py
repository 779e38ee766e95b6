"""Cooperation links between countries: the link rules of `RelationExtractor`.

Links are found clause by clause. A clause yields links when it holds a cooperation
trigger (taxonomy.py) and at least two parties, and no hostility; its parties are the
countries it names as actors (countries, capitals standing for their governments,
demonyms and state bodies), not those it names as places ("in Afghanistan", a city).
Which pairs: names joined into a list ("A, B and C") or a compound ("Thai-Chinese") are
one unit; one unit gives all its pairs, several units give only the pairs across units
("Russia worked with the US and Iran": Russia-US, Russia-Iran, not US-Iran).
Around that core: hosts and venues, states joining an earlier act or accord, reactions,
aid and its recipient, invitations answered later, and a link's status (negation, plans).
"""

from __future__ import annotations

import itertools
import re

from geomap.gazetteer import Place
from geomap.relations import cues
from geomap.relations.geometry import great_circle
from geomap.relations.reading import (
    LOCATION_TYPES,
    ActorMention,
    Clause,
    DocumentReading,
    JointAct,
    object_of,
    preposition_before,
    strip_prefixes,
)
from geomap.relations.taxonomy import TYPES_BY_NAME, RelationType, Trigger, find_triggers, strongest
from geomap.text import has_thai

# How many sentences back a state that joins an act or accord may reach for it: "...signed a
# rail pact. Baku would become the company's fourth shareholder"
JOIN_REACH = 3


class LinkRules(DocumentReading):
    """The cooperation-link rules: `_links` of a clause, `_background_links`,
    `_answer_invitation`. learned.py writes the model's links with `_link_status`/`_link`."""

    def _links(self, clause: Clause) -> list[dict]:
        conditions = self._conditions(clause)
        triggers = [
            t for t in find_triggers(self.text, clause.start, clause.end)
            if not any(m.start < t.end and t.start < m.end for m in clause.mentions)
            and not self._own_equipment(t, clause.mentions) and not self._goods_or_people_sent(t)
            and not any(a <= t.start < b for a, b in conditions)
        ]  # fmt: skip
        triggers += self._money_given(clause, triggers)
        told_end = self._told_end(clause, triggers)
        told = [
            m for m in clause.mentions
            if m.role == "party" and m.start < told_end
            and not any(a <= m.start < b for a, b in conditions)
        ]  # fmt: skip
        parties = sorted(told + self._coreferents(clause), key=lambda m: m.start)
        parties = self._without_speaker(self._without_attribution(parties), triggers)
        parties = self._between(parties, triggers)
        parties = [  # "จัดการฝึกร่วม ท่ามกลางความตึงเครียดกับเอธิโอเปีย": no partner
            m for m in parties
            if not cues.HOSTILE_OBJECT_BEFORE.search(self.text, max(0, m.start - 30), m.start)
        ]  # fmt: skip
        asides = self._hostile_asides(clause, parties, triggers)
        parties = [m for m in parties if not any(a <= m.start < b for a, b in asides)]
        joined, joined_relation = self._joining_an_act(clause, parties, triggers)
        parties += joined
        reactions, reactors = self._reactions(clause, parties)
        if reactors:
            parties = [m for m in parties if m not in reactors]
            triggers = [t for t in triggers if not any(a <= t.start < b for a, b in reactions)]
        if (
            clause.relative and parties and all(m in clause.lent for m in parties)
            and not (cues.MUTUAL_TH if self.thai else cues.MUTUAL_EN).search(
                self.text, clause.start, clause.end
            )
        ):  # fmt: skip
            return []  # "Zambia and Ghana, which completed similar restructurings", "แอฟริกาใต้
            # และบราซิล ซึ่งกำลังทยอยรับมอบเครื่องบิน": each its own
        if len({m.country for m in parties}) < 2:
            # one party acting at a place abroad: the place stands for its country
            # ("China sent rescuers to Yangon", "จีนมอบเงินช่วยเหลือแก่ผู้ประสบภัยในเชียงราย"),
            # but not a setting before it ("In Brussels, EU ministers approved loans to Ukraine");
            # a state's seat named as the venue stands for it too ("talks at the Kremlin")
            signers = [] if reactors else self._joining_the_accord(clause, parties, triggers)
            abroad = [] if signers else [
                m for m in clause.mentions
                if (m.kind in ("city", "capital", "site") or self._venue_body(m))
                and len(m.countries) == 1
                and parties and m.country != parties[0].country and m.start > parties[0].start
                and self._named_otherwise(m)  # "To Lam" is no town in Germany
                and not self._embassy_seat(m)  # "สถานทูตไทยประจำกรุงโตเกียว" hosts no one
                and not self._union_seat(m)  # "EU leaders agree Ukraine aid at Brussels summit"
            ]  # fmt: skip
            parties = sorted(parties + abroad[:1], key=lambda m: m.start) + signers
            parties += self._aid_destination(clause, parties, triggers)
            if len({m.country for m in parties}) == 1 and not self.stricken:
                parties += self._aid_recipient(clause, parties)
            if not parties or (len({m.country for m in parties}) < 2 and not self.stricken):
                return []
        relation = strongest(triggers) or joined_relation
        if relation is None or self._hostile(clause.start, told_end, reactions + asides):
            return []
        if cues.SPORT.search(self.text, clause.sentence[0], clause.sentence[1]):
            return []
        if cues.RANKING.search(self.text, clause.start, clause.end) and not (
            cues.MUTUAL_EN.search(self.text, clause.start, clause.end)
        ):
            return []  # "ranked 79th, well ahead of Uzbekistan": compared, not acting
        if not self.thai and (
            cues.CONDITIONAL_EN.match(self.text, clause.sentence[0])
            or cues.CONDITION_AFTER_EN.search(self.text, clause.start, clause.end)
        ):
            return []  # "If talks succeed, Athens could drop its objection": nothing stated
        donors = [m for m in parties if self._gives(m, parties)] if relation.name == "aid" else []
        lone = {m.country for m in parties}
        if (
            relation.name == "aid" and not self.thai and len(lone) == 1
            and self.stricken not in lone
            and not cues.REQUESTED_EN.search(self.text, clause.start, clause.end)
            and not cues.RECEIVES_AFTER_EN.match(self.text, parties[0].end)
        ):  # fmt: skip
            donors = parties  # "Japan said it would provide $5 million" after a cyclone: a donor
        if donors and len(donors) == len(parties):
            # Only donors: "ญี่ปุ่น-จีนเร่งส่งความช่วยเหลือ" gives to the stricken country, not
            # to each other; "India delivered 1,000 tents to the quake zone".
            stricken = (self.stricken or "",)
            recipient = ActorMention(clause.end, clause.end, "", stricken, "actor", None)
            pairs = [(d, recipient) for d in donors if self.stricken and d.country != self.stricken]
        else:
            pairs = [
                (a, b) for a, b in _pairs(self.text, parties, triggers, relation, clause)
                if not (a in donors and b in donors)
            ]  # fmt: skip
            pairs += self._host_pairs(parties, pairs, relation)
            for a, b in pairs:
                if (a in donors) != (b in donors):
                    recipient = b if a in donors else a
                    self.last_recipient = (self.result.sentences.index(clause.sentence), recipient)
        pairs = [  # Guam and the US, Hong Kong and China: one state, no link
            (a, b) for a, b in pairs
            if cues.TERRITORY_OF.get(a.country) != b.country
            and cues.TERRITORY_OF.get(b.country) != a.country
        ]  # fmt: skip
        if not pairs:
            return []
        self._remember_act(clause, pairs, parties, relation)
        accord = [
            t for t in triggers
            if cues.ACCORD_EN.fullmatch(self.text, t.start, t.end)
            or cues.AGREED_EN.fullmatch(self.text, t.start, t.end)
        ]  # fmt: skip
        if accord and not self.thai:
            sentence = self.result.sentences.index(clause.sentence)
            self.last_accord = (sentence, [m for pair in pairs for m in pair])
        named_by = [t for t in triggers if t.relation is relation]  # what the link is
        status = self._link_status(clause, told_end, triggers=named_by)  # "หลังเยอรมนีปฏิเสธ..."
        if reactions and status in ("refused", "negated"):
            # the reacting state's own denial: "did not comment on the agreement between Tokyo
            # and Seoul" says nothing against the agreement
            status = self._link_status(clause, told_end, max(b for _, b in reactions))
        speech = cues.SPEECH_EN.search(
            self.text, min((t.end for t in triggers), default=clause.start), told_end
        )
        if (
            status in ("refused", "negated") and not self.thai and speech
            and self._link_status(clause, speech.start()) not in ("refused", "negated")
        ):  # a denial in what is said after the trigger is the speaker's: "Zelenskiy,
            # speaking after talks with Erdogan, said Kyiv would not recognise any agreement"
            status = self._link_status(clause, speech.start())
        links = []
        for first, second in pairs:
            links.append(self._link(clause, first, second, relation, triggers, status, len(pairs)))
        return links

    def _host_pairs(
        self, parties: list[ActorMention], pairs: list, relation: RelationType
    ) -> list[tuple[ActorMention, ActorMention]]:
        """The host of a meeting meets every party of the clause, also those on a list it
        belongs to ("met the leaders of Kazakhstan, Kyrgyzstan ... hosted by Kazakh President
        Tokayev", "ไทยเป็นเจ้าภาพการประชุม..."): organiser-member pairs are links
        (eval/gold/CONVENTIONS.md)."""
        if relation.name not in ("meeting", "summit", "agreement", "cooperation"):
            return []
        hosts = [m for m in parties if self._hosting(m)] or self._venue_hosts(parties, relation)
        seen = {frozenset((a.country, b.country)) for a, b in pairs}
        found = []
        for host in hosts[:1]:
            for other in parties:
                key = frozenset((host.country, other.country))
                if other.country != host.country and key not in seen:
                    seen.add(key)
                    found.append((host, other))
        return found

    def _venue_hosts(
        self, parties: list[ActorMention], relation: RelationType
    ) -> list[ActorMention]:
        """ "The leaders of Azerbaijan, Iran, Kazakhstan, Russia and Turkmenistan ended a summit
        in the Turkmen capital": the member whose land the meeting is held in hosts it
        (English)."""
        if self.thai or relation.name not in ("summit", "meeting") or not parties:
            return []
        _, end = self.result.sentence_of(parties[0].start)
        for venue in self.mentions:
            if not (parties[-1].end <= venue.start < end) or venue.role != "location":
                continue
            if len(venue.countries) == 1 and cues.MEETING_VENUE_BEFORE_EN.search(
                self.text, max(0, venue.start - 12), venue.start
            ):
                return [m for m in parties if m.country == venue.country][:1]
        return []

    def _hosting(self, mention: ActorMention) -> bool:
        if self.thai:
            return bool(cues.HOST_AFTER_TH.match(self.text, mention.end))
        before = self.text[max(0, mention.start - 20) : mention.start]
        return bool(
            cues.HOSTED_BY_EN.search(before) or cues.HOST_AFTER_EN.match(self.text, mention.end)
        )

    def _joining_an_act(
        self, clause: Clause, parties: list[ActorMention], triggers: list[Trigger]
    ) -> tuple[list[ActorMention], RelationType | None]:
        """A state joining an act of several states told in the sentences just before
        ("...signed a rail pact. Baku would become the company's fourth shareholder",
        "ลาดตระเวนร่วม... ฝรั่งเศสส่งทหารมาร่วมการฝึก") acts with each of its parties; one
        joining a hosted meeting ("Myanmar was represented by its deputy foreign minister")
        meets its host (eval/gold/CONVENTIONS.md), and one joining only a part of it acts
        with the act's first-named states, who lead it. The joiners are the clause's states that
        took no part, unless the clause tells an act of its own before; the act's parties and
        its relation are returned."""
        join = (cues.JOINS_ACT_TH if self.thai else cues.JOINS_ACT_EN).search(
            self.text, clause.start, clause.end
        )
        if join is None or self._link_status(clause) in ("refused", "negated"):
            return [], None  # "เลือกที่จะไม่ส่งผู้แทนเข้าร่วมการประชุม": joins nothing
        sentence = self.result.sentences.index(clause.sentence)
        before = [m for m in parties if m.start < join.start()]
        if len({m.country for m in before}) > 1 and any(
            t.end <= m.start for t in triggers for m in before
        ):  # "บราซิลและอาร์เจนตินาลงนาม... ปารากวัยพร้อมจะร่วมเป็นสมาชิก": the clause's own act
            return [], None
        if cues.JOINS_MEETING.search(join.group()) and self.last_host is not None:
            told, host = self.last_host
            act, relation = [host], TYPES_BY_NAME["meeting"]
            if sentence - told > JOIN_REACH:
                return [], None
        else:
            joint = self._act_joined(join, sentence)
            if joint is None:
                return [], None
            act, relation = joint.parties, joint.relation
            if cues.ONLY.search(self.text, join.start(), clause.end):
                act = [m for m in act if m.country in joint.leads]  # "เข้าร่วมเฉพาะการฝึก..."
        members = {m.country for m in act}
        joiners = [m for m in parties if m.country not in members and m.start < join.start()]
        if not joiners or cues.ONLOOKER.search(self.text, clause.start, clause.end):
            return [], None  # "had been invited to join", "เข้าร่วมประชุมในฐานะผู้สังเกตการณ์"
        parties[:] = [  # "...shareholder, so that cargo could continue to Georgia": no joiner
            m for m in parties if m.start < join.end() or m.country in members
        ]
        return self._joined_parties(clause, act, {m.country for m in parties}), relation

    @staticmethod
    def _joined_parties(
        clause: Clause, act: list[ActorMention], named: set[str]
    ) -> list[ActorMention]:
        """The parties of an act a clause's state joins (`_joining_an_act`,
        `_joining_the_accord`) that the clause does not name itself, one a state: implied
        actors at the clause's end, so the joiner acts with each."""
        joined = {m.country: m for m in act if m.country not in named}
        return [
            ActorMention(clause.end, clause.end, m.text, m.countries, "actor", None)
            for m in joined.values()
        ]

    def _act_joined(self, join: re.Match, sentence: int) -> JointAct | None:
        """The act a state joins: the last one that names what is joined ("applied to join the
        corridor agency" after "set up a joint corridor agency", however far back), else the
        last one told in the three sentences before."""
        named = cues.JOINED_NOUN.match(self.text, join.end())
        nouns = [w.lower() for w in named.group().split() if len(w) > 3] if named else []
        for act in reversed(self.acts):
            if nouns and sentence - act.sentence <= 12 and any(n in act.words for n in nouns):
                return act
        last = self.acts[-1] if self.acts else None
        return last if last is not None and sentence - last.sentence <= JOIN_REACH else None

    def _remember_act(
        self,
        clause: Clause,
        pairs: list[tuple[ActorMention, ActorMention]],
        parties: list[ActorMention],
        relation: RelationType,
    ) -> None:
        """Keep the act a later clause may join (`_joining_an_act`), and its host."""
        sentence = self.result.sentences.index(clause.sentence)
        acting = list({m.country: m for pair in pairs for m in pair if m.country}.values())
        if len(acting) >= 2:
            leads = self._joined_groups(parties)[0]
            if self.acts and sentence - self.acts[-1].sentence <= 3:
                leads = self.acts[-1].leads  # the story's act is led by its first names
            words = self.text[clause.start : clause.end].lower()
            self.acts.append(JointAct(sentence, acting, leads, relation, words))
        hosts = [m for m in parties if self._hosting(m)]
        if hosts and relation.name in ("meeting", "summit", "agreement", "cooperation"):
            self.last_host = (sentence, hosts[0])

    def _hostile_asides(
        self, clause: Clause, parties: list[ActorMention], triggers: list[Trigger]
    ) -> list[tuple[int, int]]:
        """ "Egypt, locked in a dispute with Ethiopia over the dam, has deepened military ties
        with Eritrea": a hostile aside between a subject and its verb tells of another pair;
        its states take no part in the clause's act and its words no part in its tone
        (English)."""
        if self.thai:
            return []
        asides = []
        for mention in parties:
            aside = cues.ASIDE_EN.match(self.text, mention.end, clause.end)
            if aside is None or not self._hostile(aside.start(), aside.end()):
                continue
            if any(t.start >= aside.end() for t in triggers):
                asides.append(aside.span())
        return asides

    def _joining_the_accord(
        self, clause: Clause, parties: list[ActorMention], triggers: list[Trigger]
    ) -> list[ActorMention]:
        """ "Tanzania and Burundi signed a railway agreement ... Kinshasa would sign its part of
        the deal next year": one state and an accord told of just before ("the deal", "the
        pact") join that accord's parties (joint acts and bodies joined: `_joining_an_act`).
        "Honduras signed a similar accord" takes the place of the accord's subject: its
        partners are the others (English)."""
        if self.thai or self.last_accord is None or len({m.country for m in parties}) != 1:
            return []
        sentence, signatories = self.last_accord
        if self.result.sentences.index(clause.sentence) - sentence > JOIN_REACH:
            return []
        own = parties[0].country
        accords = [t for t in triggers if cues.ACCORD_EN.fullmatch(self.text, t.start, t.end)]
        if any(cues.SIMILAR_BEFORE_EN.search(self.text, max(0, t.start - 20), t.start)
               for t in accords):  # fmt: skip
            signatories = [m for m in signatories if m.country != signatories[0].country]
        elif not any(
            cues.DEFINITE_BEFORE_EN.search(self.text, max(0, t.start - 20), t.start)
            and cues.JOINS_ACCORD_EN.search(self.text, clause.start, t.start)
            for t in accords
        ):
            return []  # "Beijing said the pact was aimed at it" joins nothing
        return self._joined_parties(clause, signatories, {own})

    def _reactions(
        self, clause: Clause, parties: list[ActorMention]
    ) -> tuple[list[tuple[int, int]], list[ActorMention]]:
        """ "Japan welcomed the agreement between Armenia and Azerbaijan", "Ukraine welcomed the
        Polish order", "the deal was hailed by India": a state reacting to others' cooperation
        is no party to it, and its verb (a greeting or a hostile word) tells nothing of theirs.
        The spans of those verbs and the reacting states (English); "welcomed Putin" and
        "welcomed the visiting president" greet guests, a meeting."""
        if self.thai:
            return [], []
        spans: list[tuple[int, int]] = []
        reactors: list[ActorMention] = []
        for verb in cues.REACTION_EN.finditer(self.text, clause.start, clause.end):
            following = [m for m in parties if m.start >= verb.end()]
            guest = bool(following) and not self.text[verb.end() : following[0].start].strip()
            if cues.GUESTS_AFTER_EN.match(self.text, verb.end()) or (
                guest and not verb.group().lower().startswith("congratulat")
                and not cues.POSSESSIVE.match(self.text, following[0].end)
            ) or (guest and cues.VISIT_OF_EN.match(self.text, following[0].end)):  # fmt: skip
                continue
            before = [m for m in parties if m.end <= verb.start() and not m.implied]
            unit: list[ActorMention] = []
            gap = self.text[before[-1].end : verb.start()] if before else ""
            if before and before[-1] in clause.lent:  # "The US, which ..., did not comment on"
                gap = " " + self.text[clause.start : verb.start()].lstrip(" ,")
            described = [  # "Italy, Algeria's largest gas customer, welcomed the deal"
                m for m in before if cues.DESCRIBED_REACTOR_GAP_EN.fullmatch(
                    self.text, m.end, verb.start()
                )
            ]  # fmt: skip
            if before and cues.REACTOR_GAP_EN.fullmatch(gap):
                unit = [before[-1]]
                for mention in reversed(before[:-1]):
                    if not cues.LIST_GAP.match(self.text[mention.end : unit[0].start]):
                        break
                    unit.insert(0, mention)
            elif described:
                unit = described[:1]
            elif following and cues.REACTION_BY_EN.search(
                self.text, verb.start(), following[0].start
            ):
                unit = [following[0]]
            others = {m.country for m in parties if m not in unit}
            if unit and (len({m.country for m in unit}) == 1 or others):
                spans.append(verb.span())
                reactors += unit
        return spans, reactors

    def _between(
        self, parties: list[ActorMention], triggers: list[Trigger]
    ) -> list[ActorMention]:
        """ "โฆษกจีนกล่าวว่าความร่วมมือระหว่างสองประเทศเป็นเรื่องของรัฐอธิปไตย": a Thai trigger
        that names its sides after ระหว่าง, after a speaker or supporter, leaves out the clause's
        other countries (a host of the talks stays)."""
        if not self.thai:
            return parties
        for trigger in triggers:
            between = cues.BETWEEN_AFTER_TH.match(self.text, trigger.end)
            if between is None:
                continue
            members = [m for m in parties if m.start == between.start()]  # "ระหว่างสองประเทศ"
            end = between.end()
            named_after = [m for m in parties if m.start >= end] if not members else []
            for mention in named_after:
                if not cues.BETWEEN_GAP_TH.fullmatch(self.text, end, mention.start):
                    break
                members.append(mention)
                end = mention.end
            if len({m.country for m in members}) < 2:
                continue
            stance = cues.STANCE_TH.search(self.text, parties[0].end, trigger.start)
            if stance:
                return [m for m in parties if m in members or self._hosting(m)]
        return parties

    def _without_attribution(self, parties: list[ActorMention]) -> list[ActorMention]:
        """ "Chinese and Russian warships held a joint patrol near Alaska, the US Coast Guard
        said": the teller of a clause that names two other parties takes no part in it; where
        it is the only other one ("..., Pakistan's finance ministry said") it does (English)."""
        if self.thai:
            return parties
        tellers = [
            m for m in parties
            if cues.ATTRIBUTION_BEFORE_EN.search(self.text, max(0, m.start - 30), m.start)
            and cues.ATTRIBUTION_AFTER_EN.match(self.text, m.end)
        ]  # fmt: skip
        rest = [m for m in parties if m not in tellers]
        return rest if tellers and len({m.country for m in rest}) >= 2 else parties

    def _without_speaker(
        self, parties: list[ActorMention], triggers: list[Trigger]
    ) -> list[ActorMention]:
        """ "Pakistan says India-Taliban ties 'aimed at us'": a state telling of the cooperation
        of two others, named as the subject of what it says, takes no part in it; telling of its
        own ("Japan said it would sign a deal with India") it does (English)."""
        if self.thai:
            return parties
        if not parties:
            return parties
        for verb in cues.SPEECH_EN.finditer(self.text, parties[0].start, parties[-1].end):
            before = [m for m in parties if m.end <= verb.start()]
            if not before or not cues.REACTOR_GAP_EN.fullmatch(
                self.text, before[-1].end, verb.start()
            ):
                continue
            speaker = before[-1]
            if any(speaker.end <= t.start < verb.start() for t in triggers):
                continue
            told = [m for m in parties if m.start >= verb.end() and m.country != speaker.country]
            if len({m.country for m in told}) >= 2 and cues.TOLD_SUBJECT_GAP_EN.fullmatch(
                self.text, verb.end(), told[0].start
            ):  # not "said it would host talks with envoys from Laos, Cambodia and Vietnam"
                return [m for m in parties if m.country != speaker.country or m.start > verb.end()]
        return parties

    def _aid_destination(
        self, clause: Clause, parties: list[ActorMention], triggers: list[Trigger]
    ) -> list[ActorMention]:
        """Aid from one party for people in a country receives that country: "Japan will give
        $3 million through UNHCR for refugees in Bangladesh" (Japan-Bangladesh)."""
        relation = strongest(triggers)
        if len({m.country for m in parties}) != 1 or relation is None or relation.name != "aid":
            return []
        donor = parties[0]
        places = [
            m for m in clause.mentions
            if m.kind == "country" and m.role == "location" and m.start > donor.start
            and m.country != donor.country and not m.implied
            and not any(  # "คนไทยในอิสราเอล", "Thai workers in Israel": its own people there
                n.country == donor.country and n.end <= m.start
                and cues.OWN_PEOPLE_IN.fullmatch(self.text, n.start, m.start)
                for n in clause.mentions
            )
        ]  # fmt: skip
        return places[:1] if len({m.country for m in places}) == 1 else []

    def _aid_recipient(self, clause: Clause, parties: list[ActorMention]) -> list[ActorMention]:
        """A donor that goes on a list of donors names no recipient: "Saudi Arabia deposited
        $3 billion with Pakistan's central bank. The UAE pledged $1 billion, while China
        agreed to refinance $2.4 billion": the recipient of the aid just before (English)."""
        if self.thai or self.last_recipient is None:
            return []
        sentence, recipient = self.last_recipient
        donor = parties[0]
        if (
            self.result.sentences.index(clause.sentence) - sentence > 1
            or recipient.country == donor.country
            or cues.RECEIVES_AFTER_EN.match(self.text, donor.end)
        ):
            return []
        relation = strongest(find_triggers(self.text, clause.start, clause.end))
        if relation is None or relation.name != "aid":
            return []
        return [ActorMention(clause.end, clause.end, "", recipient.countries, "actor", None)]

    def _conditions(self, clause: Clause) -> list[tuple[int, int]]:
        """The spans of Thai conditions ("หากไทยไม่สามารถบรรลุข้อตกลงได้ทัน") and of English
        questions put to a speaker ("asked whether Manila would invite Vietnam"): what might
        be, with no trigger and no party of the news."""
        pattern = cues.CONDITION_TH if self.thai else cues.QUESTION_PUT_EN
        segment = self.text[clause.start : clause.end]
        return [
            (clause.start + m.start(), clause.start + m.end()) for m in pattern.finditer(segment)
        ]

    def _own_equipment(self, trigger: Trigger, named: list[ActorMention]) -> bool:
        """ "Australian and US warships will be based at Lombrum": weapons a state's name
        qualifies are its forces, not a sale (English; "US-made missiles" stay a trade), as
        "Estonian intelligence" is its agency, not intelligence shared; and
        "Under the treaty, ..." fronted cites an accord that the clause's names need not have
        signed; one closing the clause binds its names ("will send workers to Riyadh under a
        labour agreement"), as does one naming the partner ("under a pact with Kinshasa")."""
        if self.thai:
            return False
        start = trigger.start
        if (
            cues.ACCORD_EN.fullmatch(self.text, trigger.start, trigger.end)
            and (under := cues.UNDER_EN.search(self.text, max(0, start - 60), start))
            and not cues.ACCORD_PARTNER_EN.match(self.text, trigger.end)
            and not re.match(r"[\s\w-]{0,40}[.;]", self.text[trigger.end :])
            and not any(  # "Venezuela ... would reopen two crossings under a deal reached in"
                m.start < under.start() and m.role == "party" and m.kind not in LOCATION_TYPES
                for m in named
            )
        ):
            return True  # "Under the treaty, Australian and US warships...": cites an accord
        if not cues.EQUIPMENT_EN.fullmatch(self.text, trigger.start, trigger.end):
            return False
        agency = self.text.startswith("intel", trigger.start)
        gap = cues.AGENCY_GAP_EN if agency else cues.OWNER_GAP_EN
        return any(
            gap.fullmatch(self.text, m.end, trigger.start)
            for m in named if m.kind not in LOCATION_TYPES
        )  # fmt: skip

    def _goods_or_people_sent(self, trigger: Trigger) -> bool:
        """ "Mexican officials deported 40 Guatemalans", "began deporting undocumented Afghans":
        a state sending people home acts alone; handing suspects over to another state's
        police is cooperation. "Rome bought 40 percent of its gas from Russia": trade in
        goods is no link (eval/gold/CONVENTIONS.md), arms are (English)."""
        if self.thai:
            return False
        if cues.PURCHASE_EN.fullmatch(self.text, trigger.start, trigger.end):
            return bool(cues.COMMODITY_AFTER_EN.match(self.text, trigger.end))
        if not cues.SENT_HOME_EN.fullmatch(self.text, trigger.start, trigger.end):
            return False
        return bool(
            cues.PEOPLE_AFTER_EN.match(self.text, trigger.end)
            or cues.PEOPLE_BEFORE_EN.search(self.text, max(0, trigger.start - 30), trigger.start)
        )

    def _money_given(self, clause: Clause, triggers: list[Trigger]) -> list[Trigger]:
        """A sum given in a Thai clause no aid word names: "ไทยมอบ 10 ล้านบาทช่วยเมียนมา"."""
        if not self.thai or any(t.relation.name == "aid" for t in triggers):
            return []
        return [
            Trigger(m.start, m.end, TYPES_BY_NAME["aid"])
            for m in self.money
            if clause.start <= m.start < clause.end
            and cues.GIVING_TH.search(self.text[max(clause.start, m.start - 12) : m.end + 12])
        ][:1]

    def _told_end(self, clause: Clause, triggers: list[Trigger]) -> int:
        """Where a Thai clause's news ends and its background begins: "...ตกลงฟื้นความตกลง
        แลกเปลี่ยนข่าวกรอง หลังความร่วมมือหยุดชะงักจากข้อพิพาททางการค้า" (a dispute that is
        over is no hostility now)."""
        if not self.thai:
            return clause.end
        background = cues.BACKGROUND_TH.search(self.text, clause.start, clause.end)
        if background and any(t.end <= background.start() for t in triggers):
            return background.start()
        return clause.end

    def _background_links(self, clause: Clause) -> list[dict]:
        """The background a Thai clause ends with may tell cooperation of its own: "...คาดว่า
        จะมีการส่งตัวผู้ต้องหาเพิ่มขึ้น หลังจากที่ไทยลงนามบันทึกความเข้าใจกับลาว"."""
        if not self.thai:
            return []
        end = self._told_end(clause, find_triggers(self.text, clause.start, clause.end))
        if end >= clause.end:
            return []
        inside = [m for m in clause.mentions if m.start > end and m not in clause.lent]
        return self._links(Clause(end + 1, clause.end, clause.sentence, inside))

    def _answer_invitation(self, props: dict) -> None:
        """An invitation ("ไทยได้เชิญกัมพูชาเข้าร่วมการประชุม") is only asked for; when
        the invited country declines in the next sentences ("กัมพูชาปฏิเสธคำเชิญ",
        "Vietnam declined"), the link is refused."""
        evidence = props["evidence"][0]
        start, end = evidence["clause_start"], evidence["clause_end"]
        invitation = cues.INVITATION.search(self.text, start, end)
        if not invitation:
            return
        invitees = self._invitees(invitation.end())
        if self.thai and invitees and not invitees & {
            props["source_country"], props["target_country"]
        }:
            return  # "กัมพูชาเชิญไทยไปสังเกตการณ์การฝึกระหว่างกัมพูชากับจีน": that drill is held
        props["status"] = "requested"
        following = [s for s in self.result.sentences if s[0] >= evidence["start"]][:3]
        for sentence in following:
            for clause in self._clauses(sentence):
                if clause.start < end or self._link_status(clause) not in ("refused", "negated"):
                    continue
                named = {m.country for m in clause.mentions if m.role == "party"}
                named |= {m.country for m in self._coreferents(clause)}  # "ทั้งสองประเทศปฏิเสธ"
                if named & {props["source_country"], props["target_country"]}:
                    props["status"] = "refused"
                    return

    def _invitees(self, at: int) -> set[str]:
        """The countries named, alone or as a list, right after an invitation word."""
        invited: list[ActorMention] = []
        for mention in (m for m in self.mentions if m.start >= at):
            gap = self.text[invited[-1].end if invited else at : mention.start]
            if not (cues.LIST_GAP.match(gap) if invited else len(gap) <= 12):
                break
            invited.append(mention)
        return {m.country for m in invited}

    def _coreferents(self, clause: Clause) -> list[ActorMention]:
        """ "ทั้งสองประเทศ", "the two sides", "all three": the countries that act together in
        the phrase's own sentence or the one before it ("ฟิลิปปินส์และออสเตรเลียประกาศ...
        ทั้งสองประเทศจะจัดการฝึกร่วม"); only when neither names enough, the story's main
        ones so far. Countries the clause names after the phrase are the other side ("all
        three signed accords with Russia"), and foreign forces ("Russian trainers") are not
        among the countries meant."""
        found = []
        for match in cues.COREFERENCE.finditer(self.text, clause.start, clause.end):
            count = cues.COREFERENCE_COUNT.search(match.group())
            wanted = cues.COREFERENCE_COUNTS[count.group().lower()] if count else 2
            later = {  # the other side follows "with"/"กับ"; a new subject may be one of them
                m.country for m in clause.mentions
                if m.start >= match.end() and m.role == "party"
                and cues.OTHER_SIDE_BEFORE.search(self.text, match.end(), m.start)
                and not cues.CIRCUMSTANCE_AFTER_EN.match(self.text, m.end)
            }  # fmt: skip
            earlier = [
                m for m in self.mentions
                if m.end <= match.start() and m.role == "party" and m.country not in later
                and not (m.kind == "actor" and self._names_forces(m))
            ]  # fmt: skip
            countries = self._acting_together(earlier, match.start(), wanted)
            own = {  # "China's Xi ... met Putin and the two sides signed": China is one side
                m.country for m in clause.mentions
                if m.start < match.start() and m.role == "party" and not self.thai
                and not cues.OTHER_SIDE_BEFORE.search(self.text, clause.start, match.start())
            }  # fmt: skip
            if len(countries) < wanted or not own <= set(countries):
                continue
            found.extend(
                ActorMention(match.start(), match.end(), match.group(), (code,), "actor", None)
                for code in countries
            )
        return found

    def _acting_together(self, earlier: list[ActorMention], at: int, wanted: int) -> list[str]:
        """The countries a number phrase at `at` refers to, from the party mentions before it:
        the only ones its sentence or the one before names; else, for two, the last two named
        "between" each other in the story so far ("a ceasefire between Pakistan and
        Afghanistan ... both sides"), which a longer list nearby does not outweigh."""
        between = self._between_pair(at) if wanted == 2 else []
        sentences = [s for s in self.result.sentences if s[0] <= at][-2:]
        if self.thai and sentences:
            own = self._own_sentence_pair(earlier, sentences[-1][0], at, wanted)
            if own:
                return own
        for start, end in reversed(sentences):
            near = [m for m in earlier if start <= m.start < end]
            named = list(dict.fromkeys(m.country for m in near))
            if len(named) == wanted:
                return named
            if len(named) > wanted and not between:
                groups = [g for g in self._joined_groups(near) if len(g) >= wanted]
                if groups:
                    return groups[-1][:wanted]
        if between:
            return between
        listed = [  # "the three coastal states" after "Benin, Togo and Ghana"
            g for g in self._joined_groups([m for m in earlier if at - m.end <= 1500])
            if len(g) == wanted
        ]  # fmt: skip
        if listed and wanted > 2:
            return listed[-1]
        recent = [m.country for m in reversed(earlier) if at - m.end <= 800]
        candidates = list(dict.fromkeys(recent))
        if wanted == 2:
            counts = {c: sum(1 for m in earlier if m.country == c) for c in candidates}
            candidates.sort(key=lambda c: -counts[c])  # stable: recency breaks ties
        return candidates[:wanted]

    def _between_pair(self, at: int) -> list[str]:
        """The last two countries named as "between A and B" within 1,500 characters before."""
        named = [m for m in self.mentions if at - 1500 <= m.start and m.end <= at and m.country]
        for first, second in reversed(list(itertools.pairwise(named))):
            if (
                first.country != second.country
                and cues.BETWEEN_BEFORE.search(self.text, max(0, first.start - 30), first.start)
                and cues.BETWEEN_GAP.fullmatch(self.text, first.end, second.start)
            ):
                return [first.country, second.country]
        return []

    def _own_sentence_pair(
        self, earlier: list[ActorMention], start: int, at: int, wanted: int
    ) -> list[str]:
        """ "รัสเซียส่งครูฝึกไปยังกรุงนีอาเมย์ ตามข้อตกลงที่ทั้งสองประเทศลงนาม": one party of
        the phrase's own sentence and the one country its places name are the two."""
        named = list(dict.fromkeys(m.country for m in earlier if start <= m.start))
        if wanted != 2 or len(named) != 1:
            return []
        places = {
            m.country for m in self.mentions
            if start <= m.start < at and m.role in ("location", "neighbour")
            and len(m.countries) == 1
            and m.country != named[0] and not self._dateline(m)
        }  # fmt: skip
        return named + sorted(places) if len(places) == 1 else []

    def _joined_groups(self, mentions: list[ActorMention]) -> list[list[str]]:
        """Countries named together ("A และ B", "A-B", "A, B and C", "A กับ B"), in order."""
        groups: list[list[str]] = []
        previous = None
        for mention in mentions:
            gap = self.text[previous.end : mention.start] if previous else None
            joined = gap is not None and bool(
                cues.LIST_GAP.match(gap) or cues.HYPHEN_GAP.match(gap)
                or re.fullmatch(r"\s?(?:กับ|with)\s?", gap)
            )  # fmt: skip
            if joined and mention.country not in groups[-1]:
                groups[-1].append(mention.country)
            elif not joined:
                groups.append([mention.country])
            previous = mention
        return groups

    def _hostile(self, start: int, end: int, reactions: list[tuple[int, int]] = ()) -> bool:
        """A hostile word in text[start:end] that no easing word ("ลด", "easing") undoes;
        a disaster's harm ("the quake killed 1,400") is no hostility, nor is fighting that
        militants suffer or do ("jointly attacked Boko Haram camps"), nor a third state's
        reaction (`reactions`: "China condemned the pact Japan signed with Manila")."""
        segment = self.text[start:end]
        if self.thai:
            spans = [
                m.span() for word in cues.HOSTILE_TH for m in re.finditer(re.escape(word), segment)
                if not segment[: m.start()].endswith(cues.AIRCRAFT_BEFORE_TH)
                and not cues.NON_STATE_SUBJECT_TH.search(segment, max(0, m.start() - 40), m.start())
            ]  # fmt: skip
        else:
            spans = [
                m.span() for m in cues.HOSTILE_EN.finditer(segment)
                if not cues.ATTRIBUTIVE_BEFORE_EN.search(segment, 0, m.start())
                or m.group().lower() not in ("disputed", "contested")
                if not (
                    cues.FIGHTING_EN.fullmatch(m.group())
                    and (cues.NON_STATE_OBJECT_EN.match(segment, m.end())
                         or cues.NON_STATE_SUBJECT_EN.search(segment, 0, m.start()))
                )
                and not cues.NOT_HOSTILE_EN.search(segment, max(0, m.start() - 40), m.end())
                and not cues.FROZEN_ASSETS_EN.match(segment, m.start())
            ]  # fmt: skip
        if cues.DISASTER.search(segment):
            spans = [(a, b) for a, b in spans if not cues.DISASTER_HARM.match(segment[a:b])]
        spans = [(a, b) for a, b in spans if not any(x <= start + a < y for x, y in reactions)]
        return any(
            not cues.EASING.search(segment[max(0, a - 20) : a])
            and not (self.thai and cues.DENIED_BEFORE_TH.search(segment[max(0, a - 12) : a]))
            for a, _ in spans
        )

    def _link_status(
        self,
        clause: Clause,
        end: int | None = None,
        start: int | None = None,
        triggers: list[Trigger] = (),
    ) -> str:
        start = clause.start if start is None else start
        segment = self.text[start : clause.end if end is None else end]
        if self.thai:
            if any(word in segment for word in cues.REFUSED_TH):
                return "refused"
            if cues.NOT_YET_DELIVERED_TH.search(segment):
                return "planned"
            if (
                cues.NEGATED_TH.search(segment) and "ไม่กี่" not in segment
                and not self._beyond_negation(start, start + len(segment), triggers)
            ):  # fmt: skip
                return "negated"
            if any(word in segment for word in cues.REQUESTED_TH):
                return "requested"
            if any(word in segment for word in cues.PLANNED_TH):
                return "planned"
            return "realised"
        if cues.REFUSED_EN.search(segment):
            return "refused"
        if self._negation_governs(start, start + len(segment)):
            return "negated"
        if cues.REQUESTED_EN.search(segment):
            return "requested"
        if cues.PLANNED_EN.search(segment):
            return "planned"
        return "realised"

    def _beyond_negation(self, start: int, end: int, triggers: list[Trigger]) -> bool:
        """Whether a trigger of text[start:end] lies in a part no negation reaches: a Thai
        negation reaches to the next joining word that opens a new subject ("ไม่มีความกังวล
        ต่อการจัดซื้อครั้งนี้ และมาเลเซียเพิ่งรับมอบ FA-50 จากเกาหลีใต้": the delivery stands)."""
        breaks = [  # a joining word before a new subject: "... และมาเลเซียเพิ่งรับมอบ"
            m.start() for m in cues.NEGATION_END_TH.finditer(self.text, start, end)
            if any(0 <= x.start - m.end() <= 12 for x in self.mentions)
        ]  # fmt: skip
        bounds = [start, *breaks, end]
        for trigger in (t for t in triggers if start <= t.start < end):
            low = max(b for b in bounds if b <= trigger.start)
            high = min((b for b in bounds if b >= trigger.end), default=end)
            if not cues.NEGATED_TH.search(self.text, low, high):
                return True
        return False

    def _negation_governs(self, start: int, end: int) -> bool:
        """A negation denies the cooperation only within its own verb phrase: "would "not take
        orders from abroad" and would keep deepening ties with Baku" states the ties. Negated
        when every trigger lies in a negation's reach: after it ("did not sign the deal") with
        no quotation, contrast or new verb phrase between, or just before it ("the pact was not
        signed") (English)."""
        negations = list(cues.NEGATED_EN.finditer(self.text, start, end))
        if not negations:
            return False
        triggers = find_triggers(self.text, start, end)
        return all(any(self._reaches(n, t) for n in negations) for t in triggers)

    def _reaches(self, negation: re.Match, trigger: Trigger) -> bool:
        if trigger.start >= negation.end():  # a quotation closes what it denies
            between = self.text[negation.end() : trigger.start]
            return not re.search(r"[\"“”]", between) and not (
                cues.NEGATION_SCOPE_END_EN.search(between)
            )
        if trigger.end > negation.start():
            return True
        between = self.text[trigger.end : negation.start()]
        # "the pact "is defensive and not aimed at any third country""
        return len(between) <= 40 and not cues.NEGATION_SCOPE_END_EN.search(between)

    def _link(
        self,
        clause: Clause,
        first: ActorMention,
        second: ActorMention,
        relation: RelationType,
        triggers: list[Trigger],
        status: str,
        pair_count: int,
    ) -> dict:
        source_place = self._seat(first, clause)
        target_place = self._seat(second, clause)
        confidence = 0.8 if relation.name != "cooperation" else 0.6
        if pair_count > 3:
            confidence -= 0.15
        named = {m.country for m in clause.mentions if m.role == "party"}
        if len(named) > 2 and not self.thai and not cues.MUTUAL_EN.search(
            self.text, clause.start, clause.end
        ):
            confidence -= 0.15  # many countries and nothing saying they act together
        properties = {
            "kind": "link",
            "source_country": first.country,
            "target_country": second.country,
            "source": source_place.name if source_place else first.text,
            "target": target_place.name if target_place else second.text,
            "relation": relation.name,
            "cameo": relation.cameo,
            "plover": relation.plover,
            "status": status,
            "date": self._date_near(clause),
            "evidence": [self._evidence(clause, [t for t in triggers if t.relation is relation])],
            "confidence": round(confidence, 2),
        }
        money = [m for m in self.money if clause.start <= m.start < clause.end]
        if money and relation.name in ("aid", "arms", "agreement", "cooperation"):
            properties["amount"] = money[0].amount
            properties["currency"] = money[0].currency
        geometry = None
        if source_place and target_place:
            geometry = great_circle(
                source_place.lon, source_place.lat, target_place.lon, target_place.lat
            )
        return {"type": "Feature", "geometry": geometry, "properties": properties}

    def _seat(self, mention: ActorMention, clause: Clause) -> Place | None:
        """Where a party sits on the map: the capital or city the clause names for it
        ("met in Anchorage"), else its country's capital."""
        if mention.kind == "capital" and mention.place is not None:
            return mention.place
        for other in clause.mentions:
            if other.kind in ("capital", "city", "site") and other.countries == mention.countries:
                return other.place
        return self.gazetteer.capital(mention.country) or self.gazetteer.country(mention.country)

    def _venue_body(self, mention: ActorMention) -> bool:
        """ "talks at the Kremlin": a state body named as the place where things happen."""
        return (mention.kind, mention.role) == ("actor", "location") and (
            "organization" in self._actor_kinds(mention.text)
        )

    def _named_otherwise(self, mention: ActorMention) -> bool:
        """The mention's country is named elsewhere in the text by another name."""
        return any(
            mention.country in m.countries and m.text != mention.text for m in self.mentions
        )


def _pairs(
    text: str,
    parties: list[ActorMention],
    triggers: list[Trigger],
    relation: RelationType,
    clause: Clause,
) -> list[tuple[ActorMention, ActorMention]]:
    """The pairs a clause supports: all pairs of one unit, or the pairs across units.

    A unit that is itself the subject of a trigger ("Armenia and Azerbaijan initialled")
    gives its own pairs too, and so does a list of countries taking part in an exercise
    ("troops from the Philippines, the United States and Japan are taking part in the
    drills, with France sending observers"): they all drill together.

    English text is read more strictly, since a list shares a clause more often than an
    action: a lone list of three or more names that no mutual word ("joint", "between")
    and no shared signing binds gives nothing ("exhibitors from the United States, France,
    China and South Korea"), nor does a lone list right after the trigger, the places one
    unnamed actor went to ("had visited Kuala Lumpur and Bangkok").
    """
    units: list[list[ActorMention]] = []
    compounds: list[list[ActorMention]] = []
    for mention in parties:
        if units:
            gap = text[units[-1][-1].end : mention.start]
            joined = cues.HYPHEN_GAP.match(gap)
            if joined and not _visited(text, units[-1][0]):
                units[-1].append(mention)
                if units[-1] not in compounds:
                    compounds.append(units[-1])
                continue
            if (
                (joined or cues.LIST_GAP.match(gap)) and units[-1] not in compounds
                and not (gap.strip() == "," and cues.TELLER_AFTER_EN.match(text, mention.end))
            ):  # fmt: skip  # "handed over to Spain, Belgian prosecutors said": no list
                units[-1].append(mention)
                continue
        units.append([mention])
    plain = [unit for unit in units if unit not in compounds]
    if len(plain) == 1 and not compounds and len(plain[0]) > 1 and _visited(text, plain[0][0]):
        return []  # "นายกฯ เยือนบราซิล-อาร์เจนตินา": the places visited, not a pair
    # a name repeated on its own adds no side: "A, B and C met ... C's foreign minister said"
    plain = [
        unit for unit in plain
        if not any({m.country for m in unit} < {m.country for m in other} for other in plain)
    ]  # fmt: skip
    seen: set[frozenset] = set()
    pairs = []

    def add(a: ActorMention, b: ActorMention) -> None:
        key = frozenset((a.country, b.country))
        if a.country != b.country and key not in seen:
            seen.add(key)
            pairs.append((a, b))

    english = not has_thai(text[clause.start : clause.end])
    apart = english and cues.SEPARATELY_EN.search(text, clause.start, clause.end)
    observing = not english and cues.OBSERVING_TH.search(text, clause.start, clause.end)
    if (apart or observing) and len(plain) == 1:
        return pairs  # "Qatar and Egypt welcomed the talks in separate statements"
    acting = [
        unit for unit in plain
        if (not apart and any(_subject_of(text, unit, t) for t in triggers))
        or (
            relation.name == "joint_exercise" and len(unit) > 1
            and not (english and _observers(text, unit))
        )
    ]  # fmt: skip
    for unit in compounds + acting:
        for a, b in itertools.combinations(unit, 2):
            add(a, b)
    distinct = [unit for unit in plain if len({m.country for m in unit}) > 0]
    countries_per_unit = [{m.country for m in unit} for unit in distinct]
    if english and len(distinct) == 1 and distinct[0] not in acting:
        unit = distinct[0]
        mutual = cues.MUTUAL_EN.search(text, clause.start, clause.end)
        if len(countries_per_unit[0]) > 2 and not mutual:
            return pairs  # a list sharing a clause, not acting together
        if any(
            t.end <= unit[0].start and (
                re.fullmatch(r"\s(?:the\s)?", text[t.end : unit[0].start])
                or cues.OBJECT_AFTER_EN.fullmatch(text, t.end, unit[0].start)
            ) for t in triggers
        ) and not mutual:  # fmt: skip
            # the destinations of an unnamed actor: "visited Kuala Lumpur and Bangkok",
            # "paddy fields that supply rice exports to Bangladesh and Malaysia"
            return pairs

        pronoun = re.search(r"\b(?:it|he|she|they|we)\b", text[clause.start : unit[0].start])
        if pronoun and not mutual:
            return pairs  # the objects of a pronoun: "it had asked China and Japan for relief"
        if not mutual and cues.DESTINATION_BEFORE_EN.search(text, clause.start, unit[0].start):
            return pairs  # where things went: "sales of Bayraktar drones to Kuwait and Qatar"
        if not mutual and all(cues.TRADE_EN.fullmatch(text, t.start, t.end) for t in triggers):
            return pairs  # "Qatar and Saudi Arabia are interested in buying the tank": buyers
    if (
        english and distinct and not cues.MUTUAL_EN.search(text, clause.start, clause.end)
        and cues.PRONOUN_OPENS_EN.match(text, clause.start, distinct[0][0].start)
    ):  # fmt: skip  # "It upgraded ties with Washington ... and hosted Chinese President Xi":
        return pairs  # what one unnamed subject did with each, not their partnership
    trade = all(cues.TRADE_EN.fullmatch(text, t.start, t.end) for t in triggers)
    if english and triggers and trade:
        # "Azerbaijan has bought Israeli drones and Turkish TB2s": the sellers after the verb
        # trade with the buyer, not with each other
        verb = min(t.start for t in triggers)
        buyers = [m for unit in distinct if unit[0].start < verb for m in unit]
        sellers = [unit for unit in distinct if unit[0].start >= verb]
        if buyers and len(sellers) > 1:
            for a in buyers:
                for b in (m for unit in sellers for m in unit):
                    add(a, b)
            return pairs
    if (
        not english and len(distinct) == 2
        and _same_object(text, distinct[0], distinct[1], triggers)
    ):  # fmt: skip
        return pairs  # "รับมอบขีปนาวุธจากอินเดีย และได้รับเงินช่วยเหลือจากสหรัฐฯ": two givers
    if len(distinct) == 1 or len(set().union(*countries_per_unit) if distinct else ()) <= 2:
        everyone = [m for unit in distinct for m in unit]
        for a, b in itertools.combinations(everyone, 2):
            add(a, b)
    else:
        for left, right in itertools.combinations(distinct, 2):
            if not english and distinct[0] not in (left, right) and all(
                object_of(text, unit) for unit in (left, right)
            ):
                continue  # two sides of the first unit's verbs, not partners of each other
            if not english and _same_object(text, left, right, triggers):
                continue  # "รับมอบขีปนาวุธจากอินเดีย และได้รับเงินช่วยเหลือจากสหรัฐฯ": two givers
            for a in left:
                for b in right:
                    add(a, b)
    return pairs


def _same_object(
    text: str, left: list[ActorMention], right: list[ActorMention], triggers: list[Trigger]
) -> bool:
    """Two Thai units after the same preposition, with a verb before the first, are the
    objects of two verbs of one subject ("...จากอินเดีย ... จากสหรัฐฯ"), not partners;
    "เจ้าหน้าที่จากไทยและจากกัมพูชาร่วมประชุม" names the subjects first."""
    preps = [preposition_before(text, unit) for unit in (left, right)]
    return (
        preps[0] is not None and preps[0] == preps[1]
        and any(t.end <= left[0].start for t in triggers)
    )  # fmt: skip


def _visited(text: str, mention: ActorMention) -> bool:
    """A Thai list or compound after เยือน/กับ names whom an actor visits or deals with
    ("เยือนบราซิล-อาร์เจนตินา", "ลงนามเอ็มโอยูกับคาซัคสถาน-อุซเบกิสถาน"), not a pair."""
    before = text[max(0, mention.start - 20) : mention.start]
    before = strip_prefixes(before, cues.NAME_PREFIXES_TH)
    return has_thai(before) and before.endswith(cues.VISITED_BEFORE_TH)


def _observers(text: str, unit: list[ActorMention]) -> bool:
    """ "with observers from Bangladesh, Sri Lanka...": onlookers, not drilling."""
    start = unit[0].start
    return bool(cues.OBSERVERS_BEFORE_EN.search(text, max(0, start - 40), start))


def _subject_of(text: str, unit: list[ActorMention], trigger: Trigger) -> bool:
    """ "Armenia and Azerbaijan initialled", "ไทยและกัมพูชาจะจัดการประชุม": a list right
    before a joint verb is its subject."""
    gap = text[unit[-1].end : trigger.start]
    word = text[trigger.start : trigger.end].lower()
    if len({m.country for m in unit}) > 2 and trigger.relation.name not in (
        "agreement", "joint_exercise"
    ):
        return False  # "France, Germany and Italy met Orban": each met him, not each other
    if len(unit) < 2 or trigger.start < unit[-1].end:
        return False
    if has_thai(gap) or has_thai(word):  # "ไทยและกัมพูชาจะจัดการประชุม": the list meets
        return bool(cues.SUBJECT_GAP_TH.fullmatch(gap))
    if len(gap.split()) <= 2 and (word.endswith("ed") or word in ("met", "signed")):
        return True
    # "Turkish and Syrian defence officials held their first direct talks": the object
    return bool(cues.SUBJECT_VERB_EN.match(gap)) and len(gap.split()) <= 8
