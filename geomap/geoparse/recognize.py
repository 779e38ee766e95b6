"""Find the spans of a text that name places (and the demonyms beside them).

Thai has no spaces between words, so Thai names are found with an Aho-Corasick automaton
over the normalised text and kept only where they sit on word boundaries of pythainlp's
tokenizer (given the matched names as extra dictionary words, so a place is one token).
Latin names, in English text or inside Thai text, are runs of capitalised words looked up
in the gazetteer, longest first.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from functools import cached_property

import ahocorasick
from pythainlp.corpus import (
    thai_family_names,
    thai_female_names,
    thai_male_names,
    thai_orst_words,
    thai_stopwords,
    thai_words,
)
from pythainlp.corpus.tnc import word_freqs
from pythainlp.tokenize import word_tokenize

from geomap.gazetteer import Gazetteer
from geomap.text import (
    NormalizedText,
    has_thai,
    normalize_with_offsets,
    phonetic,
    phonetic_of,
    thai_key,
)

# actors.csv kinds that name who acts for a state (never a place): "Russian", "the Kremlin",
# "Thai" the language, leaders ("Prabowo", "Lula") whose names stand for their countries, and
# state bodies Thai news names without a country ("ศาลอาญา": whose, the relations stage says)
ACTOR_KINDS = ("demonym", "organization", "language", "leader", "state_body")

# Military and police ranks, and doctors' titles, as the press abbreviates them: written
# before a name (ร.ต.อ.สุรินทร์, พล.ต.ต.ชุมพร), never before a place.
RANKS_TH = (
    "พล.อ.", "พล.ท.", "พล.ต.", "พ.อ.", "พ.ท.", "พ.ต.", "ร.อ.", "ร.ท.", "ร.ต.", "จ.ส.อ.",
    "จ.ส.ท.", "จ.ส.ต.", "ส.อ.", "ส.ท.", "ส.ต.", "พล.ร.อ.", "พล.ร.ท.", "พล.ร.ต.", "น.อ.", "น.ท.",
    "น.ต.", "พล.อ.อ.", "พล.อ.ท.", "พล.อ.ต.", "พล.ต.อ.", "พล.ต.ท.", "พล.ต.ต.", "พ.ต.อ.",
    "พ.ต.ท.", "พ.ต.ต.", "ร.ต.อ.", "ร.ต.ท.", "ร.ต.ต.", "ด.ต.", "ส.ต.อ.", "ส.ต.ท.", "ส.ต.ต.",
    "นพ.", "พญ.", "ทพ.", "ทพญ.", "ภก.", "ภญ.", "พลเอก", "พลโท", "พลตรี", "พันเอก", "พันโท",
    "พันตรี", "ร้อยเอก", "ร้อยโท", "ร้อยตรี", "พลตำรวจเอก", "พลตำรวจโท", "พลตำรวจตรี",
    "พันตำรวจเอก", "พันตำรวจโท", "พันตำรวจตรี", "ร้อยตำรวจเอก", "ร้อยตำรวจโท", "ร้อยตำรวจตรี",
    "ดาบตำรวจ", "จ่าสิบเอก", "สิบตำรวจเอก",
)  # fmt: skip
# Words after which a Thai name is a person, not a place.
PERSON_TITLES_TH = (
    "นาย", "นาง", "นางสาว", "น.ส.", "ด.ช.", "ด.ญ.", "คุณ", "ประธานาธิบดี", "นายกรัฐมนตรี",
    "นายกฯ", "รัฐมนตรี", "ดร.", "ศ.", "ผศ.", "รศ.", "เจ้าชาย",
    "เจ้าหญิง", "สมเด็จ", "ราชินี", "กษัตริย์", "ผู้ว่าฯ", "โฆษก", "พระครู", "พระมหา",
    "หลวงพ่อ", "หลวงปู่", "พระอาจารย์", *RANKS_TH,
)  # fmt: skip
# monks' titles too: พระครูสุรินทร์ธรรมวัฒน์ is a monk whose name begins with a province's
HONORIFICS_TH = (
    "นาย", "นาง", "นางสาว", "น.ส.", "ด.ช.", "ด.ญ.", "คุณ", "พระครู", "พระมหา", "หลวงพ่อ",
    "หลวงปู่", "พระอาจารย์", *RANKS_TH,
)  # fmt: skip
# A number before นาย counts people (ทหารพรานเจ็บ 3 นาย): no title of the name after it
_COUNTED_BEFORE = re.compile(r"[0-9๐-๙]\s?$")
# Named with the place they serve: the airport or station is the place mentioned.
_FACILITY_BEFORE_TH = re.compile(r"(?:ท่าอากาศยาน|สนามบิน)(?:นานาชาติ)?$|สถานีรถไฟ$")
# Words that say a place name follows: the sound-alike matcher may then try unknown words.
PLACE_TRIGGERS_TH = (
    "ที่", "ใน", "เมือง", "กรุง", "จังหวัด", "จ.", "รัฐ", "ภูมิภาค", "ประเทศ", "ฐานทัพ",
    "ชายแดน", "ท่าเรือ", "แคว้น", "สาธารณรัฐ", "อำเภอ", "ไปยัง", "เดินทางไป", "จาก", "ณ",
    "ฐาน", "โรงเรียน", "เขต", "ใกล้", "นคร", "แขวง", "มณฑล", "ตำบล", "เกาะ", "ด่าน",
    "ด่านพรมแดน",
)  # fmt: skip
# Thai districts and subdistricts: short names (ปาย) and only Thailand's
THAI_ADMIN_UNITS = ("อำเภอ", "ตำบล")
# Words that end names rather than sentences: ไซยะบุรี, ปทุมธานี, สตาลินกราด.
_NAME_ENDINGS_TH = frozenset({"บุรี", "ธานี", "นคร", "สถาน", "วิลล์", "เบิร์ก", "กราด", "ปุระ"})
_RUN_STOPS = frozenset(
    {
        "และ", "ใน", "ที่", "กับ", "ของ", "ซึ่ง", "โดย", "เพื่อ", "จาก", "ได้", "เป็น", "การ",
        "ว่า", "แต่", "หรือ", "มี", "ให้", "ไป", "มา", "จะ", "ก็", "นี้", "นั้น", "แล้ว", "ถึง",
        "ต่อ", "อยู่", "ยัง", "ความ",
    }
)  # fmt: skip
# Spelled before a name in running text but not part of it: อำเภออรัญประเทศ names อรัญประเทศ.
ADMIN_PREFIXES_TH = (
    "เทศบาลนคร", "เทศบาลเมือง", "เทศบาลตำบล", "ภูมิภาค", "อำเภอ", "จังหวัด", "มณฑล", "กรุง",
    "เมือง", "แขวง", "ตำบล", "แคว้น",
)  # fmt: skip
# A bare generic word, not part of the name it comes before: ท่าเรือโอเดสซา names โอเดสซา,
# ด่านเจดีย์สามองค์ the pass เจดีย์สามองค์.
_GENERIC_BEFORE_TH = ("ท่าเรือ", "จุดผ่านแดนถาวร", "จุดผ่านแดน", "ด่านพรมแดน", "ด่าน")
_PROVINCE_WORDS_TH = ("จังหวัด", "มณฑล", "แขวง")
# ... and a district or subdistrict is called what follows its word: อำเภอหัวหิน is หัวหิน
_UNIT_WORDS_TH = (*_PROVINCE_WORDS_TH, "อำเภอ", "ตำบล")
# A place right after these (in the same word) is part of a company's or club's name.
_ORGANISATION_WORDS_TH = re.compile(
    r"(?:ธนาคาร|บริษัท|บมจ\.|มหาวิทยาลัย|สโมสร|โรงแรม|สายการบิน|ห้างสรรพสินค้า|โรงพยาบาล"
    r"|พิพิธภัณฑ์)\s?"
    r"(?!.*(?:จาก|ของ|ใน|ที่|และ|แห่ง|บริเวณ|ย่าน|ริม|ใกล้|บน))[\u0e00-\u0e7f]{0,6}$"
)
# ... but a country right after บริษัท says whose firms they are: บริษัทจีน, บริษัทญี่ปุ่น
_FIRMS_BEFORE_TH = re.compile(r"บริษัท$")
# A place with these written after it names a company: บางกอกแลนด์, ไทยแอร์เอเชีย, ไทยออยล์,
# เมืองไทย ประกันชีวิต
_COMPANY_AFTER_TH = re.compile(
    r"(?:แลนด์|แอร์|ออยล์|กรุ๊ป|โฮลดิ้ง|คอร์ปอเรชั่น|คอร์ปอเรชัน|ยูเนี่ยน|เบฟ|แคปปิตอล"
    r"|ดีเวลลอปเม้นท์|พร็อพเพอร์ตี้|เทเลคอม|ลิสซิ่ง|\s?ประกัน(?:ชีวิต|ภัย))"
)
# ... and a place followed by these is a team: บุรีรัมย์ ยูไนเต็ด, เชียงราย ยูไนเต็ด.
_CLUB_SUFFIXES_TH = re.compile(
    r"\s?(?:ยูไนเต็ด|เอฟซี|เอฟ\.ซี\.|ซิตี้|ซิตี|ยูเนี่ยน|วอริเออร์|พอร์ต|โรเวอร์ส|แอธเลติก|เรนเจอร์ส"
    r"|ฮอตสเปอร์|อัลเบียน|วันเดอเรอร์ส|สเตเดียม|อารีนา)"  # ... or a venue: เอมิเรตส์ สเตเดียม
)
# ... also with a sponsor's name between: นครราชสีมา มาสด้า เอฟซี
_SPONSOR_AFTER = re.compile(r" [\u0e00-\u0e7fA-Za-z]{2,12}(?= )")
# ... or preceded by these: เรอัล มาดริด, บาเยิร์น มิวนิก, อินเตอร์ มิลาน.
_CLUB_PREFIXES_TH = re.compile(
    r"(?:เรอัล|แอตเลติโก|อินเตอร์|เอซี|บาเยิร์น|โบรุสเซีย|สปอร์ติ้ง|ดินาโม|โอลิมปิก)\s?$"
)
# A family name of the royal-lineage kind: นายกฤษดา ณ เชียงใหม่.
_NOBLE_SURNAME_TH = re.compile(
    r"(?:นาย|นาง|นางสาว|น\.ส\.|คุณ|ดร\.|ม\.ร\.ว\.|ม\.ล\.)[\u0e00-\u0e7f]{2,20}\s?ณ\s?$"
)
# ... or any family name: นายสมชาย ปากเกร็ด (not นายกรัฐมนตรี or นายอำเภอ, offices)
_FAMILY_NAME_TH = re.compile(
    r"(?<![0-9๐-๙,])(?<![0-9๐-๙,] )"  # 118 นาย counts soldiers
    r"(?:นาย|นาง|นางสาว|น\.ส\.|ด\.ช\.|ด\.ญ\.|ดร\.)(?!ก(?:รัฐมนตรี|ฯ|เทศมนตรี)|อำเภอ)"
    r"[\u0e00-\u0e7f]{2,20} $"
)
_OF_ANOTHER_COUNTRY = re.compile(r"\s?ของ(?!\s?(?:ประเทศ)?ไทย)")
_WORD_AFTER_A_SPACE = re.compile(r" ([\u0e00-\u0e7f]+)(?=[\s\"”,.)]|$)")
_GIVEN_NAME_AND_NA = re.compile(r"([\u0e00-\u0e7f]{2,20}) ณ $")
_TRIGGER_PATTERN = re.compile(
    "|".join(re.escape(t) for t in sorted(PLACE_TRIGGERS_TH, key=len, reverse=True))
)
_WORDS_BEFORE_LONGEST_FIRST = sorted(PLACE_TRIGGERS_TH + PERSON_TITLES_TH, key=len, reverse=True)
_THAI_OR_DIGIT = re.compile(r"[\u0e00-\u0e7f0-9]")
_MIN_KEY_ACROSS_SPACE = 8
_LONGEST_GLUED_WORD = 24  # characters of a word that swallowed a name's edge (เหนือกว่า)
_FREQUENT_WORD_COUNT = 700  # of the 33.5 million words of the Thai National Corpus
_ABBREVIATION = re.compile(r"[\u0e00-\u0e7f]{1,2}\.")
_THAI_CHUNK = re.compile(r"[\u0e00-\u0e7f]{3,30}")
# Hyphens join words, not letters: "Qatar-owned" holds Qatar, "Baku-Tbilisi-Kars" three
# cities, and "Guinea-Bissau" is still looked up whole as a run of two words.
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ'’.]*")
_PRODUCT_SUFFIX = re.compile(r"-(?:class|style|type)\b")
# Capitals with or without dots, short: US, U.S., UK, DRC (a dateline's LIMA is a word)
_ACRONYM = re.compile(r"[A-Z](?:\.[A-Z]){1,3}\.?|[A-Z]{2,3}")
_CURRENCY_MARK = re.compile(r"\$")  # US$5 and $US 1.5 billion are money, not the country
_ARTICLE_BEFORE = re.compile(r"(?<![A-Za-z])[ae]l-$")
_FACILITY_WORDS = ("International Airport", "Airport", "Air Base", "Airbase", "Air Station",
                   "Airfield", "Naval Base", "Naval Station", "Stadium")  # fmt: skip
_FEATURE_WORDS = frozenset("Valley Sea Desert Mountains Basin Plateau Strait Gulf Peninsula Delta"
                           " Coast Province Region Oblast Governorate Prefecture County District"
                           " State Island Islands".split())  # fmt: skip
# Class words of a named feature and the kinds of place the name may stand for, preferred
# first: เกาะช้าง, Lake Chad, Swat Valley are named after a place the gazetteer knows.
_ISLAND_WORD = "เกาะ"
_WATER = ("water", "site", "region")
_ISLAND = ("site", "region", "admin1", "city")
_LAND = ("site", "region", "admin1", "city")
FEATURE_CLASSES_TH = {
    "หาด": ("site", "city"), "เกาะ": _ISLAND, "ดอย": _LAND, "ภูเขา": _LAND, "หุบเขา": _LAND,
    "แม่น้ำ": _WATER, "ทะเลสาบ": _WATER, "อุทยานแห่งชาติ": _LAND, "สะพาน": ("site",),
    "อ่าว": _WATER, "ช่องแคบ": _WATER,
}  # fmt: skip
_CLASS_BEFORE_EN = {"Lake": _WATER, "Mount": _LAND, "Mt": _LAND, "Gulf of": _WATER,
                    "Strait of": _WATER, "County": ("admin1", "region")}  # fmt: skip
_CLASS_AFTER_EN = {"River": _WATER, "Valley": _LAND, "Island": _ISLAND, "Islands": _ISLAND,
                   "Bay": _WATER}  # fmt: skip
_CLASS_WORD_TH = re.compile(
    "(?:" + "|".join(sorted(FEATURE_CLASSES_TH, key=len, reverse=True)) + r")\s?$"
)
_CLASS_BEFORE_PATTERN_EN = re.compile(r"\b(Lake|Mount|Mt|Gulf of|Strait of|County)\.? $")
_CLUB_BEFORE = frozenset("Real Atlético Atletico Sporting Inter AC FC Dynamo Dinamo Olympique"
                         " Borussia Racing Deportivo Club".split())  # fmt: skip
_CLUB_AFTER = frozenset("United FC Rovers Wanderers Athletic Albion Hotspur Rangers Celtic"
                        " Utd City Town Forest Villa Wednesday Argyle Orient".split())  # fmt: skip
# A country or province followed by these names an organisation or a work (Kenya Red Cross,
# the Thailand-Myanmar Friendship Bridge): its name is no part of a person's name, so later
# bare mentions of it stay places.
_ORGANISATION_TAILS_EN = frozenset("""Red Cross Bank Group Airways Airlines Council University
    College Institute Agency Authority Corporation Corp Company Inc Ltd Limited Association
    Federation League Party Front Movement Times Post News Herald Daily Telegraph Tribune
    Journal Gazette Telecom Energy Oil Petroleum Gas Power Electric Society
    Foundation Commission Committee Service Services Department Office Court Exchange Fund
    Trust Union Holdings Industries Motors Railways Railway Rail Ports Mining Minerals
    Resources Securities Media Broadcasting Television Radio Press Review Cement Steel
    Orchestra Festival Games Cup Open Marathon Police Army Navy Guard Forces Ministry
    Government Parliament Assembly Congress Hospital School Academy Museum Bridge Airport Port
    Station Dam Highway Road Canal Tunnel Zone Corridor Crossing Embassy Street Avenue Lane
    Boulevard Square Drive Cartel""".split())
_STREET_WORDS = frozenset("Road Street Avenue Lane Boulevard Square Drive".split())
# A place right after these names where the organisation or facility is, not a person's name.
_ORGANISATION_WORDS_EN = frozenset("Village Villages Camp Hospital Church Mission Office Centre"
                                   " Center Clinic Embassy Consulate Prison".split())  # fmt: skip
# Capitalised words before a name that are no person's given name
_NOT_GIVEN_NAMES = frozenset("""north south east west central northern southern eastern western
    northeast northwest southeast southwest northeastern northwestern southeastern southwestern
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december""".split())
# AP style names a state by a short form after a town: "SANTA ROSA, Calif.", "Macon, Ga."
_STATE_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,4}\.")
_AFTER_A_TOWN = re.compile(r"[A-Z][\w'’.-]*, $")
# "Southern Indiana" describes a part; "West Java" names one (the gold agrees)
_DIRECTIONS = frozenset("North South East West Central".split())
# "Sonoma and Napa counties": the class word after a list names each item's full name
_CLASS_PLURALS = {"counties": "County", "parishes": "Parish", "provinces": "Province",
                  "oblasts": "Oblast", "governorates": "Governorate"}  # fmt: skip
# Lowercase words that end some names: the Baltic states, the Gulf countries.
_LOWERCASE_NAME_ENDS = frozenset("states countries islands region sea mountains".split())
_CONNECTORS = {"of", "de", "del", "la", "le", "upon", "on", "al", "el", "and", "da", "do", "dos"}
_ROLE_WORDS = {
    "mayor", "governor", "government", "police", "officials", "authorities", "province",
    "city", "airport", "region", "state", "county", "district", "embassy", "army", "forces",
    "president", "minister", "ministry", "military", "troops", "border", "port", "capital",
    "says", "said", "has", "is", "was", "will",
}  # fmt: skip
# "Japan Foreign Minister Takeshi Iwaya", "New Zealand Prime Minister": the state's official
_TITLE_AFTER = frozenset(
    "prime foreign defence defense deputy vice interior finance trade ambassador envoy premier"
    " chancellor king queen emir crown".split()
)


# Capitalised at the start of a sentence, these are words, whatever towns share their names.
ENGLISH_NON_PLACES = frozenset(
    """a about after all also an and another any are as at be because been before being
    both but by can could did do does during each either even every few for from further
    had has have he her here hers him his how however i if in into is it its just last
    least less many may me might more most much must my neither next no nor not now of
    off often on once one only or other our out over own perhaps same several shall she
    should since so some still such than that the their them then there these they this
    those though through thus to too under unless until up upon us very was we were what
    when where whether which while who whom whose why will with within without would yet
    you your monday tuesday wednesday thursday friday saturday sunday january february
    march april june july august september october november december north south east west
    northern southern eastern western central northeast northwest southeast southwest
    university college school hospital airport government ministry department police
    president minister officials according health news report reports reuters meanwhile
    today yesterday tomorrow mr mrs ms dr sir saint god""".split()
)
# Navies' ship prefixes: the name after one is a ship's ("HMAS Canberra", "INS Delhi")
SHIP_PREFIXES = frozenset(
    "USS USNS HMS HMAS HMCS HMNZS INS JS ROKS BRP KRI PNS RSS HNLMS FGS TCG ITS ESPS HTMS KD"
    " RFS CNS SAS HDMS HNoMS HSwMS NRP BNS".split()
)
PERSON_TITLES_EN = frozenset(
    "mr mrs ms miss dr sir lord lady president senator governor minister general colonel"
    " captain judge professor prof rev king queen prince princess pope".split()
)


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str = "place"  # place, demonym (an actor, never output as a place), border
    script: str = "latin"
    place_ids: list[int] = field(default_factory=list)
    countries: tuple[str, ...] = ()  # for demonyms and borders
    trigger: str = ""  # the Thai word or English preposition just before
    lookup: str = ""  # the name to look up when the span says more (Fergana for Fergana Valley)
    feature_types: tuple[str, ...] = ()  # what a class word makes of it (เกาะ: an island)


class Recognizer:
    """Built once per gazetteer; `find(text)` is thread-safe."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._thai = ahocorasick.Automaton()
        thai_keys: dict[str, list[int]] = {}
        for key, place_id in gazetteer.thai_names(max_quality=1):
            thai_keys.setdefault(key, []).append(place_id)
        _fold_admin_prefixes(thai_keys)
        _fold_island_words(thai_keys, gazetteer)
        for key, ids in thai_keys.items():
            self._thai.add_word(key, ("place", key, tuple(ids)))
        self.demonyms: dict[str, str] = {}
        self._abbreviations: set[str] = set()  # ทร., ทอ.: keys whose dot the key drops
        # leaders named in full ("Lee Jae-myung"): their names alone are people, not towns
        self._leader_names = [
            actor.term for actor in gazetteer.actor_terms()
            if actor.kind == "leader" and " " in actor.term and not has_thai(actor.term)
        ]  # fmt: skip
        for actor in gazetteer.actor_terms():
            key = thai_key(actor.term) if has_thai(actor.term) else actor.term.lower()
            if has_thai(key) and actor.term.endswith("."):
                self._abbreviations.add(key)
            if actor.kind in ACTOR_KINDS:
                self.demonyms.setdefault(key, actor.country_code or "")
                if has_thai(key) and not self._names_a_site(thai_keys.get(key, ())):
                    self._thai.add_word(key, (actor.kind, key, (actor.country_code or "",)))
        self._thai.make_automaton()
        self._common_words = frozenset(thai_words())
        self._words = _PrefixDictionary(self._common_words)
        # the Royal Institute's dictionary: ordinary words (สอง, พล, ชนบท), hardly any towns
        self._dictionary_words = frozenset(thai_orst_words())
        self._person_names = frozenset(thai_male_names()) | frozenset(thai_female_names())
        self._family_names = frozenset(thai_family_names())
        self._stopwords = frozenset(thai_stopwords())

    # Thai -------------------------------------------------------------------------
    def _thai_mentions(self, text: str) -> list[Mention]:
        norm, spaces = _matching_text(normalize_with_offsets(text))
        ordered_spaces = sorted(spaces)
        raw: list[tuple[int, int, tuple]] = []
        for end_index, value in self._thai.iter(norm.text):
            key = value[1]
            start = end_index - len(key) + 1
            after = bisect.bisect_right(ordered_spaces, start)
            if (
                after < len(ordered_spaces) and ordered_spaces[after] <= end_index
                and value[0] != "leader"  # "หวัง อี้", "ฮุน เซน": a person's names, spaced
                and (
                    len(key) < _MIN_KEY_ACROSS_SPACE
                    or self._words_apart(text[slice(*norm.span(start, end_index + 1))])
                )
            ):  # fmt: skip
                continue  # two words that happen to spell a name
            raw.append((start, end_index + 1, value))
        # places and actors are chosen apart: a country inside an organisation's name
        # (กระทรวงการต่างประเทศรัสเซีย) still counts, one inside a demonym (ชาวอัฟกัน) does not
        actors = _longest_non_overlapping([r for r in raw if r[2][0] != "place"])
        swallowing = [r for r in actors if r[2][0] in ("demonym", "language")]
        places = [r for r in raw if r[2][0] == "place" and not _inside_one_of(r, swallowing)]
        chosen = _longest_non_overlapping(places)
        tokens = self._tokens(text, [text[slice(*norm.span(s, e))] for s, e, _ in chosen])
        boundaries = {0}
        for _, end in tokens:
            boundaries.add(end)

        def on_edges(found: list[tuple[int, int, tuple]]) -> list[tuple[tuple, tuple]]:
            """The matches on word edges, each with its span in the text."""
            kept = []
            for match in found:
                a, b = norm.span(match[0], match[1])
                if text.startswith(".", b) and (
                    "." in text[a:b] or match[2][1] in self._abbreviations
                ):
                    b += 1  # วอชิงตัน ดี.ซี., ทร. end with their abbreviation's dot
                if self._on_word_edges(text, a, b, tokens, boundaries):
                    kept.append((match, (a, b, match[2])))
            return kept

        kept = on_edges(actors) + on_edges(chosen)
        if len(kept) < len(actors) + len(chosen):
            # a longest match off the word edges (ทะเลฟิลิปปิน|ส์) leaves room for a shorter one
            tried = {(s, e) for s, e, _ in chosen}
            held = [match for match, _ in kept if match[2][0] == "place"]
            kept += on_edges(_longest_non_overlapping([
                r for r in places if (r[0], r[1]) not in tried and not _overlaps_one_of(r, held)
            ]))  # fmt: skip
        spans = sorted((span for _, span in kept), key=lambda span: span[0])
        mentions = []
        for a, b, value in spans:
            kind, _, payload = value
            surface = text[a:b]
            trigger = _thai_word_before(text, a)
            if kind in ACTOR_KINDS:
                mentions.append(
                    Mention(
                        a, b, surface, "demonym", "thai", countries=tuple(p for p in payload if p)
                    )
                )
                continue
            if text[max(0, a - 3) : a] == "ชาว":
                continue
            if (
                (trigger in HONORIFICS_TH and text.endswith(trigger, 0, a))
                or (trigger in PERSON_TITLES_TH and not self._names_an_area(payload))
            ) and not _COUNTED_BEFORE.search(text, 0, text.rindex(trigger, 0, a)):
                continue  # นายชุมพร is a man; ประธานาธิบดีรัสเซีย is still Russia
            if self._in_a_persons_name(text, a, b) or self._a_part_of_another_country(
                text, b, payload
            ):
                continue
            generic = next((g for g in _GENERIC_BEFORE_TH if surface.startswith(g)), "")
            if generic and (rest := self._thai.get(thai_key(surface[len(generic) :]), None)):
                if rest[0] != "place":
                    continue
                a, surface, payload = a + len(generic), surface[len(generic) :], rest[2]
            lookup = ""
            feature_types: tuple[str, ...] = ()
            if named := _CLASS_WORD_TH.search(text, max(0, a - 16), a):
                feature_types = FEATURE_CLASSES_TH[named.group().rstrip()]
                of_class = self._of_types(payload, feature_types)
                if not of_class and not named.group().endswith(" "):
                    continue  # แม่น้ำ + a town's name: a river we do not know, not the town
                if of_class:
                    payload = of_class
                else:
                    feature_types = ()  # รอบเกาะ ญี่ปุ่นส่ง: a phrase ends before the name
                # the span stays the name: เกาะภูเก็ต is written ภูเก็ต in the gold
            elif text[max(0, a - 3) : a] == "รัฐ" and self._names_an_area(payload):
                a, lookup = a - 3, surface  # รัฐกะเหรี่ยง: the state is named with its word
            elif match := _FACILITY_BEFORE_TH.search(text, max(0, a - 24), a):
                a, lookup = match.start(), surface  # ท่าอากาศยานแม่สอด: the airport
            surface = text[a:b]
            if _inside_a_thai_name(text, a, b) and not (
                _FIRMS_BEFORE_TH.search(text, max(0, a - 8), a)
                and any(self.gazetteer.place(p).feature_type == "country" for p in payload)
            ):
                continue  # บริษัทจีน are Chinese firms, ธนาคารกรุงเทพ is a bank
            mentions.append(
                Mention(
                    a, b, surface, "place", "thai", list(payload), trigger=trigger,
                    lookup=lookup, feature_types=feature_types,
                )
            )
        taken = _covered(mentions)
        for a, b in self._unknown_words(text, boundaries):
            if taken.isdisjoint(range(a, b)):
                trigger = _thai_word_before(text, a)
                mentions.append(Mention(a, b, text[a:b], "place", "thai", [], trigger=trigger))
        return mentions

    def _on_word_edges(
        self, text: str, a: int, b: int, tokens: list[tuple[int, int]], boundaries: set[int]
    ) -> bool:
        """Whether the name at a..b stands on word edges, though the tokenizer may not say so.

        newmm breaks ties between segmentations of equal length blindly, so a name glued to
        the next word can lose its last syllable to it: เกาหลี|เหนือกว่า for เกาหลีเหนือ|กว่า,
        ยุโรป|ตะวันออกใกล้. An edge inside a token still holds where the tokenizer cut the name
        itself and both halves of that token are words. A name wholly inside a compound
        (น่านน้ำ, แพร่ระบาด, ทดลอง) stays out, unless a province or district word comes right
        before it and the compound is a rare word: จังหวัดตากฝนจะตก is Tak, not ตากฝน.
        """
        for edge in (a, b):
            if edge in boundaries:
                continue
            first, last = tokens[bisect.bisect_right(tokens, (edge, len(text))) - 1]
            if last - first > _LONGEST_GLUED_WORD:
                return False  # a run the tokenizer could not split at all is no word
            if edge == b:
                inner, outer, name_cut = text[first:b], text[b:last], first > a
            else:
                inner, outer, name_cut = text[a:last], text[first:a], last < b
            if name_cut:
                if not (self._all_words(inner) and self._all_words(outer)):
                    return False
            elif not (
                edge == b
                and first == a
                and text.endswith(_UNIT_WORDS_TH, 0, a)
                and text[first:last] not in self._frequent_words
                and self._all_words(outer)
            ):
                return False
        return True

    def _a_part_of_another_country(self, text: str, end: int, place_ids) -> bool:
        """ภาคเหนือของซีเรีย: a region of Thailand named by its direction, said of another
        country, is that country's part (ภาคอีสานของไทย stays)."""
        if not _OF_ANOTHER_COUNTRY.match(text, end):
            return False
        west, south, east, north = self.gazetteer.country("TH").bbox
        return bool(place_ids) and all(
            (place := self.gazetteer.place(pid)).feature_type == "region"
            and west <= place.lon <= east
            and south <= place.lat <= north
            for pid in place_ids
        )

    def _words_apart(self, span: str) -> bool:
        """ตะวันออก ใกล้, ทะเล ฟิลิปปินส์: a long name matched across spaces whose pieces are
        each an ordinary word or a country's name is those words, written apart."""
        return all(
            self.is_dictionary_word(piece) or self._names_a_country_th(piece)
            for piece in span.split(" ")
            if piece
        )

    def _names_a_country_th(self, word: str) -> bool:
        hit = self._thai.get(thai_key(word), None)
        return hit is not None and hit[0] == "place" and any(
            self.gazetteer.place(pid).feature_type == "country" for pid in hit[2]
        )

    def _all_words(self, piece: str) -> bool:
        """Whether `piece` is one or more dictionary words and nothing else."""
        tokens = word_tokenize(piece, custom_dict=self._words, engine="newmm") if piece else []
        return bool(tokens) and all(t in self._common_words for t in tokens)

    def _in_a_persons_name(self, text: str, start: int, end: int) -> bool:
        """สุรินทร์ แก้วมณี, "สุรินทร์ ณ ระนอง": a given name that provinces share, with a
        family name after it (or the royal-lineage ณ and a place), is a person, titled or not;
        so is the place in such a family name."""
        after = _WORD_AFTER_A_SPACE.match(text, end)
        if text[start:end] in self._person_names and after:
            family = after.group(1)
            if family == "ณ" or (
                family in self._family_names and thai_key(family) not in self._thai
            ):
                return True
        before = _GIVEN_NAME_AND_NA.search(text, max(0, start - 30), start)
        words = [before.group(1)[i:] for i in range(len(before.group(1)) - 3)] if before else []
        return any(
            w in self._person_names and not self.is_frequent_word(w) for w in words
        )  # นายสุรินทร์ ณ ระนอง; not ประชุม (a name, but a common word first) ณ เชียงใหม่

    def _unknown_words(self, text: str, boundaries: set[int]) -> list[tuple[int, int]]:
        """Foreign names written in Thai that no gazetteer holds, right after a trigger word.

        The tokenizer breaks such a name into syllables it half knows (เบส|ลัน, อิน|กู|เชเตีย)
        and may even split the trigger (เมือ|งก|รืด), so the words after each trigger are
        tokenized on their own; we take the run of short or unknown tokens that follows.
        """
        runs = []
        ordered = sorted(boundaries)
        for trigger in _TRIGGER_PATTERN.finditer(text):
            start = trigger.end()
            if trigger.start() not in boundaries:
                continue  # ฐาน inside มาตรฐาน
            after = bisect.bisect_right(ordered, trigger.start())
            first_token_end = ordered[after] if after < len(ordered) else start
            if first_token_end > start:
                continue  # ที่ of ที่ดิน; but เมือ|งก|รืด is a trigger the tokenizer misread
            chunk = _THAI_CHUNK.match(text, start)
            if not chunk:
                continue
            if trigger.group() in THAI_ADMIN_UNITS:
                # อำเภอแม่สะเรียง: a Thai name is Thai words, so take the longest run that
                # sounds exactly like a Thai town of the gazetteer
                if name_end := self._thai_town_name(chunk.group()):
                    runs.append((start, start + name_end))
                continue
            run_end = start
            unknown = False
            pieces = 0
            for token in word_tokenize(chunk.group(), custom_dict=self._words, engine="newmm"):
                known = token in self._common_words and token not in _NAME_ENDINGS_TH
                if token in _RUN_STOPS or (known and len(token) > 3) or pieces >= 6:
                    break
                run_end += len(token)
                pieces += 1
                unknown = unknown or not known
            word = text[start:run_end]
            if self.is_dictionary_word(word) or word in self._frequent_words:
                continue  # ในวันพุธ: a word the tokenizer split, not a foreign name
            shortest = 2 if trigger.group() in THAI_ADMIN_UNITS else 4
            if (unknown or pieces >= 2 or shortest == 2) and run_end - start >= shortest:
                runs.append((start, run_end))
        return runs

    def _thai_town_name(self, chunk: str) -> int:
        """How much of `chunk` (after อำเภอ or ตำบล) names a Thai town, by its sound."""
        tokens = word_tokenize(chunk, custom_dict=self._words, engine="newmm")
        for size in range(min(4, len(tokens)), 0, -1):
            name = "".join(tokens[:size])
            key = phonetic_of(name)
            if len(key) < 2 or name in _RUN_STOPS or self.is_dictionary_word(name):
                continue  # อำเภอของจังหวัด: words, not a town named ของ
            for place, _ in self.gazetteer.sounds_like(key, limit=300, cutoff=99):
                if place.country_code == "TH" and phonetic(place.name) == key:
                    return len(name)
        return 0

    def _tokens(self, text: str, surfaces: list[str]) -> list[tuple[int, int]]:
        added = frozenset(s for s in surfaces if s not in self._common_words)
        dictionary = _WithNames(self._words, added) if added else self._words
        tokens = word_tokenize(text, custom_dict=dictionary, engine="newmm")
        spans = []
        position = 0
        for token in tokens:
            spans.append((position, position + len(token)))
            position += len(token)
        return spans

    def _names_a_large_place(self, place_ids) -> bool:
        """A country, a first-level region or a city of half a million people or more."""
        return any(
            (place := self.gazetteer.place(pid)).feature_type in ("country", "admin1")
            or place.population >= 500_000
            for pid in place_ids
        )

    def _a_large_place_at(self, words, index: int) -> bool:
        """Whether the capitalised words from `index` on name a large place (Jakarta Manila)."""
        for size in (3, 2, 1):
            run = words[index : index + size]
            if len(run) == size and all(_capitalised(w) for _, _, w in run):
                hit = self._lookup_latin(" ".join(w for _, _, w in run))
                if hit and hit[0] == "place" and self._names_a_large_place(hit[1]):
                    return True
        return False

    def _area_around(self, word: str, place_ids) -> bool:
        """ "Paris France" is two places: France holds a Paris. "Paris Hilton" (Hilton being a
        town), "Jordan Madrid" (no Jordan lies in Madrid) are people, and "Bayern Munich" (an
        area before its town) is a club."""
        hit = self._lookup_latin(word)
        if hit is None or hit[0] != "place":
            return False
        areas = [self.gazetteer.place(pid) for pid in hit[1]]
        return any(_inside(self.gazetteer.place(p), a) for p in place_ids for a in areas)

    def _names_a_country(self, word: str) -> bool:
        hit = self._lookup_latin(word)
        return hit is not None and any(
            self.gazetteer.place(pid).feature_type == "country" for pid in hit[1]
        )

    def _names_a_site(self, place_ids) -> bool:
        """ทำเนียบขาว speaks for the US, but it is also a building on the map."""
        return any(self.gazetteer.place(pid).feature_type == "site" for pid in place_ids)

    def _of_types(self, place_ids, feature_types: tuple[str, ...]) -> list[int]:
        return [p for p in place_ids if self.gazetteer.place(p).feature_type in feature_types]

    def _names_an_area(self, place_ids) -> bool:
        return any(self.gazetteer.place(pid).feature_type != "city" for pid in place_ids)

    def is_common_word(self, surface: str) -> bool:
        return surface in self._common_words or surface in self._person_names

    @cached_property
    def _frequent_words(self) -> frozenset[str]:
        """Words the Thai National Corpus meets in running text more than ~20 times per
        million words (เลย, ตาก): a place so named needs the text to say it is one. Read on
        first need: the list costs a tenth of a second, and English text never needs it."""
        return frozenset(w for w, n in word_freqs() if n >= _FREQUENT_WORD_COUNT)

    def is_frequent_word(self, surface: str) -> bool:
        """An ordinary word met often in running text (เลย, ตาก), not a frequent name (ภูเก็ต)."""
        return surface in self._dictionary_words and surface in self._frequent_words

    def is_made_of_words(self, surface: str) -> bool:
        """หาดยาว (long beach) is Thai words, a name given in Thai; เบสลัน is a foreign name
        spelled by ear, whose syllables are mostly no words."""
        tokens = word_tokenize(surface, custom_dict=self._words, engine="newmm")
        return all(t in self._dictionary_words for t in tokens)

    def is_dictionary_word(self, surface: str) -> bool:
        """An ordinary Thai word, not only a name pythainlp happens to know."""
        return surface in self._dictionary_words

    # Latin ------------------------------------------------------------------------
    def _latin_mentions(self, text: str, thai_context: bool) -> list[Mention]:
        words = [(m.start(), m.end(), m.group()) for m in _LATIN_WORD.finditer(text)]
        lowercase_words = {w for _, _, w in words if w.islower()}
        self.gazetteer.lookup_many(_capitalised_runs(text, words))  # one query, then cached
        person_parts = {  # "South Korea's Lee ... Lee Jae-myung": Lee is the man
            part for name in self._leader_names if name in text
            for part in name.split() if not self._names_a_country(part)
        }  # fmt: skip
        mentions: list[Mention] = []
        before_class = self._listed_before_a_class_word(text, words)
        i = 0
        while i < len(words):
            start, _, word = words[i]
            if not _capitalised(word):
                i += 1
                continue
            if word in SHIP_PREFIXES:  # "HMCS Ville de Quebec", "HMS Prince of Wales": a ship
                j = i + 1
                while (
                    j < len(words) and j - i <= 5 and _contiguous(text, words[j - 1 : j + 1])
                    and (_capitalised(words[j][2]) or words[j][2] in _CONNECTORS)
                ):
                    j += 1
                if j > i + 1 and self._lookup_latin(text[start : words[j - 1][1]]) is None:
                    i = j  # ... unless the whole is a shore base's name ("HMAS Stirling")
                    continue
            if i in before_class:
                size, lookup, ids = before_class[i]
                end = words[i + size - 1][1]
                mentions.append(
                    Mention(start, end, text[start:end], place_ids=ids, lookup=lookup,
                            trigger=words[i - 1][2].lower() if i else "")
                )  # fmt: skip
                i += size
                continue
            found = None
            for size in range(min(6, len(words) - i), 0, -1):
                span = words[i : i + size]
                hyphenated = size > 1 and text[span[-1][0] - 1] == "-"  # "Lee Jae-myung"
                if not (_capitalised(span[-1][2]) or hyphenated) or not _contiguous(text, span):
                    continue
                surface = _strip_possessive(text[start : span[-1][1]]).rstrip(".")
                if size == 1 and _ACRONYM.fullmatch(surface):
                    if "." in surface and text.startswith(".", start + len(surface)):
                        surface += "."  # U.S. keeps its last dot, even at a sentence's end
                    if _CURRENCY_MARK.match(text, start + len(surface)) or text[
                        max(0, start - 1) : start
                    ] == "$":
                        continue
                elif size == 1 and (state := self._state_after_a_town(text, start, word)):
                    found = (1, start + len(word), word, ("place", state, ()))
                    break
                elif size == 1 and (
                    surface.lower() in ENGLISH_NON_PLACES
                    or surface.lower() in lowercase_words
                    or (surface in person_parts and surface.lower() not in self.demonyms)
                ):
                    continue
                end = start + len(surface)
                hit = self._lookup_latin(surface)
                if hit is not None:
                    found = (size, end, surface, hit)
                    break
            if found is None:
                i += 1
                continue
            size, end, surface, (kind, ids, countries) = found
            if size == 1 and _CLASS_BEFORE_PATTERN_EN.match(text[start : end + 4]):
                i += 1  # the Gulf of Guinea is not Papua New Guinea's Gulf province
                continue
            if kind == "place" and size > 1 and word == "The" and not any(
                self.gazetteer.place(pid).name.startswith("The ")
                and self.gazetteer.place(pid).feature_type != "site"
                for pid in ids
            ):
                i, size, surface = i + 1, size - 1, surface[4:]  # White House, not The Hague
                start = words[i][0]
            before = words[i - 1][2] if i > 0 else ""
            after = words[i + size][2] if i + size < len(words) else ""
            if kind == "place" and (
                before.lower().rstrip(".") in PERSON_TITLES_EN
                or self._part_of_a_name(
                    text, words, i, size, before, after, strict=thai_context,
                    after_a_place=bool(mentions) and mentions[-1].end == words[i - 1][1],
                )
            ):
                if not (
                    (self._names_an_area(ids) or after.rstrip(".") in _STREET_WORDS)
                    and _names_an_organisation(text, words, i + size)
                ):  # Whitechapel Road is a street: Whitechapel stays a place
                    person_parts.update(w for _, _, w in words[i : i + size])
                person_parts.update(
                    w for w in (before, after) if w and _capitalised(w) and w in text[
                        max(0, start - len(w) - 1) : words[i + size - 1][1] + len(w) + 1
                    ] and not self._names_a_country(w)
                )  # fmt: skip
                i += size
                while (
                    i < len(words)
                    and _capitalised(words[i][2])
                    and _contiguous(text, words[i - 1 : i + 1])
                    and not re.search(r"[a-z]{2}\.$", words[i - 1][2])
                ):
                    i += 1  # the rest of the name (Paris Saint-Germain), not the next sentence
                continue
            if kind == "place" and _PRODUCT_SUFFIX.match(text, end):
                i += size  # Virginia-class submarines
                continue
            lookup = surface
            feature_types: tuple[str, ...] = ()
            if kind == "place" and (named := _named_feature(text, words, i + size, start, end)):
                start, end, extra, feature_types = named
                ids = self._of_types(ids, feature_types)
                size += extra
                if not ids:
                    i += size
                    continue  # Lake Erie is not the town of Erie: a feature we do not know
            elif kind == "place" and i + size < len(words):
                feature = words[i + size]
                facility = next((f for f in _FACILITY_WORDS if text.startswith(" " + f, end)), None)
                if feature[2].rstrip(".") in _FEATURE_WORDS and text[end : feature[0]] == " ":
                    # Fergana Valley, Tasman Sea: the feature of that name
                    end = feature[0] + len(feature[2].rstrip("."))
                    size += 1
                elif facility:
                    end += 1 + len(facility)  # Taoyuan International Airport
                    size += facility.count(" ") + 1
            if kind == "place" and i + size < len(words):
                common = words[i + size]
                if common[2] in _LOWERCASE_NAME_ENDS and text[end : common[0]] == " ":
                    whole = text[start : common[1]]
                    if any(
                        q == 0 and p.feature_type in ("region", "water")
                        for p, q in self.gazetteer.lookup(whole)
                    ):
                        end, size, lookup = common[1], size + 1, whole  # the Baltic states
            if (
                kind == "place"
                and i > 0
                and words[i - 1][2] in _DIRECTIONS
                and text[words[i - 1][1] : start] == " "
                and any(self.gazetteer.place(p).feature_type in ("admin1", "region") for p in ids)
            ):
                start = words[i - 1][0]  # West Java: a part of a province or region, named
            if kind == "place" and _ARTICLE_BEFORE.search(text, 0, start):
                start -= 3  # al-Jufra
            surface = text[start:end]
            trigger = _thai_word_before(text, start) if thai_context else before.lower()
            mentions.append(
                Mention(
                    start, end, surface, kind, "latin" if not thai_context else "latin-in-thai",
                    place_ids=ids, countries=countries, trigger=trigger,
                    lookup=lookup if lookup != surface else "", feature_types=feature_types,
                )
            )  # fmt: skip
            i += size
        return mentions

    def _listed_before_a_class_word(
        self, text: str, words: list[tuple[int, int, str]]
    ) -> dict[int, tuple[int, str, list[int]]]:
        """ "Perry, Knott and Breathitt counties": each name stands for "X County". Returns,
        by the index of each name's first word, its length in words, the full name and the
        areas so called."""
        found: dict[int, tuple[int, str, list[int]]] = {}
        for index, (_, _, word) in enumerate(words):
            singular = _CLASS_PLURALS.get(word.rstrip("."))
            if singular is None:
                continue
            last = index - 1
            while last >= 0 and _capitalised(words[last][2]):
                first = last
                while (
                    first > 0
                    and _capitalised(words[first - 1][2])
                    and text[words[first - 1][1] : words[first][0]] == " "
                ):
                    first -= 1
                name = text[words[first][0] : words[last][1]]
                full = f"{name} {singular}"
                ids = [
                    p.id for p, q in self.gazetteer.lookup(full)
                    if q == 0 and p.feature_type != "city"
                ]  # fmt: skip
                if not ids:
                    break
                found[first] = (last - first + 1, full, ids)
                gap = text[words[first - 1][1] : words[first][0]] if first > 0 else ""
                if gap == ", ":
                    last = first - 1
                elif first > 1 and words[first - 1][2] == "and" and gap == " ":
                    last = first - 2
                    if text[words[last][1] : words[last + 1][0]] not in (" ", ", "):
                        break
                else:
                    break
        return found

    def _state_after_a_town(self, text: str, start: int, word: str) -> list[int]:
        """ "SANTA ROSA, Calif." and "Macon, Ga.": the US state an AP short form stands for."""
        if not _STATE_ABBREVIATION.fullmatch(word) or not _AFTER_A_TOWN.search(
            text, max(0, start - 40), start
        ):
            return []
        return [
            p.id for p, q in self.gazetteer.lookup(word)
            if q == 1 and p.feature_type == "admin1" and p.country_code == "US"
        ]  # fmt: skip

    def _lookup_latin(self, surface: str) -> tuple[str, list[int], tuple[str, ...]] | None:
        lowered = surface.lower()
        exact = [p.id for p, q in self.gazetteer.lookup(surface) if q == 0]
        if lowered in self.demonyms and not self._names_a_site(exact):
            code = self.demonyms[lowered]
            return ("demonym", [], (code,) if code else ())
        if _ACRONYM.fullmatch(surface):
            # US, U.S., UK, DRC name countries and states through their alias tables; a
            # name that only folds to the acronym (the town Us, the atoll Raa) is not it
            places = [
                (p, q) for p, q in self.gazetteer.lookup(surface)
                if (q == 1 or p.name == surface)
                and p.feature_type in ("country", "admin1", "region")
            ]  # fmt: skip
            return ("place", [p.id for p, _ in places], ()) if places else None
        # a town's alternate names are a zoo ("If" is a name of Nimba); trust them only
        # for areas, sites and large cities
        places = [
            (p, q)
            for p, q in self.gazetteer.lookup(surface)
            if q == 0
            or (q == 1 and (p.feature_type != "city" or p.population >= 100_000))
            or p.name == f"{surface} Town"  # Tawang Town
        ]
        if len(surface) <= 4:
            # Ga, La, Mass are US states only as AP short forms after a town
            places = [
                (p, q) for p, q in places
                if not (q == 1 and p.feature_type == "admin1" and p.country_code == "US")
            ]  # fmt: skip
        if not places:
            return None
        return ("place", [p.id for p, _ in places], ())

    def _part_of_a_name(
        self, text, words, i, size, before, after, strict=False, after_a_place=False
    ) -> bool:
        """Paris Hilton, Jordan Henderson, Washington Post: a place inside a name.

        Inside Thai text (`strict`) a Latin word next to another capitalised Latin word is
        part of a name ("Yuri Borisov"), unless that word begins or ends a large place's
        name: Thai text lists Latin names with spaces alone ("Kuala Lumpur Jakarta").
        """
        after_start = words[i + size][0] if i + size < len(words) else None
        end = words[i + size - 1][1]
        last = words[i + size - 1][2]
        if last.endswith(".") or last.endswith(("'s", "’s", "'", "’")):
            after = ""  # the sentence ends here; a possessive ends the name (Spain's King)
        adjacent_after = after_start is not None and text[end:after_start] == " "
        followed = words[i + size + 1][2] if i + size + 1 < len(words) else ""
        if after in ("City", "Town") and _capitalised(followed):
            after = ""  # Seoul City Hall, Westminster City Council: the city's
        if before in _CLUB_BEFORE or (after in _CLUB_AFTER and adjacent_after):
            return True  # Real Madrid, Buriram United; not "California, United States"
        if before.rstrip(".") in _ORGANISATION_WORDS_EN or before.rstrip(".") in _CLASS_BEFORE_EN:
            return False  # SOS Children's Village Malakal: the village is in Malakal
        if re.fullmatch(r"[A-Z]\.", before):
            return True  # Harry S. Truman: an initial, not the end of a sentence
        named_surface = _strip_possessive(text[words[i][0] : end]).rstrip(".")
        named = self._lookup_latin(named_surface)
        named_ids = named[1] if named else []
        if before.lower() in _NOT_GIVEN_NAMES or (
            before == "The" and self._names_an_area(named_ids)
        ):
            before = ""  # "Northern California", "On Monday Kenya", "- The Philippines"
        if _ACRONYM.fullmatch(words[i][2]) and size == 1:
            after = ""  # the US Army, the UK Foreign Office: the country's
        if (
            after.rstrip(".") in _FEATURE_WORDS
            or after.rstrip(".") in _CLASS_AFTER_EN
            or any(text.startswith(" " + f, end) for f in _FACILITY_WORDS)
        ):
            after = ""  # Fergana Valley, Powidz Air Base name a place
        if before.endswith((".", "'s", "’s")) or before.lower() in self.demonyms:
            before = ""  # a sentence ends, or a possessive: Myanmar's Shan State
        if after.lower() in self.demonyms:
            after = ""
        if strict:
            capital_after = (
                after and _capitalised(after) and after_start is not None
                and text[end:after_start] == " "
            )  # fmt: skip
            capital_before = (
                before and _capitalised(before) and text[words[i - 1][1] : words[i][0]] == " "
            )
            large = self._names_a_large_place(named_ids)  # not George (Washington)
            listed_after = capital_after and large and self._a_large_place_at(words, i + size)
            listed_before = capital_before and after_a_place and large
            if (capital_after and not listed_after) or (capital_before and not listed_before):
                return True
            if listed_after or listed_before:
                return False
        if (
            after
            and _capitalised(after)
            and after.lower() not in _ROLE_WORDS
            and not (after.lower() in _TITLE_AFTER and self._names_a_country(named_surface))
            and after_start is not None
            and text[end:after_start] == " "
        ):
            return not self._area_around(after, named_ids)
        if before and _capitalised(before) and before.lower() not in _CONNECTORS:
            before_end = words[i - 1][1]
            if text[before_end : words[i][0]] == " " and not _sentence_start(text, words[i - 1][0]):
                return self._lookup_latin(before) is None and before.lower() not in _ROLE_WORDS
        return False

    # -------------------------------------------------------------------------------
    def find(self, text: str) -> list[Mention]:
        """Every place and demonym mention, in text order, none overlapping."""
        thai = has_thai(text)
        mentions = self._thai_mentions(text) if thai else []
        taken = _covered(mentions)
        for mention in self._latin_mentions(text, thai):
            if taken.isdisjoint(range(mention.start, mention.end)):
                mentions.append(mention)
        mentions.sort(key=lambda m: m.start)
        return mentions


