"""A learned second opinion on the rules' links.

Hand rules fit the phrasing of the texts they were written from: each round lifted its own
set a lot and another author's text by about one item. A bag-of-words model over every pair of
countries named in one sentence with a cooperation cue is cruder, but it is trained on all the
dev gold at once. So the model does not replace the rules: it adds a link the rules missed
when it finds the pair very likely, and leaves everything else to the rules. Letting it also
drop the rules' links it found unlikely changed nothing on the cross-author sets and dropped
right ones in short texts.

Deployments are left to the rules. The same model for them dropped plain country-level bases
("Djibouti hosts the bases of the US, China ...") and added back pairs the rules leave out on
purpose (a presence in 1968, the base forces set out from).

Logistic regression over sparse word features, trained by `geomap relations train` on the
dev gold (`train_link_model`), shipped as `data/link_model.json`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from geomap.relations.taxonomy import TYPES_BY_NAME, find_triggers, strongest
from geomap.text import word_tokens

if TYPE_CHECKING:  # the extractor calls this module, not the other way round
    from geomap.relations.extract import RelationExtractor
    from geomap.relations.reading import ActorMention

DEFAULT_MODEL_PATH = Path(__file__).parent / "data" / "link_model.json"
ADD_ABOVE = 0.7  # a pair the rules missed is added at this probability or above
DEFAULT_L2 = 30.0
TRAINING_STEPS = 400
MIN_FEATURE_COUNT = 2  # a word seen once in training says nothing about other texts
MIN_WEIGHT = 0.005  # smaller weights change no decision; leaving them out halves the file
PARTY_KINDS = frozenset({"country", "capital", "actor", "city"})
MODEL_FORMAT = "geomap link model 1"

Pair = tuple[str, str]  # ISO codes, sorted


@dataclass
class PairCandidate:
    """Two countries named together in at least one sentence with a cooperation cue, with
    what the model sees: the words around and between the names and the cues' types."""

    pair: Pair
    features: set[str] = field(default_factory=set)
    sentences: set[int] = field(default_factory=set)
    first: tuple[ActorMention, ActorMention, tuple[int, int]] | None = None  # its first telling

    def feature_names(self) -> set[str]:
        return self.features | {f"nsent:{_bucket(len(self.sentences))}"}


@dataclass(frozen=True)
class LinkModel:
    weights: dict[str, float]

    def probability(self, features: Iterable[str]) -> float:
        score = self.weights.get("bias", 0.0) + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def to_json(self) -> str:
        return json.dumps(
            {"format": MODEL_FORMAT, "weights": self.weights},
            ensure_ascii=False, indent=0, sort_keys=True,
        )  # fmt: skip

    @classmethod
    def from_json(cls, text: str) -> LinkModel:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != MODEL_FORMAT:
            raise ValueError(f"not a {MODEL_FORMAT} file")
        return cls(data["weights"])


@cache
def default_model() -> LinkModel:
    """The shipped model, read once per process."""
    return LinkModel.from_json(DEFAULT_MODEL_PATH.read_text(encoding="utf-8"))


def second_opinion(
    extractor: RelationExtractor, features: list[dict], model: LinkModel
) -> list[dict]:
    """The rules' features plus the links the model is sure of among the pairs they missed."""
    told = _rule_pairs(features)
    added = []
    for candidate in sorted(pair_candidates(extractor), key=lambda c: c.pair):
        if candidate.pair in told:
            continue
        probability = model.probability(candidate.feature_names())
        if probability >= ADD_ABOVE:
            added.append(_link_of(extractor, candidate, probability))
    return features + added


def pair_candidates(extractor: RelationExtractor) -> list[PairCandidate]:
    """Every pair of countries named as parties in one sentence with a cooperation cue."""
    text = extractor.text
    found: dict[Pair, PairCandidate] = {}
    named = [m for m in extractor.mentions if m.countries and m.kind in PARTY_KINDS]
    for index, sentence in enumerate(extractor.result.sentences or [(0, len(text))]):
        start, end = sentence
        inside = [m for m in named if start <= m.start < end]
        triggers = {t.relation.name for t in find_triggers(text, start, end)} if inside else ()
        if len(inside) < 2 or not triggers:
            continue
        shared = {f"trig:{name}" for name in triggers}
        shared.add(f"nc:{_bucket(len({c for m in inside for c in m.countries}))}")
        for a, b in ((a, b) for a in inside for b in inside if a.start < b.start):
            if a.country != b.country:
                pair = tuple(sorted((a.country, b.country)))
                candidate = found.setdefault(pair, PairCandidate(pair))
                candidate.features |= _co_mention_words(text, a, b) | shared
                candidate.sentences.add(index)
                candidate.first = candidate.first or (a, b, sentence)
    return list(found.values())


