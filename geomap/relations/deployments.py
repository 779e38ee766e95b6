"""Troop deployments: the deployment rules of `RelationExtractor`.

Deployments are found sentence by sentence: a deployment cue (base, stationed, troops,
withdrawal...) near a place in a host country, and an actor whose forces they are (senders,
contributors to a mission, the owner a force is named by). One actor's deployments in one
host are then folded to the most specific places told, one per place. These rules use the
shared reading (reading.py) and nothing of the link rules.
"""

from __future__ import annotations

import re

from geomap.gazetteer import Place, haversine_km
from geomap.relations import cues
from geomap.relations.reading import ActorMention, Clause, DocumentReading, strip_prefixes
from geomap.relations.scope import deployment_polarity
from geomap.text import has_thai

SAME_PLACE_KM = 8.0
PROVINCE_KM = 150.0  # a town this near a province's point may lie in it


class DeploymentRules(DocumentReading):
    """The deployment rules: `_deployments` of the whole text, folded one per actor and place."""

    def _deployments(self) -> list[dict]:
        found: dict[tuple, dict] = {}
        last_actor: ActorMention | None = None
        last_site: tuple[ActorMention, str] | None = None  # the site and host told of last
        for sentence in self.result.sentences or [(0, len(self.text))]:
            start, end = sentence
            cue_spans = self._deployment_cues(start, end)
            if not cue_spans:
                if last_site is not None:
                    for clause in self._clauses(sentence):
                        self._add_mission_forces(found, clause, last_site)
                continue
            inside = [m for m in self.mentions if start <= m.start < end]
            clauses = self._clauses(sentence)
            sites_by_clause = [
                (clause, [
                    m for m in clause.mentions
                    if (m.role == "location" or self._hosts_forces(m) or self._guests_th(m))
                    and m.place is not None
                    and (m.kind != "region" or len(m.countries) == 1)
                    and not (not self.thai and (
                        cues.EXERCISE_AFTER_EN.match(self.text, m.end)
                        or cues.EVENT_AFTER_EN.match(self.text, m.end)
                        or (m.kind == "site" and cues.SPEAKER_AFTER_EN.match(self.text, m.end))
                    ))
                    and not self._near_only(m) and not self._apposition(m)
                    and not self._dateline(m)  # "แคนเบอร์รา 5 ส.ค. 2568 –" files the story
                    and not (self.thai and self._visited_or_seat(m))
                    and not self._scene_only(m, clause) and not self._second_of_pair(m)
                    and not self._asked_about(m, clause) and not self._supposed(m)
                    and not self._moved_on(m)
                    and not (self.thai and self._departure(m))
                    and not (self.thai and cues.WAR_BEFORE_TH.search(self._words_before(m.start)))
                    and not (self.thai and self._passed(m))
                    and (
                        self._sent_on_to(m)
                        or any(
                            abs(_distance(m, span)) <= 60
                            and self._counted_forces(span) != m.country
                            and not self._conceded(span, m)
                            for span in cue_spans
                        )
                        or self._hosts_forces(m) or self._guests_th(m)
                    )
                    and not any(  # "2,500 US Marines" names forces, not the French town
                        c.start <= m.start and m.end <= c.end for c in self.troops
                    )
                ])
                for clause in clauses
                if not (self.thai and (
                    cues.UNREAL_TH.search(self.text, clause.start, clause.end)
                    or cues.NOT_STATIONED_TH.search(self.text, clause.start, clause.end)
                ))
            ]  # fmt: skip
            counts = self._counts_by_site(sites_by_clause)
            for clause, sites in sites_by_clause:
                for site in sites:
                    actor = self._force_of(site, clause, inside, last_actor)
                    actors = [actor] if actor is not None else []
                    actors += [
                        m for m in self._senders(clause, site)
                        if all(m.country != a.country for a in actors)
                    ]  # fmt: skip
                    listed = [
                        m for m in self._contributors(clause, site)
                        if all(m.country != a.country for a in actors)
                    ]  # fmt: skip
                    if self._ended(clause):
                        continue
                    for actor in actors + listed:
                        host = self._host(site, actor, inside)
                        lone_town = site.kind in ("city", "admin1") and self._mentions_of(host) < 2
                        if host is None or lone_town:
                            continue  # a lone town in an unmentioned country is a misreading
                        last_actor, last_site = actor, (site, host)
                        if cues.TERRITORY_OF.get(host) == actor.country:
                            continue  # US Marines on Guam are at home
                        troops = None if actor in listed else counts.get(id(site))
                        shared = troops and len(actors) > 1
                        if shared and not self._counts_for(actor, troops, clause):
                            troops = None  # "ญี่ปุ่นและอินเดียจะส่ง... กองทัพอากาศอินเดีย...120 นาย"
                        for force in self._allied(actor, inside):
                            if host in force.countries:
                                continue
                            key = (force.country, host, site.place.id)
                            feature = self._deployment(clause, site, force, host, troops)
                            told = found.get(key, feature)["properties"]["troops"]
                            if self.thai and troops and told and told != troops:
                                key += (troops,)  # "28,500 นาย" now and "4,500 นาย" to leave
                            if key not in found or (
                                found[key]["properties"]["troops"] is None and troops
                            ):
                                found[key] = feature
            for index, (clause, sites) in enumerate(sites_by_clause):
                later = sites_by_clause[index + 1] if index + 1 < len(sites_by_clause) else None
                told_after = (  # "ส่งกำลังพล 4,500 นาย ซึ่งจะประจำการที่สัตหีบ": placed after
                    self.thai and later is not None and bool(later[1])
                    and re.match(r"\s*(?:ซึ่ง|โดย)", self.text[later[0].start : later[0].end])
                )  # fmt: skip
                if not sites and last_site is not None and not told_after:
                    self._add_mission_forces(found, clause, last_site)
                if self.thai and not sites:
                    self._count_those_forces(found, clause)
                if self.thai:
                    self._add_withdrawals_asked(found, clause)
        return self._most_specific(_one_per_place(list(found.values())))

    def _guests_th(self, mention: ActorMention) -> list[ActorMention]:
        """ "จิบูตียังเป็นที่ตั้งฐานทัพของสหรัฐฯ จีน ฝรั่งเศส และอิตาลี": the states whose forces
        a Thai country hosts."""
        if not self.thai or mention.kind != "country":
            return []
        hosted = cues.HOSTS_FORCES_TH.match(self.text, mention.end)
        if hosted is None:
            return []
        guests: list[ActorMention] = []
        for other in (m for m in self.mentions if m.start >= hosted.end()):
            gap = self.text[guests[-1].end if guests else hosted.end() : other.start]
            if other.kind != "country" or not (cues.LIST_GAP.match(gap) if guests else not gap):
                break
            guests.append(other)
        return [m for m in guests if mention.country not in m.countries]

    def _hosts_forces(self, mention: ActorMention) -> re.Match | None:
        """ "Djibouti, which hosts France's largest base", "Mali, Burkina Faso and Niger, whose
        rulers expelled French forces, now host Russian instructors": the subject of "host"
        is where the forces are (English); the match spans what it hosts."""
        if self.thai or mention.kind != "country" or mention.role != "party":
            return None
        end = mention.end
        for other in (m for m in self.mentions if m.start >= mention.end):
            if other.kind != "country" or not cues.LIST_GAP.match(self.text[end : other.start]):
                break
            end = other.end
        body = cues.STATE_BODY_AFTER_EN.match(self.text, end)  # "X's government, which hosts"
        end = body.end() if body else end
        relative = cues.RELATIVE_EN.match(self.text, end)
        return cues.HOSTS_FORCES_EN.match(self.text, end) or (
            cues.HOSTS_FORCES_EN.match(self.text, relative.end()) if relative else None
        )

    def _add_mission_forces(
        self, found: dict[tuple, dict], clause: Clause, last_site: tuple[ActorMention, str]
    ) -> None:
        for feature in self._joining_the_mission(clause, *last_site):
            props = feature["properties"]
            told = [  # the same forces at the site told of, still without a number
                f["properties"] for f in found.values()
                if (f["properties"]["actor_country"], f["properties"]["host_country"])
                == (props["actor_country"], props["host_country"])
            ]  # fmt: skip
            if self.thai and len(told) == 1 and told[0]["troops"] is None:
                told[0]["troops"] = props["troops"]
                continue
            found.setdefault((props["actor_country"], props["host_country"], None), feature)

    def _count_those_forces(self, found: dict[tuple, dict], clause: Clause) -> None:
        """ "ญี่ปุ่น...จะส่งกองกำลังป้องกันตนเองชุดใหม่ไปยังฐานปฏิบัติการในจิบูตี" then "กองกำลัง
        ดังกล่าวประกอบด้วยเจ้าหน้าที่ราว 180 นาย": a Thai clause with no place of its own that
        counts the forces told of before gives its number to the deployment told last."""
        those = cues.THOSE_FORCES_TH.search(self.text, clause.start, clause.end)
        if those is None:
            return
        counts = [
            c for c in self.troops
            if those.end() <= c.start < clause.end and not self._casualty(c)
            and not self._total_of_several(c) and not self._former_strength(c)
        ]  # fmt: skip
        earlier = [
            f["properties"] for f in found.values()
            if 0 < clause.start - f["properties"]["evidence"][0]["end"] <= 400
        ]  # fmt: skip
        if counts and earlier:
            last = max(earlier, key=lambda props: props["evidence"][0]["clause_start"])
            if last["troops"] is None:
                last["troops"] = counts[0].troops

    def _joining_the_mission(self, clause: Clause, site: ActorMention, host: str) -> list[dict]:
        """ "Zambia and Pakistan also contribute battalions to the force", "Malawi and Tanzania
        will pull out their contingents", "the battlegroup also includes soldiers from Belgium
        and Portugal": forces of a mission just told of, named by the mission only, are at its
        place (English); in Thai, forces a clause sends with no place of their own."""
        if self.thai:
            return self._sent_there(clause, site, host)
        if not cues.THE_MISSION_EN.search(self.text, clause.start, clause.end):
            own = [  # "troops from Poland and Italy serve ... in Bulgaria": where they serve
                m for m in clause.mentions
                if m.role == "location" and m.place is not None and len(m.countries) == 1
                and not self._dateline(m)
            ]  # fmt: skip
            site, host = (own[0], own[0].country) if own else (site, host)
            return [
                self._deployment(clause, site, m, host, None)
                for m in self._contributors(clause, site) if host not in m.countries
            ]  # fmt: skip
        counts = [c for c in self.troops if clause.start <= c.start < clause.end]
        parties = [
            m for m in clause.mentions
            if m.role == "party" and m.kind in ("country", "actor") and host not in m.countries
            and not self._names_forces(m)
        ]  # fmt: skip
        troops = counts[0].troops if len(counts) == 1 and len(parties) == 1 else None
        return [self._deployment(clause, site, m, host, troops) for m in parties]

    def _sent_there(self, clause: Clause, site: ActorMention, host: str) -> list[dict]:
        """ "ออสเตรเลียและสหรัฐฯ เปิดการฝึกร่วม...ที่อ่าวชอลวอเตอร์" then "กองทัพสหรัฐฯ ส่งทหารราว
        2 หมื่นนาย ... ขณะที่ญี่ปุ่นส่งกองกำลังป้องกันตนเองหนึ่งพันนาย": a Thai clause that sends
        or keeps a number of forces and names no place of its own tells of the place just
        told of. Each sender has the first number after it."""
        if clause.start - site.end > 600 or any(
            m.role == "location" and not self._departure(m) for m in clause.mentions
        ):
            return []
        counts = [
            c for c in self.troops
            if clause.start <= c.start < clause.end and not self._casualty(c)
            and not self._total_of_several(c) and not self._former_strength(c)
        ]  # fmt: skip
        senders = [
            m for m in clause.mentions
            if m.role == "party" and host not in m.countries
            and (cues.SENDS_FORCES_TH.match(self.text, m.end)
                 or cues.KEEPS_FORCES_TH.match(self.text, m.end)
                 or any(c.start >= m.end
                        and re.fullmatch(cues.COUNT_AFTER_FORCES_TH, self.text[m.end : c.start])
                        for c in counts))  # "รองลงมาคืออิตาลีราว 1,000 นาย อินเดีย 900 นาย"
        ]  # fmt: skip
        features = []
        for index, sender in enumerate(senders):
            limit = senders[index + 1].start if index + 1 < len(senders) else clause.end
            own = [c for c in counts if sender.end <= c.start < limit]
            if not own:
                continue
            country = self._country_at(site, host)  # the site told of keeps its own forces
            together = [m for m in self._listed_with(sender) if host not in m.countries]
            troops = own[0].troops if len(together) == 1 else None  # several share a total
            features.extend(
                self._deployment(clause, country, m, host, troops) for m in together
            )
        return features

    def _country_at(self, mention: ActorMention, code: str) -> ActorMention:
        """The host country as the place of a deployment whose site the text leaves unsaid."""
        country = self.gazetteer.country(code)
        return ActorMention(
            mention.start, mention.end, mention.text, (code,), "country", country, "location"
        )

    def _add_withdrawals_asked(self, found: dict[tuple, dict], clause: Clause) -> None:
        """ "รัฐบาลชาด...ได้ขอให้สหรัฐฯ ถอนหน่วยรบพิเศษราว 75 นายออกจากฐานทัพอากาศ": a state that
        asks another to pull its forces out is their host, where the clause names no place of
        it (Thai)."""
        sentence = self.result.sentence_of(clause.start)
        for guest in (m for m in clause.mentions if m.role == "party"):
            before = self.text[max(sentence[0], guest.start - 20) : guest.start]
            if not (
                cues.ASKS_WITHDRAWAL_TH.search(before)
                and cues.WITHDRAW_AFTER_TH.match(self.text, guest.end)
            ):
                continue
            left = [  # "...ถอนทหารทั้งหมดออกจากรัสเซีย": the country left names the host
                m for m in clause.mentions
                if m.start > guest.end and m.kind == "country" and guest.country not in m.countries
                and self.text[max(0, m.start - 10) : m.start].endswith(("ออกจาก", "ออกจากประเทศ"))
            ]  # fmt: skip
            hosts = left[:1] or [
                m for m in self.mentions
                if sentence[0] <= m.start < guest.start and m.role == "party"
                and m.kind in ("country", "capital", "actor") and guest.country not in m.countries
            ]  # fmt: skip
            if not hosts or any(
                (p := f["properties"])["actor_country"] == guest.country
                and p["host_country"] == hosts[-1].country
                and tuple(p["evidence"][0]["sentence_span"]) == tuple(sentence)
                for f in found.values()
            ):
                continue
            host = hosts[-1].country
            counts = [
                c for c in self.troops
                if guest.end <= c.start < clause.end and not self._casualty(c)
            ]  # fmt: skip
            troops = counts[0].troops if counts else None
            at = self._country_at(hosts[-1], host)
            feature = self._deployment(clause, at, guest, host, troops)
            found.setdefault((guest.country, host, None), feature)

    def _senders(self, clause: Clause, site: ActorMention) -> list[ActorMention]:
        """Thai subjects that send their own forces to the site ("ญี่ปุ่นจะส่งทหาร ... มาร่วม
        ฝึกกับนาวิกโยธินสหรัฐฯ ที่ดาร์วิน"): actors beside the forces the clause names."""
        if not self.thai:
            return []
        return [
            listed for m in clause.mentions
            if m.role == "party" and m.start < site.start and site.country not in m.countries
            and cues.SENDS_FORCES_TH.match(self.text, m.end)
            for listed in self._listed_with(m) if site.country not in listed.countries
        ]  # fmt: skip

    def _listed_with(self, mention: ActorMention) -> list[ActorMention]:
        """ "ญี่ปุ่น เกาหลีใต้ สิงคโปร์ อินโดนีเซีย และมาเลเซียส่งทหาร": the names listed before
        the one a Thai verb follows share its subject place."""
        listed = [mention]
        index = self.mentions.index(mention)
        while index > 0:
            earlier = self.mentions[index - 1]
            gap = self.text[earlier.end : listed[0].start]
            if earlier.role != "party" or not cues.LIST_GAP.match(gap) or "\n" in gap:
                break
            listed.insert(0, earlier)
            index -= 1
        return listed

    def _contributors(self, clause: Clause, site: ActorMention) -> list[ActorMention]:
        """The countries a clause lists as the source of forces at the site ("กำลังพล
        กว่า ๘,๐๐๐ นาย จากไทย สหรัฐฯ สิงคโปร์ ญี่ปุ่น และเกาหลีใต้", "1,500 troops from Poland,
        North Macedonia and Italy serve in Bulgaria"): each has forces there."""
        found: list[ActorMention] = []
        sources = cues.FORCES_FROM_TH if self.thai else cues.FORCES_FROM_EN
        for source in sources.finditer(self.text, clause.start, clause.end):
            if not self.thai and cues.BOUGHT_EN.search(self.text, clause.start, source.start()):
                continue  # "to buy 48 KAAN jets from Turkish Aerospace": the seller
            listed: list[ActorMention] = []
            for mention in (m for m in clause.mentions if m.start >= source.end()):
                gap = self.text[listed[-1].end if listed else source.end() : mention.start]
                if not (cues.LIST_GAP.match(gap) if listed else not gap.strip()):
                    break
                listed.append(mention)
            found.extend(listed)
        found.extend(self._guests_th(site))
        return [
            m for m in found
            if m.role == "party" and site.country not in m.countries and not self._origin(m)
        ]  # fmt: skip

    def _counted_forces(self, span: tuple[int, int]) -> str | None:
        """The country whose forces a Thai troop number counts ("เจ้าหน้าที่ทหารกัมพูชา 2 นาย"):
        a host's own soldiers at its base are no foreign deployment."""
        if not self.thai:
            return None
        for mention in self.mentions:
            if mention.end <= span[0] and re.fullmatch(
                cues.COUNT_AFTER_FORCES_TH, self.text[mention.end : span[0]]
            ):
                before = self.text[max(0, mention.start - 12) : mention.start]
                if any(before.endswith(word) for word in cues.FORCE_BEFORE_TH):
                    return mention.country
        return None

    def _mentions_of(self, country: str) -> int:
        return sum(1 for m in self.mentions if country in m.countries)

    def _counts_for(self, actor: ActorMention, troops: int, clause: Clause) -> bool:
        """Whether a number some senders share is this one's: the state named last before it
        (Thai), or any where none is."""
        sentence = clause.sentence
        for count in (c for c in self.troops if sentence[0] <= c.start < sentence[1]):
            if count.troops != troops:
                continue
            named = [
                m for m in self.mentions
                if sentence[0] <= m.start < count.start and m.role == "party" and m.countries
            ]  # fmt: skip
            return not (self.thai and named) or named[-1].country == actor.country
        return True

    def _counts_by_site(
        self, sites_by_clause: list[tuple[Clause, list[ActorMention]]]
    ) -> dict[int, int]:
        """Each troop number goes to the nearest site of its clause, or when its clause names
        none, to the first site of the clauses after it ("ส่งกำลังพล 4,500 นาย ซึ่งจะ
        ประจำการที่สัตหีบ"); one number per site, a city or base before a whole country."""
        taken: dict[int, int] = {}
        for index, (clause, sites) in enumerate(sites_by_clause):
            counts = [
                c for c in self.troops
                if clause.start <= c.start < clause.end and not self._casualty(c)
                and not self._total_of_several(c) and not self._former_strength(c)
            ]  # fmt: skip
            for count in counts:
                pool = sites
                for later_clause, later in sites_by_clause[index + 1 :]:
                    if pool or self._new_topic(later_clause):
                        break  # "...ไว้ราวหนึ่งพันห้าร้อยนาย ส่วนในแคว้นอับฮาเซีย...": another story
                    pool = later
                for earlier_clause, earlier in reversed(sites_by_clause[:index]):
                    if pool or (
                        self._sends_its_own(clause) and not self._fronted_place(earlier_clause)
                    ):
                        break
                    pool = earlier  # "ส่วนสหรัฐฯ ส่งนาวิกโยธินราว ๔,๐๐๐ นาย" after the camp
                near = [s for s in pool if abs(_distance(s, (count.start, count.end))) < 100]
                # a camp before a country, unless far: "ในจิบูตีซึ่งมีทหารประจำการราว 2,000 นาย"
                specific = [s for s in near if s.kind != "country"] or pool
                named = [  # "28,500 นายในเกาหลีใต้", "1,500 troops in Iraq"
                    s for s in pool
                    if 0 <= s.start - count.end <= 12 and re.fullmatch(
                        r"\s?(?:in|at|into|to|(?:ไว้)?(?:ใน|ที่)|ไปยัง|ประจำการ(?:อยู่)?(?:ที่|ใน)?)"
                        r"\s?(?:the\s)?(?:ประเทศ|กรุง|เมือง)?\s?",
                        self.text[count.end : s.start],
                    )
                ]  # fmt: skip
                named += [  # "ในญี่ปุ่นอีกราว 54,000 นาย": the place right before the number
                    s for s in pool
                    if self.thai and 0 <= count.start - s.end <= 16 and re.fullmatch(
                        r"\s?(?:อีก)?\s?(?:ราว|ประมาณ|กว่า|เกือบ|อย่างน้อย)?\s?",
                        self.text[s.end : count.start],
                    )
                ]  # fmt: skip
                specific = named or specific
                free = [s for s in specific if id(s) not in taken]
                if free:
                    nearest = min(free, key=lambda s: abs(_distance(s, (count.start, count.end))))
                    taken[id(nearest)] = count.troops
        return taken

    def _new_topic(self, clause: Clause) -> bool:
        """A Thai clause opened by ส่วน/ขณะที่/ด้าน turns to other news."""
        return self.thai and bool(cues.NEW_TOPIC_TH.match(self.text, clause.start, clause.end))

    def _fronted_place(self, clause: Clause) -> bool:
        """ "ในทรานส์นีสเตรียซึ่งแยกตัวจากมอลโดวา รัสเซียยังคงทหารไว้...": a Thai sentence that
        opens with where, then tells who keeps forces there."""
        sentence_start, _ = clause.sentence
        return self.thai and clause.start == sentence_start and bool(
            re.match(r"\s*(?:ใน|ที่)", self.text[clause.start : clause.end])
        )

    def _sends_its_own(self, clause: Clause) -> bool:
        """ "...ได้ถอนกำลังออกจากโมซัมบิกแล้ว แต่แทนซาเนียยังคงทหารราว 300 นายไว้": a Thai clause
        whose own subject keeps or sends the forces it counts; the number is theirs, not that
        of a site an earlier clause names (unless the clause is that site's own relative
        clause: "ในจังหวัดกาโบเดลกาโด ซึ่งมีทหารรวันดาประจำการอยู่ราว 4,000 นาย")."""
        if not self.thai or re.match(r"\s*ซึ่ง", self.text[clause.start : clause.end]):
            return False
        return any(
            m.role == "party" and (cues.SENDS_FORCES_TH.match(self.text, m.end)
                                   or cues.KEEPS_FORCES_TH.match(self.text, m.end))
            for m in clause.mentions
        )  # fmt: skip

    def _deployment_cues(self, start: int, end: int) -> list[tuple[int, int]]:
        segment = self.text[start:end]
        spans = []
        if self.thai:
            for word in cues.DEPLOYMENT_TH:
                spans.extend(
                    (start + m.start(), start + m.end())
                    for m in re.finditer(re.escape(word), segment)
                    if not cues.NON_STATE_TH.search(segment[max(0, m.start() - 30) : m.start()])
                    and not segment.startswith(cues.NOT_DEPLOYMENT_AFTER_TH, m.end())
                    and (word != cues.IN_SERVICE_TH or self._forces_in_service(start + m.start()))
                )  # "แก๊งคอลเซ็นเตอร์ที่ตั้งฐานอยู่ใน...": a gang's base, not a state's
            spans.extend(  # "กองร้อยทหารช่าง...ผลัดที่ 4 เดินทางถึงเมืองมาลากาล"
                (start + m.start(), start + m.end())
                for m in cues.ARRIVING_TH.finditer(segment)
                if cues.FORCE_NOUN_TH.search(segment, max(0, m.start() - 60), m.start())
            )
        else:
            counted = any(start <= c.start < end and not self._casualty(c) for c in self.troops)
            forces = cues.FORCES_EN.search(segment)
            visit = not counted and cues.SHIP_VISIT_EN.search(segment)  # "due at ... for a visit"
            if counted or cues.PRESENCE_EN.search(segment):  # not forces merely named
                spans.extend(
                    (start + m.start(), start + m.end())
                    for m in cues.DEPLOYMENT_EN.finditer(segment)
                    if (m.group().lower() != "based" or forces)
                    and not self._appositive_of_other(segment, m)
                    and not cues.VISIT_BEFORE_EN.search(segment, max(0, m.start() - 40), m.start())
                    and not (
                        m.group().lower().startswith("deployment")
                        and cues.TOLD_BEFORE_EN.search(segment, max(0, m.start() - 30), m.start())
                    )
                    and not (visit and cues.VISITING_CUE_EN.search(m.group()))
                )  # "a researcher based in Dakar", "visits to the Ream naval base": no deployment
            spans.extend(  # "Brunei will keep hosting a battalion of British Army Gurkhas"
                hosted.span() for m in self.mentions
                if start <= m.start < end and (hosted := self._hosts_forces(m))
            )  # fmt: skip
        for count in self.troops:
            if start <= count.start < end and not self._casualty(count) and not (
                self.thai and self._civilians(count.start)
            ):
                spans.append((count.start, count.end))
        # a base's own name is no cue where the host's own forces are named beside it
        # ("ส่งมอบเรือคอร์เวตให้แก่กองทัพเรือกัมพูชาที่ฐานทัพเรือเรียม"), nor where equipment
        # is delivered to it ("เรือดำน้ำ...จะเดินทางมาถึงฐานทัพเรือสัตหีบ")
        inside = [m for m in self.mentions if start <= m.start < end]
        hosts = {c for m in inside if m.role == "location" for c in m.countries}
        own = {m.country for m in inside if self._host_forces(m)} & hosts  # not "นาวิกโยธินสหรัฐฯ"
        return sorted(
            span for span in spans
            if not any(
                m.start <= span[0] and span[1] <= m.end
                and (m.country in own or (self.thai and self._equipment_delivered(m.start)))
                for m in self.mentions
            )
        )

    def _asked_about(self, location: ActorMention, clause: Clause) -> bool:
        """ "asked whether Australian units would be stationed in Papua New Guinea", "Would
        Spain send soldiers to Ukraine?": forces only asked about are nowhere (English)."""
        if self.thai:
            return False
        _, end = clause.sentence
        if self.text[clause.sentence[0] : end].rstrip().endswith("?"):
            return True  # "Would Spain send soldiers to Ukraine after a ceasefire?"
        return any(
            question.end() <= location.start
            for question in cues.QUESTION_EN.finditer(self.text, clause.start, clause.end)
        )

    def _moved_on(self, location: ActorMention) -> bool:
        """ "moved from Port-au-Prince to Cap-Haitien": forces moved on are where they went,
        not where they were (English)."""
        before = self.text[max(0, location.start - 90) : location.start]
        return (
            not self.thai and bool(cues.MOVED_FROM_EN.search(before))
            and bool(re.match(r"\s(?:to|into|towards)\s", self.text[location.end :]))
        )  # fmt: skip

    def _supposed(self, location: ActorMention) -> bool:
        """ "ready to send a battalion to Haiti if the UN approves", "If talks fail, ...":
        forces that go only on a condition are nowhere yet (English)."""
        if self.thai:
            return False
        start, end = self.result.sentence_of(location.start)
        if cues.CONDITIONAL_EN.match(self.text, start):
            return True
        return any(  # the condition itself too: "... if the UN turns the mission there into"
            offer.start() < location.start
            for offer in cues.OFFERED_IF_EN.finditer(self.text, start, end)
        )

    def _visited_or_seat(self, location: ActorMention) -> bool:
        """ "เทียบท่าที่ท่าเรือตันจุงปริออก" is a port call, "รัฐบาลชั่วคราวในกรุงดามัสกัส" the seat of
        a government, "ขณะที่เครมลินยังไม่แสดงความเห็น" a state body speaking: none is where
        forces are."""
        before = self._thai_words_before(location.start)
        body = location.kind == "site" and self._organisation_of(location.text, location.countries)
        return bool(
            cues.PORT_CALL_TH.search(before) or cues.SEAT_BEFORE_TH.search(before)
            or (body and any(before.endswith(word) for word in cues.CONJUNCTIONS_TH))
        )  # fmt: skip

    def _origin(self, mention: ActorMention) -> bool:
        """ "ย้ายทหาร...จากซีเรียไปยังลิเบีย": the country forces leave for another (Thai)."""
        before = self._thai_words_before(mention.start)
        return before.endswith("จาก") and bool(cues.ORIGIN_AFTER_TH.match(self.text, mention.end))

    @staticmethod
    def _appositive_of_other(segment: str, cue: re.Match) -> bool:
        """ "BMW, headquartered in Munich", "the government, based in Port Sudan": "based" set
        off by a comma tells where the noun before it is, and that noun is no force."""
        if cue.group().lower() not in ("based", "headquartered"):
            return False
        head = re.search(r"([\w-]+),\s(?:(?:now|currently|also|long)\s)?$", segment[: cue.start()])
        return head is not None and not cues.FORCES_EN.fullmatch(head.group(1))

    def _ended(self, clause: Clause) -> bool:
        """ "whose soldiers served with UNDOF ... until 2013": a presence that ended before
        the year of the story is its history (English)."""
        if self.thai or not self.document_date:
            return False
        year = int(self.document_date[:4])
        if any(
            int(m["year"]) < year
            for pattern in (cues.ENDED_EN, cues.LEFT_IN_EN)  # "withdrew ... from Agadez in 2024"
            for m in pattern.finditer(self.text, clause.start, clause.end)
        ):
            return True
        if cues.ONCE_EN.search(self.text, clause.start, clause.end):
            return True  # "which once ran bases in Eritrea and Somaliland"
        sentence = clause.sentence  # "At the war's height in 1968, the United States had..."
        return bool(cues.HAD_EN.search(self.text, clause.start, clause.end)) and any(
            int(m["year"]) < year - 1
            for m in cues.PAST_YEAR_EN.finditer(self.text, sentence[0], sentence[1])
        )

    def _passed(self, location: ActorMention) -> bool:
        """ "ข้ามสะพานมิตรภาพไทย-ลาว แห่งที่ 1 เข้าไป...", "ผ่านคลองสุเอซ": passed on the way."""
        before = self._thai_words_before(location.start)
        return bool(cues.TRANSIT_BEFORE_TH.search(before))

    def _sent_on_to(self, location: ActorMention) -> bool:
        """The first place a Thai sentence names after forces are sent off ("ส่ง...ไป"), past
        the places they leave, is where they go, however long the phrase between."""
        if not self.thai or location.kind == "country":
            return False
        sentence_start, _ = self.result.sentence_of(location.start)
        window = max(sentence_start, location.start - 200)
        sent = list(cues.SENDING_TH.finditer(self.text, window, location.start))
        if not sent or "ไป" not in self.text[sent[-1].end() : location.start]:
            return False
        noun = cues.FORCE_NOUN_TH.search(self.text, sent[-1].start(), location.start)
        between = [
            m for m in self.mentions
            if sent[-1].end() <= m.start < location.start and m.role == "location"
            and not self._departure(m) and not self._passed(m)
        ]  # fmt: skip
        return noun is not None and not between

    def _departure(self, location: ActorMention) -> bool:
        """ "นาวิกโยธินที่เดินทางมาจากเกาะโอกินาวา", "จากฐานทัพอากาศบาร์กสเดลในรัฐลุยเซียนา ไป
        ประจำการ...ที่ทินดัล": the base or town forces set out from is not where they are
        (the place they leave is: "ถอนทหารจากฐาน...")."""
        index = self.mentions.index(location)
        previous = self.mentions[index - 1] if index else None
        if (  # "จากฐานทัพอากาศคาเดนะในญี่ปุ่น": where the base left lies
            previous is not None and set(previous.countries) & set(location.countries)
            and re.fullmatch(r"\s?(?:ใน|ของ)?\s?", strip_prefixes(
                self.text[previous.end : location.start], cues.NAME_PREFIXES_TH))
            and self._departure(previous)
        ):  # fmt: skip
            return True
        if location.kind == "country":
            return False
        before = self._thai_words_before(location.start)
        if not re.search(  # "จากฐานทัพอากาศ 101 ในกรุงบามาโก", "จากกรมทหารช่างราชบุรี": a base
            # or unit we cannot name, then its town
            r"จาก(?:(?:ฐานทัพ|ฐาน|ค่าย|ท่าเรือ|ท่าอากาศยาน|สนามบิน|กรม|กอง)\S*(?:\s\d+)?\s?"
            r"(?:ใน|ของ)?)?$", before
        ):
            return False
        sentence_start, _ = self.result.sentence_of(location.start)
        lead = self.text[max(sentence_start, location.start - 80) : location.start]
        return not cues.LEAVING_BEFORE_TH.search(strip_prefixes(lead, cues.NAME_PREFIXES_TH)[:-3])

    def _conceded(self, cue: tuple[int, int], site: ActorMention) -> bool:
        """ "คงกำลังพลราว 830 นายไว้ในเลบานอน แม้การปะทะตามแนวชายแดนอิสราเอล-เลบานอนจะ
        รุนแรงขึ้น": a place after a concession word sets the scene of other news."""
        return self.thai and bool(cues.CONCESSION_TH.search(self.text, cue[1], site.start))

    def _civilians(self, at: int) -> bool:
        """A Thai count of police or officials ("เจ้าหน้าที่ตำรวจออสเตรเลีย 3 นาย"): the
        nearest noun of people before the number decides."""
        sentence_start, _ = self.result.sentence_of(at)
        nouns = list(cues.PERSONNEL_TH.finditer(self.text, max(sentence_start, at - 60), at))
        return bool(nouns) and bool(cues.CIVILIANS_TH.fullmatch(nouns[-1].group()))

    def _forces_in_service(self, at: int) -> bool:
        """ "ส่งทหาร 150 นายไปประจำการ" stations forces; "เครื่องบินทั้งหมดจะประจำการที่กองบิน 7"
        puts equipment into service: the nearest noun before the word decides."""
        return self._noun_before(at) == "force"

    def _equipment_delivered(self, at: int) -> bool:
        arriving = cues.DELIVERED_TO_TH.search(self.text, max(0, at - 16), at)
        return arriving is not None and self._noun_before(at) == "equipment"

    def _noun_before(self, at: int) -> str | None:
        sentence_start, _ = self.result.sentence_of(at)
        nouns = list(cues.SERVICE_NOUN_TH.finditer(self.text, max(sentence_start, at - 120), at))
        return nouns[-1].lastgroup if nouns else None

    def _host_forces(self, mention: ActorMention) -> bool:
        """ "กองทัพเรือกัมพูชา", "Cambodian navy", "local forces" of a base's country."""
        if self.thai:
            before = self.text[max(0, mention.start - 16) : mention.start]
            return bool(cues.HOST_FORCES_BEFORE_TH.search(before))
        return mention.kind == "actor" and self._names_forces(mention)

    def _total_of_several(self, count) -> bool:
        """ "กำลังพลกว่า ๘,๐๐๐ นาย จากไทย สหรัฐฯ สิงคโปร์", "14,000 troops from the
        Philippines, the United States and Japan", "bringing the NATO battlegroup at Cincu to
        about 5,000 troops", "35,000 นาย จาก 19 ประเทศ": the total of several forces."""
        if not self.thai and (
            cues.MISSION_TOTAL_BEFORE_EN.search(self.text, max(0, count.start - 120), count.start)
            or cues.MISSION_COUNT_BEFORE_EN.search(self.text, max(0, count.start - 60), count.start)
        ):
            return True
        window = (max(0, count.start - 40), count.start)
        many = self.thai and cues.FROM_MANY_TH.search(self.text, *window)
        if many and any(many.end() <= m.start < count.start for m in self.mentions):
            many = None  # "...จาก 48 ประเทศ รองลงมาคืออิตาลีราว 1,000 นาย": Italy's own
        if self.thai and (cues.FROM_MANY_TH.match(self.text, count.end) or many):
            return True  # "กำลังพลจาก 30 ประเทศเข้าร่วมรวมกว่า 8,000 นาย"
        source = cues.FROM_AFTER.match(self.text, count.end)
        if source is None:
            return False
        after = [m for m in self.mentions if m.start >= source.end()][:2]
        return (
            len(after) == 2 and after[0].start == source.end()
            and bool(cues.LIST_GAP.match(self.text[after[0].end : after[1].start]))
        )  # fmt: skip

    def _former_strength(self, count) -> bool:
        """ "เพิ่มกำลังพลจากราว 1,000 นายเป็น 2 พันนาย": the number before the change (Thai)."""
        reduced = cues.REDUCED_FROM_TH.search(self.text, max(0, count.start - 16), count.start)
        if self.thai and reduced:  # "ลดลงจาก 350 นายเมื่อปี 2567"
            return True
        return (
            self.thai
            and bool(cues.CHANGED_FROM_TH.search(self.text, max(0, count.start - 12), count.start))
            and bool(cues.CHANGED_TO_TH.match(self.text, count.end))
        )

    def _casualty(self, count) -> bool:
        window = self.text[max(0, count.start - 20) : count.end + 25]
        return bool(cues.CASUALTY.search(window))

    def _scene_only(self, location: ActorMention, clause: Clause) -> bool:
        """An English place that only sets the scene: the target of an attack by the clause's
        subject ("Israeli warplanes struck the port of Hodeidah"; not "a drone struck a US
        outpost in Jordan", where the forces attacked are named before it), where words were
        said ("told reporters in Kampala"), or a base that is no more ("a former naval base at
        Subic Bay")."""
        if self.thai:
            return False
        before = self.text[max(clause.start, location.start - 80) : location.start]
        if cues.VENUE_BEFORE_EN.search(before) or cues.FORMER_BEFORE_EN.search(before):
            return True
        access = list(cues.ACCESS_EN.finditer(self.text, clause.start, location.start))
        if access and not re.search(
            r"\b(?:stationed|based|deployed|arriv\w+)\b",
            self.text[access[-1].end() : location.start],
        ):
            return True  # "lets US forces use Rygge": leave to use a base is not being there
        attacks = list(cues.ATTACK_EN.finditer(self.text, clause.start, location.start))
        return bool(attacks) and not any(
            m.role == "party" and attacks[-1].end() <= m.start < location.start
            for m in self.mentions
        )

    def _second_of_pair(self, location: ActorMention) -> bool:
        """ "in the Gedo and Bay regions": two names that share one plural class noun are one
        area of the forces told of (English); the first stands for both."""
        if self.thai:
            return False
        index = self.mentions.index(location)
        previous = self.mentions[index - 1] if index else None
        return (
            previous is not None and previous.country == location.country
            and previous.kind == location.kind and location.kind != "country"
            and bool(re.fullmatch(r"\s(?:and|or)\s", self.text[previous.end : location.start]))
            and cues.SHARED_CLASS_AFTER_EN.match(self.text, location.end) is not None
        )

    def _force_of(
        self,
        site: ActorMention,
        clause: Clause,
        inside: list[ActorMention],
        last: ActorMention | None,
    ) -> ActorMention | None:
        """Whose forces are at the site: a named force, else the clause's nearest party; none
        where the clause's own subject is the site's country ("F-35A ลำใหม่ของญี่ปุ่นจะประจำการ
        ที่ฐานทัพอากาศมิซาวะ", "เม็กซิโก...จะส่งทหารของตนไปประจำตามแนวชายแดน")."""
        owner = self._owner_in_name(site)
        if owner is not None:
            return owner
        if self.thai:
            inside = self._after_speaker(site, inside)
            inside = [  # "ทำหน้าที่ครูฝึกให้กองทัพโกตดิวัวร์": the forces served
                m for m in inside
                if not cues.SERVED_BEFORE_TH.search(self.text, max(0, m.start - 16), m.start)
            ]  # fmt: skip
        subjects = [m for m in inside if m.role == "party" and m.start < site.start]
        own = cues.OWN_FORCES_TH.search(self.text, clause.sentence[0], site.start)
        if own and (owners := [m for m in subjects if m.end <= own.start()]):
            joined = [m for m in inside if self._joined(m, owners[-1])]
            if any(site.country in m.countries for m in joined):
                return None  # "ไทย-กัมพูชา...ต่างฝ่ายต่างถอนกำลังทหารของตน": each its own
            return owners[-1]
        relative = self.thai and re.match(r"\s*ซึ่ง", self.text[clause.start : clause.end])
        in_clause = [  # with a subject lent past a relative clause ("..., and will move")
            m for m in subjects
            if (m.start >= clause.start or (
                m in clause.lent and cues.AND_VERB_EN.match(self.text, clause.start)
            )) and not relative
        ]  # fmt: skip
        if in_clause and all(site.country in m.countries for m in in_clause):
            # the host speaks of the place, unless the sentence names who keeps forces there:
            # "จอร์เจียหยิบยกประเด็นอับฮาเซีย ซึ่งรัสเซียยังคงตั้งฐานทัพ"
            keepers = [
                m for m in inside
                if self.thai and m.role == "party" and site.country not in m.countries
                and 0 < m.start - site.end <= 40
                and not re.search(r"ขณะ|ส่วน|แต่|ด้าน|\n", self.text[site.end : m.start])
                and cues.KEEPS_FORCES_TH.match(self.text, m.end)
            ]  # fmt: skip
            return keepers[0] if keepers else None
        parties = [
            m for m in inside
            if m.role == "party" and site.country not in m.countries
            and not (self.thai and self._origin(m))
            and m.country not in cues.TERRITORY_OF  # "marines from Okinawa to Guam": a place
        ]  # fmt: skip
        partners = [m for m in parties if self._partner_forces(m)]
        if any(clause.start <= m.start < clause.end and m not in partners for m in parties) or (
            not self.thai and cues.WE_HAVE_EN.search(self.text, clause.start, site.start)
        ):  # "We have about 600 troops at Adazi with the Canadian-led brigade": not Canada's
            parties = [m for m in parties if m not in partners]
        if guests := self._guests_th(site):
            return guests[0]
        hosted = self._hosts_forces(site)
        if hosted:  # "Djibouti, which hosts France's largest base": the forces it hosts
            guests = [m for m in parties if hosted.start() <= m.start < hosted.end()]
            return guests[0] if guests else None
        forces = [m for m in parties if self._names_forces(m)]
        local = [m for m in parties if clause.start <= m.start < site.start]
        if local and not any(clause.start <= m.start < clause.end for m in forces):
            return local[-1]  # "..., and Nepal has deployed a company to Malakal": its subject
        if forces:
            subject = [  # "the Japanese contingent ... arrive at X for drills with US Marines"
                m for m in forces if clause.start <= m.start < site.start and not self.thai
            ]  # fmt: skip
            return min(subject or forces, key=lambda m: abs(_distance(site, (m.start, m.end))))
        owner = self._pronoun_owner(clause, site, parties)
        if owner is not None:
            return owner
        before = [m for m in parties if m.start < site.start]
        if before and (
            site.start - before[-1].end <= 200 or (last and before[-1].country == last.country)
        ):
            return before[-1]  # far back, but still the actor of the deployment before
        after = [m for m in parties if clause.start <= m.start < clause.end and m.start > site.end]
        if after:
            return after[0]
        if (
            last is not None and site.country not in last.countries and not parties
            and not (not self.thai and cues.MISSION_FORCE_EN.search(
                self.text, clause.sentence[0], clause.sentence[1]
            ))
            and not (not self.thai and cues.MISSION.search(
                self.text, clause.sentence[0], clause.sentence[1]
            ))
        ):  # "MONUSCO, with about 11,000 troops, has bases...": the mission's own forces;
            # "ญี่ปุ่นยืนยันแผนตั้งหน่วยขีปนาวุธบนเกาะโยนากูนิ": the host's own forces
            return None if self.thai and subjects else last
        return None

    def _pronoun_owner(
        self, clause: Clause, site: ActorMention, parties: list[ActorMention]
    ) -> ActorMention | None:
        """ "Burundi is no longer part of the mission. Its last 800 soldiers left the Hiraan
        region": forces a sentence gives to "its" or "their", with no state named before them
        in it, are those of the subject of the sentence before (English)."""
        sentence_start, _ = clause.sentence
        if self.thai or any(sentence_start <= m.start < site.start for m in parties):
            return None
        if not cues.PRONOUN_FORCES_EN.search(self.text, sentence_start, site.start):
            return None
        sentences = self.result.sentences or []
        index = next((i for i, s in enumerate(sentences) if s[0] == sentence_start), 0)
        if index == 0:
            return None
        previous = sentences[index - 1]
        subjects = [
            m for m in self.mentions
            if previous[0] <= m.start < previous[1] and m.role == "party"
            and m.kind in ("country", "actor") and site.country not in m.countries
        ]  # fmt: skip
        return subjects[0] if subjects else None

    def _after_speaker(self, site: ActorMention, inside: list[ActorMention]) -> list[ActorMention]:
        """ "กระทรวงกลาโหมญี่ปุ่นแถลงว่า สหรัฐฯ จะเริ่มย้ายนาวิกโยธิน...": the speaker tells of
        the forces of the party named after ว่า, when one is named before the site."""
        saying = list(cues.SAID_TH.finditer(self.text, self.result.sentence_of(site.start)[0],
                                            site.start))  # fmt: skip
        if not saying:
            return inside
        said = saying[-1].end()
        if not any(
            m.role == "party" and said <= m.start < site.start
            and not cues.PARTNER_BEFORE_TH.search(self.text, max(0, m.start - 20), m.start)
            for m in inside
        ):  # "...ระบุว่า ...จะส่งทหารไปฝึกร่วมกับกองทัพอังกฤษ": a partner is no new subject
            return inside
        return [m for m in inside if m.start >= said]

    def _joined(self, mention: ActorMention, other: ActorMention) -> bool:
        """Two names in one list or compound: "ไทย-กัมพูชา", "ไทยและกัมพูชา"."""
        a, b = sorted((mention, other), key=lambda m: m.start)
        gap = self.text[a.end : b.start]
        return a is b or bool(cues.LIST_GAP.match(gap) or cues.HYPHEN_GAP.match(gap))

    def _owner_in_name(self, site: ActorMention) -> ActorMention | None:
        """A site whose name says whose it is ("Russian base in Gyumri"): that state's forces."""
        if self.thai or site.place is None or " " not in site.text:
            return None
        word = site.text.split()[0]
        owners = {a.country_code for a in self.gazetteer.actors(word)} - set(site.countries)
        if len(owners) != 1 or not word[:1].isupper():
            return None
        return ActorMention(site.start, site.start + len(word), word, tuple(owners), "actor", None)

    def _partner_forces(self, mention: ActorMention) -> bool:
        """ "would train with British forces", "alongside the Congolese army": the forces named
        are the partners of the clause's subject, not its own."""
        return (
            not self.thai and self._names_forces(mention)
            and bool(cues.PARTNER_BEFORE_EN.search(self.text, max(0, mention.start - 20),
                                                   mention.start))
        )  # fmt: skip

    def _allied(self, actor: ActorMention, inside: list[ActorMention]) -> list[ActorMention]:
        """The actor and the names listed with it before a force noun: "American and British
        submarines", "เรือดำน้ำของสหรัฐฯ และอังกฤษ" are the forces of both."""
        forces = [actor]
        for direction in (-1, 1):
            index = inside.index(actor) if actor in inside else -1
            while index >= 0 and 0 <= index + direction < len(inside):
                a, b = sorted((inside[index], inside[index + direction]), key=lambda m: m.start)
                if not re.fullmatch(r"\s?(?:,|and|และ|กับ)\s?", self.text[a.end : b.start]):
                    break
                index += direction
                forces.append(inside[index])
        last = max(forces, key=lambda m: m.start)
        keeping = cues.LIST_KEEPS_FORCES_EN.match(self.text, last.end)  # "A, B and C keep..."
        if len(forces) > 1 and not keeping and not any(self._names_forces(m) for m in forces):
            return [actor]
        return list({m.country: m for m in forces if m.role == "party"}.values())

    def _host(self, location: ActorMention, actor: ActorMention, inside) -> str | None:
        if location.kind == "border" and set(actor.countries) & set(location.countries):
            return None  # "ส่งทหารไปชายแดนสหรัฐ-เม็กซิโก" by Washington: its own side
        if (
            self.thai and location.kind == "country" and actor.country
            and re.search(r"(?:ชายแดน|พรมแดน)(?:ติด|ติดกับ|กับ)?$", self.text[: location.start])
            and self.gazetteer.border(actor.country, location.country) is not None
        ):  # fmt: skip
            return None  # Washington sends troops "ไปชายแดนเม็กซิโก": to its own side of it
        candidates = [c for c in location.countries if c not in actor.countries]
        if len(candidates) > 1:
            named = {m.country for m in inside if m is not location}
            candidates = [c for c in candidates if c in named] or candidates
        return candidates[0] if candidates else None

    def _deployment(self, clause: Clause, location, actor, host, troops: int | None) -> dict:
        told = self._told_in(clause, actor)
        segment = self.text[told.start : told.end]
        background = cues.BACKGROUND_EN.search(segment, max(0, actor.start - told.start))
        if background and not self.thai:  # "withdrawn ... after Tajikistan declined to renew"
            segment = segment[: background.start()]
        relation, status = self._deployment_status(
            segment, actor.start - told.start, location.start - told.start
        )
        place = location.place
        properties = {
            "kind": "deployment",
            "actor_country": actor.country,
            "host_country": host,
            "actor": actor.text,
            "place": place.name if place else location.text,
            "relation": relation,
            "troops": troops,
            "status": status,
            "date": self._date_near(clause),
            "evidence": [self._evidence(clause, [])],
            "confidence": 0.7 if location.kind in ("site", "city") else 0.55,
        }
        geometry = self._deployment_point(location, host)
        feature = {"type": "Feature", "geometry": geometry, "properties": properties}
        if location.kind == "region":
            self.regional.add(id(feature))
        if location.kind == "admin1" and not self.thai:
            self.provinces.add(id(feature))
        return feature

    def _told_in(self, clause: Clause, actor: ActorMention) -> Clause:
        """The clause that tells what the actor's forces do: the site's own, or in English the
        actor's where the site's clause only sets the scene ("In neighbouring Niger, where
        the junta expelled US forces last year, ...")."""
        if self.thai or clause.start <= actor.start < clause.end:
            return clause
        own = [c for c in self._clauses(clause.sentence) if c.start <= actor.start < c.end]
        return own[0] if own and actor.start >= clause.end else clause

    def _deployment_status(self, segment: str, actor_at: int, site_at: int) -> tuple[str, str]:
        if self.thai:
            background = cues.BACKGROUND_TH.search(segment, max(0, actor_at))
            if background:  # "...ประจำการที่เมืองวาอู หลังสหประชาชาติร้องขอ": what led to it
                segment = segment[: background.start()]
            withdrawal = any(w in segment for w in cues.WITHDRAWAL_TH)
            reopen = any(w in segment for w in cues.REOPEN_TH) and "ฐาน" in segment
            base = any(w in segment for w in cues.BASE_TH)
            asked = cues.ANSWERED_REQUEST_TH.sub("", segment)
            requested = any(w in asked for w in cues.REQUESTED_TH)
            negated = bool(cues.DEPLOYMENT_NEGATED_TH.search(segment))
            planned = any(
                w in segment for w in ("คาดว่า", "จะเปิด", "มีแผน", "มีกำหนด", "จะส่ง", "เตรียมส่ง")
            )
            if cues.DEPLOYMENT_REFUSED_TH.search(segment):
                return ("withdrawal" if withdrawal else "base" if base else "stationed"), "refused"
        else:
            polarity = deployment_polarity(segment, site_at)
            withdrawal = polarity.withdrawn or (
                bool(cues.WITHDRAWAL_EN.search(segment)) and not polarity.kept
            )  # "asked Washington not to reduce the 1,000 troops": a presence that stays
            reopen = bool(cues.REOPEN_EN.search(segment))
            base = bool(cues.BASE_EN.search(segment))
            requested = bool(cues.REQUESTED_EN.search(segment))
            negated = polarity.negated
            planned = polarity.pending or bool(
                re.search(r"\b(?:will|plans?|due to|expected|to be)\b", segment)
            )
            if polarity.refused:
                return ("withdrawal" if withdrawal else "base" if base else "stationed"), "refused"
        for expelled in cues.EXPELLED.finditer(segment):
            if expelled.start() <= actor_at < expelled.end():  # "ordered American troops out"
                return "withdrawal", "refused"
        relation = (
            "withdrawal" if withdrawal
            else "reopening" if reopen else "base" if base else "stationed"
        )  # fmt: skip
        if negated:
            return relation, "negated"
        if requested:
            return relation, "requested"
        if planned or reopen:
            return relation, "planned"
        return relation, "realised"

    def _deployment_point(self, location: ActorMention, host: str) -> dict:
        place = location.place
        if place is None:
            fallback = self.gazetteer.country(host)
            return {"type": "Point", "coordinates": [fallback.lon, fallback.lat]}
        if place.feature_type == "border":
            seat = self.gazetteer.capital(host) or self.gazetteer.country(host)
            point = _nearest_on_border(self.gazetteer.geometry(place), seat)
            if point:
                return {"type": "Point", "coordinates": point}
        return {"type": "Point", "coordinates": [place.lon, place.lat]}

    def _most_specific(self, deployments: list[dict]) -> list[dict]:
        """A country-level deployment adds nothing beside a site or city of the same actor
        and host named in the same sentence ("based in Mali, most at the air base in
        Bamako"), nor when it is the headline, gives no troop number ("the mandate of
        Turkish troops in Libya" beside the bases named) or repeats the site's ("ทหาร
        28,500 นายในเกาหลีใต้" above the story naming the camp); its troop number goes to
        the site of the same sentence, or to the only site named. A country only implied
        ("in the country") is always the site named elsewhere. A region stands to its
        sites as a country does ("Sevastopol, the fleet's main base in Crimea"), and a
        country to its regions."""

        def level(feature: dict) -> int:
            props = feature["properties"]
            if props["place"] in self._country_names(props["host_country"]):
                return 2
            return 1 if id(feature) in self.regional else 0

        for coarse in (1, 2):
            deployments = self._fold(deployments, level, coarse)
        return self._fold_provinces(deployments)

    def _fold_provinces(self, deployments: list[dict]) -> list[dict]:
        """ "doubled its force in Ituri province to about 4,000 soldiers and moved a battalion
        into Bunia, the provincial capital": a province and a town in it, told in one sentence
        for the same forces, are one deployment, at the town."""
        def named_in(place: str, span: list[int]) -> bool:
            return any(
                span[0] <= m.start < span[1] and m.place is not None and m.place.name == place
                for m in self.mentions
            )

        def same_forces(town: dict, province: dict) -> bool:
            a, b = town["properties"], province["properties"]
            return (
                id(town) not in self.provinces
                and a["actor_country"] == b["actor_country"]
                and a["host_country"] == b["host_country"]
                and (
                    a["evidence"][0]["sentence_span"] == b["evidence"][0]["sentence_span"]
                    or named_in(a["place"], b["evidence"][0]["sentence_span"])
                )
                and a["place"] not in self._country_names(a["host_country"])
                and _km_apart(town, province) <= PROVINCE_KM
            )

        kept = []
        for feature in deployments:
            towns = [
                f for f in deployments if id(feature) in self.provinces and same_forces(f, feature)
            ]
            if not towns:
                kept.append(feature)
            elif towns[0]["properties"]["troops"] is None:
                towns[0]["properties"]["troops"] = feature["properties"]["troops"]
        return kept

    def _fold(self, deployments: list[dict], level, coarse: int) -> list[dict]:
        """Fold the deployments at `coarse` level into the finer ones of the same pair."""

        def pair(feature: dict) -> tuple:
            props = feature["properties"]
            return props["actor_country"], props["host_country"]

        def span(feature: dict) -> tuple:
            return tuple(feature["properties"]["evidence"][0]["sentence_span"])

        specific: dict[tuple, list[dict]] = {}
        for feature in deployments:
            if level(feature) < coarse:
                specific.setdefault(pair(feature), []).append(feature)
        kept = []
        for feature in deployments:
            sites = specific.get(pair(feature), [])
            if level(feature) != coarse or not sites:
                kept.append(feature)
                continue
            same = [f for f in sites if span(f) == span(feature)] or [
                f for f in sites if self._told_again(f, feature)
            ]
            troops = feature["properties"]["troops"]
            headline = span(feature)[0] == self.result.sentences[0][0]
            repeated = troops is not None and troops in {f["properties"]["troops"] for f in sites}
            evidence = feature["properties"]["evidence"][0]
            implied = any(  # "stationed in the country": the site named elsewhere
                m.implied and m.kind == "country"
                and evidence["clause_start"] <= m.start < evidence["clause_end"]
                for m in self.mentions
            )  # fmt: skip
            status = feature["properties"]["status"]
            other_event = status == "requested" and all(
                f["properties"]["status"] != status for f in sites
            )  # "has asked the US to station a second battery in the country"
            if other_event or not (same or headline or repeated or implied or troops is None):
                kept.append(feature)
                continue
            heir = same[0] if same else sites[0] if len(sites) == 1 else None
            if heir is not None and heir["properties"]["troops"] is None:
                heir["properties"]["troops"] = feature["properties"]["troops"]
        return kept

    def _told_again(self, site: dict, country: dict) -> bool:
        """ "Pakistan will post about 1,600 soldiers to Saudi Arabia. The troops will be
        stationed in the kingdom's Eastern Province": forces sent to a country that a later
        English sentence takes up as "the troops", naming no one and no number, are the ones
        at its place."""
        if self.thai:
            return False
        start, end = site["properties"]["evidence"][0]["sentence_span"]
        if start <= country["properties"]["evidence"][0]["sentence_span"][0]:
            return False
        return (
            cues.THE_FORCES_EN.match(self.text, start) is not None
            and not any(start <= c.start < end for c in self.troops)
            and not any(start <= m.start < end and m.role == "party" for m in self.mentions)
        )

    def _country_names(self, code: str) -> set[str]:
        country = self.gazetteer.country(code)
        return {country.name} if country else set()


