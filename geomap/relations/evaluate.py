"""Score extracted links and deployments against gold files (shared/eval/GUIDE.md).

Links are unordered ISO pairs per document: a predicted pair is right when it is a gold
link, neutral when it is in `allowed_links` (it counts neither for nor against), wrong
otherwise. Only links the text asserts count as predictions: status realised, planned or
requested. Refused and negated links are output, with their status, but are statements
that cooperation did not happen, so they are not scored as links (the gold has none).

Deployments match on actor and host country. When a document has several deployments of
the same actor in the same host, each gold deployment takes the nearest unmatched
prediction. Refused and negated deployments are not scored, as for links. Of the matched
deployments we also report how many have the gold troop number (null included) and how
many lie within 161 km of the gold point.

Every error is also counted by kind (`error_kinds`: "another site of a gold pair", "output
as negated", ...), so a set whose texts must stay unread can still say where it loses.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from geomap.gazetteer import haversine_km
from geomap.geoparse.evaluate import DEFAULT_TOLERANCE_KM

SCORED_STATUSES = frozenset({"realised", "planned", "requested"})


@dataclass
class RelationTally:
    link_gold: int = 0
    link_predicted: int = 0
    link_matched: int = 0
    deployment_gold: int = 0
    deployment_predicted: int = 0
    deployment_matched: int = 0
    troops_right: int = 0
    location_right: int = 0
    errors: list[str] = field(default_factory=list)
    kinds: Counter[str] = field(default_factory=Counter)

    def add(self, other: RelationTally) -> None:
        for name in self.__dataclass_fields__:
            if name == "errors":
                self.errors.extend(other.errors)
            elif name == "kinds":
                self.kinds.update(other.kinds)
            else:
                setattr(self, name, getattr(self, name) + getattr(other, name))

    def scores(self) -> dict:
        links = _prf(self.link_matched, self.link_predicted, self.link_gold)
        deployments = _prf(self.deployment_matched, self.deployment_predicted, self.deployment_gold)
        matched = self.deployment_matched
        deployments["troops_accuracy"] = round(self.troops_right / matched, 3) if matched else 0.0
        deployments["location_acc_at_161km"] = (
            round(self.location_right / matched, 3) if matched else 0.0
        )
        kinds = dict(sorted(self.kinds.items(), key=lambda item: (-item[1], item[0])))
        return {"links": links, "deployments": deployments, "error_kinds": kinds}


def _prf(matched: int, predicted: int, gold: int) -> dict:
    precision = matched / predicted if predicted else (1.0 if not gold else 0.0)
    recall = matched / gold if gold else (1.0 if not predicted else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "gold": gold,
        "predicted": predicted,
        "matched": matched,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
    }


def score_relations(doc: dict, features: list[dict]) -> RelationTally:
    """Compare one document's link and deployment features with its gold entry."""
    tally = RelationTally()
    doc_id = doc.get("id", "?")
    gold_links = {frozenset(pair) for pair in doc.get("links", [])}
    allowed = {frozenset(pair) for pair in doc.get("allowed_links", [])}
    predicted_links = {
        frozenset((p["source_country"], p["target_country"]))
        for f in features
        if (p := f["properties"])["kind"] == "link" and p["status"] in SCORED_STATUSES
    }
    scored = {pair for pair in predicted_links if pair in gold_links or pair not in allowed}
    tally.link_gold = len(gold_links)
    tally.link_predicted = len(scored)
    tally.link_matched = len(scored & gold_links)
    for pair in sorted(scored - gold_links, key=sorted):
        tally.errors.append(f"{doc_id}: false link {'-'.join(sorted(pair))}")
        tally.kinds[_false_link_kind(pair, features)] += 1
    for pair in sorted(gold_links - scored, key=sorted):
        tally.errors.append(f"{doc_id}: missed link {'-'.join(sorted(pair))}")
        tally.kinds[_missed_link_kind(pair, features)] += 1

    predicted = [
        f for f in features
        if f["properties"]["kind"] == "deployment"
        and f["properties"]["status"] in SCORED_STATUSES
    ]  # fmt: skip
    gold = doc.get("deployments", [])
    tally.deployment_gold = len(gold)
    tally.deployment_predicted = len(predicted)
    unmatched = list(predicted)
    for entry in gold:
        same = [
            f for f in unmatched
            if f["properties"]["actor_country"] == entry["actor"]
            and f["properties"]["host_country"] == entry["host"]
        ]  # fmt: skip
        label = f"{entry['actor']}->{entry['host']}"
        if not same:
            tally.errors.append(f"{doc_id}: missed deployment {label} ({entry.get('troops')})")
            tally.kinds[_missed_deployment_kind(entry, features, predicted)] += 1
            continue
        best = min(same, key=lambda f: _km(entry, f))
        unmatched.remove(best)
        tally.deployment_matched += 1
        props = best["properties"]
        if props.get("troops") == entry.get("troops"):
            tally.troops_right += 1
        else:
            tally.errors.append(
                f"{doc_id}: deployment {label} troops {props.get('troops')} "
                f"(gold {entry.get('troops')})"
            )
        if _km(entry, best) <= (entry.get("tol_km") or DEFAULT_TOLERANCE_KM):
            tally.location_right += 1
        else:
            tally.errors.append(
                f"{doc_id}: deployment {label} at {props.get('place')} is "
                f"{_km(entry, best):.0f} km from gold"
            )
    for feature in unmatched:
        props = feature["properties"]
        tally.errors.append(
            f"{doc_id}: false deployment {props['actor_country']}->{props['host_country']}"
            f" at {props.get('place')}"
        )
        tally.kinds[_false_deployment_kind(props, gold)] += 1
    return tally


