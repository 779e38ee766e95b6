"""Choose one sense for each mention, with the whole document as context.

Evidence, added to the geocoder's own score (match, type and size):
- countries the document names without doubt, and the countries of demonyms;
- a country right after the name ("Lourdes, Cuba", "เดลี ประเทศอินเดีย");
- the word before it (ฐานทัพ / base -> a site, จังหวัด -> a province, รัฐ -> a state);
- a curated natural feature or area named by its own name or a listed alias (the Pacific,
  Etna) outranks the small towns GeoNames also calls so;
- towns near the other places the document names (Healdsburg beside Santa Rosa, Perry in a
  story set in Florida);
- a short form of a longer name in the same document ("Congo" after "Democratic Republic of
  Congo", "Scarborough" after "Scarborough Shoal");
- one sense per document: every mention of a name gets the sense its strongest mention
  earns.
A mention whose best sense is a small town with no support, or a sound-alike the
geocoder is not sure of, is left unresolved rather than guessed.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass

from geomap.gazetteer import Candidate, GazetteerGeocoder, Place, haversine_km
from geomap.geoparse.recognize import THAI_ADMIN_UNITS, Mention, Recognizer
from geomap.text import phonetic_of, thai_key

COUNTRY_IN_DOCUMENT = 0.12
COUNTRY_NEXT_TO_IT = 0.60
REGION_NEXT_TO_IT = 0.30
TRIGGER_MATCH = 0.35
# A curated site called exactly this (หาดป่าตอง, Stamford Bridge), or by one of its names in a
# country the text names (Tindal beside Australia), outranks a small town that GeoNames also
# lists under the name.
SITE_BY_NAME = 0.15
# Keys fold tone marks; of two towns, the one whose Thai name has the text's marks is meant.
SAME_TONE_MARKS = 0.2
# Our tables' natural features and areas (features.csv, regions.csv) are named by their
# aliases as often as by their names: "Pacific", "Etna", "the Aegean".
CURATED_FEATURE_BY_NAME = 0.25
_CURATED_FEATURE_TABLES = ("features:", "regions:")
# A town near a place the document names without doubt (within this distance, or inside
# the bounds of a state or province it names) is the likely sense, and needs no other support.
NEAR_A_NAMED_PLACE = 0.2
NEAR_KM = 120.0
_BOUNDS_PAD_DEGREES = 0.2
SHORT_FORM = 0.5
# Words before a name that make it a place: "over Perry", "a suburb of Clifton"
_LOCATIVES = frozenset(
    """in at near from to of into across over outside around toward towards
    through via between inside within throughout""".split()
)
_LIST_GAPS = (", ", " and ", ", and ", " or ", "; ")
# England, Scotland, Wales: first-level parts that are countries in their own right outrank
# the small towns named after them, as countries do
CONSTITUENT_COUNTRY = 0.2
# A name listed beside a country ("Algeria, Niger and Nigeria") is a country too, though
# another listed country has a province so called (Niger State of Nigeria)
COUNTRY_AMONG_COUNTRIES = 0.2
# A town called so today outranks a larger one once called so (Pokrovsk, not Engels), when
# it is no village beside a city (a fifth of its size at least)
FORMER_NAME = 0.1
FORMER_NAME_SIZE_RATIO = 0.2
# Words a longer name may add to its short form: "Democratic Republic of Congo" -> Congo
_NAME_DESCRIPTORS = frozenset(
    """Mount Mt Lake Gulf Strait Straits Cape Island Islands Shoal
    Reef Gap County Valley River Sea Desert Mountains Peninsula Bay Province State Region
    Republic Democratic People's Kingdom Federal Islamic of the Air Base Naval Port Canal
    Volcano Delta Basin Plateau Heights Strip Governorate Oblast""".split()
)
UNSUPPORTED_TOWN_POPULATION = 100_000
LARGER_ELSEWHERE = 5
# Countries whose towns GeoNames files under their states' ISO 3166-2 codes (KY, TX): there a
# town lies in a state when the codes agree, whatever the state's box says
_STATE_CODED = frozenset({"US"})
# how far a place's best sense must lead every sense abroad to vouch for its country, and
# what lying in the country most places vouch for is worth to a large place
ANCHOR_MARGIN = 0.05
COUNTRY_OF_A_NEIGHBOUR = 0.05
_TRIGGER_TYPES = {
    "ฐานทัพ": ("site",), "ฐาน": ("site",), "ท่าเรือ": ("site", "city"),
    "จังหวัด": ("admin1",), "จ.": ("admin1",), "รัฐ": ("admin1",),
    "แคว้น": ("admin1", "region"), "ภูมิภาค": ("region", "admin1"), "แขวง": ("admin1",),
    "มณฑล": ("admin1",), "เขต": ("city", "admin1", "region"),
    "เมือง": ("city",), "กรุง": ("city",), "อำเภอ": ("city",), "ประเทศ": ("country",),
    "base": ("site",), "port": ("site", "city"), "province": ("admin1",), "state": ("admin1",),
}  # fmt: skip


_THAI_SPEAKING = {"TH", "LA"}
_ADMIN_TRIGGERS = ("อำเภอ", "จังหวัด", "จ.", "เมือง", "ตำบล", "อ.", "ด่าน", "ด่านพรมแดน", "เขต")


def _anchor(found: list[Candidate]) -> Place | None:
    """A city or province with no rival abroad (Karachi, Canberra): its country is the
    document's, so that Hyderabad beside Karachi is the one in Pakistan."""
    if not found:
        return None
    best = max(found, key=lambda c: c.score)
    place = best.place
    if place.feature_type not in ("city", "admin1") or (
        place.feature_type == "city" and place.population < UNSUPPORTED_TOWN_POPULATION
    ):
        return None
    rival = max((c.score for c in found if c.place.country_code != place.country_code), default=0.0)
    return place if best.score - rival >= ANCHOR_MARGIN else None