class _PrefixDictionary:
    """pythainlp's word list as newmm reads it (`prefixes`), built in milliseconds.

    pythainlp's own Trie of the same words takes half a second to build, most of a cold
    start; a set and the word lengths under each two-letter beginning give the same
    tokens.
    """

    def __init__(self, words: frozenset[str]) -> None:
        self.words = frozenset(w.strip() for w in words if w.strip())
        lengths: dict[str, set[int]] = {}
        for word in self.words:
            lengths.setdefault(word[:2], set()).add(len(word))
        self.lengths = {key: sorted(n for n in found if n > 1) for key, found in lengths.items()}

    def __bool__(self) -> bool:
        return True

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        """The dictionary words that begin at `start`, shortest first (as a Trie gives)."""
        words = self.words
        found = [text[start]] if start < len(text) and text[start] in words else []
        for length in self.lengths.get(text[start : start + 2], ()):
            piece = text[start : start + length]
            if len(piece) == length and piece in words:
                found.append(piece)
        return found


class _WithNames:
    """pythainlp's dictionary plus this document's place names, without copying or changing it.

    newmm asks its dictionary only for `prefixes(text, start)`.
    """

    def __init__(self, words, names: frozenset[str]) -> None:
        self.words = words
        self.names = names
        self.lengths = sorted({len(n) for n in names})

    def __bool__(self) -> bool:
        return True

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        found = self.words.prefixes(text, start)
        extra = [
            text[start : start + n] for n in self.lengths if text[start : start + n] in self.names
        ]
        if not extra:
            return found
        return sorted(set(found).union(extra), key=len)  # shortest first, as the trie gives


