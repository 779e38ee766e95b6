"""Cooperation links and troop deployments, read from the places and actors of a parse.

The entry points (`extract_relations`, `training_examples`) and `RelationExtractor`, made of
the shared document reading (reading.py), the link rules (links.py) and the deployment rules
(deployments.py). What weighs one kind of relation against the other is here: a withdrawal
demanded amid hostility takes back the links its sentence tells, and a host of a state's
forces, told with cooperation, gets a basing link with it.
"""

from __future__ import annotations

import itertools

from geomap.gazetteer import Gazetteer
from geomap.geoparse import ParseResult
from geomap.relations import cues, learned
from geomap.relations.deployments import DeploymentRules
from geomap.relations.geometry import great_circle
from geomap.relations.links import LinkRules
from geomap.relations.taxonomy import TYPES_BY_NAME, find_triggers


def extract_relations(
    result: ParseResult, gazetteer: Gazetteer, second_opinion: bool = True
) -> list[dict]:
    """Link and deployment Features (the `geomap parse` contract) of one parsed text: the
    rules' reading, its links checked by the learned model unless `second_opinion` is off."""
    extractor = RelationExtractor(result, gazetteer)
    features = extractor.run()
    if not second_opinion:
        return features
    return learned.second_opinion(extractor, features, learned.default_model())


def training_examples(
    result: ParseResult, gazetteer: Gazetteer, doc: dict
) -> list[tuple[set[str], bool]]:
    """The link model's labelled pairs of one gold document (learned.labelled_examples)."""
    extractor = RelationExtractor(result, gazetteer)
    return learned.labelled_examples(extractor, extractor.run(), doc)


class RelationExtractor(DeploymentRules, LinkRules):
    """Links and deployments of one parsed text (`run`), and the rules that weigh them
    against each other."""

    def run(self) -> list[dict]:
        features: list[dict] = []
        for sentence in self.result.sentences or [(0, len(self.text))]:
            for clause in self._clauses(sentence):
                features.extend(self._links(clause))
                features.extend(self._background_links(clause))
        for feature in features:
            self._answer_invitation(feature["properties"])
        contested = self._contested_pairs()
        features = [  # "ส่งมอบฐานทัพคืนให้แก่เซเนกัล หลัง...เรียกร้องให้ฝรั่งเศสถอนทหาร"
            f for f in features
            if (_span_start(f["properties"], self.thai), _pair(f["properties"])) not in contested
        ]  # fmt: skip
        deployments = self._deployments()
        return features + deployments + self._hosting_links(deployments)

    def _hosting_links(self, deployments: list[dict]) -> list[dict]:
        """A host that has a state's forces at its bases cooperates with it militarily,
        unless the text around says otherwise (occupation, annexation, expulsion)."""
        links = []
        basing = TYPES_BY_NAME["basing"]
        contested = {pair for _, pair in self._contested_pairs()}
        for feature in deployments:
            props = feature["properties"]
            evidence = props["evidence"][0]
            if props["status"] not in ("realised", "planned", "requested"):
                continue
            if props["relation"] == "withdrawal":
                continue  # forces leaving are no cooperation being hosted
            if frozenset((props["actor_country"], props["host_country"])) in contested:
                continue
            if self._hostile(evidence["clause_start"], evidence["clause_end"]):
                continue
            pair = (props["actor_country"], props["host_country"])
            if not self._cooperation_told(evidence["start"], pair):
                continue
            host = self.gazetteer.capital(props["host_country"])
            actor = self.gazetteer.capital(props["actor_country"])
            links.append({
                "type": "Feature",
                "geometry": great_circle(actor.lon, actor.lat, host.lon, host.lat)
                if host and actor else None,
                "properties": {
                    "kind": "link",
                    "source_country": props["actor_country"],
                    "target_country": props["host_country"],
                    "source": actor.name if actor else props["actor"],
                    "target": host.name if host else props["place"],
                    "relation": basing.name,
                    "cameo": basing.cameo,
                    "plover": basing.plover,
                    "status": props["status"],
                    "date": props["date"],
                    "evidence": props["evidence"],
                    "confidence": round(props["confidence"] * 0.8, 2),
                },
            })
        return links

    def _cooperation_told(self, at: int, pair: tuple[str, str]) -> bool:
        """Whether the sentence at `at`, or one beside it, tells of cooperation: forces alone
        are no link (eval/gold/CONVENTIONS.md), forces under a pact, on request or in a joint
        exercise are. In English the telling sentence names the actor or the host: a long
        story's other events ("talks with Ankara to buy jets") say nothing of these forces."""
        sentences = self.result.sentences
        index = next((i for i, (a, b) in enumerate(sentences) if a <= at < b), None)
        if index is None:
            return True
        for start, end in sentences[max(0, index - 1) : index + 2]:
            named = {c for m in self.mentions if start <= m.start < end for c in m.countries}
            if not self.thai and not named & set(pair):
                continue
            if find_triggers(self.text, start, end) or cues.HOSTED_TOGETHER.search(
                self.text, start, end
            ):
                return True
        return False

    def _contested_pairs(self) -> set[tuple[int, frozenset]]:
        """(start, pair) where a sentence demands or tells of a withdrawal amid hostility
        ("Moldova demanded the withdrawal of 1,500 Russian troops"): that presence is not
        hosted, and the sentence states no cooperation between the two. English is read
        clause by clause ("demanded the withdrawal of Turkish troops, a day after Turkish and
        Syrian officials held talks"): the start is the clause's."""
        contested = set()
        withdrawal = cues.WITHDRAWAL_EN if not self.thai else None
        spans = (
            self.result.sentences if self.thai
            else [(c.start, c.end) for s in self.result.sentences for c in self._clauses(s)]
        )  # fmt: skip
        for start, end in spans:
            segment = self.text[start:end]
            if self.thai:
                leaving = any(word in segment for word in cues.WITHDRAWAL_TH)
                against = any(word in segment for word in cues.REQUESTED_TH)
            else:
                leaving = bool(withdrawal.search(segment))
                against = bool(cues.REQUESTED_EN.search(segment))
            if not (leaving and (against or self._hostile(start, end))):
                continue
            countries = {m.country for m in self.mentions if start <= m.start < end}
            contested.update(
                (start, frozenset(p)) for p in itertools.combinations(sorted(countries), 2)
            )
        return contested


def _span_start(props: dict, thai: bool) -> int:
    """Where the span a contested pair is keyed by starts: the sentence (Thai), the clause."""
    evidence = props["evidence"][0]
    return evidence["start"] if thai else evidence["clause_start"]


def _pair(props: dict) -> frozenset:
    return frozenset((props["source_country"], props["target_country"]))
