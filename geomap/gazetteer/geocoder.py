"""The offline geocoder: a geopy backend over the gazetteer store.

Code written for geopy (`geocode`, `reverse`, `Location`) works with it unchanged; the
parser uses `candidates()` to see every sense of a name with its score and rank them
against the rest of the document.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from geomap.gazetteer.store import Gazetteer, Place, haversine_km
from geomap.text.normalize import has_thai
from geomap.text.translit import phonetic_of

# How much a sense is worth before context: areas beat towns of the same name.
_TYPE_PRIOR = {
    "border": 0.45,
    "country": 0.40,
    "region": 0.25,
    "water": 0.25,
    "admin1": 0.20,
    "site": 0.05,
    "city": 0.0,
}
_MATCH_SCORE = {0: 1.0, 1: 0.95, 2: 0.75}
PHONETIC_WEIGHT = 0.85
PHONETIC_CUTOFF = 80.0
# A sound-alike answer is trusted when it scores this much and beats every rival sense
# (a place farther than SAME_PLACE_KM away) by PHONETIC_MARGIN; `geomap gazetteer exonyms`
# measured these.
PHONETIC_ACCEPT = 0.8
PHONETIC_MARGIN = 0.05
SAME_PLACE_KM = 25.0
_WIDE_PHONETIC_LIMIT = 300

# Thai words that announce the kind of place that follows.
THAI_PREFIX_TYPES: dict[str, tuple[str, ...]] = {
    "ประเทศ": ("country",),
    "สาธารณรัฐ": ("country",),
    "ราชอาณาจักร": ("country",),
    "จังหวัด": ("admin1",),
    "จ.": ("admin1",),
    "รัฐ": ("admin1", "country"),
    "แคว้น": ("admin1", "region"),
    "มณฑล": ("admin1",),
    "ภูมิภาค": ("region", "admin1"),
    "ภาค": ("region", "admin1"),
    "เขตปกครองตนเอง": ("admin1",),
    "สาธารณรัฐปกครองตนเอง": ("admin1",),
    "เมือง": ("city",),
    "นคร": ("city",),
    "กรุง": ("city",),
    "อำเภอ": ("city",),
    "อ.": ("city",),
    "ฐานทัพ": ("site",),
    "ฐานทัพอากาศ": ("site",),
    "ฐานทัพเรือ": ("site",),
    "ท่าเรือ": ("site", "city"),
    "ท่าอากาศยาน": ("site",),
    "สนามบิน": ("site",),
    "ทะเล": ("water",),
    "อ่าว": ("water",),
    "ช่องแคบ": ("water",),
    "แม่น้ำ": ("water",),
    "เกาะ": ("site", "city", "region"),
}
_PREFIXES_LONGEST_FIRST = sorted(THAI_PREFIX_TYPES, key=len, reverse=True)
_BORDER_TH = re.compile(
    r"^(?:บริเวณ)?ชายแดน(?:ระหว่าง)?(?:ประเทศ)?(.+?)\s*(?:กับ|และ|[-–—])\s*(?:ประเทศ)?(.+)$"
)
_BORDER_EN = (
    re.compile(r"^(?:the\s+)?(.+?)\s*[-–—/]\s*(.+?)\s+(?:border|frontier|boundary)$", re.I),
    re.compile(r"^(?:the\s+)?border\s+between\s+(.+?)\s+and\s+(.+)$", re.I),
)


@dataclass(frozen=True, slots=True)
class Candidate:
    place: Place
    score: float
    match: str  # exact, alternate, phonetic or border

    def as_dict(self) -> dict:
        p = self.place
        return {
            "name": p.name,
            "name_th": p.name_th,
            "country_code": p.country_code,
            "feature_type": p.feature_type,
            "lat": round(p.lat, 6),
            "lon": round(p.lon, 6),
            "geonameid": p.geonameid,
            "score": round(self.score, 4),
            "key": p.key,
            "match": self.match,
            "bbox": list(p.bbox) if p.bbox else None,
            "population": p.population,
            "subtype": p.subtype,
        }


def population_prior(place: Place) -> float:
    """Up to 0.25 for a city of ten million (it then outranks a province of its name)."""
    prior = 0.25 * min(1.0, math.log10(place.population + 1) / 7)
    return prior + (0.04 if place.subtype == "capital" else 0.0)


class GazetteerGeocoder(Geocoder):
    """geopy geocoder backed by the embedded gazetteer; never touches the network."""

    def __init__(self, gazetteer: Gazetteer | None = None, *, data_dir=None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.gazetteer = gazetteer or Gazetteer.open(data_dir)

    # geopy interface -------------------------------------------------------------
    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        limit: int | None = None,
        country_codes: str | list[str] | None = None,
        feature_types: list[str] | None = None,
        timeout=None,
    ) -> Location | list[Location] | None:
        if isinstance(country_codes, str):
            country_codes = [country_codes]
        found = self.candidates(
            query, country_codes=country_codes, feature_types=feature_types, limit=limit or 10
        )
        if not found:
            return None
        locations = [self.to_location(c) for c in found]
        return locations[0] if exactly_one else locations

    def reverse(self, query, *, exactly_one: bool = True, timeout=None):
        point = Point(query)
        place = self.gazetteer.nearest(point.latitude, point.longitude)
        if place is None:
            return None
        location = self.to_location(Candidate(place, 1.0, "nearest"))
        return location if exactly_one else [location]

    def to_location(self, candidate: Candidate) -> Location:
        place = candidate.place
        address = place.name
        if place.country_code and place.feature_type != "country":
            country = self.gazetteer.country(place.country_code)
            if country:
                address = f"{place.name}, {country.name}"
        return Location(address, (place.lat, place.lon), candidate.as_dict())

    # ranking ---------------------------------------------------------------------
    def candidates(
        self,
        query: str,
        *,
        country_codes: list[str] | None = None,
        feature_types: list[str] | tuple[str, ...] | None = None,
        limit: int = 10,
        phonetic: bool = True,
        phonetic_only: bool = False,
    ) -> list[Candidate]:
        """Every sense of `query`, best first, scored by match, type and size."""
        query = query.strip()
        if not query:
            return []
        found = [] if phonetic_only else self._border(query) or list(self._exact(query))
        if not found:
            stripped, hinted = self._strip_prefix(query)
            if stripped:
                found = (
                    []
                    if phonetic_only
                    else [
                        replace(c, score=c.score + 0.1) if c.place.feature_type in hinted else c
                        for c in self._exact(stripped)
                    ]
                )
                if not found and phonetic:
                    found = list(self._phonetic(stripped, hinted, bool(country_codes)))
        if not found and phonetic:
            found = list(self._phonetic(query, (), bool(country_codes)))
        if country_codes:
            wanted = {c.upper() for c in country_codes}
            found = [
                c for c in found
                if c.place.country_code in wanted or set(c.place.border_countries) & wanted
            ]  # fmt: skip
        if feature_types:
            found = [c for c in found if c.place.feature_type in feature_types]
        found.sort(key=lambda c: (-c.score, -c.place.population, c.place.id))
        return found[:limit]

    @staticmethod
    def confident(found: list[Candidate]) -> bool:
        """Whether the best candidate is safe to take; exact names always are."""
        if not found:
            return False
        best = found[0]
        if best.match != "phonetic":
            return True
        rivals = [
            c.score for c in found[1:]
            if haversine_km(c.place.lat, c.place.lon, best.place.lat, best.place.lon)
            > SAME_PLACE_KM
        ]  # fmt: skip
        margin = best.score - max(rivals, default=0.0)
        return best.score >= PHONETIC_ACCEPT and margin >= PHONETIC_MARGIN

    @lru_cache(maxsize=50_000)  # noqa: B019 - one geocoder per process, names repeat
    def _exact(self, query: str) -> list[Candidate]:
        out = []
        for place, quality in self.gazetteer.lookup(query):
            score = _MATCH_SCORE[quality] + _TYPE_PRIOR[place.feature_type]
            if place.feature_type == "city":
                score += population_prior(place)
            out.append(Candidate(place, score, "exact" if quality == 0 else "alternate"))
        return out

    @lru_cache(maxsize=20_000)  # noqa: B019
    def _phonetic(self, query: str, hinted: tuple[str, ...], wide: bool = False) -> list[Candidate]:
        """Sound-alike senses; `wide` looks further down the list, for a country filter
        to choose from (Pai in Thailand among a hundred places that sound like it)."""
        key = phonetic_of(query)
        if len(key) < 3:
            return []
        out = []
        limit = _WIDE_PHONETIC_LIMIT if wide else 10
        for place, similarity in self.gazetteer.sounds_like(
            key, limit=limit, cutoff=PHONETIC_CUTOFF
        ):
            # 100 -> full weight, the cutoff -> nothing: sound similarity must dominate size
            closeness = (similarity - PHONETIC_CUTOFF) / (100 - PHONETIC_CUTOFF)
            score = PHONETIC_WEIGHT * (0.5 + 0.5 * closeness) + _TYPE_PRIOR[place.feature_type] / 4
            if place.feature_type == "city":
                score += population_prior(place) / 4
            if place.feature_type in hinted:
                score += 0.1
            out.append(Candidate(place, score, "phonetic"))
        return out

    def _strip_prefix(self, query: str) -> tuple[str, tuple[str, ...]]:
        if not has_thai(query):
            return "", ()
        for prefix in _PREFIXES_LONGEST_FIRST:
            if query.startswith(prefix) and len(query) > len(prefix) + 1:
                return query[len(prefix) :].strip(), THAI_PREFIX_TYPES[prefix]
        return "", ()

    def country_of(self, name: str) -> str | None:
        """The ISO code a country name, variant or demonym stands for."""
        for place, _ in self.gazetteer.lookup(name):
            if place.feature_type == "country":
                return place.country_code
        for actor in self.gazetteer.actors(name):
            if actor.kind == "demonym" and actor.country_code:
                return actor.country_code
        stripped, _ = self._strip_prefix(name)
        return self.country_of(stripped) if stripped else None

    def _border(self, query: str) -> list[Candidate]:
        patterns = (_BORDER_TH,) if has_thai(query) else _BORDER_EN
        for pattern in patterns:
            match = pattern.match(query.strip())
            if not match:
                continue
            a, b = (self.country_of(part.strip()) for part in match.groups())
            if a and b and a != b:
                place = self.gazetteer.border(a, b)
                if place:
                    return [Candidate(place, 1.0 + _TYPE_PRIOR["border"], "border")]
        return []