def _matching_text(norm: NormalizedText) -> tuple[NormalizedText, frozenset[int]]:
    """The text as name keys are spelled: without hyphens or single spaces inside Thai.

    Keys drop both (ติมอร์-เลสเต, อัล-คาดิม, สะพานมิตรภาพไทย-ลาว แห่งที่ 2), so the text we match
    them in does too. Also returns where spaces were dropped (as indexes of the character
    after each), so a match across a space can be held to a long name.
    """
    text = norm.text
    if "-" not in text and " " not in text:
        return norm, frozenset()
    kept = []
    spaces = []
    for i, ch in enumerate(text):
        inner = 0 < i < len(text) - 1
        if ch == "-" and inner and has_thai(text[i - 1 : i + 2]):
            continue
        if ch == "." and inner and has_thai(text[i - 1]) and _ABBREVIATION.match(text, i + 1):
            continue  # keys drop the dots of abbreviations too: ดี.ซี. (not สปป.ลาว)
        if ch == " " and inner and _THAI_OR_DIGIT.match(text[i - 1]) and _THAI_OR_DIGIT.match(
            text[i + 1]
        ):
            spaces.append(len(kept))
            continue
        kept.append(i)
    matched = NormalizedText(
        "".join(text[i] for i in kept), tuple(norm.origin[i] for i in kept), norm.original
    )
    return matched, frozenset(spaces)