def _leading_country(places: list[Mention], senses: dict) -> set[str]:
    """The country most of the document's places lie in, when one leads the others."""
    votes: Counter[str] = Counter()
    for mention in places:
        found = senses[id(mention)]
        if found and found[0].place.feature_type == "country":
            votes[found[0].place.country_code or ""] += 1
        elif anchor := _anchor(found):
            votes[anchor.country_code or ""] += 1
    votes.pop("", None)
    ranking = votes.most_common(2)
    if not ranking or (len(ranking) == 2 and ranking[0][1] == ranking[1][1]):
        return set()
    return {ranking[0][0]}


@dataclass
class Resolved:
    mention: Mention
    place: Place | None
    confidence: float
    reason: str = ""
    silent: bool = False  # a common word that is also a village's name: not worth listing


_LIST_GAP_TH = re.compile(r"\s?(?:และ|หรือ|กับ|,|-|–|/)\s?")
_DATELINE_AFTER = re.compile(r" \d{1,2} ")


_DATELINE = "dateline"


def _listed_or_dateline(text: str, places: list[Mention], senses: dict) -> dict[int, set[str]]:
    """What vouches for a mention being a place: the countries of the places it is listed
    with ("ชัยภูมิและเลย": เลย is a province of Thailand) or its place at the head of a
    dateline ("เลย 12 ม.ค. 2568 –")."""
    vouched: dict[int, set[str]] = {}
    pairs = list(itertools.pairwise(places))
    spaced = [text[a.end : b.start] == " " for a, b in pairs]
    joined = [bool(_LIST_GAP_TH.fullmatch(text, a.end, b.start)) for a, b in pairs]
    for index, (first, second) in enumerate(pairs):
        # a space lists too, inside a run of three or more (น่าน แพร่ อุตรดิตถ์ และตาก), not
        # between two words that end and begin sentences (ได้เลย เชียงใหม่...)
        in_a_run = spaced[index] and any(
            0 <= i < len(pairs) and (spaced[i] or joined[i]) for i in (index - 1, index + 1)
        )
        if joined[index] or in_a_run:
            for one, other in ((first, second), (second, first)):
                country = [c.place.country_code for c in senses[id(other)][:1]]
                vouched.setdefault(id(one), set()).update(c for c in country if c)
    for mention in places:
        line_start = mention.start == 0 or text[mention.start - 1] == "\n"
        if line_start and _DATELINE_AFTER.match(text, mention.end):
            vouched.setdefault(id(mention), set()).add(_DATELINE)
    return vouched


