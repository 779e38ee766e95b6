"""Inter-annotator agreement: score one annotation of the dev documents against another.

The first annotation plays gold and the second plays the parser, through the project's own
scorers (`geomap.geoparse.evaluate.score_document`, `geomap.relations.relation_report`), so
agreement is measured exactly as the extractor is. Only documents present in both are scored.

    .venv/bin/python eval/agreement/agree.py eval/agreement/second_annotation.jsonl \
        eval/gold/dev*.jsonl [--reverse] [--lenient] [--errors]

`--reverse` swaps the roles (the second annotation becomes gold). `--lenient` lets the
predicting annotator's `allowed_links` count where the gold requires them, so a pair one
annotator required and the other merely allowed is not scored as a disagreement.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from geomap.gazetteer import Gazetteer, Place
from geomap.geoparse import ParseResult, PlaceHit
from geomap.geoparse.evaluate import Tally, gold_mentions, load_gold, score_document
from geomap.geoparse.recognize import Mention
from geomap.relations import relation_report


def as_parse_result(doc: dict, gaz: Gazetteer) -> ParseResult:
    """An annotation's place mentions in the shape the parser returns them."""
    spans, _ = gold_mentions(doc)
    by_entry: dict[int, tuple[dict, list[Mention]]] = {}
    for (start, end), entry in sorted(spans.items()):
        mention = Mention(start, end, doc["text"][start:end])
        by_entry.setdefault(id(entry), (entry, []))[1].append(mention)
    hits = [PlaceHit(_place(entry, gaz), mentions, 1.0) for entry, mentions in by_entry.values()]
    return ParseResult(doc["text"], doc["lang"], hits, [], [])


def _place(entry: dict, gazetteer: Gazetteer) -> Place:
    lat, lon = entry.get("lat"), entry.get("lon")
    if lat is None and entry.get("country") and (country := gazetteer.country(entry["country"])):
        lat, lon = country.lat, country.lon
    return Place(
        0, entry["surface"], entry["type"], entry["surface"], None, entry.get("country"), None,
        lat or 0.0, lon or 0.0, None, 0, None, None, "annotation",
    )  # fmt: skip


def as_features(doc: dict, gold: dict, lenient: bool) -> list[dict]:
    """An annotation's links and deployments as the extractor's features."""
    pairs = {tuple(sorted(pair)) for pair in doc.get("links", [])}
    if lenient:
        required = {tuple(sorted(pair)) for pair in gold.get("links", [])}
        pairs |= {tuple(sorted(pair)) for pair in doc.get("allowed_links", [])} & required
    features = [
        {"properties": {"kind": "link", "source_country": a, "target_country": b,
                        "status": "realised"}}
        for a, b in sorted(pairs)
    ]  # fmt: skip
    for entry in doc.get("deployments", []):
        point = None
        if entry.get("lat") is not None:
            point = {"type": "Point", "coordinates": [entry["lon"], entry["lat"]]}
        features.append({
            "geometry": point,
            "properties": {"kind": "deployment", "actor_country": entry["actor"],
                           "host_country": entry["host"], "troops": entry.get("troops"),
                           "status": "realised", "place": "annotated"},
        })  # fmt: skip
    return features


def agreement(gold: list[dict], predicted: list[dict], gazetteer: Gazetteer, lenient: bool):
    """(place scores by language, relation report) of `predicted` against `gold`."""
    by_id = {doc["id"]: doc for doc in predicted}
    places: dict[str, Tally] = defaultdict(Tally)
    relations = []
    for doc in gold:
        other = by_id.get(doc["id"])
        if other is None:
            continue
        tally = score_document(
            doc, as_parse_result(other, gazetteer), gazetteer.geometry, gazetteer.country_shape
        )
        places[doc["lang"]].add(tally)
        places["overall"].add(tally)
        relations.append((doc, as_features(other, doc, lenient), doc["lang"]))
    return places, relation_report(relations)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("second", type=Path)
    parser.add_argument("first", type=Path, nargs="+")
    parser.add_argument("--reverse", action="store_true")
    parser.add_argument("--lenient", action="store_true")
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args()
    second = load_gold(args.second)
    wanted = {doc["id"] for doc in second}
    first = [doc for path in args.first for doc in load_gold(path) if doc["id"] in wanted]
    gold, predicted = (second, first) if args.reverse else (first, second)
    places, relations = agreement(gold, predicted, Gazetteer.open(), args.lenient)
    print(f"{len(first)} documents; gold = {'second' if args.reverse else 'first'} annotation")
    print(f"{'':8} {'places':>6} {'P':>6} {'R':>6} {'F1':>6} {'Acc':>6}   {'links':>5} {'P':>6}"
          f" {'R':>6} {'F1':>6}   {'deploy':>6} {'P':>6} {'R':>6} {'F1':>6}")  # fmt: skip
    for lang in ("en", "th", "overall"):
        row, rel = places[lang].scores(), relations[lang]
        links, deploy = rel["links"], rel["deployments"]
        print(
            f"{lang:8} {row['documents_gold_mentions']:>6} {row['precision']:>6.3f}"
            f" {row['recall']:>6.3f} {row['f1']:>6.3f} {row['acc_at_161km']:>6.3f}"
            f"   {links['gold']:>5} {links['precision']:>6.3f} {links['recall']:>6.3f}"
            f" {links['f1']:>6.3f}   {deploy['gold']:>6} {deploy['precision']:>6.3f}"
            f" {deploy['recall']:>6.3f} {deploy['f1']:>6.3f}"
        )
    if args.errors:
        for line in places["overall"].errors + relations["errors"]:
            print(f"  {line}")


if __name__ == "__main__":
    main()
