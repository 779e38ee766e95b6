"""The geoparser: text in, resolved places (as GeoJSON features) out."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from geomap.gazetteer import Gazetteer, GazetteerGeocoder, Place
from geomap.geoparse.recognize import Mention, Recognizer
from geomap.geoparse.resolve import Resolved, Resolver
from geomap.text import detect_language, sentence_spans

MAX_TEXT_CHARS = 1_000_000
_BORDER_GAP_TH = ("กับ", "-", "–", "และ", "")
_BORDER_EN = re.compile(
    r"\b([A-Z][\w.]+(?:\s[A-Z][\w.]+)?)\s?[-–/]\s?([A-Z][\w.]+(?:\s[A-Z][\w.]+)?)"
    r"\s+(?:border|frontier)\b"
    r"|\bborder\s+between\s+([A-Z][\w.]+(?:\s[A-Z][\w.]+)?)\s+and\s+([A-Z][\w.]+(?:\s[A-Z][\w.]+)?)"
)


@dataclass
class PlaceHit:
    """One distinct place of a document with every mention that names it."""

    place: Place
    mentions: list[Mention]
    confidence: float


@dataclass
class ParseResult:
    text: str
    lang: str
    places: list[PlaceHit]
    unresolved: list[Resolved]
    actors: list[Mention]  # demonyms and state bodies: who acts, for the relations stage
    resolved: list[Resolved] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)

    def sentence_of(self, offset: int) -> tuple[int, int]:
        starts = [s for s, _ in self.sentences]
        index = max(0, bisect.bisect_right(starts, offset) - 1)
        return self.sentences[index] if self.sentences else (0, len(self.text))


class Geoparser:
    """Built once (it indexes the gazetteer's Thai names); `parse` is thread-safe."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.geocoder = GazetteerGeocoder(gazetteer)
        self.recognizer = Recognizer(gazetteer)
        self.resolver = Resolver(self.geocoder, self.recognizer)

    def parse(self, text: str, lang: str = "auto") -> ParseResult:
        if len(text) > MAX_TEXT_CHARS:
            raise ValueError(f"text is {len(text)} characters; the limit is {MAX_TEXT_CHARS}")
        if lang not in ("auto", "th", "en"):
            raise ValueError(f"unknown language {lang!r}: use auto, th or en")
        language = detect_language(text) if lang == "auto" else lang
        mentions = self._with_borders(text, self.recognizer.find(text))
        resolved = self.resolver.resolve(text, mentions)
        hits: dict[int, PlaceHit] = {}
        unresolved = []
        for item in resolved:
            if item.mention.kind == "demonym":
                continue
            if item.place is None:
                if not item.silent:
                    unresolved.append(item)
                continue
            hit = hits.get(item.place.id)
            if hit is None:
                hits[item.place.id] = PlaceHit(item.place, [item.mention], item.confidence)
            else:
                hit.mentions.append(item.mention)
                hit.confidence = max(hit.confidence, item.confidence)
        return ParseResult(
            text=text,
            lang=language,
            places=list(hits.values()),
            unresolved=unresolved,
            actors=[m for m in mentions if m.kind == "demonym"],
            resolved=resolved,
            sentences=sentence_spans(text),
        )

    def _with_borders(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Fold "ชายแดน X กับ Y" and "the X-Y border" into one border mention."""
        borders: list[Mention] = []
        for first, second in itertools.pairwise(mentions):
            if first.kind == "demonym" and second.kind == "demonym":
                continue
            lead = text[max(0, first.start - 16) : first.start]
            match = re.search(r"ชายแดน(?:ระหว่าง)?(?:ประเทศ)?\s?$", lead)
            gap = text[first.end : second.start].strip()
            if match and gap in _BORDER_GAP_TH:
                start = first.start - (len(lead) - match.start())
                border = self._border_mention(text, start, second.end)
                if border:
                    borders.append(border)
        for match in _BORDER_EN.finditer(text):
            border = self._border_mention(text, match.start(), match.end())
            if border:
                borders.append(border)
        if not borders:
            return mentions
        kept = [
            m for m in mentions if not any(b.start < m.end and m.start < b.end for b in borders)
        ]
        return sorted(kept + borders, key=lambda m: m.start)

    def _border_mention(self, text: str, start: int, end: int) -> Mention | None:
        surface = text[start:end]
        found = self.geocoder.candidates(surface.removeprefix("the ").strip(), limit=1)
        if found and found[0].place.feature_type == "border":
            place = found[0].place
            return Mention(
                start, end, surface, "place", "border", [place.id], place.border_countries
            )
        return None