def _fold_admin_prefixes(thai_keys: dict[str, list[int]]) -> None:
    """Drop "อำเภอX" when "X" is a name too: the mention is X, as the GUIDE counts it.

    Province and district words (แขวงสะหวันนะเขต, จังหวัดX, อำเภอหัวหิน) go even when X
    alone is not listed: nothing but the province or district is called X.
    """
    for key in list(thai_keys):
        for prefix in ADMIN_PREFIXES_TH:
            rest = key[len(thai_key(prefix)) :]
            if not key.startswith(thai_key(prefix)):
                continue
            if rest in thai_keys or (prefix in _UNIT_WORDS_TH and len(rest) >= 3):
                ids = thai_keys.pop(key)
                kept = thai_keys.setdefault(rest, [])
                kept += [i for i in ids if i not in kept]
                break


def _fold_island_words(thai_keys: dict[str, list[int]], gazetteer: Gazetteer) -> None:
    """Drop "เกาะX" when "X" names the same foreign island: เกาะลังกาวี is Langkawi, named
    ลังกาวี (the class word stays out of the mention, as for เกาะลูซอน). Thai islands keep
    the word, which is part of their name: เกาะสมุย."""
    for key in [k for k in thai_keys if k.startswith(_ISLAND_WORD)]:
        rest = thai_keys.get(key[len(_ISLAND_WORD) :], [])
        ids = thai_keys[key]
        if set(ids) & set(rest) and all(gazetteer.place(i).country_code != "TH" for i in ids):
            del thai_keys[key]
            rest += [i for i in ids if i not in rest]