def _links_of(pair: frozenset, features: list[dict]) -> list[dict]:
    return [
        props for f in features
        if (props := f["properties"])["kind"] == "link"
        and frozenset((props["source_country"], props["target_country"])) == pair
    ]  # fmt: skip


def _false_link_kind(pair: frozenset, features: list[dict]) -> str:
    told = [p for p in _links_of(pair, features) if p["status"] in SCORED_STATUSES]
    if all(p.get("found_by") == "model" for p in told):
        return "false link added by the model"
    return f"false link: {', '.join(sorted({p['relation'] for p in told}))}"


def _missed_link_kind(pair: frozenset, features: list[dict]) -> str:
    statuses = sorted({p["status"] for p in _links_of(pair, features)})
    return f"missed link output as {', '.join(statuses)}" if statuses else "missed link: nothing"


def _missed_deployment_kind(entry: dict, features: list[dict], scored: list[dict]) -> str:
    """Why a gold deployment found no prediction of its actor and host."""
    pair = entry["actor"], entry["host"]
    pairs = [(f["properties"]["actor_country"], f["properties"]["host_country"]) for f in scored]
    if pair in pairs:
        return "missed deployment: a site fewer than the gold"
    unscored = sorted({
        props["status"] for f in features
        if (props := f["properties"])["kind"] == "deployment"
        and (props["actor_country"], props["host_country"]) == pair
    })  # fmt: skip
    if unscored:
        return f"missed deployment output as {', '.join(unscored)}"
    if any(actor == entry["actor"] for actor, _ in pairs):
        return "missed deployment: its actor placed in another host"
    if any(host == entry["host"] for _, host in pairs):
        return "missed deployment: its host given another actor"
    return "missed deployment: nothing for its actor or host"


def _false_deployment_kind(props: dict, gold: list[dict]) -> str:
    pairs = [(entry["actor"], entry["host"]) for entry in gold]
    if (props["actor_country"], props["host_country"]) in pairs:
        return "false deployment: another site of a gold pair"
    if any(actor == props["actor_country"] for actor, _ in pairs):
        return "false deployment: right actor, wrong host"
    if any(host == props["host_country"] for _, host in pairs):
        return "false deployment: right host, wrong actor"
    return "false deployment: neither actor nor host in the gold"


def _km(entry: dict, feature: dict) -> float:
    if entry.get("lat") is None or not feature.get("geometry"):
        return 0.0 if entry.get("lat") is None else float("inf")
    lon, lat = feature["geometry"]["coordinates"][:2]
    return haversine_km(entry["lat"], entry["lon"], lat, lon)


def relation_report(per_document: list[tuple[dict, list[dict], str]]) -> dict:
    """Per-language and overall scores from (gold doc, features, language) triples."""
    by_language: dict[str, RelationTally] = defaultdict(RelationTally)
    for doc, features, lang in per_document:
        by_language[lang].add(score_relations(doc, features))
    overall = RelationTally()
    for tally in by_language.values():
        overall.add(tally)
    report = {lang: tally.scores() for lang, tally in sorted(by_language.items())}
    report["overall"] = overall.scores()
    report["errors"] = overall.errors
    return report