def _one_sense_per_name(
    results: list[Resolved], named: set[int], own_evidence: set[int]
) -> list[Resolved]:
    """A Thai name held back as a common word or an unsupported town where it stands alone
    (the headline's น่าน, เบตง) is the place it names where the text says so plainly
    (จังหวัดน่าน, อำเภอเบตง: `named`): one spelling means one place in a document."""
    accepted = {
        r.mention.text: r
        for r in results
        if r.place is not None and r.mention.script == "thai" and id(r.mention) in named
    }
    kept = []
    for result in results:
        other = accepted.get(result.mention.text)
        if (
            result.place is None
            and result.mention.kind == "place"
            and other is not None
            and id(result.mention) not in own_evidence
        ):
            result = Resolved(result.mention, other.place, other.confidence)
        kept.append(result)
    return kept


class Resolver:
    def __init__(self, geocoder: GazetteerGeocoder, recognizer: Recognizer) -> None:
        self.geocoder = geocoder
        self.recognizer = recognizer

    def resolve(self, text: str, mentions: list[Mention]) -> list[Resolved]:
        places = [m for m in mentions if m.kind == "place"]
        senses = {id(m): self._senses(m) for m in places}
        document_countries = self._document_countries(mentions, senses)
        leading = _leading_country(places, senses)
        scored: dict[int, list[Candidate]] = {}
        areas_after: dict[int, Place] = {}
        next_mention = {id(m): n for m, n in itertools.pairwise(mentions)}
        among = _among_countries(text, places, senses)
        for mention in places:
            area = self._area_after(text, mention, next_mention.get(id(mention)), senses)
            if id(mention) in among:
                area = None  # "Algeria, Niger, Nigeria": a list, not a town and its country
            if area is not None:
                areas_after[id(mention)] = area
            scored[id(mention)] = self._rank(
                mention, senses[id(mention)], document_countries, leading, area,
                id(mention) in among,
            )
        listed = _listed_or_dateline(text, places, senses)
        # a town near the story's places still needs words that make it a place
        placed = {id(m) for m in _placed_by_words(text, mentions)}
        placed |= {id(m) for m in places if _names_a_county(scored[id(m)])}  # Knott County
        near = {k: v for k, v in _near_named_places(places, scored).items() if k in placed}
        for mention in places:
            # SAN MARCOS, Texas: a town followed by the state or country it lies in
            if (area := areas_after.get(id(mention))) is not None:
                inside = {c.place.id for c in scored[id(mention)] if _lies_in(c.place, area)}
                if inside:
                    near[id(mention)] = near.get(id(mention), set()) | inside
        for mention in places:
            scored[id(mention)] = _with_short_form(
                mention,
                _with_nearness(scored[id(mention)], near.get(id(mention), set())),
                places,
                scored,
            )
        # one sense per document: the best-supported sense of a name wins for all its mentions
        by_name: dict[str, Candidate] = {}
        for mention in places:
            ranked = scored[id(mention)]
            if ranked:
                key = mention.text.lower()
                if key not in by_name or ranked[0].score > by_name[key].score:
                    by_name[key] = ranked[0]
        results = []
        for mention in mentions:
            if mention.kind != "place":
                results.append(Resolved(mention, None, 0.0, mention.kind))
                continue
            ranked = scored[id(mention)]
            best = by_name.get(mention.text.lower())
            results.append(
                self._decide(
                    mention, ranked, best, document_countries, listed, near.get(id(mention), ())
                )
            )
        named = {
            id(m) for m in places
            if m.trigger in _ADMIN_TRIGGERS or id(m) in listed
            or not self.recognizer.is_dictionary_word(m.text)
        }  # fmt: skip
        # ... but เลย (at all) in running text is a word however often the province is named
        own_evidence = {id(m) for m in places if self.recognizer.is_frequent_word(m.text)}
        return _one_sense_per_name(results, named, own_evidence)

    def _senses(self, mention: Mention) -> list[Candidate]:
        found = self.geocoder.candidates(mention.text, limit=25, phonetic=False)
        if mention.lookup and not any(c.place.id in mention.place_ids for c in found):
            # Fergana for Fergana Valley; Knott County for the Knott of "Knott and Perry
            # counties"
            found = self.geocoder.candidates(mention.lookup, limit=25, phonetic=False) or found
        if not found and mention.place_ids:
            # the recogniser matched a name the store keeps only with its province word
            # (แขวงสะหวันนะเขต): score those places under their own names
            for place_id in dict.fromkeys(mention.place_ids):
                name = self.geocoder.gazetteer.place(place_id).name
                found += [
                    c for c in self.geocoder.candidates(name, limit=25, phonetic=False)
                    if c.place.id == place_id
                ]  # fmt: skip
        if mention.place_ids:
            allowed = set(mention.place_ids)
            exact = [c for c in found if c.place.id in allowed]
            found = exact or found
        wanted = _TRIGGER_TYPES.get(mention.trigger, ())
        if wanted and found and not any(c.place.feature_type in wanted for c in found):
            # รัฐจอร์เจีย: the Thai name is the country's, the trigger asks for a state;
            # states without Thai names are found by sound
            found += self.geocoder.candidates(
                mention.text, phonetic_only=True, feature_types=wanted, limit=10
            )
        return found

    def _document_countries(self, mentions, senses) -> set[str]:
        countries: set[str] = set()
        for mention in mentions:
            if mention.kind == "demonym":
                countries.update(mention.countries)
            elif mention.kind == "place":
                ranked = senses[id(mention)]
                if ranked and ranked[0].place.feature_type == "country":
                    countries.add(ranked[0].place.country_code or "")
        countries.discard("")
        return countries

    def _area_after(self, text, mention, following, senses) -> Place | None:
        """ "X, Y" / "X in Y" / "X ประเทศY" / "X Y" where Y is a country or province."""
        if following is None:
            return None
        gap = text[mention.end : following.start]
        if len(gap) > 12 or following.kind != "place":
            return None
        if gap.strip(" ,(") not in ("", "in", "ประเทศ", "ใน", "ของ", "จังหวัด", "รัฐ", "of"):
            return None
        ranked = senses.get(id(following)) or []
        if ranked and ranked[0].place.feature_type in ("country", "admin1"):
            return ranked[0].place
        return None

    def _rank(
        self, mention, found, document_countries, leading, area, among_countries=False
    ) -> list[Candidate]:
        wanted = mention.feature_types[:1] or _TRIGGER_TYPES.get(mention.trigger, ())
        leading_type = max(found, key=lambda c: c.score).place.feature_type if found else ""
        named_so = max(
            (c.place.population for c in found
             if c.match == "exact" and c.place.feature_type == "city"),
            default=-1,
        )  # fmt: skip
        ranked = []
        for candidate in found:
            place = candidate.place
            score = candidate.score
            codes = {place.country_code, *place.border_countries}
            if codes & document_countries and place.feature_type != "country":
                score += COUNTRY_IN_DOCUMENT
            if (
                place.country_code in leading
                and place.feature_type == leading_type
                and (
                    place.feature_type != "city" or place.population >= UNSUPPORTED_TOWN_POPULATION
                )
            ):
                # of two large Hyderabads, the one among Karachi and Sukkur
                score += COUNTRY_OF_A_NEIGHBOUR
            if area is not None and area.country_code in codes and place.feature_type != "country":
                score += COUNTRY_NEXT_TO_IT
                if area.feature_type == "admin1" and _close(place, area):
                    score += REGION_NEXT_TO_IT  # Arlington, Virginia: not the one in Texas
            if place.feature_type in wanted:
                score += TRIGGER_MATCH
            if place.feature_type == "admin1" and place.subtype == "country":
                score += CONSTITUENT_COUNTRY
            if among_countries and place.feature_type == "country":
                score += COUNTRY_AMONG_COUNTRIES
            if (
                candidate.match == "alternate"
                and place.feature_type == "city"
                and named_so >= FORMER_NAME_SIZE_RATIO * place.population
                and not place.name.lower().startswith(mention.text.lower())
            ):
                score -= FORMER_NAME  # but Newcastle is still short for Newcastle upon Tyne
            if place.feature_type == "site" and (
                candidate.match == "exact" or place.country_code in document_countries
            ):
                score += SITE_BY_NAME
            elif place.key.startswith(_CURATED_FEATURE_TABLES) and candidate.match in (
                "exact",
                "alternate",
            ):
                score += CURATED_FEATURE_BY_NAME
            if mention.script == "thai" and place.name_th == mention.text:
                score += SAME_TONE_MARKS  # อำเภอแว้ง is Waeng of Narathiwat, not แวง
            ranked.append(Candidate(place, score, candidate.match))
        ranked.sort(key=lambda c: (-c.score, -c.place.population))
        return ranked

    def _decide(self, mention, ranked, best, document_countries, listed, near=()) -> Resolved:
        if not ranked:
            return self._sound_alike(mention, document_countries)
        choice = best if best is not None else ranked[0]
        place = choice.place
        runner_up = next((c.score for c in ranked if c.place.id != place.id), 0.0)
        margin = choice.score - runner_up
        supported = (
            place.feature_type != "city"
            or place.population >= UNSUPPORTED_TOWN_POPULATION
            or place.country_code in document_countries
            or self._thai_town_in_thai_text(mention, place)
            or mention.trigger in _TRIGGER_TYPES
            or bool(mention.feature_types)  # หาด, Lake: the text says what it is
            or mention.trigger in ("in", "at", "near", "from", "to", "ที่", "ใน", "ไปยัง", "จาก")
            or place.id in near
            or choice.match == "short form"
        )
        thai = mention.script == "thai"
        common = thai and self.recognizer.is_common_word(mention.text)
        named_as_place = mention.trigger in _ADMIN_TRIGGERS or bool(
            listed.get(id(mention), set()) & {place.country_code, _DATELINE}
        )
        if (
            common
            and place.feature_type == "admin1"
            and place.country_code == "TH"
            and self.recognizer.is_frequent_word(mention.text)
            and not named_as_place
        ):
            # เลย (at all), ตาก (to dry), แพร่ (to spread) name provinces only where the
            # text says so: จังหวัดเลย, or a list of places (ชัยภูมิและเลย), or a dateline
            return Resolved(mention, None, 0.0, "a common word", silent=True)
        if common and place.feature_type == "city" and place.population < 1_000_000:
            # Thai words GeoNames lists as towns' names (กอง -> Caen, สอง -> Song, พล -> Phon)
            # need the town's country in the text, or for a Thai town named by an ordinary
            # word, a word like อำเภอ before it; very large cities (กรุงเทพ) need nothing
            if place.country_code != "TH":
                # วอชิงตัน is a word only because pythainlp lists names; กอง is a real word
                supported = place.country_code in document_countries or (
                    place.population >= UNSUPPORTED_TOWN_POPULATION
                    and not self.recognizer.is_dictionary_word(mention.text)
                )
            elif self.recognizer.is_dictionary_word(mention.text):
                # the dictionary lists big towns too (โคราช): size speaks for those
                supported = named_as_place or place.population >= UNSUPPORTED_TOWN_POPULATION
            if not supported:
                return Resolved(mention, None, 0.0, "a common word", silent=True)
        if (
            thai
            and place.name_th
            and place.name_th != mention.text
            and thai_key(place.name_th) == thai_key(mention.text)
            and (self.recognizer.is_dictionary_word(mention.text) or len(mention.text) <= 3)
        ):
            # tone marks are folded for matching, but นาน (long) is not น่าน (Nan), and a
            # syllable such as ว๋า (of กว๋างนิญ) is not วา
            return Resolved(mention, None, 0.0, "a common word", silent=True)
        if not supported:
            return Resolved(mention, None, 0.0, "a small town of this name, with no support")
        confidence = min(
            0.99, 0.55 + 0.45 * min(1.0, margin / 0.3) + (0.1 if choice.match == "exact" else 0)
        )
        return Resolved(mention, place, round(confidence, 3))

    def _thai_town_in_thai_text(self, mention: Mention, place: Place) -> bool:
        """A Thai-script name of a town: the Thai press writes about Thailand. A Thai town
        spelled as the Thai spell it (not บานสร้าง for บ้านสร้าง) needs no other support if it
        has some size, or, like the district towns GeoNames lists without a population
        (ด่านซ้าย, ภูเรือ), if its name is no ordinary word; a foreign town the gazetteer
        knows a Thai name for is notable when it has some size."""
        if mention.script != "thai":
            return False
        sized = place.population >= 10_000
        if place.country_code != "TH":
            return sized
        if place.name_th == mention.text and not self.recognizer.is_dictionary_word(mention.text):
            return True  # pythainlp lists towns among its words (มีนบุรี); not the dictionary
        name = mention.lookup or mention.text
        return sized and (place.name_th or "").replace("ฯ", "") == name.replace("ฯ", "")

    def _sound_alike(self, mention: Mention, document_countries: set[str]) -> Resolved:
        if mention.script != "thai" or not mention.trigger:
            return Resolved(mention, None, 0.0, "not in the gazetteer")
        thai_unit = mention.trigger in THAI_ADMIN_UNITS  # อำเภอปาย: a Thai district
        found = self.geocoder.candidates(
            mention.text, phonetic_only=True, limit=8, country_codes=["TH"] if thai_unit else None
        )
        if thai_unit or self.recognizer.is_made_of_words(mention.text):
            # a name of Thai words is a Thai (or Lao) one, or of a country the text is about
            nearby = {"TH"} if thai_unit else _THAI_SPEAKING | document_countries
            found = [c for c in found if c.place.country_code in nearby]
            # ... and sounds exactly as romanised: โนนข่า is not Nong Khae
            key = phonetic_of(mention.text)
            found = [c for c in found if phonetic_of(c.place.name) == key][:1]
        if self.geocoder.confident(found):
            return Resolved(mention, found[0].place, round(min(0.8, found[0].score - 0.1), 3))
        return Resolved(mention, None, 0.0, "no confident sound-alike")