def labelled_examples(
    extractor: RelationExtractor, features: list[dict], doc: dict
) -> list[tuple[set[str], bool]]:
    """(features, is gold) for every candidate and every pair the rules output in one gold
    document (shared/eval/GUIDE.md format). A pair the gold only allows says nothing either
    way and is left out."""
    gold = {tuple(sorted(pair)) for pair in doc.get("links", [])}
    allowed = {tuple(sorted(pair)) for pair in doc.get("allowed_links", [])} - gold
    candidates = {c.pair: c for c in pair_candidates(extractor)}
    for pair in _rule_pairs(features):
        candidates.setdefault(pair, PairCandidate(pair))
    return [
        (candidate.feature_names(), pair in gold)
        for pair, candidate in sorted(candidates.items())
        if pair not in allowed
    ]


def train_link_model(
    examples: Iterable[tuple[set[str], bool]], l2: float = DEFAULT_L2
) -> LinkModel:
    """L2-regularised logistic regression by full-batch Adam over sparse binary features;
    deterministic, so the shipped model can be rebuilt and checked."""
    examples = list(examples)
    counts: dict[str, int] = {}
    for features, _ in examples:
        for name in features:
            counts[name] = counts.get(name, 0) + 1
    vocabulary = [*sorted(n for n, c in counts.items() if c >= MIN_FEATURE_COUNT), "bias"]
    index = {name: i for i, name in enumerate(vocabulary)}
    row_of, column_of = [], []
    for row, (features, _) in enumerate(examples):
        for name in sorted(features | {"bias"}):
            if name in index:
                row_of.append(row)
                column_of.append(index[name])
    if not examples:
        return LinkModel({})
    rows, columns = np.array(row_of, dtype=np.int64), np.array(column_of, dtype=np.int64)
    size, width = len(examples), len(vocabulary)
    target = np.array([gold for _, gold in examples], dtype=float)
    weights, moment, scale = np.zeros(width), np.zeros(width), np.zeros(width)
    for step in range(1, TRAINING_STEPS + 1):
        scores = np.bincount(rows, weights=weights[columns], minlength=size)
        error = 1.0 / (1.0 + np.exp(-scores)) - target
        gradient = np.bincount(columns, weights=error[rows], minlength=width) / size
        gradient += l2 * weights / size
        moment = 0.9 * moment + 0.1 * gradient
        scale = 0.999 * scale + 0.001 * gradient**2
        step_size = 0.1 * math.sqrt(1 - 0.999**step) / (1 - 0.9**step)
        weights -= step_size * moment / (np.sqrt(scale) + 1e-8)
    return LinkModel({
        name: round(float(w), 4) for name, w in zip(vocabulary, weights, strict=True)
        if abs(w) >= MIN_WEIGHT
    })  # fmt: skip


def _link_of(extractor: RelationExtractor, candidate: PairCandidate, probability: float) -> dict:
    """A link Feature for a pair the model adds, told the way the rules tell theirs."""
    first, second, sentence = candidate.first
    clause = extractor.whole_sentence(sentence)
    triggers = find_triggers(extractor.text, *sentence)
    relation = strongest(triggers) or TYPES_BY_NAME["cooperation"]
    status = extractor._link_status(clause, triggers=triggers)
    feature = extractor._link(clause, first, second, relation, triggers, status, 1)
    feature["properties"]["confidence"] = round(probability, 2)
    feature["properties"]["found_by"] = "model"
    return feature


def _rule_pairs(features: list[dict]) -> set[Pair]:
    """The pairs the rules linked, whatever the status: a pair the rules read as negated or
    refused is not the model's to add."""
    return {
        tuple(sorted((p["source_country"], p["target_country"])))
        for f in features
        if (p := f["properties"])["kind"] == "link"
    }


def _co_mention_words(text: str, a: ActorMention, b: ActorMention) -> set[str]:
    """The kinds and roles of the two names, the words between them (when near) and around."""
    features = {f"kindA:{a.kind}", f"kindB:{b.kind}", f"roleA:{a.role}", f"roleB:{b.role}"}
    between = _words(text[a.end : b.start])
    features.add(f"dist:{_bucket(len(between), (0, 1, 2, 3, 5, 8, 13, 21, 34))}")
    if len(between) <= 25:
        features |= {f"btw:{w}" for w in between}
    features |= {f"L:{w}" for w in _words(text[max(0, a.start - 60) : a.start])[-4:]}
    features |= {f"R:{w}" for w in _words(text[b.end : b.end + 60])[:4]}
    features |= {f"Apre:{w}" for w in _words(text[max(0, a.start - 30) : a.start])[-2:]}
    features |= {f"Bpre:{w}" for w in _words(text[max(0, b.start - 30) : b.start])[-2:]}
    return features


@lru_cache(maxsize=4096)
def _words(window: str) -> tuple[str, ...]:
    """A window's tokens, once: each name's windows recur in every pair it makes, and Thai
    segmentation is the model's main cost."""
    return tuple(word_tokens(window))


def _bucket(n: int, edges: tuple[int, ...] = (0, 1, 2, 3, 5, 8, 13)) -> str:
    return str(max(e for e in edges if n >= e))