def _one_per_place(deployments: list[dict]) -> list[dict]:
    """A base and its town ("ฐานทัพเรือสัตหีบ" and "สัตหีบ", "Tartus naval facility" and
    Tartus) are one deployment of an actor in a host: the first named keeps it, with the
    troop number of either."""
    kept: list[dict] = []
    for feature in deployments:
        props = feature["properties"]
        twin = next((
            k for k in kept
            if (k["properties"]["actor_country"], k["properties"]["host_country"])
            == (props["actor_country"], props["host_country"])
            and _km_apart(k, feature) <= SAME_PLACE_KM
            and not _counted_apart(k, feature)
        ), None)  # fmt: skip
        if twin is None:
            kept.append(feature)
        elif twin["properties"]["troops"] is None:
            twin["properties"]["troops"] = props["troops"]
    return kept


def _counted_apart(a: dict, b: dict) -> bool:
    """Two Thai deployments at one place with different numbers are two (the force there
    now and one sent or pulled out: "ราว 28,500 นาย" and "ย้ายทหารราว 4,500 นาย ออกจาก")."""
    troops = a["properties"]["troops"], b["properties"]["troops"]
    thai = has_thai(a["properties"]["evidence"][0]["sentence"])
    return thai and None not in troops and troops[0] != troops[1]


def _km_apart(a: dict, b: dict) -> float:
    (lon_a, lat_a), (lon_b, lat_b) = (f["geometry"]["coordinates"][:2] for f in (a, b))
    return haversine_km(lat_a, lon_a, lat_b, lon_b)


def _distance(mention: ActorMention, span: tuple[int, int]) -> int:
    if span[1] <= mention.start:
        return mention.start - span[1]
    if span[0] >= mention.end:
        return span[0] - mention.end
    return 0


def _nearest_on_border(geometry: dict, seat: Place | None) -> list[float] | None:
    """The point of a border line nearest to the host's capital."""
    from shapely.geometry import Point, shape

    if seat is None:
        return None
    line = shape(geometry)
    nearest = line.interpolate(line.project(Point(seat.lon, seat.lat)))
    return [round(nearest.x, 5), round(nearest.y, 5)]