def _near_named_places(places: list[Mention], scored: dict) -> dict[int, set[int]]:
    """For each mention, the towns among its senses that lie near a place another mention
    names without doubt: a state or province (inside its bounds), or a large town or a site
    (within NEAR_KM). Large towns count too, so that Miami in a Florida story stays the city."""
    anchors: list[tuple[str, Place]] = []
    for mention in places:
        ranked = scored[id(mention)]
        if not ranked:
            continue
        place = ranked[0].place
        runner_up = max((c.score for c in ranked[1:] if c.place.id != place.id), default=0.0)
        large = place.feature_type == "city" and place.population >= UNSUPPORTED_TOWN_POPULATION
        if (place.feature_type in ("admin1", "site") or large) and (
            ranked[0].score - runner_up >= ANCHOR_MARGIN
        ):
            anchors.append((mention.text.lower(), place))
    near: dict[int, set[int]] = {}
    for mention in places:
        ranked = scored[id(mention)]
        if not ranked or not _town_or_county(ranked[0].place):
            continue  # an area keeps its sense
        own = mention.text.lower()
        towns = {
            c.place.id
            for c in ranked
            if _town_or_county(c.place)
            and any(name != own and _close(c.place, anchor) for name, anchor in anchors)
        }
        # a city elsewhere of this very name (not Kiel, which some call Kyle), large and far
        # larger than the towns near the story (Paris, not the Lajeado of Sao Paulo state)
        largest_near = max((c.place.population for c in ranked if c.place.id in towns), default=0)
        large_elsewhere = any(
            c.place.feature_type == "city"
            and c.place.population >= UNSUPPORTED_TOWN_POPULATION
            and c.place.population >= LARGER_ELSEWHERE * largest_near
            and c.place.id not in towns
            and c.match != "alternate"
            for c in ranked
        )
        if towns and not large_elsewhere:
            near[id(mention)] = towns
    return near


