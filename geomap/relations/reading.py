"""The reading of a parsed text that the link rules and the deployment rules share.

Who a text names and in what role: its actors (countries, capitals standing for their
governments, demonyms, state bodies, officials, missions) are found once, each with its role
in the sentence (party, location or target), along with the text's dates, money and troop
counts. Sentences are cut into clauses that lend their subject or antecedent to the next.
Both kinds of rule (links.py, deployments.py) read these, and both date and cite a relation
the same way (`_date_near`, `_evidence`), so all of it lives here, below both.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from geomap.gazetteer import Gazetteer, Place
from geomap.geoparse import ParseResult
from geomap.relations import cues
from geomap.relations.dates import find_dates
from geomap.relations.magnitudes import find_money, find_troops
from geomap.relations.taxonomy import RelationType, Trigger
from geomap.text import has_thai

LOCATION_TYPES = frozenset({"city", "site", "admin1", "water", "region", "border"})
SPECIFICITY = {
    "site": 0, "city": 1, "capital": 1, "admin1": 2, "water": 2, "border": 3, "region": 4,
}  # fmt: skip


@dataclass
class ActorMention:
    start: int
    end: int
    text: str
    countries: tuple[str, ...]
    kind: str  # country, capital, city, site, admin1, border, region, actor
    place: Place | None
    role: str = "party"  # party, location or target
    implied: bool = False  # no name but stands for a place: "in the country", "UNIFIL", "there"

    @property
    def country(self) -> str:
        return self.countries[0] if self.countries else ""


@dataclass
class JointAct:
    """An act of several states a later clause may join (`_joining_an_act`)."""

    sentence: int  # index of the sentence that told it
    parties: list[ActorMention]
    leads: list[str]  # the countries the story's act was first told with
    relation: RelationType
    words: str  # the clause that told it, lower-cased


@dataclass
class Clause:
    start: int
    end: int
    sentence: tuple[int, int]
    mentions: list[ActorMention] = field(default_factory=list)
    lent: list[ActorMention] = field(default_factory=list)  # a relative clause's antecedent
    relative: bool = False  # the relative clause itself ("which completed ...")


class DocumentReading:
    """One parsed text as the rules read it: its actor mentions and their roles, dates, money,
    troop counts and clauses, and what the link rules carry from one sentence to the next."""

    def __init__(self, result: ParseResult, gazetteer: Gazetteer) -> None:
        self.result = result
        self.text = result.text
        self.gazetteer = gazetteer
        self._kinds_of: dict[str, frozenset[str]] = {}  # surface -> its actor-table kinds
        self.thai = has_thai(result.text)
        dates = find_dates(self.text)
        self.document_date = dates[0].iso if dates and dates[0].start < 300 else None
        year = int(self.document_date[:4]) if self.document_date else None
        self.dates = find_dates(self.text, default_year=year) if year else dates
        self.money = find_money(self.text)
        self.troops = find_troops(self.text)
        self.mentions = self._mentions()
        self.stricken: str | None = None  # not known while it is being found
        self.stricken = self._stricken_country()
        self.last_recipient: tuple[int, ActorMention] | None = None  # (sentence index, party)
        self.last_accord: tuple[int, list[ActorMention]] | None = None  # (sentence, parties)
        # the last act of several states and the host of the last hosted meeting, which a
        # state may join later: (sentence index, parties, relation) / (sentence index, host)
        self.acts: list[JointAct] = []
        self.last_host: tuple[int, ActorMention] | None = None
        self.regional: set[int] = set()  # deployments placed only at a region (their id)
        self.provinces: set[int] = set()  # ... at a province (English)

    # mentions and their roles ------------------------------------------------------
    def _mentions(self) -> list[ActorMention]:
        mentions = []
        for hit in self.result.places:
            place = hit.place
            if place.feature_type == "border":
                countries = place.border_countries
            else:
                countries = (place.country_code,) if place.country_code else ()
            if not countries:
                continue
            kind = place.feature_type
            if kind == "city" and self._is_capital(place):
                kind = "capital"
            for m in hit.mentions:
                if any(d.start <= m.start and m.end <= d.end for d in self.dates):
                    continue  # "DUSHANBE, Nov 3": a month, not the town of Nov
                named = kind
                if (
                    self.thai and kind == "site" and self._organisation_of(m.text, countries)
                    and not self._after_locative_th(m.start)
                ):  # fmt: skip
                    named = "actor"  # "เพนตากอนประกาศ", "เครมลินประณาม": the body, not the building
                mentions.append(ActorMention(m.start, m.end, m.text, countries, named, place))
        for m in self.result.actors:
            countries = tuple(c for c in m.countries if c)
            if not countries and self.thai and self._state_body(m.text):
                countries = ("TH",)  # Thailand's until `_home_bodies` says whose
            if not countries or (self.thai and self._abbreviation_misread(m.start, m.end)):
                continue
            if not self.thai and self._inside_other_name(m.start, m.end):
                continue
            mentions.append(ActorMention(m.start, m.end, m.text, countries, "actor", None))
        if self.thai:
            mentions += self._leaders(mentions) + self._missions(mentions)
        mentions.sort(key=lambda m: m.start)
        if not self.thai:
            implied = self._the_country(mentions) + self._missions(mentions)
            mentions = sorted(mentions + implied, key=lambda m: m.start)
            mentions = sorted(mentions + self._officials(mentions), key=lambda m: m.start)
        if self.thai:
            mentions = self._home_bodies(mentions)
        starts = {m.start: m for m in mentions if m.kind == "country"}
        mentions = [  # "กองทัพเรือกัมพูชา" is Cambodia's navy, not the Thai navy
            m for m in mentions
            if not (
                m.kind == "actor" and m.end in starts and starts[m.end].countries != m.countries
            )
            and not (self.thai and self._foreign_service(m, mentions))
        ]  # fmt: skip
        self.mentions = mentions  # roles look at the neighbours
        previous: ActorMention | None = None
        for mention in mentions:
            mention.role = self._role(mention, previous)
            previous = mention
        for later, earlier in itertools.pairwise(reversed(mentions)):
            gap = self.text[earlier.end : later.start]
            if later.role == "private" and cues.LIST_GAP.match(gap):
                earlier.role = "private"  # "Australian, Canadian and Chinese miners": all firms
        for mention in mentions:
            if mention.implied:
                mention.role = "location"
        if not self.thai:
            mentions = sorted(mentions + self._there(mentions), key=lambda m: m.start)
            self.mentions = mentions
        return mentions

    def _foreign_service(self, mention: ActorMention, mentions: list[ActorMention]) -> bool:
        """A bare service name is the Thai one unless the text gives it another state:
        "กองทัพเรือภาคที่ 4 ของเวียดนาม", or, in a sentence about another state that names no
        Thailand, "อินเดียส่งโรงพยาบาลสนามของกองทัพบก" and "กองทัพเรือฟิลิปปินส์เคยรับมอบ...
        และกองทัพอากาศเคยจัดซื้อ..." (the services of the state named before)."""
        if (
            mention.kind != "actor" or mention.text not in cues.BARE_SERVICES_TH
            or mention.countries != ("TH",)
        ):  # fmt: skip
            return False
        after = cues.OWNER_AFTER_TH.match(self.text, mention.end)
        if after and any(m.start == after.end() and m.kind == "country" for m in mentions):
            return True
        start, end = self.result.sentence_of(mention.start)
        before = [m for m in mentions if start <= m.start < mention.start and m.kind == "country"]
        owned = self.text[max(0, mention.start - 4) : mention.start].rstrip().endswith("ของ")
        if not owned and not any(self._names_service(m) for m in before):
            return False
        named = [  # other bare services are as open as this one
            m for m in mentions
            if start <= m.start < end and m.text not in cues.BARE_SERVICES_TH
        ]  # fmt: skip
        return bool(before) and not any("TH" in m.countries for m in named)

    def _home_bodies(self, mentions: list[ActorMention]) -> list[ActorMention]:
        """Thai news names its own state's bodies without the country ("ศาลอาญามีคำสั่ง",
        "รัฐมนตรีว่าการกระทรวงกลาโหมต้อนรับ"): they stand for Thailand unless the text ties
        them to another state. The state named right after is the owner ("กระทรวงกลาโหม
        สหรัฐฯ", "นายกรัฐมนตรีชิเงรุ อิชิบะ", "...ของทั้งสองประเทศ"); a foreign leader named
        right before holds the office ("นายเซอร์เกย์ ลาฟรอฟ รัฐมนตรีว่าการกระทรวงการต่างประเทศ");
        and a body named again is the one named last ("กระทรวงกลาโหมญี่ปุ่นแถลง ...
        กระทรวงกลาโหมระบุด้วยว่า")."""
        owners: dict[str, tuple[str, ...]] = {}  # body -> the other state it belonged to last
        home: set[str] = set()  # bodies the story has already told of as Thailand's
        kept: list[ActorMention] = []
        for index, mention in enumerate(mentions):
            body = self._home_body(mention)
            if body is None:
                kept.append(mention)
                continue
            following = mentions[index + 1] if index + 1 < len(mentions) else None
            gap = self.text[mention.end : following.start] if following else ""
            if cues.OWNER_GROUP_AFTER_TH.match(self.text, mention.end) or (
                cues.NO_BODY_BEFORE_TH.search(self.text, max(0, mention.start - 12), mention.start)
            ):
                continue  # "กระทรวงกลาโหมของทั้งสองประเทศ", "การประชุมระดับรัฐมนตรีต่างประเทศ"
            if (
                following is not None and following.kind in ("country", "actor")
                and (cues.OWNER_GAP_TH.fullmatch(gap) or cues.TITLE_CHAIN_TH.fullmatch(gap))
            ):  # fmt: skip
                owners[body] = following.countries
                continue  # the owner's own mention stands for it ("นายกรัฐมนตรีไทย" too)
            previous = kept[-1] if kept else None
            if (
                previous is not None and self._is_leader(previous)
                and cues.TITLE_GAP_TH.fullmatch(self.text, previous.end, mention.start)
            ):  # fmt: skip
                owners[body] = previous.countries
                continue  # the leader's title, told of the leader's state
            speaker = self._foreign_speaker(mention, kept)
            if speaker is not None:
                kept.append(ActorMention(
                    mention.start, mention.end, mention.text, speaker.countries, mention.kind,
                    mention.place,
                ))  # fmt: skip
                continue  # "เช็ก...ระบุว่าจะส่งคณะผู้แทนกระทรวงกลาโหมไปกรุงโซล": the speaker's own
            countries = mention.countries if body in home else owners.get(body, mention.countries)
            if countries == ("TH",):
                home.add(body)
            owners[body] = countries
            kept.append(ActorMention(
                mention.start, mention.end, mention.text, countries, mention.kind, mention.place,
            ))  # fmt: skip
        return kept

    def _foreign_speaker(
        self, mention: ActorMention, before: list[ActorMention]
    ) -> ActorMention | None:
        """The foreign state whose words a bare body is told in: the sentence opens with that
        state, which says (ระบุว่า, กล่าวว่า...) what follows, and names no Thailand."""
        start, _ = self.result.sentence_of(mention.start)
        said = [m for m in cues.SPEECH_TH.finditer(self.text, start, mention.start)]
        named = [m for m in before if start <= m.start < mention.start]
        if not said or not named or any("TH" in m.countries for m in named):
            return None
        subject = named[0]
        opening = self.text[start : subject.start].strip()
        if (
            subject.kind not in ("country", "actor") or subject.start > said[0].start()
            or (opening and not opening.endswith(cues.SENTENCE_OPENERS_TH))
        ):  # fmt: skip
            return None
        return subject

    def _home_body(self, mention: ActorMention) -> str | None:
        """The office a bare Thai state body names ("กลาโหม" for กระทรวงกลาโหม and
        รัฐมนตรีกลาโหม alike), or None when the mention is none."""
        if mention.kind != "actor" or mention.countries != ("TH",):
            return None
        if not self._state_body(mention.text):
            return None
        return cues.BODY_PREFIX_TH.sub("", mention.text.replace(" ", ""))

    def _actor_kinds(self, term: str) -> frozenset[str]:
        """What the actor table says a surface is (leader, state_body, organization...): asked
        of the same names many times per document, so read once each."""
        if term not in self._kinds_of:
            self._kinds_of[term] = frozenset(a.kind for a in self.gazetteer.actors(term))
        return self._kinds_of[term]

    def _state_body(self, term: str) -> bool:
        return "state_body" in self._actor_kinds(term)

    def _is_leader(self, mention: ActorMention) -> bool:
        return mention.kind == "actor" and "leader" in self._actor_kinds(mention.text)

    def _names_service(self, mention: ActorMention) -> bool:
        """ "กองทัพเรือฟิลิปปินส์": a country named as the owner of an armed service."""
        before = self.text[max(0, mention.start - 12) : mention.start]
        return bool(cues.HOST_FORCES_BEFORE_TH.search(before))

    def _leaders(self, mentions: list[ActorMention]) -> list[ActorMention]:
        """A Thai story introduces a leader once with the country ("นายปราโบโว ซูเบียนโต
        ประธานาธิบดีอินโดนีเซีย") and then writes the name alone ("ปราโบโวเดินทางต่อไปยัง
        สิงคโปร์"): each later use of the name stands for that country."""
        found: list[ActorMention] = []
        taken = [(m.start, m.end) for m in mentions]
        for country in (m for m in mentions if m.kind == "country"):
            intro = cues.LEADER_INTRODUCED_TH.search(
                self.text, max(0, country.start - 90), country.start
            )
            if intro is None or intro.end() != country.start:
                continue
            name = intro.group("name")
            for later in re.finditer(re.escape(name), self.text[country.end :]):
                start, end = country.end + later.start(), country.end + later.end()
                if not any(a < end and start < b for a, b in taken):
                    found.append(
                        ActorMention(start, end, name, country.countries, "actor", None)
                    )
                    taken.append((start, end))
        return found

    def _inside_other_name(self, start: int, end: int) -> bool:
        """ "Yunus-Bek Yevkurov" is not Yunus of Bangladesh: a leader's name glued to more of
        a name, or after a given name, is someone else's, as is a single name before a family
        name ("President Teodoro Obiang") (English)."""
        if "leader" not in self._actor_kinds(self.text[start:end]):
            return False
        if re.match(r"-[A-Z]", self.text[end : end + 2]) or re.search(
            r"[A-Za-z]-$", self.text[max(0, start - 2) : start]
        ):
            return True
        family = re.match(r" ([A-Z][a-z]+)\b", self.text[end : end + 20])
        if " " not in self.text[start:end] and family and family.group(1) not in (
            cues.NOT_NAME_WORDS_EN | cues.NAME_SUFFIXES_EN
        ):
            return True
        given = re.search(r"(?<![.!?]\s)([A-Z][a-z]+)\s$", self.text[max(0, start - 20) : start])
        return bool(given) and given.group(1) not in cues.NOT_NAME_WORDS_EN and start > 20

    def _officials(self, mentions: list[ActorMention]) -> list[ActorMention]:
        """ "Somali President Hassan Sheikh Mohamud ... met Sisi and Hassan Sheikh in Asmara":
        an official introduced with the state they serve stands for it when the story later
        writes the name alone: the whole name, the surname, or the first two of three names;
        so does a leader of the actor table named in full ("Wang Yi ... Wang said") (English)."""
        introduced: list[tuple[int, set[str], tuple[str, ...]]] = []
        for state in (m for m in mentions if m.kind in ("country", "actor") and not m.implied):
            intro = cues.OFFICIAL_INTRODUCED_EN.match(self.text, state.end)
            if intro is None:
                continue
            words = intro.group("name").split()
            names = {intro.group("name"), words[-1]}
            if len(words) > 2:
                names.add(" ".join(words[:2]))
            introduced.append((intro.end(), names, state.countries))
        for leader in (m for m in mentions if self._is_leader(m) and " " in m.text):
            words = [w for w in leader.text.split() if w not in cues.NOT_NAME_WORDS_EN]
            names = {words[-1]} if words and not words[-1].endswith(".") else set()
            if words and words[0] in cues.FAMILY_NAME_FIRST_EN:
                names.add(words[0])  # "Wang Yi ... Wang told Lavrov"
            introduced.append((leader.end, names, leader.countries))
        found: list[ActorMention] = []
        taken = [(m.start, m.end) for m in mentions]
        for after, names, countries in introduced:
            for name in (n for n in names if len(n) >= 4 or n in cues.FAMILY_NAME_FIRST_EN):
                for later in re.finditer(rf"\b{re.escape(name)}\b(?!-)", self.text[after:]):
                    start, end = after + later.start(), after + later.end()
                    if name in cues.FAMILY_NAME_FIRST_EN and cues.PRIVATE_PERSON_AFTER_EN.match(
                        self.text, end
                    ):
                        continue  # "Kim, a 34-year-old engineer": someone else of that name
                    if not any(a < end and start < b for a, b in taken):
                        found.append(ActorMention(start, end, name, countries, "actor", None))
                        taken.append((start, end))
        return found

    def _the_country(self, mentions: list[ActorMention]) -> list[ActorMention]:
        """ "keeps about 7,000 troops in the country", "withdraw its trainers from the
        country": the country the story so far names most as a place (its towns and bases
        count for it; demonyms and state bodies name actors, not where things are)."""
        found = []
        for match in cues.THE_COUNTRY_EN.finditer(self.text):
            counts: dict[str, int] = {}
            for m in mentions:
                if m.end <= match.start() and len(m.countries) == 1 and m.kind != "actor":
                    counts[m.country] = counts.get(m.country, 0) + 1
            country = self.gazetteer.country(max(counts, key=counts.get)) if counts else None
            if country is not None:
                found.append(ActorMention(
                    match.start(1), match.end(1), match.group(1), (country.country_code,),
                    "country", country, implied=True,
                ))  # fmt: skip
        return found

    def _missions(self, mentions: list[ActorMention]) -> list[ActorMention]:
        """ "taken over command of UNIFIL's eastern sector", "เข้าร่วมภารกิจ UNIFIL": a peace
        mission named by its acronym is in the country it serves. English reads it as that
        country, implied; Thai as a place where the text names nothing else there."""
        found = []
        for match in cues.MISSION.finditer(self.text):
            country = self.gazetteer.country(cues.MISSION_HOSTS[match.group()])
            named = any(m.start < match.end() and match.start() < m.end for m in mentions)
            if country is None or (self.thai and named):
                continue
            found.append(ActorMention(
                match.start(), match.end(), match.group(), (country.country_code,),
                "region" if self.thai else "country", country, implied=not self.thai,
            ))  # fmt: skip
        return found

    def _there(self, mentions: list[ActorMention]) -> list[ActorMention]:
        """ "France, which has about 600 soldiers there", "moved four bombers there": forces
        "there" are at the place told of last (not the existential "there are")."""
        found = []
        for match in cues.THERE_EN.finditer(self.text):
            sentence_start, _ = self.result.sentence_of(match.start())
            if not cues.DEPLOYMENT_EN.search(self.text, sentence_start, match.start()):
                continue
            before = [
                m for m in mentions
                if m.end <= match.start() and m.role == "location" and m.place is not None
                and not self._dateline(m) and not self._near_only(m) and not self._apposition(m)
            ]  # fmt: skip
            if before:
                last = before[-1]
                found.append(ActorMention(
                    match.start(), match.end(), match.group(), last.countries, last.kind,
                    last.place, role="location", implied=True,
                ))  # fmt: skip
        return found

    def _organisation_of(self, surface: str, countries: tuple[str, ...]) -> bool:
        """A building that names the state body housed in it (เพนตากอน, ทำเนียบขาว)."""
        return any(
            a.kind == "organization" and a.country_code in countries
            for a in self.gazetteer.actors(surface)
        )

    def _after_locative_th(self, start: int) -> bool:
        stripped = self._thai_words_before(start)
        return any(stripped.endswith(word) for word in cues.LOCATIVE_TH)

    def _abbreviation_misread(self, start: int, end: int) -> bool:
        """Thai abbreviations are written with their dot ("ทอ."); the same letters without it
        are a word ("ท่อส่งก๊าซ" is a pipeline, not the air force)."""
        terms = [a.term for a in self.gazetteer.actors(self.text[start:end])]
        written = self.text[start : end + 1]
        return bool(terms) and all(t.endswith(".") for t in terms) and "." not in written

    def _is_capital(self, place: Place) -> bool:
        capital = self.gazetteer.capital(place.country_code) if place.country_code else None
        return capital is not None and capital.id == place.id

    def _role(self, mention: ActorMention, previous: ActorMention | None) -> str:
        if mention.kind in ("city", "admin1") and self._governed(mention):
            return "party"  # "ผู้ว่าราชการจังหวัดหนองคาย", "the governor of Chiang Rai"
        if mention.kind in LOCATION_TYPES or self._embassy_seat(mention):
            return "location"
        gap = self.text[previous.end : mention.start] if previous else ""
        if (
            previous
            and (cues.LIST_GAP.match(gap) or cues.HYPHEN_GAP.match(gap))
            and previous.role != "party"
            and previous.kind not in LOCATION_TYPES
            and (gap.strip() or self._list_goes_on(mention))
            and (
                self.thai or (
                    not cues.SUBJECT_AFTER_EN.match(self.text, mention.end)
                    and not (
                        gap.strip() == "," and cues.TELLER_AFTER_EN.match(self.text, mention.end)
                    )
                )
            )  # "on his way to Riyadh, Korean officials said": the teller, not the list
            and not (gap.strip() == "," and cues.POSSESSIVE.match(self.text, mention.end))
            and not (not self.thai and self._names_forces(mention))
        ):  # "In Lithuania, Germany's brigade", "In Kosovo, the Italian contingent": a subject
            # after a fronted place, not a list
            return previous.role  # "ในอัฟกานิสถาน, อิหร่าน และอิรัก": the whole list
        if (
            previous and previous.kind == "city" and previous.role == "location"
            and mention.kind == "capital" and cues.AND_GAP.match(gap)
        ):  # fmt: skip
            return "location"  # "เริ่มที่เซาเปาโลและบราซิเลีย", "in Osaka and Tokyo": both stops
        plain_gap = strip_prefixes(gap, cues.NAME_PREFIXES_TH).strip()
        if (
            previous
            and previous.kind in LOCATION_TYPES
            and plain_gap in ("", "ของ", "of", ",")
            and set(previous.countries) & set(mention.countries)
            and (self.thai or mention.kind != "actor")  # "In Phnom Penh, Cambodian police"
            and not (
                self.thai and not gap.strip() and cues.CLAUSE_VERB_TH.match(self.text, mention.end)
            )
        ):  # "...ออกจากโอกินาวา ญี่ปุ่นเตรียมตั้งหน่วยขีปนาวุธ": a headline's next story
            return "location"  # "เมืองกิวมรีของอาร์เมเนีย", "Delhi, India": a place's country
        before = self._words_before(mention.start)
        after = self.text[mention.end : mention.end + 40]
        if cues.NEIGHBOUR_BEFORE.search(before):
            return "neighbour"
        if mention.kind == "actor" and not self.thai and cues.BORDER_AFTER_EN.match(after):
            return "neighbour"  # "a few kilometres from the Israeli border": a landmark
        if self.thai and self._list_item_place(mention):
            return "location"  # "- กาบอง: 100 นาย": the place the list item counts forces in
        if self.thai and has_thai(before[-12:] if before else ""):
            stripped = strip_prefixes(before, cues.NAME_PREFIXES_TH)
            if cues.COMMAND_OF_TH.search(stripped):
                return "party"
            if stripped.endswith("สงคราม"):
                return "event"  # "ในช่วงสงครามเวียดนาม": a war's name, no party to the news
            if mention.kind in ("city", "capital") and stripped.endswith(cues.ACCORD_NAMES_TH):
                return "event"  # "ตามอนุสัญญากรุงเวียนนา": a treaty named after its city
            if (
                any(stripped.endswith(word) for word in cues.LOCATIVE_TH)
                and not stripped.endswith(cues.NOUNS_IN_TI_TH)
                and not (
                    any(stripped.endswith(word) for word in cues.CONJUNCTIONS_TH)
                    and not any(stripped.endswith(w + "ที่") for w in cues.KAN_WORDS_TH)
                )
                and not (stripped.endswith("ที่") and cues.RELATIVE_VERB_TH.match(after))
            ):
                return "location"
            if cues.ONWARD_TH.search(stripped):
                return "location"  # "เพื่อส่งต่อไปยังจีน": a destination, not a party
            if cues.PLACE_BEFORE_TH.search(self.text, max(0, mention.start - 50), mention.start):
                return "location"  # "ที่เมืองมาลากาล ประเทศซูดานใต้": where that town lies
            if mention.kind == "capital" and cues.TRAVEL_TO_TH.search(stripped):
                return "location"  # "ก่อนเดินทางต่อไปยังเวียงจันทน์": a stop on the way
            window = self.text[max(0, mention.start - 60) : mention.start]
            if cues.SENT_TO_TH.search(strip_prefixes(window, cues.NAME_PREFIXES_TH)):
                return "location"  # "ส่งทหารช่างอีก 180 นายไปยังสาธารณรัฐแอฟริกากลาง"
            targeted = cues.FORCES_TARGETED_TH.search(stripped)  # "ผลักดันกองกำลังยูเครน"
            if targeted or cues.SET_APART_BEFORE_TH.search(stripped) or (
                any(stripped.endswith(word) for word in cues.TARGET_TH)
                and not stripped.endswith(cues.DELEGATE_TH)
            ):  # "ผู้แทนเวียดนาม" is Vietnam's delegate, not "instead of" (แทน) Vietnam
                return "target"
            if any(
                text.endswith(word) for word in cues.PRIVATE_BEFORE_TH
                for text in (stripped, before.rstrip())  # พลเมือง ends in the prefix เมือง
            ) or cues.PRIVATE_FROM_TH.search(stripped):
                return "private"  # "บริษัทซาบของสวีเดน": a firm of the country
            demonym = mention.text.startswith(cues.DEMONYM_BEFORE_TH) or before.endswith(
                cues.DEMONYM_BEFORE_TH
            )
            if cues.OBSERVER_AFTER_TH.match(after):
                return "observer"  # "ผู้แทนสหรัฐฯ และจีนร่วมสังเกตการณ์": onlookers of others' talks
            if demonym and cues.PEOPLE_COUNT_AFTER_TH.match(after):
                return "private"  # "ชาวจีน 41 คน": people counted by nationality
            if demonym and self._names_person(mention):
                return "private"  # "ส่งตัวนายหลี่ เหวินไห่ ชาวมาเลเซีย": one person's nationality
        else:
            words = [w.lower() for w in before.split()]
            while len(words) > 1 and words[-1] in cues.NAME_PREFIXES_EN:
                words.pop()
            owner = cues.INSTITUTION_AFTER_EN.match(self.text, mention.end)
            locative = (
                words and words[-1] in cues.LOCATIVE_EN
                and not (words[-1] == "off" and len(words) > 1 and words[-2] in cues.OFF_VERBS_EN)
                and not (words[-1] == "on" and len(words) > 1 and words[-2] in cues.CALL_ON_EN)
            ) or cues.LOCATIVE_PHRASE_EN.search(before)  # "pay off Syria's arrears": its debt
            port_call = re.search(r"\bport calls?\s(?:in|at)\s(?:the\s)?$", before, re.I)
            if locative and not owner and not port_call:  # a port call in Singapore visits it
                return "location"
            leaving = self.text[max(0, mention.start - 90) : mention.start]
            if (
                cues.LEFT_FROM_EN.search(leaving) or cues.SET_OFF_FOR_EN.search(leaving)
                or cues.MOVED_FROM_EN.search(leaving)
                or (
                    cues.FORCES_LEFT_EN.search(leaving)
                    and not cues.SET_OFF_AFTER_EN.match(self.text, mention.end)
                )
            ):
                return "location"  # "the withdrawal of its personnel from the Maldives"
            if (
                mention.kind == "capital" and before.endswith("the ")
                and cues.ACCORD_NAMED_AFTER_EN.match(self.text, mention.end)
            ):  # fmt: skip
                return "location"  # "the Rome agreements", "the Minsk accords": where signed
            if (
                previous and previous.role == "party" and gap.strip() == ","
                and cues.DESCRIBES_BEFORE_EN.match(self.text, mention.end)
            ):  # fmt: skip
                return "description"  # "China, Indonesia's largest trading partner, said"
            if mention.kind == "capital" and self._union_seat(mention):
                return "organisation"  # "Kigali has lobbied Brussels" after the EU is named
            if cues.SOURCE_BEFORE_EN.search(before):
                return "source"  # "according to Lithuanian intelligence": who tells, not who acts
            if cues.SENT_TO_EN.search(self.text[max(0, mention.start - 140) : mention.start]):
                return "location"  # "will send 1,000 soldiers to southern Lebanon"
            if cues.WITHDRAWAL_NOUN_AFTER_EN.match(self.text[mention.end : mention.end + 20]):
                return "location"  # "Washington completes Niger pullout"
            if cues.GEOGRAPHY_BETWEEN_EN.search(before):
                return "location"  # "the strip of land between Belarus and Kaliningrad"
            if mention.kind == "actor" and cues.PLACE_NOUN_AFTER_EN.match(self.text, mention.end):
                return "location"  # "the Russian exclave of Kaliningrad", "a Philippine port"
            if cues.TARGET_EN.search(before):
                return "target"
            if cues.ORGANISATION_BEFORE_EN.search(before):
                return "organisation"  # "the Reserve Bank of India"
        if cues.PRIVATE_AFTER_EN.match(after):
            return "private"
        if re.match(r"^(?:'s|’s)\s+(?:[a-z]+\s)?(?:region|province|state|port|city|capital|"
                    r"island|soil|territory|border|frontier|side|north|south|east|west|airport|"
                    r"outskirts|suburbs|streets|coast|waters)", after):
            return "location"  # "Russia's Kursk region", "Bamako's international airport"
        if self._dateline(mention):
            return "location"
        return "party"

    def _names_person(self, mention: ActorMention) -> bool:
        """A Thai demonym giving one person's nationality: after the person's name or noun,
        or after a verb handing the person over to a state the sentence names next."""
        before = self.text[max(0, mention.start - 40) : mention.start]
        if cues.PERSON_BEFORE_TH.search(before):
            return True
        if not cues.HANDED_OVER_BEFORE_TH.search(before):
            return False
        _, end = self.result.sentence_of(mention.start)
        after = [m for m in self.mentions if mention.end < m.start < min(end, mention.end + 80)]
        return bool(after) and bool(  # the next name is the receiver
            cues.RECEIVER_BEFORE_TH.search(self.text, max(0, after[0].start - 24), after[0].start)
        )

    def _union_seat(self, mention: ActorMention) -> bool:
        """The seat of a union the story names (Brussels for the EU): its meetings are the
        union's, not its host state's."""
        union = cues.UNION_SEATS_EN.get(mention.text)
        return bool(union and union.search(self.text))

    def _embassy_seat(self, mention: ActorMention) -> bool:
        """Where a state's own embassy or envoy sits: "the Thai embassy in Tokyo"."""
        before = self._thai_words_before(mention.start)
        return bool(cues.EMBASSY_BEFORE.search(before))

    def _governed(self, mention: ActorMention) -> bool:
        """A province or town named by its governor or authorities stands for the state whose
        officials act: local officials of two countries acting together are a link."""
        before = self._words_before(mention.start)
        if self.thai:
            stripped = strip_prefixes(before, cues.NAME_PREFIXES_TH)  # แขวง is both
            return any(cues.OFFICIAL_BEFORE_TH.search(text) for text in (before, stripped))
        return bool(
            cues.OFFICIAL_BEFORE_EN.search(before)
            or cues.OFFICIAL_AFTER_EN.match(self.text, mention.end)
        )

    def _list_item_place(self, mention: ActorMention) -> bool:
        """ "- จิบูตี: ราว 1,500 นาย": a line of a list that counts forces by place opens with
        the place."""
        line_end = self.text.find("\n", mention.end)
        line_end = len(self.text) if line_end < 0 else line_end
        return bool(
            cues.LIST_ITEM_BEFORE_TH.search(self.text, max(0, mention.start - 6), mention.start)
            and cues.LIST_ITEM_AFTER.match(self.text, mention.end)
            and any(mention.end <= c.start < line_end for c in self.troops)
        )

    def _list_goes_on(self, mention: ActorMention) -> bool:
        """Thai lists may be spaced words ("ญี่ปุ่น เกาหลีใต้ และมาเลเซีย"); a name after a
        bare space belongs to the list only when another name follows in the same way."""
        later = [m for m in self.mentions if m.start >= mention.end]
        return bool(later) and bool(cues.LIST_GAP.match(self.text[mention.end : later[0].start]))

    def _dateline(self, mention: ActorMention) -> bool:
        """ "BAMAKO, June 10 -", "กรุงเทพฯ 18 ธ.ค. 2567 –": where the story was filed (a
        mission's acronym, "UNFICYP, with...", is none)."""
        if mention.start > 120 or mention.implied:
            return False
        after = self.text[mention.end : mention.end + 40]
        if any(
            0 <= d.start - mention.end <= 4 and not self.text[mention.end : d.start].strip(" ,")
            for d in self.dates
        ):
            return True
        return mention.text.isupper() and len(mention.text) > 3 and after[:1] == ","

    def _words_before(self, start: int) -> str:
        sentence_start, _ = self.result.sentence_of(start)
        return self.text[max(sentence_start, start - 30) : start]

    def _thai_words_before(self, start: int) -> str:
        """The words before a Thai name, its own prefix (จังหวัด, กรุง...) left out."""
        return strip_prefixes(self._words_before(start), cues.NAME_PREFIXES_TH)

    # clauses -------------------------------------------------------------------------
    def _clauses(self, sentence: tuple[int, int]) -> list[Clause]:
        start, end = sentence
        pattern = cues.CLAUSE_BREAK_TH if self.thai else cues.CLAUSE_BREAK_EN
        cuts = [start]
        for match in pattern.finditer(self.text, start, end):
            cuts.append(match.end() if match.group().strip() else match.start())
        if self.thai:
            cuts.extend(
                m.start for m in self.mentions if start < m.start < end and self._new_subject(m)
            )
            cuts.extend(  # "...จากสวีเดน เรือดำน้ำจีนยังไม่ถึงไทย": a force named by its state
                cut for m in self.mentions if start < m.start < end
                and (cut := self._new_force_subject(m)) is not None and cut > start
            )
        relatives = [] if self.thai else list(cues.RELATIVE_EN.finditer(self.text, start, end))
        cuts.extend(r.end() for r in relatives)
        if not self.thai and self._headline(sentence):  # "Poland orders howitzers, plans drills"
            cuts.extend(m.end() for m in cues.HEADLINE_NEXT_VERB_EN.finditer(self.text, start, end))
        cuts.append(end)
        clauses = []
        for a, b in itertools.pairwise(sorted(set(cuts))):
            if b > a:
                inside = [m for m in self.mentions if a <= m.start < b]
                clauses.append(Clause(a, b, sentence, inside))
        for relative in relatives:
            self._lend_antecedent(clauses, relative)
        if self.thai:
            for clause in clauses:
                self._lend_thai_antecedent(clause)
        else:
            main = clauses[0] if clauses else None
            for previous, clause in itertools.pairwise(clauses):
                if previous.relative and cues.AND_VERB_EN.match(self.text, clause.start):
                    # "Tanzania agreed ..., which marks the border ..., and will move a
                    # battalion": past a relative clause, "and" goes back to the one before
                    self._lend_subject(main, clause, joined=True)
                else:
                    self._lend_subject(previous, clause)
                if not clause.relative:
                    main = clause
        return clauses

    def whole_sentence(self, sentence: tuple[int, int]) -> Clause:
        """A sentence as one clause, for a pair the model finds there (learned.py)."""
        start, end = sentence
        return Clause(start, end, sentence, [m for m in self.mentions if start <= m.start < end])

    def _headline(self, sentence: tuple[int, int]) -> bool:
        """The story's first line when it ends without a full stop: a headline."""
        start, end = sentence
        line = self.text[start:end].rstrip()
        return start == 0 and "\n" not in line and not line.endswith(".")

    def _lend_subject(self, previous: Clause, clause: Clause, joined: bool = False) -> None:
        """ "Seoul has refused to send weapons to Kyiv, but supplies shells to the United
        States": a clause opening with "but"/"and" and a verb shares the subject of the one
        before it, as does one telling what the subject did before "with" others ("the carrier
        docked at Yokosuka, after exercises with US and Japanese warships") and one whose
        subject is a body of no named state ("Indonesia ordered Rafales from France, and the
        defence ministry said it was in talks with Ankara")."""
        if not (
            joined
            or cues.SHARED_SUBJECT_EN.match(self.text, clause.start)
            or cues.EARLIER_WITH_EN.match(self.text, clause.start)
            or cues.OWN_BODY_EN.match(self.text, clause.start)
            or (
                self._headline(clause.sentence)
                and cues.HEADLINE_NEXT_VERB_EN.match(self.text, clause.start - 2)
            )
        ):
            return
        subject = [
            m for m in previous.mentions
            if m.role == "party" and m.start < previous.start + 40 and m not in previous.lent
        ]  # fmt: skip
        if subject:
            clause.mentions = sorted(subject[:1] + clause.mentions, key=lambda m: m.start)
            clause.lent = clause.lent + subject[:1]

    def _lend_thai_antecedent(self, clause: Clause) -> None:
        """ "ท่อก๊าซจะพาดผ่านมองโกเลีย ซึ่งได้ลงนามข้อตกลงกับทั้งสองประเทศ": the country (or
        list of countries) right before ซึ่ง is the subject of the relative clause, whatever
        its role before."""
        if not re.match(r"\s*ซึ่ง", self.text[clause.start : clause.end]):
            return
        antecedents = self._antecedent(  # "ญี่ปุ่นและเกาหลีใต้ ซึ่งเป็นหุ้นส่วน...": the whole list
            clause.start,
            # "สำนักงานปราบปรามยาเสพติดของสหรัฐฯ (ดีอีเอ) ซึ่ง...": the name before the brackets
            lambda gap: not cues.PARENTHESIS.sub("", gap).strip(" ,"),
        )
        if not antecedents:
            return
        if len(antecedents) > 1 and (
            object_of(self.text, antecedents) or any(m.role != "party" for m in antecedents)
        ):  # "ชาวต่างชาติจากอินโดนีเซีย อินเดีย ... ซึ่งทยอยถูกส่งตัว": the people, not the states
            antecedents = antecedents[-1:]
        lent = [
            ActorMention(m.start, m.end, m.text, m.countries, m.kind, m.place, role="party")
            for m in antecedents
            if m.kind in ("country", "actor") and m.role != "private"
        ]
        if len(lent) < len(antecedents):
            return
        _lend(clause, lent)
        clause.relative = True

    def _lend_antecedent(self, clauses: list[Clause], relative: re.Match) -> None:
        """ "India, which once bought arms from Moscow, signed a deal ... from France": the
        names before ", which" are the subject of both the relative clause and the main
        clause it interrupts; the relative clause's own names stay out of the main one."""
        antecedent = self._antecedent(
            relative.start(), lambda gap: bool(cues.HEAD_AFTER_EN.fullmatch(gap)), parties=True
        )
        for clause in clauses:
            if clause.start in (relative.start() + 2, relative.end()):
                clause.relative = clause.start == relative.start() + 2
                if antecedent:
                    _lend(clause, antecedent)

    def _antecedent(
        self, at: int, ends_head: Callable[[str], bool], parties: bool = False
    ) -> list[ActorMention]:
        """The names a relative word at `at` takes up: the last name before it, if the words
        between pass `ends_head`, and the names listed before that one ("Japan and South
        Korea, which"); with `parties`, parties only."""
        antecedent: list[ActorMention] = []
        for mention in reversed([m for m in self.mentions if m.end <= at]):
            gap = self.text[mention.end : antecedent[0].start if antecedent else at]
            if (parties and mention.role != "party") or not (
                cues.LIST_GAP.match(gap) if antecedent else ends_head(gap)
            ):
                break
            antecedent.insert(0, mention)
        return antecedent

    def _new_subject(self, mention: ActorMention) -> bool:
        """Thai headlines join two stories with a space: "ไทยส่งตัวผู้ต้องหาให้ทางการจีน
        ญี่ปุ่นยกหนี้ให้ลาว". A party after a single space starts a clause, unless it
        goes on a spaced list ("ไทย สหรัฐฯ สิงคโปร์ และญี่ปุ่น") or a joining word precedes."""
        before = self.text[max(0, mention.start - 12) : mention.start]
        if mention.role != "party" or not re.search(r"\S\s$", before):
            return False
        if any(before.rstrip().endswith(word) for word in cues.JOINING_TH):
            return False
        index = self.mentions.index(mention)
        previous = self.mentions[index - 1] if index else None
        gap = self.text[previous.end : mention.start] if previous else ""
        if previous is not None and not gap.strip():
            earlier = self.mentions[index - 2] if index > 1 else None
            continued = earlier is not None and bool(
                cues.LIST_GAP.match(self.text[earlier.end : previous.start])
            )  # "ไทย สหรัฐฯ สิงคโปร์": the list began before
            return not (self._list_goes_on(mention) or continued)
        return not (previous is not None and cues.LIST_GAP.match(gap))  # "อาร์มีเนีย, เบลารุส"

    def _new_force_subject(self, mention: ActorMention) -> int | None:
        """Where a Thai clause opens with forces or ships named by their state after a
        single space ("เรือฝึกกองทัพเรือญี่ปุ่นเทียบท่าแหลมฉบัง เรือรบจีนเยือนกัมพูชา"): the
        start of that noun, as for a bare name in `_new_subject`."""
        if mention.role != "party":
            return None
        lead = cues.FORCE_SUBJECT_TH.search(self.text, max(0, mention.start - 24), mention.start)
        if lead is None and "\n" not in self.text[: mention.start]:  # a headline's officials
            lead = cues.OFFICIAL_SUBJECT_TH.search(
                self.text, max(0, mention.start - 48), mention.start
            )
        if lead is None or lead.end() != mention.start:
            return None
        before = self.text[max(0, lead.start() - 12) : lead.start()]
        if any(before.rstrip().endswith(word) for word in cues.JOINING_TH):
            return None
        return lead.start() + 1

    # donors and the stricken country --------------------------------------------------
    def _gives(self, mention: ActorMention, parties: list[ActorMention]) -> bool:
        """A donor: the name, or the list or compound it ends, is followed by a giving verb;
        or, after a disaster, the list is where the help comes from ("ทีมค้นหาและกู้ภัยจากจีน
        อินเดีย และรัสเซียได้เดินทางถึงมัณฑะเลย์แล้ว")."""
        end = mention.end
        for other in parties:
            gap = self.text[end : other.start]
            if other.start >= end and (cues.HYPHEN_GAP.match(gap) or cues.LIST_GAP.match(gap)):
                end = other.end
        if cues.GIVES_AFTER.match(self.text[end : end + 40]):
            return True
        if not (self.thai and self.stricken) or mention.country == self.stricken:
            return False
        first = mention
        for other in reversed([m for m in parties if m.end <= mention.start]):
            if not cues.LIST_GAP.match(self.text[other.end : first.start]):
                break
            first = other
        return preposition_before(self.text, [first]) == "จาก"

    def _stricken_country(self) -> str | None:
        """The country a natural disaster hit: the one named most in the sentences telling
        of it, donors left out."""
        counts: dict[str, int] = {}
        for start, end in self.result.sentences:
            if cues.DISASTER.search(self.text, start, end):
                inside = [m for m in self.mentions if start <= m.start < end]
                for m in inside:
                    if len(m.countries) == 1 and not self._gives(m, inside):
                        counts[m.country] = counts.get(m.country, 0) + 1
        return max(counts, key=lambda c: counts[c]) if counts else None

    # a relation's date and evidence ---------------------------------------------------
    def _date_near(self, clause: Clause) -> str | None:
        start, end = clause.sentence
        inside = [d for d in self.dates if clause.start <= d.start < clause.end]
        inside = inside or [d for d in self.dates if start <= d.start < end]
        return inside[0].iso if inside else self.document_date

    def _evidence(self, clause: Clause, triggers: list[Trigger]) -> dict:
        start, end = clause.sentence
        evidence = {
            "kind": "text",
            "sentence": self.text[start:end],
            "start": start,
            "end": end,
            "clause_start": clause.start,
            "clause_end": clause.end,
            "sentence_span": [start, end],
        }
        if triggers:
            trigger = triggers[0]
            evidence["trigger"] = self.text[trigger.start : trigger.end]
        return evidence

    # landmarks, appositions, forces named (roles and deployments ask) -----------------
    def _near_only(self, location: ActorMention) -> bool:
        """ "ใกล้ชายแดนอัฟกานิสถาน", "near the Tunisian border", "ทางใต้ของกรุงโซล",
        "20 km from Bishkek": a landmark, not where the forces are."""
        before = self.text[max(0, location.start - 24) : location.start]
        town = location.kind != "country"  # "ทางตะวันออกของลิเบีย" is eastern Libya itself
        if self.thai:
            return bool(re.search(
                r"(?:ใกล้(?:กับ)?|ห่างจาก" + (r"|(?:ทาง)?(?:เหนือ|ใต้|ตะวันออก|ตะวันตก)\S{0,10}ของ)"
                if town else ")") + r"(?:ชายแดน|พรมแดน)?(?:ประเทศ|กรุง|เมือง|จังหวัด)?\s?$", before
            ))  # fmt: skip
        before = self.text[max(0, location.start - 50) : location.start]
        if re.search(r"\b(?:km from|miles from|away from" + (r"|(?:north|south|east|west)\w* of"
                     if town else "") + r") (?:the )?(?:(?:[a-z]+ )?(?:city|town|port|village)"
                     r" of )?$", before, re.I):  # "30 km from the port city of Sihanoukville"
            return True
        if re.search(r"(?<!the )\b(?:north|south|east|west)\w* of $", before):
            return True  # "300 km east of Taiwan" is outside it ("in the east of" is inside)
        index = self.mentions.index(location) if location in self.mentions else 0
        previous = self.mentions[index - 1] if index else None
        if (  # "waters off Palawan in the Philippines": where the landmark lies
            previous is not None and previous.place is not None and not self.thai
            and previous.countries == location.countries
            and re.fullmatch(r",?\s(?:in|of)\s(?:the\s)?", self.text[previous.end : location.start])
            and self._near_only(previous)
        ):
            return True
        if re.search(r"\boff (?:the (?:coast|shores?) of )?(?:the )?$", before) or (
            location.kind in ("country", "region", "water")
            and re.search(r"\baround (?:the )?$", before)
        ):
            return True  # "waters off Palawan", "drills around Taiwan": at sea beside it
        near = re.search(r"\b(?:near|close to) (?:the )?(?P<owner>[A-Z][\w-]*(?:'s|’s) )?$", before)
        # near a town is there; near an area, or another state's town, is outside it
        return bool(near) and (location.kind in ("country", "region") or bool(near["owner"]))

    def _apposition(self, location: ActorMention) -> bool:
        """ "ฐานทัพเรือสัตหีบ จังหวัดชลบุรี", "Basa Air Base in Pampanga", "the Machulishchy air
        base near Minsk", "เมืองดาร์วินทางตอนเหนือของออสเตรเลีย": a province, city or country
        right after a site (or a town its class word makes a base) of its own country only says
        where that site is."""
        index = self.mentions.index(location)
        previous = self.mentions[index - 1] if index else None
        gap_start = previous.end if previous else 0
        if (  # "ฐานทัพอากาศบัตเตอร์เวิร์ธของมาเลเซีย ในรัฐปีนัง": past the site's own country
            self.thai and previous is not None and previous.kind == "country" and index > 1
            and self.text[self.mentions[index - 2].end : previous.start].strip() == "ของ"
            and location.kind != "country"
        ):  # fmt: skip
            previous = self.mentions[index - 2]
        if previous is None or previous.kind not in SPECIFICITY:
            return False
        gap = strip_prefixes(self.text[gap_start : location.start], cues.NAME_PREFIXES_TH)
        if location.kind == "country":
            return (
                self.thai and previous.kind in ("site", "city", "capital", "admin1")
                and previous.countries == location.countries
                and re.fullmatch(r"\s?" + cues.DIRECTION_OF_TH + r"\s?", gap) is not None
            )  # fmt: skip
        if (
            not self.thai and previous.kind == "site"
            and set(previous.countries) & set(location.countries)
            and cues.SITE_DESCRIBED_EN.fullmatch(gap)
        ):
            return True  # "HMAS Stirling, the naval base on Garden Island near Perth"
        if (
            not self.thai and location.kind != "country"
            and set(previous.countries) & set(location.countries)
            and re.fullmatch(r",?\s(?:in|at|near|on)(?:\s+the)?\s*", gap)
            and self._apposition(previous)
        ):
            return True  # ... and the town near the island says where that is too
        shape = re.fullmatch(
            r"(?P<base>\s(?:air|naval|military|army)?\s?(?:base|camp|airfield))?"
            r"[\s,]*(?:in|at|near|ใน|ที่|ของ)?\s*(?:the\s)?", gap
        )  # fmt: skip
        rank = 0 if shape and shape.group("base") else SPECIFICITY[previous.kind]
        return (
            shape is not None
            and location.kind in SPECIFICITY
            and rank < SPECIFICITY[location.kind]
            and bool(set(previous.countries) & set(location.countries))
        )

    def _names_forces(self, mention: ActorMention) -> bool:
        before = self.text[max(0, mention.start - 12) : mention.start]
        if any(before.endswith(word) for word in cues.FORCE_BEFORE_TH):
            return True
        return bool(cues.FORCE_AFTER_EN.match(self.text[mention.end : mention.end + 40]))


def strip_prefixes(before: str, prefixes: tuple[str, ...]) -> str:
    stripped = before.rstrip()
    changed = True
    while changed:
        changed = False
        for prefix in prefixes:
            if stripped.endswith(prefix):
                stripped = stripped[: -len(prefix)].rstrip()
                changed = True
    return stripped


def _lend(clause: Clause, antecedent: list[ActorMention]) -> None:
    """A relative clause takes the names it refers back to as its subject."""
    clause.mentions = sorted(antecedent + clause.mentions, key=lambda m: m.start)
    clause.lent = antecedent


def object_of(text: str, unit: list[ActorMention]) -> bool:
    """A Thai unit right after a preposition: the other side of a verb ("...จากอินเดีย")."""
    return preposition_before(text, unit) is not None


def preposition_before(text: str, unit: list[ActorMention]) -> str | None:
    before = text[max(0, unit[0].start - 20) : unit[0].start]
    before = strip_prefixes(before, cues.NAME_PREFIXES_TH)
    return next((p for p in cues.OBJECT_BEFORE_TH if before.endswith(p)), None)