def _inside_a_thai_name(text: str, start: int, end: int) -> bool:
    """ธนาคารกรุงเทพ, บุรีรัมย์ ยูไนเต็ด, นายกฤษดา ณ เชียงใหม่, นายสมชาย ปากเกร็ด: a place
    word inside a name."""
    before = text[max(0, start - 40) : start]
    return bool(
        _ORGANISATION_WORDS_TH.search(before)
        or _CLUB_SUFFIXES_TH.match(text, end)
        or _COMPANY_AFTER_TH.match(text, end)
        or before.endswith("แอร์")  # airlines: แอร์เอเชีย, แอร์อินเดีย, แอร์ไชน่า
        or _a_sponsors_club(text, start, end)
        or _CLUB_PREFIXES_TH.search(before)
        or _NOBLE_SURNAME_TH.search(before)
        or _FAMILY_NAME_TH.search(before)
    )


def _a_sponsors_club(text: str, start: int, end: int) -> bool:
    """นครราชสีมา มาสด้า เอฟซี: a club named with its sponsor, with or without the club word
    (the text names it so somewhere)."""
    sponsor = _SPONSOR_AFTER.match(text, end)
    if not sponsor:
        return False
    named = re.escape(text[start:end] + sponsor.group())
    return re.search(named + _CLUB_SUFFIXES_TH.pattern, text) is not None