def _state_code(place: Place) -> str | None:
    """The ISO 3166-2 code of the state a place lies in, where the place knows it."""
    if not place.admin1 or "-" in place.admin1:
        return place.admin1
    return f"{place.country_code}-{place.admin1}"


def _town_or_county(place: Place) -> bool:
    """Places of which one name has many, told apart by the places around them."""
    return place.feature_type == "city" or place.subtype == "county"


def _names_a_county(ranked: list[Candidate]) -> bool:
    return bool(ranked) and ranked[0].place.subtype == "county"


def _lies_in(place: Place, area: Place) -> bool:
    if place.country_code != area.country_code or place.id == area.id:
        return False
    return area.feature_type == "country" or _close(place, area)


def _close(town: Place, anchor: Place) -> bool:
    if anchor.feature_type == "admin1" and town.country_code in _STATE_CODED:
        return _state_code(town) == anchor.admin1  # Perry County, Kentucky; not Illinois
    if anchor.feature_type == "admin1" and anchor.bbox:
        west, south, east, north = anchor.bbox
        pad = _BOUNDS_PAD_DEGREES
        return west - pad <= town.lon <= east + pad and south - pad <= town.lat <= north + pad
    return haversine_km(town.lat, town.lon, anchor.lat, anchor.lon) <= NEAR_KM