def _named_feature(text, words, after, start, end) -> tuple[int, int, int, tuple] | None:
    """ "Swat Valley", "Lake Erie", "Gulf of Guinea": the span with its class word, how many
    words that adds after the name, and the kinds of place the class word allows."""
    if after < len(words):
        word_start, _, word = words[after]
        word = word.rstrip(".")
        if word in _CLASS_AFTER_EN and text[end:word_start] == " ":
            return start, word_start + len(word), 1, _CLASS_AFTER_EN[word]
    if match := _CLASS_BEFORE_PATTERN_EN.search(text, max(0, start - 12), start):
        return match.start(), end, 0, _CLASS_BEFORE_EN[match.group(1)]
    return None


def _inside(place, area) -> bool:
    if area.feature_type == "country":
        return place.country_code == area.country_code and place.id != area.id
    if area.feature_type == "city" or not area.bbox:
        return False
    west, south, east, north = area.bbox
    return west <= place.lon <= east and south <= place.lat <= north and place.id != area.id


def _names_an_organisation(text: str, words: list[tuple[int, int, str]], after: int) -> bool:
    """Whether the capitalised words right after a name end in an organisation's word."""
    for index in range(after, min(after + 4, len(words))):
        if not _capitalised(words[index][2]) or not _contiguous(text, words[index - 1 : index + 1]):
            return False
        if words[index][2].rstrip(".") in _ORGANISATION_TAILS_EN:
            return True
    return False


def _capitalised_runs(text: str, words: list[tuple[int, int, str]]) -> list[str]:
    """Every surface `_latin_mentions` may look up: runs of up to six words ending capitalised."""
    runs = []
    for i, (start, _, word) in enumerate(words):
        if not _capitalised(word):
            continue
        for size in range(1, min(6, len(words) - i) + 1):
            span = words[i : i + size]
            if not _contiguous(text, span[-2:]):
                break
            if _capitalised(span[-1][2]):
                runs.append(_strip_possessive(text[start : span[-1][1]]).rstrip("."))
    return runs


def _inside_one_of(span: tuple, spans: list[tuple]) -> bool:
    """Whether `span` lies inside one of `spans` (disjoint, in start order)."""
    index = bisect.bisect_right(spans, (span[0], float("inf"))) - 1
    return index >= 0 and spans[index][1] >= span[1]


def _overlaps_one_of(span: tuple, spans: list[tuple]) -> bool:
    """Whether `span` overlaps one of `spans` (disjoint, in start order)."""
    index = bisect.bisect_left(spans, (span[1],)) - 1
    return index >= 0 and spans[index][1] > span[0]


def _covered(mentions: list[Mention]) -> set[int]:
    """The offsets the mentions cover: a long text holds thousands, so overlap is a lookup."""
    return {i for m in mentions for i in range(m.start, m.end)}