def _with_nearness(ranked: list[Candidate], near: set[int]) -> list[Candidate]:
    if not near:
        return ranked
    lifted = [
        Candidate(c.place, c.score + NEAR_A_NAMED_PLACE, c.match) if c.place.id in near else c
        for c in ranked
    ]
    return sorted(lifted, key=lambda c: (-c.score, -c.place.population))


def _with_short_form(
    mention: Mention, ranked: list[Candidate], places: list[Mention], scored: dict
) -> list[Candidate]:
    """ "Congo" after "Democratic Republic of Congo": the short form names the same place,
    unless it is itself the exact name of a country or region ("Sudan" beside "South Sudan"
    is no short form: "South" is no descriptor)."""
    if (
        ranked
        and ranked[0].match == "exact"
        and ranked[0].place.feature_type in ("country", "admin1", "region", "water")
    ):
        return ranked
    words = mention.text.split()
    longer = set()
    for other in places:
        other_words = other.text.split()
        if len(other_words) <= len(words) or not scored[id(other)]:
            continue
        for at in range(len(other_words) - len(words) + 1):
            rest = other_words[:at] + other_words[at + len(words) :]
            if other_words[at : at + len(words)] == words and set(rest) <= _NAME_DESCRIPTORS:
                longer.add(scored[id(other)][0].place)
                break
    if len(longer) != 1:
        return ranked
    place = longer.pop()
    top = ranked[0].score if ranked else 1.0
    return [Candidate(place, top + SHORT_FORM, "short form")] + [
        c for c in ranked if c.place.id != place.id
    ]


def _among_countries(text: str, places: list[Mention], senses: dict) -> set[int]:
    """Mentions listed right beside a name whose best sense is a country (English lists)."""
    def country(mention: Mention) -> bool:
        found = senses[id(mention)]
        return bool(found) and max(found, key=lambda c: c.score).place.feature_type == "country"

    among = set()
    for a, b in itertools.pairwise(places):
        if text[a.end : b.start] in _LIST_GAPS and a.text != b.text:
            if country(b):
                among.add(id(a))
            if country(a):
                among.add(id(b))
    return among


def _placed_by_words(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions the words around make places: "over Perry", "Windsor, Healdsburg" (listed
    right after another place)."""
    placed = []
    for previous, mention in zip([None, *mentions], mentions, strict=False):
        listed = (
            previous is not None
            and previous.kind == "place"
            and text[previous.end : mention.start] in _LIST_GAPS
        )
        if mention.kind == "place" and (mention.trigger in _LOCATIVES or listed):
            if listed and previous not in placed:
                placed.append(previous)  # "New Braunfels and San Marcos": both
            placed.append(mention)
    return placed