def _longest_non_overlapping(raw: list[tuple[int, int, tuple]]) -> list[tuple[int, int, tuple]]:
    """Longest matches first, each kept where it overlaps none kept before.

    The kept spans are disjoint, so in start order their ends rise too: only the last one
    starting before a candidate's end can overlap it (a long text holds many matches).
    """
    chosen: list[tuple[int, int, tuple]] = []
    starts: list[int] = []
    ends: list[int] = []
    for start, end, value in sorted(raw, key=lambda r: (-(r[1] - r[0]), r[0])):
        before = bisect.bisect_left(starts, end) - 1
        if before >= 0 and ends[before] > start:
            continue
        chosen.append((start, end, value))
        starts.insert(before + 1, start)
        ends.insert(before + 1, end)
    return sorted(chosen, key=lambda r: r[0])


def _thai_word_before(text: str, start: int) -> str:
    """The trigger or title word that ends right before `start`, if any."""
    window = text[max(0, start - 24) : start].rstrip(" \t")  # not across a line break
    for word in _WORDS_BEFORE_LONGEST_FIRST:
        if window.endswith(word):
            return word
    return ""


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _contiguous(text: str, span: list[tuple[int, int, str]]) -> bool:
    for (_, end, _), (start, _, _) in itertools.pairwise(span):
        if text[end:start] not in (" ", "-", " - "):
            return False
    return True


def _strip_possessive(surface: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if surface.endswith(suffix):
            return surface[: -len(suffix)]
    return surface


def _sentence_start(text: str, index: int) -> bool:
    """After a full stop, or the dash that ends a dateline ("MANAMA, June 12 - The ...")."""
    before = text[:index].rstrip(" \t\"'“(")
    return not before or before[-1] in ".!?\n:" or before.endswith((" -", " –", " —"))
